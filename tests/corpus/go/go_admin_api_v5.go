// Admin API of the billing platform.
package admin

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type AdminClaims struct {
	Email string   `json:"email"`
	Perms []string `json:"perms"`
	jwt.RegisteredClaims
}

type API struct {
	key      []byte
	verifier *jwt.Parser
}

func New() *API {
	// safe: jwt-weak-secret
	key := []byte(os.Getenv("BILLING_ADMIN_JWT_KEY"))
	return &API{
		key: key,
		// safe: jwt-claims-not-validated
		verifier: jwt.NewParser(jwt.WithValidMethods([]string{"HS512"}), jwt.WithIssuer("billing"), jwt.WithAudience("billing-admin"), jwt.WithExpirationRequired()),
	}
}

func raw(r *http.Request) string { return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") }

func (a *API) Perms(r *http.Request) ([]string, error) {
	var claims AdminClaims
	// expect: jwt-signature-not-verified
	_, _, err := jwt.NewParser(jwt.WithoutClaimsValidation()).ParseUnverified(raw(r), &claims)
	if err != nil {
		return nil, err
	}
	return claims.Perms, nil
}

func (a *API) Tenant(r *http.Request) string {
	parser := jwt.NewParser()
	// expect: jwt-signature-not-verified
	tok, _, err := parser.ParseUnverified(raw(r), jwt.MapClaims{})
	if err != nil {
		return ""
	}
	return fmt.Sprint(tok.Claims.(jwt.MapClaims)["tenant"])
}

func (a *API) Claims(r *http.Request) (*AdminClaims, error) {
	claims := &AdminClaims{}
	// safe: jwt-signature-not-verified, jwt-none-algorithm
	tok, err := a.verifier.ParseWithClaims(raw(r), claims, func(*jwt.Token) (interface{}, error) { return a.key, nil })
	if err != nil || !tok.Valid {
		return nil, errors.New("unauthorized")
	}
	return claims, nil
}

func (a *API) ClaimsNoCheck(r *http.Request) *AdminClaims {
	claims := &AdminClaims{}
	// expect: jwt-signature-not-verified
	tok, _ := a.verifier.ParseWithClaims(raw(r), claims, func(*jwt.Token) (interface{}, error) { return a.key, nil })
	return tok.Claims.(*AdminClaims)
}

func (a *API) Impersonate(ctx context.Context, email string) (string, error) {
	// expect: jwt-none-algorithm
	t := jwt.New(jwt.SigningMethodNone)
	t.Claims = AdminClaims{Email: email, RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(5 * time.Minute))}}
	// expect: jwt-none-algorithm
	return t.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func (a *API) Export(u *BillingUser) (string, error) {
	// expect: jwt-sensitive-payload
	claims := jwt.MapClaims{
		"sub":         u.ID,
		"card_number": u.CardNumber,
		"exp":         time.Now().Add(5 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(a.key)
}

func (a *API) ExportSafe(u *BillingUser) (string, error) {
	// safe: jwt-sensitive-payload
	claims := jwt.MapClaims{"sub": u.ID, "perms": []string{"export"}, "exp": time.Now().Add(5 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(a.key)
}
