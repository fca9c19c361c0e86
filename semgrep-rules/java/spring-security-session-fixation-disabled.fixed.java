package com.example.config;

import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.web.SecurityFilterChain;

public class SecurityConfig {
    @Bean
    SecurityFilterChain legacy(HttpSecurity http) throws Exception {
        // ruleid: spring-security-session-fixation-disabled
        http.formLogin().and()
            .sessionManagement().sessionFixation().changeSessionId();
        return http.build();
    }

    @Bean
    SecurityFilterChain lambda(HttpSecurity http) throws Exception {
        // ruleid: spring-security-session-fixation-disabled
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(1));
        return http.build();
    }

    @Bean
    SecurityFilterChain reference(HttpSecurity http) throws Exception {
        // ruleid: spring-security-session-fixation-disabled
        http.sessionManagement(s -> s.sessionFixation(SessionManagementConfigurer.SessionFixationConfigurer::changeSessionId));
        return http.build();
    }

    @Bean
    SecurityFilterChain ok(HttpSecurity http) throws Exception {
        // ok: spring-security-session-fixation-disabled
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    @Bean
    SecurityFilterChain ok2(HttpSecurity http) throws Exception {
        // ok: spring-security-session-fixation-disabled
        http.sessionManagement().sessionFixation().migrateSession();
        return http.build();
    }
}
