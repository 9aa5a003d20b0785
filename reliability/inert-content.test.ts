import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeviceBootstrapSchema } from '@hcc/shared/schemas/bootstrap';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, destroyServer, launchBrowser, openConsole, openPage, pairKiosk, publishItems, type RunningServer, runSeededData, startServer } from '../e2e/harness';
import { record } from './figures';
import { clipAtWord, SPOTLIGHT_FIELD_MAX } from '@hcc/shared/catalogue/spotlight';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each would set window.__pwned if a browser ever treated it as markup or as a link to follow. */
const PAYLOADS = [
  '<img src=x onerror=__pwned=1>',
  '<script>__pwned=2</script>',
  'javascript:__pwned=3',
  '<svg onload=__pwned=4>',
  '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
  '&lt;script&gt;__pwned=6&#60;/script&#62;',
  '\u202E<a href="javascript:__pwned=7">x</a>',
];
/** Three groups, so that a tag and a group fit the shortest fields (device and user names, 100 characters). */
const GROUPS = [
  [0, 1, 2],
  [3, 4],
  [5, 6],
] as const;
const G = [0, 1, 2] as const;
/** The text one place gets: a tag that names the place, then one group of payloads. */
const val = (tag: string, g: number) => `${tag}${g} ${(GROUPS[g] ?? []).map((i) => PAYLOADS[i]).join(' ')}`;

/** One place where text enters, seen in one view: it must show as the very text that was typed. */
interface Expectation {
  place: string;
  text: string;
  payloads: number;
}
const fieldShown = (v: string) => clipAtWord(v, SPOTLIGHT_FIELD_MAX);
const expect3 = (place: string, tag: string, shown: (v: string) => string = (v) => v): Expectation[] => G.map((g) => ({ place, text: shown(val(tag, g)), payloads: GROUPS[g].length }));

/** What a view found: which expectations showed as text, and whether anything ran or was parsed as markup. */
interface ViewResult {
  view: string;
  seen: Expectation[];
  missed: Expectation[];
  problems: string[];
}

const textOf = (page: Page) => page.evaluate('document.body.textContent') as Promise<string>;

/**
 * Polls the page's text until every expectation shows (the player rotates, the console fetches) or time
 * runs out. Between looks, `next` lets time pass: real time by default, the page's clock for a player.
 */
async function watchFor(page: Page, wanted: Expectation[], ms: number, seen = new Set<Expectation>(), next = () => page.waitForTimeout(200)): Promise<Set<Expectation>> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const text = await textOf(page);
    for (const e of wanted) if (text.includes(e.text)) seen.add(e);
    if (wanted.every((e) => seen.has(e))) break;
    await next();
  }
  return seen;
}

/** Runs the player's clock on by half a 2-second item at a time (every timer fires on the way), so each planted item is looked at while it shows. */
const playOn = (page: Page) => async () => {
  await page.clock.runFor(1_000);
  await page.waitForTimeout(50);
};

/** Evidence that a payload became markup or ran: the flag, and elements or links that no page of ours has. */
const GUARD = `(() => ({
  pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
  injected: document.querySelectorAll('iframe, object, embed, script:not([src]), [onerror], [onload], [srcdoc]').length,
  badLinks: [...document.querySelectorAll('a[href]')].filter((a) => !['http:', 'https:', 'tel:'].includes(a.protocol)).length,
}))()`;

async function guard(page: Page, pageProblems: string[], dialogs: string[]): Promise<string[]> {
  const g = (await page.evaluate(GUARD)) as { pwned: string | null; injected: number; badLinks: number };
  return [
    ...pageProblems,
    ...dialogs.map((d) => `dialog: ${d}`),
    ...(g.pwned ? [`__pwned = ${g.pwned}`] : []),
    ...(g.injected ? [`${g.injected} injected elements`] : []),
    ...(g.badLinks ? [`${g.badLinks} links that are not http(s) or tel`] : []),
  ];
}

/** The CSP directives that matter, strict or not; a list of what falls short. */
function headerProblems(h: Headers, path: string): string[] {
  const csp = h.get('content-security-policy');
  const out: string[] = [];
  if (h.get('x-content-type-options') !== 'nosniff') out.push('no nosniff');
  if (!csp) return [...out, 'no CSP'];
  const d = new Map(
    csp
      .split(';')
      .map((s) => s.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([k, ...v]) => [k?.toLowerCase() ?? '', v]),
  );
  const effective = (k: string) => (d.get(k) ?? d.get('default-src') ?? []).join(' ');
  // The kiosk's pages may compile WebAssembly (its receipt scanner), never evaluate JavaScript.
  const allowed = path.startsWith('/kiosk/') ? ["'self'", "'none'", "'self' 'wasm-unsafe-eval'"] : ["'self'", "'none'"];
  if (!allowed.includes(effective('script-src'))) out.push(`script-src ${effective('script-src')}`);
  if (csp.includes("'unsafe-eval'")) out.push("'unsafe-eval'");
  // Injected markup may not style itself either: no <style> or style="" the pages did not ship.
  if (csp.includes("'unsafe-inline'")) out.push("'unsafe-inline'");
  if (effective('object-src') !== "'none'") out.push(`object-src ${effective('object-src')}`);
  if ((d.get('frame-ancestors') ?? []).join(' ') !== "'none'") out.push('frame-ancestors is not none');
  return out;
}

/** A PNG header and random bytes: accepted by the upload's sniffing, listed by name, never drawn. */
const pngBytes = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1024)]);

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({}, undefined, { from: await runSeededData() });
  // Centres have no rename route: their names are set in the database, with the server stopped.
  await server.stop();
  const db = new Database(path.join(server.dataDir, 'hcc.sqlite'));
  ['dong-nai', 'long-thanh', 'loc-tan'].forEach((id, g) => db.prepare('UPDATE centres SET name = ? WHERE id = ?').run(val('ctr', g), id));
  db.close();
  await server.start();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (server) await destroyServer(server);
});

/** The payloads go in through every route that takes text, as staff, kiosks and players would send them. */
async function plant(url: string) {
  const admin = await adminSession(url);
  const boot = async (token: string) => DeviceBootstrapSchema.parse(await (await fetch(`${url}/api/device/bootstrap`, { headers: { Authorization: `Bearer ${token}` } })).json());
  const [screen1, screen2] = [await boot(server.screenTokens[0] ?? ''), await boot(server.screenTokens[1] ?? '')];

  // Catalogue: three procedures whose every text field carries payloads, and a javascript: portal link.
  const crawl = G.map((g) =>
    JSON.stringify({
      ma_thu_tuc: `9.99000${g}`,
      ten_thu_tuc: `Thủ tục kiểm thử an toàn ${val('ten', g)}`,
      detail_url: 'javascript:__pwned=3',
      cap_thuc_hien: 'Cấp Xã',
      linh_vuc: val('lv', g),
      co_quan_thuc_hien: val('cq', g),
      trinh_tu_thuc_hien: `Bước 1: ${val('b1', g)}\nBước 2: Nhận kết quả`,
      yeu_cau_dieu_kien: val('yc', g),
      ket_qua_xu_ly: val('kq', g),
    }),
  ).join('\n');
  const imported = await fetch(`${url}/api/catalogue/import?name=inert.jsonl&centre=${screen1.centre.id}`, {
    method: 'POST',
    headers: { Cookie: admin.cookie, 'Content-Type': 'application/octet-stream' },
    body: crawl,
  });
  if (!imported.ok) throw new Error(`catalogue import → ${imported.status} ${await imported.text()}`);
  const portalUrls = await Promise.all(G.map(async (g) => ((await (await fetch(`${url}/api/procedures/9.99000${g}`)).json()) as { portalUrl: string | null }).portalUrl));

  // Screen 1's playlist: text, image caption, QR caption, procedure spotlight and ticker, three of each.
  const { items: playlists } = await admin.call<{ items: { id: string; centreId: string; name: string; target: unknown; revision: number; items: { kind: string; mediaId?: string }[] }[] }>(
    'GET',
    '/api/playlists',
  );
  const demo = playlists.find((p) => p.centreId === screen1.centre.id);
  const imageId = demo?.items.find((i) => i.kind === 'image')?.mediaId;
  if (!demo || !imageId) throw new Error('the demo playlist has no image');
  const base = { durationMs: 2_000 };
  const items = G.flatMap((g) => [
    { ...base, id: `text-${g}`, kind: 'text', title: val('tit', g), heading: val('hd', g), body: val('bd', g) },
    { ...base, id: `image-${g}`, kind: 'image', title: val('alt', g), mediaId: imageId, caption: val('cap', g) },
    { ...base, id: `qr-${g}`, kind: 'qr', title: `QR ${g}`, url: 'https://dichvucong.gov.vn/', caption: val('qrc', g) },
    { ...base, id: `proc-${g}`, kind: 'procedure', title: `Thủ tục ${g}`, procedureCode: `9.99000${g}` },
    { ...base, id: `ticker-${g}`, kind: 'ticker', title: `Chữ chạy ${g}`, text: val('tk', g) },
  ]);
  await publishItems(url, screen1.centre.id, items);
  // A QR item that would carry a javascript: link is refused at the door.
  const current = await admin.call<{ revision: number; name: string; target: unknown }>('GET', `/api/playlists/${demo.id}`);
  const jsQr = await fetch(`${url}/api/playlists/${demo.id}`, {
    method: 'PUT',
    headers: { Cookie: admin.cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: current.name,
      centreId: screen1.centre.id,
      target: current.target,
      baseRevision: current.revision,
      items: [{ ...base, id: 'qr-js', kind: 'qr', title: 'QR', url: 'javascript:__pwned=3', caption: 'x' }],
    }),
  });

  for (const g of G) {
    await admin.call('POST', '/api/playlists', { name: val('pl', g), centreId: screen2.centre.id, target: { centreIds: [], groups: [] }, items: [] });
    await admin.call('POST', '/api/emergencies', { text: val('em', g), deviceIds: [screen2.device.id], durationMinutes: 60 });
    await admin.call('POST', '/api/users', { username: `inert${g}`, displayName: val('us', g), role: 'viewer', password: 'inert-password-1' });
    await admin.call('POST', '/api/plan-targets', { centreId: screen1.centre.id, seq: 90 + g, content: val('pt', g), product: '', lead: '', partners: '', timing: '' });
    const form = new FormData();
    form.append('file', new Blob([pngBytes()], { type: 'image/png' }), `${val('md', g)}.png`);
    const up = await fetch(`${url}/api/media`, { method: 'POST', headers: { Cookie: admin.cookie }, body: form });
    if (!up.ok) throw new Error(`upload → ${up.status}`);
  }
  await admin.call('PATCH', `/api/devices/${screen1.device.id}`, { name: val('dv', 0) });
  await admin.call('PATCH', `/api/devices/${screen2.device.id}`, { name: val('dv', 1) });
  const ticket = (await (await fetch(`${url}/api/pairings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'kiosk' }) })).json()) as { code: string };
  await admin.call('POST', '/api/pairings/approve', { code: ticket.code, name: val('dv', 2), centreId: screen2.centre.id });

  const forms = (await (await fetch(`${url}/api/surveys/forms`)).json()) as { items: { id: string; version: number; questions: { id: string }[] }[] };
  const quick = forms.items.find((f) => f.id === 'quick');
  // Survey answers come only from a kiosk paired with their centre.
  const kiosk = await pairKiosk(url, screen1.centre.id);
  for (const g of G) {
    const answer = {
      id: randomUUID(),
      centreId: screen1.centre.id,
      formId: 'quick',
      formVersion: quick?.version,
      answers: { [quick?.questions[0]?.id ?? 'q']: 2 },
      // The server keeps only a lĩnh vực the catalogue has: the payload-carrying ones imported above.
      context: { channel: 'kiosk', field: val('lv', g) },
      comment: val('gy', g),
      submittedAt: new Date().toISOString(),
    };
    const res = await fetch(`${url}/api/surveys/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${kiosk.token}` }, body: JSON.stringify(answer) });
    if (!res.ok) throw new Error(`survey → ${res.status} ${await res.text()}`);
  }
  const media = (await admin.call<{ items: { id: string; name: string }[] }>('GET', '/api/media')).items;
  return { screen1, screen2, demoId: demo.id, items, portalUrls, jsQrStatus: jsQr.status, mediaNames: media.filter((m) => m.name.startsWith('md')).map((m) => m.name), imageId };
}

describe('inert content', () => {
  it('shows script-carrying text as text in the console, the player and the kiosk, and runs none of it', async () => {
    const url = server.url;
    const planted = await plant(url);
    const results: ViewResult[] = [];
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Time flows as usual; only the player's watch below runs it faster.
    await ctx.clock.install();
    const dialogs: string[] = [];
    ctx.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const view = async (name: string, page: Page, problems: string[], wanted: Expectation[], seen: Set<Expectation>) => {
      results.push({ view: name, seen: wanted.filter((e) => seen.has(e)), missed: wanted.filter((e) => !seen.has(e)), problems: await guard(page, problems, dialogs) });
    };

    // Kiosk: search results, each procedure page, the fields, and a comment typed at the survey.
    {
      const { page, problems } = await openPage(ctx, (await pairKiosk(url, planted.screen1.centre.id, `?centre=${planted.screen1.centre.id}`)).url);
      const wanted = [
        ...expect3('procedure name · kiosk', 'ten'),
        ...expect3('procedure field · kiosk', 'lv'),
        ...expect3('procedure agency · kiosk', 'cq'),
        ...expect3('procedure steps · kiosk', 'b1'),
        ...expect3('procedure conditions · kiosk', 'yc'),
        ...expect3('procedure result · kiosk', 'kq'),
      ];
      const seen = new Set<Expectation>();
      await page.getByTestId('tile-search').click();
      await page.getByTestId('kiosk-search').fill('kiem thu an toan');
      await page.locator('[data-testid="kiosk-result"][data-code="9.990002"]').waitFor();
      await watchFor(
        page,
        wanted.filter((e) => e.place.startsWith('procedure name')),
        3_000,
        seen,
      );
      for (const g of G) {
        await page.locator(`[data-testid="kiosk-result"][data-code="9.99000${g}"]`).click();
        await page.getByTestId('procedure-detail').waitFor();
        await watchFor(
          page,
          wanted.filter((e) => new RegExp(`^[a-z0-9]+?${g} `).test(e.text)),
          3_000,
          seen,
        );
        await page.getByTestId('detail-back').click();
      }
      await view('kiosk', page, problems, wanted, seen);
      const typed = G.map((g) => val('kc', g));
      await page.getByTestId('kiosk-home').click();
      await page.getByTestId('tile-survey').click();
      await page.getByTestId('survey-2').click();
      await page.getByTestId('survey-comment').fill(typed.join('\n'));
      await page.getByTestId('survey-send').click();
      await page.getByTestId('survey-thanks').waitFor();
      await view('kiosk survey', page, problems, [], seen);
      const phone = await openPage(ctx, `${url}/kiosk/?survey=1&centre=${planted.screen1.centre.id}`);
      await phone.page.getByTestId('survey').waitFor();
      await view('kiosk phone survey', phone.page, phone.problems, [], new Set());
      await page.close();
      await phone.page.close();
    }

    // The TV players: screen 1 plays every planted item; screen 2 shows the emergency messages.
    {
      const { page, problems } = await openPage(ctx, `${url}/display/#token=${server.screenTokens[0]}`);
      const wanted = [
        ...expect3('text heading · player', 'hd'),
        ...expect3('text body · player', 'bd'),
        ...expect3('image caption · player', 'cap'),
        ...expect3('QR caption · player', 'qrc'),
        ...expect3('ticker · player', 'tk'),
        ...expect3('procedure name · player spotlight', 'ten'),
        // The spotlight names the field cut at a word (shared/src/catalogue/spotlight.ts): that much must show, as text.
        ...expect3('procedure field · player spotlight', 'lv', fieldShown),
        ...expect3('procedure agency · player spotlight', 'cq'),
        { place: 'centre name · player header', text: val('ctr', 1), payloads: GROUPS[1].length },
      ];
      await view('player', page, problems, wanted, await watchFor(page, wanted, 60_000, new Set(), playOn(page)));
      const second = await openPage(ctx, `${url}/display/#token=${server.screenTokens[1]}`);
      const emergencies = [...expect3('emergency message · player', 'em'), { place: 'centre name · player header', text: val('ctr', 2), payloads: GROUPS[2].length }];
      await view('player (emergency)', second.page, second.problems, emergencies, await watchFor(second.page, emergencies, 15_000));
      await page.close();
      await second.page.close();
    }

    // The console: every tab that shows planted text, and the live preview of every planted item.
    {
      const { page, problems } = await openConsole(ctx, url);
      const tab = async (id: string, wanted: Expectation[]) => {
        await page.getByTestId(`tab-${id}`).click();
        await view(`console ${id}`, page, problems, wanted, await watchFor(page, wanted, 8_000));
      };
      await tab('home', expect3('emergency message · console home', 'em'));
      // Names as the server keeps them (the multipart file name, cut to 255 characters).
      await tab(
        'media',
        planted.mediaNames.map((n) => ({ place: 'media file name · console library', text: n, payloads: GROUPS[Number(n[2])]?.length ?? 0 })),
      );
      await tab('devices', [...expect3('device name · console devices', 'dv'), ...expect3('centre name · console devices', 'ctr')]);
      await tab('surveys', [
        ...expect3('survey comment · console surveys', 'gy'),
        ...expect3('survey comment typed at the kiosk · console surveys', 'kc'),
        ...expect3('survey field · console surveys', 'lv'),
      ]);
      await tab('reports', expect3('plan target · console reports', 'pt'));
      await tab('users', expect3('user display name · console users', 'us'));

      await page.getByTestId('tab-playlists').click();
      const names = expect3('playlist name · console playlists', 'pl');
      await view('console playlists', page, problems, names, await watchFor(page, names, 8_000));
      await page.getByTestId(`edit-${planted.demoId}`).click();
      await page.getByTestId('item-row').first().waitFor();
      const titles = expect3('item title · console editor', 'tit');
      const seen = await watchFor(page, titles, 5_000);
      const previews: Expectation[] = [];
      for (const [i, item] of planted.items.entries()) {
        const g = Number(item.id.slice(-1));
        const tags = { text: ['hd', 'bd'], image: ['cap'], qr: ['qrc'], procedure: ['ten', 'lv', 'cq'], ticker: ['tk'] }[item.kind] ?? [];
        const wanted = tags.map((tag) => ({ place: `${item.kind} ${tag} · console preview`, text: tag === 'lv' ? fieldShown(val(tag, g)) : val(tag, g), payloads: GROUPS[g]?.length ?? 0 }));
        previews.push(...wanted);
        await page.getByTestId('item-edit').nth(i).click();
        await page.getByTestId('item-preview').waitFor();
        await watchFor(page, wanted, 5_000, seen);
      }
      await view('console editor', page, problems, [...titles, ...previews], seen);

      // The audit log's before/after: JSON text, quotes escaped as JSON writes them.
      await page.getByTestId('tab-audit').click();
      const audit = expect3('user display name · console audit', 'us', (v) => JSON.stringify(v).slice(1, -1));
      const auditSeen = new Set<Expectation>();
      const rows = page.locator('tr.clickable', { hasText: 'user.create' });
      await rows.first().waitFor();
      for (let i = 0; i < (await rows.count()); i++) {
        await rows.nth(i).click();
        // Each row is one user's creation: its before/after (shown at once, nothing fetched) holds one of the names.
        const diff = rows.nth(i).locator('xpath=following-sibling::tr[1]').locator('.diff');
        await diff.waitFor();
        const text = (await diff.textContent()) ?? '';
        for (const e of audit) if (text.includes(e.text)) auditSeen.add(e);
      }
      await view('console audit', page, problems, audit, auditSeen);
      await page.close();
    }

    // The detector itself: markup forced into a page behind the app's back is caught (and the CSP stops its handler).
    const control = await openPage(ctx, `${url}/kiosk/`);
    await control.page.evaluate(`document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(PAYLOADS[0])})`);
    await control.page.waitForTimeout(300);
    const caught = await guard(control.page, control.problems, []);
    await ctx.close();

    const tried = results.reduce((n, r) => n + [...r.seen, ...r.missed].reduce((m, e) => m + e.payloads, 0), 0);
    const passed = results.reduce((n, r) => n + (r.problems.length ? 0 : r.seen.reduce((m, e) => m + e.payloads, 0)), 0);
    const places = new Set(results.flatMap((r) => [...r.seen, ...r.missed].map((e) => e.place)));
    record(import.meta.filename, {
      area: 'Inert content',
      check: 'script-carrying text (img onerror, script, javascript:, svg onload, iframe srcdoc, entities, RTL override) in every place text enters, shown in the console, player and kiosk',
      tried,
      passed,
      note: `${PAYLOADS.length} payloads, ${tried} payload × place pairs over ${places.size} places (field · view) in ${results.length} views; passed = shown verbatim as text, with nothing run, injected or refused by the CSP in that view (the same check flags markup forced into a page: ${caught.length} findings)`,
    });
    const links = [planted.jsQrStatus === 400, ...planted.portalUrls.map((u) => u === null)];
    record(import.meta.filename, {
      area: 'Inert content',
      check: 'javascript: links refused where a link is kept (a QR item; a catalogue record’s portal page)',
      tried: links.length,
      passed: links.filter(Boolean).length,
    });

    expect(results.filter((r) => r.problems.length || r.missed.length).map((r) => ({ view: r.view, problems: r.problems, missed: r.missed.map((e) => e.place) }))).toEqual([]);
    expect(links.every(Boolean)).toBe(true);
    expect(caught.some((p) => p.includes('injected'))).toBe(true);
  });

  it('sends a strict CSP and nosniff with every page, API answer and media file', async () => {
    const url = server.url;
    const consoleHtml = await (await fetch(`${url}/console/`)).text();
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(consoleHtml)?.[1];
    const media = (await (await adminSession(url)).call<{ items: { id: string; kind: string }[] }>('GET', '/api/media')).items;
    const targets = [
      '/console/',
      '/display/',
      `/kiosk/?centre=long-thanh`,
      `/kiosk/?survey=1&centre=long-thanh`,
      `/kiosk/?hoso=1&centre=long-thanh`,
      '/kiosk/?p=9.990000',
      '/kiosk/sw.js',
      ...(asset ? [asset] : []),
      '/api/procedures?q=kiem',
      '/api/procedures/9.990000',
      '/api/surveys/forms',
      '/api/auth/me',
      '/api/no-such-route',
      '/healthz',
      ...['image', 'video'].flatMap((k) =>
        media
          .filter((m) => m.kind === k)
          .slice(0, 1)
          .map((m) => `/media/${m.id}`),
      ),
    ];
    const failures: Record<string, string[]> = {};
    for (const t of targets) {
      const res = await fetch(`${url}${t}`);
      await res.arrayBuffer();
      const p = headerProblems(res.headers, t);
      if (p.length) failures[t] = p;
    }
    record(import.meta.filename, {
      area: 'Inert content',
      check: "strict CSP (script-src 'self' or 'none', no 'unsafe-eval', object-src and frame-ancestors 'none') and nosniff on pages, API answers and media",
      tried: targets.length,
      passed: targets.length - Object.keys(failures).length,
      note: 'the console, player, kiosk and phone survey pages, a script asset, the service worker, API answers (200, 401, 404), health, an image and a video',
    });
    expect(failures).toEqual({});
  });

  it('has no HTML sinks in the front ends: nothing assigns markup or evaluates strings', () => {
    const SINKS = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
    const files = ['kiosk/src', 'display/src', 'shared/src'].flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => path.join(dir, f)),
    );
    const offenders = files.filter((f) => SINKS.test(readFileSync(path.join(ROOT, f), 'utf8')));
    record(import.meta.filename, {
      area: 'Inert content',
      check: 'front-end sources free of HTML sinks (innerHTML, dangerouslySetInnerHTML, document.write, eval)',
      tried: files.length,
      passed: files.length - offenders.length,
    });
    expect(offenders).toEqual([]);
  });
});
