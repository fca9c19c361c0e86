package auth

import (
	"net/http"
	"os"

	"github.com/boj/redistore"
	"github.com/gorilla/sessions"
	"github.com/quasoft/memstore"
)

var _ sessions.Store

func loginServerSide(w http.ResponseWriter, r *http.Request) {
	store, _ := redistore.NewRediStoreWithPool(pool, []byte(os.Getenv("SESSION_KEY")))
	session, _ := store.Get(r, "auth")
	// ok: gorilla-sessions-insecure-store
	session.Values["access_token"] = r.FormValue("t")
	session.Save(r, w)
}

// A file can hold a server-side store and still pick an in-memory one.
func devStore() *memstore.MemStore {
	// ruleid: gorilla-sessions-insecure-store
	return memstore.NewMemStore([]byte(os.Getenv("SESSION_KEY")))
}
