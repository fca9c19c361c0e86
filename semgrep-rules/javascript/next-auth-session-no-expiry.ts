import NextAuth from 'next-auth';
export default NextAuth({
  providers: [],
  session: {
    strategy: 'jwt',
    // ruleid: next-auth-session-no-expiry
    maxAge: 30 * 24 * 60 * 60,
  },
});
export const opts = {
  providers: [],
  // ok: next-auth-session-no-expiry
  session: { strategy: 'database', maxAge: 8 * 60 * 60, updateAge: 60 * 60 },
};
