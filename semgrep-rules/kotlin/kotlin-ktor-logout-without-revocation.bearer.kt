import io.ktor.application.*
import io.ktor.request.*
import io.ktor.response.*
import io.ktor.routing.*
import io.ktor.sessions.*

fun Route.accountRoutes(signer: TokenSigner, users: UserStore) {
    post("/login") {
        val form = call.receive<LoginForm>()
        val user = users.check(form) ?: return@post call.respondText("no", status = io.ktor.http.HttpStatusCode.Unauthorized)
        call.sessions.set(ShopSession(user.name))
        call.respondText("Bearer ${signer.sign(user)}")
    }
    post("/loggut") {
        val bearer = call.request.authorization() ?: ""
        if (bearer.isNotEmpty()) {
            // ruleid: kotlin-ktor-logout-without-revocation
            call.sessions.clear("SHOP_SESSION")
        }
        call.respondText("Logged out.")
    }
    post("/signout") {
        val bearer = call.request.authorization() ?: ""
        signer.revoke(bearer.removePrefix("Bearer "))
        // ok: kotlin-ktor-logout-without-revocation
        call.sessions.clear("SHOP_SESSION")
    }
    post("/cart/empty") {
        // ok: kotlin-ktor-logout-without-revocation
        call.sessions.clear("CART")
    }
}
