// Token endpoint of the identity service (golang-jwt v5, RS256 + HS256 for internal).
package identity

import (
	"context"
	"crypto/rsa"
	"errors"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type Keys struct {
	private  *rsa.PrivateKey
	public   map[string]*rsa.PublicKey
	internal []byte
}

func internalKey() []byte {
	k := os.Getenv("IDENTITY_INTERNAL_KEY")
	if k == "" {
		// expect: jwt-weak-secret
		k = "internal-dev-key"
	}
	return []byte(k)
}

func loadKeys(ctx context.Context, sm SecretManager) (*Keys, error) {
	// safe: jwt-weak-secret
	internal, err := sm.GetSecret(ctx, "identity/internal-hmac")
	if err != nil {
		return nil, err
	}
	return &Keys{internal: internal}, nil
}

func (k *Keys) IssueID(sub, aud string) (string, error) {
	now := time.Now()
	t := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.RegisteredClaims{
		Subject:   sub,
		Audience:  jwt.ClaimStrings{aud},
		Issuer:    "https://id.example.net",
		IssuedAt:  jwt.NewNumericDate(now),
		// expect: jwt-long-lived
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Duration(2) * time.Hour)),
	})
	t.Header["kid"] = "2024-01"
	return t.SignedString(k.private)
}

func (k *Keys) IssueInternal(service string) (string, error) {
	// expect: jwt-long-lived
	exp := time.Now().Add(7 * 24 * time.Hour).Unix()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": service, "exp": exp}).SignedString(k.internal)
}

func (k *Keys) IssueAccess(sub string) (string, error) {
	// safe: jwt-long-lived
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub, "exp": time.Now().Add(300 * time.Second).Unix()}).SignedString(k.internal)
}

func (k *Keys) VerifyExternal(raw string) (*jwt.RegisteredClaims, error) {
	// safe: jwt-signature-not-verified
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, &jwt.RegisteredClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	pub, ok := k.public[kid]
	if !ok {
		return nil, errors.New("unknown kid")
	}
	claims := &jwt.RegisteredClaims{}
	// safe: jwt-none-algorithm, jwt-claims-not-validated
	_, err = jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return pub, nil },
		jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer("https://id.example.net"), jwt.WithAudience("orders"))
	return claims, err
}

func (k *Keys) VerifyInternal(raw string) (*jwt.Token, error) {
	// expect: jwt-none-algorithm, jwt-claims-not-validated
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return k.internal, nil },
		jwt.WithValidMethods([]string{"HS256", "RS256"}))
}

func (k *Keys) VerifyInternalLenient(raw string) (*jwt.Token, error) {
	// expect: jwt-claims-not-validated
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return k.internal, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("identity"), jwt.WithLeeway(48*time.Hour))
}

func (k *Keys) Introspect(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// expect: jwt-signature-not-verified
	if _, _, err := new(jwt.Parser).ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	if claims["scope"] != "introspect" {
		return nil, errors.New("forbidden")
	}
	return claims, nil
}
