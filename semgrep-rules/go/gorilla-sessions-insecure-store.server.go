package auth

import (
	"net/http"
	"os"

	"github.com/boj/redistore"
)

func loginServerSide(w http.ResponseWriter, r *http.Request) {
	store, _ := redistore.NewRediStoreWithPool(pool, []byte(os.Getenv("SESSION_KEY")))
	session, _ := store.Get(r, "auth")
	// ok: gorilla-sessions-insecure-store
	session.Values["access_token"] = r.FormValue("t")
	session.Save(r, w)
}
