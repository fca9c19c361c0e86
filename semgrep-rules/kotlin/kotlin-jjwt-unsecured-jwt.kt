import io.jsonwebtoken.Claims
import java.security.Key
import javax.crypto.SecretKey
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm

class LegacyTokens(private val key: javax.crypto.SecretKey) {
    // ruleid: kotlin-jjwt-unsecured-jwt
    fun read(token: String) = Jwts.parser().unsecured().build().parse(token)

    // ruleid: kotlin-jjwt-unsecured-jwt
    fun claims(token: String) = Jwts.parser().setSigningKey(key).parseClaimsJwt(token).body

    // ruleid: kotlin-jjwt-unsecured-jwt
    fun make(user: String) = Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.NONE, key).compact()

    // ok: kotlin-jjwt-unsecured-jwt
    fun good(token: String) = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).payload
}

class LegacyTokenReader(private val key: Key, private val secret: String) {
    private val keyedParser = Jwts.parserBuilder().setSigningKey(key).build()

    fun isAdmin(token: String): Boolean {
        // ruleid: kotlin-jjwt-unsecured-jwt
        val jwt = Jwts.parser().setSigningKey(secret.toByteArray()).parse(token)
        val claims = jwt.body as Claims
        return claims["admin"] == true
    }

    // ruleid: kotlin-jjwt-unsecured-jwt
    fun builder(token: String) = Jwts.parserBuilder().setSigningKey(key).build().parse(token).body

    fun viaField(token: String): Any {
        // ruleid: kotlin-jjwt-unsecured-jwt
        return keyedParser.parse(token).body
    }

    fun local(token: String): Any {
        val p = Jwts.parserBuilder().setSigningKey(key).build()
        // ruleid: kotlin-jjwt-unsecured-jwt
        return p.parse(token).body
    }

    // ok: kotlin-jjwt-unsecured-jwt
    fun signedOnly(token: String): Claims = Jwts.parser().setSigningKey(secret.toByteArray()).parseClaimsJws(token).body

    // ok: kotlin-jjwt-unsecured-jwt
    fun signedOnlyField(token: String): Claims = keyedParser.parseClaimsJws(token).body

    // ok: kotlin-jjwt-unsecured-jwt
    fun modern(token: String, k: SecretKey) = Jwts.parser().verifyWith(k).build().parse(token).payload

    // 0.12 builder: unsecured JWTs are refused unless unsecured() is called
    // ok: kotlin-jjwt-unsecured-jwt
    fun modernDeprecatedSetter(token: String) = Jwts.parser().setSigningKey(key).build().parse(token).payload
}

class StrippedIdToken(private val jwtParser: io.jsonwebtoken.JwtParser) {
    fun read(idToken: String): String {
        val jwt = idToken.substring(0, idToken.lastIndexOf('.') + 1)
        // ok: kotlin-jjwt-unsecured-jwt
        return jwtParser.parseClaimsJwt(jwt).body.subject
    }
}
