package com.example.security

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import io.jsonwebtoken.io.Decoders
import io.jsonwebtoken.security.Keys
import org.springframework.beans.factory.annotation.Value
import javax.crypto.spec.SecretKeySpec

@Component
class JwtTokenProvider(
    // ruleid: kotlin-jjwt-hardcoded-secret
    @Value("\${jwt.secret-key:c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==}") private val secretKey: String,
    // ok: kotlin-jjwt-hardcoded-secret
    @Value("\${jwt.access-validity:600000}") private val validity: Long,
) {
    companion object {
        // ruleid: kotlin-jjwt-hardcoded-secret
        const val SECRET = "kotlin-blog-secret-key-kotlin-blog-secret-key"
        // ok: kotlin-jjwt-hardcoded-secret
        const val AUTHORITIES_KEY = "auth"
        // ok: kotlin-jjwt-hardcoded-secret
        const val TOKEN_KEY = "jwt_token"
        // ok: kotlin-jjwt-hardcoded-secret
        const val ACCESS_TOKEN_KEY = "access_token"
        // ruleid: kotlin-jjwt-hardcoded-secret
        const val JWT_KEY = "jwtsecretkey"
    }

    private val key = Keys.hmacShaKeyFor(SECRET.toByteArray())

    // ruleid: kotlin-jjwt-hardcoded-secret
    private val inlineKey = Keys.hmacShaKeyFor("an-inline-secret-that-is-long-enough-0123".toByteArray(Charsets.UTF_8))

    // ruleid: kotlin-jjwt-hardcoded-secret
    private val b64 = Keys.hmacShaKeyFor(Decoders.BASE64.decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA=="))

    // ok: kotlin-jjwt-hardcoded-secret
    private val fromConfig = Keys.hmacShaKeyFor(Decoders.BASE64.decode(secretKey))

    fun legacy(user: String): String =
        // ruleid: kotlin-jjwt-hardcoded-secret
        Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS512, "changeme").compact()

    fun legacyParse(token: String) =
        // ruleid: kotlin-jjwt-hardcoded-secret
        Jwts.parser().setSigningKey("changeme".toByteArray()).parseClaimsJws(token).body

    fun local(user: String): String {
        // ruleid: kotlin-jjwt-hardcoded-secret
        val raw = "local-jjwt-secret-local-jjwt-secret-0000"
        val k = Keys.hmacShaKeyFor(raw.toByteArray())
        return Jwts.builder().subject(user).signWith(k).compact()
    }

    fun spec(user: String): String {
        // ruleid: kotlin-jjwt-hardcoded-secret
        val k = SecretKeySpec("spec-secret-spec-secret-spec-secret-00".toByteArray(), "HmacSHA256")
        return Jwts.builder().subject(user).signWith(k).compact()
    }

    fun env(user: String): String {
        // ok: kotlin-jjwt-hardcoded-secret
        val raw = System.getenv("JWT_SECRET")
        val k = Keys.hmacShaKeyFor(Decoders.BASE64.decode(System.getenv("JWT_SECRET")))
        return Jwts.builder().subject(user).signWith(k).compact()
    }
}

class EnvFallbackIssuer(private val env: org.springframework.core.env.Environment) {
    fun issue(user: String): String {
        // ruleid: kotlin-jjwt-hardcoded-secret
        val secret = System.getenv("JWT_SECRET") ?: "kotlin-fallback-secret-0123456789abcdef"
        return Jwts.builder().subject(user).signWith(Keys.hmacShaKeyFor(secret.toByteArray())).compact()
    }

    // ruleid: kotlin-jjwt-hardcoded-secret
    fun inline(user: String) = Jwts.builder().subject(user).signWith(Keys.hmacShaKeyFor((env.getProperty("jwt.secret", "prop-default-secret-0123456789abcdef")).toByteArray())).compact()

    fun required(user: String): String {
        // ok: kotlin-jjwt-hardcoded-secret
        val secret = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")
        return Jwts.builder().subject(user).signWith(Keys.hmacShaKeyFor(secret.toByteArray())).compact()
    }
}

class IssuerInChain(private val key: javax.crypto.SecretKey) {
    // ok: kotlin-jjwt-hardcoded-secret
    fun issue(user: String) = Jwts.builder().subject(user).issuer(System.getenv("ISSUER") ?: "orders").signWith(key).compact()
}

data class JwtProperties(
    // ruleid: kotlin-jjwt-hardcoded-secret
    val secret: String = "local-development-secret-that-is-long-enough",
    val issuer: String = "shop-api",
    // ok: kotlin-jjwt-hardcoded-secret
    val secretEnvName: String = "JWT_SECRET",
)

class SigningKeys(
    // ok: kotlin-jjwt-hardcoded-secret
    private val signingKey: String = System.getenv("JWT_SIGNING_KEY") ?: error("JWT_SIGNING_KEY missing"),
)

class EnvBackedTokenProvider {
    // ruleid: kotlin-jjwt-hardcoded-secret
    private val secretKey: String = System.getenv("TOKEN_SECRET") ?: "fallback-secret-used-when-unset-0123456789"
    // ok: kotlin-jjwt-hardcoded-secret
    private val secretKeyName = System.getenv("TOKEN_SECRET_VAR") ?: "TOKEN_SECRET"

    private val key = Keys.hmacShaKeyFor(secretKey.toByteArray())
}

class MutableKeyHolder {
    // ruleid: kotlin-jjwt-hardcoded-secret
    @Value("\${security.jwt.token.secret-key:changeit}")
    // ok: kotlin-jjwt-hardcoded-secret
    private var injectedKey = "overwritten-by-spring"

    // ruleid: kotlin-jjwt-hardcoded-secret
    private var signingSecret: String = "mutable-literal-signing-secret"

    fun sign(user: String): String = Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, signingSecret).compact()
}
