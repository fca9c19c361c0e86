package config

import (
	"flag"

	"github.com/spf13/viper"
)

type Settings struct {
	Addr string `env:"ADDR" envDefault:":8080"`
	// ruleid: gorilla-sessions-hardcoded-key
	SessionSecret string `env:"SESSION_SECRET" envDefault:"dev-session-secret"`
	// ok: gorilla-sessions-hardcoded-key
	SessionName string `env:"SESSION_NAME" envDefault:"sid"`
	// ok: gorilla-sessions-hardcoded-key
	CookieSecret string `env:"COOKIE_SECRET,required"`
}

func defaults() {
	// ruleid: gorilla-sessions-hardcoded-key
	viper.SetDefault("session.secret", "change-me")
	// ok: gorilla-sessions-hardcoded-key
	viper.SetDefault("session.name", "sid")
	// ruleid: gorilla-sessions-hardcoded-key
	flag.String("cookie-hash-key", "0123456789abcdef", "hash key for the session cookie")
}
