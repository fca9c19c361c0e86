package com.example.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.session.web.http.DefaultCookieSerializer;

public class AuthCookies {
    public ResponseEntity<Void> issue(String jwt) {
        // ruleid: spring-cookie-insecure
        ResponseCookie cookie = ResponseCookie.from("access_token", jwt)
                .path("/")
                .maxAge(Duration.ofMinutes(15))
                .build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public ResponseCookie refresh(String token) {
        // ruleid: spring-cookie-insecure
        return ResponseCookie.from("refresh_token", token).httpOnly(true).secure(false).path("/auth").build();
    }

    public ResponseCookie good(String token) {
        // ok: spring-cookie-insecure
        return ResponseCookie.from("access_token", token).httpOnly(true).secure(true).sameSite("Strict").path("/").build();
    }

    public ResponseCookie logout() {
        // ok: spring-cookie-insecure
        return ResponseCookie.from("access_token", "").maxAge(0).path("/").build();
    }

    @Bean
    public DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("SESSION");
        // ruleid: spring-cookie-insecure
        serializer.setUseSecureCookie(false);
        // ok: spring-cookie-insecure
        serializer.setUseHttpOnlyCookie(true);
        return serializer;
    }

    public ResponseCookie rememberPassword(String password) {
        // ruleid: spring-cookie-insecure
        return ResponseCookie.from("password", password).path("/").maxAge(Duration.ofDays(3)).build();
    }

    public ResponseCookie passport(String strategy) {
        // ok: spring-cookie-insecure
        return ResponseCookie.from("passport_hint", strategy).path("/").build();
    }

    @Bean
    public DefaultCookieSerializer crossSiteSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        // ruleid: spring-cookie-insecure
        serializer.setUseSecureCookie(false);
        // ruleid: spring-cookie-insecure
        serializer.setSameSite("None");
        return serializer;
    }

    @Bean
    public DefaultCookieSerializer crossSiteSecureSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        // ok: spring-cookie-insecure
        serializer.setSameSite("None");
        return serializer;
    }

    public ResponseCookie notesCookie(User user) {
        // ruleid: spring-cookie-insecure
        return ResponseCookie.from("notes_at", tokens.issue(user))
                .httpOnly(false)
                .secure(true)
                .build();
    }

    public ResponseCookie accessCookie(String accessToken) {
        // ruleid: spring-cookie-insecure
        return ResponseCookie.from("app_c", accessToken)
                .httpOnly(false)
                .secure(true)
                .build();
    }

    public ResponseCookie themeCookie(String theme) {
        // ok: spring-cookie-insecure
        return ResponseCookie.from("ui_theme", theme).httpOnly(false).build();
    }
}
