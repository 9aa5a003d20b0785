import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readRepoCrawlText, REPO_CATALOGUE_DIR } from '../src/catalogue/read-crawl';
import { readFirstSheet, SPREADSHEET_LIMITS } from '../src/catalogue/spreadsheet';
import { type TestServer, useTestServer } from './fixtures';
import { serverEntry } from './server-entry';
import { storeEnv } from './test-database';
import { makeGzip, makeZip } from './zip-bomb';

const DATA = REPO_CATALOGUE_DIR;
const LIST = path.join(DATA, 'lists/danh-sach-tthc-BoCongAn.xlsx');
const crawlLines = (await readRepoCrawlText()).split('\n');
const line = (code: string) => {
  const l = crawlLines.find((x) => x.includes(`"ma_thu_tuc": "${code}"`) || x.includes(`"ma_thu_tuc":"${code}"`));
  if (!l) throw new Error(`no crawl line for ${code}`);
  return l;
};
/** Two good records, two crawled from the wrong page (sharing one portal URL), and two broken lines. */
const crawlSample = () => [line('1.004222'), line('1.004194'), '{not json', line('3.000224'), JSON.stringify({ ma_thu_tuc: '1.999999' }), line('3.000272')].join('\n');

let t: TestServer;
let admin: string;
useTestServer('admin', (server, cookie) => {
  t = server;
  admin = cookie;
});

const post = (name: string, body: Buffer | string, query = '') =>
  t.http
    .post(`/api/catalogue/import?name=${encodeURIComponent(name)}${query}`)
    .set('Cookie', admin)
    .set('Content-Type', 'application/octet-stream')
    .send(Buffer.from(body));

describe('catalogue import', () => {
  it('reads the portal’s real XLSX list', async () => {
    const rows = await readFirstSheet(readFileSync(LIST));
    expect(rows.length).toBeGreaterThan(300);
    expect(Object.values(rows.find((r) => Object.values(r.cells).includes('1.004222'))?.cells ?? {})).toContain('Đăng ký thường trú');
  });

  it('previews, then imports; names broken lines; re-importing changes nothing', async () => {
    const preview = (await post('national-crawl.jsonl', crawlSample(), '&dryRun=1').expect(200)).body;
    expect(preview).toMatchObject({ applied: false, added: 4, changed: 0, removed: 0 });
    expect(preview.rejected).toEqual([
      { file: 'national-crawl.jsonl', line: 3, reason: 'not valid JSON' },
      { file: 'national-crawl.jsonl', line: 5, reason: expect.stringContaining('ten_thu_tuc') },
    ]);
    expect(await t.deps.store.procedures.count()).toBe(0);

    expect((await post('national-crawl.jsonl', crawlSample()).expect(200)).body).toMatchObject({ applied: true, added: 4 });
    expect((await post('national-crawl.jsonl', crawlSample()).expect(200)).body).toMatchObject({ added: 0, changed: 0, unchanged: 4 });
    expect((await t.http.get('/api/procedures?q=dang ky thuong tru').expect(200)).body.items[0].code).toBe('1.004222');
  });

  it('cross-checks against the list: wrong-page records keep the list’s name and lose their content', async () => {
    await post('national-crawl.jsonl', crawlSample()).expect(200);
    const r = (await post('danh-sach-tthc-BoCongAn.xlsx', readFileSync(LIST)).expect(200)).body;
    const flagged = r.flagged.map((f: { code: string }) => f.code);
    expect(flagged).toEqual(expect.arrayContaining(['3.000224', '3.000272']));
    const fixed = (await t.http.get('/api/procedures/3.000224').expect(200)).body;
    expect(fixed.name).not.toContain('Hỗ trợ phát triển sản xuất');
    expect(fixed).toMatchObject({ steps: [], dossier: [], portalUrl: null });
    expect(fixed.source.flags).toContain('wrong-page');
    // The good records keep their crawled details; the list's other procedures arrive with what it knows.
    expect((await t.http.get('/api/procedures/1.004222').expect(200)).body.steps.length).toBeGreaterThan(0);
    expect(r.added).toBeGreaterThan(300);
    // A procedure only the list names is found by its name, and says who handles it (the kiosk: "ask at the counter").
    expect((await t.http.get('/api/procedures?q=cap the can cuoc tu du 14 tuoi').expect(200)).body.items[0].code).toBe('1.014061');
    const listOnly = (await t.http.get('/api/procedures/1.014061').expect(200)).body;
    expect(listOnly.source.flags).toEqual(['list-only']);
    expect(listOnly.agency).toEqual(expect.stringMatching(/\S/));
  });

  it('selects a centre’s level, and replace removes what the files no longer have', async () => {
    await post('national-crawl.jsonl', crawlSample(), '&centre=lt').expect(200);
    expect((await t.deps.store.procedures.codesForCentre('lt')).length).toBe(4);
    const smaller = [line('1.004222')].join('\n');
    const r = (await post('national-crawl.jsonl', smaller, '&replace=1').expect(200)).body;
    expect(r).toMatchObject({ removed: 3, unchanged: 1 });
    expect(await t.deps.store.procedures.count()).toBe(1);
  });

  it('refuses other file types, damaged spreadsheets, empty bodies and non-admins', async () => {
    expect((await post('notes.txt', 'hello').expect(415)).body.message).toContain('.jsonl');
    expect((await post('list.xlsx', 'PK not really a zip').expect(400)).body.message).toContain('not an XLSX file');
    expect((await post('list.xlsx', makeZip([{ name: 'readme.txt', data: Buffer.from('hello') }])).expect(400)).body.message).toContain('has no worksheet');
    await post('x.jsonl', '').expect(400);
    const editor = await t.login('editor');
    await t.http.post('/api/catalogue/import?name=a.jsonl').set('Cookie', editor).send(Buffer.from('{}')).expect(403);
  });

  it('imports a record whose name carries a NUL, without it (PostgreSQL stores no NUL)', async () => {
    await post('national-crawl.jsonl', line('1.004222').replace('"ten_thu_tuc":"Đăng ký', '"ten_thu_tuc":"Đăng\\u0000 ký')).expect(200);
    expect((await t.deps.store.procedures.get('1.004222'))?.name).toBe('Đăng ký thường trú');
  });

  it("keeps a commune's admin to its own centre's selection: not a neighbour's, nor the catalogue every centre shares", async () => {
    await post('national-crawl.jsonl', crawlSample(), '&centre=ltan').expect(200);
    const communeAdmin = await t.login('admin', 'lt');
    const as = (query: string) =>
      t.http
        .post(`/api/catalogue/import?name=national-crawl.jsonl${query}`)
        .set('Cookie', communeAdmin)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from(line('1.004222')));
    for (const query of ['&centre=ltan', '&centre=ltan&dryRun=1', '', '&replace=1', '&centre=lt&replace=1']) expect((await as(query).expect(403)).body.message, query).toBeTruthy();
    expect((await t.deps.store.procedures.codesForCentre('ltan')).length).toBe(4);
    expect(await t.deps.store.procedures.count()).toBe(4);
    // Its own centre's selection it still sets.
    expect(await t.deps.store.procedures.codesForCentre('lt')).toEqual([]);
    await as('&centre=lt').expect(200);
    expect(await t.deps.store.procedures.codesForCentre('lt')).toHaveLength(4);
  });

  it("lets a commune's admin add procedures but not rewrite the texts every centre's kiosks show", async () => {
    await post('national-crawl.jsonl', crawlSample()).expect(200);
    const communeAdmin = await t.login('admin', 'lt');
    const edited = line('1.004222').replace('"ten_thu_tuc":"Đăng ký thường trú"', '"ten_thu_tuc":"Đăng ký thường trú (bản của xã)"');
    expect(edited).not.toBe(line('1.004222'));
    const body = [edited, line('1.004194')].join('\n');
    const r = (await t.http.post('/api/catalogue/import?name=xa.jsonl&centre=lt').set('Cookie', communeAdmin).set('Content-Type', 'application/octet-stream').send(Buffer.from(body)).expect(200)).body;
    expect(r).toMatchObject({ applied: true, changed: 0, keptShared: 1, samples: { keptShared: ['1.004222'] } });
    expect((await t.deps.store.procedures.get('1.004222'))?.name).toBe('Đăng ký thường trú');
    // The province's admin changes it with the same file.
    expect((await post('xa.jsonl', body).expect(200)).body).toMatchObject({ changed: 1, keptShared: 0 });
    expect((await t.deps.store.procedures.get('1.004222'))?.name).toBe('Đăng ký thường trú (bản của xã)');
  });
});

describe('archive limits (a ZIP bomb must not stall the server)', () => {
  const MB = 1024 * 1024;
  it('refuses an XLSX that unpacks past the limit with a 413 naming it, before reading it', async () => {
    const before = await t.deps.store.procedures.count();
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: 256 * MB },
    ]);
    expect(bomb.length).toBeLessThan(MB);
    const started = Date.now();
    const res = await post('danh-sach.xlsx', bomb).expect(413);
    expect(res.body).toMatchObject({ code: 'too_large', message: expect.stringContaining(`more than ${SPREADSHEET_LIMITS.maxBytes / MB} MB`) });
    expect(res.body.message).toContain('danh-sach.xlsx');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await t.deps.store.procedures.count()).toBe(before);
  });

  it('refuses a gzipped crawl that unpacks past its limit with a 413 naming it', async () => {
    const res = await post('national-crawl.jsonl.gz', makeGzip(256 * MB)).expect(413);
    expect(res.body.message).toMatch(/national-crawl\.jsonl\.gz unpacks to more than 200 MB/);
    expect((await post('crawl.jsonl.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3])).expect(400)).body.message).toContain('not a readable gzip file');
  });

  it('refuses too many entries, and sizes that lie, and still reads a good list afterwards', async () => {
    const many = makeZip(Array.from({ length: SPREADSHEET_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `xl/part${i}.xml`, data: Buffer.from('<x/>') })));
    expect((await post('many.xlsx', many).expect(413)).body.message).toContain(`at most ${SPREADSHEET_LIMITS.maxEntries}`);
    // Declares 1 KB, holds 100 MB: caught while inflating, not trusted.
    const liar = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: 100 * MB, declaredSize: 1024 }]);
    expect((await post('liar.xlsx', liar)).status).toBeGreaterThanOrEqual(400);
    expect((await post('liar.xlsx', liar)).status).toBeLessThan(500);
    const r = (await post('danh-sach-tthc-BoCongAn.xlsx', readFileSync(LIST), '&dryRun=1').expect(200)).body;
    expect(r.rejected.length).toBeLessThan(5);
  });
});

describe('catalogue:import command', () => {
  it('imports from the command line into the server’s database and prints the report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hcc-cli-'));
    const file = path.join(dir, 'sample.jsonl');
    writeFileSync(file, crawlSample());
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [...serverEntry('catalogue-import'), ...args], {
        env: { ...storeEnv(t.deps.config), LOG_LEVEL: 'silent' },
      });
    try {
      const dry = await run(file, '--dry-run');
      expect(dry.stdout).toContain('Would import (dry run): 4 added');
      expect(dry.stdout).toContain('sample.jsonl:3: not valid JSON');
      expect((await run(file)).stdout).toContain('Imported: 4 added');
      expect(await t.deps.store.procedures.count()).toBe(4);
      expect((await run(file)).stdout).toContain('0 added, 0 changed, 4 unchanged');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
