package app.shop.account

import at.favre.lib.crypto.bcrypt.BCrypt
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import java.util.Date

object TokenSettings {
    fun issuerFor(env: ApplicationEnvironment): String =
        // safe: jwt-weak-secret
        env.config.propertyOrNull("jwt.issuer")?.getString() ?: "shop-api"

    fun algorithm(): Algorithm {
        // expect: jwt-weak-secret
        val secret = System.getenv("SHOP_JWT_SECRET") ?: "shop-local-dev-secret"
        return Algorithm.HMAC256(secret)
    }

    fun strictAlgorithm(): Algorithm {
        // safe: jwt-weak-secret
        val secret = System.getenv("SHOP_JWT_SECRET") ?: error("SHOP_JWT_SECRET is not set")
        return Algorithm.HMAC256(secret)
    }
}

class AccountService(private val users: UserDao, private val refreshTokens: RefreshTokenDao) {

    fun issue(user: UserRecord): String = JWT.create()
        .withSubject(user.id.toString())
        .withExpiresAt(Date(System.currentTimeMillis() + 10 * 60 * 1000))
        .sign(TokenSettings.strictAlgorithm())

    suspend fun changePassword(userId: Long, oldPassword: String, newPassword: String): Boolean = dbQuery {
        val user = users.find(userId) ?: return@dbQuery false
        if (!BCrypt.verifyer().verify(oldPassword.toCharArray(), user.password).verified) return@dbQuery false
        // expect: jwt-no-revocation
        user.password = BCrypt.withDefaults().hashToString(12, newPassword.toCharArray())
        true
    }

    suspend fun resetPassword(userId: Long, newPassword: String) = dbQuery {
        val user = users.find(userId) ?: return@dbQuery
        // safe: jwt-no-revocation
        user.password = BCrypt.withDefaults().hashToString(12, newPassword.toCharArray())
        user.tokenVersion = user.tokenVersion + 1
        refreshTokens.deleteAllForUser(userId)
    }

    suspend fun register(email: String, password: String): UserRecord = dbQuery {
        val user = users.newRecord(email)
        // safe: jwt-no-revocation
        user.password = BCrypt.withDefaults().hashToString(12, password.toCharArray())
        user
    }
}

class LegacyPartnerTokens(private val partnerSecret: String) {
    private val legacyParser = Jwts.parserBuilder().setSigningKey(Keys.hmacShaKeyFor(partnerSecret.toByteArray())).build()

    fun partnerId(token: String): String {
        // expect: jwt-none-algorithm, jwt-signature-not-verified
        val claims = legacyParser.parse(token).body as io.jsonwebtoken.Claims
        return claims.subject
    }

    // safe: jwt-none-algorithm
    fun partnerIdSigned(token: String): String = legacyParser.parseClaimsJws(token).body.subject
}
