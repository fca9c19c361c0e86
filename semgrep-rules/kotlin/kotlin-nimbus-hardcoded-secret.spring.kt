package app.security

import com.nimbusds.jose.jwk.source.ImmutableSecret
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.oauth2.jose.jws.MacAlgorithm
import org.springframework.security.oauth2.jwt.JwtDecoder
import org.springframework.security.oauth2.jwt.JwtEncoder
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder
import javax.crypto.spec.SecretKeySpec

@Configuration
class JwtConfig(
    // ruleid: kotlin-nimbus-hardcoded-secret
    @Value("\${security.jwt.secret:kanban-default-secret-key-at-least-32-bytes}") private val secret: String,
    // ok: kotlin-nimbus-hardcoded-secret
    @Value("\${security.jwt.expiration:3600}") private val expiration: Long,
    // ok: kotlin-nimbus-hardcoded-secret
    @Value("\${security.jwt.issuer-secret}") private val issuerSecret: String,
    // ok: kotlin-nimbus-hardcoded-secret
    @Value("\${app.authorization.apikey.enable:false}") private val apiKeysOn: Boolean,
    // ok: kotlin-nimbus-hardcoded-secret
    @Value("\${server.ssl.key-store:classpath:keystore.p12}") private val keyStore: String,
) {
    private val key = SecretKeySpec(secret.toByteArray(), "HmacSHA256")

    @Bean
    fun jwtDecoder(): JwtDecoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build()

    @Bean
    fun jwtEncoder(): JwtEncoder = NimbusJwtEncoder(ImmutableSecret(key))
}

@Configuration
class JwtKeyConfig {
    // ruleid: kotlin-nimbus-hardcoded-secret
    @Value("\${jwt.signing-key:changeit}")
    lateinit var signingKey: String

    @Bean
    fun decoder(): JwtDecoder = NimbusJwtDecoder.withSecretKey(SecretKeySpec(signingKey.toByteArray(), "HmacSHA256")).build()
}
