import { IdSchema } from '@hcc/shared/schemas/common';
import * as z from 'zod/mini';

const KEY = 'hcc.device';
const CredentialsSchema = z.object({ token: z.string().check(z.minLength(20)), deviceId: z.nullable(IdSchema) });
export type Credentials = z.infer<typeof CredentialsSchema>;

/**
 * The device token lives in localStorage; it is parsed on the way out like any input, and a value an
 * older player wrote that no longer parses means "pair again", never a crash.
 */
export function loadCredentials(): Credentials | null {
  // An enrolment link (/display/#token=…) pairs the screen without a code; the hash is then wiped
  // (the query, such as ?queueBound=, stays).
  const fromHash = /^#token=([A-Za-z0-9_-]{20,})$/.exec(location.hash)?.[1];
  if (fromHash) {
    saveCredentials({ token: fromHash, deviceId: null });
    history.replaceState(null, '', location.pathname + location.search);
  }
  try {
    const parsed = CredentialsSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveCredentials(c: Credentials): void {
  localStorage.setItem(KEY, JSON.stringify(c));
}

export function clearCredentials(): void {
  localStorage.removeItem(KEY);
}
