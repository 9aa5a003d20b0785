import { usageApi } from '@hcc/shared/api/usage';
import { attempt } from './api';
import { loadKioskCredentials } from './device';
import type { UsageEvent } from '@hcc/shared/schemas/usage';

/** Anonymous counts, sent in small batches; losing a few when the network is down is acceptable. */
const queue: UsageEvent[] = [];
const FLUSH_MS = 10_000;

export function record(e: UsageEvent): void {
  queue.push(e);
  if (queue.length >= 20) flush();
}

function flush(): void {
  if (!queue.length || !navigator.onLine) return;
  const events = queue.splice(0, 50);
  // Only a paired kiosk's counts are taken; a phone opening a procedure's link reports nothing.
  const token = loadKioskCredentials()?.token;
  if (!token) return;
  // Lost counts are acceptable (see above): the outcome is not looked at.
  void attempt(usageApi.events, { body: { events } }, { token, keepalive: true });
}

setInterval(flush, FLUSH_MS);
