package auth

import (
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

type User struct {
	ID           string
	Email        string
	PasswordHash string
	SSN          string
	Roles        []string
	TenantID     string
}

type PaymentProfile struct {
	CardNumber string
	CVV        string
}

// ProfileClaims carries the full user record so the frontend can render the profile page.
type ProfileClaims struct {
	// expect: jwt-sensitive-payload
	User User `json:"user"`
	jwt.RegisteredClaims
}

type ClaimsBuilder struct {
	key []byte
}

func NewClaimsBuilder(keyFile string) (*ClaimsBuilder, error) {
	// safe: jwt-weak-secret
	key, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("read signing key: %w", err)
	}
	return &ClaimsBuilder{key: key}, nil
}

func (b *ClaimsBuilder) ProfileToken(u User) (string, error) {
	claims := ProfileClaims{
		User: u,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject: u.ID,
			// safe: jwt-long-lived
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Minute)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}

func (b *ClaimsBuilder) CheckoutToken(u User, p PaymentProfile) (string, error) {
	claims := jwt.MapClaims{
		"sub": u.ID,
		// expect: jwt-sensitive-payload
		"card_number": p.CardNumber,
		// expect: jwt-sensitive-payload
		"cvv": p.CVV,
		"exp": time.Now().Add(5 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}

func (b *ClaimsBuilder) AccessToken(u User) (string, error) {
	claims := jwt.MapClaims{
		// safe: jwt-sensitive-payload
		"sub": u.ID,
		// safe: jwt-sensitive-payload
		"roles":  u.Roles,
		// safe: jwt-sensitive-payload
		"tenant": u.TenantID,
		"iat":    time.Now().Unix(),
		// safe: jwt-long-lived
		"exp": time.Now().Add(15 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}

// ServiceToken is handed to the reporting cron job.
func (b *ClaimsBuilder) ServiceToken(service string) (string, error) {
	claims := jwt.MapClaims{
		"sub":   "svc:" + service,
		"scope": "reports:read",
		"iat":   time.Now().Unix(),
	}
	// expect: jwt-long-lived
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}

func (b *ClaimsBuilder) KYCToken(u User) (string, error) {
	// expect: jwt-sensitive-payload
	claims := jwt.MapClaims{"sub": u.ID, "ssn": u.SSN, "exp": time.Now().Add(5 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}
