import io.jsonwebtoken.Jwts

class TokenReader(private val key: javax.crypto.SecretKey) {
    fun read(token: String): Any {
        // ruleid: kotlin-jjwt-parse-without-signature-check
        val jwt = Jwts.parser().build().parse(token)
        return jwt.payload
    }

    // ok: kotlin-jjwt-parse-without-signature-check
    fun verified(token: String) = Jwts.parser().verifyWith(key).build().parse(token)

    // ruleid: kotlin-jjwt-parse-without-signature-check
    fun legacy(token: String) = Jwts.parserBuilder().setSigningKey(key).build().parse(token)

    // ok: kotlin-jjwt-parse-without-signature-check
    fun legacyVerified(token: String) = Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).body

    fun oldApi(token: String): String {
        // ruleid: kotlin-jjwt-parse-without-signature-check
        val body = Jwts.parser().setSigningKey(key).parse(token).body as io.jsonwebtoken.Claims
        return body.subject
    }

    // ruleid: kotlin-jjwt-parse-without-signature-check
    fun readUnsigned(token: String) = Jwts.parser().unsecured().build().parse(token)

    fun webhook(token: String): Any {
        val parser = Jwts.parser()
            .unsecured()
            .verifyWith(key)
            .build()
        // ruleid: kotlin-jjwt-parse-without-signature-check
        return parser.parse(token).payload
    }

    fun partner(token: String): Any {
        val parser = Jwts.parser().verifyWith(key).build()
        // ok: kotlin-jjwt-parse-without-signature-check
        return parser.parse(token).payload
    }

    private val legacyParser = Jwts.parserBuilder().setSigningKey(key).build()

    fun partnerId(token: String): String {
        // ruleid: kotlin-jjwt-parse-without-signature-check
        val claims = legacyParser.parse(token).body as io.jsonwebtoken.Claims
        return claims.subject
    }

    fun other(token: String): Any {
        // ok: kotlin-jjwt-parse-without-signature-check
        return JSONParser().parse(token)
    }
}
