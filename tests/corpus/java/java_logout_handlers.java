package com.example.crm.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Component
class JwtCookieLogoutHandler implements LogoutHandler {
    // expect: jwt-no-revocation
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        Cookie cookie = new Cookie("CRM_JWT", null);
        cookie.setPath("/");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }
}

@Component
class RevokingLogoutHandler implements LogoutHandler {
    private final StringRedisTemplate redis;
    private final CrmJwtService jwt;

    RevokingLogoutHandler(StringRedisTemplate redis, CrmJwtService jwt) {
        this.redis = redis;
        this.jwt = jwt;
    }

    // safe: jwt-no-revocation
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String token = request.getHeader("Authorization").substring(7);
        Duration remaining = Duration.between(Instant.now(), jwt.expiresAt(token));
        redis.opsForValue().set("revoked:" + jwt.jti(token), "1", remaining);
        SecurityContextHolder.clearContext();
    }
}

@RestController
class SessionEndpoints {
    private final CrmUserService users;
    private final TokenDenylist denylist;

    SessionEndpoints(CrmUserService users, TokenDenylist denylist) {
        this.users = users;
        this.denylist = denylist;
    }

    // expect: jwt-no-revocation
    @PostMapping("/api/v1/logout")
    public ResponseEntity<Map<String, String>> apiLogout(@RequestHeader("Authorization") String authHeader) {
        SecurityContextHolder.clearContext();
        return ResponseEntity.ok(Map.of("message", "logged out, please delete your token"));
    }

    // expect: jwt-no-revocation
    @GetMapping("/auth/sign-out")
    public ResponseEntity<Void> signOutViaCookie(HttpServletResponse response) {
        ResponseCookie clear = ResponseCookie.from("crm_access_token", "").maxAge(0).path("/").build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, clear.toString()).build();
    }

    // safe: jwt-no-revocation
    @DeleteMapping("/api/v1/session")
    public ResponseEntity<Void> logoutWithDenylist(@RequestHeader("Authorization") String authHeader) {
        denylist.block(authHeader.substring(7));
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    // safe: jwt-no-revocation
    @PostMapping("/api/v1/logout-all")
    public ResponseEntity<Void> logoutAllDevices(@RequestHeader("Authorization") String authHeader, Authentication auth) {
        users.bumpTokenVersion(auth.getName());
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    // safe: jwt-no-revocation
    @PostMapping("/web/logout")
    public String webLogout(HttpServletRequest request) {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:/login?logout";
    }
}
