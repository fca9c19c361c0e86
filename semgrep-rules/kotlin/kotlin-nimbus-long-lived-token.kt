package demo

import com.nimbusds.jwt.JWTClaimsSet
import org.springframework.security.oauth2.jwt.JwtClaimsSet
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.Date

class Issuer {
    fun apiKeyToken(apiKey: String): JWTClaimsSet = JWTClaimsSet.Builder()
        .subject("svc")
        // ruleid: kotlin-nimbus-long-lived-token
        .expirationTime(Date(System.currentTimeMillis() + 12L * 60 * 60 * 1000))
        .build()

    fun shortToken(user: String): JWTClaimsSet = JWTClaimsSet.Builder()
        .subject(user)
        // ok: kotlin-nimbus-long-lived-token
        .expirationTime(Date(System.currentTimeMillis() + 10 * 60 * 1000))
        .build()

    fun springAccess(user: String): JwtClaimsSet {
        val now = Instant.now()
        return JwtClaimsSet.builder()
            .issuedAt(now)
            // ruleid: kotlin-nimbus-long-lived-token
            .expiresAt(now.plus(2, ChronoUnit.HOURS))
            .subject(user)
            .build()
    }

    fun refreshClaims(user: String): JwtClaimsSet = JwtClaimsSet.builder()
        // ok: kotlin-nimbus-long-lived-token
        .expiresAt(Instant.now().plus(Duration.ofDays(30)))
        .subject(user)
        .build()
}
