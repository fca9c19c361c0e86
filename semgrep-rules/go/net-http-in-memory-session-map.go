package main

import (
	"net/http"
	"sync"
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

// ruleid: net-http-in-memory-session-map
var sessionStore = struct {
	sync.RWMutex
	byID map[string]*session
}{
	byID: make(map[string]*session),
}

// ok: net-http-in-memory-session-map
var pageCache = struct {
	sync.Mutex
	pages map[string][]byte
}{pages: map[string][]byte{}}

func startSession(w http.ResponseWriter, r *http.Request) {
	id := newToken()
	sessionStore.Lock()
	sessionStore.byID[id] = &session{username: r.FormValue("u"), expiry: time.Now().Add(time.Hour)}
	sessionStore.Unlock()
	pageCache.pages["home"] = nil
}
