import NextAuth, { type NextAuthOptions } from "next-auth";
import GitHub from "next-auth/providers/github";
import { PrismaAdapter } from "@auth/prisma-adapter";

export const authOptions: NextAuthOptions = {
  providers: [GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // ruleid: next-auth-jwt-long-lived
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
};

export const shortOptions: NextAuthOptions = {
  providers: [GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // ok: next-auth-jwt-long-lived
  session: { strategy: "jwt", maxAge: 15 * 60 },
  // ok: next-auth-jwt-long-lived
  jwt: { maxAge: 10 * 60 },
};

export const defaultOptions: NextAuthOptions = {
  providers: [GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // ruleid: next-auth-jwt-long-lived
  session: { strategy: "jwt" },
};

export const dbOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // ok: next-auth-jwt-long-lived
  session: { strategy: "database", maxAge: 7 * 24 * 60 * 60 },
};

export default NextAuth({
  providers: [],
  // ruleid: next-auth-jwt-long-lived
  jwt: { maxAge: 60 * 60 * 24 * 7 },
});
