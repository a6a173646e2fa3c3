import { createHmac, timingSafeEqual } from 'node:crypto';
import { isMailKind, MAIL_KIND_RULES, MailKind } from './mail-kinds';

/**
 * One-click unsubscribe (RFC 8058) needs a link that works without sign-in: it names the member
 * and the kind, and an HMAC (key derived from JWT_SECRET for this purpose only) proves that the
 * platform wrote it. It does not expire: old mails keep a working unsubscribe link.
 */
const keyOf = (secret: string) =>
  createHmac('sha256', secret).update('mail-unsubscribe-v1').digest();

export function unsubscribeToken(secret: string, memberId: string, kind: MailKind): string {
  const payload = `${memberId}.${kind}`;
  const mac = createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

export function verifyUnsubscribeToken(
  secret: string,
  token: string,
): { memberId: string; kind: MailKind } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [memberId, kind, mac] = parts;
  if (!/^[0-9a-f-]{36}$/i.test(memberId) || !isMailKind(kind)) return null;
  const expected = createHmac('sha256', keyOf(secret)).update(`${memberId}.${kind}`).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (MAIL_KIND_RULES[kind].locked) return null;
  return { memberId, kind };
}

export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/public/mail/unsubscribe?t=${encodeURIComponent(token)}`;
