import { mkdirSync, readdirSync, readlinkSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, destroyServer, type RunningServer, startServer } from '../e2e/harness';
import { record } from './figures';

/**
 * Three findings of the outside attack, repeated with cases of our own against the real server process:
 * uploads cut off (and a crash mid-upload) leave nothing behind, the link check never calls an internal
 * address however it is spelt, and Vietnamese file names are stored as typed.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
console.info(`uploads/links seed ${SEED}`);

let server: RunningServer;
let cookie = '';
beforeAll(async () => {
  server = await startServer({ SEED_DEMO: '0' });
  cookie = (await adminSession(server.url)).cookie;
});
afterAll(async () => {
  if (server) await destroyServer(server);
});

const incoming = () => path.join(server.dataDir, 'media', '.incoming');
const leftovers = () => {
  try {
    return readdirSync(incoming());
  } catch {
    return []; // made by the first upload
  }
};
/** The server process's open files in media/.incoming, read from /proc. */
const openHandles = () => {
  const fdDir = `/proc/${server.pid()}/fd`;
  return readdirSync(fdDir).filter((fd) => {
    try {
      return readlinkSync(`${fdDir}/${fd}`).includes('.incoming');
    } catch {
      return false; // closed between the listing and the read
    }
  });
};
const until = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return check();
};
const jpeg = (bytes: number, seed: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.alloc(bytes - 6, seed % 251)]);
/** A form as a browser sends it (the name as raw UTF-8), or with the RFC 5987 `filename*` some clients use. */
const form = (filename: string, body: Buffer, encoded = false) =>
  Buffer.concat([
    Buffer.from(
      `--b\r\nContent-Disposition: form-data; name="file"; ${encoded ? `filename*=UTF-8''${encodeURIComponent(filename)}` : `filename="${filename}"`}\r\nContent-Type: image/jpeg\r\n\r\n`,
      'utf8',
    ),
    body,
    Buffer.from('\r\n--b--\r\n'),
  ]);
/** Sends the head of an upload, then the first `cut` bytes of its body, and leaves the socket open. */
async function startUpload(body: Buffer, cut: number) {
  const { port } = new URL(server.url);
  const sock = connect(Number(port), '127.0.0.1');
  sock.on('error', () => undefined); // the server may answer and close first
  await new Promise((r) => sock.once('connect', r));
  sock.write(`POST /api/media HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${body.length}\r\n\r\n`);
  sock.write(body.subarray(0, cut));
  return sock;
}

describe('uploads cut off', () => {
  it('a connection dropped anywhere in an upload leaves no file and no open handle', async () => {
    const cuts = fc.sample(fc.tuple(fc.integer({ min: 1, max: 400_000 }), fc.boolean()), { seed: SEED, numRuns: 12 });
    let passed = 0;
    let worst = 0;
    for (const [n, [cut, waitForFile]] of cuts.entries()) {
      const body = form(`cut-${n}.jpg`, jpeg(400_000, n));
      const sock = await startUpload(body, Math.min(cut, body.length - 20));
      // Half the time the server has begun writing the file before the connection drops.
      if (waitForFile) await until(() => leftovers().length > 0, 2000);
      else await new Promise((r) => setTimeout(r, 20));
      const t0 = Date.now();
      sock.destroy();
      const clean = await until(() => leftovers().length === 0 && openHandles().length === 0, 5000);
      worst = Math.max(worst, Date.now() - t0);
      if (clean) passed += 1;
      else console.error('cut-off upload left', { cut, leftovers: leftovers(), handles: openHandles() });
    }
    const media = (await (await fetch(`${server.url}/api/media`, { headers: { Cookie: cookie } })).json()) as { items: unknown[] };
    const stillServing = (await fetch(`${server.url}/readyz`)).ok;
    record(import.meta.filename, {
      area: 'Faults',
      check: 'upload cut off mid-file (connection dropped)',
      tried: cuts.length,
      passed: stillServing && media.items.length === 0 ? passed : 0,
      note: `nothing left in media/.incoming and no open handle within ${worst} ms at worst; no media row; seed ${SEED}`,
    });
    expect(passed).toBe(cuts.length);
    expect(media.items).toHaveLength(0);
  });

  it('a crash mid-upload leaves a partial file that the next start sweeps', async () => {
    const body = form('crash.jpg', jpeg(600_000, 3));
    const sock = await startUpload(body, 300_000);
    const written = await until(() => leftovers().some((f) => statSync(path.join(incoming(), f)).size > 0), 3000);
    await server.crash();
    sock.destroy();
    const left = leftovers().length;
    // A stranger's stale leftover (another node's, from long ago) goes too; nothing else in media/ does.
    mkdirSync(incoming(), { recursive: true });
    writeFileSync(path.join(incoming(), 'old-node~stale'), 'x');
    utimesSync(path.join(incoming(), 'old-node~stale'), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await server.start();
    cookie = (await adminSession(server.url)).cookie;
    const swept = leftovers().length === 0;
    record(import.meta.filename, {
      area: 'Faults',
      check: 'kill -9 mid-upload, then restart',
      tried: 1,
      passed: written && left > 0 && swept ? 1 : 0,
      note: `${left} partial file(s) left by the crash; ${swept ? 'swept at start' : 'NOT swept'}`,
    });
    expect(written && left > 0).toBe(true);
    expect(swept).toBe(true);
  });
});

describe('link check and internal addresses', () => {
  let canary: Server;
  let hits = 0;
  beforeAll(async () => {
    canary = createServer((_req, res) => {
      hits += 1;
      res.writeHead(200).end('internal');
    });
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  });
  afterAll(() => void canary.close());

  it('refuses every spelling of an internal address, and calls none of them', async () => {
    const port = (canary.address() as AddressInfo).port;
    const own = new URL(server.url).port;
    const hosts = [
      '127.0.0.1',
      '127.1',
      '127.0.1',
      '0x7f.1',
      '0x7f000001',
      '017700000001',
      '2130706433',
      '127.255.255.254',
      'localhost',
      'LOCALHOST',
      'localhost.',
      '[::1]',
      '[0:0:0:0:0:0:0:1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '0.0.0.0',
      '0',
      '[::]',
      '10.0.0.1',
      '10.255.255.255',
      '172.16.0.1',
      '172.31.1.1',
      '192.168.0.1',
      '169.254.169.254',
      '[fe80::1]',
      '[fc00::1]',
      '[fd12:3456::1]',
      '100.64.0.1',
      '[::ffff:10.0.0.1]',
      '[::ffff:169.254.169.254]',
      '[64:ff9b::7f00:1]',
      '[2002:7f00:1::]',
    ];
    const urls = fc
      .sample(
        fc.tuple(
          fc.constantFrom(...hosts),
          fc.constantFrom(String(port), own, '', '80', '8080'),
          fc.constantFrom('', 'user:pass@', 'dichvucong.gov.vn@'),
          fc.constantFrom('/', '/admin', '/latest/meta-data/', '/?next=https://dichvucong.gov.vn', '#@dichvucong.gov.vn'),
          fc.constantFrom('http', 'https'),
        ),
        { seed: SEED, numRuns: 150 },
      )
      .map(([host, p, user, tail, scheme]) => `${scheme}://${user}${host}${p ? `:${p}` : ''}${tail}`);
    let passed = 0;
    for (const url of urls) {
      const res = await fetch(`${server.url}/api/links/check`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ url }) });
      const body = (await res.json()) as { code?: string; message?: string };
      // The schema refuses some spellings outright (400 too); what must never come back is an answer.
      if (res.status === 400 && body.code === 'validation') passed += 1;
      else console.error('internal link not refused', url, res.status, body);
    }
    record(import.meta.filename, {
      area: 'Fuzzing',
      check: 'link check on internal addresses (loopback, private, link-local, this server)',
      tried: urls.length,
      passed: hits === 0 ? passed : 0,
      note: `${hits} request(s) reached the internal canary; seed ${SEED}`,
    });
    expect(passed).toBe(urls.length);
    expect(hits).toBe(0);
  });
});

describe('Vietnamese file names', () => {
  it('are stored as typed: UTF-8, NFC, without control or bidi characters', async () => {
    const words = ['Ảnh', 'hội', 'nghị', 'Lịch', 'tiếp', 'công', 'dân', 'Thủ', 'tục', 'đăng', 'ký', 'thường', 'trú', 'Ưu', 'tiên', 'người', 'cao', 'tuổi', 'Quý', 'IV', '2026'];
    const junk = ['', '', '\t', '\u0007', '\u001b', '\u200f', '\u202e', '\u2066', '\ufeff', '\u0000', '\u0085'];
    const cases = fc.sample(
      fc.tuple(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...junk)), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), fc.constantFrom('.jpg', '.jpeg', '.JPG')),
      { seed: SEED, numRuns: 60 },
    );
    let passed = 0;
    let refused = 0;
    for (const [n, [parts, decomposed, encoded, ext]] of cases.entries()) {
      // What a person sees: the words, a tab as a space, nothing of the invisible characters.
      const typed = (parts.map(([w, j]) => (j === '\t' ? `${w} ` : w)).join(' ') + ext).replace(/\s+/g, ' ').trim();
      const sent = parts.map(([w, j]) => `${decomposed ? w.normalize('NFD') : w}${j}`).join(' ') + ext;
      const bytes = jpeg(200 + n, n * 7 + 1);
      const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=b' }, body: form(sent, bytes, encoded) });
      const body = (await res.json()) as { name?: string; code?: string };
      // Raw control bytes (other than tab) are not allowed in a part's header: refusing the form whole,
      // with nothing stored, is right too. Sent percent-encoded, they reach the name and are removed.
      // eslint-disable-next-line no-control-regex -- control bytes are what this test sends
      const rawControl = !encoded && /[\u0000-\u0008\u000a-\u001f]/.test(sent);
      if ((res.status === 201 || res.status === 200) && body.name === typed) passed += 1;
      else if (rawControl && res.status === 400 && body.code === 'validation') {
        passed += 1;
        refused += 1;
      } else console.error('file name not kept', JSON.stringify(sent), encoded, res.status, JSON.stringify(body));
    }
    record(import.meta.filename, {
      area: 'Fuzzing',
      check: 'Vietnamese upload names (NFC/NFD, control and bidi characters)',
      tried: cases.length,
      passed,
      note: `stored name equals the typed name in NFC (raw or RFC 5987-encoded); ${refused} form(s) with raw control bytes in the header refused whole; seed ${SEED}`,
    });
    expect(passed).toBe(cases.length);
  });
});
