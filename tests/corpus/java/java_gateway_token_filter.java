package com.example.gateway.filter;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

public class TenantHeaderFilter extends OncePerRequestFilter {

    private final JwtParser parser;

    public TenantHeaderFilter(@Value("${gateway.jwt.secret}") String secret) {
        SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(secret));
        // safe: jwt-claims-not-validated
        this.parser = Jwts.parser().verifyWith(key).requireIssuer("gateway").requireAudience("tenants").build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String raw = req.getHeader("X-Tenant-Token");
        if (raw != null) {
            // expect: jwt-signature-not-verified
            Map<String, Claim> claims = JWT.decode(raw).getClaims();
            req.setAttribute("tenant", claims.get("tenant").asString());
        }
        String auth = req.getHeader("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            // safe: jwt-signature-not-verified, jwt-none-algorithm
            Claims verified = parser.parseSignedClaims(auth.substring(7)).getPayload();
            req.setAttribute("subject", verified.getSubject());
        }
        chain.doFilter(req, res);
    }
}

@Configuration
class GatewayRememberMeConfig {

    static final String REMEMBER_ME_SECRET = "gateway-remember";

    @Bean
    SecurityFilterChain gatewayChain(HttpSecurity http, @Value("${gateway.rm.key}") String rmKey) throws Exception {
        // safe: session-weak-secret
        http.rememberMe(r -> r.key(rmKey).rememberMeCookieName("GW_REMEMBER"));
        return http.build();
    }

    @Bean
    SecurityFilterChain legacyGatewayChain(HttpSecurity http) throws Exception {
        http.formLogin()
            .and()
            .rememberMe()
            .rememberMeParameter("remember")
            // expect: session-weak-secret
            .key(REMEMBER_ME_SECRET);
        return http.build();
    }

    @Bean
    SecurityFilterChain opsChain(HttpSecurity http) throws Exception {
        // expect: session-weak-secret
        http.rememberMe(remember -> remember.key("ops-remember-me-key").tokenValiditySeconds(3600));
        return http.build();
    }
}
