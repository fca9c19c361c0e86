package com.example.plugins

import io.ktor.server.application.*
import io.ktor.server.sessions.*
import io.ktor.util.hex

// ruleid: kotlin-ktor-session-weak-secret
val sessionSignKey = hex("6819b57a326945c1968f45236589")

// ok: kotlin-ktor-session-weak-secret
val sessionSignKeyFromEnv = hex(System.getenv("SESSION_SIGN_KEY"))

fun Application.configureSessions() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            cookie.secure = true
            // ruleid: kotlin-ktor-session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication(hex("6819b57a326945c1968f45236589")))
        }
    }
}

fun Application.configureEncrypted() {
    // ruleid: kotlin-ktor-session-weak-secret
    val secretEncryptKey = hex("00112233445566778899aabbccddeeff")
    val signKey = hex(System.getenv("SESSION_SIGN_KEY"))
    install(Sessions) {
        cookie<UserSession>("user_session") {
            transform(SessionTransportTransformerEncryption(secretEncryptKey, signKey))
        }
    }
}

fun Application.configureFromEnv() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            // ok: kotlin-ktor-session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication(hex(environment.config.property("session.signKey").getString())))
        }
    }
}

fun Application.configureLegacy() {
    install(Sessions) {
        // ruleid: kotlin-ktor-session-weak-secret
        val legacyEncryptKey = hex("00112233445566778899aabbccddeeff")
        cookie<UserSession>("legacy") {
            transform(SessionTransportTransformerEncrypt(legacyEncryptKey, hex(System.getenv("SIGN"))))
        }
    }
}

fun Application.sessionsWithFallback() {
    // ruleid: kotlin-ktor-session-weak-secret
    val cookieKey = environment.config.propertyOrNull("session.signKey")?.getString() ?: "local-dev-session-key"
    install(Sessions) {
        cookie<UserSession>("app_session") {
            transform(SessionTransportTransformerMessageAuthentication(cookieKey.toByteArray()))
        }
    }
}

fun Application.sessionsInlineFallback() {
    install(Sessions) {
        cookie<UserSession>("app_session") {
            // ruleid: kotlin-ktor-session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication((System.getenv("SESSION_KEY") ?: "insecure").toByteArray()))
        }
    }
}

fun Application.sessionsPlainLiteral() {
    // ruleid: kotlin-ktor-session-weak-secret
    val macKey = "session-mac-key-in-source"
    install(Sessions) {
        cookie<UserSession>("app_session") {
            transform(SessionTransportTransformerMessageAuthentication(macKey.toByteArray()))
        }
    }
}

fun Application.sessionsRequired() {
    // ok: kotlin-ktor-session-weak-secret
    val macKey = System.getenv("SESSION_KEY") ?: error("SESSION_KEY is required")
    install(Sessions) {
        cookie<UserSession>("app_session") {
            transform(SessionTransportTransformerMessageAuthentication(hex(macKey)))
        }
    }
}
