import { describe, expect, it } from 'vitest';
import { hasTone, isMarked, markedWords, markKey } from './marks';

describe('marks', () => {
  it('tells a word with its tone from one with only its vowels marked, or none', () => {
    expect(hasTone('chú')).toBe(true);
    expect(hasTone('Tạm'.normalize('NFD'))).toBe(true);
    expect(hasTone('trư')).toBe(false);
    expect(hasTone('chu')).toBe(false);
  });

  it('tells apart words that fold alike', () => {
    expect(markKey('dâu')).not.toBe(markKey('dầu'));
    expect(markKey('thuê')).not.toBe(markKey('thuế'));
    expect(markKey('hộ')).not.toBe(markKey('họ'));
    expect(markKey('đâu')).not.toBe(markKey('dâu'));
  });

  it('keys hỏi and ngã alike, as the South and the Centre hear and write them', () => {
    expect(markKey('hiễm')).toBe(markKey('hiểm'));
    expect(markKey('khẫu')).toBe(markKey('khẩu'));
    expect(markKey('sửa')).not.toBe(markKey('sứa'));
  });

  it('keys the old and new tone placement, NFC and NFD, and case alike', () => {
    expect(markKey('hoà')).toBe(markKey('hòa'));
    expect(markKey('thuỷ')).toBe(markKey('thủy'));
    expect(markKey('Khoẻ'.normalize('NFD'))).toBe(markKey('khỏe'));
    expect(markKey('kí')).toBe(markKey('ký'));
    expect(markKey('lí')).not.toBe(markKey('lì'));
  });

  it('knows a word typed without marks', () => {
    expect(isMarked('dau')).toBe(false);
    expect(isMarked('DAU')).toBe(false);
    expect(isMarked('dâu')).toBe(true);
    expect(isMarked('đi')).toBe(true);
  });

  it('splits a text into keyed words', () => {
    expect(markedWords('Thủ tục, giải thể!')).toEqual(['thủ', 'tục', 'giải', 'thể'].map((w) => ({ word: w === 'thủ' ? 'thu' : w === 'tục' ? 'tuc' : w === 'giải' ? 'giai' : 'the', key: markKey(w) })));
    expect(markedWords('Đăng ký').map((m) => m.word)).toEqual(['dang', 'ki']);
  });
});
