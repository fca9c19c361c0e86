package tokens

import (
	"encoding/json"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type Customer struct {
	ID           string    `json:"id"`
	Email        string    `json:"email"`
	PasswordHash string    `json:"password_hash"`
	SSN          string    `json:"ssn"`
	CreatedAt    time.Time `json:"created_at"`
	Roles        []string  `json:"roles"`
}

// KYCClaims travel from the onboarding service to the underwriting service.
type KYCClaims struct {
	CustomerID string `json:"cid"`
	// expect: jwt-sensitive-payload
	SocialSecurityNumber string `json:"ssn"`
	jwt.RegisteredClaims
}

// SessionClaims is the payload of the web access token.
type SessionClaims struct {
	// safe: jwt-sensitive-payload
	Roles []string `json:"roles"`
	Scope string   `json:"scope"`
	jwt.RegisteredClaims
}

type Signer struct {
	key []byte
}

func NewSigner(path string) (*Signer, error) {
	// safe: jwt-weak-secret
	key, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &Signer{key: key}, nil
}

func (s *Signer) KYC(c Customer) (string, error) {
	claims := KYCClaims{
		CustomerID:           c.ID,
		SocialSecurityNumber: c.SSN,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(5 * time.Minute)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(s.key)
}

// Profile embeds the customer so the SPA can render the header without a call.
func (s *Signer) Profile(c Customer) (string, error) {
	var m jwt.MapClaims
	raw, _ := json.Marshal(c)
	_ = json.Unmarshal(raw, &m)
	m["exp"] = time.Now().Add(15 * time.Minute).Unix()
	// expect: jwt-sensitive-payload
	return jwt.NewWithClaims(jwt.SigningMethodHS256, m).SignedString(s.key)
}

func (s *Signer) Partner(c Customer, apiKey string) (string, error) {
	claims := jwt.MapClaims{"sub": c.ID}
	// expect: jwt-sensitive-payload
	claims["api_key"] = apiKey
	// expect: jwt-long-lived
	claims["exp"] = jwt.NewNumericDate(time.Now().Add(24 * time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

func (s *Signer) Session(c Customer) (string, error) {
	claims := SessionClaims{
		Roles: c.Roles,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject: c.ID,
		},
	}
	// expect: jwt-long-lived
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}
