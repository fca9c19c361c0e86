package api

import (
	"time"

	jwt "github.com/appleboy/gin-jwt/v2"
)

func authMiddleware(key []byte) (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "api",
		Key:   key,
		// ruleid: golang-jwt-long-lived-token
		Timeout:    time.Hour * 24 * 7,
		MaxRefresh: time.Hour * 24 * 7,
	})
}

func adminMiddleware(key []byte) (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "admin",
		Key:   key,
		// ok: golang-jwt-long-lived-token
		Timeout:    15 * time.Minute,
		MaxRefresh: time.Hour,
	})
}
