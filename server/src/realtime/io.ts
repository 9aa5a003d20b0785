import type { Server as HttpServer } from 'node:http';
import type { DeviceClientToServer, DeviceServerToClient, SocketData, StaffClientToServer, StaffServerToClient } from '@hcc/shared/events';
import { Server, type Namespace, type Socket } from 'socket.io';

export type DeviceIo = Server<DeviceClientToServer, DeviceServerToClient, Record<string, never>, SocketData>;
export type DeviceSocket = Socket<DeviceClientToServer, DeviceServerToClient, Record<string, never>, SocketData>;
export type StaffNamespace = Namespace<StaffClientToServer, StaffServerToClient, Record<string, never>, SocketData>;

/** Rooms a device joins, so a publish reaches exactly its targets with one broadcast. */
export const rooms = {
  screens: 'screens',
  device: (id: string) => `device:${id}`,
  centre: (centreId: string) => `centre:${centreId}`,
  group: (centreId: string, group: string) => `group:${centreId}:${group}`,
  kiosks: (centreId: string) => `kiosks:${centreId}`,
};

export function createIo(http: HttpServer): { io: DeviceIo; staff: StaffNamespace } {
  const io: DeviceIo = new Server(http, {
    serveClient: false,
    // Impression batches are bounded by schema; 1 MB leaves room and stops a hostile client early.
    maxHttpBufferSize: 1_000_000,
    // socket.io's defaults (25 s + 20 s): a screen shows as offline within 45 s, and a thousand idle
    // screens cost 40 pings a second rather than a hundred.
  });
  return { io, staff: io.of('/staff') };
}
