// Cookie-based JWT auth for the reporting service (net/http only).
package main

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// expect: jwt-weak-secret
var jwtKey = []byte("my_secret_key")

var users = map[string]string{
	"user1": "password1",
	"user2": "password2",
}

type Credentials struct {
	Password string `json:"password"`
	Username string `json:"username"`
}

// safe: jwt-sensitive-payload
type Claims struct {
	Username string `json:"username"`
	jwt.RegisteredClaims
}

func Signin(w http.ResponseWriter, r *http.Request) {
	var creds Credentials
	if err := json.NewDecoder(r.Body).Decode(&creds); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	expectedPassword, ok := users[creds.Username]
	if !ok || expectedPassword != creds.Password {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	// safe: jwt-long-lived
	expirationTime := time.Now().Add(5 * time.Minute)
	claims := &Claims{
		Username: creds.Username,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(expirationTime),
		},
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	tokenString, err := token.SignedString(jwtKey)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	// expect: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:    "token",
		Value:   tokenString,
		Expires: expirationTime,
	})
}

func Welcome(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("token")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	claims := &Claims{}
	// expect: jwt-none-algorithm, jwt-claims-not-validated
	tkn, err := jwt.ParseWithClaims(c.Value, claims, func(token *jwt.Token) (any, error) {
		return jwtKey, nil
	})
	if err != nil || !tkn.Valid {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte("Welcome " + claims.Username + "!"))
}

func Refresh(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("token")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	claims := &Claims{}
	// safe: jwt-none-algorithm
	tkn, err := jwt.ParseWithClaims(c.Value, claims, func(token *jwt.Token) (any, error) {
		return jwtKey, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tkn.Valid {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if !claims.VerifyIssuer("reporting", true) || !claims.VerifyAudience("reporting-web", true) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	// safe: jwt-long-lived
	claims.ExpiresAt = jwt.NewNumericDate(time.Now().Add(5 * time.Minute))
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	tokenString, _ := token.SignedString(jwtKey)
	// safe: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "token", Value: tokenString, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// expect: jwt-no-revocation
func Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:    "token",
		Expires: time.Now(),
	})
}
