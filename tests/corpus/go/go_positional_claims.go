package authsvc

import (
	"time"

	"github.com/golang-jwt/jwt"

	"example.com/shop/internal/models"
)

// internal/authsvc/issue.go - models.SessionClaims is declared in another package:
// struct{ Login string; Digest string; jwt.StandardClaims }

func issueShopToken(login, password string, key []byte) (string, error) {
	claims := models.SessionClaims{
		// safe: jwt-sensitive-payload
		login,
		// expect: jwt-sensitive-payload
		digestPassword(password),
		jwt.StandardClaims{ExpiresAt: time.Now().Add(10 * time.Minute).Unix(), Issuer: "shop"},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}
