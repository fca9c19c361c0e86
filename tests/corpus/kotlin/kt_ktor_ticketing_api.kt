package dev.queueup.tickets

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.resources.post
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*
import kotlin.time.Duration.Companion.days
import java.util.Date

data class BoxOfficeSession(val clerkId: Long)

class TicketTokens(
    // expect: jwt-weak-secret
    private val jwtSecret: String = "queueup-dev-secret",
    private val issuer: String = "https://tickets.queueup.dev",
    // expect: jwt-long-lived
    private val refreshValidityDays: Long = 30,
) {
    // safe: jwt-long-lived
    private val accessLifetimeMs = 10 * 60 * 1000L

    fun access(userId: Long): String = JWT.create()
        .withIssuer(issuer)
        .withClaim("uid", userId)
        .withExpiresAt(Date(System.currentTimeMillis() + accessLifetimeMs))
        .sign(Algorithm.HMAC256(jwtSecret))
}

fun Application.boxOfficeSessions() {
    // expect: session-weak-secret
    val cookieKey = environment.config.propertyOrNull("boxoffice.cookieKey")?.getString() ?: "boxoffice-cookie-key"
    install(Sessions) {
        cookie<BoxOfficeSession>("BOXOFFICE") {
            with(cookie) {
                httpOnly = true
                // expect: session-no-expiry
                maxAge = 60.days
            }
            transform(SessionTransportTransformerMessageAuthentication(cookieKey.toByteArray()))
        }
    }
}

fun Application.ticketAuth(secret: String) {
    // expect: jwt-claims-not-validated
    val ticketVerifier = JWT.require(Algorithm.HMAC256(secret))
        .acceptLeeway(3)
        .build()
    install(Authentication) {
        jwt("tickets") {
            verifier(ticketVerifier)
            validate { JWTPrincipal(it.payload) }
        }
    }
}

fun Routing.ticketAccountRoutes(refreshTokens: RefreshTokenStore) {
    authenticate("tickets") {
        // expect: jwt-no-revocation
        post<Account.Logout> {
            call.respond(HttpStatusCode.NoContent)
        }
        // safe: jwt-no-revocation
        post<Account.LogoutEverywhere, LogoutBody> { _, body ->
            refreshTokens.deleteAllFor(body.userId)
            call.respond(HttpStatusCode.NoContent)
        }
        // safe: jwt-no-revocation
        post<Account.Login> {
            call.respond(HttpStatusCode.OK)
        }
    }
}
