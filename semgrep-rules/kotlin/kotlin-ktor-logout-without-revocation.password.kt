import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Route.accountRoutes(users: UserRepository, hashing: HashingService, refreshTokens: RefreshTokenStore) {
    authenticate {
        // ruleid: kotlin-ktor-logout-without-revocation
        put {
            val request = call.receive<PasswordChange>()
            val user = users.find(request.username) ?: return@put call.respond(HttpStatusCode.NotFound)
            val salted = hashing.createSaltedHash(request.password)
            user.password = salted.hash
            user.salt = salted.salt
            users.update(user)
            call.respond(HttpStatusCode.OK)
        }
        // ok: kotlin-ktor-logout-without-revocation
        put("password") {
            val user = users.find(call.principal<JWTPrincipal>()!!.subject!!)!!
            user.passwordHash = hashing.hash(call.receive<PasswordChange>().password)
            user.tokenVersion += 1
            users.update(user)
            call.respond(HttpStatusCode.OK)
        }
        // ok: kotlin-ktor-logout-without-revocation
        patch("password") {
            val user = users.find(call.principal<JWTPrincipal>()!!.subject!!)!!
            user.password = hashing.encode(call.receive<PasswordChange>().password)
            users.update(user)
            refreshTokens.deleteAllFor(user.id)
            call.respond(HttpStatusCode.OK)
        }
        // ok: kotlin-ktor-logout-without-revocation
        put("profile") {
            val user = users.find(call.principal<JWTPrincipal>()!!.subject!!)!!
            user.displayName = call.receive<Profile>().displayName
            users.update(user)
            call.respond(HttpStatusCode.OK)
        }
    }
}

fun Route.adminRoutes(users: UserRepository, hashing: HashingService) {
    authenticate("admin") {
        // ok: kotlin-ktor-logout-without-revocation
        post("users") {
            val form = call.receive<NewUser>()
            val newUser = User(name = form.name)
            newUser.password = hashing.hash(form.password)
            users.insert(newUser)
            call.respond(HttpStatusCode.Created)
        }
    }
}
