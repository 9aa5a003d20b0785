import { describe, expect, it } from 'vitest';
import { nameInitials } from './initials';

describe('nameInitials', () => {
  it.each([
    ['Nguyễn Văn An', 'N. V. A.'],
    ['  đỗ   thị  ánh  ', 'Đ. T. Á.'],
    ['Nguye\u0302\u0303n Văn An', 'N. V. A.'],
    ['Trần Thị B - 0912345678', 'T. T. B.'],
    ['Công ty TNHH Ánh Dương', 'C. T. T. Á. D.'],
    ['079203001234', ''],
    ['', ''],
  ])('%s → %s', (name, masked) => {
    expect(nameInitials(name)).toBe(masked);
  });

  it('never carries more than the first letters of a long name', () => {
    const masked = nameInitials('Một Hai Ba Bốn Năm Sáu Bảy Tám');
    expect(masked).toBe('M. H. B. B. N. S.');
  });
});
