package auth

import (
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// expect: jwt-weak-secret
const signingKey = "supersecret"

const (
	tokenIssuer   = "https://api.orders.example.com"
	tokenAudience = "orders-web"
)

var ErrInvalidToken = errors.New("auth: invalid token")

type AccessClaims struct {
	Roles  []string `json:"roles"`
	Tenant string   `json:"tenant"`
	jwt.RegisteredClaims
}

type TokenService struct {
	now func() time.Time
}

func NewTokenService() *TokenService {
	return &TokenService{now: time.Now}
}

// Issue mints the bearer token handed to the SPA after login.
func (s *TokenService) Issue(userID, tenant string, roles []string) (string, error) {
	now := s.now()
	claims := AccessClaims{
		Roles:  roles,
		Tenant: tenant,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:  userID,
			Issuer:   tokenIssuer,
			Audience: jwt.ClaimStrings{tokenAudience},
			IssuedAt: jwt.NewNumericDate(now),
			// expect: jwt-long-lived
			ExpiresAt: jwt.NewNumericDate(now.Add(72 * time.Hour)),
		},
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	signed, err := tok.SignedString([]byte(signingKey))
	if err != nil {
		return "", fmt.Errorf("sign access token: %w", err)
	}
	return signed, nil
}

// Validate is used by the HTTP middleware for every request.
func (s *TokenService) Validate(raw string) (*AccessClaims, error) {
	claims := &AccessClaims{}
	// expect: jwt-none-algorithm
	// safe: jwt-claims-not-validated
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return []byte(signingKey), nil
	}, jwt.WithIssuer(tokenIssuer), jwt.WithAudience(tokenAudience), jwt.WithExpirationRequired())
	if err != nil || !tok.Valid {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

// ValidateInternal checks tokens minted by the billing worker.
func (s *TokenService) ValidateInternal(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// safe: jwt-none-algorithm
	// expect: jwt-claims-not-validated
	_, err := jwt.ParseWithClaims(raw, claims, keyFor, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return nil, ErrInvalidToken
	}
	if claims["scope"] != "billing:write" {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

func keyFor(_ *jwt.Token) (interface{}, error) {
	return []byte(signingKey), nil
}
