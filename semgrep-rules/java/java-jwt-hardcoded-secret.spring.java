package app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

@Configuration
public class JwtConfig {
    // ruleid: java-jwt-hardcoded-secret
    @Value("${security.jwt.secret:spring-default-secret-key-at-least-32-bytes}")
    private String secret;

    // ok: java-jwt-hardcoded-secret
    @Value("${security.jwt.expiration:3600}")
    private long expiration;

    // ok: java-jwt-hardcoded-secret
    @Value("${security.jwt.signing-key}")
    private String signingKey;

    // ok: java-jwt-hardcoded-secret
    @Value("${app.authorization.apikey.enable:false}")
    private boolean apiKeysOn;

    // ok: java-jwt-hardcoded-secret
    @Value("${server.ssl.key-store:classpath:keystore.p12}")
    private String keyStore;

    @Bean
    public JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret.getBytes(), "HmacSHA256")).build();
    }

    @Bean
    public JwtEncoder jwtEncoder() {
        return new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(signingKey.getBytes(), "HmacSHA256")));
    }

    @Bean
    public JwtDecoder legacyDecoder() {
        // ruleid: java-jwt-hardcoded-secret
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec("legacy-hmac-secret-legacy-hmac-secret-0000".getBytes(), "HmacSHA256")).build();
    }

    @Bean
    public JwtDecoder b64Decoder() {
        // ruleid: java-jwt-hardcoded-secret
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(Base64.getDecoder().decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA=="), "HmacSHA256")).build();
    }
}
