import { describe, expect, it } from 'vitest';
import { slideParagraphs } from './paragraphs';

describe('paragraphs of a text slide', () => {
  it('keeps lines as paragraphs, trimmed', () => expect(slideParagraphs(' Sáng: 7h30 \nChiều:  13h30')).toEqual(['Sáng: 7h30', 'Chiều: 13h30']));
  it('drops blank lines however many there are', () => expect(slideParagraphs('\n\n\na\n\n\n\nb\n'.repeat(3))).toEqual(['a', 'b', 'a', 'b', 'a', 'b']));
  it('runs the lines past the limit on in the last paragraph', () => {
    const ps = slideParagraphs(Array.from({ length: 20 }, (_, i) => `dòng ${i + 1}`).join('\n'), 4);
    expect(ps).toHaveLength(4);
    expect(ps[3]).toBe(Array.from({ length: 17 }, (_, i) => `dòng ${i + 4}`).join(' '));
  });
  it('gives nothing for an empty body', () => expect(slideParagraphs('  \n ')).toEqual([]));
});
