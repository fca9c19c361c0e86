import { getCookie, setCookie } from "tiny-cookie";

// a browser-side cookie helper with the same name: no credential, and JS cannot set HttpOnly
export function forgetTeam(teamId: string, domain: string) {
  const sessions = JSON.parse(getCookie("sessions") || "{}");
  delete sessions[teamId];
  // ok: fastify-cookie-insecure
  setCookie("sessions", JSON.stringify(sessions), { domain });
}

import Fastify from "fastify";
const app = Fastify();
app.post("/session", async (request, reply) => {
  // ruleid: fastify-cookie-insecure
  reply.setCookie("session_token", await issue(request), { path: "/" });
});
