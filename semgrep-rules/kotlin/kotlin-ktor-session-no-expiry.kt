import io.ktor.server.application.*
import io.ktor.server.sessions.*
import kotlin.time.Duration.Companion.days
import java.util.concurrent.TimeUnit

fun Application.configureSessions() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            // ruleid: kotlin-ktor-session-no-expiry
            cookie.maxAgeInSeconds = 2592000
        }
        cookie<AdminSession>("admin_session") {
            // ruleid: kotlin-ktor-session-no-expiry
            cookie.maxAge = 30.days
        }
        cookie<CartSession>("cart") {
            // ok: kotlin-ktor-session-no-expiry
            cookie.maxAgeInSeconds = 3600
        }
    }
}

// ruleid: kotlin-ktor-session-no-expiry
private const val SessionDuration: Long = 30 * 24 * 60 * 60
// ok: kotlin-ktor-session-no-expiry
private const val CartDuration: Long = 2 * 60 * 60

fun Application.configureConstSessions() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            cookie.maxAgeInSeconds = SessionDuration
        }
        cookie<CartSession>("cart") {
            cookie.maxAgeInSeconds = CartDuration
        }
    }
}

fun setToken(call: ApplicationCall, token: String) {
    val cookie = Cookie(
        name = "__Secure-sessionToken",
        value = token,
        // ruleid: kotlin-ktor-session-no-expiry
        maxAge = 7 * 24 * 3600,
        httpOnly = true,
        secure = true,
        path = "/"
    )
    call.response.cookies.append(cookie)
    // ok: kotlin-ktor-session-no-expiry
    call.response.cookies.append(Cookie(name = "session", value = token, maxAge = 1800, httpOnly = true, secure = true))
    // ok: kotlin-ktor-session-no-expiry
    call.response.cookies.append(Cookie(name = "theme", value = "dark", maxAge = 365 * 24 * 3600))
    // ok: kotlin-ktor-session-no-expiry
    call.response.cookies.append("kotauth_last_ws", slug, path = "/admin", maxAge = 86400 * 30L)
    // ruleid: kotlin-ktor-session-no-expiry
    call.response.cookies.append("app_auth", token, path = "/", maxAge = 86400 * 30L)
}

fun Application.scopedCookieLifetimes() {
    install(Sessions) {
        cookie<UserSession>("scoped_session") {
            with(cookie) {
                httpOnly = true
                // ruleid: kotlin-ktor-session-no-expiry
                maxAge = 90.days
            }
        }
        cookie<UserSession>("unit_session") {
            // ruleid: kotlin-ktor-session-no-expiry
            cookie.maxAgeInSeconds = TimeUnit.DAYS.toSeconds(30)
        }
        cookie<UserSession>("short_session") {
            with(cookie) {
                // ok: kotlin-ktor-session-no-expiry
                maxAgeInSeconds = 30 * 60
            }
        }
    }
}
