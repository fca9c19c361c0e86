package com.example.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "mail")
data class MailProperties(
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    val secret: String = "smtp-dev",
)

@ConfigurationProperties(prefix = "auth")
class JwtConfig {
    // ruleid: kotlin-spring-boot-jwt-properties-literal-secret
    var key: String = "0123456789abcdef0123456789abcdef"
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    var secret: String = ""
}
