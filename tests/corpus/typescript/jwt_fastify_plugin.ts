// Fastify API using @fastify/jwt for its bearer tokens.
import Fastify from "fastify";
import fastifyJwt from "@fastify/jwt";
import { accounts } from "./accounts";

const server = Fastify({ logger: true });

// expect: jwt-weak-secret
server.register(fastifyJwt, { secret: process.env.API_JWT_SECRET || "fastify-api-secret", sign: { expiresIn: "10m" } });

server.post("/token", async (request, reply) => {
  const account = await accounts.authenticate(request.body as { email: string; password: string });
  // expect: jwt-sensitive-payload
  const token = await reply.jwtSign({ sub: account.id, ssn: account.ssn });
  // safe: jwt-sensitive-payload
  const slim = await reply.jwtSign({ sub: account.id, scope: account.scope });
  return { token, slim };
});

export default server;
