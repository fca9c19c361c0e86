import io.jsonwebtoken.Jwts

class TokenReader(private val key: javax.crypto.SecretKey) {
    fun read(token: String): Any {
        // ruleid: kotlin-jjwt-parse-without-signature-check
        val jwt = Jwts.parser().build().parse(token)
        return jwt.payload
    }

    // ok: kotlin-jjwt-parse-without-signature-check
    fun verified(token: String) = Jwts.parser().verifyWith(key).build().parse(token)

    // ok: kotlin-jjwt-parse-without-signature-check
    fun legacy(token: String) = Jwts.parserBuilder().setSigningKey(key).build().parse(token)
}
