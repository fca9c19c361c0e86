package shop.backend.plugins

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*
import io.ktor.util.hex
import java.util.Date

data class CartSession(val items: List<String>)
data class ShopperSession(val shopperId: Long)

// expect: session-weak-secret
private val cartSignKey = hex("0a1b2c3d4e5f60718293a4b5c6d7e8f9")

fun Application.installShopSessions() {
    install(Sessions) {
        cookie<CartSession>("cart") {
            cookie.path = "/"
            // safe: session-cookie-insecure
            cookie.secure = true
            transform(SessionTransportTransformerMessageAuthentication(cartSignKey))
        }
        // expect: session-insecure-store
        cookie<ShopperSession>("shopper", storage = SessionStorageMemory()) {
            // expect: session-cookie-insecure
            cookie.secure = false
            // expect: session-no-expiry
            cookie.maxAgeInSeconds = 60L * 60 * 24 * 90
        }
    }
}

fun Application.installShopSessionsFromEnv() {
    val signing = hex(environment.config.property("shop.session.sign").getString())
    install(Sessions) {
        cookie<CartSession>("cart2") {
            // safe: session-no-expiry
            cookie.maxAgeInSeconds = 1800
            // safe: session-weak-secret
            transform(SessionTransportTransformerMessageAuthentication(signing))
        }
    }
}

fun Application.installShopAuth() {
    val realmName = environment.config.property("jwt.realm").getString()
    install(Authentication) {
        jwt("shop-jwt") {
            realm = realmName
            verifier(
                // expect: jwt-weak-secret
                JWT.require(Algorithm.HMAC256("shop-dev-secret"))
                    .withIssuer("shop")
                    .withAudience("shop-api")
                    .build()
            )
        }
    }
}

fun Route.shopAccountRoutes(shopSecret: String) {
    post("/account/login") {
        val token = JWT.create()
            .withAudience("shop-api")
            .withIssuer("shop")
            .withClaim("shopperId", 42L)
            // expect: jwt-long-lived
            .withExpiresAt(Date(System.currentTimeMillis() + 1000L * 60 * 60 * 24 * 7))
            .sign(Algorithm.HMAC256(shopSecret))
        // expect: session-cookie-insecure
        call.response.cookies.append(Cookie("shop_token", token, path = "/"))
        call.respond(mapOf("token" to token))
    }
    post("/account/logout") {
        // expect: jwt-no-revocation
        call.response.cookies.append("shop_token", "", maxAge = 0)
        call.respond(HttpStatusCode.NoContent)
    }
    get("/account/theme") {
        // safe: session-cookie-insecure
        call.response.cookies.append(Cookie("theme", "dark", path = "/"))
        call.respond(HttpStatusCode.OK)
    }
}
