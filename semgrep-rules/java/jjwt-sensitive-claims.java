package com.example.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;

public class ClaimsBuilder {
    private final SecretKey key;
    private final ObjectMapper objectMapper = new ObjectMapper();

    public ClaimsBuilder(SecretKey key) { this.key = key; }

    public String build(User user) {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder()
                .subject(user.getId().toString())
                .claim("password", user.getPassword())
                .signWith(key).compact();
    }

    public String byValue(User user) {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder().subject(user.getUsername()).claim("pw", user.getPasswordHash()).signWith(key).compact();
    }

    public String whole(User user) {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder().subject(user.getUsername()).claim("user", user).signWith(key).compact();
    }

    public String mapped(User user) {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder().claims(objectMapper.convertValue(user, Map.class)).signWith(key).compact();
    }

    // a DTO made for the token's claims (id and role only), turned into a map
    public String fromClaimsDto(TokenClaims tokenClaims) {
        // ok: jjwt-sensitive-claims
        return Jwts.builder().claims(objectMapper.convertValue(tokenClaims, Map.class)).signWith(key).compact();
    }

    public String fromClaimsDtoViaLocal(TokenClaims customClaims) {
        // ok: jjwt-sensitive-claims
        Map<String, Object> asMap = objectMapper.convertValue(customClaims, Map.class);
        return Jwts.builder().claims(asMap).signWith(key).compact();
    }

    public String fromEntity(User account) {
        // ruleid: jjwt-sensitive-claims
        Map<String, Object> asMap = objectMapper.convertValue(account, Map.class);
        return Jwts.builder().claims(asMap).signWith(key).compact();
    }

    public String viaMap(User user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("roles", user.getRoles());
        // ruleid: jjwt-sensitive-claims
        claims.put("ssn", user.getSsn());
        return Jwts.builder().setClaims(claims).setSubject(user.getUsername()).signWith(key).compact();
    }

    public String ok(User user) {
        // ok: jjwt-sensitive-claims
        return Jwts.builder().subject(user.getUsername()).claim("roles", user.getRoles()).claim("uid", user.getId())
                .claim("passwordChangedAt", user.getPasswordChangedAt().getEpochSecond()).signWith(key).compact();
    }
}

class MapWhole {
    private final SecretKey key = null;

    String viaMapObject(User user) {
        Map<String, Object> claims = new HashMap<>();
        // ruleid: jjwt-sensitive-claims
        claims.put("account", user);
        return Jwts.builder().setClaims(claims).signWith(key).compact();
    }
}

class MemberTokenFactory {

    String forMember(MemberDto m) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        // ruleid: jjwt-sensitive-claims
        body.put("member", m);
        // ok: jjwt-sensitive-claims
        body.put("memberId", m.getId());
        // ok: jjwt-sensitive-claims
        body.put("api_key_id", m.getApiKeyId());
        return Jwts.builder().setClaims(body).compact();
    }

    String forAccount(SysUser acc) {
        // ruleid: jjwt-sensitive-claims
        String a = Jwts.builder().setSubject(acc.getUsername()).claim("profile", acc).compact();
        // ruleid: jjwt-sensitive-claims
        String b = Jwts.builder().setSubject(acc.getUsername()).claim("idCardNo", acc.getIdCardNo()).compact();
        // ok: jjwt-sensitive-claims
        String c = Jwts.builder().setSubject(acc.getUsername()).claim("roles", acc.getRoles()).compact();
        return a + b + c;
    }
}

class SerializedSubject {
    private com.fasterxml.jackson.databind.ObjectMapper mapper;
    private java.security.Key key;

    String issue(User user) throws Exception {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder().setSubject(mapper.writeValueAsString(user)).signWith(key).compact();
    }

    String idOnly(User user) {
        // ok: jjwt-sensitive-claims
        return Jwts.builder().setSubject(String.valueOf(user.getId())).signWith(key).compact();
    }
}

class NameClaimJava {
    private java.security.Key key;

    String login(String user) {
        Claims claims = Jwts.claims();
        // ok: jjwt-sensitive-claims
        claims.put("user", user);
        // ok: jjwt-sensitive-claims
        return Jwts.builder().setClaims(claims).claim("user", user).signWith(key).compact();
    }
}

class LocalizedClaims {
    private final SecretKey key;

    LocalizedClaims(SecretKey key) { this.key = key; }

    public String senha(Usuario usuario) {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder().subject(usuario.getLogin()).claim("senha", usuario.getSenha()).signWith(key).compact();
    }

    public String upstream(String login, String githubAccessToken) {
        // ruleid: jjwt-sensitive-claims
        return Jwts.builder().subject(login).claim("github_access_token", githubAccessToken).signWith(key).compact();
    }

    public String tokenMeta(String login, String familyId) {
        // ok: jjwt-sensitive-claims
        return Jwts.builder().subject(login).claim("refresh_token_id", familyId).claim("token_type", "access").signWith(key).compact();
    }
}
