package handlers

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

// ruleid: golang-jwt-logout-without-revocation
func Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "access_token",
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		HttpOnly: true,
		Secure:   true,
	})
	w.WriteHeader(http.StatusNoContent)
}

func Register(r *gin.Engine, h *AuthHandler) {
	// ruleid: golang-jwt-logout-without-revocation
	r.POST("/logout", func(c *gin.Context) {
		c.SetCookie("jwt", "", -1, "/", "", true, true)
		c.JSON(http.StatusOK, gin.H{"message": "logged out"})
	})
	r.POST("/logout-all", h.LogoutRevoke)
}

type AuthHandler struct{ denylist Denylist }

// ok: golang-jwt-logout-without-revocation
func (h *AuthHandler) LogoutRevoke(c *gin.Context) {
	claims := c.MustGet("claims").(*Claims)
	h.denylist.Add(c.Request.Context(), claims.ID, time.Until(claims.ExpiresAt.Time))
	c.SetCookie("jwt", "", -1, "/", "", true, true)
	c.Status(http.StatusNoContent)
}

// ok: golang-jwt-logout-without-revocation
func SetTheme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "", MaxAge: -1})
}

// ruleid: golang-jwt-logout-without-revocation
func (h *AuthHandler) SignOut(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"message": "signed out, please discard your token"})
}

// ok: golang-jwt-logout-without-revocation
func (h *AuthHandler) Logout2(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"message": "bye"})
}

// ok: golang-jwt-logout-without-revocation
func (h *AuthHandler) Logout(c *gin.Context) {
	_ = h.refresh.DeleteRefreshToken(c, c.GetString("uid"))
	c.SetCookie("jwt", "", -1, "/", "", true, true)
}

// ruleid: golang-jwt-logout-without-revocation
func EchoSignOut(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "jwt_token"
	cookie.Value = ""
	cookie.Expires = time.Unix(0, 0)
	c.SetCookie(cookie)
	return c.NoContent(http.StatusOK)
}

// ok: golang-jwt-logout-without-revocation
func EchoClearTheme(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "theme"
	cookie.Value = ""
	cookie.MaxAge = -1
	c.SetCookie(cookie)
	return c.NoContent(http.StatusOK)
}

type SessionStore interface{ EndSession(id string) error }

type SessionHandler struct{ sessions SessionStore }

// the app's own store ends the server-side session the token names
// ok: golang-jwt-logout-without-revocation
func (h *SessionHandler) Logout(c *gin.Context) {
	_ = h.sessions.EndSession(c.GetString("sid"))
	c.SetCookie("jwt", "", -1, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

// a handler factory: reported on the factory, once
// ruleid: golang-jwt-logout-without-revocation
func LogoutHandlerFactory() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{
			Name:     "auth_token",
			Value:    "",
			Expires:  time.Unix(0, 0),
			HttpOnly: true,
		})
		w.Header().Set("HX-Redirect", "/login")
	}
}

// the cookies overwritten with no value: cleared in the browser only
// ruleid: golang-jwt-logout-without-revocation
func HandleSignOff(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name: "refresh",
		Path: "/",
	})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// a login cookie carries the token: not a logout
// ok: golang-jwt-logout-without-revocation
func HandleSignIn(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "refresh",
		Value:    issue(r),
		Path:     "/",
		HttpOnly: true,
	})
}

type TokenStore interface{ Revoke(id string) error }

// ok: golang-jwt-logout-without-revocation
func LogoutWithRevoke(store TokenStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = store.Revoke(r.Header.Get("X-Token-ID"))
		http.SetCookie(w, &http.Cookie{Name: "access_token", Value: "", MaxAge: -1})
	}
}

// ok: golang-jwt-logout-without-revocation
func ClearThemeHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "theme", Value: "", MaxAge: -1})
	}
}

// ok: golang-jwt-logout-without-revocation
func HandleIssue(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Value:    issue(r),
		Name:     "access",
		HttpOnly: true,
	})
}
