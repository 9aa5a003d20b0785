import type { DeviceClientToServer, DeviceServerToClient } from '@hcc/shared/events';
import { deviceSelfApi } from '@hcc/shared/api/device-self';
import { impressionApi } from '@hcc/shared/api/impressions';
import type { RouteDef, RouteInput } from '@hcc/shared/api/route';
import { type DeviceBootstrap, PlaylistPushSchema } from '@hcc/shared/schemas/bootstrap';
import type { Heartbeat } from '@hcc/shared/schemas/device';
import { EmergencySchema } from '@hcc/shared/schemas/emergency';
import { estimateClockOffset } from '@hcc/shared/time/clock-offset';
import * as z from 'zod/mini';
import { ApiError, request } from '../lib/api';
import { ask, type LiveSocket, openSocket } from '../lib/live-socket';
import type { Credentials } from './credentials';
import type { ImpressionQueue } from './impression-queue';
import { clearProcedureCache } from '../slides/procedure-cache';
import { announceDossiers } from '../slides/dossier-events';
import { SURVEY_UPDATED } from '../slides/survey-results';
import { captureScreen } from './screenshot';

export type DeviceSocket = LiveSocket<DeviceServerToClient, DeviceClientToServer>;

export interface SessionEvents {
  onBootstrap(b: DeviceBootstrap): void;
  onPush(push: z.infer<typeof PlaylistPushSchema>): void;
  onEmergencies(list: z.infer<typeof EmergencySchema>[]): void;
  onOffset(offsetMs: number): void;
  onOnline(online: boolean): void;
  onRevoked(): void;
}

/**
 * The player's line to the server: bootstrap over HTTP, then live pushes over socket.io-client (lib/live-socket). Every payload
 * is parsed, because a server upgrade may reach a TV still running yesterday's player.
 */
export interface DeviceSession {
  socket: DeviceSocket;
  /** The heartbeat, over the socket, or over HTTP when the socket is down (then queued showings follow it). */
  beat(hb: Heartbeat): void;
  stop(): void;
}

export function startSession(creds: Credentials, queue: ImpressionQueue, ev: SessionEvents): DeviceSession {
  const socket: DeviceSocket = openSocket({ auth: { token: creds.token } });
  let stopped = false;

  const bootstrap = async () => {
    try {
      ev.onBootstrap(await request(deviceSelfApi.bootstrap, {}, { token: creds.token }));
      httpUp = true;
    } catch (err) {
      httpUp = err instanceof ApiError;
      if (err instanceof ApiError && err.status === 401) ev.onRevoked();
      // Otherwise the server is unreachable: keep playing what we have and try again on reconnect.
    }
  };
  const syncClock = async () => {
    const samples = [];
    for (let i = 0; i < 3; i++) {
      const sentAt = Date.now();
      const r = await ask(socket, 'clock:sync', { clientTime: new Date(sentAt).toISOString() });
      if (r.ok) samples.push({ sentAt, serverTime: Date.parse(r.data.serverTime), receivedAt: Date.now() });
    }
    const est = estimateClockOffset(samples);
    if (est) ev.onOffset(est.offsetMs);
  };
  /**
   * Whether the server last answered over plain HTTP. A proxy that blocks WebSocket leaves the socket
   * down while HTTP works: the screen then posts its heartbeats and showings over HTTP, and the server
   * counts it present. Learnt from the last request, so a screen truly offline marks nothing in flight.
   */
  let httpUp = false;
  const post = <R extends RouteDef>(route: R, input: RouteInput<R>) =>
    request(route, input, { token: creds.token }).then(
      () => (httpUp = true),
      (err: unknown) => {
        if (err instanceof ApiError && err.status === 401) ev.onRevoked();
        // A status means the server answered (a rejected batch is kept and retried); no status, no line.
        httpUp = err instanceof ApiError;
        return false;
      },
    );
  const flush = () =>
    queue.flush({
      isOpen: () => socket.connected || httpUp,
      sendImpressions: async (impressions) => (socket.connected ? (await ask(socket, 'impression:batch', { impressions })).ok : post(impressionApi.batch, { body: { impressions } })),
      sendSummaries: async (summaries) => (socket.connected ? (await ask(socket, 'impression:summary', { summaries })).ok : post(impressionApi.summaries, { body: { summaries } })),
    });

  socket.on('connect', () => {
    ev.onOnline(true);
    void bootstrap().then(syncClock).then(flush);
  });
  socket.on('disconnect', () => ev.onOnline(false));
  socket.on('connect_error', (err) => {
    if (err.message === 'unauthorized') ev.onRevoked();
  });
  socket.on('playlist:update', (p) => {
    const parsed = PlaylistPushSchema.safeParse(p);
    // A version this player cannot parse is ignored: the last good playlist keeps playing.
    if (parsed.success) ev.onPush(parsed.data);
  });
  socket.on('emergency:update', (list) => {
    const parsed = z.array(EmergencySchema).safeParse(list);
    if (parsed.success) ev.onEmergencies(parsed.data);
  });
  socket.on('device:reload', () => location.reload());
  socket.on('survey:updated', () => window.dispatchEvent(new Event(SURVEY_UPDATED)));
  socket.on('catalogue:changed', () => clearProcedureCache());
  socket.on('dossiers:updated', announceDossiers);
  socket.on('device:screenshot', (ack) =>
    captureScreen().then(
      (jpegBase64) => ack({ ok: true, data: { jpegBase64 } }),
      (err: unknown) => ack({ ok: false, error: { code: 'internal', message: `screenshot failed: ${String(err)}` } }),
    ),
  );
  socket.on('device:revoked', () => ev.onRevoked());

  const flushTimer = setInterval(() => void flush(), 15_000);
  void bootstrap();
  return {
    socket,
    beat(hb) {
      if (socket.connected) return void socket.emit('device:heartbeat', hb, () => undefined);
      void post(deviceSelfApi.heartbeat, { body: hb }).then((ok) => {
        if (ok) void flush();
      });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(flushTimer);
      socket.close();
    },
  };
}
