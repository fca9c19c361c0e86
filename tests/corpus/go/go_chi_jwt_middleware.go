package httpapi

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	jwtv5 "github.com/golang-jwt/jwt/v5"
)

// expect: jwt-weak-secret
var tokenAuthSecret = []byte("chi-example-secret")

type AppClaims struct {
	UserID string `json:"uid"`
	Admin  bool   `json:"admin"`
	jwtv5.RegisteredClaims
}

type API struct {
	parser *jwtv5.Parser
	keys   KeySet
}

func NewAPI(keys KeySet) *API {
	return &API{keys: keys, parser: jwtv5.NewParser(
		jwtv5.WithValidMethods([]string{"RS256"}),
		jwtv5.WithIssuer("https://login.example.org"),
		jwtv5.WithAudience("chi-api"),
	)}
}

func (a *API) Router() http.Handler {
	r := chi.NewRouter()
	r.With(a.Authenticated).Get("/me", a.Me)
	r.With(a.AdminOnly).Get("/admin/stats", a.Stats)
	r.Post("/logout", Logout)
	return r
}

func tokenFrom(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (a *API) Authenticated(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var claims AppClaims
		// safe: jwt-none-algorithm
		_, err := a.parser.ParseWithClaims(tokenFrom(r), &claims, func(t *jwtv5.Token) (any, error) {
			return a.keys.Lookup(t.Header["kid"])
		})
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxClaims{}, &claims)))
	})
}

func (a *API) AdminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// expect: jwt-signature-not-verified
		tok, _, err := jwtv5.NewParser().ParseUnverified(tokenFrom(r), &AppClaims{})
		if err != nil || !tok.Claims.(*AppClaims).Admin {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// LegacyUser serves the old mobile clients.
func LegacyUser(w http.ResponseWriter, r *http.Request) {
	// expect: jwt-signature-not-verified, jwt-none-algorithm, jwt-claims-not-validated
	token, _ := jwtv5.Parse(tokenFrom(r), func(token *jwtv5.Token) (any, error) {
		return tokenAuthSecret, nil
	})
	if claims, ok := token.Claims.(jwtv5.MapClaims); ok {
		_ = json.NewEncoder(w).Encode(claims)
		return
	}
	w.WriteHeader(http.StatusUnauthorized)
}

// UserFromGateway trusts the payload the API gateway forwards.
func UserFromGateway(r *http.Request) (string, error) {
	parts := strings.Split(r.Header.Get("X-Forwarded-JWT"), ".")
	if len(parts) < 2 {
		return "", http.ErrNoCookie
	}
	// expect: jwt-signature-not-verified
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", err
	}
	var c AppClaims
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", err
	}
	return c.UserID, nil
}

func (a *API) IssueService(name string) (string, error) {
	claims := AppClaims{
		UserID: name,
		RegisteredClaims: jwtv5.RegisteredClaims{
			Issuer: "chi-api",
			// expect: jwt-long-lived
			ExpiresAt: jwtv5.NewNumericDate(time.Now().UTC().Add(time.Hour * 24)),
		},
	}
	return jwtv5.NewWithClaims(jwtv5.SigningMethodHS256, claims).SignedString(tokenAuthSecret)
}

// expect: jwt-no-revocation
func Logout(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Clear-Site-Data", `"storage"`)
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "logged out; discard your token"})
}
