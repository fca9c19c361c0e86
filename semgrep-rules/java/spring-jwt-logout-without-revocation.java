package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LogoutController {
    private final TokenBlocklist blocklist;
    private final JwtService jwtService;

    public LogoutController(TokenBlocklist blocklist, JwtService jwtService) {
        this.blocklist = blocklist;
        this.jwtService = jwtService;
    }

    // ruleid: spring-jwt-logout-without-revocation
    @PostMapping("/api/auth/logout")
    public ResponseEntity<String> logout(@RequestHeader("Authorization") String authorization) {
        SecurityContextHolder.clearContext();
        return ResponseEntity.ok("Logged out");
    }

    // ruleid: spring-jwt-logout-without-revocation
    public void signOut(HttpServletResponse response) {
        Cookie cookie = new Cookie("jwt", null);
        cookie.setMaxAge(0);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    // ok: spring-jwt-logout-without-revocation
    @PostMapping("/api/auth/logout-all")
    public ResponseEntity<Void> logoutRevoking(@RequestHeader("Authorization") String authorization) {
        String jti = jwtService.extractJti(authorization.substring(7));
        blocklist.add(jti);
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    // ok: spring-jwt-logout-without-revocation
    @PostMapping("/logout-session")
    public String sessionLogout(HttpServletRequest request) {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:/";
    }
}
