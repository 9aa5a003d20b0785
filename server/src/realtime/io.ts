import type { Server as HttpServer } from 'node:http';
import type { DeviceClientToServer, DeviceServerToClient, SocketData, StaffClientToServer, StaffServerToClient } from '@hcc/shared/events';
import { Server, type Namespace, type ServerOptions, type Socket } from 'socket.io';

/** What nodes say to one another through the adapter (server-side emits); no client ever sees these. */
export interface NodeToNode {
  /** Which of these devices have a socket on the node that answers. */
  'presence:ask': (deviceIds: string[], reply: (online: string[]) => void) => void;
  /** Whether the node that answers has a console connected. */
  'consoles:ask': (reply: (open: boolean) => void) => void;
  /** A node's first console connected. */
  'consoles:opened': () => void;
  /** A node imported a catalogue: the others reload their search index, then tell their own devices. */
  'catalogue:changed': () => void;
  /** Sent every few seconds by each node: silence means it died (or froze) with its screens. */
  'node:alive': (nodeId: string) => void;
  /** A node's link through Redis was cut and is back: what it broadcast meanwhile reached no other node. */
  'devices:resync': () => void;
}

export type DeviceIo = Server<DeviceClientToServer, DeviceServerToClient, NodeToNode, SocketData>;
export type DeviceSocket = Socket<DeviceClientToServer, DeviceServerToClient, NodeToNode, SocketData>;
export type StaffNamespace = Namespace<StaffClientToServer, StaffServerToClient, NodeToNode, SocketData>;

/** Rooms a device joins, so a publish reaches exactly its targets with one broadcast. */
export const rooms = {
  screens: 'screens',
  device: (id: string) => `device:${id}`,
  centre: (centreId: string) => `centre:${centreId}`,
  group: (centreId: string, group: string) => `group:${centreId}:${group}`,
  kiosks: (centreId: string) => `kiosks:${centreId}`,
};

/** Rooms of the /staff namespace: a console's sockets, by session and by account, so sign-out or a disabled account closes them. */
export const staffRooms = {
  session: (idHash: string) => `session:${idHash}`,
  user: (userId: string) => `user:${userId}`,
};

/**
 * The largest message a client may send: the largest a player sends is a screenshot's answer (300,000
 * base64 characters, SCREENSHOT_MAX_BASE64) or a batch of 500 showings or summaries at their schema's
 * longest (~250 KB; server/test/socket-limits.test.ts measures both). A larger one closes the socket
 * before it is parsed.
 */
export const MAX_SOCKET_MESSAGE_BYTES = 512 * 1024;

/**
 * `adapter` spans several nodes (see cluster.ts); without one, socket.io keeps rooms in this process.
 * `allowRequest` may refuse a new connection before anything else is done for it (SocketGate).
 */
export function createIo(http: HttpServer, adapter: ServerOptions['adapter'] | undefined, allowRequest?: ServerOptions['allowRequest']): { io: DeviceIo; staff: StaffNamespace } {
  const io: DeviceIo = new Server(http, {
    serveClient: false,
    ...(adapter ? { adapter } : {}),
    ...(allowRequest ? { allowRequest } : {}),
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    // A client names its namespace (with its token) at once; a connection that never does is closed
    // after this rather than socket.io's 45 s, so sockets held open without a token cost little.
    connectTimeout: 10_000,
    // socket.io's defaults (25 s + 20 s): a screen shows as offline within 45 s, and a thousand idle
    // screens cost 40 pings a second rather than a hundred.
  });
  return { io, staff: io.of('/staff') };
}
