package main

import (
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	// ruleid: gin-sessions-insecure-cookie-options
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true})
	r.Use(sessions.Sessions("app", store))
}

func setup2(r *gin.Engine) {
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	// ruleid: gin-sessions-insecure-cookie-options
	opts := sessions.Options{
		Path:   "/",
		MaxAge: 3600,
	}
	store.Options(opts)
	r.Use(sessions.Sessions("app", store))
}

func setupOK(r *gin.Engine) {
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	// ok: gin-sessions-insecure-cookie-options
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("app", store))
}

func logout(c *gin.Context) {
	s := sessions.Default(c)
	s.Clear()
	// ok: gin-sessions-insecure-cookie-options
	s.Options(sessions.Options{MaxAge: -1})
	_ = s.Save()
}
