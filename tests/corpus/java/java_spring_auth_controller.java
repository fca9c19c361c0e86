package com.example.notes.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {

    private final NoteUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final NotesJwtService jwtService;
    private final RevokedTokenStore revokedTokens;

    public AuthController(NoteUserRepository users, PasswordEncoder passwordEncoder,
                          NotesJwtService jwtService, RevokedTokenStore revokedTokens) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jwtService = jwtService;
        this.revokedTokens = revokedTokens;
    }

    @PostMapping("/login")
    public ResponseEntity<LoginResponse> login(@RequestBody LoginRequest body, HttpServletResponse response) {
        NoteUser user = users.findByEmail(body.email()).orElse(null);
        if (user == null || !passwordEncoder.matches(body.password(), user.getPasswordHash())) {
            return ResponseEntity.status(401).build();
        }
        String access = jwtService.issueAccessToken(user);
        // expect: session-cookie-insecure
        ResponseCookie cookie = ResponseCookie.from("notes_access_token", access)
                .path("/")
                .maxAge(Duration.ofMinutes(15))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());

        String refresh = jwtService.issueRefreshToken(user);
        // safe: session-cookie-insecure
        ResponseCookie refreshCookie = ResponseCookie.from("notes_refresh_token", refresh)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path("/api/auth/refresh")
                .maxAge(Duration.ofDays(7))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, refreshCookie.toString());
        return ResponseEntity.ok(new LoginResponse(user.getId()));
    }

    @PostMapping("/web-login")
    public ResponseEntity<Void> webLogin(@RequestBody LoginRequest body, HttpSession session) {
        NoteUser user = users.findByEmail(body.email()).orElse(null);
        if (user == null || !passwordEncoder.matches(body.password(), user.getPasswordHash())) {
            return ResponseEntity.status(401).build();
        }
        // expect: session-fixation
        session.setAttribute("currentUserId", user.getId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/web-login-v2")
    public ResponseEntity<Void> webLoginV2(@RequestBody LoginRequest body, HttpServletRequest request) {
        NoteUser user = users.findByEmail(body.email()).orElse(null);
        if (user == null || !passwordEncoder.matches(body.password(), user.getPasswordHash())) {
            return ResponseEntity.status(401).build();
        }
        request.changeSessionId();
        // safe: session-fixation
        request.getSession().setAttribute("currentUserId", user.getId());
        return ResponseEntity.noContent().build();
    }

    // expect: jwt-no-revocation
    @PostMapping("/logout")
    public ResponseEntity<Void> logout(HttpServletResponse response) {
        // safe: session-cookie-insecure
        ResponseCookie expired = ResponseCookie.from("notes_access_token", "")
                .path("/")
                .maxAge(0)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, expired.toString());
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    // safe: jwt-no-revocation
    @PostMapping("/logout-everywhere")
    public ResponseEntity<Void> logoutEverywhere(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = authorization.substring("Bearer ".length());
        revokedTokens.revoke(jwtService.extractJti(token), jwtService.extractExpiry(token));
        users.incrementTokenVersion(jwtService.extractSubject(token));
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    // expect: jwt-no-revocation
    @PostMapping("/signout")
    public ResponseEntity<String> signOut(@RequestHeader("Authorization") String bearerToken) {
        SecurityContextHolder.getContext().setAuthentication(null);
        SecurityContextHolder.clearContext();
        return ResponseEntity.ok("You have been signed out");
    }

    @PostMapping("/legacy-token")
    public void legacyToken(@CookieValue(name = "device", required = false) String device, HttpServletResponse response) {
        NoteUser user = users.findByDevice(device).orElseThrow();
        // expect: session-cookie-insecure
        response.addHeader("Set-Cookie", "notes_token=" + jwtService.issueAccessToken(user) + "; Path=/; Max-Age=900");
        // safe: session-cookie-insecure
        response.addHeader("Set-Cookie", "notes_csrf_hint=1; Path=/; Secure; SameSite=Lax");
    }
}
