import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mapCrawlRecord } from './crawl-record';

// The repository's own copy of the national crawl (server/seed/tthc), so the test runs in a clone at any path.
const CRAWL = fileURLToPath(new URL('../../../server/seed/tthc/national-crawl.jsonl.gz', import.meta.url));

describe('mapCrawlRecord', () => {
  it('refuses a record without a code or name, naming the line', () => {
    const r = mapCrawlRecord({ ten_thu_tuc: 'x' }, 7);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/^line 7/);
    const bad = mapCrawlRecord({ ma_thu_tuc: 'abc', ten_thu_tuc: 'x' }, 8);
    expect(!bad.ok && bad.error).toMatch(/line 8 \(abc\).*code/);
  });

  // 2,642 records from 21 MB of JSON: seconds on a loaded machine, not the default 5.
  it('maps the whole national crawl', { timeout: 60_000 }, () => {
    const lines = gunzipSync(readFileSync(CRAWL)).toString('utf8').split('\n').filter(Boolean);
    const results = lines.map((l, i) => mapCrawlRecord(JSON.parse(l), i + 1));
    const ok = results.flatMap((r) => (r.ok ? [r.value] : []));
    expect(ok.length).toBe(2642);
    expect(ok.filter((p) => p.level.includes('xa')).length).toBe(588);
    const khaiSinh = ok.find((p) => p.code === '1.001193');
    expect(khaiSinh).toMatchObject({ name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch', level: ['xa'], decision: '163/QĐ-BTP', result: 'Giấy khai sinh' });
    expect(khaiSinh?.channels.map((c) => [c.kind, c.fee])).toEqual([
      ['truc_tuyen', 'Miễn phí'],
      ['buu_chinh', 'Miễn phí'],
      ['truc_tiep', 'Miễn phí'],
    ]);
    expect(khaiSinh?.dossier.some((d) => d.name.startsWith('Giấy chứng sinh'))).toBe(true);
    expect(khaiSinh?.legalBasis.some((l) => l.number === '123/2015/NĐ-CP')).toBe(true);
    // Most records yield structure, not just text.
    expect(ok.filter((p) => p.channels.length > 0).length).toBeGreaterThan(2600);
    expect(ok.filter((p) => p.dossier.length > 0).length).toBeGreaterThan(2550);
    expect(ok.filter((p) => p.name.includes('\n')).length).toBe(0);
  });
});
