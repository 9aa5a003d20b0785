/**
 * A socket.io client for the TV player and the console, speaking the socket.io v5 / engine.io v4
 * protocol over a plain WebSocket, one namespace per connection, text packets only.
 *
 * Why not socket.io-client: it carries HTTP long-polling, WebTransport and upgrade logic a TV on the
 * centre's LAN never uses, about 13 KB of a 40 KB gzipped budget. The server is unchanged (the real
 * socket.io, Redis adapter and all), and the browser tests drive this client against it.
 *
 * What it does not do, on purpose: buffer emits while offline (callers own their retries: the
 * impression queue re-sends until acknowledged) or binary payloads (none of our events has one).
 */

type Fn = (...args: never[]) => void;
type Handler = (...args: unknown[]) => void;
type Args<F> = F extends (...args: infer A) => void ? A : never;

interface Reserved {
  connect: () => void;
  disconnect: () => void;
  connect_error: (err: { message: string }) => void;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 10_000;

export class LiteSocket<ServerToClient extends { [K in keyof ServerToClient]: Fn }, ClientToServer extends { [K in keyof ClientToServer]: Fn }> {
  connected = false;
  private ws: WebSocket | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly acks = new Map<number, Handler>();
  private nextAckId = 0;
  private attempt = 0;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private deadAfterMs = 45_000;

  /** "" for the default namespace, else "/staff," as socket.io prefixes that namespace's packets. */
  private readonly nsp: string;

  constructor(
    private readonly auth: Record<string, unknown>,
    opts: { namespace?: string; url?: string } = {},
    private readonly url = opts.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/socket.io/?EIO=4&transport=websocket`,
  ) {
    this.nsp = opts.namespace && opts.namespace !== '/' ? `${opts.namespace},` : '';
    this.open();
  }

  on<E extends keyof (ServerToClient & Reserved) & string>(event: E, handler: (ServerToClient & Reserved)[E]): void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as Handler);
  }

  /** Sends now or not at all; a trailing function argument is the acknowledgement callback. */
  emit<E extends keyof ClientToServer & string>(event: E, ...args: Args<ClientToServer[E]>): void {
    if (!this.connected || !this.ws) return;
    const last = args[args.length - 1];
    let id = '';
    let payload: unknown[] = args;
    if (typeof last === 'function') {
      const ackId = this.nextAckId++;
      this.acks.set(ackId, last as Handler);
      id = String(ackId);
      payload = args.slice(0, -1);
    }
    this.ws.send(`42${this.nsp}${id}${JSON.stringify([event, ...payload])}`);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.ws?.close();
  }

  private fire(event: string, ...args: unknown[]): void {
    this.handlers.get(event)?.forEach((h) => {
      try {
        h(...args);
      } catch (err) {
        console.error(`handler for "${event}" failed`, err); // one bad handler must not cut the line
      }
    });
  }

  private open(): void {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onmessage = (m) => typeof m.data === 'string' && this.receive(ws, m.data);
    ws.onclose = () => this.lost(ws, null);
    ws.onerror = () => ws.close();
  }

  /** An engine.io packet: a type digit, then for "message" packets a socket.io packet. */
  private receive(ws: WebSocket, data: string): void {
    switch (data[0]) {
      case '0': {
        // Handshake: the server's heartbeat settings tell us when a silent line is dead.
        const { pingInterval, pingTimeout } = JSON.parse(data.slice(1)) as { pingInterval: number; pingTimeout: number };
        this.deadAfterMs = pingInterval + pingTimeout;
        this.alive(ws);
        ws.send(`40${this.nsp}${JSON.stringify(this.auth)}`);
        return;
      }
      case '2':
        this.alive(ws);
        ws.send('3');
        return;
      case '1':
        ws.close();
        return;
      case '4':
        this.packet(ws, data.slice(1));
    }
  }

  private packet(ws: WebSocket, p: string): void {
    const type = p[0];
    if (!p.startsWith(this.nsp, 1)) return; // another namespace's packet (not multiplexed here)
    const body = p.slice(1 + this.nsp.length);
    if (type === '0') {
      this.connected = true;
      this.attempt = 0;
      this.fire('connect');
    } else if (type === '4') {
      this.lost(ws, JSON.parse(body) as { message: string });
    } else if (type === '1') {
      ws.close();
    } else if (type === '2' || type === '3') {
      const digits = /^\d*/.exec(body)?.[0] ?? '';
      const args = JSON.parse(body.slice(digits.length)) as unknown[];
      if (type === '3') {
        const ack = this.acks.get(Number(digits));
        this.acks.delete(Number(digits));
        ack?.(...args);
        return;
      }
      const [event, ...rest] = args as [string, ...unknown[]];
      const reply = digits ? (...r: unknown[]) => ws.send(`43${this.nsp}${digits}${JSON.stringify(r)}`) : null;
      this.fire(event, ...rest, ...(reply ? [reply] : []));
    }
  }

  private alive(ws: WebSocket): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => ws.close(), this.deadAfterMs);
  }

  private lost(ws: WebSocket, error: { message: string } | null): void {
    if (this.ws !== ws) return;
    this.ws = null;
    clearTimeout(this.watchdog);
    ws.onclose = ws.onmessage = ws.onerror = null;
    ws.close();
    this.acks.clear(); // callers time their acks out themselves
    if (this.connected) {
      this.connected = false;
      this.fire('disconnect');
    }
    if (error) this.fire('connect_error', error);
    if (this.closed) return;
    const base = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** this.attempt++);
    // Jitter, so that a centre's screens do not all knock at once when the server comes back.
    this.retryTimer = setTimeout(() => this.open(), base * (0.5 + Math.random()));
  }
}
