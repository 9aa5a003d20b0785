import { lexiconEntry } from '@hcc/shared/search/lexicon-entry';
import { describe, expect, it } from 'vitest';
import { indexCatalogue, procedureSummary, proceduresInField, searchCatalogue } from './catalogue-index';

/** A catalogue as /api/procedures/index sends it, with two procedures and one lexicon entry. */
const catalogue = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    items: [
      { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: ['xa'], papers: 'Giấy khai sinh', detail: 'Tờ khai đăng ký khai sinh' },
      { code: '1.004222', name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', field: 'Đất đai', level: ['xa'], detail: 'Đơn đăng ký đất đai' },
    ],
    views: { '1.004222': 3 },
    preferLevel: 'xa',
    selected: ['1.001193'],
    centre: { name: 'Trung tâm Long Thành', address: 'Long Thành' },
    lexicon: [lexiconEntry('Đất đai', 'counter', ['sổ đỏ'], ['giấy chứng nhận quyền sử dụng đất'])],
    ...over,
  });

describe('the catalogue the search worker indexes', () => {
  it('searches through the lexicon sent with the catalogue', () => {
    const c = indexCatalogue(catalogue());
    expect(c).not.toBeNull();
    if (!c) return;
    expect(searchCatalogue(c, 'so do').hits.map((h) => h.code)).toEqual(['1.004222']);
    expect(searchCatalogue(c, 'khai sinh').hits[0]?.code).toBe('1.001193');
  });

  it('hands the screens the centre, the common procedures and the fields, not every summary', () => {
    const screens = indexCatalogue(catalogue())?.screens;
    expect(screens?.size).toBe(2);
    // The one procedure opened here comes first, then what every commune counter sees most.
    expect(screens?.common.map((p) => p.code)).toEqual(['1.004222', '1.001193']);
    expect(screens?.common[0]).toEqual({ code: '1.004222', name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', field: 'Đất đai', level: ['xa'] });
    expect(screens?.fields.map(([, n]) => n)).toEqual([1, 1]);
    expect(screens?.fields.map(([f]) => f).sort()).toEqual(['Hộ tịch', 'Đất đai'].sort());
    expect(screens?.centre?.name).toBe('Trung tâm Long Thành');
    expect(screens).not.toHaveProperty('items');
    expect(screens).not.toHaveProperty('lexicon');
  });

  it("answers a field's list and a procedure by its code", () => {
    const c = indexCatalogue(catalogue());
    if (!c) throw new Error('the test catalogue did not index');
    expect(proceduresInField(c, 'Hộ tịch')).toEqual([{ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: ['xa'] }]);
    expect(proceduresInField(c, 'Hải quan')).toEqual([]);
    expect(procedureSummary(c, '1.004222')?.name).toBe('Cấp Giấy chứng nhận quyền sử dụng đất lần đầu');
    expect(procedureSummary(c, '9.999999')).toBeNull();
  });

  it('refuses a truncated answer and one that is not a catalogue', () => {
    expect(indexCatalogue(catalogue().slice(0, 100))).toBeNull();
    expect(indexCatalogue(catalogue({ preferLevel: 'huyen' }))).toBeNull();
    expect(indexCatalogue('{"items":"none"}')).toBeNull();
  });
});
