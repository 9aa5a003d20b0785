import type { DeviceClientToServer, DeviceServerToClient, PlaylistPush } from '@hcc/shared/events';
import { io, type Socket } from 'socket.io-client';

/**
 * One of several processes that each play a share of the simulated screens, so that the clients'
 * own CPU does not sit inside the server's event loop. Each screen acks every version it receives,
 * as a player does; the latency is read from the server, which is where an ack counts.
 */
type Msg = { type: 'start'; url: string; tokens: string[] } | { type: 'stop' };

const sockets: Socket<DeviceServerToClient, DeviceClientToServer>[] = [];
const send = (m: unknown) => process.send?.(m);

process.on('message', (m: Msg) => {
  if (m.type === 'stop') {
    for (const s of sockets) s.close();
    process.exit(0);
  }
  let connected = 0;
  for (const token of m.tokens) {
    const s: Socket<DeviceServerToClient, DeviceClientToServer> = io(m.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(s);
    s.once('connect', () => {
      connected += 1;
      if (connected === m.tokens.length) send({ type: 'ready' });
    });
    s.once('connect_error', (e) => send({ type: 'error', message: e.message }));
    s.on('playlist:update', (p: PlaylistPush) => s.emit('playlist:ack', { playlistId: p.version.playlistId, version: p.version.version }));
  }
});
