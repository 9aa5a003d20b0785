import { describe, expect, it } from 'vitest';
import type { Procedure } from '../schemas/procedure';
import { crossCheck } from './cross-check';
import { planImport } from './import-plan';
import { type ListEntry, type ListRows, parseProcedureList } from './procedure-list';

const proc = (code: string, name: string, portalUrl: string | null = null): Procedure => ({
  code,
  name,
  level: ['xa'],
  field: 'Hộ tịch',
  agency: 'UBND cấp xã',
  decision: null,
  channels: [{ kind: 'truc_tiep', time: '3 ngày', fee: 'Miễn phí', description: null }],
  dossier: [{ name: 'Tờ khai', template: null, copies: '1' }],
  steps: ['Nộp hồ sơ'],
  requirements: null,
  legalBasis: [],
  result: 'Giấy khai sinh',
  portalUrl,
  source: { kind: 'crawl', ref: 'test', flags: [] },
});
const listed = (code: string, name: string, row = 3): ListEntry => ({ code, name, issuer: null, agency: 'Công an cấp xã', field: 'Đăng ký, quản lý cư trú', row });

describe('parseProcedureList', () => {
  it('finds the header by "Mã số", maps columns by name and names each bad row', () => {
    const rows: ListRows[] = [
      { row: 1, cells: { A: 'DANH SÁCH THỦ TỤC HÀNH CHÍNH' } },
      { row: 2, cells: { A: 'Mã số', B: 'Tên', C: 'Cơ quan ban hành', D: 'Cơ quan thực hiện', E: 'Lĩnh vực' } },
      { row: 3, cells: { A: '1.004222', B: '  Đăng ký\nthường trú ', C: 'Bộ Công an', D: 'Công an cấp xã', E: 'Cư trú' } },
      { row: 4, cells: {} },
      { row: 5, cells: { A: 'abc', B: 'Không phải mã' } },
      { row: 6, cells: { A: '1.004194', B: 'Không có thông tin' } },
    ];
    const { entries, rejected } = parseProcedureList(rows);
    expect(entries).toEqual([{ code: '1.004222', name: 'Đăng ký thường trú', issuer: 'Bộ Công an', agency: 'Công an cấp xã', field: 'Cư trú', row: 3 }]);
    expect(rejected).toEqual([
      { row: 5, reason: '"abc" is not a procedure code (like 1.001193)' },
      { row: 6, reason: 'procedure 1.004194 has no name' },
    ]);
  });

  it('says so when there is no header at all', () => {
    expect(parseProcedureList([{ row: 1, cells: { A: 'x' } }]).rejected[0]?.reason).toContain('Mã số');
  });
});

describe('crossCheck', () => {
  const url = 'https://dichvucong.gov.vn/p/shared';
  it('gives a record crawled from another page its list name and withholds the wrong content', () => {
    const crawled = [proc('3.000224', 'Hỗ trợ phát triển sản xuất cộng đồng.', url), proc('1.002544', 'Hỗ trợ phát triển sản xuất cộng đồng.', url), proc('1.001193', 'Thủ tục đăng ký khai sinh')];
    const { procedures, flags } = crossCheck(crawled, [listed('3.000224', 'Khai báo tạm vắng'), listed('1.001193', 'Thủ tục đăng ký khai sinh')]);
    const fixed = procedures.find((p) => p.code === '3.000224');
    expect(fixed).toMatchObject({ name: 'Khai báo tạm vắng', steps: [], dossier: [], channels: [], portalUrl: null, agency: 'Công an cấp xã' });
    expect(fixed?.source.flags).toEqual(['wrong-page', 'name-from-list']);
    expect(flags.find((f) => f.code === '3.000224')?.reason).toContain('same portal page as 1.002544');
    // Not on the list given: kept, but its shared page is flagged.
    expect(procedures.find((p) => p.code === '1.002544')?.source.flags).toEqual(['shared-page']);
    // The report says what was checked: nothing, for a code no list names.
    expect(flags.find((f) => f.code === '1.002544')?.reason).toContain('kept unchecked: no list given names this code');
    expect(flags.find((f) => f.code === '1.002544')?.reason).not.toContain('agrees with the list');
    expect(procedures.find((p) => p.code === '1.001193')).toEqual(crawled[2]);
  });

  it('tolerates small differences between the crawled and the listed name', () => {
    const { flags } = crossCheck([proc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân')], [listed('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân')]);
    expect(flags).toEqual([]);
  });

  it('adds procedures only the list has, with what the list knows', () => {
    const { procedures } = crossCheck([], [listed('1.010038', 'Tách hộ', 14)]);
    expect(procedures).toEqual([expect.objectContaining({ code: '1.010038', name: 'Tách hộ', level: [], source: { kind: 'xlsx', ref: 'row 14', flags: ['list-only'] } })]);
  });
});

describe('planImport', () => {
  it('sorts incoming procedures into added, changed and unchanged, and lists the missing', () => {
    const a = proc('1.000001', 'A');
    const b = proc('1.000002', 'B');
    const plan = planImport([a, b], [a, { ...b, name: 'B mới' }, proc('1.000003', 'C'), proc('1.000003', 'C again')]);
    expect(plan.unchanged).toBe(1);
    expect(plan.changed.map((c) => c.after.name)).toEqual(['B mới']);
    expect(plan.added.map((p) => p.name)).toEqual(['C']);
    expect(planImport([a, b], [a]).missing).toEqual([b]);
  });

  it('is idempotent: the same file twice changes nothing the second time', () => {
    const list = [proc('1.000001', 'A'), proc('1.000002', 'B')];
    const again = planImport(list, list);
    expect(again).toEqual({ added: [], changed: [], unchanged: 2, missing: [] });
  });
});
