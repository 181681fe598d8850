package org.nianbao.editing;

import org.nianbao.faults.Messages;
import org.nianbao.report.NoSuchReportException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Unknown or mistyped reports and sections in the staff workspace get the Chinese 404 page, saying what was not found. */
@ControllerAdvice(basePackages = { "org.nianbao.editing", "org.nianbao.workflow" })
class StaffErrors {

    private final Messages messages;

    StaffErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoSuchReportException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchReportException e, Model model) {
        model.addAttribute("detail", e.getMessage());
        return "error/404";
    }

    /** A staff address whose report number is not a number, e.g. {@code /staff/reports/abc}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String mistyped(MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("detail", messages.message("staff.report.mistyped", String.valueOf(e.getValue())));
        return "error/404";
    }
}
