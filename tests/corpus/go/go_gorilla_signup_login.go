// Account handlers for the community forum (server-side filesystem sessions).
package forum

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

const (
	sessionName = "forum_sid"
	userKey     = "userID"
)

type Server struct {
	store *sessions.FilesystemStore
	db    *DB
}

func NewServer(db *DB) *Server {
	// safe: session-weak-secret
	st := sessions.NewFilesystemStore(os.Getenv("SESSION_DIR"), []byte(os.Getenv("FORUM_HASH_KEY")), []byte(os.Getenv("FORUM_BLOCK_KEY")))
	// safe: session-cookie-insecure, session-no-expiry
	st.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	return &Server{store: st, db: db}
}

func (s *Server) Signup(w http.ResponseWriter, r *http.Request) {
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	id, err := s.db.CreateUser(r.FormValue("email"), hash)
	if err != nil {
		http.Error(w, "could not sign up", http.StatusBadRequest)
		return
	}
	sess, _ := s.store.Get(r, sessionName)
	// expect: session-fixation
	sess.Values[userKey] = id
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/welcome", http.StatusSeeOther)
}

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	u, err := s.db.UserByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid email or password", http.StatusUnauthorized)
		return
	}
	sess, err := s.store.Get(r, sessionName)
	if err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	// safe: session-fixation
	sess.ID = ""
	// safe: session-fixation
	sess.Values[userKey] = u.ID
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) OAuthCallback(w http.ResponseWriter, r *http.Request) {
	profile, err := exchangeCode(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "oauth failed", http.StatusBadGateway)
		return
	}
	sess, _ := s.store.Get(r, sessionName)
	// expect: session-fixation
	sess.Values["email"] = profile.Email
	// expect: session-fixation
	sess.Values["logged_in"] = true
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) Impersonate(w http.ResponseWriter, r *http.Request) {
	sess, _ := s.store.Get(r, sessionName)
	if sess.Values["role"] != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
	fresh, _ := s.store.New(r, sessionName)
	// safe: session-fixation
	fresh.Values["impersonated_user"] = r.FormValue("user_id")
	_ = fresh.Save(r, w)
}

func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := s.store.Get(r, sessionName)
	// safe: session-fixation
	sess.Values[userKey] = nil
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
}
