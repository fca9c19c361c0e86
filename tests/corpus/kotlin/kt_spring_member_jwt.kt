package com.acme.members.security

import com.fasterxml.jackson.databind.ObjectMapper
import io.jsonwebtoken.Claims
import io.jsonwebtoken.ExpiredJwtException
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.io.Decoders
import io.jsonwebtoken.security.Keys
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.Date
import javax.crypto.SecretKey

@Component
class MemberTokenProvider(
    // expect: jwt-weak-secret
    @Value("\${members.jwt.secret:bWVtYmVycy1kZWZhdWx0LXNlY3JldC1rZXktMDEyMzQ1Njc4OQ==}") secret: String,
    private val objectMapper: ObjectMapper,
) {
    private val signingKey: SecretKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(secret))

    companion object {
        // expect: jwt-long-lived
        const val ACCESS_VALIDITY_MS = 1000L * 60 * 60 * 12
        // safe: jwt-long-lived
        const val RESET_LINK_VALIDITY_MS = 1000L * 60 * 10
        // safe: jwt-weak-secret
        const val AUTH_HEADER_KEY = "Authorization"
    }

    fun issueAccess(member: Member): String = Jwts.builder()
        .subject(member.id.toString())
        .claim("roles", member.roles)
        .expiration(Date(System.currentTimeMillis() + ACCESS_VALIDITY_MS))
        .signWith(signingKey)
        .compact()

    fun issueProfileToken(member: Member): String = Jwts.builder()
        .subject(member.id.toString())
        // expect: jwt-sensitive-payload
        .claim("member", objectMapper.writeValueAsString(member))
        .expiration(Date.from(Instant.now().plus(10, ChronoUnit.MINUTES)))
        .signWith(signingKey)
        .compact()

    fun issueResetLink(member: Member): String = Jwts.builder()
        .subject(member.email)
        // safe: jwt-long-lived
        .expiration(Date(System.currentTimeMillis() + RESET_LINK_VALIDITY_MS))
        .signWith(signingKey)
        .compact()

    fun parse(token: String): Claims =
        Jwts.parser().verifyWith(signingKey).build().parseSignedClaims(token).payload

    fun memberIdAllowingExpired(token: String): String {
        return try {
            parse(token).subject
        } catch (ex: ExpiredJwtException) {
            // expect: jwt-claims-not-validated
            ex.claims.subject
        }
    }

    fun memberIdStrict(token: String): String? {
        return try {
            parse(token).subject
        } catch (ex: ExpiredJwtException) {
            // safe: jwt-claims-not-validated
            null
        }
    }

    fun peek(token: String): Any {
        // expect: jwt-signature-not-verified
        return Jwts.parser().build().parse(token).payload
    }
}

@Component
class LegacyPartnerTokens {
    // expect: jwt-weak-secret
    private val partnerKey = Keys.hmacShaKeyFor("partner-legacy-secret-partner-legacy-secret".toByteArray())

    // expect: jwt-long-lived
    fun mint(partner: String): String = Jwts.builder().subject(partner).signWith(partnerKey).compact()

    // expect: jwt-none-algorithm, jwt-signature-not-verified
    fun readUnsigned(token: String) = Jwts.parser().unsecured().build().parse(token)
}
