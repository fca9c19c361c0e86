import Koa from "koa";
import koaJwt from "koa-jwt";
import Fastify from "fastify";
import fastifyJwt from "@fastify/jwt";
import { Hono } from "hono";
import { jwt } from "hono/jwt";

const koa = new Koa();
// ruleid: express-jwt-hardcoded-secret
koa.use(koaJwt({ secret: "koa-shared-secret", algorithms: ["HS256"] }).unless({ path: [/^\/public/] }));
// ok: express-jwt-hardcoded-secret
koa.use(koaJwt({ secret: process.env.JWT_SECRET as string, algorithms: ["HS256"] }));

const fastify = Fastify();
// ruleid: express-jwt-hardcoded-secret
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET || "supersecret", sign: { expiresIn: "10m" } });
// ok: express-jwt-hardcoded-secret
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET as string, sign: { expiresIn: "10m" } });

const app = new Hono();
// ruleid: express-jwt-hardcoded-secret
app.use("/api/*", jwt({ secret: "it-is-very-secret", alg: "HS256" }));
// ok: express-jwt-hardcoded-secret
app.use("/admin/*", (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: "HS256" })(c, next));
