package com.example.config

import jakarta.validation.constraints.NotBlank
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.validation.annotation.Validated

@ConfigurationProperties(prefix = "jwt")
data class JwtProperties(
    // ruleid: kotlin-spring-boot-jwt-properties-literal-secret
    val secret: String = "my-dev-secret-key-0123456789",
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    val header: String = "Authorization",
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    val accessTokenValiditySeconds: Long = 900,
)

@ConfigurationProperties("app.security")
class TokenSettings {
    // ruleid: kotlin-spring-boot-jwt-properties-literal-secret
    var signingKey: String = "change-me"
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    var issuer: String = "https://auth.example.com"
}

@Validated
@ConfigurationProperties(prefix = "security.jwt")
data class InjectedJwtProperties(
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    @field:NotBlank val secret: String,
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    val secretFile: String = "/run/secrets/jwt",
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    val keyId: String = "k1",
)
