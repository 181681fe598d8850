package org.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: the statutory format and its validation are plain Java, nothing depends on the web. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.nianbao");

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
