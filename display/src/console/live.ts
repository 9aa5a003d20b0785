import type { StaffClientToServer, StaffServerToClient } from '@hcc/shared/events';
import { useEffect } from 'preact/hooks';
import { type LiveSocket, openSocket } from '../lib/live-socket';

/** One socket per console tab, on the staff namespace; the session cookie authenticates it. */
let socket: LiveSocket<StaffServerToClient, StaffClientToServer> | null = null;
type Listener = { [E in keyof StaffServerToClient]: { event: E; fn: StaffServerToClient[E] } }[keyof StaffServerToClient];
const listeners = new Set<Listener>();

function connect() {
  if (socket) return;
  socket = openSocket({ namespace: '/staff' });
  const events: (keyof StaffServerToClient)[] = ['device:state', 'playlist:changed', 'playlist:published', 'device:screenshot', 'dossier:feed'];
  for (const event of events) {
    socket.on(event, ((...args: unknown[]) => {
      for (const l of listeners) if (l.event === event) (l.fn as (...a: unknown[]) => void)(...args);
    }) as never);
  }
}

/** Calls `fn` for every `event` another console or a device causes, while the component is mounted. */
export function useLive<E extends keyof StaffServerToClient>(event: E, fn: StaffServerToClient[E], deps: unknown[] = []): void {
  useEffect(() => {
    connect();
    const l = { event, fn } as Listener;
    listeners.add(l);
    return () => void listeners.delete(l);
  }, deps);
}

/** Signing out must not leave a socket with a dead session reconnecting forever. */
export function disconnectLive(): void {
  socket?.close();
  socket = null;
}
