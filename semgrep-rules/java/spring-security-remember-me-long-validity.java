package com.example.config;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

public class RememberMeConfig {
    void chain(HttpSecurity http) throws Exception {
        // ruleid: spring-security-remember-me-long-validity
        http.rememberMe().key(System.getenv("RM_KEY")).tokenValiditySeconds(60 * 60 * 24 * 365);
    }

    void lambda(HttpSecurity http) throws Exception {
        // ruleid: spring-security-remember-me-long-validity
        http.rememberMe(rm -> rm.tokenValiditySeconds(Integer.MAX_VALUE));
    }

    void services(TokenBasedRememberMeServices services) {
        // ruleid: spring-security-remember-me-long-validity
        services.setTokenValiditySeconds(2592000);
    }

    void ok(HttpSecurity http) throws Exception {
        // ok: spring-security-remember-me-long-validity
        http.rememberMe(rm -> rm.tokenValiditySeconds(7 * 24 * 60 * 60));
    }
}
