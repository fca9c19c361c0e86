//go:build js && wasm

// Login widget of the WebAssembly dashboard.
package main

import (
	"syscall/js"
)

const tokenKey = "dashboard_auth_token"

var (
	window      = js.Global()
	accessToken string
)

func persistSession(token, sid string) {
	ls := window.Get("localStorage")
	// expect: jwt-in-browser-storage
	ls.Call("setItem", tokenKey, token)
	// expect: jwt-in-browser-storage
	window.Get("sessionStorage").Call("setItem", "sid", sid)
	// safe: jwt-in-browser-storage
	ls.Call("setItem", "locale", window.Get("navigator").Get("language").String())
}

func keepInMemory(token string) {
	// safe: jwt-in-browser-storage
	accessToken = token
	// safe: jwt-in-browser-storage
	window.Get("localStorage").Call("removeItem", tokenKey)
}

func bearerHeader() string {
	return "Bearer " + accessToken
}
