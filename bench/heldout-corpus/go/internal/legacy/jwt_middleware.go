// Package legacy keeps the v1 API authentication used by the mobile apps.
package legacy

import (
	"context"
	"net/http"
	"os"
	"strings"
	"time"

	jwt "github.com/dgrijalva/jwt-go"
)

type ctxKey string

const userKey ctxKey = "user"

func secret() []byte {
	if s := os.Getenv("LEGACY_JWT_SECRET"); s != "" {
		return []byte(s)
	}
	// expect: jwt-weak-secret
	return []byte("secret")
}

type MobileClaims struct {
	UserID   int64  `json:"uid"`
	DeviceID string `json:"did"`
	jwt.StandardClaims
}

func IssueMobileToken(userID int64, deviceID string) (string, error) {
	claims := MobileClaims{
		UserID:   userID,
		DeviceID: deviceID,
		StandardClaims: jwt.StandardClaims{
			IssuedAt: time.Now().Unix(),
			// expect: jwt-long-lived
			ExpiresAt: time.Now().Add(time.Hour * 24 * 30).Unix(),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(secret())
}

// Middleware authenticates v1 requests.
func Middleware(next http.Handler) http.Handler {
	parser := &jwt.Parser{
		ValidMethods: []string{"HS256"},
		// expect: jwt-claims-not-validated
		SkipClaimsValidation: true,
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := &MobileClaims{}
		// safe: jwt-none-algorithm
		tok, err := parser.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, jwt.ErrSignatureInvalid
			}
			return secret(), nil
		})
		if err != nil || !tok.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, claims.UserID)))
	})
}

// DeviceAdmin lets the kiosk devices reach the admin routes without a round trip.
func DeviceAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := r.Header.Get("X-Device-Token")
		claims := jwt.MapClaims{}
		// expect: jwt-signature-not-verified
		if _, _, err := new(jwt.Parser).ParseUnverified(raw, claims); err != nil {
			http.Error(w, "bad token", http.StatusBadRequest)
			return
		}
		if claims["kiosk_admin"] != true {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// internalCallToken is attached to calls to the legacy inventory service on the private network.
func internalCallToken(service string) (string, error) {
	// expect: jwt-none-algorithm
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"svc": service, "exp": time.Now().Add(5 * time.Minute).Unix()})
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
}
