import { comesFromOwnPages } from '../auth/same-origin';
import { userForSessionCookie } from '../auth/session';
import type { Deps } from '../context';
import type { StaffNamespace } from './io';
import { refuseUnknownEvents } from './on-event';

/** Staff consoles listen on /staff with their session cookie; they only receive, so no handlers. */
export function attachStaffSockets(deps: Deps, staff: StaffNamespace): void {
  staff.use(async (socket, next) => {
    // Cross-site WebSocket hijacking: the browser sends the cookie to a socket any page opens, so the
    // handshake's Origin is held to the same rule as a state-changing HTTP call.
    const { origin, host } = socket.handshake.headers;
    if (!comesFromOwnPages(origin, host, deps.config.publicUrl)) return next(new Error('forbidden'));
    const user = await userForSessionCookie(deps, socket.handshake.headers.cookie).catch(() => null);
    if (!user) return next(new Error('unauthorized'));
    socket.data.principal = { kind: 'staff', userId: user.id, username: user.username };
    next();
  });
  // Nothing is sent this way, but a client that asks for an answer gets a refusal, not a wait for ever.
  staff.on('connection', (socket) => refuseUnknownEvents(socket, []));
}
