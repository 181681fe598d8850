package org.nianbao.editing;

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
        model.addAttribute("detail", "地址中的“" + e.getValue() + "”不是报告编号，请从“我的报告”中打开报告。");
        return "error/404";
    }
}
