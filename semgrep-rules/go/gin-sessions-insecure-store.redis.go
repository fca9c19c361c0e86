package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-contrib/sessions/postgres"
	"github.com/gin-gonic/gin"
)

func setupServerSide(r *gin.Engine) {
	ps, _ := postgres.NewStore(db, []byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("c", ps))
	r.GET("/cb", func(ctx *gin.Context) {
		session := sessions.Default(ctx)
		// ok: gin-sessions-insecure-store
		session.Set("access_token", ctx.Query("t"))
	})
}

// A file can hold a server-side store and still pick an in-memory one.
func setupDev(r *gin.Engine) {
	// ruleid: gin-sessions-insecure-store
	store := memstore.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("dev", store))
}
