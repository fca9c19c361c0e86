import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm

class LegacyTokens(private val key: javax.crypto.SecretKey) {
    // ruleid: kotlin-jjwt-unsecured-jwt
    fun read(token: String) = Jwts.parser().unsecured().build().parse(token)

    // ruleid: kotlin-jjwt-unsecured-jwt
    fun claims(token: String) = Jwts.parser().setSigningKey(key).parseClaimsJws(token).body

    // ruleid: kotlin-jjwt-unsecured-jwt
    fun make(user: String) = Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.NONE, key).compact()

    // ok: kotlin-jjwt-unsecured-jwt
    fun good(token: String) = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).payload
}
