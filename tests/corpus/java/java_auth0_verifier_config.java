package com.example.gateway.security;

import com.auth0.jwk.Jwk;
import com.auth0.jwk.JwkProvider;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.RSAKeyProvider;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class GatewayJwtConfig {

    @Value("${gateway.jwt.issuer}")
    private String issuer;

    @Value("${gateway.jwt.audience}")
    private String audience;

    private final JwkProvider jwkProvider;

    public GatewayJwtConfig(JwkProvider jwkProvider) {
        this.jwkProvider = jwkProvider;
    }

    @Bean
    public Algorithm serviceAlgorithm(@Value("${gateway.jwt.hmac-secret}") String secret) {
        // safe: jwt-weak-secret
        return Algorithm.HMAC256(secret);
    }

    @Bean
    public Algorithm internalAlgorithm() {
        // safe: jwt-weak-secret
        return Algorithm.HMAC512(System.getenv("INTERNAL_JWT_SECRET"));
    }

    @Bean
    public JWTVerifier serviceVerifier(Algorithm serviceAlgorithm) {
        // safe: jwt-claims-not-validated
        return JWT.require(serviceAlgorithm)
                .withIssuer(issuer)
                .withAudience(audience)
                .acceptLeeway(5)
                .build();
    }

    public DecodedJWT verifyIdpToken(String token) throws Exception {
        // safe: jwt-signature-not-verified
        DecodedJWT unverified = JWT.decode(token);
        Jwk jwk = jwkProvider.get(unverified.getKeyId());
        Algorithm rsa = Algorithm.RSA256((RSAPublicKey) jwk.getPublicKey(), null);
        // safe: jwt-claims-not-validated, jwt-none-algorithm
        return JWT.require(rsa).withIssuer(issuer).withAudience(audience).build().verify(token);
    }

    public String keyIdOf(String token) {
        // safe: jwt-signature-not-verified
        return JWT.decode(token).getKeyId();
    }

    public String issueServiceToken(Algorithm serviceAlgorithm, String service) {
        // safe: jwt-long-lived, jwt-sensitive-payload
        return JWT.create()
                .withIssuer(issuer)
                .withAudience(audience)
                .withSubject(service)
                .withClaim("scope", "internal")
                .withExpiresAt(Instant.now().plus(5, ChronoUnit.MINUTES))
                .sign(serviceAlgorithm);
    }

    public String issueRefreshToken(Algorithm serviceAlgorithm, String service, String tokenFamily) {
        // safe: jwt-long-lived
        return JWT.create()
                .withSubject(service)
                .withClaim("typ", "refresh")
                .withClaim("family", tokenFamily)
                .withExpiresAt(Instant.now().plus(14, ChronoUnit.DAYS))
                .sign(serviceAlgorithm);
    }

    public Map<String, Object> claimsOf(JWTVerifier serviceVerifier, String token) {
        // safe: jwt-signature-not-verified
        DecodedJWT jwt = serviceVerifier.verify(token);
        Map<String, Object> out = new java.util.HashMap<>();
        out.put("sub", JWT.decode(token).getSubject());
        out.put("scope", jwt.getClaim("scope").asString());
        return out;
    }
}
