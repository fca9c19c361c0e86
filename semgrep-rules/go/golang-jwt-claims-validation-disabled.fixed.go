package auth

import (
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

func kf(t *jwt.Token) (interface{}, error) { return key, nil }

func parseLenient(raw string) (*jwt.Token, error) {
	// ruleid: golang-jwt-claims-validation-disabled
	return jwt.Parse(raw, kf,
		jwt.WithValidMethods([]string{"HS256"}))
}

func parseV4(raw string, c jwtv4.Claims) error {
	// ruleid: golang-jwt-claims-validation-disabled
	p := &jwtv4.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: true}
	_, err := p.ParseWithClaims(raw, c, func(t *jwtv4.Token) (interface{}, error) { return key, nil })
	return err
}

func parseLeeway(raw string) (*jwt.Token, error) {
	// ruleid: golang-jwt-claims-validation-disabled
	return jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"HS256"}), jwt.WithLeeway(24*time.Hour))
}

func parseStrict(raw string) (*jwt.Token, error) {
	// ok: golang-jwt-claims-validation-disabled
	return jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"HS256"}), jwt.WithLeeway(30*time.Second),
		jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("api"), jwt.WithExpirationRequired())
}

func parseOpts(raw string) (*jwt.Token, error) {
	// ruleid: golang-jwt-claims-validation-disabled
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"HS256"})}
	return jwt.Parse(raw, kf, opts...)
}

// lestrrat-go/jwx: the signature is checked, the claims are not
func subjectNoClaims(raw string, key []byte) (string, error) {
	// ruleid: golang-jwt-claims-validation-disabled
	tok, err := jwt.ParseString(raw, jwt.WithKey(jwa.HS256, key), jwt.WithValidate(false))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

func subjectValidated(raw string, key []byte) (string, error) {
	// ok: golang-jwt-claims-validation-disabled
	tok, err := jwt.ParseString(raw, jwt.WithKey(jwa.HS256, key), jwt.WithValidate(true), jwt.WithIssuer("api"))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

func subjectNothingChecked(raw string) (string, error) {
	// ok: golang-jwt-claims-validation-disabled
	tok, err := jwt.ParseString(raw, jwt.WithVerify(false), jwt.WithValidate(false))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// options handed to a wrapper that builds the parser from them
func relayRoutes(key []byte) {
	r.With(bearerAuth(key,
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithAudience("relay"),
		// ruleid: golang-jwt-claims-validation-disabled
		jwt.WithLeeway(24*time.Hour),
	)).Post("/deliveries", handleDelivery)

	r.With(bearerAuth(key,
		jwt.WithValidMethods([]string{"HS256"}),
		// ruleid: golang-jwt-claims-validation-disabled
		jwt.WithoutClaimsValidation(),
	)).Post("/replays", handleReplay)

	r.With(bearerAuth(key,
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithExpirationRequired(),
		// ok: golang-jwt-claims-validation-disabled
		jwt.WithLeeway(30*time.Second),
	)).Post("/acks", handleAck)
}
