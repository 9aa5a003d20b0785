import type { DeviceClientToServer, DeviceServerToClient, PlaylistPushOnWire } from '@hcc/shared/events';
import { io, type Socket } from 'socket.io-client';

/**
 * One of several processes that each play a share of the simulated screens (see fleet.ts). Each
 * screen starts as a player does (display/src/player/device-session.ts: its bootstrap over HTTP, an ack
 * of the version that brought, three clock samples), acks every version it receives, and the worker
 * notes when it arrived. A silent screen only connects and listens, as an outside probe's screens do:
 * it never bootstraps or acks, so the server meets a publish with none of the player's paths warmed.
 */
type Msg = { type: 'start'; url: string; tokens: string[]; silent: boolean } | { type: 'times'; version: number } | { type: 'stop' };

/** Screens connect this many at a time, as a centre's TVs coming up do, not thousands in one instant. */
const WAVE = 100;

const sockets: Socket<DeviceServerToClient, DeviceClientToServer>[] = [];
const received = new Map<number, number[]>();
/** Size of each version's playlist:update as JSON, noted once per version. */
const bytes = new Map<number, number>();
const send = (m: unknown) => process.send?.(m);

function connectOne(url: string, token: string, silent: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const s: Socket<DeviceServerToClient, DeviceClientToServer> = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
    sockets.push(s);
    s.once('connect', () => (silent ? resolve() : void startLikeAPlayer(url, token, s).then(resolve, reject)));
    s.once('connect_error', reject);
    s.on('playlist:update', (p: PlaylistPushOnWire) => {
      const at = Date.now();
      // A player acks as soon as it has adopted the version, on a CPU of its own. Here hundreds of
      // screens share one event loop, and an ack written inline (a syscall each) would hold up the
      // reading of every later screen's update. Sent once the waiting reads are done, every ack still
      // reaches the server, and no screen's arrival is timed behind other screens' acks.
      if (!silent) setImmediate(() => s.emit('playlist:ack', { playlistId: p.version.playlistId, version: p.version.version }));
      if (!bytes.has(p.version.version)) bytes.set(p.version.version, Buffer.byteLength(JSON.stringify(p)));
      let times = received.get(p.version.version);
      if (!times) received.set(p.version.version, (times = []));
      times.push(at);
    });
  });
}

/**
 * A player's start after its socket connects. A server meets it from every screen after a restart, before
 * anyone can publish: a fleet that only connected would leave the server colder than any centre leaves it.
 */
async function startLikeAPlayer(url: string, token: string, s: Socket<DeviceServerToClient, DeviceClientToServer>): Promise<void> {
  const res = await fetch(`${url}/api/device/bootstrap`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`bootstrap answered ${res.status}`);
  const boot = (await res.json()) as { push: PlaylistPushOnWire | null };
  if (boot.push) s.emit('playlist:ack', { playlistId: boot.push.version.playlistId, version: boot.push.version.version });
  for (let i = 0; i < 3; i++) await s.timeout(10_000).emitWithAck('clock:sync', { clientTime: new Date().toISOString() });
}

process.on('message', async (m: Msg) => {
  if (m.type === 'stop') {
    for (const s of sockets) s.close();
    process.exit(0);
  }
  if (m.type === 'times') return void send({ type: 'times', times: received.get(m.version) ?? [], bytes: bytes.get(m.version) ?? 0 });
  try {
    for (let i = 0; i < m.tokens.length; i += WAVE) await Promise.all(m.tokens.slice(i, i + WAVE).map((t) => connectOne(m.url, t, m.silent)));
    send({ type: 'ready' });
  } catch (e) {
    send({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
