import { describe, expect, it } from 'vitest';
import { compileLexicon, PLACE_NAMES } from './lexicon-compile';
import { contextEntry, lexiconEntry } from './lexicon-entry';
import { markKey } from './marks';

describe('abbreviations inside the catalogue’s names', () => {
  const lex = compileLexicon([
    lexiconEntry('Bảo hiểm xã hội', 'abbreviation', ['bhxh'], ['bao hiem xa hoi']),
    lexiconEntry('Bảo hiểm xã hội', 'counter', ['dong bao hiem tu nguyen'], ['bao hiem xa hoi tu nguyen']),
    lexiconEntry('Đầu tư', 'abbreviation', ['kkt'], ['khu kinh te', 'khu cong nghiep']),
    lexiconEntry('Đầu tư', 'counter', ['mo nha may trong khu'], ['khu cong nghiep moi']),
  ]);
  const conceptOf = (q: string) => lex.segment(q.split(' '))[0]?.concept as string;

  it('are read as what they stand for, so a longer phrase holding the full words is found in them', () => {
    const name = 'dang ky dong bhxh tu nguyen'.split(' ');
    expect(lex.conceptsIn(name).has(conceptOf('dong bao hiem tu nguyen'))).toBe(true);
  });

  it('are left alone where they stand for more than one thing', () => {
    expect(lex.conceptsIn('thanh lap kkt moi'.split(' ')).has(conceptOf('mo nha may trong khu'))).toBe(false);
  });
});

describe('phrases said with a small word inside', () => {
  const lex = compileLexicon([
    lexiconEntry('Hộ tịch', 'counter', ['chua vo', 'chua chong'], ['xac nhan tinh trang hon nhan']),
    lexiconEntry('Hộ tịch', 'counter', ['nhan con'], ['nhan cha me con']),
    lexiconEntry('Hộ tịch', 'counter', ['doi ho'], ['thay doi ho tich']),
  ]);
  const units = (q: string) => lex.segment(q.split(' ')).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]));

  it('are read in a query: "có", "đã", a classifier or a count between the phrase’s words', () => {
    expect(units('xac nhan chua co vo')).toEqual(['xac', 'nhan', '[chua vo]']);
    expect(units('muon nhan dua con')).toEqual(['muon', '[nhan con]']);
    expect(units('chua da chong')).toEqual(['[chua chong]']);
    // "Đổi sang họ mẹ" is "đổi họ", said the way a change is said.
    expect(units('doi sang ho me')).toEqual(['[doi ho]', 'me']);
    // A count: "nhận hai con" as "nhận một con"; "đi" before the act: "chưa đi lấy chồng" as "chưa chồng".
    expect(units('nhan hai con')).toEqual(['[nhan con]']);
    expect(units('chua di chong')).toEqual(['[chua chong]']);
  });

  it('but not any word, nor a small word before the phrase or more than one inside it', () => {
    expect(units('chua lay vo')).toEqual(['chua', 'lay', 'vo']);
    expect(units('co chua vo')).toEqual(['co', '[chua vo]']);
    expect(units('chua co cai vo')).toEqual(['chua', 'co', 'cai', 'vo']);
  });

  it('and not in the catalogue’s text, which is read as written', () => {
    expect(lex.conceptsIn('xac nhan tinh trang hon nhan'.split(' ')).size).toBe(1);
    expect(lex.conceptsIn('xac nhan co tinh trang hon nhan'.split(' ')).size).toBe(0);
  });
});

describe('phrases of three words or more said with words of their own inside', () => {
  const lex = compileLexicon([
    lexiconEntry('Lâm nghiệp', 'counter', ['khai thac rung trong'], ['khai thac go']),
    lexiconEntry('Giấy tờ', 'counter', ['mat giay chung tu'], ['cap lai']),
    lexiconEntry('Kinh doanh', 'counter', ['dang ky kinh doanh'], ['dang ky doanh nghiep']),
    lexiconEntry('Kinh doanh', 'counter', ['ho kinh doanh'], ['ho kinh doanh']),
  ]);
  const units = (q: string) => lex.segment(q.split(' ')).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]));

  it('are read, the inserted words kept as units of their own', () => {
    expect(units('khai thac go rung trong')).toEqual(['[khai thac rung trong]', 'go']);
    expect(units('khai thac go keo rung trong')).toEqual(['[khai thac rung trong]', 'go', 'keo']);
  });

  it('but not more than two words, nor after the phrase’s first word alone', () => {
    expect(units('khai thac cay keo tram rung trong')).toEqual(['khai', 'thac', 'cay', 'keo', 'tram', 'rung', 'trong']);
    expect(units('mat roi lam giay chung tu')).toEqual(['mat', 'roi', 'lam', 'giay', 'chung', 'tu']);
  });

  it('nor where the inserted words start a phrase that says the rest itself', () => {
    expect(units('dang ky ho kinh doanh')).toEqual(['dang', 'ky', '[ho kinh doanh]']);
  });

  it('nor where a later inserted word starts a phrase running to the end: "cho con trai | bán đất"', () => {
    const land = compileLexicon([lexiconEntry('Đất đai', 'counter', ['cho con dat'], ['tang cho']), lexiconEntry('Đất đai', 'counter', ['ban dat'], ['chuyen nhuong'])]);
    const read = (q: string) => land.segment(q.split(' ')).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]));
    expect(read('uy quyen cho con trai ban dat')).toEqual(['uy', 'quyen', 'cho', 'con', 'trai', '[ban dat]']);
    expect(read('cho con trai dat')).toEqual(['[cho con dat]', 'trai']);
  });

  it('but after the first word alone when the rest says the same thing: the verb goes with it', () => {
    const residence = compileLexicon([lexiconEntry('Cư trú', 'old name', ['nhap ho khau', 'ho khau'], ['dang ky thuong tru'])]);
    const read = (q: string) => residence.segment(q.split(' ')).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]));
    // "Lại" says how the act is done: no word of its own for the names ("đăng ký lại phương tiện") to hold.
    expect(read('nhap lai ho khau')).toEqual(['[nhap ho khau]']);
    expect(read('nhap lai ho khau cho con')).toEqual(['[nhap ho khau]', 'cho', 'con']);
  });

  it('nor a word that makes a phrase of its own with the word before it: "cấp lại" is a reissue', () => {
    const land = compileLexicon([
      lexiconEntry('Đất đai', 'counter', ['xin cap so do'], ['dang ky dat dai']),
      lexiconEntry('Giấy tờ', 'counter', ['cap lai'], ['cap lai']),
      lexiconEntry('Đất đai', 'counter', ['so do'], ['giay chung nhan quyen su dung dat']),
    ]);
    const read = (q: string) => land.segment(q.split(' ')).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]));
    expect(read('xin cap lai so do')).toEqual(['xin', '[cap lai]', '[so do]']);
    expect(read('xin cap so do')).toEqual(['[xin cap so do]']);
  });
});

describe('two phrases overlapping in a query', () => {
  const lex = compileLexicon([lexiconEntry('Đất đai', 'counter', ['so do'], ['giay chung nhan quyen su dung dat']), lexiconEntry('Xây dựng', 'counter', ['do nha'], ['pha do'])]);
  const units = (q: string) => lex.segment(q.split(' ')).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]));

  it('are cut the other way when the caller turns one down (typed with other marks)', () => {
    const notAt = (at: number) => (_: readonly string[], i: number) => i !== at;
    expect(lex.segment('so do nha'.split(' '), notAt(0)).map((u) => (u.concept ? `[${u.words.join(' ')}]` : u.words[0]))).toEqual(['so', '[do nha]']);
  });

  it('are read in the order they are said when neither cut strands fewer words: "sổ đỏ | nhà", not "sổ | đỏ nhà"', () => {
    expect(units('so do nha toi')).toEqual(['[so do]', 'nha', 'toi']);
    expect(units('xin do nha')).toEqual(['xin', '[do nha]']);
  });
});

describe('words said alone, written with their marks', () => {
  const lex = compileLexicon([lexiconEntry('Hộ tịch', 'counter', ['cưới', 'cuoi vo'], ['dang ky ket hon']), lexiconEntry('Chăn nuôi', 'counter', ['heo'], ['dong vat'])]);

  it('keep how they are written, and are read folded all the same', () => {
    expect(lex.writtenAs('cuoi')).toEqual([markKey('cưới')]);
    expect(lex.segment(['cuoi'])[0]?.concept).toBeDefined();
    // Unmarked, or in a phrase of several words, a word says nothing of its marks.
    expect(lex.writtenAs('heo')).toBeUndefined();
    expect(lex.writtenAs('vo')).toBeUndefined();
  });

  it('and so do phrases written with their marks, word by word', () => {
    const land = compileLexicon([lexiconEntry('Đất đai', 'counter', ['sổ đỏ', 'so dat'], ['giay chung nhan quyen su dung dat'])]);
    expect(land.writtenAs('so do')).toEqual([`${markKey('sổ')} ${markKey('đỏ')}`]);
    expect(land.writtenAs('so dat')).toBeUndefined();
  });
});

describe('the context of a reading', () => {
  it('takes no land from "đặt tên" (to name): folded, "đặt" is "đất"', () => {
    const gift = compileLexicon([lexiconEntry('Hộ tịch', 'counter', ['dat lai ten'], ['thay doi ho tich']), contextEntry('Đất đai', ['dat'], ['cho con'], ['tang cho'])]);
    const read = (q: string) => gift.segment(q.split(' ')).find((u) => u.words.join(' ') === 'cho con')?.concept;
    expect(read('dat lai ten cho con')).toBeUndefined();
    expect(read('dat ten cho con')).toBeUndefined();
    expect(read('de dat cho con')).toBeDefined();
  });
  it('takes none from a place named: "Sài Gòn" holds no "sai" that makes a birth record a correction', () => {
    const birth = compileLexicon([lexiconEntry(PLACE_NAMES, 'counter', ['Sài Gòn'], []), contextEntry('Hộ tịch', ['sai'], ['khai sinh'], ['thong tin ho tich'])]);
    const read = (q: string) => birth.segment(q.split(' ')).find((u) => u.words.join(' ') === 'khai sinh')?.concept;
    expect(read('lam tren sai gon chua lam khai sinh')).toBeUndefined();
    expect(read('khai sinh ghi sai')).toBeDefined();
  });
});

describe('English, read as the Vietnamese for it before the query is read', () => {
  const lex = compileLexicon([
    lexiconEntry('Căn cước', 'abbreviation', ['cccd'], ['the can cuoc']),
    lexiconEntry('Hộ tịch', 'english', ['birth certificate', 'register a birth'], ['khai sinh']),
    lexiconEntry('Hộ tịch', 'english', ['give up my share'], ['từ chối nhận di sản']),
    lexiconEntry('Hộ tịch', 'english', ['lost'], ['mất']),
    lexiconEntry('Hộ tịch', 'english', ['update'], ['thay đổi']),
    lexiconEntry('Hộ tịch', 'english', ['sell'], ['bán']),
    lexiconEntry('Nhà ở', 'english', ['house'], ['nhà']),
    lexiconEntry('hành chính', 'english', ['how', 'do', 'i', 'get', 'a', 'my', 'the', 'so', 'to', 'want'], []),
  ]);
  // The Vietnamese comes folded, as every word the engine reads.
  const read = (q: string, open = false) => lex.translate(q.split(' '), open).join(' ');

  it('replaces an English phrase by its Vietnamese, wherever it stands', () => {
    expect(read('birth certificate')).toBe('khai sinh');
    expect(read('xin birth certificate cho con')).toBe('xin khai sinh cho con');
  });

  it('leaves a query with no English as it is, the same words', () => {
    const tokens = ['lam', 'the', 'can', 'cuoc'];
    expect(lex.translate(tokens, false)).toBe(tokens);
  });

  it('drops English’s small words only where most of the query is English, and reads phrases across them', () => {
    expect(read('how do i get my birth certificate')).toBe('khai sinh');
    expect(read('i want to sell the house')).toBe('ban nha');
    // Small words inside a phrase stay its words.
    expect(read('i want to give up my share')).toBe('tu choi nhan di san');
  });

  it('reads a word of English alone only in an English query: the young write it into Vietnamese', () => {
    expect(read('lost cccd')).toBe('lost cccd');
    expect(read('i lost my house')).toBe('mat nha');
    // "so", "do" are Vietnamese syllables too (sổ, đỏ): they do not make "update so do" English.
    expect(read('update so do cho me')).toBe('update so do cho me');
    // A word that is no Vietnamese syllable and no word of the lexicon is English too ("exam").
    expect(read('lost cccd exam')).toBe('mat cccd exam');
  });

  it('reads a phrase’s last word begun while it is typed, from its third letter', () => {
    expect(read('birth cert', true)).toBe('khai sinh');
    expect(read('birth ce', true)).toBe('birth ce');
    expect(read('birth cert', false)).toBe('birth cert');
  });

  it('is no concept of its own: a Vietnamese query reads the same with English entries or without', () => {
    const vi = lexiconEntry('Hộ tịch', 'counter', ['giay khai sinh'], ['khai sinh']);
    const both = compileLexicon([vi, lexiconEntry('Hộ tịch', 'english', ['birth certificate'], ['giấy khai sinh'])]);
    expect(both.segment('xin giay khai sinh'.split(' '))).toEqual(compileLexicon([vi]).segment('xin giay khai sinh'.split(' ')));
    expect(both.conceptsIn('dang ky khai sinh'.split(' '))).toEqual(compileLexicon([vi]).conceptsIn('dang ky khai sinh'.split(' ')));
    expect(both.phrases()).toEqual(compileLexicon([vi]).phrases());
  });
});
