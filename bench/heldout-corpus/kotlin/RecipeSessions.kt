package com.acme.recipes.plugins

import com.acme.recipes.accounts.AccountRepository
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import io.ktor.server.sessions.SessionStorage
import io.ktor.server.sessions.SessionStorageMemory
import io.ktor.server.sessions.SessionTransportTransformerEncrypt
import io.ktor.server.sessions.SessionTransportTransformerMessageAuthentication
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.clear
import io.ktor.server.sessions.cookie
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set
import io.ktor.util.hex
import io.lettuce.core.RedisClient
import kotlinx.serialization.Serializable

@Serializable
data class UserSession(val userId: String, val csrfToken: String)

@Serializable
data class AdminSession(val adminId: String)

@Serializable
data class CartSession(val recipeIds: List<String>)

@Serializable
data class OAuthSession(val accessToken: String, val refreshToken: String)

class RedisSessionStorage(url: String) : SessionStorage {
    private val commands = RedisClient.create(url).connect().sync()

    override suspend fun write(id: String, value: String) {
        commands.setex("recipes:session:$id", 1800, value)
    }

    override suspend fun read(id: String): String =
        commands.get("recipes:session:$id") ?: throw NoSuchElementException("Session $id not found")

    override suspend fun invalidate(id: String) {
        commands.del("recipes:session:$id")
    }
}

fun Application.configureSessions(accounts: AccountRepository) {
    val adminSignKey = hex(environment.config.property("adminSession.signKey").getString())
    val adminEncryptKey = hex(environment.config.property("session.encryptKey").getString())
    val cartEncryptKey = hex(environment.config.property("cart.encryptKey").getString())
    val cartSignKey = hex(environment.config.property("cart.signKey").getString())

    install(Sessions) {
        // expect: session-insecure-store
        cookie<UserSession>("SESSION", SessionStorageMemory()) {
            cookie.path = "/"
            // expect: session-cookie-insecure
            cookie.secure = false
            // expect: session-cookie-insecure
            cookie.httpOnly = false
            // expect: session-no-expiry
            cookie.maxAgeInSeconds = 60L * 60 * 24 * 90
        }
        // safe: session-insecure-store
        cookie<AdminSession>("__Host-ADMIN", RedisSessionStorage("rediss://sessions.recipes.internal:6380/1")) {
            cookie.path = "/"
            // safe: session-cookie-insecure
            cookie.secure = true
            cookie.httpOnly = true
            cookie.extensions["SameSite"] = "strict"
            // safe: session-no-expiry
            cookie.maxAgeInSeconds = 30L * 60
            // safe: session-weak-secret
            transform(SessionTransportTransformerEncrypt(adminEncryptKey, adminSignKey))
        }
        // expect: session-insecure-store
        cookie<OAuthSession>("OAUTH") {
            // safe: session-cookie-insecure
            cookie.secure = true
            cookie.httpOnly = true
            cookie.extensions["SameSite"] = "lax"
            // expect: session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication(hex("6819b57a326945c1968f45236589")))
        }
        // safe: session-insecure-store
        cookie<CartSession>("CART") {
            cookie.secure = true
            cookie.extensions["SameSite"] = "lax"
            transform(SessionTransportTransformerEncrypt(cartEncryptKey, cartSignKey))
        }
    }

    routing {
        post("/login") {
            val form = call.receiveParameters()
            val account = accounts.checkPassword(form["email"].orEmpty(), form["password"].orEmpty())
            if (account == null) {
                call.respond(HttpStatusCode.Unauthorized)
                return@post
            }
            // expect: session-fixation
            call.sessions.set(UserSession(account.id, accounts.newCsrfToken()))
            call.respondRedirect("/recipes")
        }

        post("/admin/login") {
            val form = call.receiveParameters()
            val admin = accounts.checkAdminPassword(form["email"].orEmpty(), form["password"].orEmpty())
                ?: return@post call.respond(HttpStatusCode.Unauthorized)
            call.sessions.clear<AdminSession>()
            // safe: session-fixation
            call.sessions.set(AdminSession(admin.id))
            call.respondRedirect("/admin")
        }

        post("/logout") {
            // safe: jwt-no-revocation
            call.sessions.clear<UserSession>()
            call.respondRedirect("/")
        }
    }
}
