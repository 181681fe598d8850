package org.nianbao.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public pages and open data need no sign-in; everything under {@code /staff}, {@code /admin} and {@code /audit}
 * does. Form login at {@code /login} (standard {@code username}/{@code password}/{@code _csrf}), CSRF on every form,
 * bcrypt passwords. The validation API is stateless and takes no cookies, so it is exempt from CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff/**", "/admin/**", "/audit/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/staff", false)
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .exceptionHandling(e -> e.accessDeniedHandler(new RefusedPosts()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; stored hashes carry their {id} so the algorithm can change later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
