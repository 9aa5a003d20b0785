import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { createApp } from './app';
import { ensureAdmin } from './auth/bootstrap-admin';
import { findCrawl } from './catalogue/read-crawl';
import { ConfigError, loadConfig } from './config/config';
import { configuredClock, type Deps } from './context';
import { singleNode } from './realtime/cluster';
import { connectRedisCluster } from './realtime/redis-cluster';
import { SEED_CHILD_ENV, seedAsChild, seedDemoApart } from './seed/apart';
import { secretInDataDir } from './security/secret-file';
import { openStore } from './store/open';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = pino({ level: config.logLevel });
  await mkdir(config.dataDir, { recursive: true });
  const store = await openStore(config);
  const deps: Deps = { config, store, clock: configuredClock(config), log };

  const crawl = findCrawl(config.catalogueDir);
  // Nodes started together take turns: the first creates the admin and seeds, the others find it done.
  // The seed runs in a process of its own, so its peak memory is not this server's for good (see apart.ts).
  const { admin, seeded } = await store.startupTurn(async () => ({
    admin: await ensureAdmin(deps),
    seeded: config.seedDemo ? await seedDemoApart(store) : null,
  }));
  if (seeded) log.info({ ...seeded, screens: seeded.screens.length, kiosk: seeded.kiosk?.name ?? null, catalogue: crawl ?? 'not found' }, 'demo centre seeded');

  // A generated password and the demo's links are stored only as hashes: shown once, at the start
  // that made them. A start that fails after making them (a port in use, Redis unreachable) shows
  // them as it stops, or nobody could sign in to the new deployment.
  const adminLine = admin?.generated ? `  Staff sign-in:              ${admin.username} / ${admin.password}   ← shown only this once` : null;
  const demoKiosk = (base: string) => seeded?.kiosk && `${base}/kiosk/#token=${seeded.kiosk.token}   (${seeded.kiosk.name}, đã ghép sẵn; shown only this once)`;
  const demoScreens = (base: string) => (seeded?.screens ?? []).map((s) => `  Demo screen, already paired: ${base}/display/#token=${s.token}   (${s.name}; shown only this once)`);
  const serve = async () => {
    const cluster = config.redisUrl ? await connectRedisCluster(config.redisUrl, config.redisPrefix, log) : singleNode();
    // Signs the phone survey's ticket: set, shared by the nodes through Redis, or kept in the data directory.
    const cookieSecret = config.cookieSecret ?? (await cluster.sharedSecret('cookie-secret')) ?? (await secretInDataDir(config.dataDir, 'cookie-secret'));
    const app = await createApp({ ...deps, config: { ...config, cookieSecret } }, cluster);
    // A port in use rejects here, rather than as an unhandled 'error' event.
    await new Promise<void>((resolve, reject) => app.http.once('error', reject).listen(config.port, config.host, () => resolve(void app.http.off('error', reject))));
    return { app, cluster };
  };
  const { app, cluster } = await serve().catch((err: unknown) => {
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    const kiosk = demoKiosk(base);
    const once = [...(adminLine ? [adminLine] : []), ...(kiosk ? [`  Kiosk tra cứu:              ${kiosk}`] : []), ...demoScreens(base)];
    if (once.length) console.error(['', '  The start failed after making these; they are shown only now:', ...once, ''].join('\n'));
    throw err;
  });
  const address = app.http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;

  // A hall kiosk must be paired: the demo's is, by the link printed once; any other shows a code to approve.
  const kioskLine = demoKiosk(base) || `${base}/kiosk/   (hiện mã 6 số: duyệt trong bảng điều khiển / shows a code to approve in the console)`;
  const lines = [
    '',
    '  Trung tâm Phục vụ hành chính công — kiosk & màn hình chờ',
    `  Màn hình chờ (TV player):   ${base}/display/`,
    `  Kiosk tra cứu:              ${kioskLine}`,
    `  Bảng điều khiển (console):  ${base}/console/`,
  ];
  if (adminLine) lines.push(adminLine);
  else if (admin) lines.push(`  Staff sign-in:              ${admin.username} / (the ADMIN_PASSWORD you set)`);
  else lines.push('  Staff sign-in:              the admin account created on first start');
  lines.push(...demoScreens(base));
  lines.push(`  Data directory:             ${config.dataDir}`);
  lines.push(`  Database:                   ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : path.join(config.dataDir, 'hcc.sqlite')}`);
  const noProcedures = (await store.procedures.count()) === 0;
  if (noProcedures && crawl) {
    // Without the demo (SEED_DEMO=0, as deploy/ runs) the crawl is there but nothing imports it.
    lines.push(
      '',
      `  ⚠ Chưa có thủ tục hành chính nào: kiosk sẽ không tìm thấy gì. Nhập danh mục: npm run catalogue:import -- ${crawl}`,
      '    (rồi khởi động lại các node), hoặc ở bảng điều khiển (tab Danh mục).',
      '    No procedures yet: the kiosk will find nothing. Import the catalogue with the command above (then restart the nodes), or from the console.',
      '',
    );
  } else if (noProcedures) {
    const where = config.catalogueDir ?? 'server/seed/tthc';
    lines.push(
      '',
      `  ⚠ Chưa có thủ tục hành chính nào: kiosk sẽ không tìm thấy gì. Không thấy national-crawl.jsonl(.gz) trong ${where};`,
      '    đặt CATALOGUE_DIR đúng thư mục rồi khởi động lại, hoặc nhập danh mục ở bảng điều khiển (tab Danh mục) hay bằng npm run catalogue:import.',
      `    No procedures yet: the kiosk will find nothing. Point CATALOGUE_DIR at a folder with the crawl, or import one from the console.`,
      '',
    );
  }
  lines.push(`  Other nodes:                ${config.redisUrl ? `through Redis at REDIS_URL, as node ${config.nodeId}` : 'none (set REDIS_URL to run several)'}`, '');
  console.log(lines.join('\n'));

  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    await cluster.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (process.env[SEED_CHILD_ENV] === '1') {
  await seedAsChild();
  process.exit(0);
} else await main();
