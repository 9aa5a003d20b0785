import { describe, expect, it } from 'vitest';
import { CatalogueIndexSchema } from '../schemas/usage';
import { defaultLexicon } from './default-lexicon';
import { CATALOGUE_GAPS, gapDemand, openGaps } from './gap-list';
import { GapNoteSchema } from './gap-note';
import { compileGaps, gapIn } from './gaps';

const all = compileGaps(openGaps([]));
const idOf = (q: string) => gapIn(all, q)?.id ?? null;

describe('the needs a catalogue lacks', () => {
  it('reads a need typed with marks, without them, or in capitals', () => {
    expect(idOf('mẹ tôi 81 tuổi xin trợ cấp người cao tuổi ở đâu')).toBe('social-assistance');
    expect(idOf('ba noi 80 tuoi xin tro cap nguoi gia')).toBe('social-assistance');
    expect(idOf('CHUYỂN TRƯỜNG CHO CON')).toBe('education');
    expect(idOf('lanh tien that nghiep can giay to gi')).toBe('labour');
  });

  it('matches whole words only', () => {
    // "hoc phi" inside other words is no school fee.
    expect(idOf('hocphi')).toBeNull();
    expect(idOf('tiền điện tháng này tăng vọt')).toBe('utilities');
    // …and a phrase inside a longer one of another sense is not it: e-money, an e-invoice.
    expect(idOf('tiền điện tử')).toBeNull();
    expect(idOf('đăng ký hóa đơn điện tử')).toBeNull();
  });

  it('leaves the need to the catalogue when the query asks for what it has', () => {
    expect(idOf('chứng thực bản sao giấy xác nhận khuyết tật')).toBeNull();
    expect(idOf('lĩnh thay trợ cấp thất nghiệp cho con')).toBeNull();
    expect(idOf('xin giấy xác nhận cư trú để con nhập học')).toBeNull();
    expect(idOf('làm giấy khai sinh, cháu sinh ở trạm y tế có giấy chứng sinh')).toBeNull();
    // Relief after a storm is missing; the support after an animal epidemic is not.
    expect(idOf('lúa mất trắng vì bão, xin hỗ trợ thiệt hại ở đâu')).toBe('disaster-relief');
    expect(idOf('lợn chết vì dịch tả, xin hỗ trợ thiệt hại')).toBeNull();
    // Legalising a diploma abroad is the foreign ministry's; translating and certifying it is the commune's.
    expect(idOf('hợp pháp hóa lãnh sự bằng đại học để đi Nhật')).toBe('consular');
    expect(idOf('chứng thực chữ ký người dịch bằng đại học')).toBeNull();
    // A traffic fine is paid, not filed; the tax office's late-payment penalties are procedures.
    expect(idOf('nop phat giao thong o dau')).toBe('traffic-fines');
    expect(idOf('xử lý tiền phạt nộp thừa tiền thuế')).toBeNull();
  });

  it('reads a need named in two halves, an allowance and who it is for, in any order and any voice', () => {
    expect(idOf('má tui 83 tuổi rồi, hổng có lương hưu, có được nhà nước trợ cấp gì hông')).toBe('social-assistance');
    expect(idOf('ong noi bi liet nua nguoi nam mot cho, xin che do tro cap duoc ko')).toBe('social-assistance');
    expect(idOf('thằng cháu mồ côi cha, bà nuôi, xin hỗ trợ hằng tháng ở mô')).toBe('social-assistance');
    // Either half alone is no such need: an old man's identity card, an allowance of the police's own.
    expect(idOf('bố tôi 85 tuổi đi lại khó, xin làm căn cước tại nhà')).toBeNull();
    expect(idOf('hỗ trợ thủ tục đăng ký hộ kinh doanh')).toBeNull();
    // "không có lương hưu" asks for the allowance; drawing a pension is social insurance's, in the catalogue.
    expect(idOf('mẹ tôi 81 tuổi không có lương hưu xin trợ cấp')).toBe('social-assistance');
    expect(idOf('bà tôi 82 tuổi lĩnh lương hưu ở bưu điện, muốn chuyển hưởng về tỉnh khác')).toBeNull();
  });

  it('names the newer needs, and leaves their neighbours in the catalogue alone', () => {
    expect(idOf('ruong lua bi lu cuon mat trang xin ho tro o dau')).toBe('disaster-relief');
    // Folded, "bão" is "bao" of "bao lâu": a storm is said in full.
    expect(idOf('xin giấy xác nhận tình trạng hôn nhân mất bao lâu')).toBeNull();
    expect(idOf('ủy ban xã thu hồi đất làm đường, tôi muốn làm đơn khiếu nại')).toBe('complaints');
    // A bare complaint, or one about the police, is the police's procedure.
    expect(idOf('khiếu nại')).toBeNull();
    expect(idOf('khiếu nại công an xã giữ giấy tờ')).toBeNull();
    expect(idOf('em mất sim, muốn làm lại sim chính chủ')).toBe('telecom');
    expect(idOf('bán đất phải nộp thuế bao nhiêu')).toBeNull();
    expect(idOf('mo tiem ban phan bon o que can giay gi')).toBe('fertiliser-shop');
    expect(idOf('mở cửa hàng buôn bán phân bón và thuốc bảo vệ thực vật')).toBeNull();
    expect(idOf('hợp pháp hóa bằng đại học để dùng ở nước ngoài')).toBe('consular');
    expect(idOf('xin visa đi Hàn du lịch')).toBe('visa-abroad');
    expect(idOf('gia hạn visa cho chồng người Hàn')).toBeNull();
    expect(idOf('nhà mình ở xóm trong muốn câu điện về, hỏi ai')).toBe('utilities');
    expect(idOf('thuê mặt nước nuôi cá')).toBeNull();
    expect(idOf('con tui đăng ký đi thực tập sinh Nhật thì hỏi chỗ nào')).toBe('jobs');
    expect(idOf('xin lý lịch tư pháp đi thực tập sinh Nhật')).toBeNull();
    expect(idOf('nhập ngũ năm nay khám tuyển ngày nào')).toBe('military-service');
    expect(idOf('xin bản sao trích lục khai sinh cho con làm hồ sơ nhập ngũ')).toBeNull();
  });

  it('says nothing for a query of no such need, or an empty one', () => {
    expect(idOf('đăng ký khai sinh cho con')).toBeNull();
    expect(idOf('')).toBeNull();
    expect(idOf('🙂🙂')).toBeNull();
  });

  it('reads English through the search’s lexicon, as the Vietnamese for it', () => {
    const lexicon = defaultLexicon();
    expect(gapIn(all, 'work permit', lexicon)?.id).toBe('labour');
    expect(gapIn(all, 'school transfer for my child', lexicon)?.id).toBe('education');
    expect(gapIn(all, 'enrol my son in primary school', lexicon)?.id).toBe('education');
    // The papers a school asks for are the catalogue's.
    expect(gapIn(all, 'birth certificate copy for school enrolment', lexicon)).toBeNull();
    // Without the lexicon it is words the gaps do not hold; and what the catalogue has stays the catalogue's.
    expect(gapIn(all, 'school transfer for my child')).toBeNull();
    expect(gapIn(all, 'copy of my diploma', lexicon)).toBeNull();
  });

  it('reads only the first 200 characters, as the search does', () => {
    expect(idOf(`${'a '.repeat(100)}trợ cấp người cao tuổi`)).toBeNull();
    expect(idOf(`trợ cấp người cao tuổi ${'a '.repeat(5000)}`)).toBe('social-assistance');
  });

  it('sends a catalogue only the gaps it has no procedure for', () => {
    const ids = (names: string[]) => openGaps(names.map((name) => ({ name, field: 'Khác' }))).map((g) => g.id);
    expect(ids([])).toEqual(CATALOGUE_GAPS.map((g) => g.id));
    const withSocial = ids(['Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng']);
    expect(withSocial).not.toContain('social-assistance');
    expect(withSocial).toContain('education');
    // A field names the need as well as a procedure's name does.
    expect(openGaps([{ name: 'Xét tặng', field: 'Nghĩa vụ quân sự' }]).map((g) => g.id)).not.toContain('military-service');
  });

  it('travels with the catalogue as data the kiosk checks', () => {
    for (const gap of openGaps([])) expect(GapNoteSchema.safeParse(gap).success).toBe(true);
    const index = CatalogueIndexSchema.parse({ items: [], views: {}, preferLevel: 'xa' });
    expect(index.gaps).toEqual([]);
    expect(CatalogueIndexSchema.safeParse({ items: [], views: {}, preferLevel: 'xa', gaps: [{ id: 'x', note: { vi: '', en: 'e' }, say: [] }] }).success).toBe(false);
  });

  it('counts the searches that asked for each need, most asked first, with their commonest wordings', () => {
    const demand = gapDemand(openGaps([]), [
      { q: 'chuyen truong', count: 1 },
      { q: 'tro cap nguoi gia', count: 4 },
      { q: 'dang ky khai sinh', count: 9 },
      { q: 'tien nguoi gia', count: 2 },
    ]);
    expect(demand.map((d) => [d.id, d.count, d.examples])).toEqual([
      ['social-assistance', 6, ['tro cap nguoi gia', 'tien nguoi gia']],
      ['education', 1, ['chuyen truong']],
    ]);
    expect(demand[0]?.topic.vi).toContain('bảo trợ xã hội');
    // Only the needs the catalogue lacks are counted.
    expect(gapDemand([], [{ q: 'chuyen truong', count: 1 }])).toEqual([]);
  });
});
