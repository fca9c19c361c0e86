package com.example.iot.tokens;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.SigningKeyResolverAdapter;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import javax.crypto.SecretKey;

public class DeviceTokenCodec {

    private final Map<String, Key> deviceKeys;
    private final SecretKey platformKey;

    public DeviceTokenCodec(Map<String, Key> deviceKeys, SecretKey platformKey) {
        this.deviceKeys = deviceKeys;
        this.platformKey = platformKey;
    }

    public Claims readTelemetryToken(String token) {
        // expect: jwt-none-algorithm
        Jwt<Header, Claims> jwt = Jwts.parser().parseClaimsJwt(token);
        return jwt.getBody();
    }

    public String readFirmwareManifest(String token) {
        // expect: jwt-none-algorithm
        return Jwts.parser().unsecured().unsecuredDecompression().build().parseUnsecuredContent(token).getPayload().toString();
    }

    public String issueProvisioningToken(String deviceId) {
        // expect: jwt-none-algorithm
        return Jwts.builder()
                .setSubject(deviceId)
                .setExpiration(Date.from(Instant.now().plus(5, ChronoUnit.MINUTES)))
                .signWith(SignatureAlgorithm.NONE, platformKey)
                .compact();
    }

    public Claims readDeviceToken(String token) {
        // expect: jwt-signature-not-verified, jwt-none-algorithm
        Jwt<?, ?> parsed = Jwts.parser()
                .setSigningKeyResolver(new SigningKeyResolverAdapter() {
                    @Override
                    public Key resolveSigningKey(io.jsonwebtoken.JwsHeader header, Claims claims) {
                        return deviceKeys.get(header.getKeyId());
                    }
                })
                .parse(token);
        return (Claims) parsed.getBody();
    }

    public Claims verifyDeviceToken(String token) {
        // safe: jwt-none-algorithm, jwt-signature-not-verified
        Jws<Claims> jws = Jwts.parser()
                .setSigningKeyResolver(new SigningKeyResolverAdapter() {
                    @Override
                    public Key resolveSigningKey(io.jsonwebtoken.JwsHeader header, Claims claims) {
                        return deviceKeys.get(header.getKeyId());
                    }
                })
                .requireIssuer("iot-platform")
                .requireAudience("ingest")
                .parseClaimsJws(token);
        return jws.getBody();
    }

    public String issuePlatformToken(String deviceId) {
        // safe: jwt-none-algorithm, jwt-long-lived
        return Jwts.builder()
                .subject(deviceId)
                .issuer("iot-platform")
                .expiration(Date.from(Instant.now().plus(15, ChronoUnit.MINUTES)))
                .signWith(platformKey, Jwts.SIG.HS256)
                .compact();
    }

    public String issueBootstrapToken(String deviceId) {
        // expect: jwt-weak-secret, jwt-long-lived
        return Jwts.builder().subject(deviceId).expiration(Date.from(Instant.now().plus(2, ChronoUnit.HOURS)))
                .signWith(Keys.hmacShaKeyFor("iot-bootstrap-key-iot-bootstrap-key-1234".getBytes())).compact();
    }

    public Claims verifyPlatformToken(String token) {
        // safe: jwt-none-algorithm, jwt-claims-not-validated
        return Jwts.parser().verifyWith(platformKey).requireIssuer("iot-platform").requireAudience("ingest")
                .build().parseSignedClaims(token).getPayload();
    }

    public Claims verifyLegacyGateway(String token) {
        // expect: jwt-claims-not-validated
        return Jwts.parserBuilder().setSigningKey(platformKey).setAllowedClockSkewSeconds(3600).requireIssuer("gw")
                .build().parseClaimsJws(token).getBody();
    }
}
