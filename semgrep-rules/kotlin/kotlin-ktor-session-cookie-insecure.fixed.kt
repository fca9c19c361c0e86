import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.sessions.*

fun Application.configureSessions() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            cookie.path = "/"
            // ruleid: kotlin-ktor-session-cookie-insecure
            cookie.secure = true
            // ruleid: kotlin-ktor-session-cookie-insecure
            cookie.httpOnly = true
        }
        cookie<Prefs>("prefs") {
            // ok: kotlin-ktor-session-cookie-insecure
            cookie.secure = true
        }
    }
}

suspend fun ApplicationCall.issue(token: String) {
    // ruleid: kotlin-ktor-session-cookie-insecure
    response.cookies.append(Cookie("access_token", token, path = "/", maxAge = 86400))
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append(Cookie("refresh_token", token, path = "/", httpOnly = true, secure = true, extensions = mapOf("SameSite" to "Lax")))
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append(Cookie("theme", "dark"))
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append(Cookie("access_token", "", maxAge = 0))
    // A product named *auth keeps a UI preference: no session in it.
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append("kotauth_last_ws", slug, path = "/admin", maxAge = 86400 * 30L)
    // ruleid: kotlin-ktor-session-cookie-insecure
    response.cookies.append("app_auth", token, path = "/")
}

fun setSessionToken(call: ApplicationCall, token: String) {
    // ruleid: kotlin-ktor-session-cookie-insecure
    val cookie = Cookie(
        name = "__Secure-sessionToken",
        value = token,
        maxAge = 3600,
        httpOnly = true,
        secure = true,
        path = "/"
    )
    call.response.cookies.append(cookie)

    // ok: kotlin-ktor-session-cookie-insecure
    val strict = Cookie(
        name = "auth_token",
        value = token,
        httpOnly = true,
        secure = true,
        extensions = mapOf("SameSite" to "Strict")
    )
    call.response.cookies.append(strict)

    // ok: kotlin-ktor-session-cookie-insecure
    val theme = Cookie(name = "theme", value = "dark")
    call.response.cookies.append(theme)
}

fun Application.configureServerSessions() {
    install(Sessions) {
        // ruleid: kotlin-ktor-session-cookie-insecure
        cookie<LoginSession>("SERVER_SESSION", SessionStorageMemory()) {
            cookie.path = "/"
            cookie.extensions["SameSite"] = "Lax"
            cookie.httpOnly = true
            cookie.maxAgeInSeconds = 300L
        }
        // ruleid: kotlin-ktor-session-cookie-insecure
        cookie<UserPrincipal>("auth") {
            cookie.maxAgeInSeconds = 600
        }
        // ok: kotlin-ktor-session-cookie-insecure
        cookie<LoginSession>("hardened_session", SessionStorageMemory()) {
            cookie.path = "/"
            cookie.secure = true
            cookie.httpOnly = true
        }
        // ok: kotlin-ktor-session-cookie-insecure
        cookie<LoginSession>("deploy_session") {
            cookie.httpOnly = true
            cookie.secure = environment.config.property("app.https").getString().toBoolean()
        }
        // ok: kotlin-ktor-session-cookie-insecure
        cookie<UserPrincipal>(name = "app_auth") {
            cookie.path = "/"
            cookie.httpOnly = true
            if (production) cookie.secure = true
            cookie.extensions["SameSite"] = "lax"
        }
        // ok: kotlin-ktor-session-cookie-insecure
        cookie<BrowserSession>("app_session_id") {
            cookie.httpOnly = true
            if (isProduction()) {
                cookie.secure = true
            }
        }
        // ok: kotlin-ktor-session-cookie-insecure
        cookie<CartSession>("cart") {
            cookie.path = "/shop"
        }
    }
}

suspend fun ApplicationCall.rememberLogin(userId: String, accessToken: String) {
    // ruleid: kotlin-ktor-session-cookie-insecure
    response.cookies.append(
        Cookie(name = "user_info", path = "/", value = LoginState(userId, accessToken).toString())
    )
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append(
        Cookie(name = "user_info", value = accessToken, httpOnly = true, secure = true, extensions = mapOf("SameSite" to "Lax"))
    )
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append(Cookie(name = "ui_theme", value = tokenTheme()))
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append("XSRF-TOKEN", csrfToken, path = "/")
}

// The Secure flag follows the deployment's config (on wherever the app is served over HTTPS).
internal fun ApplicationCall.appendAccessCookie(token: String, config: AuthConfig) =
    // ok: kotlin-ktor-session-cookie-insecure
    response.cookies.append(
        Cookie(
            name = "access",
            value = token,
            httpOnly = true,
            secure = config.ssl,
            path = "/",
            extensions = mapOf("SameSite" to "Strict"),
        ),
    )

suspend fun ApplicationCall.issueInsecure(token: String) {
    // ruleid: kotlin-ktor-session-cookie-insecure
    response.cookies.append(Cookie("session_token", token, httpOnly = true, secure = true, extensions = mapOf("SameSite" to "Lax")))
}

// Secure from config but no SameSite extension: still reported.
private fun RoutingCall.appendAuthCookie(token: String, cookieDomain: String) =
    // ruleid: kotlin-ktor-session-cookie-insecure
    this.response.cookies.append(
        "APP_AUTH",
        token,
        domain = cookieDomain,
        secure = cookieDomain.isNotEmpty(),
        httpOnly = true
    )
