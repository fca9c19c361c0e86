package app.auth

import com.auth0.jwt.JWT

// a file with JWT code: kotlin's JWT rules read it, not this one
class AuthService(private val users: UserRepository) {
    fun changePassword(id: Long, next: String) {
        // ok: kotlin-password-change-keeps-tokens
        users.updatePassword(id, next)
    }

    fun issue(id: Long): String = JWT.create().withSubject(id.toString()).sign(algorithm)
}
