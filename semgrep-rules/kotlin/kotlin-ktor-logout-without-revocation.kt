import io.ktor.server.application.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*

fun Route.authRoutes(denyList: TokenDenyList) {
    post("/logout") {
        // ruleid: kotlin-ktor-logout-without-revocation
        call.response.cookies.append("access_token", "", maxAge = 0)
        call.respondText("logged out")
    }
    get("/auth/sign-out") {
        // ruleid: kotlin-ktor-logout-without-revocation
        call.response.cookies.appendExpired("access_token")
        call.respondRedirect("/")
    }
    post("/api/logout") {
        val jti = call.principal<JWTPrincipal>()!!.jwtId!!
        denyList.add(jti)
        // ok: kotlin-ktor-logout-without-revocation
        call.response.cookies.appendExpired("access_token")
    }
    post("/settings") {
        // ok: kotlin-ktor-logout-without-revocation
        call.response.cookies.appendExpired("theme")
    }
}

fun Route.nestedLogout() {
    route("/logout") {
        post {
            // ruleid: kotlin-ktor-logout-without-revocation
            call.sessions.clear<UserSession>()
            call.response.cookies.append(Cookie("access_token", "", maxAge = 1))
            call.respondText("bye")
        }
    }
}

fun Route.typedLogoutRoutes(sessions: SessionRepository) {
    authenticate("jwt") {
        // ruleid: kotlin-ktor-logout-without-revocation
        post<LogoutRequest, LogoutBody> { _, _ ->
            call.respond(HttpStatusCode.OK)
        }
        // ruleid: kotlin-ktor-logout-without-revocation
        post<Account.SignOut> {
            call.respondText("signed out")
        }
        // ruleid: kotlin-ktor-logout-without-revocation
        post("/v1/session/logout") {
            call.respond(HttpStatusCode.NoContent)
        }
        // ok: kotlin-ktor-logout-without-revocation
        post<LogoutRequest, LogoutBody> { _, body ->
            sessions.deleteByRefreshToken(body.refreshToken)
            call.respond(HttpStatusCode.OK)
        }
        // ok: kotlin-ktor-logout-without-revocation
        get("/logout") {
            call.respondRedirect("https://id.example.org/logout")
        }
        // ok: kotlin-ktor-logout-without-revocation
        post<Login> {
            call.respond(HttpStatusCode.OK)
        }
    }
}

fun Route.nestedLogout() {
    authenticate("jwt") {
        // ruleid: kotlin-ktor-logout-without-revocation
        route("/auth/logout") {
            post {
                call.respond(HttpStatusCode.OK)
            }
        }
        // ok: kotlin-ktor-logout-without-revocation
        route("/auth/login") {
            post {
                call.respond(HttpStatusCode.OK)
            }
        }
    }
}

fun Application.sessionLogoutRoutes(tokenFamilies: TokenFamilyService) {
    routing {
        // the app's own service ends the refresh-token family server-side
        post("/api/logout-family") {
            tokenFamilies.terminateFamily(call.request.cookies["refresh_token"].orEmpty())
            // ok: kotlin-ktor-logout-without-revocation
            call.response.cookies.append("access_token", "", maxAge = 0)
            call.respondText("logged out")
        }
    }
}
