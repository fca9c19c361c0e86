package com.example.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

public class WebSecurity {
    private static final String REMEMBER_KEY = "uniqueAndSecret";

    @Value("${app.remember-me.key}")
    private String rememberMeKey;

    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        // ruleid: spring-security-remember-me-hardcoded-key
        http.formLogin().and().rememberMe().key("mySecretKey").tokenValiditySeconds(86400);
        return http.build();
    }

    @Bean
    SecurityFilterChain lambda(HttpSecurity http) throws Exception {
        // ruleid: spring-security-remember-me-hardcoded-key
        http.rememberMe(remember -> remember
                .tokenValiditySeconds(86400)
                .key(REMEMBER_KEY));
        return http.build();
    }

    @Bean
    RememberMeServices services(UserDetailsService uds) {
        // ruleid: spring-security-remember-me-hardcoded-key
        return new TokenBasedRememberMeServices("remember-me-key", uds);
    }

    @Bean
    SecurityFilterChain ok(HttpSecurity http) throws Exception {
        // ok: spring-security-remember-me-hardcoded-key
        http.rememberMe(r -> r.key(rememberMeKey));
        return http.build();
    }

    @Bean
    RememberMeServices okServices(UserDetailsService uds) {
        // ok: spring-security-remember-me-hardcoded-key
        return new TokenBasedRememberMeServices(System.getenv("REMEMBER_ME_KEY"), uds);
    }
}
