// Server-rendered echo app using echo-contrib/session (gorilla sessions underneath).
package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

func main() {
	e := echo.New()
	if os.Getenv("APP_ENV") == "production" {
		// safe: session-weak-secret
		e.Use(session.Middleware(sessions.NewCookieStore([]byte(os.Getenv("ECHO_SESSION_SECRET")))))
	} else {
		// expect: session-weak-secret
		e.Use(session.Middleware(sessions.NewCookieStore([]byte("secret"))))
	}
	e.POST("/login", login)
	e.POST("/register", register)
	e.GET("/dashboard", dashboard)
	e.Logger.Fatal(e.Start(":1323"))
}

func login(c echo.Context) error {
	u, err := findUser(c.FormValue("username"))
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(c.FormValue("password"))) != nil {
		return c.String(http.StatusUnauthorized, "bad credentials")
	}
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	// expect: session-cookie-insecure, session-no-expiry
	sess.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
	}
	// expect: session-fixation
	sess.Values["username"] = u.Name
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/dashboard")
}

func register(c echo.Context) error {
	u, err := createUser(c.FormValue("username"), c.FormValue("password"))
	if err != nil {
		return c.String(http.StatusBadRequest, err.Error())
	}
	old, _ := session.Get("session", c)
	old.Options.MaxAge = -1
	_ = old.Save(c.Request(), c.Response())
	sess, _ := session.Get("session", c)
	// safe: session-cookie-insecure, session-no-expiry
	sess.Options = &sessions.Options{Path: "/", MaxAge: 2 * 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	// safe: session-fixation
	sess.Values["username"] = u.Name
	return sess.Save(c.Request(), c.Response())
}

func dashboard(c echo.Context) error {
	sess, _ := session.Get("session", c)
	name, ok := sess.Values["username"].(string)
	if !ok {
		return c.Redirect(http.StatusSeeOther, "/login")
	}
	// safe: session-fixation
	sess.Values["last_page"] = "dashboard"
	_ = sess.Save(c.Request(), c.Response())
	return c.String(http.StatusOK, "hello "+name)
}
