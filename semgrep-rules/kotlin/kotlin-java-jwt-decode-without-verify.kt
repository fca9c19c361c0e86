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

// The unverified decode only selects the issuer's key; the verifier built from it checks the token.
internal fun bearerTokenVerifier(providersByIssuer: Map<String, AuthProvider>, blob: String): JWTVerifier =
    try {
        // ok: kotlin-java-jwt-decode-without-verify
        val jwt = JWT.decode(blob)
        val provider = providersByIssuer[jwt.issuer] ?: throw IllegalArgumentException("unknown issuer")
        val algorithm = provider.jwkProvider.get(jwt.keyId).makeAlgorithm()
        DelegatingJWTVerifier(
            JWT
                .require(algorithm)
                .withIssuer(provider.issuer)
                .build(),
        )
    } catch (e: Exception) {
        throw e
    }

// A verifier built in another function does not cover this one.
fun requireVerifier(algorithm: Algorithm): JWTVerifier = JWT.require(algorithm).build()

fun userFromToken(token: String): String {
    // ruleid: kotlin-java-jwt-decode-without-verify
    val jwt = JWT.decode(token)
    return jwt.subject
}

fun laterVerifier(algorithm: Algorithm): JWTVerifier = JWT.require(algorithm).build()

// the id_token of the provider's token-endpoint response (code flow, back channel)
fun oidcUser(tokenResponse: OidcTokens): String {
    // ok: kotlin-java-jwt-decode-without-verify
    val idToken = JWT.decode(tokenResponse.idToken)
    return idToken.subject
}

// an id_token the client posted
fun googleUser(body: GoogleLogin): String {
    // ruleid: kotlin-java-jwt-decode-without-verify
    val idToken = JWT.decode(body.idToken)
    return idToken.subject
}

// a top-level verifier declared after the route is not a check of this decode
fun Application.profileRoutes() {
    routing {
        get("/me") {
            val token = call.request.headers["Authorization"]!!.removePrefix("Bearer ")
            // ruleid: kotlin-java-jwt-decode-without-verify
            val decoded = JWT.decode(token)
            call.respond(decoded.getClaim("userId").asString())
        }
    }
}

val adminVerifier = JWT.require(Algorithm.HMAC256(System.getenv("JWT_SECRET"))).withIssuer("api").build()
