import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../schemas/procedure';
import { copiesLabel, dossierChecklist, shortCondition } from './citizen-checklist';
import { citizenFacts, summariseFee } from './citizen-facts';
import { mapCrawlRecord } from './crawl-record';

// The repository's own copy of the national crawl: the checklist is judged on real records, not samples.
const CRAWL = fileURLToPath(new URL('../../../server/seed/tthc/national-crawl.jsonl.gz', import.meta.url));
const ALL: Procedure[] = gunzipSync(readFileSync(CRAWL))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .flatMap((l, i) => {
    const r = mapCrawlRecord(JSON.parse(l), i + 1);
    return r.ok ? [r.value] : [];
  });
const byCode = (code: string) => {
  const p = ALL.find((x) => x.code === code);
  if (!p) throw new Error(`${code} is not in the crawl`);
  return p;
};

describe('copiesLabel', () => {
  it.each([
    ['1 bản chính', '1 bản chính'],
    ['0 bản chính', null],
    ['0 bản chính,1 bản sao', '1 bản sao'],
    ['02 bản sao', '2 bản sao'],
    ['1 Bản chính; 2 bản sao', '1 bản chính, 2 bản sao'],
    [null, null],
  ])('%s → %s', (copies, label) => expect(copiesLabel(copies)).toBe(label));
});

describe('dossierChecklist over real procedures', () => {
  // code, what everyone brings (title starts, in order), the "if…" topics (in order), a condition that must be among them
  const cases: [string, string, string[], string[], string | null][] = [
    ['1.001193', 'khai sinh', ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', 'Hộ chiếu / Thẻ căn cước'], ['other', 'authorised', 'other', 'other', 'online'], 'trẻ em bị bỏ rơi'],
    ['1.000894', 'kết hôn', ['Tờ khai đăng ký kết hôn', 'Hộ chiếu / Thẻ căn cước'], ['other', 'online'], null],
    ['1.004873', 'giấy độc thân', ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ chiếu / Thẻ căn cước'], ['other', 'authorised', 'other', 'online'], null],
    ['2.000815', 'chứng thực bản sao', ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao'], [], null],
    ['1.001612', 'thành lập hộ kinh doanh', ['Giấy đề nghị đăng ký hộ kinh doanh'], ['authorised', 'other', 'other'], 'chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử'],
    ['1.001266', 'chấm dứt hộ kinh doanh', ['Thông báo chấm dứt hoạt động hộ kinh doanh'], ['authorised', 'other', 'other'], null],
  ];
  it.each(cases)('%s (%s): everyone first, "if…" cases apart', (code, _what, everyone, topics, condition) => {
    const c = dossierChecklist(byCode(code).dossier);
    expect(c.everyone.map((i) => i.title.slice(0, everyone[c.everyone.indexOf(i)]?.length ?? 0))).toEqual(everyone);
    expect(c.cases.map((k) => k.topic)).toEqual(topics);
    if (condition) expect(c.cases.map((k) => k.condition)).toContain(condition);
    // Nothing that says "Trường hợp…" is in the everyone list, and nothing is counted zero times.
    expect(c.everyone.filter((i) => /^(Trường hợp|Nếu|Đối với)/i.test(i.title))).toEqual([]);
    expect(JSON.stringify(c)).not.toMatch(/\b0 bản/);
  });

  it('khai sinh: 33 portal entries become 3 papers for everyone, the birth certificate among them, and the rules become notes', () => {
    const c = dossierChecklist(byCode('1.001193').dossier);
    expect(byCode('1.001193').dossier).toHaveLength(33);
    expect(c.everyone).toHaveLength(3);
    expect(c.everyone[1]).toMatchObject({ title: 'Giấy chứng sinh', copies: '1 bản chính' });
    expect(c.everyone[1]?.detail).toMatch(/^Trường hợp không có Giấy chứng sinh/);
    // The condition is said once, in the group's heading; the paper is named plainly under it.
    expect(c.cases[0]?.items[0]?.title).toBe('Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập');
    expect(c.notes.length).toBeGreaterThan(20);
    expect(c.notes.some((n) => n.startsWith('Người tiếp nhận có trách nhiệm'))).toBe(true);
  });

  it.each([
    ['1.010091', 'Biên bản điều tra của cơ quan công an (trường hợp bị tai nạn giao thông)', 'bị tai nạn giao thông', 'Biên bản điều tra của cơ quan công an'],
    ['1.003133', 'Giấy thông hành đã được cấp nếu còn giá trị sử dụng', 'còn giá trị sử dụng', 'Giấy thông hành đã được cấp'],
  ])('%s: a condition in brackets or a trailing "nếu" makes a case too', (code, _entry, condition, title) => {
    const c = dossierChecklist(byCode(code).dossier);
    expect(c.cases.find((k) => k.condition === condition)?.items.map((i) => i.title)).toEqual([title]);
    expect(c.everyone.map((i) => i.title)).not.toContain(title);
  });

  it('"(nếu có)" is a paper to bring if one has it, and a paper named twice means flattened cases', () => {
    expect(dossierChecklist(byCode('1.012753').dossier).cases.map((k) => k.topic)).toContain('optional');
    const building = dossierChecklist(byCode('1.013225').dossier);
    expect(building.mixedCases).toBe(true);
    expect(building.cases.filter((k) => k.condition === 'có').map((k) => k.topic)).toEqual(['optional']);
    expect(dossierChecklist(byCode('1.001193').dossier).mixedCases).toBe(false);
  });

  it('thường trú: the portal flattened several cases into one list, and the checklist says so', () => {
    const c = dossierChecklist(byCode('1.004222').dossier);
    expect(c.mixedCases).toBe(true);
    expect(c.cases.map((k) => k.condition)).toEqual(expect.arrayContaining(['Quân đội nhân dân', 'Công an nhân dân']));
    expect(c.cases.find((k) => k.condition === 'Quân đội nhân dân')?.items[0]?.title).toMatch(/^Giấy giới thiệu đăng ký thường trú/);
    // Facts the police look up themselves are not papers to bring.
    expect(c.everyone.filter((i) => i.title.startsWith('Thông tin'))).toEqual([]);
    // Form numbers keep their slashes; names joined by "/" get room to wrap.
    expect(c.everyone[0]?.title).toContain('53/2025/TT-BCA');
    expect(dossierChecklist(byCode('1.001193').dossier).everyone[2]?.title).toMatch(/^Hộ chiếu \/ Thẻ căn cước công dân \/ /);
  });

  it('over the whole catalogue: every entry lands somewhere, no zero counts, and a case always names its condition', () => {
    let entries = 0;
    let placed = 0;
    const bad: string[] = [];
    for (const p of ALL) {
      const c = dossierChecklist(p.dossier);
      entries += new Set(p.dossier.filter((d) => /\p{L}/u.test(d.name)).map((d) => d.name.trim().toLowerCase())).size;
      placed += c.everyone.length + c.cases.reduce((n, k) => n + k.items.length, 0) + c.notes.length;
      for (const i of [...c.everyone, ...c.cases.flatMap((k) => k.items)]) if (/(^|\D)0 bản/.test(i.copies ?? '') || !/\p{L}/u.test(i.title)) bad.push(`${p.code}: ${JSON.stringify(i)}`);
      for (const k of c.cases) if (!k.condition) bad.push(`${p.code}: a case without a condition`);
    }
    expect(bad).toEqual([]);
    // Duplicates inside a record are folded; list markers make a few texts differ: within 1 %.
    expect(Math.abs(placed - entries) / entries).toBeLessThan(0.01);
    // 2,642 records: seconds on a loaded machine, not a hang.
  }, 30_000);

  it('cuts a long condition at a word, and leaves a short one alone', () => {
    expect(shortCondition('trẻ em bị bỏ rơi')).toBe('trẻ em bị bỏ rơi');
    const long = 'cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định';
    expect(shortCondition(long, 60)).toBe('cơ quan đăng ký hộ tịch không thể khai thác được thông tin…');
  });
});

describe('citizenFacts', () => {
  it.each([
    ['Miễn phí', { main: 'Miễn phí', detail: null }],
    ['Miễn phí (Không có)', { main: 'Miễn phí', detail: null }],
    ['Miễn phí (Không quy định.)', { main: 'Miễn phí', detail: null }],
    ['70,000 VNĐ (70.000 đồng/Giấy chứng nhận)', { main: '70,000 VNĐ', detail: '70.000 đồng/Giấy chứng nhận' }],
    ['Không có thông tin (1)', null],
    [null, null],
  ])('fee %s', (fee, expected) => expect(summariseFee(fee)).toEqual(expected));

  it('reads the counter channel first, and every fee main part stays short over the whole catalogue', () => {
    expect(citizenFacts(byCode('1.004222'))).toMatchObject({ time: '7 ngày làm việc', fee: null, agency: 'Công an cấp Xã', online: true });
    expect(citizenFacts(byCode('1.000894')).fee).toEqual({ main: 'Miễn phí', detail: expect.stringMatching(/^Miễn lệ phí\. Phí cấp bản sao Trích lục kết hôn/) });
    expect(Math.max(...ALL.map((p) => citizenFacts(p).fee?.main.length ?? 0))).toBeLessThanOrEqual(81);
  }, 30_000);
});
