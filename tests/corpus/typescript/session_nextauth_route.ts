// pages/api/auth/[...nextauth].ts (next-auth v4)
import NextAuth from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { MongoDBAdapter } from '@auth/mongodb-adapter';
import clientPromise from '../../../lib/mongodb';

const useHttps = process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;

export default NextAuth({
  adapter: MongoDBAdapter(clientPromise),
  providers: [EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.EMAIL_FROM })],
  // expect: session-weak-secret
  secret: process.env.NEXTAUTH_SECRET || 'dev-only-nextauth-secret',
  session: {
    strategy: 'database',
    // expect: session-no-expiry
    maxAge: 30 * 24 * 60 * 60,
    updateAge: 24 * 60 * 60,
  },
  // expect: session-cookie-insecure
  useSecureCookies: false,
  cookies: {
    // expect: session-cookie-insecure
    sessionToken: {
      name: 'next-auth.session-token',
      options: { httpOnly: true, sameSite: 'none', path: '/', secure: false },
    },
    // safe: session-cookie-insecure
    callbackUrl: {
      name: '__Secure-next-auth.callback-url',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    },
  },
  callbacks: {
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
});

export const adminAuth = NextAuth({
  providers: [EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.ADMIN_EMAIL_FROM })],
  // safe: session-weak-secret
  secret: process.env.ADMIN_NEXTAUTH_SECRET,
  // safe: session-cookie-insecure
  useSecureCookies: useHttps,
  // safe: session-no-expiry
  // expect: jwt-long-lived
  session: { strategy: 'jwt', maxAge: 4 * 60 * 60 },
});
