package httpapi

import (
	"context"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

type claimsKey struct{}

// AdminAPI mounts the echo admin API with echo-jwt.
func AdminAPI(e *echo.Echo) {
	g := e.Group("/admin/api")
	g.Use(echojwt.WithConfig(echojwt.Config{
		// expect: jwt-weak-secret
		SigningKey:    []byte("admin-api-signing-key"),
		SigningMethod: "HS256",
	}))
}

// ReportsAPI mounts the echo reports API; the key comes from the environment.
func ReportsAPI(e *echo.Echo) {
	g := e.Group("/reports/api")
	g.Use(echojwt.WithConfig(echojwt.Config{
		// safe: jwt-weak-secret
		SigningKey:    []byte(os.Getenv("REPORTS_JWT_KEY")),
		SigningMethod: "HS256",
	}))
}

// bearerAuth is the chi middleware for the webhook relay.
func bearerAuth(key []byte, opts ...jwt.ParserOption) func(http.Handler) http.Handler {
	parser := jwt.NewParser(opts...)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			claims := jwt.MapClaims{}
			if _, err := parser.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return key, nil }); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey{}, claims)))
		})
	}
}

func RelayRouter(key []byte) chi.Router {
	r := chi.NewRouter()

	// Deliveries retried by the queue can arrive a day late, so the relay tolerates old tokens.
	r.With(bearerAuth(key,
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer("queue.internal"),
		jwt.WithAudience("relay"),
		// expect: jwt-claims-not-validated
		jwt.WithLeeway(24*time.Hour),
	)).Post("/deliveries", handleDelivery)

	r.With(bearerAuth(key,
		jwt.WithValidMethods([]string{"HS256"}),
		// expect: jwt-claims-not-validated
		jwt.WithoutClaimsValidation(),
	)).Post("/replays", handleReplay)

	r.With(bearerAuth(key,
		// safe: jwt-none-algorithm
		jwt.WithValidMethods([]string{"HS256"}),
		// safe: jwt-claims-not-validated
		jwt.WithIssuer("queue.internal"),
		jwt.WithAudience("relay"),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(30*time.Second),
	)).Post("/acks", handleAck)

	return r
}

func handleDelivery(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) }
func handleReplay(w http.ResponseWriter, r *http.Request)   { w.WriteHeader(http.StatusAccepted) }
func handleAck(w http.ResponseWriter, r *http.Request)      { w.WriteHeader(http.StatusNoContent) }
