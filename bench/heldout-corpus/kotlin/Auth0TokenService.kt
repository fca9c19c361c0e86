package com.acme.clinic.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.auth0.jwt.exceptions.JWTVerificationException
import com.auth0.jwt.interfaces.DecodedJWT
import com.auth0.jwk.JwkProvider
import java.security.interfaces.RSAPublicKey
import java.time.Duration
import java.time.Instant
import java.util.Date

data class Patient(val id: String, val name: String, val dateOfBirth: String, val insuranceNumber: String)

class AccessDeniedException(message: String) : RuntimeException(message)

class Auth0TokenService(
    private val jwkProvider: JwkProvider,
    private val hmacSecret: ByteArray,
) {
    companion object {
        const val ISSUER = "https://auth.clinic.example"
        const val AUDIENCE = "clinic-portal"

        // expect: jwt-weak-secret
        private val LEGACY_ALGORITHM: Algorithm = Algorithm.HMAC256("clinic123")
    }

    // safe: jwt-weak-secret
    private val algorithm: Algorithm = Algorithm.HMAC256(hmacSecret)

    fun issuePortalToken(patient: Patient): String =
        JWT.create()
            .withIssuer(ISSUER)
            .withAudience(AUDIENCE)
            // safe: jwt-sensitive-payload
            .withSubject(patient.id)
            // safe: jwt-long-lived
            .withExpiresAt(Instant.now().plus(Duration.ofMinutes(15)))
            .withJWTId(java.util.UUID.randomUUID().toString())
            .sign(algorithm)

    fun issueKioskToken(patient: Patient): String =
        JWT.create()
            .withIssuer(ISSUER)
            // safe: jwt-sensitive-payload
            .withSubject(patient.id)
            // expect: jwt-sensitive-payload
            .withClaim("dob", patient.dateOfBirth)
            // expect: jwt-sensitive-payload
            .withClaim("insuranceNumber", patient.insuranceNumber)
            // expect: jwt-long-lived
            .withExpiresAt(Date.from(Instant.now().plus(Duration.ofDays(30))))
            .sign(LEGACY_ALGORITHM)

    fun issueLabIntegrationToken(labId: String): String =
        // expect: jwt-long-lived
        JWT.create()
            .withIssuer(ISSUER)
            .withSubject(labId)
            .withArrayClaim("scope", arrayOf("results:write"))
            .sign(algorithm)

    fun verifyPortalToken(token: String): DecodedJWT =
        // safe: jwt-none-algorithm
        JWT.require(algorithm)
            // safe: jwt-claims-not-validated
            .withIssuer(ISSUER)
            .withAudience(AUDIENCE)
            .build()
            // safe: jwt-signature-not-verified
            .verify(token)

    fun verifyKioskToken(token: String): DecodedJWT {
        // expect: jwt-claims-not-validated
        val verifier = JWT.require(LEGACY_ALGORITHM).acceptExpiresAt(60L * 60 * 24 * 90).build()
        return verifier.verify(token)
    }

    fun verifyDeviceToken(token: String): DecodedJWT {
        // expect: jwt-none-algorithm
        val verifier = JWT.require(Algorithm.none()).withIssuer(ISSUER).withAudience(AUDIENCE).build()
        return verifier.verify(token)
    }

    fun verifyFederatedToken(token: String): DecodedJWT {
        // safe: jwt-signature-not-verified
        val header = JWT.decode(token)
        val jwk = jwkProvider.get(header.keyId)
        // safe: jwt-none-algorithm
        val rsa = Algorithm.RSA256(jwk.publicKey as RSAPublicKey, null)
        return JWT.require(rsa)
            .withIssuer(ISSUER)
            .withAudience(AUDIENCE)
            .build()
            .verify(token)
    }

    fun requireClinician(authorizationHeader: String): String {
        val token = authorizationHeader.removePrefix("Bearer ").trim()
        // expect: jwt-signature-not-verified
        val decoded = JWT.decode(token)
        val role = decoded.getClaim("role").asString()
        if (role != "clinician") {
            throw AccessDeniedException("clinician role required")
        }
        return decoded.subject
    }

    fun isValid(token: String): Boolean = try {
        verifyPortalToken(token)
        true
    } catch (e: JWTVerificationException) {
        false
    }
}
