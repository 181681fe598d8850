package org.nianbao.editing;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown reports and sections in the staff workspace get the Chinese 404 page, saying what was not found. */
@ControllerAdvice(basePackages = { "org.nianbao.editing", "org.nianbao.workflow" })
class StaffErrors {

    @ExceptionHandler(NoSuchReportException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchReportException e, Model model) {
        model.addAttribute("detail", e.getMessage());
        return "error/404";
    }
}
