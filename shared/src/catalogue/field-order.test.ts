import { describe, expect, it } from 'vitest';
import { orderFields } from './field-order';

// The counts a whole-catalogue commune kiosk sees (national crawl, cấp xã): customs and tax lead by count.
const COUNTS: [string, number][] = [
  ['Hải quan', 124],
  ['Thuế', 111],
  ['Hộ tịch', 41],
  ['Hàng hải và đường thủy nội địa', 25],
  ['Đất đai', 17],
  ['Đăng ký, quản lý cư trú', 13],
  ['Chứng thực', 12],
  ['Hoạt động xây dựng', 8],
  ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 7],
  ['Bảo trợ xã hội', 3],
];

describe('orderFields', () => {
  it('puts what people come to a commune for first, customs, tax and maritime after', () => {
    expect(orderFields(COUNTS, 'xa').map(([f]) => f)).toEqual([
      'Hộ tịch',
      'Chứng thực',
      'Đăng ký, quản lý cư trú',
      'Đất đai',
      'Bảo trợ xã hội',
      'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
      'Hoạt động xây dựng',
      'Hải quan',
      'Thuế',
      'Hàng hải và đường thủy nội địa',
    ]);
  });
  it('keeps the count order at a province centre, and keeps every count', () => {
    expect(
      orderFields(COUNTS, 'tinh')
        .map(([f]) => f)
        .slice(0, 3),
    ).toEqual(['Hải quan', 'Thuế', 'Hộ tịch']);
    expect(orderFields(COUNTS, 'xa').find(([f]) => f === 'Chứng thực')).toEqual(['Chứng thực', 12]);
  });
});
