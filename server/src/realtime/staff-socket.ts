import { comesFromOwnPages } from '../auth/same-origin';
import { sessionForCookie } from '../auth/session';
import type { Deps } from '../context';
import { type StaffNamespace, staffRooms } from './io';
import { refuseUnknownEvents } from './on-event';
import type { SocketGate } from './socket-guard';

/** Node's setTimeout holds at most 2^31-1 ms (~24.8 days); a session lasts hours. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Events a console's socket may send (it sends none) before it is closed. */
const STAFF_EVENTS_BEFORE_CLOSE = 20;

/**
 * Staff consoles listen on /staff with their session cookie; they only receive, so no handlers. A
 * socket lives no longer than its session: it is closed when the session expires, and joins rooms by
 * session and account so that signing out, disabling the account, changing its role or resetting its
 * password closes it too (Hub.endStaffSessions), on every node.
 */
export function attachStaffSockets(deps: Deps, staff: StaffNamespace, gate: SocketGate): void {
  staff.use(async (socket, next) => {
    // Cross-site WebSocket hijacking: the browser sends the cookie to a socket any page opens, so the
    // handshake's Origin is held to the same rule as a state-changing HTTP call.
    const { origin, host } = socket.handshake.headers;
    if (!comesFromOwnPages(origin, host, deps.config.publicUrl)) return next(new Error('forbidden'));
    const session = await sessionForCookie(deps, socket.handshake.headers.cookie).catch(() => null);
    if (!session) {
      await gate.failed(socket.request);
      return next(new Error('unauthorized'));
    }
    socket.data.principal = { kind: 'staff', userId: session.user.id, username: session.user.username, sessionHash: session.idHash, expiresAt: session.expiresAt };
    next();
  });
  staff.on('connection', (socket) => {
    // Nothing is sent this way, but a client that asks for an answer gets a refusal, not a wait for ever;
    // a console sends nothing, so one that keeps sending is a script, and is closed.
    refuseUnknownEvents(socket, []);
    let sent = 0;
    socket.use((_packet, _next) => {
      if (++sent === STAFF_EVENTS_BEFORE_CLOSE) {
        deps.log.warn({ userId: socket.data.principal?.kind === 'staff' ? socket.data.principal.userId : null }, 'a console socket kept sending events a console never sends: closed');
        socket.disconnect(true);
      }
    });
    const principal = socket.data.principal;
    if (principal?.kind !== 'staff') return void socket.disconnect(true);
    void socket.join([staffRooms.session(principal.sessionHash), staffRooms.user(principal.userId)]);
    const leftMs = Date.parse(principal.expiresAt) - deps.clock().getTime();
    const expiry = setTimeout(() => socket.disconnect(true), Math.min(Math.max(leftMs, 0), MAX_TIMER_MS));
    socket.on('disconnect', () => clearTimeout(expiry));
  });
}
