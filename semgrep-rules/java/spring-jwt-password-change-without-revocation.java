package com.example.account;

import com.example.security.JwtTokenProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AccountService {
    private final JwtTokenProvider jwtTokenProvider;
    private final UserRepository users;
    private final PasswordEncoder encoder;

    AccountService(JwtTokenProvider jwtTokenProvider, UserRepository users, PasswordEncoder encoder) {
        this.jwtTokenProvider = jwtTokenProvider;
        this.users = users;
        this.encoder = encoder;
    }

    public String login(String email, String password) {
        User user = users.findByEmail(email);
        return jwtTokenProvider.createToken(user);
    }

    public void resetPassword(String email, String newPassword) {
        User user = users.findByEmail(email);
        // ruleid: spring-jwt-password-change-without-revocation
        user.setPassword(encoder.encode(newPassword));
        users.save(user);
    }

    public void changePassword(User user, String newPassword) {
        // ok: spring-jwt-password-change-without-revocation
        user.setPassword(encoder.encode(newPassword));
        user.setTokenVersion(user.getTokenVersion() + 1);
        users.save(user);
    }

    public void updatePassword(User user, String newPassword) {
        // ok: spring-jwt-password-change-without-revocation
        user.setPassword(encoder.encode(newPassword));
        user.setPasswordChangedAt(java.time.Instant.now());
        users.save(user);
    }

    public void updateProfile(User user, String displayName) {
        // ok: spring-jwt-password-change-without-revocation
        user.setDisplayName(displayName);
        users.save(user);
    }

    @PostMapping("/api/account/pwd")
    public void submitNewCredentials(@RequestBody PwdForm form, java.security.Principal principal) {
        User user = users.findByEmail(principal.getName());
        // ruleid: spring-jwt-password-change-without-revocation
        user.setPassword(encoder.encode(form.getNewPassword()));
        users.save(user);
    }

    @PutMapping(value = "/api/account/password")
    public void replaceCredentials(@RequestBody PwdForm form, java.security.Principal principal) {
        User user = users.findByEmail(principal.getName());
        // ok: spring-jwt-password-change-without-revocation
        user.setPassword(encoder.encode(form.getNewPassword()));
        jwtTokenProvider.revokeAllFor(user.getId());
        users.save(user);
    }

    @PostMapping("/api/account/avatar")
    public void avatar(@RequestBody AvatarForm form, User user) {
        // ok: spring-jwt-password-change-without-revocation
        user.setAvatar(form.getUrl());
        users.save(user);
    }
}

class PlainAccountService {
    private final UserRepository users;
    PlainAccountService(UserRepository users) { this.users = users; }

    public void resetPassword(User user, String hash) {
        // ok: spring-jwt-password-change-without-revocation
        user.setPassword(hash);
        users.save(user);
    }
}

@RestController
class NotesAccountController {
    private final NoteUsers users;
    private final PasswordEncoder encoder;
    private final TokenVersions versions;

    NotesAccountController(NoteUsers users, PasswordEncoder encoder, TokenVersions versions) {
        this.users = users;
        this.encoder = encoder;
        this.versions = versions;
    }

    @PostMapping("/password")
    public ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt jwt, @RequestBody Map<String, String> body) {
        NoteUser user = users.findById(Long.valueOf(jwt.getSubject()));
        // ruleid: spring-jwt-password-change-without-revocation
        users.updatePasswordHash(user.id(), encoder.encode(body.get("next")));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password/rotate")
    public ResponseEntity<Void> changePasswordAndRevoke(@AuthenticationPrincipal Jwt jwt, @RequestBody Map<String, String> body) {
        NoteUser user = users.findById(Long.valueOf(jwt.getSubject()));
        // ok: spring-jwt-password-change-without-revocation
        users.updatePasswordHash(user.id(), encoder.encode(body.get("next")));
        versions.bumpTokenVersion(user.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/profile")
    public ResponseEntity<Void> profile(@AuthenticationPrincipal Jwt jwt, @RequestBody Map<String, String> body) {
        // ok: spring-jwt-password-change-without-revocation
        users.updateDisplayName(Long.valueOf(jwt.getSubject()), body.get("name"));
        return ResponseEntity.noContent().build();
    }
}

