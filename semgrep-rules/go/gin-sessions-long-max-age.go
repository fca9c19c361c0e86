package main

import (
	"os"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	// ruleid: gin-sessions-long-max-age
	store.Options(sessions.Options{Path: "/", MaxAge: 86400 * 30, Secure: true, HttpOnly: true})
	// ok: gin-sessions-long-max-age
	store.Options(sessions.Options{Path: "/", MaxAge: 4 * 3600, Secure: true, HttpOnly: true})
	r.Use(sessions.Sessions("app", store))
}

func setup2(store cookie.Store) {
	// ruleid: gin-sessions-long-max-age
	store.Options(sessions.Options{Path: "/", MaxAge: int((14 * 24 * time.Hour).Seconds()), Secure: true, HttpOnly: true})
	// ok: gin-sessions-long-max-age
	store.Options(sessions.Options{Path: "/", MaxAge: int((8 * time.Hour).Seconds()), Secure: true, HttpOnly: true})
}
