package com.example.auth;

import org.json.JSONObject;

public class AlgFromHeader {
    static final String ALG_HEADER = "alg";

    boolean confused(String token, java.security.Key key, JSONObject header) throws Exception {
        String alg = header.getString(ALG_HEADER);
        // ruleid: java-custom-jwt-validator-alg-from-header
        return this.verifySignature(token, key, alg);
    }

    boolean literalName(String token, java.security.Key key, JSONObject header) throws Exception {
        String algorithm = header.optString("alg", "HS256");
        // ruleid: java-custom-jwt-validator-alg-from-header
        return validateWith(token, key, algorithm);
    }

    boolean pinned(String token, java.security.Key key, JSONObject header) throws Exception {
        String alg = header.getString(ALG_HEADER);
        if (!"RS256".equals(alg)) {
            return false;
        }
        // ok: java-custom-jwt-validator-alg-from-header
        return this.verifySignature(token, key, "RS256");
    }

    void log(JSONObject header) {
        String alg = header.getString(ALG_HEADER);
        // ok: java-custom-jwt-validator-alg-from-header
        System.out.println(alg);
    }
}

class AlgChecked {
    boolean checked(String token, java.security.Key key, JSONObject header) throws Exception {
        String alg = header.getString("alg");
        if (!"RS256".equals(alg)) {
            throw new SecurityException("unexpected alg " + alg);
        }
        // ok: java-custom-jwt-validator-alg-from-header
        return verifySignature(token, key, alg);
    }
}
