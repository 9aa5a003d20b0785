import { describe, expect, it } from 'vitest';
import { telexType } from './telex';

const type = (keys: string) => [...keys].reduce(telexType, '');

describe('telexType', () => {
  it.each([
    ['ddawng kys khai sinh', 'đăng ký khai sinh'],
    ['keets hoon', 'kết hôn'],
    ['chuwngs thuwcj', 'chứng thực'],
    ['thuwowngf trus', 'thường trú'],
    ['giaays ddoocj thaan', 'giấy độc thân'],
    ['hoaf giair', 'hòa giải'],
    ['quyeenf', 'quyền'],
    ['cawn cuwowcs', 'căn cước'],
    ['soor ddor', 'sổ đỏ'],
    ['Ddawng', 'Đăng'],
    ['1.001193', '1.001193'],
    ['hkd', 'hkd'],
  ])('%j → %j', (keys, expected) => {
    expect(type(keys)).toBe(expected);
  });

  it('changes a tone with another tone key and removes it with z', () => {
    expect(type('maf')).toBe('mà');
    expect(type('mafs')).toBe('má');
    expect(type('masz')).toBe('ma');
  });

  it('types tone letters as letters when the word has no vowel for them', () => {
    expect(type('s')).toBe('s');
    expect(type('x')).toBe('x');
  });
});
