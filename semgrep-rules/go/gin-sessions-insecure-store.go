package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-contrib/sessions/postgres"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	// ruleid: gin-sessions-insecure-store
	store := memstore.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("a", store))
	// ruleid: gin-sessions-insecure-store
	rs, _ := redis.NewStore(10, "tcp", os.Getenv("REDIS_ADDR"), os.Getenv("REDIS_PASSWORD"), []byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("b", rs))
	// ok: gin-sessions-insecure-store
	ps, _ := postgres.NewStore(db, []byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("c", ps))
}
