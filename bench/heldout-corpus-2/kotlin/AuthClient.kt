package com.acme.tickets.web

import kotlinx.browser.localStorage
import kotlinx.browser.sessionStorage
import kotlinx.browser.window
import kotlinx.coroutines.await
import kotlinx.serialization.Serializable
import kotlinx.serialization.decodeFromString
import kotlinx.serialization.json.Json
import org.w3c.dom.get
import org.w3c.dom.set
import org.w3c.fetch.INCLUDE
import org.w3c.fetch.RequestCredentials
import org.w3c.fetch.RequestInit
import org.w3c.fetch.Response
import kotlin.js.json

@Serializable
data class LoginResult(val accessToken: String, val refreshToken: String, val expiresIn: Int)

private const val TOKEN_KEY = "jwt"

class AuthClient(private val baseUrl: String) {

    private val json = Json { ignoreUnknownKeys = true }

    suspend fun login(email: String, password: String): Boolean {
        val response: Response = window.fetch(
            "$baseUrl/api/token",
            RequestInit(
                method = "POST",
                headers = json("Content-Type" to "application/json"),
                body = JSON.stringify(json("email" to email, "password" to password)),
                credentials = RequestCredentials.INCLUDE,
            ),
        ).await()
        if (!response.ok) return false

        val result = json.decodeFromString<LoginResult>(response.text().await())
        // expect: jwt-in-browser-storage
        localStorage.setItem(TOKEN_KEY, result.accessToken)
        // expect: jwt-in-browser-storage
        sessionStorage.setItem("refresh_token", result.refreshToken)
        return true
    }

    fun rememberPreferences(theme: String, language: String) {
        // safe: jwt-in-browser-storage
        localStorage.setItem("theme", theme)
        // safe: jwt-in-browser-storage
        localStorage["lang"] = language
    }

    fun authHeader(): String? = localStorage[TOKEN_KEY]?.let { "Bearer $it" }
}

/** Widget embedded on partner pages: keeps its token only for the lifetime of the page. */
class WidgetSession {
    private var bearer: String? = null

    fun onToken(token: String) {
        // safe: jwt-in-browser-storage
        bearer = token
    }

    fun onLegacyToken(token: String) {
        // expect: jwt-in-browser-storage
        window.localStorage["authToken"] = token
    }

    fun header(): String? = bearer?.let { "Bearer $it" }
}
