package auth

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func login(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "auth")
	// ruleid: gorilla-sessions-insecure-store
	session.Values["password"] = r.FormValue("password")
	// ok: gorilla-sessions-insecure-store
	session.Values["user_id"] = 7
	// ok: gorilla-sessions-insecure-store
	session.Values["oauth_state"] = "x"
	session.Save(r, w)
}

func oauthCallback(c echo.Context, tok string) error {
	sess := c.Get("session").(*sessions.Session)
	// ruleid: gorilla-sessions-insecure-store
	sess.Values["refresh_token"] = tok
	return sess.Save(c.Request(), c.Response().Writer)
}
