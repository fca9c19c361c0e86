import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;

// A private_key_jwt client assertion for the provider's token endpoint; it is no access token.
public class ClientAssertionFactory {
    public JWTClaimsSet clientAssertion(String clientId, String tokenEndpoint) {
        return new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenEndpoint)
                // ok: nimbus-long-lived-token
                .expirationTime(new Date(System.currentTimeMillis() + 12L * 60 * 60 * 1000))
                .build();
    }

    public String formParam() { return "client_assertion"; }
}
