// Package tokens issues access/refresh token pairs for the customer portal.
package tokens

import (
	"context"
	"errors"
	"os"
	"time"

	"github.com/golang-jwt/jwt"
	"github.com/google/uuid"
)

type Store interface {
	SaveRefresh(ctx context.Context, jti, userID string, exp time.Time) error
	RotateRefresh(ctx context.Context, oldJTI, newJTI string) error
}

type Issuer struct {
	key   []byte
	store Store
}

func New(store Store) (*Issuer, error) {
	// safe: jwt-weak-secret
	key := []byte(os.Getenv("PORTAL_JWT_KEY"))
	if len(key) < 32 {
		return nil, errors.New("PORTAL_JWT_KEY must be at least 32 bytes")
	}
	return &Issuer{key: key, store: store}, nil
}

type Customer struct {
	ID          string
	Email       string
	SSN         string
	DateOfBirth string
	Tier        string
}

// Pair returns a 10 minute access token and a rotated, server-side refresh token.
func (i *Issuer) Pair(ctx context.Context, c Customer) (string, string, error) {
	now := time.Now()
	access := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.StandardClaims{
		Subject:  c.ID,
		IssuedAt: now.Unix(),
		// safe: jwt-long-lived
		ExpiresAt: now.Add(10 * time.Minute).Unix(),
		Issuer:    "portal",
	})
	jti := uuid.NewString()
	// safe: jwt-long-lived
	refreshExp := now.Add(14 * 24 * time.Hour)
	// safe: jwt-long-lived
	refreshToken := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.StandardClaims{Id: jti, Subject: c.ID, ExpiresAt: refreshExp.Unix()})
	if err := i.store.SaveRefresh(ctx, jti, c.ID, refreshExp); err != nil {
		return "", "", err
	}
	a, err := access.SignedString(i.key)
	if err != nil {
		return "", "", err
	}
	r, err := refreshToken.SignedString(i.key)
	return a, r, err
}

// Profile token consumed by the marketing widget.
func (i *Issuer) Profile(c Customer) (string, error) {
	// expect: jwt-sensitive-payload
	claims := jwt.MapClaims{
		"sub":  c.ID,
		"tier": c.Tier,
		"dob":  c.DateOfBirth,
		"exp":  time.Now().Add(5 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// KYC token sent to the verification vendor.
func (i *Issuer) KYC(c Customer) (string, error) {
	claims := jwt.MapClaims{"sub": c.ID, "exp": time.Now().Add(5 * time.Minute).Unix()}
	// expect: jwt-sensitive-payload
	claims["tax_ref"] = c.SSN
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// Widget token: identifiers only.
func (i *Issuer) Widget(c Customer) (string, error) {
	// safe: jwt-sensitive-payload
	claims := jwt.MapClaims{"sub": c.ID, "tier": c.Tier, "scope": "widget:read", "exp": time.Now().Add(5 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// Session token for the kiosk app.
func (i *Issuer) Kiosk(c Customer) (string, error) {
	// expect: jwt-long-lived
	expiresAt := time.Now().Add(12 * time.Hour)
	claims := &jwt.StandardClaims{Subject: c.ID, ExpiresAt: expiresAt.Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// Service token for cron jobs.
func (i *Issuer) Service(name string) (string, error) {
	// expect: jwt-long-lived
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.StandardClaims{Subject: name, Issuer: "portal"})
	return t.SignedString(i.key)
}

func (i *Issuer) Verify(raw string) (*jwt.StandardClaims, error) {
	claims := &jwt.StandardClaims{}
	// safe: jwt-none-algorithm, jwt-claims-not-validated
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errors.New("unexpected alg")
		}
		return i.key, nil
	})
	if err != nil {
		return nil, err
	}
	if !claims.VerifyIssuer("portal", true) {
		return nil, errors.New("bad issuer")
	}
	return claims, nil
}
