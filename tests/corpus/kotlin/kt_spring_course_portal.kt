package org.campusnet.portal.security

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletResponse
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.web.SecurityFilterChain
import org.springframework.stereotype.Component
import java.util.Date

@Component
class PortalTokenService(
    // expect: jwt-long-lived
    @Value("\${portal.jwt.access-validity-ms:43200000}") private val accessValidityMs: Long,
    // safe: jwt-long-lived
    @Value("\${portal.jwt.refresh-check-ms:600000}") private val refreshCheckMs: Long,
    @Value("\${portal.jwt.secret}") secret: String,
) {
    // expect: jwt-weak-secret
    private val fallbackSecret: String = System.getenv("PORTAL_FALLBACK_SECRET") ?: "portal-fallback-secret-0123456789-abcdef"
    // safe: jwt-weak-secret
    private val secretVariable = System.getenv("PORTAL_SECRET_VAR") ?: "PORTAL_JWT_SECRET"

    private val key = Keys.hmacShaKeyFor(secret.toByteArray())

    fun issue(studentId: String): String = Jwts.builder()
        .subject(studentId)
        .expiration(Date(System.currentTimeMillis() + accessValidityMs))
        .signWith(key)
        .compact()
}

@Configuration
class PortalSecurityConfig {
    @Bean
    fun portalChain(http: HttpSecurity): SecurityFilterChain =
        http.sessionManagement {
            // expect: session-fixation
            it.sessionFixation { fixation -> fixation.none() }
        }.build()
}

class PortalCookieWriter {
    fun write(response: HttpServletResponse, jwt: String) {
        val access = Cookie("portal_access_token", jwt).apply {
            // expect: session-cookie-insecure
            isHttpOnly = false
            path = "/"
        }
        response.addCookie(access)
        val banner = Cookie("banner_dismissed", "1").apply {
            // safe: session-cookie-insecure
            isHttpOnly = false
        }
        response.addCookie(banner)
    }
}
