import io.jsonwebtoken.ExpiredJwtException
import io.jsonwebtoken.Jwts

class Reissuer(private val key: javax.crypto.SecretKey) {
    fun subjectOf(token: String): String {
        return try {
            Jwts.parser().verifyWith(key).build().parseSignedClaims(token).payload.subject
        } catch (e: ExpiredJwtException) {
            // ruleid: kotlin-jjwt-claims-not-validated
            e.claims.subject
        }
    }

    fun strict(token: String): String? {
        return try {
            Jwts.parser().verifyWith(key).build().parseSignedClaims(token).payload.subject
        } catch (e: ExpiredJwtException) {
            // ok: kotlin-jjwt-claims-not-validated
            null
        }
    }

    fun logged(token: String): String? {
        return try {
            Jwts.parser().verifyWith(key).build().parseSignedClaims(token).payload.subject
        } catch (e: ExpiredJwtException) {
            // ok: kotlin-jjwt-claims-not-validated
            logger.info("expired token of {}", e.claims.subject)
            null
        }
    }

    // ruleid: kotlin-jjwt-claims-not-validated
    val lenient = Jwts.parserBuilder().setSigningKey(key).setAllowedClockSkewSeconds(86400).build()

    // ok: kotlin-jjwt-claims-not-validated
    val tight = Jwts.parser().verifyWith(key).clockSkewSeconds(30).build()
}
