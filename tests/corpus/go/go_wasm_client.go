//go:build js && wasm

// Browser client for the dashboard, compiled with GOOS=js GOARCH=wasm.
package main

import (
	"encoding/json"
	"syscall/js"
)

type loginResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

var memoryToken string

func onLogin(this js.Value, args []js.Value) interface{} {
	var resp loginResponse
	_ = json.Unmarshal([]byte(args[0].String()), &resp)
	storage := js.Global().Get("localStorage")
	// expect: jwt-in-browser-storage
	storage.Call("setItem", "access_token", resp.AccessToken)
	// expect: jwt-in-browser-storage
	js.Global().Get("sessionStorage").Call("setItem", "refresh_token", resp.RefreshToken)
	// safe: jwt-in-browser-storage
	storage.Call("setItem", "last_login_view", "dashboard")
	return nil
}

func onLoginInMemory(this js.Value, args []js.Value) interface{} {
	var resp loginResponse
	_ = json.Unmarshal([]byte(args[0].String()), &resp)
	// safe: jwt-in-browser-storage
	memoryToken = resp.AccessToken
	// safe: jwt-in-browser-storage
	js.Global().Get("localStorage").Call("setItem", "theme", "dark")
	return nil
}

func onRemember(this js.Value, args []js.Value) interface{} {
	// expect: jwt-in-browser-storage
	js.Global().Get("localStorage").Set("jwt", args[0].String())
	return nil
}

func main() {
	js.Global().Set("goLogin", js.FuncOf(onLogin))
	js.Global().Set("goLoginMem", js.FuncOf(onLoginInMemory))
	js.Global().Set("goRemember", js.FuncOf(onRemember))
	select {}
}
