package com.acme.recipes.plugins

import com.acme.recipes.accounts.AccountRepository
import com.acme.recipes.accounts.RefreshTokenStore
import com.acme.recipes.accounts.TokenDenylist
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.Serializable
import java.time.Duration
import java.time.Instant
import java.util.Date
import java.util.UUID

@Serializable data class Credentials(val email: String, val password: String)
@Serializable data class PasswordChange(val current: String, val next: String)

fun Application.configureAuthentication(accounts: AccountRepository, denylist: TokenDenylist, refreshTokens: RefreshTokenStore) {
    val secret = environment.config.property("jwt.secret").getString()
    val issuer = environment.config.property("jwt.issuer").getString()
    val audience = environment.config.property("jwt.audience").getString()
    val jwtRealm = environment.config.property("jwt.realm").getString()
    // expect: jwt-weak-secret
    val mobileSecret = System.getenv("MOBILE_JWT_SECRET") ?: "mobile-dev-secret"

    install(Authentication) {
        jwt("auth-jwt") {
            realm = jwtRealm
            verifier(
                // safe: jwt-none-algorithm
                JWT.require(Algorithm.HMAC256(secret))
                    // safe: jwt-claims-not-validated
                    .withAudience(audience)
                    .withIssuer(issuer)
                    .build()
            )
            validate { credential ->
                val jti = credential.payload.id
                if (jti != null && !denylist.isRevoked(jti) &&
                    credential.payload.getClaim("ver").asInt() == accounts.tokenVersion(credential.payload.subject)
                ) JWTPrincipal(credential.payload) else null
            }
        }
        jwt("mobile-jwt") {
            realm = jwtRealm
            // expect: jwt-claims-not-validated
            verifier(JWT.require(Algorithm.HMAC256(mobileSecret)).build())
            validate { credential -> JWTPrincipal(credential.payload) }
        }
    }

    routing {
        post("/api/token") {
            val creds = call.receive<Credentials>()
            val account = accounts.checkPassword(creds.email, creds.password)
                ?: return@post call.respond(HttpStatusCode.Unauthorized)
            val token = JWT.create()
                .withAudience(audience)
                .withIssuer(issuer)
                .withSubject(account.id)
                .withJWTId(UUID.randomUUID().toString())
                .withClaim("ver", accounts.tokenVersion(account.id))
                // safe: jwt-long-lived
                .withExpiresAt(Instant.now().plusSeconds(15 * 60))
                .sign(Algorithm.HMAC256(secret))
            call.respond(mapOf("token" to token))
        }

        post("/api/token/refresh") {
            val presented = call.receive<Map<String, String>>()["refreshToken"].orEmpty()
            val stored = refreshTokens.consume(presented)
                ?: return@post call.respond(HttpStatusCode.Unauthorized)
            val nextJti = UUID.randomUUID().toString()
            val refresh = JWT.create()
                .withIssuer(issuer)
                .withSubject(stored.accountId)
                .withJWTId(nextJti)
                .withClaim("typ", "refresh")
                // safe: jwt-long-lived
                .withExpiresAt(Instant.now().plus(Duration.ofDays(14)))
                .sign(Algorithm.HMAC256(secret))
            refreshTokens.save(stored.accountId, nextJti, stored.rotation + 1)
            call.respond(mapOf("refreshToken" to refresh))
        }

        post("/api/mobile/token") {
            val creds = call.receive<Credentials>()
            val account = accounts.checkPassword(creds.email, creds.password)
                ?: return@post call.respond(HttpStatusCode.Unauthorized)
            val token = JWT.create()
                .withSubject(account.id)
                // safe: jwt-sensitive-payload
                .withClaim("roles", listOf("mobile"))
                // expect: jwt-sensitive-payload
                .withClaim("password", creds.password)
                // expect: jwt-long-lived
                .withExpiresAt(Date(System.currentTimeMillis() + 60000L * 60 * 24 * 60))
                .sign(Algorithm.HMAC256(mobileSecret))
            call.respond(mapOf("token" to token))
        }

        authenticate("auth-jwt") {
            post("/api/logout") {
                val principal = call.principal<JWTPrincipal>()!!
                // safe: jwt-no-revocation
                denylist.revoke(principal.payload.id, principal.payload.expiresAtAsInstant)
                call.respond(HttpStatusCode.NoContent)
            }

            post("/api/password") {
                val principal = call.principal<JWTPrincipal>()!!
                val change = call.receive<PasswordChange>()
                accounts.changePassword(principal.payload.subject, change.current, change.next)
                // safe: jwt-no-revocation
                accounts.bumpTokenVersion(principal.payload.subject)
                call.respond(HttpStatusCode.NoContent)
            }
        }

        authenticate("mobile-jwt") {
            post("/api/mobile/logout") {
                // expect: jwt-no-revocation
                call.respond(mapOf("message" to "Logged out, please discard your token"))
            }

            post("/api/mobile/password") {
                val principal = call.principal<JWTPrincipal>()!!
                val change = call.receive<PasswordChange>()
                // expect: jwt-no-revocation
                accounts.changePassword(principal.payload.subject, change.current, change.next)
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}
