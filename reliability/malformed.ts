import fc from 'fast-check';
import type * as z from 'zod/mini';
import { storableJson } from '../server/src/http/json-body';

/**
 * Generators of bad input for the fuzz test. Each starts from a valid sample of a shared schema and
 * breaks it one way, and the schema itself then confirms the result is invalid, so every input the
 * test sends is one the server must refuse.
 */

/** Keys that reach an object's prototype when code copies properties by assignment. */
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
/** What a successful prototype pollution would leave on every object in the process. */
export const POLLUTION_MARK = 'fuzzPolluted';

type Path = string[];
type Container = Record<string, unknown>;
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
/** An own property even for "__proto__", which plain assignment would turn into a prototype change. */
const setOwn = (o: Container, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

const pollution = () => {
  const o = {};
  setOwn(o, '__proto__', { [POLLUTION_MARK]: true });
  setOwn(o, 'constructor', { prototype: { [POLLUTION_MARK]: true } });
  return o;
};
/**
 * Deeper than any real payload, yet shallow enough for the test's own JSON.stringify (about 4,000
 * levels); text nested far deeper is sent by oddBodies.
 */
const nested = (depth: number) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

/** Strings that are long, odd or both; `maxLength` keeps socket frames under the server's cap. */
const oddString = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 }),
    fc.constantFrom('\uD800', 'a\uDFFFb', '\u202Eevil', '\uFEFF', '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '../../etc/passwd', ''),
    fc.tuple(fc.integer({ min: Math.min(1_000, maxLength), max: maxLength }), fc.constantFrom('x', 'é', '😀', '\u0000')).map(([n, c]) => c.repeat(n)),
  );

const INVALID_DATES = ['2024-02-30', '2024-13-01', '2024-01-01T25:00:00Z', '2024-01-01T00:00:00', '2024-01-01 00:00:00+07:00', 'yesterday', '0000-00-00', '+275760-09-13T00:00:00Z', '1e10'];
const ODD_NUMBERS = [-1, 0, 0.5, -0.0001, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e-9, 1e21];

/** A value that is wrong almost anywhere: other types, odd strings and numbers, bad dates, deep nesting, prototype keys. */
export const nastyValue = (maxString = 600_000) =>
  fc.oneof(
    fc.anything({ maxDepth: 2 }),
    oddString(maxString),
    fc.constantFrom(...ODD_NUMBERS),
    fc.constantFrom(...INVALID_DATES),
    fc.integer({ min: 100, max: 2_000 }).map(nested),
    fc.constant(null).map(pollution),
  );

function pathsOf(v: unknown, prefix: Path = []): Path[] {
  return isContainer(v) ? [prefix, ...Object.keys(v).flatMap((k) => pathsOf(v[k], [...prefix, k]))] : [prefix];
}

const at = (v: unknown, path: Path) => path.reduce<unknown>((o, k) => (isContainer(o) ? o[k] : undefined), v);

/** A copy of `sample` with `change` applied to the parent of `path` and its last key. */
function edit(sample: unknown, path: Path, change: (parent: Container, key: string) => void): unknown {
  const copy: unknown = structuredClone(sample);
  const parent = at(copy, path.slice(0, -1));
  const key = path.at(-1);
  if (isContainer(parent) && key !== undefined) change(parent, key);
  return copy;
}

/** `sample` broken one way: a field replaced, removed or added (prototype keys too), or the whole value swapped. */
function mutations(sample: unknown, nasty: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  const fields = paths.filter((p) => p.length > 0);
  // Objects only: JSON drops an array's non-index keys, and "length" is not even settable.
  const objects = paths.filter((p) => isContainer(at(sample, p)) && !Array.isArray(at(sample, p)));
  const extraKey = fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 12 }));
  const replaced = fc.tuple(fc.constantFrom(...fields), nasty).map(([p, v]) => edit(sample, p, (o, k) => setOwn(o, k, v)));
  const removed = fc.constantFrom(...fields).map((p) => edit(sample, p, (o, k) => delete o[k]));
  const added = fc.tuple(fc.constantFrom(...objects), extraKey, nasty).map(([p, k, v]) => edit(sample, [...p, k], (o) => setOwn(o, k, v)));
  return fc.oneof({ weight: 4, arbitrary: replaced }, { weight: 2, arbitrary: removed }, { weight: 2, arbitrary: added }, { weight: 1, arbitrary: nasty });
}

/**
 * What a handler's schema gets for a JSON body: Express leaves a missing one undefined, and parseBody
 * reads it as {}; NULs are dropped first (json-body.ts), so a thousand of them are an empty string.
 */
const asParsed = (text: string | undefined): unknown => (text === undefined ? {} : storableJson(JSON.parse(text) as unknown));

/** Broken variants of `sample`, as the JSON text of a request body, that `schema` refuses once parsed. */
export const malformedJson = (schema: z.ZodMiniType, sample: unknown, nasty = nastyValue()) =>
  mutations(sample, nasty)
    .map((v): string | undefined => JSON.stringify(v))
    .filter((text) => !schema.safeParse(asParsed(text)).success);

/** Broken variants of `sample` that `schema` refuses as a socket handler gets them: JSON-encoded, a missing payload as null. */
export const malformedPayload = (schema: z.ZodMiniType, sample: unknown, nasty: fc.Arbitrary<unknown>) =>
  mutations(sample, nasty).filter((v) => !schema.safeParse(v === undefined ? null : JSON.parse(JSON.stringify(v))).success);

const isJson = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

export interface OddBody {
  type: string;
  encoding?: string;
  body: string;
}

/**
 * Bodies no JSON route can accept: broken or cut-off JSON, arrays nested beyond any parser's stack,
 * the valid body under another content type (Express then parses nothing, and no body schema accepts
 * {}), charsets and encodings it cannot read.
 */
export const oddBodies = (validText: string): fc.Arbitrary<OddBody> =>
  fc.oneof(
    fc.nat(validText.length - 1).map((n) => ({ type: 'application/json', body: validText.slice(0, n) })),
    fc
      .string({ unit: 'binary', minLength: 1, maxLength: 200 })
      .filter((s) => !isJson(s))
      .map((body) => ({ type: 'application/json', body })),
    fc
      .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/jsonx')
      .map((type) => ({ type, body: validText })),
    fc.integer({ min: 10_000, max: 200_000 }).map((n) => ({ type: 'application/json', body: '['.repeat(n) + ']'.repeat(n) })),
    fc
      .constantFrom({ type: 'application/json; charset=utf-16' }, { type: 'application/json', encoding: 'gzip' }, { type: 'application/json', encoding: 'x-unknown' })
      .map((o) => ({ ...o, body: validText })),
  );

/**
 * Query strings for a strict query schema: junk in some of its own keys, a key repeated (an array),
 * and always one key it does not know, so each must be refused. `strayKey: false` leaves the last out,
 * for checks that only ask for "no 5xx".
 */
export const junkQuery = (keys: string[], strayKey = true) => {
  const value = fc.oneof(oddString(400), fc.constantFrom(...INVALID_DATES, ...ODD_NUMBERS.map(String)));
  const stray = fc.oneof(fc.constantFrom(...PROTO_KEYS, '__proto__[x]', 'a[b][c]', 'toString'), fc.string({ minLength: 1, maxLength: 8 })).filter((k) => !keys.includes(k));
  const known = fc.uniqueArray(fc.tuple(fc.constantFrom(...keys), value), { selector: ([k]) => k, minLength: strayKey ? 0 : 1, maxLength: keys.length });
  return fc.tuple(known, stray, value, fc.boolean()).map(([pairs, key, v, repeat]) => {
    const q = new URLSearchParams(pairs);
    const [first] = pairs;
    if (repeat && first) q.append(...first);
    if (strayKey) q.append(key, v);
    return q.toString();
  });
};

/** encodeURIComponent throws on lone surrogates; those are sent in their raw UTF-8 form below instead. */
const isEncodable = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

/** Path segments a parameter schema refuses: odd text percent-encoded, and raw broken escapes and dot segments. */
export const junkSegment = (schema: z.ZodMiniType, siblings: string[] = []) =>
  fc.oneof(
    fc
      .oneof(oddString(300), fc.string({ minLength: 1, maxLength: 80 }))
      .filter((s) => s.length > 0 && !siblings.includes(s) && !schema.safeParse(s).success && isEncodable(s))
      .map(encodeURIComponent),
    // Broken escapes, an overlong "/", a lone surrogate in UTF-8 form, dot segments no client would send.
    fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '..', '.', '%2e%2e', '%00', 'a%2Fb'),
  );
