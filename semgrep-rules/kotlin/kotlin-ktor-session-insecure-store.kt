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
