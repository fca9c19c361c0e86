package com.example.forum.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class JwtUtil {

    private static final String SECRET = "forum-secret";
    private static final String ISSUER = "forum-auth";
    // expect: jwt-weak-secret
    private final Algorithm algorithm = Algorithm.HMAC256(SECRET);

    public String createToken(ForumUser user) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(user.getUsername())
                .withClaim("role", user.getRole().name())
                // expect: jwt-long-lived
                .withExpiresAt(Date.from(Instant.now().plus(Duration.ofDays(30))))
                .sign(algorithm);
    }

    public String createProfileToken(ForumUser user) {
        // expect: jwt-sensitive-payload
        return JWT.create()
                .withSubject(user.getUsername())
                .withClaim("email", user.getEmail())
                .withClaim("dateOfBirth", user.getBirthday().toString())
                .withExpiresAt(Instant.now().plusSeconds(600))
                .sign(algorithm);
    }

    public String createEmbedToken(String threadId) {
        // expect: jwt-long-lived
        return JWT.create().withSubject(threadId).withIssuer(ISSUER).sign(algorithm);
    }

    public String createUnsignedPreviewToken(String threadId) {
        // expect: jwt-none-algorithm
        return JWT.create().withSubject(threadId).withExpiresAt(Instant.now().plusSeconds(300)).sign(Algorithm.none());
    }

    public String usernameFromHeader(String authorizationHeader) {
        String token = authorizationHeader.replace("Bearer ", "");
        // expect: jwt-signature-not-verified
        DecodedJWT decoded = JWT.decode(token);
        return decoded.getSubject();
    }

    public boolean isModerator(String token) {
        // expect: jwt-signature-not-verified
        String role = JWT.decode(token).getClaim("role").asString();
        return "MODERATOR".equals(role);
    }

    public Optional<DecodedJWT> verify(String token) {
        // expect: jwt-claims-not-validated
        JWTVerifier verifier = JWT.require(algorithm).build();
        try {
            return Optional.of(verifier.verify(token));
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    public DecodedJWT verifyLenient(String token) {
        // expect: jwt-claims-not-validated
        return JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withAudience("forum-web")
                .acceptExpiresAt(60L * 60 * 24 * 7)
                .build()
                .verify(token);
    }

    public DecodedJWT verifyLegacyNone(String token) {
        // expect: jwt-none-algorithm
        Algorithm none = Algorithm.none();
        return JWT.require(none).withIssuer(ISSUER).withAudience("forum-web").build().verify(token);
    }
}
