// Legacy token endpoints kept for the 2019 partner integration.
package legacy

import (
	"encoding/json"
	"net/http"
	"time"

	jwt "github.com/dgrijalva/jwt-go"
)

// expect: jwt-weak-secret
const partnerSecret = "partner-shared-secret"

type PartnerClaims struct {
	PartnerID string `json:"pid"`
	// expect: jwt-sensitive-payload
	APIKey string `json:"api_key"`
	jwt.StandardClaims
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func PartnerToken(w http.ResponseWriter, r *http.Request) {
	p, err := partners.Lookup(r.FormValue("partner_id"))
	if err != nil {
		http.Error(w, "unknown partner", http.StatusForbidden)
		return
	}
	claims := PartnerClaims{
		PartnerID: p.ID,
		APIKey:    p.APIKey,
		StandardClaims: jwt.StandardClaims{
			Issuer: "legacy-gateway",
			// expect: jwt-long-lived
			ExpiresAt: time.Now().AddDate(0, 1, 0).Unix(),
		},
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	signed, err := token.SignedString([]byte(partnerSecret))
	if err != nil {
		http.Error(w, "sign failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]string{"token": signed})
}

// DebugToken produces unsigned tokens for the sandbox.
func DebugToken(w http.ResponseWriter, r *http.Request) {
	// expect: jwt-none-algorithm, jwt-long-lived
	token := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"pid": r.FormValue("pid")})
	// expect: jwt-none-algorithm
	signed, _ := token.SignedString(jwt.UnsafeAllowNoneSignatureType)
	writeJSON(w, map[string]string{"token": signed})
}

func partnerFromRequest(r *http.Request) (*PartnerClaims, error) {
	claims := &PartnerClaims{}
	// expect: jwt-claims-not-validated
	_, err := jwt.ParseWithClaims(r.Header.Get("X-Partner-Token"), claims, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() == "none" {
			// expect: jwt-none-algorithm
			return jwt.UnsafeAllowNoneSignatureType, nil
		}
		return []byte(partnerSecret), nil
	})
	return claims, err
}

func sandboxClaims(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// expect: jwt-claims-not-validated
	p := jwt.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: true}
	_, err := p.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		// expect: jwt-weak-secret
		return []byte("sandbox"), nil
	})
	return claims, err
}
