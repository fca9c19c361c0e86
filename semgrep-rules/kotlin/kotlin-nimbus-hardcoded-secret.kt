import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import java.util.Base64

class BadgeTokenSigner {
    // ruleid: kotlin-nimbus-hardcoded-secret
    private val macSecret = "badge-service-mac-secret-0123456789abcdef"
    // ruleid: kotlin-nimbus-hardcoded-secret
    private val signingKey = System.getenv("BADGE_SIGNING_KEY") ?: "badge-signing-key-used-when-unset-000000"
    // ok: kotlin-nimbus-hardcoded-secret
    private val secretEnvName = "BADGE_MAC_SECRET"
    // ok: kotlin-nimbus-hardcoded-secret
    private val runtimeSecret = System.getenv("BADGE_MAC_SECRET") ?: error("BADGE_MAC_SECRET is not set")

    fun sign(badgeId: String): String {
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.Builder().subject(badgeId).build())
        jwt.sign(MACSigner(runtimeSecret))
        return jwt.serialize()
    }

    fun inline(badgeId: String): String {
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.Builder().subject(badgeId).build())
        // ruleid: kotlin-nimbus-hardcoded-secret
        jwt.sign(MACSigner("inline-literal-secret-of-thirty-two-bytes!"))
        return jwt.serialize()
    }

    fun check(token: String): Boolean {
        // ruleid: kotlin-nimbus-hardcoded-secret
        val verifier = MACVerifier(Base64.getDecoder().decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA=="))
        return SignedJWT.parse(token).verify(verifier)
    }

    fun checkFallback(token: String): Boolean {
        // ruleid: kotlin-nimbus-hardcoded-secret
        val verifier = MACVerifier((System.getenv("BADGE_MAC_SECRET") ?: "dev-only-secret-dev-only-secret-dev!").toByteArray())
        return SignedJWT.parse(token).verify(verifier)
    }

    fun local(badgeId: String): String {
        // ruleid: kotlin-nimbus-hardcoded-secret
        val key = "local-literal-secret-local-literal-secret".toByteArray()
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.Builder().subject(badgeId).build())
        jwt.sign(MACSigner(key))
        return jwt.serialize()
    }

    fun fromVault(vault: SecretVault, token: String): Boolean {
        // ok: kotlin-nimbus-hardcoded-secret
        return SignedJWT.parse(token).verify(MACVerifier(vault.read("badge/mac")))
    }
}
