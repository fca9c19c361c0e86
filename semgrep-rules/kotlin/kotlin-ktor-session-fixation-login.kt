package app.recipes

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*
import java.io.File

data class UserSession(val userId: Long)
data class AdminSession(val adminId: Long)

fun Application.sessionsAndLogin(accounts: AccountService) {
    install(Sessions) {
        cookie<UserSession>("SESSION", SessionStorageMemory()) {
            cookie.path = "/"
        }
        cookie<AdminSession>("ADMIN", storage = directorySessionStorage(File("build/.sessions"))) {
            cookie.path = "/admin"
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
            // ruleid: kotlin-ktor-session-fixation-login
            call.sessions.set(UserSession(account.id))
            call.respondRedirect("/")
        }

        post("/admin/login") {
            val form = call.receiveParameters()
            val admin = accounts.verifyAdmin(form["email"].orEmpty(), form["password"].orEmpty())
                ?: return@post call.respond(HttpStatusCode.Unauthorized)
            call.sessions.clear<AdminSession>()
            // ok: kotlin-ktor-session-fixation-login
            call.sessions.set(AdminSession(admin.id))
            call.respondRedirect("/admin")
        }

        post("/signin") {
            val creds = call.receive<Credentials>()
            if (accounts.validateCredentials(creds.user, creds.password)) {
                // ruleid: kotlin-ktor-session-fixation-login
                call.sessions.set(UserSession(accounts.idOf(creds.user)))
                call.respond(HttpStatusCode.OK)
            }
        }

        post("/preferences") {
            val prefs = call.receive<Prefs>()
            // ok: kotlin-ktor-session-fixation-login
            call.sessions.set(UserSession(prefs.userId))
            call.respond(HttpStatusCode.OK)
        }
    }
}
