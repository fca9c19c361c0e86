import com.nimbusds.jwt.JWTClaimsSet
import java.util.Date

// A private_key_jwt client assertion for the provider's token endpoint; it is no access token.
class ClientAssertionFactory {
    fun clientAssertion(clientId: String, tokenEndpoint: String): JWTClaimsSet = JWTClaimsSet.Builder()
        .issuer(clientId)
        .audience(tokenEndpoint)
        // ok: kotlin-nimbus-long-lived-token
        .expirationTime(Date(System.currentTimeMillis() + 12L * 60 * 60 * 1000))
        .build()

    val param = "client_assertion"
}
