package com.example.auth

import com.auth0.jwt.JWT
import com.nimbusds.jwt.SignedJWT
import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.server.application.call
import io.ktor.server.request.authorization
import io.ktor.server.request.header
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import jakarta.servlet.http.HttpServletRequest
import jakarta.ws.rs.HeaderParam
import org.springframework.web.bind.annotation.CookieValue
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestHeader
import org.springframework.web.server.ServerWebExchange
import java.util.Base64

fun Route.tokenRoutes() {
    get("/me") {
        val token = call.request.headers["Authorization"]?.removePrefix("Bearer ")
        // ruleid: kotlin-request-input-context
        val decoded = JWT.decode(token)
        call.respond(decoded.subject)
    }
    get("/session") {
        val token = call.request.cookies["jwt"]!!
        // ruleid: kotlin-request-input-context
        call.respond(SignedJWT.parse(token).jwtClaimsSet.subject)
    }
    get("/roles") {
        val token = call.request.authorization()!!.split(" ")[1]
        // ruleid: kotlin-request-input-context
        val jwt = SignedJWT.parse(token)
        // ruleid: kotlin-request-input-context
        call.respond(jwt.jwtClaimsSet.getStringListClaim("roles"))
    }
    get("/link") {
        val token = call.parameters["token"]!!.substringAfter("Bearer ")
        // ruleid: kotlin-request-input-context
        call.respond(JWT.decode(token.trim()).subject)
    }
    post("/refresh") {
        val body = call.receive<RefreshBody>()
        // ruleid: kotlin-request-input-context
        call.respond(JWT.decode(body.refreshToken).subject)
    }
    post("/manual") {
        val payload = call.request.header("Authorization")!!.substring(7).split(".")[1]
        // ruleid: kotlin-request-input-context
        call.respond(String(Base64.getUrlDecoder().decode(payload)))
    }
}

class TokenController(
    private val http: java.net.http.HttpClient,
    private val client: HttpClient,
    private val tokenRepository: TokenRepository,
) {
    @GetMapping("/me")
    fun me(@RequestHeader("Authorization") authorization: String): String {
        val token = authorization.removePrefix("Bearer ")
        // ruleid: kotlin-request-input-context
        return JWT.decode(token).subject
    }

    // ruleid: kotlin-request-input-context
    fun fromCookie(@CookieValue("SESSION_JWT") token: String) = JWT.decode(token).subject

    @PostMapping("/refresh")
    fun refresh(@RequestBody body: RefreshBody): String {
        // ruleid: kotlin-request-input-context
        return SignedJWT.parse(body.token).jwtClaimsSet.subject
    }

    fun jaxrs(@HeaderParam("Authorization") auth: String): String {
        // ruleid: kotlin-request-input-context
        return JWT.decode(auth.replace("Bearer ", "")).subject
    }

    fun servlet(r: HttpServletRequest): String {
        val token = r.getHeader("Authorization").substring(7)
        // ruleid: kotlin-request-input-context
        return JWT.decode(token).subject
    }

    fun servletCookie(request: HttpServletRequest): String? {
        val value = request.cookies?.firstOrNull { it.name == "jwt" }?.value
        // ruleid: kotlin-request-input-context
        return JWT.decode(value).subject
    }

    fun webflux(ex: ServerWebExchange): String {
        val header = ex.request.headers.getFirst("Authorization")!!
        // ruleid: kotlin-request-input-context
        return JWT.decode(header.drop(7)).subject
    }

    // A helper's own parameter, no request in sight.
    fun helper(token: String): String {
        // ok: kotlin-request-input-context
        return JWT.decode(token).subject
    }

    // The app's own call to its identity provider: the token response is not the request.
    suspend fun fromProvider(): String {
        val response: TokenResponse = client.submitForm("https://id.example.com/oauth/token").body()
        // ok: kotlin-request-input-context
        return JWT.decode(response.idToken).subject
    }

    fun fromProviderJdk(): String {
        val request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://id.example.com/token")).build()
        val response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        // ok: kotlin-request-input-context
        return SignedJWT.parse(parseIdToken(response.body())).jwtClaimsSet.subject
    }

    // A token read from the app's own store.
    fun stored(request: HttpServletRequest): String {
        val saved = tokenRepository.findByUser(request.getParameter("user"))
        // ok: kotlin-request-input-context
        return JWT.decode(saved).subject
    }
}
