package legacy

import (
	"crypto/rsa"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// Tokens from the old monolith are HS256, tokens from the new identity service
// are RS256; both are still accepted during the migration.
type Keys struct {
	HMAC   []byte
	Public *rsa.PublicKey
}

func LoadKeys() (*Keys, error) {
	pemBytes, err := os.ReadFile(os.Getenv("IDENTITY_PUBLIC_KEY_PATH"))
	if err != nil {
		return nil, err
	}
	pub, err := jwt.ParseRSAPublicKeyFromPEM(pemBytes)
	if err != nil {
		return nil, err
	}
	// safe: jwt-weak-secret
	return &Keys{HMAC: []byte(os.Getenv("MONOLITH_JWT_SECRET")), Public: pub}, nil
}

func (k *Keys) Parse(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// expect: jwt-none-algorithm
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if t.Header["alg"] == "RS256" {
			return k.Public, nil
		}
		return k.HMAC, nil
	})
	return claims, err
}

// ParseArchived reads tokens attached to archived audit events; they are long
// expired, so only the signature matters here.
func (k *Keys) ParseArchived(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	p := jwt.NewParser(
		jwt.WithValidMethods([]string{"RS256"}),
		// expect: jwt-claims-not-validated
		jwt.WithoutClaimsValidation(),
	)
	_, err := p.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return k.Public, nil
	})
	return claims, err
}

// ServiceToken is attached to calls between the batch workers and the
// monolith inside the cluster network.
func ServiceToken(worker string) (string, error) {
	claims := jwt.MapClaims{"sub": worker, "iat": time.Now().Unix()}
	// expect: jwt-none-algorithm, jwt-long-lived
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims)
	s, err := tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		return "", fmt.Errorf("service token: %w", err)
	}
	return s, nil
}

// WebhookToken signs the callback we send to the billing provider.
func WebhookToken(event string) (string, error) {
	claims := jwt.MapClaims{"evt": event, "exp": time.Now().Add(5 * time.Minute).Unix()}
	// expect: jwt-weak-secret
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("whsec-legacy"))
}
