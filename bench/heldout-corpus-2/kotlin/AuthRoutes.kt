package com.acme.tickets.routes

import com.acme.tickets.plugins.AdminSession
import com.acme.tickets.plugins.JwtSettings
import com.acme.tickets.plugins.OAuthSession
import com.acme.tickets.plugins.UserSession
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpStatusCode
import io.ktor.http.Cookie
import io.ktor.server.application.call
import io.ktor.server.auth.OAuthAccessTokenResponse
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.request.receive
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.sessions.clear
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set
import org.mindrot.jbcrypt.BCrypt
import java.util.Date
import java.util.UUID

fun Route.authRoutes(settings: JwtSettings, users: UserRepository, admins: AdminRepository, revoked: RevokedTokenStore) {

    post("/login") {
        val form = call.receiveParameters()
        val user = users.findByEmail(form["email"].orEmpty())
        if (user == null || !BCrypt.checkpw(form["password"].orEmpty(), user.passwordHash)) {
            call.respondRedirect("/login?error=1")
            return@post
        }
        // expect: session-fixation
        call.sessions.set(UserSession(user.id, user.displayName))
        call.respondRedirect("/tickets")
    }

    post("/admin/login") {
        val form = call.receiveParameters()
        val admin = admins.authenticate(form["username"].orEmpty(), form["password"].orEmpty())
            ?: return@post call.respond(HttpStatusCode.Unauthorized)
        call.sessions.clear<AdminSession>()
        // safe: session-fixation
        call.sessions.set(AdminSession(admin.id))
        call.respondRedirect("/admin")
    }

    get("/oauth/callback") {
        val principal = call.principal<OAuthAccessTokenResponse.OAuth2>()
            ?: return@get call.respond(HttpStatusCode.Unauthorized)
        // expect: session-insecure-store
        call.sessions.set(OAuthSession("github", principal.accessToken))
        call.respondRedirect("/tickets")
    }

    post("/api/token") {
        val creds = call.receive<TokenRequest>()
        val user = users.findByEmail(creds.email)
        if (user == null || !BCrypt.checkpw(creds.password, user.passwordHash)) {
            return@post call.respond(HttpStatusCode.Unauthorized)
        }
        val token = JWT.create()
            .withAudience(settings.audience)
            .withIssuer(settings.issuer)
            .withJWTId(UUID.randomUUID().toString())
            .withClaim("uid", user.id)
            // safe: jwt-long-lived
            .withExpiresAt(Date(System.currentTimeMillis() + 15 * 60_000))
            .sign(Algorithm.HMAC256(settings.secret))
        // expect: session-cookie-insecure
        call.response.cookies.append("access_token", token, path = "/")
        // safe: session-cookie-insecure
        call.response.cookies.append(Cookie("refresh_token", users.newRefreshToken(user.id), path = "/api/refresh", secure = true, httpOnly = true, extensions = mapOf("SameSite" to "Strict")))
        call.respond(mapOf("token" to token))
    }

    authenticate("auth-jwt") {
        post("/api/device-token") {
            val principal = call.principal<JWTPrincipal>()!!
            val deviceToken = JWT.create()
                .withAudience(settings.audience)
                .withIssuer(settings.issuer)
                .withClaim("uid", principal.payload.getClaim("uid").asString())
                .withClaim("device", call.receive<DeviceRequest>().deviceId)
                // expect: jwt-long-lived
                .withExpiresAt(Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000))
                .sign(Algorithm.HMAC256(settings.secret))
            call.respond(mapOf("token" to deviceToken))
        }

        post("/api/logout") {
            // expect: jwt-no-revocation
            call.response.cookies.append(Cookie("access_token", "", maxAge = 0, path = "/", secure = true, httpOnly = true))
            call.respond(HttpStatusCode.NoContent)
        }

        post("/api/v2/logout") {
            val principal = call.principal<JWTPrincipal>()!!
            // safe: jwt-no-revocation
            revoked.revoke(principal.jwtId!!, principal.expiresAt!!.toInstant())
            call.respond(HttpStatusCode.NoContent)
        }
    }
}
