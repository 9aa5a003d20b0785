import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './default-lexicon';
import { buildSearchIndex, search } from './engine';
import { kindsIn, otherKind } from './kinds';

const pad = (s: string) => ` ${s} `;

describe('kinds of thing', () => {
  it('tells a procedure about another kind of the same group from one of the kind asked or of none', () => {
    const household = kindsIn(pad('tam ngung kinh doanh cua ho kinh doanh'));
    const company = kindsIn(pad('tam ngung kinh doanh cua doanh nghiep'));
    const both = kindsIn(pad('dang ky thue cua doanh nghiep va ho kinh doanh'));
    const asked = kindsIn(pad('tam ngung kd cong ti'));
    expect(otherKind(household, asked)).toBe(true);
    expect(otherKind(company, asked)).toBe(false);
    expect(otherKind(both, asked)).toBe(false);
    expect(otherKind(kindsIn(pad('tam ngung kinh doanh')), asked)).toBe(false);
    // Kinds of other groups say nothing: land is no form of business.
    expect(otherKind(kindsIn(pad('thue quyen su dung dat')), asked)).toBe(false);
    expect(otherKind(kindsIn(pad('sang ten xe may')), kindsIn(pad('sang ten thua dat')))).toBe(true);
  });

  it('tells a sea area for fish farming from a pond inland', () => {
    const sea = kindsIn(pad('cong nhan khu vuc bien cho ca nhan viet nam de nuoi trong thuy san'));
    const inland = kindsIn(pad('cap giay xac nhan nuoi trong thuy san long be tren noi dia'));
    expect(otherKind(sea, kindsIn(pad('xin giay nuoi ca ao ca')))).toBe(true);
    expect(otherKind(inland, kindsIn(pad('xin giay nuoi ca ao ca')))).toBe(false);
    expect(otherKind(inland, kindsIn(pad('xin giao khu vuc bien nuoi tom hum')))).toBe(true);
  });

  it('tells the water recreation craft’s register from a boat’s', () => {
    const recreation = kindsIn(pad('dang ky phuong tien hoat dong vui choi giai tri duoi nuoc lan dau'));
    expect(otherKind(recreation, kindsIn(pad('dang ky phuong tien thuy noi dia')))).toBe(true);
    expect(otherKind(recreation, kindsIn(pad('dang ky mo to nuoc')))).toBe(false);
  });

  // As in the catalogue: the household business's procedure is a commune's common one (prior.ts, 1.001570), the
  // company's is the province's, and "doanh nghiệp" is in hundreds of names, so it says little on its own.
  const index = buildSearchIndex(
    [
      { code: '1.001570', name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', field: 'Hộ kinh doanh', level: ['xa'] },
      { code: '9.002029', name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp', field: 'Doanh nghiệp', level: ['tinh'] },
      ...Array.from({ length: 300 }, (_, i) => ({ code: `9.1${String(i).padStart(5, '0')}`, name: `Báo cáo số ${i} của doanh nghiệp`, field: 'Doanh nghiệp', level: ['tinh' as const] })),
    ],
    defaultLexicon(),
  );
  const first = (q: string) => search(index, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;

  it('puts the kind the query names first, over the commune’s common procedure of another kind', () => {
    expect(first('tam ngung kd cty')).toBe('9.002029');
    expect(first('tam ngung ho kinh doanh')).toBe('1.001570');
  });

  it('reads no land in a name’s "đặt" (to place), which folds as "đất" does', () => {
    const twins = buildSearchIndex(
      [
        { code: '9.000001', name: 'Cấp phép đặt trạm', field: 'Xây dựng', level: ['xa'] },
        { code: '9.000002', name: 'Cấp phép lắp trạm', field: 'Xây dựng', level: ['xa'] },
      ],
      defaultLexicon(),
    );
    // Equal but for the word: the first code comes first unless "đặt" were read as land, another kind than a vehicle.
    expect(search(twins, 'cap phep tram xe may', { limit: 2, preferLevel: 'xa' }).hits[0]?.code).toBe('9.000001');
  });
});
