import { describe, expect, it } from 'vitest';
import { telexType, telexWord } from './telex';

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

describe('telexWord', () => {
  it.each([
    ['ddawng', 'đăng'],
    ['dd', 'đ'],
    ['vieetj', 'việt'],
    ['nguyeenx', 'nguyễn'],
    ['ngh', 'ngh'],
    ['kys', 'ký'],
    // Keys Telex makes no Vietnamese of are the word as typed: English, loanwords.
    ['birth', 'birth'],
    ['passport', 'passport'],
    ['karaoke', 'karaoke'],
    ['certificate', 'certificate'],
  ])('%j → %j', (keys, expected) => {
    expect(telexWord(keys)).toBe(expected);
  });

  it('shows a start of a syllable as Telex makes it, and the keys once no syllable can follow', () => {
    expect(telexWord('bir')).toBe('bỉ');
    expect(telexWord('birt')).toBe('bỉt');
    expect(telexWord('birth')).toBe('birth');
  });
});
