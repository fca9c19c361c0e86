package com.acme.shop.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Legacy token provider (jjwt 0.9/0.11 style) kept for the mobile API.
 */
@Component
public class JwtTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(JwtTokenProvider.class);

    private static final String JWT_SECRET = "shopSecretKey2019";
    private static final long JWT_EXPIRATION_MS = 604800000L; // one week

    public String generateToken(Authentication authentication) {
        ShopUserPrincipal principal = (ShopUserPrincipal) authentication.getPrincipal();
        Date now = new Date();
        // expect: jwt-long-lived
        Date expiryDate = new Date(now.getTime() + JWT_EXPIRATION_MS);

        Map<String, Object> claims = new HashMap<>();
        claims.put("roles", authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toList()));
        // expect: jwt-sensitive-payload
        claims.put("email_password_hash", principal.getPasswordHash());

        return Jwts.builder()
                .setClaims(claims)
                .setSubject(Long.toString(principal.getId()))
                .setIssuedAt(now)
                .setExpiration(expiryDate)
                // expect: jwt-weak-secret
                .signWith(SignatureAlgorithm.HS512, JWT_SECRET)
                .compact();
    }

    public String generateGuestToken(String cartId) {
        // expect: jwt-long-lived
        return Jwts.builder()
                .setSubject("guest")
                .claim("cart", cartId)
                .signWith(SignatureAlgorithm.HS256, System.getenv("GUEST_JWT_SECRET"))
                .compact();
    }

    public Long getUserIdFromJWT(String token) {
        // expect: jwt-weak-secret
        Claims claims = Jwts.parser()
                .setSigningKey(JWT_SECRET)
                .parseClaimsJws(token)
                .getBody();
        return Long.parseLong(claims.getSubject());
    }

    public Claims readClaimsLenient(String token) {
        // expect: jwt-signature-not-verified, jwt-none-algorithm
        Jwt<?, ?> jwt = Jwts.parser().setSigningKey(System.getenv("JWT_SECRET")).parse(token);
        return (Claims) jwt.getBody();
    }

    public boolean validateToken(String authToken) {
        try {
            // expect: jwt-weak-secret
            Jwts.parser().setSigningKey(JWT_SECRET.getBytes()).requireIssuer("shop-api").requireAudience("mobile")
                    .parseClaimsJws(authToken);
            return true;
        } catch (ExpiredJwtException ex) {
            log.error("Expired JWT token");
        } catch (JwtException | IllegalArgumentException ex) {
            log.error("Invalid JWT token");
        }
        return false;
    }

    public Claims parseGuest(String token) {
        // safe: jwt-signature-not-verified
        Jws<Claims> jws = Jwts.parser()
                .setSigningKey(System.getenv("GUEST_JWT_SECRET"))
                .requireIssuer("shop-api")
                .requireAudience("guest")
                .parseClaimsJws(token);
        return jws.getBody();
    }
}
