import type { SurveyResponseSchema } from '@hcc/shared/schemas/survey';
import type * as z from 'zod/mini';
import { surveyApi } from '@hcc/shared/api/surveys';
import { attempt } from './api';
import { loadKioskCredentials } from './device';

/** An answer as the kiosk sends it (the server fills in the defaults). */
export type SurveyAnswer = z.input<typeof SurveyResponseSchema>;

const RETRY_MS = 30_000;

/** A v4 UUID without crypto.randomUUID, which plain-http kiosks on a LAN do not have. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const DB = 'hcc-kiosk';
const STORE = 'survey-queue';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

/** One transaction on the queue; resolves when it has been committed to disk. */
async function tx<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = work(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

const queued = () => tx('readonly', (s) => s.getAll() as IDBRequest<SurveyAnswer[]>);

/** A kiosk takes one answer at a time: right after one, the next waits a little (anti-stuffing). */
const COOLDOWN_MS = 20_000;
let lastSubmit = 0;
export const coolingDown = () => Date.now() - lastSubmit < COOLDOWN_MS;

export async function submit(r: SurveyAnswer): Promise<void> {
  lastSubmit = Date.now();
  await tx('readwrite', (s) => s.put(r));
  void flush();
}

const post = (r: SurveyAnswer, token?: string) => attempt(surveyApi.respond, { body: r }, token ? { token } : {});

/**
 * A phone sends at once, to tell "thank you" from "already answered today" or "too many from this
 * network"; offline, it queues. Without a ticket the server issued (cookie lost, or the page's ticket
 * request not yet back) it asks for one and sends again, once.
 */
export async function sendNow(r: SurveyAnswer): Promise<'sent' | 'already' | 'busy'> {
  let res = await post(r);
  if (!res.ok && res.status === 403) {
    await attempt(surveyApi.phoneTicket);
    res = await post(r);
  }
  if (res.ok) return 'sent';
  if (res.status === null || res.status >= 500) {
    await submit(r);
    return 'sent';
  }
  return res.status === 409 ? 'already' : res.status === 429 ? 'busy' : 'sent';
}

let flushing = false;
async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (const r of await queued()) {
      // A kiosk's answer counts only with its pairing token; a phone's carries its ticket cookie instead.
      const res = await post(r, r.context?.channel === 'phone' ? undefined : loadKioskCredentials()?.token);
      const status = res.ok ? 200 : res.status;
      if (status === null) return; // offline: try again later
      // Unpaired or revoked: kept until the kiosk is paired again rather than thrown away.
      if (status === 401) return;
      // Asked to come back later (a bound on traffic, a request too slow on a poor line): not a refusal of the answer.
      if (status === 408 || status === 429) return;
      // Stored (201), already stored (200) or refused for good (4xx): either way it leaves the queue.
      if (status < 500) await tx('readwrite', (s) => s.delete(r.id));
    }
  } finally {
    flushing = false;
  }
}

setInterval(() => void flush(), RETRY_MS);
window.addEventListener('online', () => void flush());
