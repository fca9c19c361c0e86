package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
)

type claims struct {
	Sub  string `json:"sub"`
	Role string `json:"role"`
}

func roleFromToken(tok string) (string, error) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return "", errors.New("malformed token")
	}
	// ruleid: go-jwt-manual-payload-decode
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(raw, &c); err != nil {
		return "", err
	}
	return c.Role, nil
}

func verifiedRole(tok string, key []byte) (string, error) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return "", errors.New("malformed token")
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(parts[0] + "." + parts[1]))
	sig, _ := base64.RawURLEncoding.DecodeString(parts[2])
	if !hmac.Equal(sig, mac.Sum(nil)) {
		return "", errors.New("bad signature")
	}
	// ok: go-jwt-manual-payload-decode
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", err
	}
	var c claims
	return c.Role, json.Unmarshal(raw, &c)
}

func claimsFromBearer(tok string) (claims, error) {
	var c claims
	seg := strings.Split(tok, ".")
	// ruleid: go-jwt-manual-payload-decode
	payload, err := base64.StdEncoding.WithPadding(base64.NoPadding).DecodeString(seg[1])
	if err != nil {
		return c, err
	}
	return c, json.Unmarshal(payload, &c)
}

// payloadBytes only splits the token; its callers verify before trusting anything.
func payloadBytes(tok string) ([]byte, error) {
	parts := strings.Split(tok, ".")
	if len(parts) < 2 {
		return nil, errors.New("malformed token")
	}
	// ok: go-jwt-manual-payload-decode
	return base64.RawURLEncoding.DecodeString(parts[1])
}

// peekIssuer reads iss only to choose which provider verifies the token.
func peekIssuer(tok string) (string, error) {
	parts := strings.Split(tok, ".")
	// ok: go-jwt-manual-payload-decode
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", err
	}
	var c struct {
		Iss string `json:"iss"`
	}
	return c.Iss, json.Unmarshal(raw, &c)
}
