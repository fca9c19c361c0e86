package com.example.partners.sso;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

interface SsoConstants {
    String SHARED_SECRET = "partner-sso-shared-secret";
}

@RestController
public class PartnerSsoController {

    private final PartnerRepository partners;
    private final String signingSecret = System.getenv("PARTNER_SSO_SECRET");

    public PartnerSsoController(PartnerRepository partners) {
        this.partners = partners;
    }

    public List<String> rolesFrom(String bearer) {
        // expect: jwt-signature-not-verified
        DecodedJWT jwt = JWT.decode(bearer.substring(7));
        return jwt.getClaim("roles").asList(String.class);
    }

    public Claims legacyValidate(String token) {
        byte[] keyBytes = Base64.getDecoder().decode(signingSecret);
        // expect: jwt-signature-not-verified, jwt-none-algorithm
        Object body = Jwts.parser().setSigningKey(keyBytes).parse(token).getBody();
        return (Claims) body;
    }

    public String issueHandoffToken(Partner partner) {
        // expect: jwt-weak-secret
        Algorithm algorithm = Algorithm.HMAC256(SsoConstants.SHARED_SECRET);
        return JWT.create()
                .withSubject(partner.getId())
                // expect: jwt-long-lived
                .withExpiresAt(Date.from(LocalDateTime.now().plusDays(1).atZone(ZoneId.systemDefault()).toInstant()))
                .sign(algorithm);
    }

    public String issuePartnerToken(Partner partner) {
        return Jwts.builder()
                .subject(partner.getId())
                // expect: jwt-sensitive-payload
                .claim("apiKey", partner.getApiKey())
                // safe: jwt-sensitive-payload
                .claim("tier", partner.getTier())
                // expect: jwt-none-algorithm
                .compact();
    }

    public Claims verifyPartnerToken(String token, javax.crypto.SecretKey key) {
        // expect: jwt-claims-not-validated
        Claims claims = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
        return claims;
    }

    // expect: jwt-no-revocation
    @PostMapping("/sso/logout")
    public ResponseEntity<Void> ssoLogout(@RequestHeader("Authorization") String authorization) {
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    // expect: jwt-no-revocation
    public ResponseEntity<String> partnerSignOut(String partnerToken) {
        SecurityContextHolder.getContext().setAuthentication(null);
        return ResponseEntity.ok("partner signed out");
    }
}
