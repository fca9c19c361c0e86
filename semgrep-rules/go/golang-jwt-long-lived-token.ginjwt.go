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

func modeMiddleware(key []byte, dev bool, seconds int) (*jwt.GinJWTMiddleware, error) {
	// ruleid: golang-jwt-long-lived-token
	timeout := time.Hour
	if dev {
		// ruleid: golang-jwt-long-lived-token
		timeout = time.Duration(876010) * time.Hour
	} else if seconds != 0 {
		// ok: golang-jwt-long-lived-token
		timeout = time.Duration(seconds) * time.Second
	}
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:      "api",
		Key:        key,
		Timeout:    timeout,
		MaxRefresh: time.Hour,
	})
}

func shortMiddleware(key []byte) {
	// ok: golang-jwt-long-lived-token
	ttl := 10 * time.Minute
	// ok: golang-jwt-long-lived-token
	refresh := 24 * time.Hour
	mw, _ := jwt.New(&jwt.GinJWTMiddleware{
		Realm:      "api",
		Key:        key,
		Timeout:    ttl,
		MaxRefresh: refresh,
	})
	_ = mw
}
