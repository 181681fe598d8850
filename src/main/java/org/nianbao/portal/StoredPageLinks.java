package org.nianbao.portal;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Lets {@link StoredPages} render a public page outside any request (at publication): a context-relative link
 * ({@code @{/css/site.css}}) then takes the application's context path, where Thymeleaf would otherwise refuse it.
 * Inside a request links are built exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class StoredPageLinks {

    @Bean
    static BeanPostProcessor linksOutsideRequests(@Value("${server.servlet.context-path:}") String contextPath) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new ContextPathLinks(contextPath));
                }
                return bean;
            }
        };
    }

    /** Thymeleaf's own link builder, with a fixed context path when there is no request. */
    static final class ContextPathLinks extends StandardLinkBuilder {

        private final String contextPath;

        ContextPathLinks(String contextPath) {
            this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        }

        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : contextPath;
        }
    }
}
