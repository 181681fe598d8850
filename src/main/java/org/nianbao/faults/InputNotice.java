package org.nianbao.faults;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nianbao.text.Text;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells the person when {@link ControlCharacters} removed something from what they sent: the page shown next (the
 * form again, or the page a save redirects to) says so in {@code inputNotice}, which both layouts display.
 */
@Configuration(proxyBeanMethods = false)
class InputNotice implements WebMvcConfigurer, HandlerInterceptor {

    static final String MESSAGE = Text.of("faults.input.control-characters");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || request.getAttribute(ControlCharacters.STRIPPED) == null) {
            return;
        }
        String name = view.getViewName();
        if (name != null && name.startsWith("redirect:")) {
            var flash = RequestContextUtils.getOutputFlashMap(request);
            if (flash != null) {
                flash.put("inputNotice", MESSAGE);
            }
        } else {
            view.addObject("inputNotice", MESSAGE);
        }
    }
}
