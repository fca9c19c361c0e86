package app.chat

import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*
import io.ktor.util.*

data class ChatSession(val userId: Long)

// A client-side cookie session (the whole session in the signed, encrypted cookie):
// no session id to fix.
fun Application.chat(accounts: AccountService) {
    install(Sessions) {
        cookie<ChatSession>("chat_session") {
            transform(SessionTransportTransformerEncrypt(hex(System.getenv("ENC")), hex(System.getenv("SIGN"))))
        }
    }
    routing {
        post("/chat/login") {
            val form = call.receiveParameters()
            val user = accounts.checkPassword(form["nick"].orEmpty(), form["password"].orEmpty()) ?: return@post
            // ok: kotlin-ktor-session-fixation-login
            call.sessions.set(ChatSession(user.id))
        }
    }
}
