import { SignJWT, EncryptJWT } from "jose";

export async function issue(user: User, key: Uint8Array) {
  // ruleid: jose-sensitive-payload
  const a = await new SignJWT({ sub: user.id, apiKey: user.apiKey }).setProtectedHeader({ alg: "HS256" }).sign(key);
  // ruleid: jose-sensitive-payload
  const b = await new SignJWT({ ...user }).setProtectedHeader({ alg: "HS256" }).sign(key);
  // ruleid: jose-sensitive-payload
  const c = await new SignJWT({ sub: user.id, dateOfBirth: user.dob }).setProtectedHeader({ alg: "HS256" }).sign(key);
  // ok: jose-sensitive-payload
  const d = await new SignJWT({ sub: user.id, roles: user.roles }).setProtectedHeader({ alg: "HS256" }).sign(key);
  // ok: jose-sensitive-payload
  const e = await new EncryptJWT({ sub: user.id, ssn: user.ssn }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(key);
  return [a, b, c, d, e];
}
