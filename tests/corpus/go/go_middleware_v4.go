package middleware

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v4"
)

type ctxKey string

const userKey ctxKey = "user"

type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

type Auth struct {
	publicKey interface{}
	secret    []byte
	parser    *jwt.Parser
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// AdminOnly trusts the role claim without checking the signature.
func (a *Auth) AdminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := &Claims{}
		// expect: jwt-signature-not-verified
		_, _, err := new(jwt.Parser).ParseUnverified(bearer(r), claims)
		if err != nil || claims.Role != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireUser ignores the parse error.
func (a *Auth) RequireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// expect: jwt-signature-not-verified, jwt-none-algorithm, jwt-claims-not-validated
		token, _ := jwt.ParseWithClaims(bearer(r), &Claims{}, func(t *jwt.Token) (interface{}, error) {
			return a.secret, nil
		})
		claims := token.Claims.(*Claims)
		ctx := context.WithValue(r.Context(), userKey, claims.Subject)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// RequireUserStrict validates everything before use.
func (a *Auth) RequireUserStrict(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := &Claims{}
		// safe: jwt-signature-not-verified, jwt-none-algorithm, jwt-claims-not-validated
		token, err := jwt.ParseWithClaims(bearer(r), claims, func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
				return nil, errors.New("unexpected signing method")
			}
			return a.publicKey, nil
		})
		if err != nil || !token.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if !claims.VerifyIssuer("https://id.example.com", true) || !claims.VerifyAudience("billing", true) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, claims.Subject)))
	})
}

// KeyFromKid reads the header only to pick the key, then verifies.
func (a *Auth) KeyFromKid(raw string, keys map[string]interface{}) (*Claims, error) {
	// safe: jwt-signature-not-verified
	unverified, _, err := new(jwt.Parser).ParseUnverified(raw, &Claims{})
	if err != nil {
		return nil, err
	}
	key, ok := keys[unverified.Header["kid"].(string)]
	if !ok {
		return nil, errors.New("unknown key id")
	}
	claims := &Claims{}
	p := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
	if _, err := p.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return key, nil }); err != nil {
		return nil, err
	}
	if !claims.VerifyAudience("billing", true) {
		return nil, errors.New("wrong audience")
	}
	return claims, nil
}

// Lenient is used by the internal batch jobs.
func (a *Auth) Lenient(raw string) (*Claims, error) {
	claims := &Claims{}
	// expect: jwt-claims-not-validated
	p := &jwt.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: true}
	_, err := p.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return a.secret, nil })
	return claims, err
}

// Shared uses a parser configured elsewhere.
func (a *Auth) Shared(raw string) (*jwt.Token, error) {
	// safe: jwt-none-algorithm
	return a.parser.Parse(raw, func(t *jwt.Token) (interface{}, error) { return a.secret, nil })
}
