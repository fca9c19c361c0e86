import NextAuth, { type NextAuthOptions } from 'next-auth';
import GitHub from 'next-auth/providers/github';
export const authOptions: NextAuthOptions = {
  providers: [GitHub({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  // ruleid: next-auth-weak-secret
  secret: 'my-next-auth-secret',
};
export const other: NextAuthOptions = {
  providers: [],
  // ok: next-auth-weak-secret
  secret: process.env.NEXTAUTH_SECRET,
};
export default NextAuth(authOptions);
import { DEFAULT_AUTH_SECRET } from './auth.constants';
// a config schema (figue/convict): the doc string and the env name are not the key
export const authConfig = {
  // ok: next-auth-weak-secret
  secret: {
    doc: 'The secret for the auth, at least 32 characters, e.g. `openssl rand -hex 48`',
    env: 'AUTH_SECRET',
    default: DEFAULT_AUTH_SECRET,
  },
  providers: { github: { enabled: false } },
};
export const legacyConfig = {
  // ruleid: next-auth-weak-secret
  secret: {
    doc: 'The auth secret',
    env: 'AUTH_SECRET',
    default: 'change-me-in-production',
  },
  providers: { github: { enabled: false } },
};
