package app.common

// constants read by the token service of another file
object TokenConstants {
    const val ROLE_USER = "ROLE_USER"
    // ruleid: kotlin-jjwt-long-lived-token
    const val JWT_TOKEN_EXPIRED: Long = 30 * 60 * 1000
    // ok: kotlin-jjwt-long-lived-token
    const val JWT_ACCESS_EXPIRED: Long = 10 * 60 * 1000
    // ok: kotlin-jjwt-long-lived-token
    const val JWT_REFRESH_EXPIRATION: Long = 14L * 24 * 60 * 60 * 1000
    // ok: kotlin-jjwt-long-lived-token
    const val CACHE_EXPIRATION: Long = 24 * 60 * 60 * 1000
}
