package com.example.ops.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OpsPortalAuthController {

    private final Environment env;
    private final OpsJwtHelper opsJwtHelper;
    private final OperatorCache operatorCache;
    private final SessionStore sessionStore;
    private final OperatorRepository operators;

    public OpsPortalAuthController(Environment env, OpsJwtHelper opsJwtHelper, OperatorCache operatorCache,
                                   SessionStore sessionStore, OperatorRepository operators) {
        this.env = env;
        this.opsJwtHelper = opsJwtHelper;
        this.operatorCache = operatorCache;
        this.sessionStore = sessionStore;
        this.operators = operators;
    }

    String issueShiftToken(String operator) {
        // expect: jwt-weak-secret
        String secret = env.getProperty("ops.jwt.secret", "ops-portal-local-secret-please-change");
        return Jwts.builder()
                .setSubject(operator)
                .setExpiration(new Date(System.currentTimeMillis() + 10 * 60 * 1000))
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
                .compact();
    }

    String issueAuditToken(String operator) {
        // safe: jwt-weak-secret
        String secret = env.getRequiredProperty("ops.jwt.audit-secret");
        return Jwts.builder()
                .setSubject(operator)
                .setIssuer(env.getProperty("ops.jwt.issuer", "ops-portal"))
                .setExpiration(new Date(System.currentTimeMillis() + 10 * 60 * 1000))
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
                .compact();
    }

    String signReportLink(String reportId) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(reportId)
                .expirationTime(new Date(System.currentTimeMillis() + 5 * 60 * 1000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        // expect: jwt-weak-secret
        jwt.sign(new MACSigner("ops-report-link-secret-0123456789abcdef"));
        return jwt.serialize();
    }

    @PostMapping("/ops/login")
    public String loginOperator(@RequestParam String login, @RequestParam String password, HttpSession session) {
        Operator operator = operators.checkCredentials(login, password);
        // expect: session-fixation
        sessionStore.putSession(session.getId(), operator.getId());
        return "ok";
    }

    @PostMapping("/ops/preferences")
    public String savePreferences(@RequestParam String theme, HttpSession session) {
        // safe: session-fixation
        sessionStore.putSession(session.getId() + ":theme", theme);
        return "ok";
    }

    public String refreshShift(String token) {
        try {
            return opsJwtHelper.parse(token).getSubject();
        } catch (ExpiredJwtException e) {
            // expect: jwt-claims-not-validated
            return issueShiftToken(e.getClaims().getSubject());
        }
    }

    public String readShift(String token) {
        try {
            return opsJwtHelper.parse(token).getSubject();
        } catch (ExpiredJwtException e) {
            // safe: jwt-claims-not-validated
            throw new SessionExpired("shift token expired at " + e.getMessage());
        }
    }
}

class OpsAccountService {
    private OpsJwtHelper jwtHelper;
    private OperatorCache cache;

    public String login(String name) {
        return jwtHelper.generate(name);
    }

    // expect: jwt-no-revocation
    public void logout(String operatorName) {
        Operator operator = cache.getOperator(operatorName);
        cache.delOperator(operator.getId());
        cache.delPermissions(operator.getId());
    }
}

class OpsLegacyTokenReader {
    private final java.security.Key key;

    OpsLegacyTokenReader(java.security.Key key) {
        this.key = key;
    }

    Claims shiftClaims(String token) {
        // expect: jwt-signature-not-verified, jwt-none-algorithm
        return (Claims) Jwts.parser().setSigningKey(key).parse(token).getBody();
    }

    Claims shiftClaimsSigned(String token) {
        // safe: jwt-signature-not-verified, jwt-none-algorithm
        // expect: jwt-claims-not-validated
        return Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
    }
}
