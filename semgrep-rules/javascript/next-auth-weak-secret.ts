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
