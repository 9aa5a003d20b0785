import type { StaffClientToServer, StaffServerToClient } from '@hcc/shared/events';
import { useEffect } from 'preact/hooks';
import type { LiveSocket } from '../lib/live-socket';

/** One socket per console tab, on the staff namespace; the session cookie authenticates it. */
let socket: LiveSocket<StaffServerToClient, StaffClientToServer> | null = null;
let opening = false;
/** Bumped at sign-out, so that a socket whose module was still loading does not open for a dead session. */
let session = 0;
type Listener = { [E in keyof StaffServerToClient]: { event: E; fn: StaffServerToClient[E] } }[keyof StaffServerToClient];
const listeners = new Set<Listener>();

function connect() {
  if (socket || opening) return;
  opening = true;
  const mine = session;
  // socket.io-client is not needed to paint the sign-in page or the home screen: it loads with the
  // first view that listens, after that view is on screen.
  import('../lib/live-socket')
    .then(({ openSocket }) => {
      opening = false;
      if (mine !== session) return;
      socket = openSocket({ namespace: '/staff' });
      const events: (keyof StaffServerToClient)[] = ['device:state', 'playlist:changed', 'playlist:published', 'device:screenshot', 'dossier:feed'];
      for (const event of events) {
        socket.on(event, ((...args: unknown[]) => {
          for (const l of listeners) if (l.event === event) (l.fn as (...a: unknown[]) => void)(...args);
        }) as never);
      }
    })
    .catch(() => {
      // The chunk did not load (offline before the service worker cached it): views still refresh on
      // their own timers, and the next view that listens tries again.
      opening = false;
    });
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
  session += 1;
  opening = false;
  socket?.close();
  socket = null;
}
