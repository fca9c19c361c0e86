import NextAuth, { type NextAuthOptions } from 'next-auth';
import GitHub from 'next-auth/providers/github';

export const authOptions: NextAuthOptions = {
  providers: [GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // ruleid: next-auth-cookie-insecure
  useSecureCookies: true,
  cookies: {
    // ruleid: next-auth-cookie-insecure
    sessionToken: {
      name: 'next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    },
  },
};

export const safeOptions: NextAuthOptions = {
  providers: [],
  // ok: next-auth-cookie-insecure
  useSecureCookies: true,
  cookies: {
    // ok: next-auth-cookie-insecure
    sessionToken: {
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    },
  },
};

export default NextAuth(authOptions);
