import { describe, expect, it } from 'vitest';
import type { Channel } from '../schemas/procedure';
import { clipAtWord, FEE_CHARGED, spotlightOf, spotlightRows, summariseFee } from './spotlight';

const ch = (kind: Channel['kind'], time: string | null, fee: string | null) => ({ kind, time, fee });

describe('fee summary for a TV spotlight', () => {
  it.each([
    ['Miễn phí', 'Miễn phí', false],
    ['Miễn phí (Không có)', 'Miễn phí', false],
    ['Miễn phí (Không quy định.)', 'Miễn phí', false],
    ['Miễn phí (Theo quy định của Luật phí và lệ phí và các văn bản quy phạm pháp luật hướng dẫn Luật phí và lệ phí.)', 'Miễn phí', true],
    ['1,500,000 VNĐ', '1.500.000 đồng', false],
    ['70,000 VNĐ (70.000 đồng/Giấy chứng nhận)', '70.000 đồng', true],
    ['Không có thông tin (1)', 'Theo quy định', false],
    [null, 'Theo quy định', false],
  ])('%s → %s', (fee, label, detailed) => {
    expect(summariseFee(fee)).toEqual({ label, detailed });
  });

  it('reads the note when the portal stores thousands or dollars under "VNĐ"', () => {
    expect(summariseFee('155 VNĐ (Thẻ tạm trú có thời hạn từ trên 02 năm đến 05 năm: 155 USD/thẻ.)').label).toBe('155 USD');
    expect(summariseFee('135 VNĐ (Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)').label).toBe('135.000 đồng');
    expect(summariseFee('20 VNĐ (20.000 vnđ /tờ khai)').label).toBe('20.000 đồng');
  });

  it('never shows an implausible figure: under 1,000 đồng without a stated sum it says a fee is charged', () => {
    expect(summariseFee('100 VNĐ')).toEqual({ label: FEE_CHARGED, detailed: true });
    expect(summariseFee('350 VNĐ (Phí thẩm định cấp giấy chứng nhận thức ăn chăn nuôi)')).toEqual({ label: FEE_CHARGED, detailed: true });
  });
});

describe('channel rows of a spotlight', () => {
  it('merges channels with the same time and fee into one row, in a fixed order', () => {
    expect(spotlightRows([ch('truc_tuyen', '5 ngày làm việc', 'Miễn phí'), ch('truc_tiep', '5 ngày làm việc', 'Miễn phí (Không có)')])).toEqual([
      { channel: 'Trực tiếp, Trực tuyến', time: '5 ngày làm việc', fee: 'Miễn phí', feeDetailed: false },
    ]);
  });

  it('never repeats a channel: its cases become a range of times and fees', () => {
    const rows = spotlightRows([
      ch('truc_tiep', '5 ngày làm việc', '145 VNĐ (Thẻ tạm trú có thời hạn không quá 02 năm: 145 USD/thẻ.)'),
      ch('truc_tiep', '5 ngày làm việc', '155 VNĐ (… 155 USD/thẻ.)'),
      ch('truc_tuyen', '1 ngày làm việc', null),
      ch('truc_tuyen', '3 ngày làm việc', null),
    ]);
    expect(rows.map((r) => r.channel)).toEqual(['Trực tiếp', 'Trực tuyến']);
    expect(rows[0]).toMatchObject({ fee: 'Tùy trường hợp', feeDetailed: true });
    expect(rows[1]).toMatchObject({ time: '1–3 ngày làm việc', fee: 'Theo quy định' });
  });

  it('gives a range when the cases differ only in amount', () => {
    expect(spotlightRows([ch('truc_tiep', '10 ngày', 'Miễn phí'), ch('truc_tiep', '10 ngày', '200,000 VNĐ')])[0]?.fee).toBe('Miễn phí – 200.000 đồng');
  });

  it('says "tùy trường hợp" when times have different units', () => {
    expect(spotlightRows([ch('buu_chinh', '1 giờ', null), ch('buu_chinh', '3 ngày làm việc', null)])[0]?.time).toBe('1 giờ, tùy trường hợp');
  });

  it('has at most one row per channel however many the portal lists', () => {
    const many = Array.from({ length: 13 }, (_, i) => ch((['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const)[i % 3] as Channel['kind'], `${i + 1} ngày`, null));
    expect(spotlightRows(many).length).toBeLessThanOrEqual(3);
  });
});

describe('cutting long text at a word', () => {
  it('leaves short text alone', () => expect(clipAtWord('  Đăng ký   khai sinh ', 50)).toBe('Đăng ký khai sinh'));
  it('cuts at a word with an ellipsis, never inside one', () => {
    const cut = clipAtWord('Cục Chính sách, Bộ Công an, Ban Thi đua - Khen thưởng Trung ương', 30);
    expect(cut).toBe('Cục Chính sách, Bộ Công an…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });
  it('summarises a procedure with a very long name and agency list', () => {
    const s = spotlightOf({ name: 'Thủ tục '.repeat(200), field: 'Hộ tịch', agency: 'Sở, '.repeat(400), channels: [] });
    expect(s.name.length).toBeLessThanOrEqual(220);
    expect(s.name.endsWith('…')).toBe(true);
    expect(s.agency?.length).toBeLessThanOrEqual(140);
    expect(s.rows).toEqual([]);
  });
});
