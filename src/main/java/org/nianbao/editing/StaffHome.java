package org.nianbao.editing;

import java.util.Optional;
import org.nianbao.faults.Messages;
import org.nianbao.security.Staff;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/** 我的报告: the dashboard of the staff member's reports, and the form that creates a report for a year. */
@Controller
class StaffHome {

    private final Dashboard dashboard;
    private final ReportEditing editing;
    private final Messages messages;

    StaffHome(Dashboard dashboard, ReportEditing editing, Messages messages) {
        this.dashboard = dashboard;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal Staff me, @RequestParam(required = false) String status,
            @RequestParam(required = false) String year, @RequestParam(required = false) String agency, Model model) {
        Dashboard.View view = dashboard.of(me, new Dashboard.Filter(status, year, agency));
        model.addAttribute("dashboard", view);
        model.addAttribute("form", CreateForm.blank(view.lastReportYear()));
        return "staff/home";
    }

    @PostMapping("/staff/reports")
    String create(@AuthenticationPrincipal Staff me, @ModelAttribute("form") CreateForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        Optional<Long> created;
        HttpStatus refused = HttpStatus.UNPROCESSABLE_ENTITY;
        try {
            created = editing.create(me, form, errors);
        } catch (DataIntegrityViolationException race) {
            // created by someone else a moment ago (the unique key on agency and year refused this one)
            errors.rejectValue("year", "report.raced");
            created = Optional.empty();
            refused = HttpStatus.CONFLICT;
        }
        if (created.isEmpty()) {
            response.setStatus(refused.value());
            model.addAttribute("dashboard", dashboard.of(me));
            model.addAttribute("formErrors", messages.byField(errors));
            return "staff/home";
        }
        return "redirect:/staff/reports/" + created.get();
    }
}
