package auth

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

var key = loadKey()

func kf(t *jwt.Token) (interface{}, error) { return key, nil }

func subject(r *http.Request) string {
	// ruleid: golang-jwt-parse-error-ignored
	token, _ := jwt.Parse(r.Header.Get("X-Token"), kf, jwt.WithValidMethods([]string{"HS256"}))
	claims := token.Claims.(jwt.MapClaims)
	return claims["sub"].(string)
}

type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

func isAdmin(raw string) bool {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	// ruleid: golang-jwt-parse-error-ignored
	tok, _ := p.ParseWithClaims(raw, &Claims{}, kf)
	return tok.Claims.(*Claims).Role == "admin"
}

func subjectChecked(raw string) string {
	// ok: golang-jwt-parse-error-ignored
	token, _ := jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"HS256"}))
	if token == nil || !token.Valid {
		return ""
	}
	return token.Claims.(jwt.MapClaims)["sub"].(string)
}

func subjectErr(raw string) (string, error) {
	// ok: golang-jwt-parse-error-ignored
	token, err := jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return "", err
	}
	return token.Claims.(jwt.MapClaims)["sub"].(string), nil
}

func userID(raw string) string {
	// ruleid: golang-jwt-parse-error-ignored
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, kf, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		logf("token rejected: %v", err)
	}
	return tok.Claims.(*Claims).Subject
}

func userIDStops(raw string) string {
	// ok: golang-jwt-parse-error-ignored
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, kf, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		logf("token rejected: %v", err)
		return ""
	}
	return tok.Claims.(*Claims).Subject
}

func userIDValidAfter(raw string) string {
	// ok: golang-jwt-parse-error-ignored
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, kf, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		logf("token rejected: %v", err)
	}
	if c, ok := tok.Claims.(*Claims); ok && tok.Valid {
		return c.Subject
	}
	return ""
}

func userIDPanics(raw string) string {
	// ok: golang-jwt-parse-error-ignored
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, kf, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		panic(err)
	}
	return tok.Claims.(*Claims).Subject
}
