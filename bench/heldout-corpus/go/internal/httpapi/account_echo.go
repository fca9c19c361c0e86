package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
)

type PasswordStore interface {
	SetPassword(ctx context.Context, userID, plain string) error
	SaveRefresh(ctx context.Context, userID, tokenHash string, expires time.Time) error
	RotateRefresh(ctx context.Context, oldHash, newHash string, expires time.Time) (string, error)
}

type AccountAPI struct {
	rdb    *redis.Client
	store  PasswordStore
	issuer func(userID string) (string, error)
}

func (a *AccountAPI) Routes(e *echo.Echo) {
	e.POST("/api/session/refresh", a.refresh)
	e.POST("/api/session/logout", a.logout)
	e.PUT("/api/account/password", a.setPassword)
	e.PUT("/api/account/theme", a.setTheme)
}

func newOpaqueToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (a *AccountAPI) refresh(c echo.Context) error {
	old, err := c.Cookie("refresh_token")
	if err != nil {
		return echo.ErrUnauthorized
	}
	next := newOpaqueToken()
	// safe: jwt-long-lived
	userID, err := a.store.RotateRefresh(c.Request().Context(), old.Value, next, time.Now().Add(30*24*time.Hour))
	if err != nil {
		return echo.ErrUnauthorized
	}
	access, err := a.issuer(userID)
	if err != nil {
		return err
	}
	// safe: session-cookie-insecure
	c.SetCookie(&http.Cookie{Name: "refresh_token", Value: next, Path: "/api/session", MaxAge: 30 * 24 * 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	return c.JSON(http.StatusOK, map[string]string{"access_token": access})
}

func (a *AccountAPI) logout(c echo.Context) error {
	tok, ok := c.Get("user").(*jwt.Token)
	if !ok {
		return echo.ErrUnauthorized
	}
	claims := tok.Claims.(jwt.MapClaims)
	jti, _ := claims["jti"].(string)
	exp, _ := claims.GetExpirationTime()
	ttl := time.Until(exp.Time)
	// safe: jwt-no-revocation
	if err := a.rdb.Set(c.Request().Context(), "revoked:"+jti, 1, ttl).Err(); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "refresh_token", Value: "", Path: "/api/session", MaxAge: -1, Secure: true, HttpOnly: true})
	return c.NoContent(http.StatusNoContent)
}

func (a *AccountAPI) setPassword(c echo.Context) error {
	var body struct {
		Password string `json:"password"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	tok := c.Get("user").(*jwt.Token)
	sub, _ := tok.Claims.GetSubject()
	// expect: jwt-no-revocation
	if err := a.store.SetPassword(c.Request().Context(), sub, body.Password); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (a *AccountAPI) setTheme(c echo.Context) error {
	theme := c.FormValue("theme")
	// safe: session-cookie-insecure
	c.SetCookie(&http.Cookie{Name: "ui_theme", Value: theme, Path: "/", MaxAge: 365 * 24 * 3600})
	return c.NoContent(http.StatusNoContent)
}
