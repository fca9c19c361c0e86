package auth

import (
	"fmt"
	"net/http"

	"github.com/golang-jwt/jwt/v4/request"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

type Service struct{ secret []byte }

func (s *Service) Verify(raw string) (*jwt.Token, error) {
	// ruleid: golang-jwt-keyfunc-no-alg-check
	return jwt.Parse(raw, func(token *jwt.Token) (interface{}, error) {
		return s.secret, nil
	})
}

func (s *Service) VerifyV4(raw string, c *jwtv4.RegisteredClaims) error {
	keyFunc := func(t *jwtv4.Token) (interface{}, error) { return s.secret, nil }
	// ruleid: golang-jwt-keyfunc-no-alg-check
	_, err := jwtv4.ParseWithClaims(raw, c, keyFunc)
	return err
}

func (s *Service) keyFor(t *jwt.Token) (interface{}, error) {
	return s.secret, nil
}

func (s *Service) VerifyMethod(raw string) error {
	p := jwt.NewParser(jwt.WithLeeway(5))
	// ruleid: golang-jwt-keyfunc-no-alg-check
	_, err := p.Parse(raw, s.keyFor)
	return err
}

func (s *Service) VerifyPinned(raw string) (*jwt.Token, error) {
	// ok: golang-jwt-keyfunc-no-alg-check
	return jwt.Parse(raw, func(token *jwt.Token) (interface{}, error) {
		return s.secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func (s *Service) VerifyAsserted(raw string) (*jwt.Token, error) {
	// ok: golang-jwt-keyfunc-no-alg-check
	return jwt.Parse(raw, func(token *jwt.Token) (interface{}, error) {
		if _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", token.Header["alg"])
		}
		return s.secret, nil
	})
}

func (s *Service) VerifyParser(raw string) error {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("me"))
	// ok: golang-jwt-keyfunc-no-alg-check
	_, err := p.Parse(raw, s.keyFor)
	return err
}

func (s *Service) VerifyField(raw string, p *jwt.Parser) error {
	// ok: golang-jwt-keyfunc-no-alg-check
	_, err := p.Parse(raw, s.keyFor)
	return err
}

type Late struct{ key []byte }

func (l *Late) Check(raw string) error {
	// ruleid: golang-jwt-keyfunc-no-alg-check
	_, err := jwt.Parse(raw, l.lateKey)
	return err
}

func (l *Late) CheckSafe(raw string) error {
	// ok: golang-jwt-keyfunc-no-alg-check
	_, err := jwt.Parse(raw, l.lateKeyChecked)
	return err
}

func (l *Late) lateKey(t *jwt.Token) (interface{}, error) {
	return l.key, nil
}

func (l *Late) lateKeyChecked(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("bad alg")
	}
	return l.key, nil
}

func (s *Service) FromRequest(r *http.Request) (*jwtv4.Token, error) {
	// ruleid: golang-jwt-keyfunc-no-alg-check
	return request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwtv4.Token) (interface{}, error) {
		return s.secret, nil
	})
}

func (s *Service) FromRequestPinned(r *http.Request) (*jwtv4.Token, error) {
	// ok: golang-jwt-keyfunc-no-alg-check
	return request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwtv4.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwtv4.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected method %v", t.Header["alg"])
		}
		return s.secret, nil
	})
}

func (s *Service) NamedResults(raw string) (*jwtv4.Token, error) {
	// ruleid: golang-jwt-keyfunc-no-alg-check
	return jwtv4.Parse(raw, func(t *jwtv4.Token) (k interface{}, err error) {
		return s.secret, nil
	})
}
