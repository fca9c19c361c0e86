import io.ktor.server.application.*
import io.ktor.server.sessions.*

fun Application.configureSessions() {
    install(Sessions) {
        // ruleid: kotlin-ktor-session-insecure-store
        cookie<UserSession>("SESSION", storage = SessionStorageMemory())
        // ok: kotlin-ktor-session-insecure-store
        header<ApiSession>("X-Session", storage = RedisSessionStorage(redis))
    }
}

fun Route.login(users: UserRepo) {
    post("/login") {
        val user = users.find(call.receive())
        if (user != null) {
            // ruleid: kotlin-ktor-session-insecure-store
            call.sessions.set(user)
            // ruleid: kotlin-ktor-session-insecure-store
            call.sessions.set(UserSession(user))
            // ok: kotlin-ktor-session-insecure-store
            call.sessions.set(UserSession(user.id))
        }
    }
}

data class OAuthSession(val accessToken: String, val refreshToken: String)
data class CartSession(val recipeIds: List<String>)
data class CsrfSession(val userId: String, val csrfToken: String)

fun Application.clientSideSessions(encryptKey: ByteArray, signKey: ByteArray) {
    install(Sessions) {
        // ruleid: kotlin-ktor-session-insecure-store
        cookie<OAuthSession>("OAUTH") {
            cookie.secure = true
            transform(SessionTransportTransformerMessageAuthentication(signKey))
        }
        // ok: kotlin-ktor-session-insecure-store
        cookie<OAuthSession>("OAUTH_ENC") {
            transform(SessionTransportTransformerEncrypt(encryptKey, signKey))
        }
        // ok: kotlin-ktor-session-insecure-store
        cookie<CartSession>("CART") {
            cookie.secure = true
        }
        // ok: kotlin-ktor-session-insecure-store
        cookie<CsrfSession>("CSRF")
    }
}

