package idp

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// KeySet is refreshed in the background from https://<tenant>.auth0.com/.well-known/jwks.json.
type KeySet interface {
	Lookup(kid string) (*rsa.PublicKey, bool)
}

type Verifier struct {
	Keys     KeySet
	Issuer   string
	Audience string
}

type IdentityClaims struct {
	Email       string   `json:"email"`
	Permissions []string `json:"permissions"`
	jwt.RegisteredClaims
}

// keyFor reads the kid from the header (unverified) only to pick the key.
func (v *Verifier) keyFor(raw string) (*rsa.PublicKey, error) {
	// safe: jwt-signature-not-verified
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	key, ok := v.Keys.Lookup(kid)
	if !ok {
		return nil, fmt.Errorf("unknown kid %q", kid)
	}
	return key, nil
}

// VerifyAccessToken checks tokens minted by the Auth0 tenant for the mobile app.
func (v *Verifier) VerifyAccessToken(raw string) (*IdentityClaims, error) {
	key, err := v.keyFor(raw)
	if err != nil {
		return nil, err
	}
	claims := &IdentityClaims{}
	// safe: jwt-none-algorithm
	// expect: jwt-claims-not-validated
	_, err = jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
		return key, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyIDToken is used by the web login flow.
func (v *Verifier) VerifyIDToken(raw string) (*IdentityClaims, error) {
	key, err := v.keyFor(raw)
	if err != nil {
		return nil, err
	}
	claims := &IdentityClaims{}
	// safe: jwt-claims-not-validated, jwt-none-algorithm
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(v.Issuer),
		jwt.WithAudience(v.Audience),
		jwt.WithExpirationRequired(),
	)
	if err != nil || !tok.Valid {
		return nil, errors.New("invalid id token")
	}
	return claims, nil
}

// AdminOnly is mounted in front of the support console.
func AdminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := &IdentityClaims{}
		// expect: jwt-signature-not-verified
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		for _, p := range claims.Permissions {
			if p == "admin:console" {
				next.ServeHTTP(w, r)
				return
			}
		}
		http.Error(w, "forbidden", http.StatusForbidden)
	})
}
