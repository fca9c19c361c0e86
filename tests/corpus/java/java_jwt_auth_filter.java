package com.example.inventory.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

public class JwtAuthenticationFilter extends OncePerRequestFilter {

    private final Key key;
    private final JwtParser parser;

    public JwtAuthenticationFilter(String secret) {
        // safe: jwt-weak-secret
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        // expect: jwt-claims-not-validated
        this.parser = Jwts.parserBuilder()
                .setSigningKey(key)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7);
        // expect: jwt-signature-not-verified, jwt-none-algorithm
        Jwt<?, ?> jwt = parser.parse(token);
        Claims claims = (Claims) jwt.getBody();
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) claims.get("roles");
        UsernamePasswordAuthenticationToken auth = new UsernamePasswordAuthenticationToken(
                claims.getSubject(), null, roles.stream().map(SimpleGrantedAuthority::new).toList());
        SecurityContextHolder.getContext().setAuthentication(auth);
        chain.doFilter(request, response);
    }

    public Claims strictClaims(String token) {
        // safe: jwt-signature-not-verified, jwt-none-algorithm
        Jws<Claims> jws = parser.parseClaimsJws(token);
        return jws.getBody();
    }

    public Claims partnerClaims(String token, Key partnerKey) {
        // expect: jwt-signature-not-verified, jwt-none-algorithm
        return (Claims) Jwts.parserBuilder().setSigningKey(partnerKey).build().parse(token).getBody();
    }

    public Claims unsignedClaims(String token) {
        // expect: jwt-none-algorithm
        return Jwts.parserBuilder().build().parseClaimsJwt(token).getBody();
    }

    public Claims internalClaims(String token) {
        // safe: jwt-claims-not-validated
        return Jwts.parserBuilder()
                .setSigningKey(key)
                .requireIssuer("inventory-auth")
                .requireAudience("inventory-api")
                .build()
                .parseClaimsJws(token)
                .getBody();
    }
}
