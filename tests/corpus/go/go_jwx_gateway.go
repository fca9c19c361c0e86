package gateway

import (
	"net/http"
	"os"
	"time"

	jwtmw "github.com/appleboy/gin-jwt/v2"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// internal/gateway/tokens.go - edge gateway that mints and checks service tokens with jwx

func mintServiceToken(service string) ([]byte, error) {
	tok, err := jwt.NewBuilder().
		Subject(service).
		IssuedAt(time.Now()).
		Expiration(time.Now().Add(5 * time.Minute)).
		Build()
	if err != nil {
		return nil, err
	}
	// expect: jwt-weak-secret
	return jwt.Sign(tok, jwt.WithKey(jwa.HS512, []byte("edge-gateway-shared-secret")))
}

func verifyServiceToken(raw []byte) (jwt.Token, error) {
	// safe: jwt-weak-secret
	key, err := jwk.FromRaw([]byte(os.Getenv("GATEWAY_HMAC_KEY")))
	if err != nil {
		return nil, err
	}
	// safe: jwt-signature-not-verified
	return jwt.Parse(raw, jwt.WithKey(jwa.HS512, key), jwt.WithValidate(true))
}

func callerFromHeader(r *http.Request) string {
	// expect: jwt-signature-not-verified
	tok, err := jwt.ParseInsecure([]byte(r.Header.Get("X-Service-Token")))
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// internal/gateway/routes.go - admin API behind echo-jwt
func mountAdmin(e *echo.Echo) {
	admin := e.Group("/admin")
	// expect: jwt-weak-secret
	admin.Use(echojwt.JWT([]byte("admin-panel-secret")))
	admin.GET("/health", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
}

func mountPartners(e *echo.Echo) {
	partners := e.Group("/partners")
	// safe: jwt-weak-secret
	partners.Use(echojwt.JWT([]byte(os.Getenv("PARTNER_JWT_SECRET"))))
}

// internal/gateway/legacy_gin.go - the old dashboard on gin-jwt
func dashboardAuth() (*jwtmw.GinJWTMiddleware, error) {
	return jwtmw.New(&jwtmw.GinJWTMiddleware{
		Realm:   "dashboard",
		// expect: jwt-weak-secret
		Key:     []byte("dashboard secret key"),
		Timeout: 10 * time.Minute,
	})
}
