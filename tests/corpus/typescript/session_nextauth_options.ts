// app/api/auth/[...nextauth]/options.ts
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GoogleProvider from 'next-auth/providers/google';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import { prisma } from '@/lib/prisma';
import { verifyPassword } from '@/lib/password';

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [
    GoogleProvider({ clientId: process.env.GOOGLE_ID!, clientSecret: process.env.GOOGLE_SECRET! }),
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const user = await prisma.user.findUnique({ where: { email: credentials?.email } });
        if (user && (await verifyPassword(credentials!.password, user.passwordHash))) {
          return { id: user.id, email: user.email };
        }
        return null;
      },
    }),
  ],
  session: {
    strategy: 'jwt',
    // expect: session-no-expiry
    // expect: jwt-long-lived
    maxAge: 365 * 24 * 60 * 60,
  },
  // expect: session-weak-secret
  secret: 'this-is-my-nextauth-secret',
  pages: { signIn: '/login' },
};

export const staffAuthOptions: NextAuthOptions = {
  providers: [GoogleProvider({ clientId: process.env.STAFF_GOOGLE_ID!, clientSecret: process.env.STAFF_GOOGLE_SECRET! })],
  session: {
    strategy: 'database',
    // safe: session-no-expiry
    maxAge: 8 * 60 * 60,
    updateAge: 60 * 60,
  },
  // safe: session-weak-secret
  secret: process.env.NEXTAUTH_SECRET,
};
