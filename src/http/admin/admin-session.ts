// Admin sessions without server state: the cookie is an HMAC (keyed by the admin token) of its issue time, and the
// per-session CSRF token is an HMAC of the cookie. Changing the admin token logs everyone out.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'marsad_admin';
export const SESSION_MAX_AGE_SEC = 12 * 60 * 60;

function mac(key: string, purpose: string, value: string): string {
  return createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  // Compare digests so unequal lengths take the same time as equal ones.
  const hx = createHmac('sha256', 'cmp').update(x).digest();
  const hy = createHmac('sha256', 'cmp').update(y).digest();
  return timingSafeEqual(hx, hy) && x.length === y.length;
}

export function issueSession(adminToken: string, now: Date): string {
  const issued = String(now.getTime());
  return `${issued}.${mac(adminToken, 'session', issued)}`;
}

export function verifySession(adminToken: string, cookie: string | undefined, now: Date): boolean {
  if (!cookie) return false;
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  if (!m) return false;
  const issued = Number(m[1]);
  const age = now.getTime() - issued;
  if (age < -60_000 || age > SESSION_MAX_AGE_SEC * 1000) return false;
  return sameSecret(m[2], mac(adminToken, 'session', m[1]));
}

export function csrfTokenFor(adminToken: string, session: string): string {
  return mac(adminToken, 'csrf', session);
}

export function verifyCsrf(adminToken: string, session: string, token: string | undefined): boolean {
  return !!token && sameSecret(token, csrfTokenFor(adminToken, session));
}
