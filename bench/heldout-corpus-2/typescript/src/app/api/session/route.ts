import { NextResponse, type NextRequest } from 'next/server';
import { cookies } from 'next/headers';
import jwt from 'jsonwebtoken';

import { prisma } from '@/lib/prisma';
import { verifyPassword } from '@/lib/passwords';

const SESSION_TTL_SECONDS = 60 * 60 * 8;

export async function POST(request: NextRequest) {
  const { email, password } = await request.json();
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  }

  const sessionId = crypto.randomUUID();
  await prisma.session.create({
    data: { id: sessionId, userId: user.id, expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000) },
  });

  const jar = await cookies();
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  jar.set('sid', sessionId, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    maxAge: SESSION_TTL_SECONDS,
    path: '/',
  });

  // expect: jwt-weak-secret
  // expect: jwt-long-lived
  const apiToken = jwt.sign({ sub: user.id }, process.env.API_JWT_SECRET || 'secret', { expiresIn: '24h' });
  // expect: session-cookie-insecure
  jar.set('api_token', apiToken, { path: '/' });

  return NextResponse.json({ user: { id: user.id, name: user.name } });
}

export async function DELETE() {
  const jar = await cookies();
  const sid = jar.get('sid')?.value;
  if (sid) {
    await prisma.session.delete({ where: { id: sid } }).catch(() => undefined);
  }
  // safe: jwt-no-revocation
  jar.delete('sid');
  return new NextResponse(null, { status: 204 });
}
