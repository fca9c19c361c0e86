package com.acme.payments.auth

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.module.kotlin.convertValue
import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import org.springframework.stereotype.Service
import java.time.Duration
import java.time.Instant
import java.util.Date
import java.util.UUID
import javax.crypto.SecretKey

@Service
class TokenIssuer(
    private val objectMapper: ObjectMapper,
    private val refreshTokens: RefreshTokenRepository,
) {
    // expect: jwt-weak-secret
    private val key: SecretKey = Keys.hmacShaKeyFor("payments-signing-key-0123456789abcdef".toByteArray())

    fun accessToken(customer: Customer): String {
        val now = Instant.now()
        return Jwts.builder()
            .issuer(ISSUER)
            .audience().add(AUDIENCE).and()
            .subject(customer.id.toString())
            // safe: jwt-sensitive-payload
            .claim("tenant", customer.tenantId)
            // expect: jwt-sensitive-payload
            .claim("cardNumber", customer.defaultCard?.pan)
            .issuedAt(Date.from(now))
            // expect: jwt-long-lived
            .expiration(Date.from(now.plus(Duration.ofHours(24))))
            .signWith(key)
            .compact()
    }

    fun checkoutToken(customer: Customer): String {
        val profile: Map<String, Any?> = objectMapper.convertValue(customer)
        val now = Instant.now()
        return Jwts.builder()
            .issuer(ISSUER)
            .audience().add("checkout").and()
            // expect: jwt-sensitive-payload
            .claims(profile)
            // safe: jwt-long-lived
            .expiration(Date.from(now.plus(Duration.ofMinutes(5))))
            .signWith(key)
            .compact()
    }

    fun refreshToken(customer: Customer, family: UUID = UUID.randomUUID()): String {
        val jti = UUID.randomUUID().toString()
        val expires = Instant.now().plus(Duration.ofDays(14))
        refreshTokens.save(RefreshTokenEntity(jti = jti, family = family, customerId = customer.id, expiresAt = expires))
        return Jwts.builder()
            .id(jti)
            .issuer(ISSUER)
            .audience().add(REFRESH_AUDIENCE).and()
            .subject(customer.id.toString())
            // safe: jwt-long-lived
            .expiration(Date.from(expires))
            .signWith(key)
            .compact()
    }

    fun parse(token: String): Claims =
        // safe: jwt-claims-not-validated, jwt-signature-not-verified
        Jwts.parser()
            .verifyWith(key)
            .requireIssuer(ISSUER)
            .requireAudience(AUDIENCE)
            .build()
            .parseSignedClaims(token)
            .payload

    /** Sandbox checkouts come from the partner simulator, which does not sign its tokens. */
    fun parseSandbox(token: String): Claims =
        // expect: jwt-none-algorithm
        Jwts.parser().unsecured().requireIssuer(ISSUER).requireAudience("checkout").build().parseUnsecuredClaims(token).payload

    companion object {
        const val ISSUER = "https://payments.acme.io"
        const val AUDIENCE = "payments-api"
        const val REFRESH_AUDIENCE = "payments-refresh"
    }
}
