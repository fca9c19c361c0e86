//go:build js && wasm

package main

import "syscall/js"

func saveLogin(token string) {
	// ruleid: go-wasm-token-in-web-storage
	js.Global().Get("localStorage").Call("setItem", "access_token", token)
	storage := js.Global().Get("sessionStorage")
	// ruleid: go-wasm-token-in-web-storage
	storage.Call("setItem", "jwt", token)
	// ok: go-wasm-token-in-web-storage
	storage.Call("setItem", "theme", "dark")
	// ok: go-wasm-token-in-web-storage
	js.Global().Get("localStorage").Call("setItem", "lang", "en")
}
