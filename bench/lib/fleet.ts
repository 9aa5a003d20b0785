import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './machine';

const WORKER = fileURLToPath(new URL('./fanout-worker.ts', import.meta.url));

/** Simulated screens held by client processes, so their CPU does not sit in a server's event loop. */
export interface Fleet {
  /** When each screen received `version`'s playlist:update (epoch ms): one list per share, in order. */
  receivedAt(version: number): Promise<number[][]>;
  /** Size of `version`'s playlist:update as a screen received it, JSON bytes (0 if none arrived). */
  bytesOf(version: number): Promise<number>;
  /** CPU time the client processes have used so far (user + system, ms): the screens' share of a shared machine. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** One worker process per share: `{ url, tokens }` connects those screens to that server; `silent` screens only listen (fanout-worker.ts). */
export async function connectFleet(shares: { url: string; tokens: string[] }[], timeoutMs = 60_000, silent = false): Promise<Fleet> {
  const workers: ChildProcess[] = shares.map(() => fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const reply = <T>(w: ChildProcess, type: string) =>
    new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`a fleet worker did not answer "${type}" within ${timeoutMs / 1000} s`)), timeoutMs);
      const onMessage = (m: { type: string; message?: string; times?: number[]; bytes?: number }) => {
        if (m.type !== type && m.type !== 'error') return;
        clearTimeout(t);
        w.off('message', onMessage);
        if (m.type === 'error') reject(new Error(m.message));
        else resolve(m as T);
      };
      w.on('message', onMessage);
    });
  await Promise.all(
    workers.map((w, i) => {
      const ready = reply(w, 'ready');
      w.send({ type: 'start', ...shares[i], silent });
      return ready;
    }),
  );
  const ask = (version: number) =>
    Promise.all(
      workers.map((w) => {
        const times = reply<{ times: number[]; bytes: number }>(w, 'times');
        w.send({ type: 'times', version });
        return times;
      }),
    );
  return {
    receivedAt: async (version) => (await ask(version)).map((r) => r.times),
    bytesOf: async (version) => Math.max(0, ...(await ask(version)).map((r) => r.bytes)),
    cpuMs: () => workers.reduce((sum, w) => sum + processCpuMs(w.pid ?? 0), 0),
    stop: async () => {
      await Promise.all(workers.map((w) => new Promise((r) => (w.once('exit', r), w.send({ type: 'stop' })))));
    },
  };
}
