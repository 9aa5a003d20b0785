import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Values the server hands to anonymous browsers and must later recognise as its own: a random part
 * and its HMAC under the server's secret, bound to a purpose so a value minted for one use is
 * worthless for another. Made-up values fail the check; a copy of one issued value is still one value.
 */
const mac = (secret: string, purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}|${value}`).digest('base64url').slice(0, 32);

export function issueSigned(secret: string, purpose: string): string {
  const value = randomBytes(16).toString('base64url');
  return `${value}.${mac(secret, purpose, value)}`;
}

/** The random part of a value this server issued for `purpose`, or null for anything else. */
export function verifySigned(secret: string, purpose: string, signed: string | null): string | null {
  if (!signed || signed.length > 100) return null;
  const dot = signed.indexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(secret, purpose, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
