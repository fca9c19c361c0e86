package com.acme.shop.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

@Component
public class JwtTokenProvider {

    private static final String SECRET_KEY = "shopSecretKey2019";
    private static final long VALIDITY_MS = 864_000_000L; // 10 days
    private static final long CHECKOUT_VALIDITY_MS = 5 * 60 * 1000L;

    public String createToken(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toList());
        Date now = new Date();
        return Jwts.builder()
                .setSubject(authentication.getName())
                // safe: jwt-sensitive-payload
                .claim("roles", roles)
                .setIssuedAt(now)
                // expect: jwt-long-lived
                .setExpiration(new Date(now.getTime() + VALIDITY_MS))
                // expect: jwt-weak-secret
                .signWith(SignatureAlgorithm.HS512, SECRET_KEY)
                .compact();
    }

    public String createCheckoutToken(String username, Order order) {
        Date now = new Date();
        return Jwts.builder()
                .setSubject(username)
                .claim("orderId", order.getId())
                // expect: jwt-sensitive-payload
                .claim("creditCard", order.getPaymentCardNumber())
                // safe: jwt-long-lived
                .setExpiration(new Date(now.getTime() + CHECKOUT_VALIDITY_MS))
                // expect: jwt-weak-secret
                .signWith(SignatureAlgorithm.HS256, SECRET_KEY)
                .compact();
    }

    public Authentication getAuthentication(String token) {
        Claims claims = getClaims(token);
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) claims.get("roles", List.class);
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(SimpleGrantedAuthority::new)
                .collect(Collectors.toList());
        return new UsernamePasswordAuthenticationToken(claims.getSubject(), token, authorities);
    }

    public boolean validateToken(String token) {
        try {
            getClaims(token);
            return true;
        } catch (JwtException | IllegalArgumentException e) {
            return false;
        }
    }

    private Claims getClaims(String token) {
        // expect: jwt-weak-secret, jwt-claims-not-validated
        return Jwts.parser().setSigningKey(SECRET_KEY).parseClaimsJws(token).getBody();
    }
}
