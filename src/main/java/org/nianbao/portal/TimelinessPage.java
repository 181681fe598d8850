package org.nianbao.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.faults.Messages;
import org.nianbao.statutory.Edition;
import org.nianbao.timeliness.Deadline;
import org.nianbao.timeliness.DeadlineRules;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.timeliness.FirstPublications;
import org.nianbao.timeliness.Timeliness;
import org.nianbao.timeliness.Today;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public's view of 条例第四十九条 for a government (province, city or county) and a year: every agency directly
 * under it (governments, townships, departments), when its report was published, and whether that was on time
 * against the date that applies to it (statutory, or a local date per level), which the page names.
 */
@Controller
class TimelinessPage {

    private final AgencyRepository agencies;
    private final FirstPublications firstPublications;
    private final Today today;
    private final DeadlineRules deadlineRules;
    private final Messages messages;

    TimelinessPage(AgencyRepository agencies, FirstPublications firstPublications, Today today,
            DeadlineRules deadlineRules, Messages messages) {
        this.messages = messages;
        this.deadlineRules = deadlineRules;
        this.agencies = agencies;
        this.firstPublications = firstPublications;
        this.today = today;
    }

    /** An agency under the county and how its report on the year stands. */
    record Line(AgencyTree.AgencyLink agency, Timeliness timeliness, Deadline deadline) {

        public String reportPath(int year) {
            return "/reports/" + agency.code() + "/" + year;
        }
    }

    /** How many reports are on time, late, missing or not yet due. */
    record Counts(long onTime, long late, long unpublished) {
    }

    @GetMapping("/timeliness/{countyCode}/{year:\\d{1,4}}")
    @Transactional(readOnly = true)
    String page(@PathVariable String countyCode, @PathVariable int year, Model model) {
        Agency county = agencies.findByCode(countyCode).filter(a -> a.getKind().isGovernmentAboveTownship())
                .orElseThrow(() -> new NotFoundException(messages.message("portal.government.unknown", countyCode)));
        if (!today.isReportYear(year)) {
            throw new NotFoundException(messages.message("portal.timeliness.year.unknown", String.valueOf(year),
                    String.valueOf(Edition.FIRST_YEAR), String.valueOf(today.lastReportYear())));
        }
        Map<FirstPublications.Key, Instant> first = firstPublications.ofAgencyAndChildren(county.getId());
        LocalDate date = today.date();
        List<Agency> children = agencies.findByParentOrderById(county);
        DeadlineRules.Resolver deadlines = deadlineRules.resolver();
        List<Line> lines = new ArrayList<>();
        for (AgencyKind kind : List.of(AgencyKind.CITY, AgencyKind.COUNTY, AgencyKind.TOWNSHIP,
                AgencyKind.DEPARTMENT)) {
            for (Agency child : children) {
                if (child.getKind() == kind) {
                    Instant published = first.get(new FirstPublications.Key(child.getCode(), year));
                    Deadline deadline = deadlines.deadline(child, year);
                    lines.add(new Line(AgencyTree.AgencyLink.of(child),
                            Deadlines.assess(deadline.date(), published, date), deadline));
                }
            }
        }
        model.addAttribute("county", AgencyTree.AgencyLink.of(county));
        model.addAttribute("year", year);
        model.addAttribute("lines", lines);
        model.addAttribute("counts", new Counts(count(lines, Timeliness.Status.ON_TIME),
                count(lines, Timeliness.Status.LATE),
                count(lines, Timeliness.Status.MISSING) + count(lines, Timeliness.Status.NOT_DUE)));
        model.addAttribute("deadlines", lines.stream().map(l -> l.agency().kind().label() + "："
                + l.deadline().source()).distinct().toList());
        model.addAttribute("otherYears", IntStream.iterate(today.lastReportYear(), y -> y >= Edition.FIRST_YEAR,
                y -> y - 1).boxed().toList());
        return "timeliness";
    }

    private static long count(List<Line> lines, Timeliness.Status status) {
        return lines.stream().filter(l -> l.timeliness().status() == status).count();
    }
}
