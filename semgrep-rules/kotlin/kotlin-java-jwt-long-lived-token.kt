import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.Date
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.hours

class JwtManager(private val alg: Algorithm) {
    companion object {
        // ruleid: kotlin-java-jwt-long-lived-token
        const val ACCESS_TOKEN_EXPIRATION = 1000L * 60 * 60 * 24
        // ruleid: kotlin-java-jwt-long-lived-token
        private const val REFRESH_VALIDITY_MS = 604800000L
        // ok: kotlin-java-jwt-long-lived-token
        const val SHORT_EXPIRATION = 1000L * 60 * 10
        // ok: kotlin-java-jwt-long-lived-token
        const val CLAIM_EXP = 5
    }

    fun access(user: String): String =
        JWT.create().withSubject(user)
            // ruleid: kotlin-java-jwt-long-lived-token
            .withExpiresAt(Date(System.currentTimeMillis() + 86400000))
            .sign(alg)

    fun days(user: String): String =
        // ruleid: kotlin-java-jwt-long-lived-token
        JWT.create().withSubject(user).withExpiresAt(Instant.now().plus(7, ChronoUnit.DAYS)).sign(alg)

    fun local(user: String): String {
        // ruleid: kotlin-java-jwt-long-lived-token
        val exp = Date(System.currentTimeMillis() + 1000 * 60 * 60 * 24)
        return JWT.create().withSubject(user).withExpiresAt(exp).sign(alg)
    }

    // ruleid: kotlin-java-jwt-long-lived-token
    fun forever(user: String): String = JWT.create().withSubject(user).sign(alg)

    fun short(user: String): String =
        // ok: kotlin-java-jwt-long-lived-token
        JWT.create().withSubject(user).withExpiresAt(Instant.now().plusSeconds(600)).sign(alg)

    fun shortMinutes(user: String): String =
        // ok: kotlin-java-jwt-long-lived-token
        JWT.create().withSubject(user).withExpiresAt(Date(System.currentTimeMillis() + 15 * 60 * 1000)).sign(alg)
}

class HelperIssuer(private val refreshDays: Long = 7) {
    fun refresh(principal: String): String {
        // ruleid: kotlin-java-jwt-long-lived-token
        val expireDate = Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(refreshDays))
        return sign(expireDate, principal)
    }

    fun access(principal: String): String {
        // ok: kotlin-java-jwt-long-lived-token
        val expireDate = Date(System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10))
        return sign(expireDate, principal)
    }

    private fun sign(expiresAt: Date, principal: String): String =
        JWT.create().withSubject(principal).withExpiresAt(expiresAt).sign(Algorithm.HMAC512(System.getenv("K")))
}

class PartnerApiTokens(private val algorithm: Algorithm) {
    var tokens: BearerTokens? = null

    fun load(): BearerTokens {
        val token = JWT.create().withIssuer("team")
            // ok: kotlin-java-jwt-long-lived-token
            .withExpiresAt(Date.from(Instant.now().plus(1L, ChronoUnit.HOURS)))
            .sign(algorithm)
        return BearerTokens(token, token).also { tokens = it }
    }
}

class InjectedLifetimeSigner(
    // ruleid: kotlin-java-jwt-long-lived-token
    @Value("\${auth.token.expiration-millis:604800000}") private val lifetime: Long,
    // ok: kotlin-java-jwt-long-lived-token
    @Value("\${auth.token.expiration-millis:300000}") private val shortLifetime: Long,
    private val algorithm: Algorithm,
) {
    fun sign(user: String): String = JWT.create().withSubject(user)
        .withExpiresAt(Date(System.currentTimeMillis() + shortLifetime))
        .sign(algorithm)
}

class DefaultLifetimeManager(
    // ok: kotlin-java-jwt-long-lived-token
    accessTokenExpireSecond: Long = 60,
    // ruleid: kotlin-java-jwt-long-lived-token
    refreshTokenExpireDay: Long = 14,
    // ruleid: kotlin-java-jwt-long-lived-token
    private val accessValidityMs: Long = 86_400_000,
    // ok: kotlin-java-jwt-long-lived-token
    private val accessTtlMinutes: Long = 10,
    private val algorithm: Algorithm,
)

data class JwtSigningSettings(val issuer: String, val audience: String, val expiresIn: Long, val secret: String)

fun settingsFromEnvironment(env: ApplicationEnvironment) = JwtSigningSettings(
    issuer = env.config.property("jwt.issuer").getString(),
    audience = env.config.property("jwt.audience").getString(),
    // ruleid: kotlin-java-jwt-long-lived-token
    expiresIn = 30L * 24L * 60L * 60L * 1000L,
    secret = System.getenv("JWT_SECRET"),
)

fun shortSettings(env: ApplicationEnvironment) = JwtSigningSettings(
    issuer = "api",
    audience = "app",
    // ok: kotlin-java-jwt-long-lived-token
    expiresIn = 10L * 60L * 1000L,
    secret = System.getenv("JWT_SECRET"),
)

// ok: kotlin-java-jwt-long-lived-token
fun cacheSettings() = CacheSettings(name = "users", expiresIn = 86_400_000L)

class IssuedTokens(private val secret: String) {
    // ruleid: kotlin-java-jwt-long-lived-token
    fun access(user: String): String = mintUserToken(user, 7_200_000)

    // ok: kotlin-java-jwt-long-lived-token
    fun shortLived(user: String): String = mintUserToken(user, 600_000)

    // ok: kotlin-java-jwt-long-lived-token
    fun lookup(user: String): String = findToken(user, 7_200_000)

    // ok: kotlin-java-jwt-long-lived-token
    fun refresh(user: String): String = mintUserToken(user, 86_400_000)

    private fun mintUserToken(user: String, ttlMs: Long): String =
        JWT.create()
            .withSubject(user)
            .withExpiresAt(Date(System.currentTimeMillis() + ttlMs))
            .sign(Algorithm.HMAC256(secret))
}

class RefreshIssuer(private val secret: String) {
    fun rotate(accountId: String, nextJti: String): String {
        val refresh = JWT.create()
            .withSubject(accountId)
            .withJWTId(nextJti)
            .withClaim("typ", "refresh")
            // ok: kotlin-java-jwt-long-lived-token
            .withExpiresAt(Instant.now().plus(Duration.ofDays(14)))
            .sign(Algorithm.HMAC256(secret))
        return refresh
    }

    fun access(accountId: String): String = JWT.create()
        .withSubject(accountId)
        .withClaim("typ", "access")
        // ruleid: kotlin-java-jwt-long-lived-token
        .withExpiresAt(Instant.now().plus(Duration.ofDays(14)))
        .sign(Algorithm.HMAC256(secret))
}

