import type { DeviceClientToServer, DeviceServerToClient } from '@hcc/shared/events';
import { kioskBootstrap } from '@hcc/shared/api/pairing';
import { IdSchema } from '@hcc/shared/schemas/common';
import type { Socket } from 'socket.io-client';
import { attempt } from './api';
import * as z from 'zod/mini';

/**
 * The kiosk's pairing, kept like the TV player's: a device token in localStorage, parsed on the way
 * out (a value an older kiosk wrote that no longer parses means "pair again", never a crash). The
 * token is what makes the server believe this kiosk's survey answers and usage counts.
 */
const KEY = 'hcc.kiosk';
const KioskCredentialsSchema = z.object({ token: z.string().check(z.minLength(20)), centreId: z.nullable(IdSchema) });
export type KioskCredentials = z.infer<typeof KioskCredentialsSchema>;

export function loadKioskCredentials(): KioskCredentials | null {
  // An enrolment link (/kiosk/#token=…, printed at the demo's start) pairs without a code; the hash is
  // then wiped so the token does not linger in the address bar.
  const fromHash = /^#token=([A-Za-z0-9_-]{20,})$/.exec(location.hash)?.[1];
  if (fromHash) {
    saveKioskCredentials({ token: fromHash, centreId: null });
    history.replaceState(null, '', location.pathname + location.search);
  }
  try {
    const parsed = KioskCredentialsSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveKioskCredentials(c: KioskCredentials): void {
  localStorage.setItem(KEY, JSON.stringify(c));
}

export function clearKioskCredentials(): void {
  localStorage.removeItem(KEY);
}

/** The window event the catalogue watcher listens to: the server said the catalogue changed. */
export const CATALOGUE_CHANGED = 'hcc-catalogue-changed';

type KioskSocket = Socket<DeviceServerToClient, DeviceClientToServer>;

/**
 * The paired kiosk's live line to the server: catalogue changes arrive at once (the 15-s poll stays
 * as the fallback while the socket is down), a revoked pairing sends the kiosk back to its pairing
 * code, and being connected is what the console's screen wall shows as online. The centre comes
 * from the server (bootstrap), not from the address, once paired.
 */
export function connectKiosk(creds: KioskCredentials, ev: { onRevoked(): void; onCentre(centreId: string): void }): () => void {
  let stopped = false;
  const bootstrap = async () => {
    const r = await attempt(kioskBootstrap, {}, { token: creds.token });
    if (stopped) return;
    // Offline, or the server failing: the kiosk keeps working from its copy.
    if (!r.ok) return r.status === 401 ? ev.onRevoked() : undefined;
    if (r.data.centre.id !== creds.centreId) ev.onCentre(r.data.centre.id);
  };
  // A kiosk just enrolled by its link shows nothing until it knows its centre (Start.tsx): it asks at
  // once rather than after the socket's handshake, a round trip or two later.
  if (creds.centreId === null) void bootstrap();
  // socket.io (a fifth of the kiosk's script) is its own chunk, evaluated after the first screen is up
  // rather than in the start-up task that draws it (BENCHMARKS.md, "Kiosk start-up long tasks").
  let socket: KioskSocket | undefined;
  void import('socket.io-client').then(
    ({ io }) => {
      if (stopped) return;
      socket = io({ auth: { token: creds.token }, transports: ['websocket', 'polling'] });
      socket.on('connect', () => void bootstrap());
      socket.on('connect_error', (err: Error & { data?: { retryAfterS?: unknown } }) => {
        if (err.message === 'unauthorized') ev.onRevoked();
        // socket.io does not retry a handshake the server refused; one refused for connecting too often
        // (server/src/realtime/socket-guard.ts) tries again when told.
        if (err.message === 'rate_limited' && !stopped) {
          const waitS = typeof err.data?.retryAfterS === 'number' ? err.data.retryAfterS : 10;
          setTimeout(() => !stopped && socket?.connect(), Math.min(waitS * 1000, 10 * 60_000) * (1 + 0.5 * Math.random()));
        }
      });
      socket.on('device:revoked', () => ev.onRevoked());
      socket.on('device:reload', () => location.reload());
      socket.on('catalogue:changed', () => window.dispatchEvent(new Event(CATALOGUE_CHANGED)));
    },
    (err: unknown) => console.warn('kiosk: live connection not loaded; the catalogue is polled instead', err),
  );
  return () => {
    stopped = true;
    socket?.disconnect();
  };
}
