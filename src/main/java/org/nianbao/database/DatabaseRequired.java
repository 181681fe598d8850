package org.nianbao.database;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production is explicit: outside the Spring profile {@code trial} the portal refuses to start, before any bean is
 * created, unless {@code spring.datasource.url} names a database. A deployment that loses its environment never
 * comes up on an embedded database (with fsync off) holding demo accounts. {@link NoDatabaseFailureAnalyzer} prints
 * the one line.
 */
@Component
class DatabaseRequired implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    static final String TRIAL = "trial";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    /** Throws {@link NoDatabaseConfigured} unless the trial profile is active or a datasource URL is set. */
    static void check(Environment environment) {
        boolean trial = Arrays.asList(environment.getActiveProfiles()).contains(TRIAL);
        String url = environment.getProperty("spring.datasource.url");
        if (!trial && (url == null || url.isBlank())) {
            throw new NoDatabaseConfigured();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** No database configured, and not a trial. */
    static class NoDatabaseConfigured extends IllegalStateException {

        NoDatabaseConfigured() {
            super("没有配置数据库（SPRING_DATASOURCE_URL 未设置），也没有以试用方式（profile trial）启动");
        }
    }
}
