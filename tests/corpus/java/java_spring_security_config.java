package com.example.portal.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
@EnableWebSecurity
public class PortalSecurityConfig {

    private static final String REMEMBER_ME_KEY = "portal-remember-me";

    @Value("${portal.security.remember-me-key}")
    private String rememberMeKey;

    @Bean
    @Order(1)
    public SecurityFilterChain adminChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/admin/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
            .formLogin(form -> form.loginPage("/admin/login").permitAll())
            // expect: session-fixation
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.none()))
            // expect: session-weak-secret, session-no-expiry
            .rememberMe(remember -> remember.key("adminRememberKey").tokenValiditySeconds(60 * 60 * 24 * 30));
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/login", "/css/**").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home"))
            // safe: session-fixation
            .sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(3))
            // safe: session-weak-secret, session-no-expiry
            .rememberMe(remember -> remember.key(rememberMeKey).tokenValiditySeconds(7 * 24 * 60 * 60));
        return http.build();
    }

    @Bean
    @Order(3)
    public SecurityFilterChain partnerChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/partner/**")
            .formLogin()
            .and()
            .sessionManagement()
            // expect: session-fixation
            .sessionFixation().none()
            .and()
            .rememberMe()
            // expect: session-weak-secret
            .key(REMEMBER_ME_KEY)
            // expect: session-no-expiry
            .tokenValiditySeconds(Integer.MAX_VALUE);
        return http.build();
    }

    @Bean
    @Order(4)
    public SecurityFilterChain kioskChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/kiosk/**")
            .formLogin(form -> form.loginPage("/kiosk/login"))
            // safe: session-fixation
            .sessionManagement(s -> s.sessionFixation().migrateSession());
        return http.build();
    }

    @Bean
    @Order(5)
    public SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    public RememberMeServices legacyRememberMe(UserDetailsService userDetailsService) {
        // expect: session-weak-secret
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices("changeme", userDetailsService);
        // expect: session-no-expiry
        services.setTokenValiditySeconds(31536000);
        return services;
    }

    @Bean
    public RememberMeServices rememberMeServices(UserDetailsService userDetailsService) {
        // safe: session-weak-secret
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(rememberMeKey, userDetailsService);
        // safe: session-no-expiry
        services.setTokenValiditySeconds(86400);
        return services;
    }
}
