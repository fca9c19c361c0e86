package com.greenleaf.club.auth;

import io.jsonwebtoken.Jwts;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;

/** Issues tokens for the members app. */
public class MemberTokenIssuer {

    private final SecretKey key;

    public MemberTokenIssuer(SecretKey key) {
        this.key = key;
    }

    public String forMember(MemberEntity member) {
        Map<String, Object> claims = new HashMap<>();
        // safe: jwt-sensitive-payload
        claims.put("memberId", member.getId());
        // expect: jwt-sensitive-payload
        claims.put("member", member);
        return Jwts.builder()
                .setClaims(claims)
                .setExpiration(new Date(System.currentTimeMillis() + 10 * 60 * 1000L))
                .signWith(key)
                .compact();
    }

    public String forKyc(MemberEntity member) {
        return Jwts.builder()
                .setSubject(String.valueOf(member.getId()))
                // expect: jwt-sensitive-payload
                .claim("idCardNo", member.getIdCardNo())
                .setExpiration(new Date(System.currentTimeMillis() + 10 * 60 * 1000L))
                .signWith(key)
                .compact();
    }

    public String forStaff(StaffUserDto staff) {
        // expect: jwt-sensitive-payload
        String token = Jwts.builder().setSubject(staff.getLogin()).claim("staff", staff).setExpiration(new Date(System.currentTimeMillis() + 300_000L)).signWith(key).compact();
        return token;
    }

    public String roleToken(StaffUserDto staff) {
        // safe: jwt-sensitive-payload
        String token = Jwts.builder().setSubject(staff.getLogin()).claim("roles", staff.getRoles()).setExpiration(new Date(System.currentTimeMillis() + 300_000L)).signWith(key).compact();
        return token;
    }
}

class MemberEntity {
    Long getId() { return 1L; }
    String getIdCardNo() { return ""; }
}

class StaffUserDto {
    String getLogin() { return ""; }
    java.util.List<String> getRoles() { return java.util.List.of(); }
}
