package app.users

class UserService(private val users: UserRepository, private val hasher: PasswordHasher) {

    fun changePassword(id: Long, current: String, next: String) {
        val user = users.find(id) ?: throw NotFound()
        require(hasher.matches(current, user.passwordHash))
        // ruleid: kotlin-password-change-keeps-tokens
        user.passwordHash = hasher.hash(next)
        users.save(user)
    }

    suspend fun resetPassword(email: String, next: String) {
        // ruleid: kotlin-password-change-keeps-tokens
        users.updatePassword(email, hasher.hash(next))
    }

    fun updatePassword(id: Long, next: String) {
        val user = users.find(id) ?: return
        // ok: kotlin-password-change-keeps-tokens
        user.password = hasher.hash(next)
        user.tokenVersion += 1
        users.save(user)
    }

    fun changePasswordEverywhere(id: Long, next: String) {
        // ok: kotlin-password-change-keeps-tokens
        users.updatePassword(id, hasher.hash(next))
        refreshTokens.deleteAllFor(id)
    }

    fun register(name: String, password: String): User {
        val user = User(name)
        // ok: kotlin-password-change-keeps-tokens
        user.password = hasher.hash(password)
        return users.save(user)
    }
}
