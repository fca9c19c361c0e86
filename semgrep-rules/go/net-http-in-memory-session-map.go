package main

import (
	"net/http"
	"time"
)

type session struct {
	username string
	expiry   time.Time
}

// ruleid: net-http-in-memory-session-map
var sessions = map[string]session{}

// ok: net-http-in-memory-session-map
var templates = map[string]string{}

func login(w http.ResponseWriter, r *http.Request) {
	token := newToken()
	sessions[token] = session{username: r.FormValue("u"), expiry: time.Now().Add(time.Hour)}
	templates["x"] = "y"
}
