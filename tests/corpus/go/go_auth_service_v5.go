// Package auth issues and verifies access tokens for the orders API.
package auth

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// expect: jwt-weak-secret
var hmacSecret = []byte("orders-api-signing-secret")

var prodSecret = []byte(os.Getenv("ORDERS_JWT_SECRET"))

type Service struct {
	issuer   string
	audience string
	secret   []byte
}

func NewService() *Service {
	return &Service{issuer: "https://auth.shop.example", audience: "orders-api", secret: prodSecret}
}

// IssueLegacy is still used by the mobile app v1.
func IssueLegacy(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": userID,
		"iat": time.Now().Unix(),
		// expect: jwt-long-lived
		"exp": time.Now().Add(72 * time.Hour).Unix(),
	})
	return token.SignedString(hmacSecret)
}

// Issue creates a short-lived access token.
func (s *Service) Issue(userID string, roles []string) (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"sub":   userID,
		"roles": roles,
		"iss":   s.issuer,
		"aud":   s.audience,
		"iat":   now.Unix(),
		// safe: jwt-long-lived
		"exp": now.Add(15 * time.Minute).Unix(),
	}
	// safe: jwt-weak-secret
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
}

// VerifyLegacy accepts tokens from IssueLegacy.
func VerifyLegacy(raw string) (jwt.MapClaims, error) {
	// expect: jwt-none-algorithm, jwt-claims-not-validated
	token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return hmacSecret, nil
	})
	if err != nil {
		return nil, err
	}
	return token.Claims.(jwt.MapClaims), nil
}

// Verify checks signature, algorithm, issuer, audience and expiry.
func (s *Service) Verify(raw string) (jwt.MapClaims, error) {
	// safe: jwt-none-algorithm, jwt-claims-not-validated
	token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return s.secret, nil
	},
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(s.issuer),
		jwt.WithAudience(s.audience),
		jwt.WithExpirationRequired(),
	)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	claims, ok := token.Claims.(jwt.MapClaims)
	if !ok || !token.Valid {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}

// VerifyAsserted is used by the admin UI; it checks the method inside the keyfunc.
func (s *Service) VerifyAsserted(raw string) (*jwt.Token, error) {
	// safe: jwt-none-algorithm
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return s.secret, nil
	}, jwt.WithIssuer(s.issuer), jwt.WithAudience(s.audience))
}

// PeekSubject is used for request logging only.
func PeekSubject(raw string) string {
	claims := jwt.MapClaims{}
	// expect: jwt-signature-not-verified
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return ""
	}
	sub, _ := claims["sub"].(string)
	return sub
}
