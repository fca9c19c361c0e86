package com.example.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "mail")
data class MailProperties(
    // ok: kotlin-spring-boot-jwt-properties-literal-secret
    val secret: String = "smtp-dev",
)
