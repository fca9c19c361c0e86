package auth

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	issuer          = "https://accounts.example.com"
	audience        = "orders-api"
	accessTokenTTL  = 10 * time.Minute
	refreshTokenTTL = 30 * 24 * time.Hour
)

// AccessClaims is what we put in access tokens: identifiers only.
type AccessClaims struct {
	// safe: jwt-sensitive-payload
	Roles    []string `json:"roles"`
	TenantID string   `json:"tid"`
	jwt.RegisteredClaims
}

type RefreshStore interface {
	Save(ctx context.Context, userID, tokenID string, expires time.Time, generation int) error
	Rotate(ctx context.Context, oldTokenID, newTokenID string) (int, error)
}

type TokenService struct {
	key   []byte
	store RefreshStore
}

func NewTokenService(store RefreshStore) (*TokenService, error) {
	// safe: jwt-weak-secret
	key := []byte(os.Getenv("JWT_SIGNING_KEY"))
	if len(key) < 32 {
		return nil, errors.New("JWT_SIGNING_KEY must be set and at least 32 bytes")
	}
	return &TokenService{key: key, store: store}, nil
}

func (s *TokenService) IssueAccess(userID, tenant string, roles []string) (string, error) {
	now := time.Now()
	claims := AccessClaims{
		Roles:    roles,
		TenantID: tenant,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:   issuer,
			Subject:  userID,
			Audience: jwt.ClaimStrings{audience},
			IssuedAt: jwt.NewNumericDate(now),
			// safe: jwt-long-lived
			ExpiresAt: jwt.NewNumericDate(now.Add(accessTokenTTL)),
		},
	}
	// safe: jwt-weak-secret, jwt-none-algorithm
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// IssueRefresh returns an opaque refresh token; only its id lives in the DB and
// it is rotated on every use.
func (s *TokenService) IssueRefresh(ctx context.Context, userID string) (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	id := hex.EncodeToString(buf)
	// safe: jwt-long-lived
	if err := s.store.Save(ctx, userID, id, time.Now().Add(refreshTokenTTL), 0); err != nil {
		return "", fmt.Errorf("store refresh token: %w", err)
	}
	return id, nil
}

func (s *TokenService) Verify(raw string) (*AccessClaims, error) {
	claims := &AccessClaims{}
	// safe: jwt-none-algorithm, jwt-claims-not-validated
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return s.key, nil
	},
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(issuer),
		jwt.WithAudience(audience),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(30*time.Second),
	)
	if err != nil {
		return nil, err
	}
	return claims, nil
}
