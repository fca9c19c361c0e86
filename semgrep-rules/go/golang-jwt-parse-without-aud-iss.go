package auth

import (
	"errors"
	"net/http"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

func kf(t *jwt.Token) (interface{}, error) { return key, nil }

func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: golang-jwt-parse-without-aud-iss
		tok, err := jwt.Parse(r.Header.Get("Authorization"), kf, jwt.WithValidMethods([]string{"RS256"}))
		if err != nil || !tok.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func parseV4(raw string) (*jwtv4.RegisteredClaims, error) {
	c := &jwtv4.RegisteredClaims{}
	p := jwtv4.NewParser(jwtv4.WithValidMethods([]string{"RS256"}))
	// ruleid: golang-jwt-parse-without-aud-iss
	_, err := p.ParseWithClaims(raw, c, func(t *jwtv4.Token) (interface{}, error) { return pub, nil })
	return c, err
}

func parseFull(raw string) (*jwt.Token, error) {
	// ok: golang-jwt-parse-without-aud-iss
	return jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("orders-api"))
}

func parseV4Manual(raw string) (*jwtv4.RegisteredClaims, error) {
	c := &jwtv4.RegisteredClaims{}
	// ok: golang-jwt-parse-without-aud-iss
	if _, err := jwtv4.ParseWithClaims(raw, c, func(t *jwtv4.Token) (interface{}, error) { return pub, nil }); err != nil {
		return nil, err
	}
	if !c.VerifyAudience("orders-api", true) || !c.VerifyIssuer("https://auth.example.com", true) {
		return nil, errors.New("wrong audience or issuer")
	}
	return c, nil
}

func parseOpts(raw string, opts []jwt.ParserOption) (*jwt.Token, error) {
	// ok: golang-jwt-parse-without-aud-iss
	return jwt.Parse(raw, kf, opts...)
}

func jwxLookAlike(raw []byte, key []byte) error {
	// ok: golang-jwt-parse-without-aud-iss
	_, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, key), jwt.WithValidate(true))
	return err
}

// the parser is built from the options the caller hands in
func bearerAuth(key []byte, opts ...jwt.ParserOption) func(http.Handler) http.Handler {
	parser := jwt.NewParser(opts...)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims := jwt.MapClaims{}
			// ok: golang-jwt-parse-without-aud-iss
			if _, err := parser.ParseWithClaims(r.Header.Get("Authorization"), claims, func(*jwt.Token) (interface{}, error) { return key, nil }); err != nil {
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// an HMAC method pinned: the verifier holds the signing secret, so the
// tokens are the app's own
func parseOwnHMAC(raw string, secret string) (*jwt.Token, error) {
	// ok: golang-jwt-parse-without-aud-iss
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return []byte(secret), nil
	})
}

func parseOwnHS256(raw string) (*jwt.Token, error) {
	// ruleid: golang-jwt-parse-without-aud-iss
	return jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"HS256"}))
}

// a keyfunc that returns the secret without pinning the method is still reported
func parseUnpinnedSecret(raw string, secret string) (*jwt.Token, error) {
	// ruleid: golang-jwt-parse-without-aud-iss
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return []byte(secret), nil
	})
}

// an RSA key pinned in the keyfunc: an identity provider's token
func parseIdP(raw string) (*jwt.Token, error) {
	// ruleid: golang-jwt-parse-without-aud-iss
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return pub, nil
	})
}
