package web

import (
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
)

func postSignIn(c flamego.Context, sess session.Session, r *http.Request) (int, error) {
	u, err := authenticate(r.FormValue("username"), r.FormValue("password"))
	if err != nil {
		return http.StatusUnauthorized, err
	}
	if twoFactorEnabled(u) {
		// ok: flamego-session-login-without-regenerate
		sess.Set("mfaUserID", u.ID)
		return http.StatusOK, nil
	}
	completeSignIn(sess, u)
	return http.StatusOK, nil
}

func completeSignIn(sess session.Session, u *User) {
	// ruleid: flamego-session-login-without-regenerate
	sess.Set("uid", u.ID)
	sess.Set("uname", u.Name)
	sess.Delete("mfaUserID")
}

func signInRegenerated(w http.ResponseWriter, r *http.Request, sess session.Session) error {
	u, err := authenticate(r.FormValue("username"), r.FormValue("password"))
	if err != nil {
		return err
	}
	if err := sess.RegenerateID(w, r); err != nil {
		return err
	}
	// ok: flamego-session-login-without-regenerate
	sess.Set("uid", u.ID)
	return nil
}

func signOut(sess session.Session) {
	// ok: flamego-session-login-without-regenerate
	sess.Set("uid", nil)
	sess.Flush()
}

func setLocale(sess session.Session, lang string) {
	// ok: flamego-session-login-without-regenerate
	sess.Set("lang", lang)
}
