// Auth.js / NextAuth configuration for the marketing site and the admin app.
import NextAuth, { type NextAuthOptions } from "next-auth";
import GitHubProvider from "next-auth/providers/github";
import CredentialsProvider from "next-auth/providers/credentials";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { prisma } from "@/lib/prisma";

export const siteAuthOptions: NextAuthOptions = {
  providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // expect: jwt-long-lived, session-no-expiry
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
  },
};

export const adminAuthOptions: NextAuthOptions = {
  providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
  // safe: jwt-long-lived
  session: { strategy: "jwt", maxAge: 15 * 60 },
  // safe: jwt-long-lived
  jwt: { maxAge: 15 * 60 },
};

export const partnerAuthOptions: NextAuthOptions = {
  providers: [GitHubProvider({ clientId: process.env.PARTNER_GITHUB_ID!, clientSecret: process.env.PARTNER_GITHUB_SECRET! })],
  // expect: jwt-long-lived
  session: { strategy: "jwt" },
};

export const dbAuthOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // safe: jwt-long-lived
  // expect: session-no-expiry
  session: { strategy: "database", maxAge: 7 * 24 * 60 * 60 },
};

export default NextAuth({
  ...siteAuthOptions,
  providers: siteAuthOptions.providers,
  // expect: jwt-long-lived, session-no-expiry
  jwt: { maxAge: 60 * 60 * 24 },
});
