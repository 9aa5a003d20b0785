import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './default-lexicon';
import { words } from './engine';

/** The catalogue phrases the shipped lexicon reads in a query, in order. */
const readings = (q: string) => {
  const lex = defaultLexicon();
  return lex.segment(words(q)).flatMap((u) => (u.concept ? lex.meansOf(u.concept) : []));
};
/** A catalogue phrase as the lexicon holds it ("đăng ký" is "dang ki"). */
const held = (phrase: string) => words(phrase).join(' ');

describe('life events read as the procedure that follows them (lexicon-events.ts)', () => {
  it('reads a wedding told as done beside moving in as the permanent residence, not a marriage', () => {
    expect(readings('mới cưới xong, vợ dọn về nhà mình ở hẳn')).toContain(held('dang ky thuong tru'));
    expect(readings('mới cưới xong, vợ dọn về nhà mình ở hẳn')).not.toContain(held('dang ky ket hon'));
    // The marriage itself asked for keeps its reading.
    expect(readings('mới cưới, giờ về ở chung, chưa đăng ký kết hôn')).not.toContain(held('dang ky thuong tru'));
  });

  it('reads a wedding with a partner of another nationality as the marriage with a foreign element', () => {
    expect(readings('quen cô người Hàn, hai đứa muốn cưới')).toContain(held('dang ky ket hon co yeu to nuoc ngoai'));
    expect(readings('hai đứa muốn cưới')).not.toContain(held('dang ky ket hon co yeu to nuoc ngoai'));
  });

  it('reads having no spouse, asked to be proved, as the marital-status certificate, and the wedding as the story', () => {
    const r = readings('muon cuoi ba khac, ben do doi giay chung minh tui ko co vo');
    expect(r).toContain(held('xac nhan tinh trang hon nhan'));
    expect(r).not.toContain(held('dang ky ket hon'));
    expect(r).not.toContain(held('the can cuoc'));
  });

  it("reads a newborn's papers as the birth registration, but not its card or a lost paper", () => {
    expect(readings('bé mới sinh được 1 tuần, làm giấy tờ cho bé')).toContain(held('dang ky khai sinh'));
    expect(readings('bé mới sinh, làm giấy bhyt cho bé')).not.toContain(held('dang ky khai sinh'));
  });

  it('reads a sale told as notarised as done, so the notary is not asked again', () => {
    expect(readings('mua đất đã công chứng HĐ, giờ sang tên sổ')).not.toContain(held('chung thuc hop dong'));
  });

  it('reads a lodger told to report to the police as the temporary residence, the vending as the story', () => {
    const r = readings('lên thành phố bán hàng rong, thuê phòng trọ, chủ nhà dặn đi báo với công an phường');
    expect(r).toContain(held('dang ky tam tru'));
    expect(r).not.toContain(held('cong an'));
    expect(readings('tôi bán hàng rong, có cần đăng ký kinh doanh không')).not.toContain(held('dang ky tam tru'));
  });

  it("reads an employer's demand as the reason, not the procedures done at an agency's request", () => {
    expect(readings('cty yêu cầu giấy xác nhận không tiền án')).not.toContain(held('yeu cau'));
  });
});

describe('older readings widened for the same stories', () => {
  it("reads an insured husband's death as the survivors' allowance, not a death registration", () => {
    const r = readings('chong tui mat roi, ổng dong bao hiem 12 nam');
    expect(r).toContain(held('che do tu tuat'));
    expect(r).not.toContain(held('khai tu'));
  });

  it('reads a father away at work as the story beside a newborn, and a city typed short as a place', () => {
    expect(readings('con dâu mới sinh, con trai tôi đi làm xa chưa về')).not.toContain(held('tam vang'));
    expect(readings('mới lên HN đi làm, thuê trọ')).not.toContain(held('hanh nghe'));
  });

  it('reads a plot bought by the piece and the kind as the transfer, not a change of use', () => {
    const r = readings('mua lại miếng đất vườn của ông hàng xóm');
    expect(r).toContain(held('chuyen nhuong quyen su dung dat'));
    expect(r).not.toContain(held('chuyen muc dich su dung dat'));
  });

  it('reads never being mixed up with a court as the criminal record certificate', () => {
    expect(readings('chưa từng dính líu tới tòa án')).toContain(held('ly lich tu phap'));
  });
});
