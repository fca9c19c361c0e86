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

class AdminServiceImpl {
    private JwtTokenUtil jwtTokenUtil;
    private AdminCacheService cache;

    public String login(String username, String password) {
        return jwtTokenUtil.generateToken(loadUser(username));
    }

    @Override
    // ruleid: spring-jwt-logout-without-revocation
    public void logout(String username) {
        Admin admin = cache.getAdmin(username);
        cache.delAdmin(admin.getId());
        cache.delResourceList(admin.getId());
    }

    Object loadUser(String username) { return null; }
}

class OnlineAdminServiceImpl {
    private JwtTokenUtil jwtTokenUtil;
    private RedisUtils redisUtils;

    @Override
    // ok: spring-jwt-logout-without-revocation
    public void logout(String token) {
        redisUtils.del("online-token:" + token);
    }
}

class UserVersionServiceImpl {
    private JwtTokenProvider jwtTokenProvider;
    private UserRepository users;

    // ok: spring-jwt-logout-without-revocation
    public void logout(Long userId) {
        users.incrementTokenVersion(userId);
        users.clearLastSeen(userId);
    }
}

class JwtTodoLogoutHandler implements org.springframework.security.web.authentication.logout.LogoutHandler {
    @Override
    // ruleid: spring-jwt-logout-without-revocation
    public void logout(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        // TODO invalidate the JWT
    }
}

class BearerAuditLogoutHandler implements LogoutHandler {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BearerAuditLogoutHandler.class);

    @Override
    // ruleid: spring-jwt-logout-without-revocation
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        log.info("user {} logged out", authentication == null ? null : authentication.getName());
        SecurityContextHolder.clearContext();
    }
}

class DenyListLogoutHandler implements LogoutHandler {
    private final TokenDenyList denyList;

    DenyListLogoutHandler(TokenDenyList denyList) { this.denyList = denyList; }

    @Override
    // ok: spring-jwt-logout-without-revocation
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String header = request.getHeader("Authorization");
        denyList.revoke(header.substring(7));
    }
}

class JwtSessionLogoutHandler implements LogoutHandler {
    private final JwtTokenStore tokenStore;

    JwtSessionLogoutHandler(JwtTokenStore tokenStore) { this.tokenStore = tokenStore; }

    @Override
    // ok: spring-jwt-logout-without-revocation
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        tokenStore.removeAccessToken(authentication.getName());
    }
}
