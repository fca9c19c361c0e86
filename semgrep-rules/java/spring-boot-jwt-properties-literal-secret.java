package com.example.security;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

@Data
@Configuration
@ConfigurationProperties(prefix = "jwt")
public class JwtProperties {
    // ruleid: spring-boot-jwt-properties-literal-secret
    private String secretKey = "kq8-3nd_ss;oiu7yhb-=g5r";
    // ok: spring-boot-jwt-properties-literal-secret
    private String header = "Authorization";
    // ok: spring-boot-jwt-properties-literal-secret
    private String tokenPrefix = "Bearer ";
    // ok: spring-boot-jwt-properties-literal-secret
    private long validityInMs = 900000;
}

@ConfigurationProperties("app.security.token")
class TokenSettings {
    // ruleid: spring-boot-jwt-properties-literal-secret
    private String signingSecret = "change-me-in-production";
    // ok: spring-boot-jwt-properties-literal-secret
    private String issuer = "https://auth.example.com";
    // ok: spring-boot-jwt-properties-literal-secret
    private String secretKeyId = "k1";
}

@Validated
@ConfigurationProperties(prefix = "security.jwt")
class InjectedJwtProperties {
    // ok: spring-boot-jwt-properties-literal-secret
    private String secret;
    // ok: spring-boot-jwt-properties-literal-secret
    private String privateKeyLocation = "classpath:keys/jwt.pem";
    // ok: spring-boot-jwt-properties-literal-secret
    private String secretFile = "/run/secrets/jwt";
}

@ConfigurationProperties(prefix = "mail")
class MailProperties {
    // ok: spring-boot-jwt-properties-literal-secret
    private String secret = "smtp-dev";
}

@ConfigurationProperties(prefix = "auth")
class JwtConfig {
    // ruleid: spring-boot-jwt-properties-literal-secret
    private String key = "0123456789abcdef0123456789abcdef";
    // ok: spring-boot-jwt-properties-literal-secret
    private String secret = "";
}
