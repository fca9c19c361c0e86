"""The libraries the rule pack targets: display names and the language of their fix snippets.

Rules name their library in `metadata.library`; the remediation templates pick
the fix snippet `fixes/<antipattern>/<library>.md.j2` by that slug.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Library:
    slug: str
    name: str
    language: str  # the code fence language of its snippets


def _lib(slug: str, name: str, language: str) -> tuple[str, Library]:
    return slug, Library(slug=slug, name=name, language=language)


LIBRARIES: dict[str, Library] = dict(
    [
        _lib("pyjwt", "PyJWT", "python"),
        _lib("python-jose", "python-jose", "python"),
        _lib("authlib", "Authlib", "python"),
        _lib("flask", "Flask", "python"),
        _lib("flask-login", "Flask-Login", "python"),
        _lib("flask-jwt-extended", "Flask-JWT-Extended", "python"),
        _lib("flask-session", "Flask-Session", "python"),
        _lib("django", "Django", "python"),
        _lib("pyramid", "Pyramid", "python"),
        _lib("starlette", "FastAPI / Starlette", "python"),
        _lib("aiohttp-session", "aiohttp-session", "python"),
        _lib("pyscript", "PyScript / Pyodide", "python"),
        _lib("jsonwebtoken", "jsonwebtoken", "javascript"),
        _lib("jose", "jose", "javascript"),
        _lib("jwt-decode", "jwt-decode", "javascript"),
        _lib("express-jwt", "express-jwt", "javascript"),
        _lib("express-session", "express-session", "javascript"),
        _lib("cookie-session", "cookie-session", "javascript"),
        _lib("connect-redis", "connect-redis", "javascript"),
        _lib("express", "Express", "javascript"),
        _lib("fastify", "Fastify", "javascript"),
        _lib("hono", "Hono", "javascript"),
        _lib("nextjs", "Next.js", "typescript"),
        _lib("next-auth", "NextAuth.js", "typescript"),
        _lib("iron-session", "iron-session", "typescript"),
        _lib("browser-storage", "Web Storage", "javascript"),
        _lib("passport-jwt", "passport-jwt", "javascript"),
        _lib("nestjs", "NestJS", "typescript"),
        _lib("koa-session", "koa-session", "javascript"),
        _lib("jjwt", "jjwt", "java"),
        _lib("java-jwt", "auth0 java-jwt", "java"),
        _lib("nimbus-jose-jwt", "Nimbus JOSE + JWT", "java"),
        _lib("spring-security", "Spring Security", "java"),
        _lib("spring-boot", "Spring Boot", "properties"),
        _lib("spring-session", "Spring (Java configuration)", "java"),
        _lib("servlet", "Servlet API", "java"),
        _lib("shiro", "Apache Shiro", "java"),
        _lib("golang-jwt", "golang-jwt", "go"),
        _lib("jwx", "lestrrat-go/jwx", "go"),
        _lib("gorilla-sessions", "gorilla/sessions", "go"),
        _lib("gin-sessions", "gin-contrib/sessions", "go"),
        _lib("gin", "Gin", "go"),
        _lib("scs", "alexedwards/scs", "go"),
        _lib("flamego-session", "flamego/session (go-macaron/session)", "go"),
        _lib("fiber", "Fiber", "go"),
        _lib("net-http", "net/http", "go"),
        _lib("ruby-jwt", "ruby-jwt", "ruby"),
        _lib("rails", "Rails", "ruby"),
        _lib("devise", "Devise", "ruby"),
        _lib("sinatra", "Sinatra / Rack::Session", "ruby"),
        _lib("php-jwt", "firebase/php-jwt", "php"),
        _lib("php-session", "PHP sessions", "php"),
        _lib("laravel", "Laravel", "php"),
        _lib("symfony", "Symfony", "php"),
        _lib("lcobucci-jwt", "lcobucci/jwt", "php"),
        _lib("tymon-jwt-auth", "tymon/jwt-auth", "php"),
        _lib("laravel-passport", "Laravel Passport", "php"),
        _lib("identitymodel", "Microsoft.IdentityModel / System.IdentityModel.Tokens.Jwt", "csharp"),
        _lib("aspnetcore", "ASP.NET Core", "csharp"),
        _lib("ktor", "Ktor", "kotlin"),
        _lib("dotenv", "dotenv files (.env)", "dotenv"),
        _lib("android-shared-preferences", "Android SharedPreferences", "kotlin"),
    ]
)


def library(slug: str) -> Library | None:
    return LIBRARIES.get(slug)
