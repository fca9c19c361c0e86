// Logout and credential-change endpoints of the mobile backend (JWT in cookie or header).
package mobile

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

type Claims struct {
	Version int `json:"ver"`
	jwt.RegisteredClaims
}

type Handlers struct {
	revoked RevocationList
	users   UserStore
}

// expect: jwt-no-revocation
func LogoutHandler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "jwt_token", Value: "", Path: "/", Expires: time.Unix(0, 0), HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/", http.StatusFound)
}

// safe: jwt-no-revocation
func (h *Handlers) LogoutRevoking(w http.ResponseWriter, r *http.Request) {
	claims := r.Context().Value(claimsKey{}).(*Claims)
	if err := h.revoked.Revoke(r.Context(), claims.ID, claims.ExpiresAt.Time); err != nil {
		http.Error(w, "could not log out", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "jwt_token", Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	w.WriteHeader(http.StatusNoContent)
}

// expect: jwt-no-revocation
func (h *Handlers) Logout(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"message": "Logged out. Please delete the token on the client."})
}

// expect: jwt-no-revocation
func (h *Handlers) SignOut(c *gin.Context) {
	c.SetCookie("auth_token", "", -1, "/", "api.example.com", true, true)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// safe: jwt-no-revocation
func (h *Handlers) SignOutEverywhere(c *gin.Context) {
	uid := c.GetString("uid")
	if err := h.users.IncrementTokenVersion(c, uid); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.SetCookie("auth_token", "", -1, "/", "api.example.com", true, true)
	c.Status(http.StatusNoContent)
}

func (h *Handlers) Routes(r *gin.Engine) {
	// expect: jwt-no-revocation
	r.GET("/logout", func(c *gin.Context) {
		c.SetCookie("access_token", "", -1, "/", "", true, true)
		c.SetCookie("refresh_token", "", -1, "/auth", "", true, true)
		c.Redirect(http.StatusFound, "/login")
	})
	r.POST("/logout-all", h.SignOutEverywhere)
}
