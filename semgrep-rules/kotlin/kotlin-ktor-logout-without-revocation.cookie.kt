package app.user.rest

import io.ktor.http.Cookie
import io.ktor.http.HttpStatusCode
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.RoutingContext
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route

class LogoutController(private val cookieDomain: String, private val tokens: TokenRepository) {
    val routes: Route.() -> Unit = {
        route("/logout") {
            get("") {
                // ruleid: kotlin-ktor-logout-without-revocation
                call.response.cookies.append(
                    "APP_AUTH",
                    value = "",
                    maxAge = -1,
                    domain = cookieDomain,
                    httpOnly = true
                )
                call.respond(HttpStatusCode.NoContent)
            }
        }
        post("/api/logout") {
            val jti = call.request.headers["X-Token-Id"]!!
            tokens.revoke(jti)
            // ok: kotlin-ktor-logout-without-revocation
            call.response.cookies.append("access_token", "", maxAge = 0L)
            call.respond(HttpStatusCode.NoContent)
        }
        post("/logout-theme") {
            // ok: kotlin-ktor-logout-without-revocation
            call.response.cookies.append("theme", "", maxAge = 0L)
            call.respond(HttpStatusCode.NoContent)
        }
        post("/preferences") {
            // ok: kotlin-ktor-logout-without-revocation
            call.response.cookies.append("access_token", "", maxAge = 0L)
            call.respond(HttpStatusCode.NoContent)
        }
    }
}

fun RoutingContext.logoutUser(ssl: Boolean) {
    // ruleid: kotlin-ktor-logout-without-revocation
    call.response.cookies.append(
        Cookie(
            name = "refresh",
            value = "",
            httpOnly = true,
            secure = ssl,
            maxAge = 0,
        ),
    )
}

fun RoutingContext.logoutEverywhere(store: RefreshTokenStore, userId: String) {
    store.deleteAllTokensFor(userId)
    // ok: kotlin-ktor-logout-without-revocation
    call.response.cookies.append(Cookie(name = "refresh", value = "", maxAge = 0))
}

fun RoutingContext.clearPreferences() {
    // ok: kotlin-ktor-logout-without-revocation
    call.response.cookies.append(Cookie(name = "access_hint", value = "", maxAge = 0))
}
