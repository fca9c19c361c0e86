package com.acme.tickets.plugins

import com.auth0.jwk.JwkProviderBuilder
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.response.respond
import java.net.URL
import java.util.concurrent.TimeUnit

data class JwtSettings(val audience: String, val issuer: String, val realm: String, val secret: String)

fun Application.jwtSettings(): JwtSettings {
    val config = environment.config
    return JwtSettings(
        audience = config.property("jwt.audience").getString(),
        issuer = config.property("jwt.domain").getString(),
        realm = config.property("jwt.realm").getString(),
        // expect: jwt-weak-secret
        secret = config.propertyOrNull("jwt.secret")?.getString() ?: "tickets-dev-secret",
    )
}

fun Application.configureSecurity() {
    val settings = jwtSettings()
    val partnerJwks = JwkProviderBuilder(URL("https://idp.partner.example/.well-known/jwks.json"))
        .cached(10, 24, TimeUnit.HOURS)
        .rateLimited(10, 1, TimeUnit.MINUTES)
        .build()

    install(Authentication) {
        jwt("auth-jwt") {
            realm = settings.realm
            verifier(
                // safe: jwt-claims-not-validated, jwt-none-algorithm
                JWT.require(Algorithm.HMAC256(settings.secret))
                    .withAudience(settings.audience)
                    .withIssuer(settings.issuer)
                    .build()
            )
            validate { credential ->
                if (credential.payload.getClaim("uid").asString().isNullOrBlank()) null
                else JWTPrincipal(credential.payload)
            }
            challenge { _, _ ->
                call.respond(HttpStatusCode.Unauthorized, "Token is not valid or has expired")
            }
        }

        jwt("partner-jwt") {
            realm = "partners"
            // expect: jwt-claims-not-validated
            verifier(partnerJwks, "https://idp.partner.example/") { acceptLeeway(TimeUnit.DAYS.toSeconds(2)) }
            validate { credential -> JWTPrincipal(credential.payload) }
        }
    }
}
