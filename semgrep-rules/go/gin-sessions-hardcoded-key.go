package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

// ruleid: gin-sessions-hardcoded-key
const sessionSecret = "secret"

func setup(r *gin.Engine) {
	// ruleid: gin-sessions-hardcoded-key
	store := cookie.NewStore([]byte("secret"))
	r.Use(sessions.Sessions("mysession", store))

	// ruleid: gin-sessions-hardcoded-key
	rs, _ := redis.NewStore(10, "tcp", "localhost:6379", "", []byte("secret"))
	r.Use(sessions.Sessions("rs", rs))

	cs := cookie.NewStore([]byte(sessionSecret))
	r.Use(sessions.Sessions("cs", cs))

	// ok: gin-sessions-hardcoded-key
	envStore := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("env", envStore))
	// ok: gin-sessions-hardcoded-key
	rs2, _ := redis.NewStore(10, "tcp", os.Getenv("REDIS_ADDR"), os.Getenv("REDIS_PASSWORD"), []byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("rs2", rs2))
}
