import com.nimbusds.jwt.SignedJWT
import com.nimbusds.jose.crypto.MACVerifier

class NimbusReader(private val secret: ByteArray) {
    fun subject(token: String): String {
        // ruleid: kotlin-nimbus-claims-without-verification
        return SignedJWT.parse(token).jwtClaimsSet.subject
    }

    fun roles(token: String): List<String> {
        val jwt = SignedJWT.parse(token)
        // ruleid: kotlin-nimbus-claims-without-verification
        return jwt.jwtClaimsSet.getStringListClaim("roles")
    }

    fun verified(token: String): String? {
        val jwt = SignedJWT.parse(token)
        if (!jwt.verify(MACVerifier(secret))) return null
        // ok: kotlin-nimbus-claims-without-verification
        return jwt.jwtClaimsSet.subject
    }
}

class TrackingReader {
    fun trackingClaims(token: String): JWTClaimsSet {
        // ruleid: kotlin-nimbus-claims-without-verification
        val plain = PlainJWT.parse(token)
        return plain.jwtClaimsSet
    }
}

