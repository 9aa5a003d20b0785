import { describe, expect, it } from 'vitest';
import { foldVietnamese, tokenize } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang ky ket hon'],
    ['đ Đ', 'd d'],
    ['hoà giải', 'hoa giai'],
    ['hòa giải', 'hoa giai'],
    ['thuỷ sản', 'thuy san'],
    ['thủy sản', 'thuy san'],
    ['Đăng ký khai sinh'.normalize('NFD'), 'dang ky khai sinh'],
    ['  giấy   phép, xây-dựng! ', 'giay phep xay dung'],
    ['Mã 1.001193.', 'ma 1.001193'],
    ['', ''],
    ['🙂🙂', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds every vowel with every tone to its base vowel', () => {
    const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const v of vowels)
      for (const t of tones) {
        const composed = (v + t).normalize('NFC');
        expect(foldVietnamese(composed)).toMatch(/^[aeiouy]$/);
        expect(foldVietnamese(composed.toUpperCase())).toBe(foldVietnamese(composed));
      }
  });

  it('tokenizes into words', () => {
    expect(tokenize('Xác nhận tình trạng hôn nhân')).toEqual(['xac', 'nhan', 'tinh', 'trang', 'hon', 'nhan']);
    expect(tokenize('   ')).toEqual([]);
  });
});
