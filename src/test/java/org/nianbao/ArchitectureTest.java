package org.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers and dependencies point one way, downwards (README, "Where to find things"): pages and
 * APIs → staff services → publishing → reports → organisation → the format's rules → the format (and the
 * messages every layer reads, {@code text}). The statutory
 * format and its validation are plain Java, and nothing depends on the web.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.nianbao");

    @Test
    void packagesFormLayersThatPointDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy("org.nianbao")
                .layer("Pages and APIs").definedBy("org.nianbao.portal..", "org.nianbao.api..",
                        "org.nianbao.editing..", "org.nianbao.workflow..", "org.nianbao.admin..",
                        "org.nianbao.chasing..", "org.nianbao.rollup..", "org.nianbao.database..",
                        "org.nianbao.demo..")
                .layer("Staff services").definedBy("org.nianbao.draft..", "org.nianbao.quality..",
                        "org.nianbao.importing..", "org.nianbao.audit..")
                .layer("Publishing").definedBy("org.nianbao.publishing..", "org.nianbao.pdf..", "org.nianbao.word..",
                        "org.nianbao.opendata..", "org.nianbao.search..")
                .layer("Reports").definedBy("org.nianbao.report..")
                .layer("Organisation").definedBy("org.nianbao.agency..", "org.nianbao.security..",
                        "org.nianbao.timeliness..", "org.nianbao.cluster..", "org.nianbao.faults..")
                .layer("Rules").definedBy("org.nianbao.validation..", "org.nianbao.exchange..")
                .layer("Format").definedBy("org.nianbao.statutory..", "org.nianbao.text..")
                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .whereLayer("Pages and APIs").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Staff services").mayOnlyBeAccessedByLayers("Pages and APIs")
                .whereLayer("Publishing").mayOnlyBeAccessedByLayers("Pages and APIs", "Staff services")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Pages and APIs", "Staff services", "Publishing")
                .whereLayer("Organisation").mayOnlyBeAccessedByLayers("Pages and APIs", "Staff services",
                        "Publishing", "Reports")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Pages and APIs", "Staff services", "Publishing",
                        "Reports", "Organisation")
                .ensureAllClassesAreContainedInArchitecture()
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.nianbao.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Classes that read the system clock on purpose. The Clock bean itself; and real elapsed time that must agree with
     * what others measure in real time, not domain time: a session's age (Spring Session expires sessions by the real
     * clock), the moment a refused post was kept (checked against the session), sign-in lockouts and the leases of
     * periodic work (compared with rows other instances wrote).
     */
    private static final Set<String> READ_THE_SYSTEM_CLOCK = Set.of("org.nianbao.timeliness.ClockConfiguration",
            "org.nianbao.security.SessionGuard", "org.nianbao.security.StaffSessions",
            "org.nianbao.security.RefusedPosts", "org.nianbao.security.SignInThrottle", "org.nianbao.cluster.Once");

    private static final Set<String> CLOCK_READERS = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    @Test
    void domainTimeComesFromTheClockBean() {
        DescribedPredicate<JavaMethodCall> systemClock = DescribedPredicate.describe(
                "read the system clock (now() without a Clock, System.currentTimeMillis(), Clock.system…())",
                call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean withClock = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(type -> type.isEquivalentTo(Clock.class));
                    return CLOCK_READERS.contains(owner) && name.equals("now") && !withClock
                            || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                            || owner.equals("java.time.Clock") && name.startsWith("system");
                });
        noClasses().that().resideInAPackage("org.nianbao..")
                .and(DescribedPredicate.describe("are not listed as reading the system clock on purpose",
                        c -> !READ_THE_SYSTEM_CLOCK.contains(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethodWhere(systemClock)
                .check(classes);
    }

    @Test
    void statutoryAndValidationArePlainJava() {
        noClasses().that().resideInAnyPackage("org.nianbao.statutory..", "org.nianbao.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "tools.jackson..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void statutoryDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("org.nianbao.statutory..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.validation..", "org.nianbao.report..",
                        "org.nianbao.portal..", "org.nianbao.exchange..", "org.nianbao.api..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheWebLayer() {
        noClasses().that().resideOutsideOfPackages("org.nianbao.portal..", "org.nianbao.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.portal..", "org.nianbao.api..")
                .check(classes);
    }

    @Test
    void reportsDoNotDependOnPagesOrApis() {
        noClasses().that().resideInAnyPackage("org.nianbao.report..", "org.nianbao.agency..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..")
                .check(classes);
    }
}
