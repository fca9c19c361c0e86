package com.acme.shop

import io.javalin.Javalin
import io.javalin.http.Context
import io.javalin.http.Cookie
import io.javalin.http.SameSite
import io.javalin.http.UnauthorizedResponse
import org.eclipse.jetty.server.session.SessionHandler
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object SignedCartCookie {
    private const val NAME = "shop_session"

    private fun mac(): Mac = Mac.getInstance("HmacSHA256").apply {
        // expect: session-weak-secret
        init(SecretKeySpec("javalin-shop-session".toByteArray(), "HmacSHA256"))
    }

    fun write(ctx: Context, payload: String) {
        val body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.toByteArray())
        val sig = Base64.getUrlEncoder().withoutPadding().encodeToString(mac().doFinal(body.toByteArray()))
        // safe: session-cookie-insecure
        ctx.cookie(Cookie(NAME, "$body.$sig", maxAge = 4 * 3600, secure = true, isHttpOnly = true, sameSite = SameSite.LAX))
    }

    fun read(ctx: Context): String? {
        val raw = ctx.cookie(NAME) ?: return null
        val (body, sig) = raw.split('.', limit = 2).takeIf { it.size == 2 } ?: return null
        val expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac().doFinal(body.toByteArray()))
        if (!java.security.MessageDigest.isEqual(expected.toByteArray(), sig.toByteArray())) return null
        return String(Base64.getUrlDecoder().decode(body))
    }
}

fun sessionHandler(): SessionHandler = SessionHandler().apply {
    // expect: session-no-expiry
    maxInactiveInterval = -1
    // expect: session-cookie-insecure
    setHttpOnly(false)
    sessionCookie = "SHOPSESSION"
}

fun main() {
    val users = UserService.fromEnv()
    val app = Javalin.create { config ->
        config.jetty.sessionHandler { sessionHandler() }
        config.staticFiles.add("/public")
    }

    app.post("/login") { ctx ->
        val user = users.verify(ctx.formParam("email"), ctx.formParam("password"))
            ?: throw UnauthorizedResponse()
        // expect: session-fixation
        ctx.sessionAttribute("userId", user.id)
        ctx.redirect("/account")
    }

    app.get("/sso/return") { ctx ->
        val user = users.fromSsoAssertion(ctx.queryParam("assertion")) ?: throw UnauthorizedResponse()
        ctx.req().getSession(true)
        ctx.req().changeSessionId()
        // safe: session-fixation
        ctx.sessionAttribute("userId", user.id)
        ctx.redirect("/account")
    }

    app.post("/api/logout") { ctx ->
        // expect: jwt-no-revocation
        ctx.removeCookie("jwt", "/api")
        ctx.status(204)
    }

    app.post("/logout") { ctx ->
        // safe: jwt-no-revocation
        ctx.req().session.invalidate()
        ctx.redirect("/")
    }

    app.start(7070)
}
