package auth

import (
	"encoding/json"
	"errors"
	"net/url"
	"fmt"
	"os"
	"net/http"
	"strings"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

func userFromRequest(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: golang-jwt-parse-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return "", err
	}
	return claims["sub"].(string), nil
}

func roleOf(raw string) string {
	p := new(jwtv4.Parser)
	// ruleid: golang-jwt-parse-unverified
	tok, _, _ := p.ParseUnverified(raw, jwtv4.MapClaims{})
	return tok.Claims.(jwtv4.MapClaims)["role"].(string)
}

func verifyWithKid(raw string, keys map[string][]byte) (*jwt.Token, error) {
	// ok: golang-jwt-parse-unverified
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	key, ok := keys[unverified.Header["kid"].(string)]
	if !ok {
		return nil, errors.New("unknown kid")
	}
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return key, nil },
		jwt.WithValidMethods([]string{"HS256"}))
}

func main() {
	// ok: golang-jwt-parse-unverified
	tok, _, err := jwt.NewParser().ParseUnverified(os.Args[1], jwt.MapClaims{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", tok.Claims)
}

// An access token just obtained from the identity provider's token endpoint with
// client credentials: read only to schedule the refresh.
func fetchServiceToken(client *http.Client, tokenURL string, form url.Values) (string, int64, error) {
	resp, err := client.PostForm(tokenURL, form)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", 0, err
	}
	claims := jwt.MapClaims{}
	// ok: golang-jwt-parse-unverified
	if _, _, err := jwt.NewParser().ParseUnverified(out.AccessToken, claims); err != nil {
		return "", 0, err
	}
	exp, _ := claims.GetExpirationTime()
	return out.AccessToken, exp.Unix(), nil
}
