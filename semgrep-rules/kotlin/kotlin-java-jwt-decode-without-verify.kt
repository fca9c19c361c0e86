import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm

class SessionResolver(private val users: UserRepository, private val secret: String) {
    fun currentUser(cookie: String): User? {
        // ruleid: kotlin-java-jwt-decode-without-verify
        val id = JWT.decode(cookie).getClaim("id").asInt()
        return users.findById(id)
    }

    fun fromHeader(header: String): User? {
        val token = header.removePrefix("Bearer ")
        // ruleid: kotlin-java-jwt-decode-without-verify
        val decoded = JWT.decode(token)
        return users.findByEmail(decoded.subject)
    }

    fun verified(token: String): User? {
        // ok: kotlin-java-jwt-decode-without-verify
        val kid = JWT.decode(token).keyId
        val verifier = JWT.require(Algorithm.HMAC256(secret)).withIssuer("api").build()
        val jwt = verifier.verify(token)
        return users.findById(jwt.getClaim("id").asInt())
    }

    fun checked(token: String): String? {
        // ok: kotlin-java-jwt-decode-without-verify
        val decoded = JWT.decode(token)
        return try {
            JWT.require(Algorithm.HMAC256(secret)).build().verify(decoded)
            decoded.subject
        } catch (e: Exception) {
            null
        }
    }
}

class OutboundTokenCache {
    var cached: String? = null

    fun fresh(): String? {
        cached?.let { held ->
            // ok: kotlin-java-jwt-decode-without-verify
            val decoded = JWT.decode(held)
            if (decoded.expiresAt.toInstant().isAfter(java.time.Instant.now().plusSeconds(300))) {
                return held
            }
        }
        return null
    }
}
