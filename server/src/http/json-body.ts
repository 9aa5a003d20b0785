import express, { type RequestHandler } from 'express';

/** A NUL, or half of a surrogate pair on its own: PostgreSQL refuses to store either in text. */
// eslint-disable-next-line no-control-regex -- the NUL is what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDFFF]/u;

/** Text every database stores and every reader prints: NULs dropped, a lone surrogate half made U+FFFD. */
export const storableText = (s: string) => s.replaceAll('\u0000', '').replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

/**
 * Makes every string in parsed JSON storable, in place. Keys are left alone (the schemas name the keys
 * they take); values are redefined rather than assigned, so an own "__proto__" key stays a plain key.
 * Walked with a stack of its own, not by recursion: half a megabyte of JSON nests 80,000 deep.
 */
export function storableJson<T>(value: T): T {
  if (typeof value === 'string') return (UNSTORABLE.test(value) ? storableText(value) : value) as T;
  const pending: unknown[] = [value];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node === null || typeof node !== 'object') continue;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && UNSTORABLE.test(v)) Object.defineProperty(node, k, { value: storableText(v), writable: true, enumerable: true, configurable: true });
      else if (v !== null && typeof v === 'object') pending.push(v);
    }
  }
  return value;
}

/** Either reaches a parsed string only as an escape (raw control characters and broken UTF-8 never do). */
const ESCAPED_UNSTORABLE = /\\u(?:0000|d[89a-f])/i;

/**
 * express.json, and then the strings of the body made storable: a citizen's comment or a sign-in name
 * carrying "\u0000" was a 500 on PostgreSQL (and a lost answer), not a 400 nor a stored answer. Only a
 * body whose text holds such an escape is walked, so the screens' batches pay one byte search.
 */
export function jsonBody(limit: string): RequestHandler[] {
  const suspect = new WeakSet<object>();
  return [
    express.json({
      limit,
      strict: true,
      verify: (req, _res, buf) => {
        if (buf.includes('\\u') && ESCAPED_UNSTORABLE.test(buf.toString('latin1'))) suspect.add(req);
      },
    }),
    (req, _res, next) => {
      if (suspect.has(req)) req.body = storableJson(req.body as unknown);
      next();
    },
  ];
}
