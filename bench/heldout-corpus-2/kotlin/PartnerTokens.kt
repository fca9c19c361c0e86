package com.acme.tickets.partner

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.crypto.RSASSAVerifier
import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jose.jwk.source.JWKSource
import com.nimbusds.jose.jwk.source.JWKSourceBuilder
import com.nimbusds.jose.proc.JWSVerificationKeySelector
import com.nimbusds.jose.proc.SecurityContext
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier
import com.nimbusds.jwt.proc.DefaultJWTProcessor
import java.net.URL

class PartnerTokens(jwksUrl: URL, private val jwks: JWKSet, private val issuer: String, private val audience: String) {

    private val keySource: JWKSource<SecurityContext> = JWKSourceBuilder.create<SecurityContext>(jwksUrl).build()

    private val processor = DefaultJWTProcessor<SecurityContext>().apply {
        // expect: jwt-none-algorithm
        jwsKeySelector = JWSVerificationKeySelector(setOf(JWSAlgorithm.RS256, JWSAlgorithm.HS256), keySource)
        // safe: jwt-claims-not-validated
        jwtClaimsSetVerifier = DefaultJWTClaimsVerifier(
            audience,
            JWTClaimsSet.Builder().issuer(issuer).build(),
            setOf("sub", "exp", "iat"),
        )
    }

    fun verify(token: String): JWTClaimsSet = processor.process(token, null)

    fun verifyWithPinnedKey(token: String): JWTClaimsSet? {
        // safe: jwt-signature-not-verified
        val jwt = SignedJWT.parse(token)
        val rsaKey = jwks.getKeyByKeyId(jwt.header.keyID)?.toRSAKey() ?: return null
        if (jwt.header.algorithm != JWSAlgorithm.RS256 || !jwt.verify(RSASSAVerifier(rsaKey))) return null
        val claims = jwt.jwtClaimsSet
        DefaultJWTClaimsVerifier<SecurityContext>(audience, JWTClaimsSet.Builder().issuer(issuer).build(), setOf("exp")).verify(claims, null)
        return claims
    }

    fun canSeeTicket(token: String, ticket: Ticket): Boolean {
        // expect: jwt-signature-not-verified
        val tenant = SignedJWT.parse(token).jwtClaimsSet.getStringClaim("tenant_id")
        return tenant == ticket.tenantId
    }
}
