package api

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"golang.org/x/crypto/bcrypt"
)

type UserStore interface {
	SetPasswordHash(ctx context.Context, userID string, hash []byte) error
	IncrementTokenVersion(ctx context.Context, userID string) error
	TokenVersion(ctx context.Context, userID string) (int, error)
}

type Handlers struct {
	Users  UserStore
	Redis  *redis.Client
	JWTKey []byte
}

func (h *Handlers) parse(c echo.Context) (*jwt.Token, jwt.MapClaims, error) {
	raw := strings.TrimPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
	claims := jwt.MapClaims{}
	// safe: jwt-none-algorithm
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return h.JWTKey, nil
	},
		jwt.WithIssuer("api.example.com"),
		jwt.WithAudience("web"),
		// expect: jwt-claims-not-validated
		jwt.WithLeeway(24*time.Hour),
	)
	return tok, claims, err
}

func (h *Handlers) ChangePassword(c echo.Context) error {
	_, claims, err := h.parse(c)
	if err != nil {
		return echo.ErrUnauthorized
	}
	sub, _ := claims.GetSubject()
	hash, err := bcrypt.GenerateFromPassword([]byte(c.FormValue("new_password")), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	// expect: jwt-no-revocation
	if err := h.Users.SetPasswordHash(c.Request().Context(), sub, hash); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) LogoutEverywhere(c echo.Context) error {
	_, claims, err := h.parse(c)
	if err != nil {
		return echo.ErrUnauthorized
	}
	sub, _ := claims.GetSubject()
	// safe: jwt-no-revocation
	if err := h.Users.IncrementTokenVersion(c.Request().Context(), sub); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) Logout(c echo.Context) error {
	_, claims, err := h.parse(c)
	if err != nil {
		return echo.ErrUnauthorized
	}
	jti, _ := claims["jti"].(string)
	exp, _ := claims.GetExpirationTime()
	// safe: jwt-no-revocation
	if err := h.Redis.Set(c.Request().Context(), "revoked:"+jti, 1, time.Until(exp.Time)).Err(); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "refresh_token", Value: "", MaxAge: -1, Path: "/auth", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	return c.NoContent(http.StatusNoContent)
}

// setLegacyRefreshCookie is still used by the v1 mobile endpoints.
func (h *Handlers) setLegacyRefreshCookie(c echo.Context, refresh string) {
	// expect: session-cookie-insecure
	c.SetCookie(&http.Cookie{Name: "refresh_token", Value: refresh, Path: "/auth", HttpOnly: true})
}

func (h *Handlers) setRefreshCookie(c echo.Context, value string) {
	// safe: session-cookie-insecure
	c.SetCookie(&http.Cookie{
		Name:     "refresh_token",
		Value:    value,
		Path:     "/auth",
		MaxAge:   int((14 * 24 * time.Hour).Seconds()),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	})
}
