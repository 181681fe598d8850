package org.nianbao.chasing;

import java.time.Clock;
import java.time.LocalDate;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.faults.Messages;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.timeliness.Deadlines;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /staff/chasing/{agencyCode}/{year}?days=N}: the to-do list of a government's 主管部门. */
@Controller
class ChasingPage {

    private final Chasing chasing;
    private final AgencyRepository agencies;
    private final Access access;
    private final Clock clock;
    private final Messages messages;

    ChasingPage(Chasing chasing, AgencyRepository agencies, Access access, Clock clock, Messages messages) {
        this.chasing = chasing;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/staff/chasing/{agencyCode}/{year:\\d{1,4}}")
    String page(@AuthenticationPrincipal Staff me, @PathVariable String agencyCode, @PathVariable int year,
            @RequestParam(required = false) String days, Model model) {
        Agency government = agencies.findByCode(agencyCode).filter(a -> a.getKind().isGovernmentAboveTownship())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        messages.message("staff.government.unknown")));
        Access.require(access.canRead(me, government));
        int n = 14;
        String daysError = null;
        if (days != null && !days.isBlank()) {
            if (days.strip().matches("\\d{1,3}")) {
                n = Integer.parseInt(days.strip());
            } else {
                daysError = messages.message("chasing.days.invalid");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.CHINA));
        model.addAttribute("government", government);
        model.addAttribute("year", year);
        model.addAttribute("days", days == null ? String.valueOf(n) : days);
        model.addAttribute("daysError", daysError);
        model.addAttribute("items", chasing.todo(government, year, today, n));
        return "staff/chasing";
    }
}
