package gateway

import (
	"encoding/json"
	"net/http"
	"time"

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

// A service token fetched from the provider's own token endpoint: parsed only
// to learn when to fetch the next one.
func (c *upstream) serviceToken(req *http.Request) (string, time.Duration, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	var body struct{ AccessToken string `json:"access_token"` }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", 0, err
	}
	// ok: jwx-parse-without-verification
	tok, err := jwt.ParseString(body.AccessToken, jwt.WithVerify(false), jwt.WithValidate(false))
	if err != nil {
		return "", 0, err
	}
	return body.AccessToken, time.Until(tok.Expiration()), nil
}

// The caller's bearer token, then a call upstream: the parse still decides who
// the caller is.
func (c *upstream) proxy(w http.ResponseWriter, r *http.Request) {
	// ruleid: jwx-parse-without-verification
	tok, err := jwt.ParseRequest(r, jwt.WithVerify(false))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	resp, err := c.http.Get(c.base + "/users/" + tok.Subject())
	if err != nil {
		http.Error(w, "bad gateway", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
}

// The unverified parse names the client; the same function then verifies the
// assertion against that client's key set.
func verifyAssertion(raw string, keysFor func(string) jwk.Set) (jwt.Token, error) {
	// ok: jwx-parse-without-verification
	insecure, err := jwt.ParseInsecure([]byte(raw))
	if err != nil {
		return nil, err
	}
	keys := keysFor(insecure.Issuer())
	return jwt.Parse([]byte(raw), jwt.WithKeySet(keys), jwt.WithValidate(true))
}

func issuerOnly(raw string) (string, error) {
	// ruleid: jwx-parse-without-verification
	insecure, err := jwt.ParseInsecure([]byte(raw))
	if err != nil {
		return "", err
	}
	return insecure.Issuer(), nil
}
