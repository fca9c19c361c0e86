package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;

public class Auth0Tokens {
    private static final String JWT_SECRET = "secret";
    private final String envSecret = System.getenv("JWT_SECRET");

    public String issue(String user) {
        // ruleid: java-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256("your-256-bit-secret"));
    }

    public Algorithm fromConstant() {
        // ruleid: java-jwt-hardcoded-secret
        return Algorithm.HMAC512(JWT_SECRET);
    }

    public Algorithm bytes() {
        // ruleid: java-jwt-hardcoded-secret
        return Algorithm.HMAC384("s3cr3t".getBytes(StandardCharsets.UTF_8));
    }

    public Algorithm fromEnv() {
        // ok: java-jwt-hardcoded-secret
        return Algorithm.HMAC256(envSecret);
    }
}

class SecurityConstants {
    static final String SECRET = "SecretKeyToGenJWTs";
}

class OtherIssuer {
    private static final String ENV_SECRET_KEY = System.getenv("JWT_SECRET");

    String issue(String user) {
        // ruleid: java-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC512(SecurityConstants.SECRET.getBytes()));
    }

    Algorithm fromEnvConstant() {
        // ok: java-jwt-hardcoded-secret
        return Algorithm.HMAC256(ENV_SECRET_KEY);
    }
}

class EnvFallbackTokens {
    private org.springframework.core.env.Environment env;

    String property(String user) {
        // ruleid: java-jwt-hardcoded-secret
        String secret = env.getProperty("jwt.secret", "default-jwt-secret-value-1234567890");
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(secret));
    }

    String ternary(String user) {
        // ruleid: java-jwt-hardcoded-secret
        String s = System.getenv("JWT_SECRET") != null ? System.getenv("JWT_SECRET") : "fallback-secret";
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(s));
    }

    String inline(String user) {
        // ruleid: java-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC512(System.getProperty("jwt.secret", "sysprop-default")));
    }

    String noFallback(String user) {
        // ok: java-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC512(System.getenv("JWT_SECRET")));
    }
}

class NimbusMacKeys {
    private static final String SHARED = "nimbus-shared-secret-0123456789abcdef0123";

    Object signer() throws Exception {
        // ruleid: java-jwt-hardcoded-secret
        return new com.nimbusds.jose.crypto.MACSigner("nimbus-literal-secret-0123456789abcdef");
    }

    Object verifier() throws Exception {
        // ruleid: java-jwt-hardcoded-secret
        return new com.nimbusds.jose.crypto.MACVerifier(SHARED.getBytes(StandardCharsets.UTF_8));
    }

    Object fromEnv() throws Exception {
        // ok: java-jwt-hardcoded-secret
        return new com.nimbusds.jose.crypto.MACSigner(System.getenv("JWT_SECRET"));
    }
}

class CtorInjectedAlgorithm {
    private final com.auth0.jwt.algorithms.Algorithm algorithm;

    // ruleid: java-jwt-hardcoded-secret
    CtorInjectedAlgorithm(@org.springframework.beans.factory.annotation.Value("${jwt.secret:dev-secret}") String secret) {
        this.algorithm = com.auth0.jwt.algorithms.Algorithm.HMAC256(secret);
    }
}

class CtorInjectedAlgorithmNoDefault {
    private final com.auth0.jwt.algorithms.Algorithm algorithm;

    // ok: java-jwt-hardcoded-secret
    CtorInjectedAlgorithmNoDefault(@org.springframework.beans.factory.annotation.Value("${jwt.secret}") String secret) {
        this.algorithm = com.auth0.jwt.algorithms.Algorithm.HMAC256(secret);
    }
}

