import { describe, expect, it } from 'vitest';
import { CentreSchema } from '../schemas/centre';
import { letterheadOf, unitFromName } from './letterhead';

const province = CentreSchema.parse({ id: 'dn', kind: 'province', name: 'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai', parentId: null });
const commune = CentreSchema.parse({ id: 'lt', kind: 'commune', name: 'Trung tâm Phục vụ hành chính công xã Long Thành', parentId: 'dn' });

describe('letterheadOf', () => {
  it('uses the recorded fields, never the display name, when a centre has them', () => {
    const c = {
      ...commune,
      name: 'TT PVHCC Long Thành (cơ sở 2)',
      official: { adminUnit: 'xã Long Thành', parentBody: 'Ủy ban nhân dân xã Long Thành', placeName: 'Long Thành', signerTitle: 'Phó Giám đốc phụ trách', recipients: ['UBND xã (qua Phòng VH-XH)'] },
    };
    expect(letterheadOf(c, province)).toEqual({
      parent: 'Ủy ban nhân dân xã Long Thành',
      name: 'Trung tâm Phục vụ hành chính công',
      place: 'Long Thành',
      signerTitle: 'Phó Giám đốc phụ trách',
      recipients: ['UBND xã (qua Phòng VH-XH)'],
    });
  });

  it('reads an older centre\'s unit off its name without repeating "Trung tâm…" in the header or the place', () => {
    const l = letterheadOf(commune, province);
    expect(l.parent).toBe('Ủy ban nhân dân xã Long Thành');
    expect(l.place).toBe('Long Thành');
    expect(l.recipients).toEqual(['UBND xã Long Thành (qua Phòng Văn hóa – Xã hội)', 'Sở Nội vụ tỉnh Đồng Nai', 'Lưu: VT']);
  });

  it('sends a province report to the province committee through the Sở Nội vụ, not to the Ministry', () => {
    const l = letterheadOf(province, null);
    expect(l.parent).toBe('Ủy ban nhân dân tỉnh Đồng Nai');
    expect(l.place).toBe('Đồng Nai');
    expect(l.recipients).toEqual(['UBND tỉnh Đồng Nai (qua Sở Nội vụ)', 'Lưu: VT']);
    expect(l.recipients.join(' ')).not.toMatch(/Bộ/);
  });

  it.each([
    ['Trung tâm Phục vụ hành chính công phường Mường Lay', 'phường Mường Lay'],
    ['Trung tâm Phục vụ hành chính công Thành phố Hà Nội', 'thành phố Hà Nội'],
    ['Xã Hưng Đạo', 'xã Hưng Đạo'],
    ['Trung tâm một cửa', null],
  ])('unitFromName(%s) = %s', (name, unit) => expect(unitFromName(name)).toBe(unit));
});
