import { lexiconEntry } from '@hcc/shared/search/lexicon-entry';
import { describe, expect, it } from 'vitest';
import { indexCatalogue, searchCatalogue } from './catalogue-index';

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

  it('hands the screens summaries, the views and the centre, not what only search reads', () => {
    const screens = indexCatalogue(catalogue())?.screens;
    expect(screens?.items).toEqual([
      { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: ['xa'] },
      { code: '1.004222', name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', field: 'Đất đai', level: ['xa'] },
    ]);
    expect(screens?.views).toEqual({ '1.004222': 3 });
    expect(screens?.centre?.name).toBe('Trung tâm Long Thành');
    expect(screens).not.toHaveProperty('lexicon');
    expect(screens).not.toHaveProperty('selected');
  });

  it('refuses a truncated answer and one that is not a catalogue', () => {
    expect(indexCatalogue(catalogue().slice(0, 100))).toBeNull();
    expect(indexCatalogue(catalogue({ preferLevel: 'huyen' }))).toBeNull();
    expect(indexCatalogue('{"items":"none"}')).toBeNull();
  });
});
