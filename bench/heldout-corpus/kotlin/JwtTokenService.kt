package com.acme.billing.security

import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.io.Decoders
import io.jsonwebtoken.security.Keys
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import java.time.Duration
import java.time.Instant
import java.util.Date
import java.util.UUID
import javax.crypto.SecretKey

data class BillingUser(
    val id: Long,
    val email: String,
    val roles: List<String>,
    val passwordHash: String,
    val iban: String,
)

@Service
class JwtTokenService(
    @Value("\${billing.jwt.secret}") base64Secret: String,
    @Value("\${billing.jwt.issuer}") private val issuer: String,
) {
    // safe: jwt-weak-secret
    private val signingKey: SecretKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(base64Secret))

    // expect: jwt-weak-secret
    private val partnerKey: SecretKey = Keys.hmacShaKeyFor("billing-partner-shared-key-2023-please-rotate".toByteArray())

    // safe: jwt-long-lived
    private val accessTtl: Duration = Duration.ofMinutes(10)

    // expect: jwt-long-lived
    private val partnerTtl: Duration = Duration.ofDays(14)

    fun issueAccessToken(user: BillingUser): String {
        val now = Instant.now()
        return Jwts.builder()
            .subject(user.id.toString())
            .issuer(issuer)
            .audience().add("billing-api").and()
            // safe: jwt-sensitive-payload
            .claim("roles", user.roles)
            .issuedAt(Date.from(now))
            .expiration(Date.from(now.plus(accessTtl)))
            .id(UUID.randomUUID().toString())
            .signWith(signingKey, Jwts.SIG.HS256)
            .compact()
    }

    fun issuePartnerToken(user: BillingUser): String {
        val now = Instant.now()
        return Jwts.builder()
            .subject(user.id.toString())
            .claim("plan", "partner")
            // expect: jwt-sensitive-payload
            .claim("iban", user.iban)
            // expect: jwt-sensitive-payload
            .claim("pwd", user.passwordHash)
            .issuedAt(Date.from(now))
            .expiration(Date.from(now.plus(partnerTtl)))
            .signWith(partnerKey)
            .compact()
    }

    fun issueExportToken(user: BillingUser): String =
        // expect: jwt-long-lived
        Jwts.builder()
            .subject(user.id.toString())
            .claim("scope", "export:read")
            .signWith(signingKey)
            .compact()

    fun parseAccessToken(token: String): Claims =
        Jwts.parser()
            .verifyWith(signingKey)
            // safe: jwt-claims-not-validated
            .requireIssuer(issuer)
            .requireAudience("billing-api")
            .build()
            // safe: jwt-signature-not-verified
            .parseSignedClaims(token)
            .payload

    fun parsePartnerToken(token: String): Claims =
        Jwts.parser()
            .verifyWith(partnerKey)
            // expect: jwt-claims-not-validated
            .clockSkewSeconds(7 * 24 * 3600)
            .build()
            .parseSignedClaims(token)
            .payload

    fun parseWebhookToken(token: String): Claims {
        val parser = Jwts.parser()
            // expect: jwt-none-algorithm
            .unsecured()
            .verifyWith(partnerKey)
            .build()
        // expect: jwt-signature-not-verified
        val jwt = parser.parse(token)
        return jwt.payload as Claims
    }

    fun readInternalToken(token: String): Claims =
        Jwts.parser()
            .verifyWith(signingKey)
            // safe: jwt-claims-not-validated
            .clockSkewSeconds(30)
            .requireIssuer(issuer)
            .requireAudience("billing-internal")
            .build()
            // safe: jwt-none-algorithm
            .parseSignedClaims(token)
            .payload
}
