package com.acme.logistics.gateway.security

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jose.jwk.source.JWKSource
import com.nimbusds.jose.jwk.source.JWKSourceBuilder
import com.nimbusds.jose.proc.JWSVerificationKeySelector
import com.nimbusds.jose.proc.SecurityContext
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.PlainJWT
import com.nimbusds.jwt.SignedJWT
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier
import com.nimbusds.jwt.proc.DefaultJWTProcessor
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier
import java.net.URL
import java.util.Date

// expect: jwt-weak-secret
private const val CARRIER_HMAC_SECRET = "carrier-portal-hmac-secret-0123456789abcdef"

class NimbusTokenVerifier(jwksUrl: String, private val expectedIssuer: String) {

    private val jwkSource: JWKSource<SecurityContext> = JWKSourceBuilder.create<SecurityContext>(URL(jwksUrl)).build()

    private val driverProcessor = DefaultJWTProcessor<SecurityContext>().apply {
        // safe: jwt-none-algorithm
        jwsKeySelector = JWSVerificationKeySelector(JWSAlgorithm.RS256, jwkSource)
        // safe: jwt-claims-not-validated
        jwtClaimsSetVerifier = DefaultJWTClaimsVerifier(
            "logistics-api",
            JWTClaimsSet.Builder().issuer(expectedIssuer).build(),
            setOf("sub", "exp", "iat"),
        )
    }

    private val partnerProcessor = DefaultJWTProcessor<SecurityContext>().apply {
        // expect: jwt-none-algorithm
        jwsKeySelector = JWSVerificationKeySelector(setOf(JWSAlgorithm.HS256, JWSAlgorithm.RS256), jwkSource)
        // expect: jwt-claims-not-validated
        jwtClaimsSetVerifier = JWTClaimsSetVerifier { _, _ -> }
    }

    fun verifyDriver(token: String): JWTClaimsSet = driverProcessor.process(token, null)

    fun verifyPartner(token: String): JWTClaimsSet = partnerProcessor.process(token, null)

    fun issueCarrierToken(carrierId: String, apiKey: String): String {
        val claims = JWTClaimsSet.Builder()
            .subject(carrierId)
            .issuer(expectedIssuer)
            .audience("carrier-portal")
            // expect: jwt-sensitive-payload
            .claim("api_key", apiKey)
            // expect: jwt-long-lived
            .expirationTime(Date(System.currentTimeMillis() + 12L * 60 * 60 * 1000))
            .build()
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), claims)
        jwt.sign(MACSigner(CARRIER_HMAC_SECRET))
        return jwt.serialize()
    }

    fun verifyCarrierToken(token: String): JWTClaimsSet? {
        val jwt = SignedJWT.parse(token)
        if (!jwt.verify(MACVerifier(CARRIER_HMAC_SECRET))) {
            return null
        }
        val claims = jwt.jwtClaimsSet
        // safe: jwt-claims-not-validated
        if (claims.expirationTime == null || claims.expirationTime.before(Date()) || claims.issuer != expectedIssuer) {
            return null
        }
        if (!claims.audience.contains("carrier-portal")) {
            return null
        }
        return claims
    }

    fun carrierIdFromHeader(authorization: String): String {
        val jwt = SignedJWT.parse(authorization.removePrefix("Bearer "))
        // expect: jwt-signature-not-verified
        val claims = jwt.jwtClaimsSet
        if (!claims.getStringListClaim("roles").orEmpty().contains("carrier")) {
            throw SecurityException("not a carrier")
        }
        return claims.subject
    }

    fun trackingClaims(token: String): JWTClaimsSet {
        // expect: jwt-none-algorithm
        // expect: jwt-signature-not-verified
        val plain = PlainJWT.parse(token)
        return plain.jwtClaimsSet
    }

    fun keyIdOf(token: String): String? {
        // safe: jwt-signature-not-verified
        val header = SignedJWT.parse(token).header
        return header.keyID
    }

    fun issueDriverShiftToken(driverId: String, signer: MACSigner): String {
        val claims = JWTClaimsSet.Builder()
            // safe: jwt-sensitive-payload
            .subject(driverId)
            .issuer(expectedIssuer)
            .audience("logistics-api")
            // safe: jwt-long-lived
            .expirationTime(Date(System.currentTimeMillis() + 10 * 60 * 1000))
            .build()
        // safe: jwt-none-algorithm
        return SignedJWT(JWSHeader(JWSAlgorithm.HS256), claims).apply { sign(signer) }.serialize()
    }
}
