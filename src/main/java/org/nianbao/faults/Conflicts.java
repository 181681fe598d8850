package org.nianbao.faults;

import jakarta.servlet.http.HttpServletRequest;
import org.nianbao.text.Text;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every controller shares when two people act at once or a form field cannot be converted. A unique key or a
 * version check that refuses a write (the same report created twice, the same role granted twice, a report
 * approved by two reviewers at the same moment) answers 409 with the Chinese conflict page; the use cases that can
 * answer better (an idempotent success, the form again) catch these themselves first. A field that cannot be
 * converted (a kind or role that does not exist, letters for a number) is rejected beside the field in Chinese,
 * without naming Java types.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class Conflicts {

    static final String DETAIL = Text.of("faults.conflict.detail");

    static final String INVALID_VALUE = Text.of("faults.value.invalid");

    @InitBinder
    void chineseConversionErrors(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                String field = e.getPropertyName();
                FieldError error = new FieldError(result.getObjectName(), field, e.getValue(), true,
                        result.resolveMessageCodes(e.getErrorCode(), field), null, INVALID_VALUE);
                error.wrap(e);
                result.addError(error);
            }
        });
    }

    @ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class,
            PessimisticLockingFailureException.class })
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(HttpServletRequest request, Model model) {
        model.addAttribute("detail", DETAIL);
        String referer = request.getHeader("Referer");
        model.addAttribute("back", referer != null && referer.startsWith("/") ? referer : null);
        return "error/409";
    }
}
