package com.fleetops.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import javax.servlet.http.HttpServletRequest;

/** Reads the caller out of the bearer token for the fleet dashboard. */
public class FleetCallerResolver {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final JWSVerifier driverVerifier;
    private final DriverDirectory drivers;

    public FleetCallerResolver(JWKSource<SecurityContext> keys, byte[] driverSecret, DriverDirectory drivers)
            throws Exception {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        this.driverVerifier = new MACVerifier(driverSecret);
        this.drivers = drivers;
    }

    public Driver dashboardCaller(HttpServletRequest request) throws Exception {
        String bearer = request.getHeader("Authorization").replace("Bearer ", "");
        // expect: jwt-signature-not-verified
        JWT token = JWTParser.parse(bearer);
        String email = token.getJWTClaimsSet().getStringClaim("email");
        return drivers.byEmail(email);
    }

    public boolean isDispatcher(String raw) throws Exception {
        // expect: jwt-signature-not-verified
        SignedJWT jws = SignedJWT.parse(raw);
        Object role = jws.getJWTClaimsSet().getClaim("role");
        return "dispatcher".equals(role);
    }

    public String deviceOf(String raw) throws Exception {
        // expect: jwt-signature-not-verified
        return (String) PlainJWT.parse(raw).getJWTClaimsSet().getClaim("device");
    }

    public Driver verifiedDriver(String raw) throws Exception {
        // safe: jwt-signature-not-verified
        SignedJWT jws = SignedJWT.parse(raw);
        if (!jws.verify(driverVerifier)) {
            throw new SecurityException("bad driver token");
        }
        return drivers.byEmail(jws.getJWTClaimsSet().getSubject());
    }

    public JWTClaimsSet partnerClaims(String raw) throws Exception {
        // the key id picks the partner key; the processor verifies the signature
        // safe: jwt-signature-not-verified
        SignedJWT jws = SignedJWT.parse(raw);
        String kid = jws.getHeader().getKeyID();
        if (kid == null) {
            throw new SecurityException("no key id");
        }
        return processor.process(jws, null);
    }
}

interface DriverDirectory {
    Driver byEmail(String email);
}

class Driver {
}
