import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP hop between the browser and the server that the test can cut: every open connection is
 * reset at once and new ones are dropped until it is mended, as a pulled cable or a rebooting
 * switch does. (Chromium's emulated offline mode leaves open WebSockets alone, so it cannot cut one.)
 */
export interface FlakyLink {
  url: string;
  cut(): void;
  mend(): void;
  close(): Promise<void>;
}

export async function flakyLink(target: string): Promise<FlakyLink> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let isCut = false;
  const track = (s: Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
    // A reset is what this hop is for; the other side's close handles the rest.
    s.on('error', () => undefined);
  };
  const server: Server = createServer((client) => {
    if (isCut) return void client.resetAndDestroy();
    const upstream = connect(Number(port), hostname);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the link has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      isCut = true;
      for (const s of open) s.resetAndDestroy();
    },
    mend() {
      isCut = false;
    },
    close: () => {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
