package com.acme.tickets.plugins

import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.sessions.SessionStorageMemory
import io.ktor.server.sessions.SessionTransportTransformerMessageAuthentication
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import io.ktor.server.sessions.header
import io.ktor.util.hex
import io.lettuce.core.RedisClient
import kotlinx.serialization.Serializable

@Serializable
data class UserSession(val userId: String, val displayName: String)

@Serializable
data class AdminSession(val adminId: String, val elevated: Boolean = false)

@Serializable
data class OAuthSession(val provider: String, val accessToken: String)

@Serializable
data class ApiSession(val clientId: String)

fun Application.configureSessions() {
    // expect: session-insecure-store
    val redis = RedisClient.create("redis://session-cache.prod.internal:6379/0")
    val oauthSignKey = hex(System.getenv("OAUTH_SESSION_SIGN_KEY"))

    install(Sessions) {
        cookie<UserSession>("tickets_sid", RedisSessionStorage(redis, ttlSeconds = 8 * 3600)) {
            cookie.path = "/"
            cookie.secure = true
            cookie.httpOnly = true
            cookie.extensions["SameSite"] = "lax"
        }

        // expect: session-insecure-store
        cookie<AdminSession>("admin_sid", SessionStorageMemory()) {
            cookie.path = "/admin"
            // expect: session-no-expiry
            cookie.maxAgeInSeconds = 60L * 60 * 24 * 90
            // expect: session-cookie-insecure
            cookie.httpOnly = false
        }

        cookie<OAuthSession>("oauth_session") {
            cookie.path = "/"
            cookie.secure = true
            cookie.httpOnly = true
            // safe: session-no-expiry
            cookie.maxAgeInSeconds = 60L * 60
            // safe: session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication(oauthSignKey))
        }

        header<ApiSession>("X-Api-Session") {
            // expect: session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication(hex("6819b57a326945c1968f45236589"), "HmacSHA256"))
        }
    }
}
