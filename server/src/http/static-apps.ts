import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

const repoPath = (rel: string) => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));

/** The built PWAs and the path each is served under (each is built with that base). */
interface StaticAppSpec {
  mount: string;
  dir: string;
  title: string;
  /** Its pages may compile WebAssembly (see allowWasm). */
  wasm?: boolean;
  /** Its pages are cross-origin isolated (see isolate). */
  isolated?: boolean;
}

export const APPS: readonly StaticAppSpec[] = [
  { mount: '/display/', dir: repoPath('display/dist/player'), title: 'Màn hình chờ' },
  { mount: '/console/', dir: repoPath('display/dist/console'), title: 'Bảng điều khiển' },
  { mount: '/kiosk/', dir: repoPath('kiosk/dist'), title: 'Kiosk tra cứu', wasm: true, isolated: true },
];

/**
 * The kiosk's receipt scanner decodes camera frames with WebAssembly, which CSP allows only with
 * 'wasm-unsafe-eval' (compiling WebAssembly; JavaScript eval stays refused). Only the kiosk's own
 * pages get it, so the console and the player keep script-src 'self' alone.
 */
function allowWasm(_req: Request, res: Response, next: NextFunction): void {
  const csp = res.getHeader('Content-Security-Policy');
  if (typeof csp === 'string') res.setHeader('Content-Security-Policy', csp.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
  next();
}

/**
 * The kiosk's page waits for its search worker's answer in memory they share (kiosk/src/search-answer.ts),
 * which a browser allows only a cross-origin isolated page: opener isolation (helmet's COOP, same-origin,
 * for every page) and this embedder policy. Everything the kiosk loads is its own origin's, which
 * require-corp lets through.
 */
function isolate(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
  next();
}

/**
 * Hashed assets are cached forever; index.html and the service worker must always be revalidated,
 * or a TV would never learn that a new player version exists.
 */
export function staticApp(dir: string, opts: { wasm?: boolean; isolated?: boolean } = {}): Router {
  const r = express.Router();
  if (opts.wasm) r.use(allowWasm);
  if (opts.isolated) r.use(isolate);
  if (!existsSync(dir)) {
    r.use((_req, res) => void res.status(503).type('text/plain; charset=utf-8').send('This app is not built yet: run `npm run build`.'));
    return r;
  }
  r.use(
    express.static(dir, {
      index: 'index.html',
      setHeaders(res, file) {
        if (/[\\/]assets[\\/]/.test(file)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  // Client-side routes fall back to the app shell; files that do not exist stay 404.
  r.use((req, res, next) => {
    if (req.method !== 'GET' || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: dir });
  });
  return r;
}
