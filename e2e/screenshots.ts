/**
 * `npm run screenshots`: starts the demo server on a fresh data directory (as the browser tests do)
 * and photographs each app at each real size into screenshots/ (ignored by git), so anyone can look
 * at what TV viewers, citizens and centre staff see. Needs a build (`npm run build`) and Chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { destroyServer, launchBrowser, startServer } from './harness';
import { KIOSK_SIZES, TABLET_SIZES, TV_SIZES, type Visit, visitConsole, visitKiosk, visitPlayer } from './views';

const OUT = path.join(fileURLToPath(new URL('..', import.meta.url)), 'screenshots');
mkdirSync(OUT, { recursive: true });

const server = await startServer();
const browser = await launchBrowser();
const written: string[] = [];
const failed: string[] = [];
const shoot =
  (size: string, app: string): Visit =>
  async (view, page) => {
    const file = path.join(OUT, `${app}-${size}-${view}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
const attempt = async (what: string, run: () => Promise<void>) => {
  try {
    await run();
  } catch (err) {
    // One broken view must not hide the others: it is reported at the end and fails the command.
    failed.push(`${what}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
};

try {
  await Promise.all(
    TV_SIZES.map((size, i) => attempt(`player ${size.name}`, () => visitPlayer(browser, server.url, server.screenTokens[i % server.screenTokens.length] ?? '', size, shoot(size.name, 'player'), 4))),
  );
  for (const size of KIOSK_SIZES) await attempt(`kiosk ${size.name}`, () => visitKiosk(browser, server.url, size, shoot(size.name, 'kiosk')));
  for (const size of TABLET_SIZES) await attempt(`console ${size.name}`, () => visitConsole(browser, server.url, size, shoot(size.name, 'console')));
} finally {
  await browser.close();
  await destroyServer(server);
}
console.log(`${written.length} screenshots in ${path.relative(process.cwd(), OUT) || OUT}/`);
for (const f of failed) console.error(`failed: ${f}`);
process.exitCode = failed.length ? 1 : 0;
