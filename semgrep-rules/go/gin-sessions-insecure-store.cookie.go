package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func router() *gin.Engine {
	r := gin.Default()
	store := cookie.NewStore([]byte(os.Getenv("SESSION_KEY")))
	r.Use(sessions.Sessions("auth-session", store))
	return r
}

func callback(ctx *gin.Context, accessToken string, profile map[string]interface{}) {
	session := sessions.Default(ctx)
	// ruleid: gin-sessions-insecure-store
	session.Set("access_token", accessToken)
	// ok: gin-sessions-insecure-store
	session.Set("profile", profile)
	// ok: gin-sessions-insecure-store
	session.Set("state", "abc")
	// ok: gin-sessions-insecure-store
	session.Set("token_expires_at", 123)
	_ = session.Save()
}

func login(c *gin.Context) {
	s := sessions.Default(c)
	// ruleid: gin-sessions-insecure-store
	s.Set("password", c.PostForm("password"))
	// ok: gin-sessions-insecure-store
	s.Set("user_id", 42)
	s.Save()
}
