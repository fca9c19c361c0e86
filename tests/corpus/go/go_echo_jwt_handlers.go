package handlers

import (
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

// expect: jwt-weak-secret
var echoSigningKey = []byte("echo-demo-key")

type Handler struct {
	tokens TokenVersionRepo
}

func (h *Handler) Login(c echo.Context) error {
	user, err := h.check(c.FormValue("username"), c.FormValue("password"))
	if err != nil {
		return echo.ErrUnauthorized
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"name":  user.Name,
		"admin": user.Admin,
		// expect: jwt-long-lived
		"exp": time.Now().Add(time.Hour * 72).Unix(),
	})
	t, err := token.SignedString(echoSigningKey)
	if err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{
		Name:     "token",
		Value:    t,
		// safe: session-cookie-insecure
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
		Expires:  time.Now().Add(10 * time.Minute),
	})
	return c.JSON(http.StatusOK, map[string]string{"token": t})
}

// expect: jwt-no-revocation
func (h *Handler) Logout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "token", Value: "", Path: "/", Expires: time.Unix(0, 0), MaxAge: -1, HttpOnly: true})
	return c.NoContent(http.StatusNoContent)
}

// ChangePassword bumps the token version so older tokens are rejected.
// safe: jwt-no-revocation
func (h *Handler) ChangePassword(c echo.Context) error {
	uid := c.Get("uid").(string)
	if err := h.tokens.IncrementTokenVersion(c.Request().Context(), uid); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "token", Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	return c.NoContent(http.StatusNoContent)
}

func (h *Handler) Restricted(c echo.Context) error {
	cookie, err := c.Cookie("token")
	if err != nil {
		return echo.ErrUnauthorized
	}
	// expect: jwt-none-algorithm, jwt-weak-secret, jwt-claims-not-validated
	tok, err := jwt.Parse(cookie.Value, func(t *jwt.Token) (interface{}, error) { return []byte("echo-demo-key"), nil })
	if err != nil || !tok.Valid {
		return echo.ErrUnauthorized
	}
	name := tok.Claims.(jwt.MapClaims)["name"].(string)
	return c.String(http.StatusOK, "Welcome "+name+"!")
}

func (h *Handler) RestrictedStrict(c echo.Context) error {
	cookie, err := c.Cookie("token")
	if err != nil {
		return echo.ErrUnauthorized
	}
	// safe: jwt-none-algorithm, jwt-claims-not-validated
	tok, err := jwt.Parse(cookie.Value, h.keyFunc,
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("echo-app"), jwt.WithAudience("web"), jwt.WithExpirationRequired())
	if err != nil || !tok.Valid {
		return echo.ErrUnauthorized
	}
	return c.NoContent(http.StatusOK)
}

func (h *Handler) keyFunc(t *jwt.Token) (interface{}, error) {
	return h.tokens.CurrentKey(), nil
}
