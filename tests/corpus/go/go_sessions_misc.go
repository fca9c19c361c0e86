// Session setup for the partner portal (gin) and the docs site (scs).
package portal

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// expect: session-weak-secret
const portalSessionKey = "portal-session-key-2023"

var docsSessions *scs.SessionManager

func SetupPortal(r *gin.Engine) {
	store := cookie.NewStore([]byte(portalSessionKey))
	// expect: session-no-expiry
	store.Options(sessions.Options{Path: "/", MaxAge: int((14 * 24 * time.Hour).Seconds()), Secure: true, HttpOnly: true})
	r.Use(sessions.Sessions("portal", store))
	r.POST("/partner/login", partnerLogin)
	r.POST("/partner/sso", partnerSSO)
}

func partnerLogin(c *gin.Context) {
	p, err := partners.Authenticate(c.PostForm("partner"), c.PostForm("secret"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	// expect: session-fixation
	s.Set("partner_id", p.ID)
	// expect: session-fixation
	s.Set("authenticated", true)
	_ = s.Save()
	c.Redirect(http.StatusSeeOther, "/partner")
}

func partnerSSO(c *gin.Context) {
	p, err := partners.FromAssertion(c.PostForm("SAMLResponse"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Clear()
	// safe: session-fixation
	s.Set("partner_id", p.ID)
	_ = s.Save()
}

func SetupDocs() http.Handler {
	docsSessions = scs.New()
	// expect: session-insecure-store
	docsSessions.Store = memstore.NewWithCleanupInterval(time.Minute)
	// expect: session-no-expiry
	docsSessions.Lifetime = 90 * 24 * time.Hour
	// safe: session-no-expiry
	docsSessions.IdleTimeout = 2 * time.Hour
	docsSessions.Cookie.Secure = true
	mux := http.NewServeMux()
	mux.HandleFunc("/docs/login", docsLogin)
	return docsSessions.LoadAndSave(mux)
}

func docsLogin(w http.ResponseWriter, r *http.Request) {
	uid, ok := checkDocsUser(r)
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	// expect: session-fixation
	docsSessions.Put(r.Context(), "userID", uid)
	http.Redirect(w, r, "/docs", http.StatusSeeOther)
}
