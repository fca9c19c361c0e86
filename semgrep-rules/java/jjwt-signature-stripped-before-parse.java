import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;

public class TokenClaimsReader {
    public String subject(String token) {
        String withoutSignature = token.substring(0, token.lastIndexOf('.') + 1);
        // ruleid: jjwt-signature-stripped-before-parse
        Claims claims = Jwts.parser().parseClaimsJwt(withoutSignature).getBody();
        return claims.getSubject();
    }

    public String inline(String token) {
        // ruleid: jjwt-signature-stripped-before-parse
        return Jwts.parserBuilder().build().parseClaimsJwt(token.substring(0, token.lastIndexOf(".") + 1)).getBody().getSubject();
    }

    public String verified(String token, javax.crypto.SecretKey key) {
        // ok: jjwt-signature-stripped-before-parse
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
    }
}
