package com.acme.crm.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Token helper from the CRM monolith (jjwt 0.9.1, pre-0.10 API).
 */
public class LegacyJwtUtil {

    // expect: jwt-weak-secret
    private static final String SECRET = "crmSecretKey";

    // expect: jwt-long-lived
    private static final long EXPIRATION_MS = 7L * 24 * 60 * 60 * 1000;

    // safe: jwt-long-lived
    private static final long API_TOKEN_MS = 10 * 60 * 1000;

    public String generateToken(CrmUser user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("uid", user.getId());
        claims.put("name", user.getFullName());
        // expect: jwt-sensitive-payload
        claims.put("ssn", user.getSocialSecurityNumber());
        // expect: jwt-sensitive-payload
        claims.put("creditCard", user.getCardNumber());
        return Jwts.builder()
                .setClaims(claims)
                .setSubject(user.getUsername())
                .setIssuedAt(new Date())
                .setExpiration(new Date(System.currentTimeMillis() + EXPIRATION_MS))
                .signWith(SignatureAlgorithm.HS512, SECRET)
                .compact();
    }

    public String generateApiToken(String clientId) {
        return Jwts.builder()
                .setSubject(clientId)
                // safe: jwt-sensitive-payload
                .claim("scope", "crm.read")
                .setIssuedAt(new Date())
                .setExpiration(new Date(System.currentTimeMillis() + API_TOKEN_MS))
                // safe: jwt-weak-secret
                .signWith(SignatureAlgorithm.HS512, System.getenv("CRM_API_SIGNING_KEY"))
                .compact();
    }

    public String generatePartnerToken(String partnerId) {
        // expect: jwt-long-lived
        return Jwts.builder()
                .setSubject(partnerId)
                // safe: jwt-sensitive-payload
                .claim("tenant", "partners")
                .setIssuedAt(new Date())
                .signWith(SignatureAlgorithm.HS256, SECRET)
                .compact();
    }

    public Claims getAllClaims(String token) {
        // expect: jwt-signature-not-verified
        // expect: jwt-none-algorithm
        Jwt<?, ?> jwt = Jwts.parser().setSigningKey(SECRET).parse(token);
        return (Claims) jwt.getBody();
    }

    public Claims getVerifiedClaims(String token) {
        // safe: jwt-signature-not-verified
        return Jwts.parser().setSigningKey(SECRET).parseClaimsJws(token).getBody();
    }

    public Claims getClaimsWithSkew(String token) {
        return Jwts.parser()
                .setSigningKey(SECRET)
                // expect: jwt-claims-not-validated
                .setAllowedClockSkewSeconds(60 * 60 * 24 * 30)
                .parseClaimsJws(token)
                .getBody();
    }

    public <T> T getClaim(String token, Function<Claims, T> resolver) {
        return resolver.apply(getVerifiedClaims(token));
    }

    public boolean isExpired(String token) {
        return getClaim(token, Claims::getExpiration).before(new Date());
    }

    public interface CrmUser {
        Long getId();
        String getUsername();
        String getFullName();
        String getSocialSecurityNumber();
        String getCardNumber();
    }
}
