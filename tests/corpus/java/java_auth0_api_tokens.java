package com.example.kiosk.api;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.web.servlet.HandlerInterceptor;

public class KioskTokenInterceptor implements HandlerInterceptor {

    // expect: jwt-weak-secret
    private static final Algorithm KIOSK_ALG = Algorithm.HMAC256("kiosk-2020!".getBytes(StandardCharsets.UTF_8));

    private final JWTVerifier strictVerifier;

    public KioskTokenInterceptor(String issuer) {
        // safe: jwt-claims-not-validated, jwt-weak-secret
        this.strictVerifier = JWT.require(Algorithm.HMAC256(System.getenv("KIOSK_JWT_SECRET")))
                .withIssuer(issuer)
                .withAudience("kiosk")
                .build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String auth = request.getHeader("Authorization");
        if (auth == null) {
            response.setStatus(401);
            return false;
        }
        // expect: jwt-signature-not-verified
        DecodedJWT token = JWT.decode(auth.substring(7));
        if (!"kiosk".equals(token.getClaim("device_type").asString())) {
            response.setStatus(403);
            return false;
        }
        request.setAttribute("kioskId", token.getSubject());
        return true;
    }

    public DecodedJWT verifyStrict(String raw) {
        // safe: jwt-signature-not-verified
        return strictVerifier.verify(raw);
    }

    public String issueDeviceToken(String kioskId) {
        // expect: jwt-long-lived
        return JWT.create()
                .withSubject(kioskId)
                .withIssuedAt(new Date())
                .withExpiresAt(new Date(System.currentTimeMillis() + 24 * 60 * 60 * 1000))
                .sign(KIOSK_ALG);
    }

    public String issueSessionToken(String kioskId) {
        // safe: jwt-long-lived
        return JWT.create()
                .withSubject(kioskId)
                .withExpiresAt(Instant.now().plus(15, ChronoUnit.MINUTES))
                .sign(KIOSK_ALG);
    }

    public DecodedJWT verifyDevice(String raw) {
        // expect: jwt-claims-not-validated
        JWTVerifier verifier = JWT.require(KIOSK_ALG).acceptLeeway(1).build();
        return verifier.verify(raw);
    }

    public DecodedJWT verifyAnything(String raw) {
        // expect: jwt-none-algorithm
        return JWT.require(Algorithm.none()).build().verify(raw);
    }
}
