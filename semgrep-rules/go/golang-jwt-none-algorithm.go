package auth

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
	legacy "github.com/dgrijalva/jwt-go"
)

func issueUnsigned(sub string) (string, error) {
	// ruleid: golang-jwt-none-algorithm
	t := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": sub})
	// ruleid: golang-jwt-none-algorithm
	return t.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func parseAny(raw string) (*legacy.Token, error) {
	return legacy.Parse(raw, func(t *legacy.Token) (interface{}, error) {
		// ruleid: golang-jwt-none-algorithm
		return legacy.UnsafeAllowNoneSignatureType, nil
	})
}

func parseNone(raw string, key []byte) (*jwt.Token, error) {
	// ruleid: golang-jwt-none-algorithm
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return key, nil },
		jwt.WithValidMethods([]string{"HS256", "None"}))
}

func parseRejectNone(raw string, key []byte) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ok: golang-jwt-none-algorithm
		if t.Method == jwt.SigningMethodNone {
			return nil, errors.New("unsigned token")
		}
		return key, nil
		// ok: golang-jwt-none-algorithm
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func parseMixed(raw string, key interface{}) (*jwt.Token, error) {
	// ruleid: golang-jwt-none-algorithm
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return key, nil },
		jwt.WithValidMethods([]string{"RS256", "HS256"}))
}

func parseFamily(raw string, key interface{}) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return key, nil },
		// ok: golang-jwt-none-algorithm
		jwt.WithValidMethods([]string{"RS256", "RS384"}))
}

func allowedAlgorithms() []string {
	// ruleid: golang-jwt-none-algorithm
	algs := []string{"HS256", "none"}
	return algs
}

const authMethodNone = "none"

// OAuth client authentication methods: "none" is a public client, not a JWT algorithm.
func validAuthMethods() []string {
	// ok: golang-jwt-none-algorithm
	methods := []string{authMethodNone, "client_secret_basic", "client_secret_post"}
	// ok: golang-jwt-none-algorithm
	literal := []string{"none", "private_key_jwt"}
	return append(methods, literal...)
}
