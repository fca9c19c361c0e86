package middleware

import (
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func SessionMiddleware() gin.HandlerFunc {
	// ruleid: gin-sessions-cookie-store-default-max-age
	store := cookie.NewStore([]byte(os.Getenv("SESSION_KEY")))
	return sessions.Sessions("mysession", store)
}

func Inline(r *gin.Engine) {
	// ruleid: gin-sessions-cookie-store-default-max-age
	r.Use(sessions.Sessions("mysession", cookie.NewStore([]byte(os.Getenv("SESSION_KEY")))))
}

func Configured(r *gin.Engine) {
	// ok: gin-sessions-cookie-store-default-max-age
	store := cookie.NewStore([]byte(os.Getenv("SESSION_KEY")))
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("mysession", store))
}

func Helper(r *gin.Engine) {
	// ok: gin-sessions-cookie-store-default-max-age
	store := cookie.NewStore([]byte(os.Getenv("SESSION_KEY")))
	configureStore(store)
	r.Use(sessions.Sessions("mysession", store))
}

func configureStore(s cookie.Store) {}
