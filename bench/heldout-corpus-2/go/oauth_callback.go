package web

import (
	"fmt"
	"html/template"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

type OAuthHandler struct {
	Conf *oauth2.Config
}

// popupDone is rendered inside the OAuth popup; it hands the token to the
// opener window and closes itself.
var popupDone = template.Must(template.New("done").Parse(`<!doctype html>
<html><body><script>
  var token = {{.IDToken}};
  window.opener.postMessage({type: "login", ok: true}, {{.Origin}});
  // expect: jwt-in-browser-storage
  window.localStorage.setItem("id_token", token);
  // safe: jwt-in-browser-storage
  localStorage.setItem("last_provider", {{.Provider}});
  window.close();
</script></body></html>`))

func SetupSessions(r *gin.Engine) {
	// expect: session-insecure-store, session-weak-secret
	store := memstore.NewStore([]byte("secret123"))
	store.Options(sessions.Options{Path: "/", MaxAge: 600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("oauth_state", store))
}

func (h *OAuthHandler) Callback(c *gin.Context) {
	sess := sessions.Default(c)
	if c.Query("state") != sess.Get("state") {
		c.String(http.StatusBadRequest, "state mismatch")
		return
	}
	tok, err := h.Conf.Exchange(c, c.Query("code"))
	if err != nil {
		c.String(http.StatusBadGateway, "token exchange failed")
		return
	}
	idToken, _ := tok.Extra("id_token").(string)
	c.Header("Content-Type", "text/html; charset=utf-8")
	_ = popupDone.Execute(c.Writer, map[string]string{
		"IDToken":  idToken,
		"Origin":   "https://app.example.com",
		"Provider": "google",
	})
}

func (h *OAuthHandler) SilentRenew(c *gin.Context, fresh string) {
	// expect: jwt-in-browser-storage
	script := fmt.Sprintf(`<script>sessionStorage.setItem("access_token", %q); parent.postMessage("renewed", "*");</script>`, fresh)
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(script))
}

func (h *OAuthHandler) SignOut(c *gin.Context) {
	// expect: jwt-no-revocation
	c.SetCookie("id_token", "", -1, "/", "app.example.com", true, true)
	c.Redirect(http.StatusFound, "/")
}
