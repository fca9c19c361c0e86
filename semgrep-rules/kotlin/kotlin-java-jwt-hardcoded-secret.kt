package com.example.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.auth.jwt.jwt
import org.springframework.beans.factory.annotation.Value
import java.util.Date

// ruleid: kotlin-java-jwt-hardcoded-secret
private const val TOP_LEVEL_SECRET = "top-level-jwt-secret-for-dev"

// ok: kotlin-java-jwt-hardcoded-secret
const val SECRET_ENV_NAME = "JWT_SECRET"

class TokenIssuer(
    // ruleid: kotlin-java-jwt-hardcoded-secret
    @Value("\${jwt.secret:dev-only-secret-0123456789}") private val configured: String,
    // ok: kotlin-java-jwt-hardcoded-secret
    @Value("\${jwt.secret}") private val required: String,
) {
    companion object {
        // ruleid: kotlin-java-jwt-hardcoded-secret
        private const val JWT_SECRET = "companion-secret"
        // ok: kotlin-java-jwt-hardcoded-secret
        const val TOKEN_HEADER = "Authorization"
        // ok: kotlin-java-jwt-hardcoded-secret
        const val REFRESH_TOKEN_KEY = "refresh_token"
        // ok: kotlin-java-jwt-hardcoded-secret
        const val SECRET_PROPERTY = "jwt.secret"
    }

    // ruleid: kotlin-java-jwt-hardcoded-secret
    private val refreshSecretKey = "refresh-secret"

    fun issue(user: String): String =
        JWT.create().withSubject(user).withExpiresAt(Date(System.currentTimeMillis() + 600_000))
            .sign(Algorithm.HMAC512(JWT_SECRET))

    fun issueRefresh(user: String): String =
        JWT.create().withSubject(user).sign(Algorithm.HMAC256(refreshSecretKey))

    fun inline(user: String): String {
        // ruleid: kotlin-java-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256("secret"))
    }

    fun bytes(user: String): String {
        // ruleid: kotlin-java-jwt-hardcoded-secret
        val alg = Algorithm.HMAC384("bytes-secret".toByteArray())
        return JWT.create().withSubject(user).sign(alg)
    }

    fun local(user: String): String {
        // ruleid: kotlin-java-jwt-hardcoded-secret
        val key = "local-secret-value"
        val unrelated = 1
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(key))
    }

    fun top(user: String): String = JWT.create().withSubject(user).sign(Algorithm.HMAC256(TOP_LEVEL_SECRET))

    fun fromEnv(user: String): String {
        // ok: kotlin-java-jwt-hardcoded-secret
        val key = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(key))
    }

    fun fromConfig(user: String): String {
        // ok: kotlin-java-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(configured))
    }
}

fun io.ktor.server.auth.AuthenticationConfig.configureJwt(issuer: String) {
    jwt("auth-jwt") {
        verifier(
            // ruleid: kotlin-java-jwt-hardcoded-secret
            JWT.require(Algorithm.HMAC256("ktor-sample-secret"))
                .withIssuer(issuer)
                .build()
        )
    }
}

class EnvFallbackTokens {
    fun issue(user: String): String {
        // ruleid: kotlin-java-jwt-hardcoded-secret
        val s = System.getenv("JWT_SECRET") ?: "kotlin-fallback-secret"
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(s))
    }

    // ruleid: kotlin-java-jwt-hardcoded-secret
    fun inline(user: String): String = JWT.create().withSubject(user).sign(Algorithm.HMAC256(System.getenv("JWT") ?: "inline-fallback"))

    fun required(user: String): String {
        // ok: kotlin-java-jwt-hardcoded-secret
        val s = System.getenv("JWT_SECRET") ?: throw IllegalStateException("JWT_SECRET missing")
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(s))
    }
}

object JwtParams {
    const val AUDIENCE = "jwt-audience"
    const val REALM = "ktor sample app"
    // ruleid: kotlin-java-jwt-hardcoded-secret
    const val SECRET = "secret"
}

object Const {
    const val jwtIssuer = "https://jwt-provider-domain/"
    // ruleid: kotlin-java-jwt-hardcoded-secret
    const val jwtSecret = "my-ktor-sample-secret"
    // ok: kotlin-java-jwt-hardcoded-secret
    const val claimUserId = "user_id"
}

object AuthEnv {
    // ok: kotlin-java-jwt-hardcoded-secret
    const val JWT_SECRET = "JWT_SECRET"
    // ok: kotlin-java-jwt-hardcoded-secret
    const val SECRET = "jwt.secret"
}

class TokenIssuer(
    // ruleid: kotlin-java-jwt-hardcoded-secret
    private val jwtSecret: String = "issuer-default-secret",
    // ok: kotlin-java-jwt-hardcoded-secret
    private val audience: String = "mobile-app",
) {
    fun issue(user: String): String = JWT.create().withSubject(user).sign(Algorithm.HMAC256(jwtSecret))
}

class EnvBackedJwtService(private val users: UserRepository) {
    // ruleid: kotlin-java-jwt-hardcoded-secret
    private val jwtSecret = System.getenv()["JWT_SECRET"] ?: "secret"
    // ok: kotlin-java-jwt-hardcoded-secret
    private val jwtIssuer = System.getenv("JWT_ISSUER") ?: "https://auth.example.org"
    // ok: kotlin-java-jwt-hardcoded-secret
    private val signingKey = System.getenv("JWT_SIGNING_KEY") ?: error("JWT_SIGNING_KEY is not set")

    val verifier = JWT.require(Algorithm.HMAC256(jwtSecret)).withIssuer(jwtIssuer).build()
}

object ServerSettings {
    // ruleid: kotlin-java-jwt-hardcoded-secret
    val JWT_SECRET = System.getenv("JWT_SECRET") ?: "server-default-secret"
    // ok: kotlin-java-jwt-hardcoded-secret
    val JWT_AUDIENCE = System.getenv("JWT_AUDIENCE") ?: "mobile"
}

// a configuration helper whose last argument is the value used when the key is missing
private fun settingOr(app: Application, path: String, fallback: String): String =
    app.environment.config.propertyOrNull(path)?.getString() ?: fallback

fun Application.installTokenAuth() {
    // ruleid: kotlin-java-jwt-hardcoded-secret
    val hmacKey = settingOr(this, "security.jwt.secret", "dev-only-key")
    val expectedAudience = settingOr(this, "security.jwt.audience", "api-clients")
    install(Authentication) {
        jwt("api") {
            verifier(JWT.require(Algorithm.HMAC512(hmacKey)).withAudience(expectedAudience).build())
        }
    }
}

fun Application.installTokenAuthFromConfigOnly() {
    // ok: kotlin-java-jwt-hardcoded-secret
    val hmacKey = settingOr(this, "security.jwt.secret", "")
    // ok: kotlin-java-jwt-hardcoded-secret
    val tokenRealm = settingOr(this, "security.jwt.realm", "Notes API")
    val verifier = JWT.require(Algorithm.HMAC256(hmacKey + tokenRealm)).build()
}
