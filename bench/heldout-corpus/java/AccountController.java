package com.example.notes.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account endpoints of the notes app. The SPA authenticates with a JWT kept in the
 * "notes_at" cookie; the API is a stateless resource server.
 */
@RestController
@RequestMapping("/api/account")
public class AccountController {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final StringRedisTemplate redis;
    private final TokenIssuer tokens;

    public AccountController(UserRepository users, PasswordEncoder encoder, StringRedisTemplate redis, TokenIssuer tokens) {
        this.users = users;
        this.encoder = encoder;
        this.redis = redis;
        this.tokens = tokens;
    }

    @PostMapping("/session")
    public ResponseEntity<Void> signIn(@RequestBody Map<String, String> body) {
        NoteUser user = users.findByEmail(body.get("email"));
        if (user == null || !encoder.matches(body.get("password"), user.passwordHash())) {
            return ResponseEntity.status(401).build();
        }
        ResponseCookie cookie = ResponseCookie.from("notes_at", tokens.issue(user))
                // safe: session-cookie-insecure
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path("/api")
                .maxAge(Duration.ofMinutes(15))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/session/web-view")
    public ResponseEntity<Void> signInEmbedded(@RequestBody Map<String, String> body) {
        NoteUser user = users.findByEmail(body.get("email"));
        if (user == null || !encoder.matches(body.get("password"), user.passwordHash())) {
            return ResponseEntity.status(401).build();
        }
        ResponseCookie cookie = ResponseCookie.from("notes_at", tokens.issue(user))
                // expect: session-cookie-insecure
                .httpOnly(false)
                .secure(true)
                .sameSite("None")
                .path("/")
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logout() {
        // expect: jwt-no-revocation
        ResponseCookie cleared = ResponseCookie.from("notes_at", "").path("/api").maxAge(0).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cleared.toString()).build();
    }

    @PostMapping("/logout-everywhere")
    public ResponseEntity<Void> logoutEverywhere(@AuthenticationPrincipal Jwt jwt) {
        Duration remaining = Duration.between(java.time.Instant.now(), jwt.getExpiresAt());
        // safe: jwt-no-revocation
        redis.opsForValue().set("revoked:" + jwt.getId(), "1", remaining);
        ResponseCookie cleared = ResponseCookie.from("notes_at", "").path("/api").maxAge(0).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cleared.toString()).build();
    }

    @PostMapping("/password")
    public ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt jwt, @RequestBody Map<String, String> body) {
        NoteUser user = users.findById(Long.valueOf(jwt.getSubject()));
        if (!encoder.matches(body.get("current"), user.passwordHash())) {
            return ResponseEntity.status(403).build();
        }
        // expect: jwt-no-revocation
        users.updatePasswordHash(user.id(), encoder.encode(body.get("next")));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password/reset")
    public ResponseEntity<Void> resetPassword(@RequestBody Map<String, String> body) {
        NoteUser user = users.findByResetToken(body.get("resetToken"));
        if (user == null) {
            return ResponseEntity.status(400).build();
        }
        users.updatePasswordHash(user.id(), encoder.encode(body.get("next")));
        // safe: jwt-no-revocation
        users.incrementTokenVersion(user.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/step-up")
    public ResponseEntity<Void> stepUp(HttpServletRequest request, @RequestBody Map<String, String> body) {
        NoteUser user = users.findByEmail(body.get("email"));
        if (user == null || !encoder.matches(body.get("password"), user.passwordHash())) {
            return ResponseEntity.status(401).build();
        }
        request.changeSessionId();
        // safe: session-fixation
        request.getSession().setAttribute("stepUpUser", user.id());
        return ResponseEntity.noContent().build();
    }

    public record NoteUser(Long id, String email, String passwordHash, int tokenVersion) { }

    public interface UserRepository {
        NoteUser findByEmail(String email);
        NoteUser findById(Long id);
        NoteUser findByResetToken(String token);
        void updatePasswordHash(Long id, String hash);
        void incrementTokenVersion(Long id);
    }

    public interface TokenIssuer {
        String issue(NoteUser user);
    }
}
