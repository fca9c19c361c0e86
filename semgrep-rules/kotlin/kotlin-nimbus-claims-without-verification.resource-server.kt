package x

import com.nimbusds.jwt.JWTParser
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken

fun issuer(): String {
  val auth = SecurityContextHolder.getContext().authentication as JwtAuthenticationToken
  // ok: kotlin-nimbus-claims-without-verification
  return JWTParser.parse(auth.token.tokenValue).jwtClaimsSet.issuer
}
