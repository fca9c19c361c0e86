package gw

import (
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func issueMonth(sub string, key []byte) ([]byte, error) {
	tok, err := jwt.NewBuilder().
		Subject(sub).
		// ruleid: golang-jwt-long-lived-token
		Expiration(time.Now().Add(30 * 24 * time.Hour)).
		Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func issueShort(sub string, key []byte) ([]byte, error) {
	tok := jwt.New()
	_ = tok.Set(jwt.SubjectKey, sub)
	// ok: golang-jwt-long-lived-token
	_ = tok.Set(jwt.ExpirationKey, time.Now().Add(10*time.Minute))
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func issueDay(sub string, key []byte) ([]byte, error) {
	tok := jwt.New()
	_ = tok.Set(jwt.SubjectKey, sub)
	// ruleid: golang-jwt-long-lived-token
	_ = tok.Set(jwt.ExpirationKey, time.Now().Add(24*time.Hour))
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}
