package auth

import (
	"context"
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/golang-jwt/jwt/v5"
)

// KeySet holds the identity provider's RSA keys, refreshed from its JWKS endpoint.
type KeySet struct {
	mu      sync.RWMutex
	keys    map[string]*rsa.PublicKey
	refresh func(ctx context.Context) (map[string]*rsa.PublicKey, error)
}

type Verifier struct {
	keys     *KeySet
	issuer   string
	audience string
}

func NewVerifier(keys *KeySet, issuer, audience string) *Verifier {
	return &Verifier{keys: keys, issuer: issuer, audience: audience}
}

func (ks *KeySet) lookup(ctx context.Context, kid string) (*rsa.PublicKey, error) {
	ks.mu.RLock()
	k, ok := ks.keys[kid]
	ks.mu.RUnlock()
	if ok {
		return k, nil
	}
	fresh, err := ks.refresh(ctx)
	if err != nil {
		return nil, err
	}
	ks.mu.Lock()
	ks.keys = fresh
	ks.mu.Unlock()
	if k, ok = fresh[kid]; !ok {
		return nil, fmt.Errorf("unknown kid %q", kid)
	}
	return k, nil
}

// Verify reads the kid from the unverified header to pick the key, then verifies properly.
func (v *Verifier) Verify(ctx context.Context, raw string) (*jwt.RegisteredClaims, error) {
	// safe: jwt-signature-not-verified
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, &jwt.RegisteredClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	key, err := v.keys.lookup(ctx, kid)
	if err != nil {
		return nil, err
	}

	claims := &jwt.RegisteredClaims{}
	// safe: jwt-none-algorithm
	// safe: jwt-claims-not-validated
	_, err = jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return key, nil },
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(v.issuer),
		jwt.WithAudience(v.audience),
		jwt.WithExpirationRequired(),
	)
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// IsSupportAgent is a shortcut used by the support console routes.
func IsSupportAgent(r *http.Request) bool {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// expect: jwt-signature-not-verified
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return false
	}
	groups, _ := claims["groups"].([]interface{})
	for _, g := range groups {
		if g == "support" {
			return true
		}
	}
	return false
}

// VerifyPartner accepts tokens from partners that sign with either a shared secret or RSA.
func (v *Verifier) VerifyPartner(raw string, secret []byte, pub *rsa.PublicKey) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); ok {
			return secret, nil
		}
		return pub, nil
	},
		// expect: jwt-none-algorithm
		jwt.WithValidMethods([]string{"RS256", "HS256"}),
		jwt.WithIssuer(v.issuer),
		jwt.WithAudience(v.audience),
	)
	if err != nil {
		return nil, errors.New("partner token rejected")
	}
	return claims, nil
}
