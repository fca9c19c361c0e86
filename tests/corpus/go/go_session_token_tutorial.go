// Simple session-token auth (in-memory sessions) plus a JWT-protected API.
package main

import (
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

var users = map[string]string{"user1": "password1", "user2": "password2"}

// expect: session-insecure-store
var sessions = map[string]session{}

type session struct {
	username string
	expiry   time.Time
}

type CustomClaims struct {
	Username string `json:"username"`
	jwt.RegisteredClaims
}

func Signin(w http.ResponseWriter, r *http.Request) {
	username, password := r.FormValue("username"), r.FormValue("password")
	if expected, ok := users[username]; !ok || expected != password {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	sessionToken := uuid.NewString()
	expiresAt := time.Now().Add(120 * time.Second)
	sessions[sessionToken] = session{username: username, expiry: expiresAt}
	// expect: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:    "session_token",
		Value:   sessionToken,
		Expires: expiresAt,
	})
}

func Logout(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_token")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	delete(sessions, c.Value)
	// safe: jwt-no-revocation, session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: "", Expires: time.Now()})
}

func IssueAPIToken(username string) (string, error) {
	// expect: jwt-long-lived
	expireAt := time.Now().Add(time.Duration(72) * time.Hour)
	claims := &CustomClaims{
		Username:         username,
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(expireAt), Issuer: "tutorial"},
	}
	// safe: jwt-weak-secret
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("SECRET")))
}

func APIUser(r *http.Request) (*CustomClaims, error) {
	// expect: jwt-none-algorithm, jwt-claims-not-validated
	token, err := jwt.ParseWithClaims(r.Header.Get("X-API-Token"), &CustomClaims{}, func(token *jwt.Token) (interface{}, error) {
		return []byte(os.Getenv("SECRET")), nil
	})
	if err != nil {
		return nil, err
	}
	// safe: jwt-signature-not-verified
	if claims, ok := token.Claims.(*CustomClaims); ok && token.Valid {
		return claims, nil
	}
	return nil, jwt.ErrTokenInvalidClaims
}

func APIUserStrict(r *http.Request) (*CustomClaims, error) {
	claims := &CustomClaims{}
	// safe: jwt-none-algorithm, jwt-claims-not-validated, jwt-signature-not-verified
	_, err := jwt.ParseWithClaims(r.Header.Get("X-API-Token"), claims, func(token *jwt.Token) (interface{}, error) {
		if token.Method.Alg() != jwt.SigningMethodHS256.Alg() {
			return nil, jwt.ErrTokenSignatureInvalid
		}
		return []byte(os.Getenv("SECRET")), nil
	}, jwt.WithIssuer("tutorial"), jwt.WithAudience("tutorial-api"))
	if err != nil {
		return nil, err
	}
	return claims, nil
}
