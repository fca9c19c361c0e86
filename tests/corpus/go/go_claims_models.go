// Package models holds the JWT claim types shared by the API gateways.
package models

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type User struct {
	ID           int64
	Email        string
	PasswordHash string
	Roles        []string
	CreatedAt    time.Time
}

// AccessClaims is what the public API accepts.
// safe: jwt-sensitive-payload
type AccessClaims struct {
	UserID int64    `json:"uid"`
	Roles  []string `json:"roles"`
	Scope  string   `json:"scope"`
	jwt.RegisteredClaims
}

// LegacyClaims was copied from the v1 monolith.
type LegacyClaims struct {
	UserID   int64  `json:"uid"`
	Email    string `json:"email"`
	// expect: jwt-sensitive-payload
	Password string `json:"password"`
	jwt.RegisteredClaims
}

// ProfileClaims embeds the whole user row.
type ProfileClaims struct {
	// expect: jwt-sensitive-payload
	User
	jwt.RegisteredClaims
}

// PaymentClaims is used by the checkout iframe.
type PaymentClaims struct {
	OrderID    string `json:"oid"`
	// expect: jwt-sensitive-payload
	CardNumber string `json:"card"`
	// expect: jwt-sensitive-payload
	CVV        string `json:"cvv"`
	jwt.RegisteredClaims
}

// TenantClaims carries tenant routing data.
// safe: jwt-sensitive-payload
type TenantClaims struct {
	TenantID string `json:"tid"`
	Region   string `json:"region"`
	*jwt.RegisteredClaims
}

// LoginRequest is the body of POST /login (not a token).
// safe: jwt-sensitive-payload
type LoginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func NewAccess(u User) AccessClaims {
	return AccessClaims{
		UserID: u.ID,
		Roles:  u.Roles,
		Scope:  "api",
		RegisteredClaims: jwt.RegisteredClaims{
			Subject: "user",
			// safe: jwt-long-lived
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
		},
	}
}

func NewProfile(u User) ProfileClaims {
	return ProfileClaims{
		User: u,
		RegisteredClaims: jwt.RegisteredClaims{
			// expect: jwt-long-lived
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour * 24 * 30)),
		},
	}
}

func Sign(c jwt.Claims, key []byte) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func SignUser(u User, key []byte) (string, error) {
	// expect: jwt-sensitive-payload
	return Sign(jwt.MapClaims{"sub": u.ID, "user": u, "exp": time.Now().Add(10 * time.Minute).Unix()}, key)
}
