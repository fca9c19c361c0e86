package demo

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.proc.JWSVerificationKeySelector
import com.nimbusds.jose.proc.SecurityContext
import com.nimbusds.jwt.proc.DefaultJWTProcessor

class Verifier(private val jwkSource: JWKSource<SecurityContext>) {
    private val partnerProcessor = DefaultJWTProcessor<SecurityContext>().apply {
        // ruleid: kotlin-nimbus-mixed-algorithm-key-selector
        jwsKeySelector = JWSVerificationKeySelector(setOf(JWSAlgorithm.HS256, JWSAlgorithm.RS256), jwkSource)
    }

    private val idpProcessor = DefaultJWTProcessor<SecurityContext>().apply {
        // ok: kotlin-nimbus-mixed-algorithm-key-selector
        jwsKeySelector = JWSVerificationKeySelector(JWSAlgorithm.RS256, jwkSource)
    }

    fun build(): DefaultJWTProcessor<SecurityContext> {
        // ruleid: kotlin-nimbus-mixed-algorithm-key-selector
        val algs = setOf(JWSAlgorithm.ES256, JWSAlgorithm.HS512)
        return DefaultJWTProcessor<SecurityContext>().apply {
            jwsKeySelector = JWSVerificationKeySelector(algs, jwkSource)
        }
    }

    fun rsa(): DefaultJWTProcessor<SecurityContext> {
        // ok: kotlin-nimbus-mixed-algorithm-key-selector
        val algs = setOf(JWSAlgorithm.RS256, JWSAlgorithm.PS256)
        return DefaultJWTProcessor<SecurityContext>().apply {
            jwsKeySelector = JWSVerificationKeySelector(algs, jwkSource)
        }
    }
}
