import io.jsonwebtoken.Jwts

class SsoDelegate(private val jwtParser: io.jsonwebtoken.JwtParser) {
    private fun decodeIdTokenUnsafe(idToken: String): String {
        val jwt = idToken.substring(0, idToken.lastIndexOf('.') + 1)
        // ruleid: kotlin-jjwt-signature-stripped-before-parse
        val claims = jwtParser.parseClaimsJwt(jwt).body
        return claims.subject
    }

    fun subjectOf(token: String): String =
        // ruleid: kotlin-jjwt-signature-stripped-before-parse
        Jwts.parser().build().parseUnsecuredClaims(token.substring(0, token.lastIndexOf(".") + 1)).payload.subject

    fun verified(token: String, key: javax.crypto.SecretKey): String {
        val head = token.substring(0, token.indexOf('.'))
        // ok: kotlin-jjwt-signature-stripped-before-parse
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).payload.subject + head
    }
}
