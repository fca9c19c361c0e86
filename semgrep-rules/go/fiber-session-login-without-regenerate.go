package controller

import (
	"database/sql"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"
)

var Store = session.New()

func HandleLogin(c *fiber.Ctx) error {
	var hashed string
	var userID int
	if err := db.QueryRow("SELECT password, id FROM users WHERE email = $1", c.FormValue("email")).Scan(&hashed, &userID); err == sql.ErrNoRows {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	if err := bcrypt.CompareHashAndPassword([]byte(hashed), []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := Store.Get(c)
	if err != nil {
		return err
	}
	// ruleid: fiber-session-login-without-regenerate
	sess.Set(USER_ID, userID)
	// ok: fiber-session-login-without-regenerate
	sess.Set(AUTH_KEY, true)
	return sess.Save()
}

func HandleLoginRegenerated(c *fiber.Ctx) error {
	var hashed string
	if err := bcrypt.CompareHashAndPassword([]byte(hashed), []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := Store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	// ok: fiber-session-login-without-regenerate
	sess.Set("user_id", 42)
	return sess.Save()
}

func SetTheme(c *fiber.Ctx) error {
	sess, err := Store.Get(c)
	if err != nil {
		return err
	}
	// ok: fiber-session-login-without-regenerate
	sess.Set("user_theme", c.Query("theme"))
	return sess.Save()
}
