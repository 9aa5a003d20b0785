import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dossierCodeKey } from '@hcc/shared/dossiers/code';
import { nameInitials } from '@hcc/shared/dossiers/initials';
import type { DossierState } from '@hcc/shared/dossiers/merge';
import { COMMON_PROCEDURE_CODES } from '@hcc/shared/catalogue/common-procedures';
import pino from 'pino';
import { createApp } from '../../server/src/app';
import type { Deps } from '../../server/src/context';
import { openSqlite } from '../../server/src/db/sqlite';
import { DEFAULT_LIMITS } from '../../server/src/security/limits';
import { sqliteStore } from '../../server/src/store/store';
import { makeConfig } from '../../server/test/fixtures';
import type { BenchResult } from '../lib/report';
import { percentile } from '../lib/stats';

/** A province's dossiers over a few years: a million, spread over 20 communes. */
const TOTAL = Number(process.env['BENCH_DOSSIERS'] ?? 1_000_000);
const COMMUNES = 20;
const CHUNK = 1000;
const LOOKUPS = 2000;
const STATUSES = ['received', 'processing', 'supplement', 'ready', 'returned', 'returned', 'returned', 'rejected'] as const;
const OLD_STATUSES = [...Array<'returned'>(18).fill('returned'), 'rejected', 'withdrawn'] as const;

const codeOf = (i: number) => `000.00.${String(i % COMMUNES).padStart(2, '0')}.H12-${String(250101 + (i % 365)).padStart(6, '0')}-${String(i).padStart(7, '0')}`;

function dossier(i: number, nameHash: (n: string) => string): DossierState {
  const code = codeOf(i);
  const received = Date.parse('2024-01-01T01:00:00Z') + (i / TOTAL) * 3 * 365 * 86_400_000;
  // As in a real feed, what was received more than a month ago has long had its result.
  const status = received < Date.parse('2026-12-05T00:00:00Z') ? OLD_STATUSES[i % OLD_STATUSES.length]! : STATUSES[i % STATUSES.length]!;
  const resolved = status !== 'received' && status !== 'processing' && status !== 'supplement' && status !== 'withdrawn';
  const name = `Nguyễn Văn ${i}`;
  return {
    key: dossierCodeKey(code)!,
    code,
    centreId: `xa-${(i % COMMUNES) + 1}`,
    procedureCode: COMMON_PROCEDURE_CODES[i % COMMON_PROCEDURE_CODES.length]!,
    procedureName: 'Đăng ký khai sinh',
    field: i % 3 ? 'Hộ tịch' : 'Chứng thực',
    receivedAt: new Date(received).toISOString(),
    appointmentAt: new Date(received + 3 * 86_400_000).toISOString(),
    status,
    history: [{ status: 'received', at: new Date(received).toISOString() }],
    resultAt: resolved ? new Date(received + (1 + (i % 4)) * 86_400_000).toISOString() : null,
    delivery: resolved ? 'counter' : null,
    counter: resolved ? 'Quầy số 2' : null,
    maskedName: nameInitials(name),
    nameHash: nameHash(name),
    updatedAt: new Date(received + 5 * 86_400_000).toISOString(),
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The citizen's look-up over HTTP with a million dossiers stored: the goal is p95 ≤ 50 ms. */
export async function runDossiers(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hcc-dossiers-'));
  const store = sqliteStore(await openSqlite(path.join(dir, 'hcc.sqlite')));
  const now = new Date('2027-01-05T03:00:00Z');
  // Limits lifted: this measures the look-up, not the rate limiter's refusals.
  const limits = { ...DEFAULT_LIMITS, dossierLookup: { perKiosk: 1e9, missesPerKiosk: 1e9, perAddress: 1e9, missesPerAddress: 1e9, missesPerNetwork: 1e9, windowS: 60 } };
  const deps: Deps = { config: makeConfig(dir, { limits }), store, clock: () => now, log: pino({ level: 'silent' }) };
  try {
    await store.centres.upsert({ id: 'dn', kind: 'province', name: 'Tỉnh Đồng Nai', parentId: null, address: '', hotline: '1022' });
    for (let c = 1; c <= COMMUNES; c += 1) await store.centres.upsert({ id: `xa-${c}`, kind: 'commune', name: `Xã số ${c}`, parentId: 'dn', address: '', hotline: '1022' });
    const t0 = performance.now();
    for (let i = 0; i < TOTAL; i += CHUNK) {
      const part = Array.from({ length: Math.min(CHUNK, TOTAL - i) }, (_, k) => dossier(i + k, store.dossiers.nameHash));
      await store.dossiers.apply(part, ['dn'], now.toISOString());
    }
    const loadS = (performance.now() - t0) / 1000;

    const app = await createApp(deps);
    await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
    const times: number[] = [];
    let found = 0;
    for (let n = 0; n < LOOKUPS; n += 1) {
      // One in ten is a code that does not exist, as mistyped codes are; the others typed loosely.
      const i = Math.floor(Math.random() * TOTAL);
      const code = n % 10 === 0 ? `000.00.01.H12-999999-${n}` : codeOf(i).toLowerCase().replace(/[.-]/g, ' ');
      const t = performance.now();
      const res = await fetch(`${url}/api/dossiers/lookup?code=${encodeURIComponent(code)}&centre=xa-1`);
      const body = (await res.json()) as { found: boolean };
      times.push(performance.now() - t);
      if (!res.ok) throw new Error(`look-up failed: ${res.status}`);
      if (body.found) found += 1;
    }
    if (found !== LOOKUPS - LOOKUPS / 10) throw new Error(`${found} look-ups found a dossier; expected ${LOOKUPS - LOOKUPS / 10}`);
    const timed = async (p: string) => {
      const t = performance.now();
      const res = await fetch(`${url}${p}`);
      if (!res.ok) throw new Error(`${p}: ${res.status}`);
      await res.json();
      return performance.now() - t;
    };
    const communeResults = await timed('/api/dossiers/results?centre=xa-1');
    const provinceResults = await timed('/api/dossiers/results?centre=dn');
    await app.close();
    const mb = statSync(path.join(dir, 'hcc.sqlite')).size / 1e6;
    const p95 = percentile(times, 95);
    return {
      title: 'Dossier look-up with a million dossiers stored (issue 21)',
      notes: `${TOTAL.toLocaleString('en')} dossiers over ${COMMUNES} communes and three years (those older than a month resolved, as in a real feed), loaded through the repository's merge (chunks of ${CHUNK}), database ${Math.round(mb).toLocaleString('en')} MB (SQLite). ${LOOKUPS.toLocaleString('en')} sequential look-ups over HTTP on loopback, codes typed in lower case with spaces, one in ten unknown; each look-up also writes its count.`,
      rows: [
        { metric: `look-up over HTTP, p50 / p95 / p99 (${LOOKUPS} requests)`, value: `${ms(percentile(times, 50))} / ${ms(p95)} / ${ms(percentile(times, 99))}`, goal: 'p95 ≤ 50 ms', met: p95 <= 50 },
        {
          metric: 'loading through the merge',
          value: `${Math.round(TOTAL / loadS).toLocaleString('en')} dossiers/s (${loadS.toFixed(0)} s)`,
          info: 'a connector sends batches of up to 1,000; this is the sustained rate',
        },
        { metric: 'results figures, one commune (~50,000 dossiers), first call', value: ms(communeResults), info: 'cached 30 s per centre after the first call' },
        { metric: `results figures, province with ${COMMUNES} communes, first call`, value: ms(provinceResults), info: 'cached 30 s per centre after the first call' },
      ],
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
