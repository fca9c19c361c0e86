import io.ktor.server.application.*
import io.ktor.server.sessions.*
import kotlin.time.Duration.Companion.days

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
