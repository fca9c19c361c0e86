package dev.blog.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.algorithms.Algorithm
import com.google.gson.Gson
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.Date

object BlogJwt {
    // expect: jwt-weak-secret
    private const val ACCESS_SECRET = "blog-access-secret"
    // safe: jwt-weak-secret
    private const val SECRET_ENV = "BLOG_JWT_SECRET"

    private val refreshAlgorithm = Algorithm.HMAC512(System.getenv(SECRET_ENV) ?: error("missing"))

    fun access(userId: Long): String = JWT.create()
        .withSubject(userId.toString())
        .withExpiresAt(Instant.now().plusSeconds(600))
        .sign(Algorithm.HMAC512(ACCESS_SECRET))

    fun refresh(userId: Long): String = JWT.create()
        .withSubject(userId.toString())
        // expect: jwt-long-lived
        .withExpiresAt(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)))
        .sign(refreshAlgorithm)

    fun withProfile(user: BlogUser): String = JWT.create()
        .withSubject(user.id.toString())
        // expect: jwt-sensitive-payload
        .withClaim("profile", Gson().toJson(user))
        // expect: jwt-sensitive-payload
        .withClaim("passwordHash", user.passwordHash)
        // safe: jwt-sensitive-payload
        .withClaim("displayName", user.displayName)
        .withExpiresAt(Instant.now().plusSeconds(600))
        .sign(refreshAlgorithm)

    fun debugToken(userId: Long): String {
        // expect: jwt-weak-secret
        val debugSecret = "debug-only"
        val alg = Algorithm.HMAC256(debugSecret)
        return JWT.create().withSubject(userId.toString()).withExpiresAt(Instant.now().plusSeconds(300)).sign(alg)
    }

    // expect: jwt-none-algorithm
    // expect: jwt-long-lived
    fun unsigned(userId: Long): String = JWT.create().withSubject(userId.toString()).sign(Algorithm.none())
}

class BlogAuthFilter(private val verifier: JWTVerifier, private val users: BlogUserRepository) {
    fun resolve(header: String?): BlogUser? {
        val raw = header?.removePrefix("Bearer ") ?: return null
        // expect: jwt-signature-not-verified
        val userId = JWT.decode(raw).subject.toLong()
        return users.findById(userId)
    }

    fun resolveVerified(header: String?): BlogUser? {
        val raw = header?.removePrefix("Bearer ") ?: return null
        // safe: jwt-signature-not-verified
        val kid = JWT.decode(raw).keyId
        val verified = verifier.verify(raw)
        return users.findById(verified.subject.toLong())
    }

    fun expiresSoon(raw: String): Boolean {
        val verified = verifier.verify(raw)
        // safe: jwt-signature-not-verified
        val decoded = JWT.decode(raw)
        return decoded.expiresAt.before(Date(System.currentTimeMillis() + 60_000))
    }
}
