package gateway

import (
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func subjectOf(r *http.Request) (string, error) {
	raw := r.Header.Get("X-Forwarded-Token")
	// ruleid: jwx-parse-without-verification
	tok, err := jwt.ParseInsecure([]byte(raw))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

func subjectSkippingVerify(raw string) (string, error) {
	// ruleid: jwx-parse-without-verification
	tok, err := jwt.ParseString(raw, jwt.WithVerify(false))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

func subjectVerified(raw string, key []byte) (string, error) {
	// ok: jwx-parse-without-verification
	tok, err := jwt.ParseString(raw, jwt.WithKey(jwa.HS256, key), jwt.WithValidate(true))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
