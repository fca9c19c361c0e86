// Kiosk backend: echo handlers for the in-store terminals, still on the
// jwt-go v3 API and go-ini configuration.
package kiosk

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
	"time"

	jwt "github.com/dgrijalva/jwt-go"
	"github.com/dgrijalva/jwt-go/request"
	"github.com/labstack/echo"
	"gopkg.in/ini.v1"

	"kiosk/store"
)

var (
	listenAddr string
	signingKey string
)

func LoadSettings(cfg *ini.File) {
	// safe: jwt-weak-secret
	listenAddr = cfg.Section("http").Key("Listen").MustString(":8081")
	// expect: jwt-weak-secret
	signingKey = cfg.Section("auth").Key("TokenSigningKey").MustString("kiosk-dev-key")
}

func LoadSettingsStrict(cfg *ini.File) error {
	// safe: jwt-weak-secret
	signingKey = cfg.Section("auth").Key("TokenSigningKey").String()
	if signingKey == "" {
		return errors.New("auth.TokenSigningKey is required")
	}
	return nil
}

// IssueTerminalToken hands a terminal its token after pairing.
func IssueTerminalToken(terminalID, operator string) (string, error) {
	token := jwt.New(jwt.SigningMethodHS256)
	claims := token.Claims.(jwt.MapClaims)
	claims["tid"] = terminalID
	claims["op"] = operator
	// expect: jwt-long-lived
	return token.SignedString([]byte(signingKey))
}

// IssueOperatorToken is the short-lived variant used by the staff app.
func IssueOperatorToken(operator string) (string, error) {
	token := jwt.New(jwt.SigningMethodHS256)
	claims := token.Claims.(jwt.MapClaims)
	claims["op"] = operator
	claims["exp"] = time.Now().Add(10 * time.Minute).Unix()
	// safe: jwt-long-lived
	return token.SignedString([]byte(signingKey))
}

func IssueShiftToken(operator string) (string, error) {
	shiftStart := time.Now()
	// expect: jwt-long-lived
	shiftEnd := shiftStart.Add(9 * time.Hour)
	claims := jwt.StandardClaims{Subject: operator, ExpiresAt: shiftEnd.Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(signingKey))
}

func IssueLoginEcho(c echo.Context) error {
	name, pass := c.FormValue("name"), c.FormValue("pass")
	if !store.CheckOperator(name, pass) {
		return echo.ErrUnauthorized
	}
	claims := store.OperatorClaims{
		Name: name,
		// expect: jwt-sensitive-payload
		Password: pass,
		StandardClaims: jwt.StandardClaims{ExpiresAt: time.Now().Add(10 * time.Minute).Unix()},
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(signingKey))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"token": signed})
}

func IssueLoginEchoMinimal(c echo.Context) error {
	name := c.FormValue("name")
	// safe: jwt-sensitive-payload
	claims := store.OperatorClaims{
		Name:           name,
		StandardClaims: jwt.StandardClaims{ExpiresAt: time.Now().Add(10 * time.Minute).Unix()},
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(signingKey))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"token": signed})
}

func OperatorFromHeader(raw string) string {
	// expect: jwt-signature-not-verified
	// expect: jwt-claims-not-validated
	tok, err := jwt.ParseWithClaims(raw, &store.OperatorClaims{}, keyFor, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		log.Printf("kiosk: token problem: %v", err)
	}
	return tok.Claims.(*store.OperatorClaims).Name
}

func OperatorFromHeaderChecked(raw string) (string, error) {
	// safe: jwt-signature-not-verified
	// expect: jwt-claims-not-validated
	tok, err := jwt.ParseWithClaims(raw, &store.OperatorClaims{}, keyFor, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		log.Printf("kiosk: token problem: %v", err)
		return "", err
	}
	return tok.Claims.(*store.OperatorClaims).Name, nil
}

func keyFor(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected signing method")
	}
	return []byte(signingKey), nil
}

func TerminalFromRequest(r *http.Request) (*jwt.Token, error) {
	// expect: jwt-none-algorithm
	return request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, func(t *jwt.Token) (interface{}, error) {
		return []byte(signingKey), nil
	})
}

func TerminalFromRequestPinned(r *http.Request) (*jwt.Token, error) {
	// safe: jwt-none-algorithm
	return request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, keyFor)
}

// terminalClaimsFast skips the library and reads the payload segment directly.
func terminalClaimsFast(raw string) (map[string]interface{}, error) {
	segs := strings.Split(raw, ".")
	if len(segs) != 3 {
		return nil, errors.New("not a jwt")
	}
	// expect: jwt-signature-not-verified
	body, err := base64.URLEncoding.WithPadding(base64.NoPadding).DecodeString(segs[1])
	if err != nil {
		return nil, err
	}
	out := map[string]interface{}{}
	return out, json.Unmarshal(body, &out)
}

// segmentBytes only cuts the token apart; VerifyTerminal checks the signature before using it.
func segmentBytes(raw string) ([]byte, error) {
	segs := strings.Split(raw, ".")
	if len(segs) != 3 {
		return nil, errors.New("not a jwt")
	}
	// safe: jwt-signature-not-verified
	return base64.RawURLEncoding.DecodeString(segs[1])
}

func WriteTerminalCookie(c echo.Context, token string) error {
	ck := new(http.Cookie)
	ck.Name = "kiosk_session"
	ck.Value = token
	ck.Path = "/"
	// expect: session-cookie-insecure
	c.SetCookie(ck)
	return c.NoContent(http.StatusNoContent)
}

func WriteTerminalCookieHardened(c echo.Context, token string) error {
	ck := new(http.Cookie)
	ck.Name = "kiosk_session"
	ck.Value = token
	ck.Path = "/"
	ck.Secure = true
	ck.HttpOnly = true
	ck.SameSite = http.SameSiteStrictMode
	// safe: session-cookie-insecure
	c.SetCookie(ck)
	return c.NoContent(http.StatusNoContent)
}

func callInventory(sessionToken string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://inventory.internal/api/stock", nil)
	if err != nil {
		return nil, err
	}
	// safe: session-cookie-insecure
	req.AddCookie(&http.Cookie{Name: "session", Value: sessionToken})
	return http.DefaultClient.Do(req)
}
