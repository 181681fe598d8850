package org.nianbao.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Public pages and open data need no sign-in; everything under {@code /staff}, {@code /admin} and {@code /audit}
 * does. Form login at {@code /login} (standard {@code username}/{@code password}/{@code _csrf}), CSRF on every form,
 * pre-hashed bcrypt passwords, sign-in throttled ({@link SignInHandlers}), sessions in PostgreSQL that end when
 * access is taken away ({@link StaffSessions}, {@link SessionGuard}). The validation API is stateless and takes no
 * cookies, so it is exempt from CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders securityHeaders, SignInHandlers signIn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff/**", "/admin/**", "/audit/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> login.loginPage("/login").successHandler(signIn.success())
                        .failureHandler(signIn.failure()).permitAll())
                .addFilterBefore(signIn.lockedSignIns(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionGuard(), AuthorizationFilter.class)
                .addFilterAfter(new EarlyCsrfToken(), CsrfFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .exceptionHandling(e -> e.accessDeniedHandler(new RefusedPosts()))
                .headers(headers -> headers.defaultsDisabled().addHeaderWriter(securityHeaders));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt-sha256}: pre-hashed bcrypt, any length; stored hashes carry their {id} (PasswordHashing)
        return PasswordHashing.encoder();
    }
}
