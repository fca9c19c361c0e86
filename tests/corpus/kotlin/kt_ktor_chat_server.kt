package chat.server

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*
import io.ktor.util.*

data class ChatSession(val userId: Long, val nick: String)

fun Application.chatSessions() {
    install(Sessions) {
        // expect: session-weak-secret
        val chatEncryptKey = hex("ffeeddccbbaa99887766554433221100")
        val chatSignKey = hex(System.getenv("CHAT_SIGN_KEY"))
        cookie<ChatSession>("chat_session") {
            cookie.path = "/"
            cookie.secure = true
            // safe: session-no-expiry
            cookie.maxAgeInSeconds = 7200
            transform(SessionTransportTransformerEncrypt(chatEncryptKey, chatSignKey))
        }
    }
}

fun Route.chatLogin(accounts: AccountStore, issuer: String, audience: String) {
    post("/chat/login") {
        val form = call.receiveParameters()
        val chatUser = accounts.check(form["nick"], form["password"]) ?: return@post call.respond(HttpStatusCode.Unauthorized)
        // expect: session-insecure-store
        call.sessions.set(chatUser)
        // safe: session-insecure-store
        call.sessions.set(ChatSession(chatUser.id, chatUser.nick))
        call.respond(HttpStatusCode.OK)
    }
    route("/chat/logout") {
        post {
            // expect: jwt-no-revocation
            call.sessions.clear<ChatSession>()
            call.response.cookies.append(Cookie("chat_jwt", "", maxAge = 1))
            call.respond(HttpStatusCode.OK)
        }
    }
}

fun Application.chatAuth(secret: String, issuer: String, audience: String) {
    install(Authentication) {
        jwt("chat") {
            // safe: jwt-claims-not-validated
            verifier(JWT.require(Algorithm.HMAC256(secret)).withIssuer(issuer).withAudience(audience).build())
        }
    }
}
