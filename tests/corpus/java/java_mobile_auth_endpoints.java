package com.example.fitness.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mobile")
public class MobileAuthController {

    private final FitnessJwtUtils jwtUtils;
    private final MemberService members;

    public MobileAuthController(FitnessJwtUtils jwtUtils, MemberService members) {
        this.jwtUtils = jwtUtils;
        this.members = members;
    }

    @PostMapping("/signin")
    public ResponseEntity<?> signin(@RequestBody Credentials credentials) {
        Member member = members.authenticate(credentials.username(), credentials.password());
        // expect: session-cookie-insecure
        ResponseCookie jwtCookie = ResponseCookie.from("fitness_jwt", jwtUtils.generateToken(member)).path("/api").maxAge(24 * 60 * 60).httpOnly(true).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, jwtCookie.toString()).body(member.getId());
    }

    // expect: jwt-no-revocation
    @PostMapping("/signout")
    public ResponseEntity<?> logoutUser() {
        ResponseCookie cookie = jwtUtils.getCleanJwtCookie();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(Map.of("message", "You've been signed out!"));
    }

    // expect: jwt-no-revocation
    @PostMapping("/logout")
    public ResponseEntity<Map<String, String>> logout() {
        return ResponseEntity.ok(Map.of("message", "Logged out successfully"));
    }

    // safe: jwt-no-revocation
    @PostMapping("/logout/revoke")
    public ResponseEntity<Map<String, String>> logoutAndRevoke(HttpServletRequest request) {
        String token = jwtUtils.getJwtFromCookies(request);
        jwtUtils.revoke(token);
        return ResponseEntity.ok(Map.of("message", "Logged out"));
    }
}

@Component
class MobileLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final FitnessJwtUtils jwtUtils;

    MobileLoginSuccessHandler(FitnessJwtUtils jwtUtils) {
        this.jwtUtils = jwtUtils;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String token = jwtUtils.generateToken(authentication.getName());
        // expect: session-cookie-insecure
        Cookie cookie = new Cookie(FitnessJwtUtils.ACCESS_TOKEN_COOKIE, token);
        cookie.setPath("/");
        response.addCookie(cookie);
        // expect: session-cookie-insecure
        response.setHeader("Set-Cookie", String.format("refresh_token=%s; HttpOnly; Path=/api/mobile/refresh", jwtUtils.generateRefreshToken(authentication.getName())));
    }
}

@RestController
class TrainerPortalController {

    private final TrainerService trainers;
    private final FitnessJwtUtils jwtUtils;

    TrainerPortalController(TrainerService trainers, FitnessJwtUtils jwtUtils) {
        this.trainers = trainers;
        this.jwtUtils = jwtUtils;
    }

    @PostMapping("/trainer/login")
    public String trainerLogin(@RequestBody Credentials credentials, HttpSession session) {
        Trainer trainer = trainers.checkCredentials(credentials.username(), credentials.password());
        // expect: session-fixation
        session.setAttribute("trainerId", trainer.getId());
        session.setAttribute("authenticated", Boolean.TRUE);
        return "redirect:/trainer/home";
    }

    // expect: jwt-no-revocation
    @PostMapping("/trainer/logout")
    public String trainerLogout(HttpServletResponse response) {
        Cookie c = new Cookie("trainer_token", "");
        c.setMaxAge(0);
        response.addCookie(c);
        return "redirect:/trainer/login";
    }

    // safe: jwt-no-revocation
    @PostMapping("/trainer/logout-session")
    public String trainerSessionLogout(HttpSession session) {
        session.invalidate();
        return "redirect:/trainer/login";
    }
}
