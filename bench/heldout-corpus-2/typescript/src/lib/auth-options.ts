import type { NextAuthOptions } from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import { jwtVerify, createRemoteJWKSet, decodeProtectedHeader } from 'jose';

import { prisma } from './prisma';

const partnerJwks = createRemoteJWKSet(new URL('https://sso.partner.example/.well-known/jwks.json'));

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  // safe: session-weak-secret
  secret: process.env.NEXTAUTH_SECRET,
  session: {
    strategy: 'database',
    // expect: session-no-expiry
    maxAge: 90 * 24 * 60 * 60,
    updateAge: 24 * 60 * 60,
  },
  providers: [
    GitHubProvider({
      clientId: process.env.GITHUB_ID as string,
      clientSecret: process.env.GITHUB_SECRET as string,
    }),
  ],
  cookies: {
    sessionToken: {
      name: '__Secure-next-auth.session-token',
      // safe: session-cookie-insecure
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    },
  },
  callbacks: {
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
};

export async function verifyPartnerAssertion(assertion: string) {
  // safe: jwt-signature-not-verified
  const { kid } = decodeProtectedHeader(assertion);
  if (!kid) throw new Error('partner assertion without kid');
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  const { payload } = await jwtVerify(assertion, partnerJwks, {
    issuer: 'https://sso.partner.example',
    audience: 'ledgerly',
    maxTokenAge: '5m',
  });
  return payload;
}
