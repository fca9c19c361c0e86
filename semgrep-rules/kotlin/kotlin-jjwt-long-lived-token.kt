import io.jsonwebtoken.Jwts
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.Date
import javax.crypto.SecretKey

class TokenProvider(private val key: SecretKey) {
    // ruleid: kotlin-jjwt-long-lived-token
    private val accessTokenValidTime = 24 * 60 * 60 * 1000L

    // ok: kotlin-jjwt-long-lived-token
    private val shortValidity = 10 * 60 * 1000L

    fun create(user: String): String {
        val now = Date()
        return Jwts.builder().subject(user).issuedAt(now)
            // ruleid: kotlin-jjwt-long-lived-token
            .expiration(Date(now.time + 2592000000L))
            .signWith(key).compact()
    }

    fun hours(user: String): String =
        // ruleid: kotlin-jjwt-long-lived-token
        Jwts.builder().setSubject(user).setExpiration(Date.from(Instant.now().plus(12, ChronoUnit.HOURS))).signWith(key).compact()

    // ruleid: kotlin-jjwt-long-lived-token
    fun noExpiry(user: String): String = Jwts.builder().subject(user).signWith(key).compact()

    fun ok(user: String): String =
        // ok: kotlin-jjwt-long-lived-token
        Jwts.builder().subject(user).expiration(Date.from(Instant.now().plus(15, ChronoUnit.MINUTES))).signWith(key).compact()
}

class SecondsConfig {
    companion object {
        // ruleid: kotlin-jjwt-long-lived-token
        const val TOKEN_TTL = 60 * 60 * 24
        // ok: kotlin-jjwt-long-lived-token
        const val LINK_TTL = 10 * 60 * 1000
    }
}

class InjectedLifetimeProvider(
    // ruleid: kotlin-jjwt-long-lived-token
    @Value("\${security.jwt.access-token-validity:86400000}") private val accessValidity: Long,
    // ruleid: kotlin-jjwt-long-lived-token
    @Value("\${security.jwt.ttl-seconds:3600}") private val ttlSeconds: Long,
    // ok: kotlin-jjwt-long-lived-token
    @Value("\${security.jwt.expiration-ms:600000}") private val expirationMs: Long,
    // ok: kotlin-jjwt-long-lived-token
    @Value("\${security.jwt.expiration}") private val configured: Long,
    private val key: SecretKey,
) {
    fun issue(user: String): String = Jwts.builder().subject(user)
        .expiration(Date(System.currentTimeMillis() + accessValidity))
        .signWith(key).compact()
}

class DefaultLifetimeTokens(
    // ruleid: kotlin-jjwt-long-lived-token
    private val tokenValidityHours: Int = 12,
    // ok: kotlin-jjwt-long-lived-token
    private val tokenExpirationMs: Long = 900000,
)

class AnnotatedInitializerProvider(private val key: SecretKey) {
    // ruleid: kotlin-jjwt-long-lived-token
    @Value("\${security.jwt.token.expire-length:3600000}")
    private val validityInMilliseconds: Long = 3600000
}
