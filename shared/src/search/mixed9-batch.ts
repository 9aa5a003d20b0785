import type { CitizenQuery } from './dev-set';

/**
 * The mixed voices' ninth round (issue 17, helper session of 6 Dec 2026): 56 queries written in one sitting at
 * 10:01 UTC (docs/search-drafts/mixed9-draft-20261206T1001Z.txt), before any procedure name was grepped and before
 * the engine was run on them, elderly, rural and young voices in turn. Their theme is what citizens say that is not a
 * procedure's name: the paper they hold or want (tờ trích lục, giấy xác nhận tình trạng hôn nhân, phiếu lý lịch, sổ
 * đỏ, thẻ căn cước, bằng lái hạng A1, giấy an toàn thực phẩm), the office or person that sent them (bên ngân hàng
 * bảo, trường yêu cầu, công ty đòi, công an phường nói) and what it is for (để đi xuất khẩu lao động, để vay vốn, để
 * con nhập học, để bán đất, để đi Hàn, để nhận lương hưu thay).
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept (commune, province and central variants). A food stall's or
 * café's food-safety certificate is labelled with the one such certificate this catalogue holds (2.001827). Four have
 * no answer here (a pension certificate, people with merit outside the police, consular legalisation):
 * MIXED9_NO_ANSWER. Split by alternation into MIXED9_TUNE (tuned on) and MIXED9_HELD.
 */
export const MIXED9_BATCH: readonly CitizenQuery[] = [
  { q: 'cho bác hỏi bác muốn xin lại tờ trích lục khai sinh của thằng con bác bị mất thì làm ở đâu', expect: ['2.000635'], who: 'elderly' },
  { q: 'xin to trich luc khai tu cho ong nha em', expect: ['2.000635', '1.000656'], who: 'rural' },
  { q: 'trích lục kết hôn bản sao', expect: ['2.000635'], who: 'young' },
  { q: 'cháu ơi bên ngân hàng bảo bác phải có giấy xác nhận tình trạng hôn nhân mới cho vay, bác xin ở đâu', expect: ['1.004873'], who: 'elderly' },
  { q: 'giay xac nhan doc than de di xuat khau lao dong', expect: ['1.004873'], who: 'rural' },
  { q: 'xác nhận độc thân để kết hôn với người nước ngoài', expect: ['1.004873'], who: 'young' },
  { q: 'công ty đòi con tôi nộp phiếu lý lịch tư pháp, tôi xin thay cho nó được không', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'lam phieu ly lich tu phap de di han', expect: ['3.000333', '3.000330'], who: 'rural' },
  { q: 'lý lịch tư pháp số 2', expect: ['3.000333', '3.000330'], who: 'young' },
  { q: 'tôi muốn làm sổ đỏ cho mảnh đất ông bà để lại để bán đất', expect: ['1.013978', '1.012753'], who: 'elderly' },
  { q: 'cap giay chung nhan quyen su dung dat lan dau', expect: ['1.013978', '1.012753'], who: 'rural' },
  { q: 'sang tên sổ đỏ mua đất', expect: ['1.012787'], who: 'young' },
  { q: 'giấy chứng nhận quyền sử dụng đất của tôi bị rách nát, xin cấp lại cái mới', expect: ['1.012783', '1.012786'], who: 'elderly' },
  { q: 'so do bi mat lam lai o dau', expect: ['1.012786'], who: 'rural' },
  { q: 'bác bị mất thẻ căn cước, công an phường nói phải làm lại, thủ tục thế nào', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'lam the can cuoc cho con 14 tuoi', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'đổi cccd hết hạn', expect: ['1.014063', '2.001195', '1.000889'], who: 'young' },
  {
    q: 'tôi già rồi chứng minh nhân dân cũ hết hạn giờ đổi sang căn cước',
    expect: ['1.014063', '2.001195', '1.000889', '1.014061', '2.000200', '1.001247'],
    who: 'elderly',
  },
  { q: 'thi bang lai xe may hang a1', expect: ['3.000346'], who: 'rural' },
  { q: 'đổi bằng lái xe', expect: ['3.000347'], who: 'young' },
  { q: 'bằng lái ô tô của tôi bị mất khi đi chợ, xin cấp lại', expect: ['3.000348'], who: 'elderly' },
  { q: 'doi giay phep lai xe quan doi sang dan su', expect: ['3.000349'], who: 'rural' },
  { q: 'giấy chứng nhận đủ điều kiện an toàn thực phẩm quán cà phê', expect: ['2.001827'], who: 'young' },
  { q: 'xin giay an toan ve sinh thuc pham de mo quan an', expect: ['2.001827'], who: 'rural' },
  { q: 'tôi bán bún ở chợ, bên phường nói phải có giấy an toàn thực phẩm, xin thế nào', expect: ['2.001827'], who: 'elderly' },
  { q: 'đăng ký hộ kinh doanh mở shop', expect: ['1.001612'], who: 'young' },
  { q: 'xin giay phep kinh doanh tiem tap hoa', expect: ['1.001612'], who: 'rural' },
  { q: 'trường yêu cầu giấy khai sinh bản sao để con nhập học lớp một, bác xin ở đâu', expect: ['2.000635', '2.000815'], who: 'elderly' },
  { q: 'lam ban sao giay khai sinh cho con vao lop 1', expect: ['2.000635', '2.000815'], who: 'rural' },
  { q: 'chứng thực bản sao học bạ', expect: ['2.000815'], who: 'young' },
  {
    q: 'bác muốn nhận lương hưu thay cho ông nhà bác đang nằm viện thì phải làm giấy ủy quyền gì',
    expect: ['1.001601', '2.000884'],
    who: 'elderly',
  },
  { q: 'lam giay uy quyen nhan luong huu thay', expect: ['1.001601', '2.000884'], who: 'rural' },
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: ['2.000884'], who: 'young' },
  {
    q: 'để vay vốn ngân hàng chính sách thì bác cần xác nhận hộ nghèo, xin ở xã được không',
    expect: ['1.011607', '1.011606'],
    who: 'elderly',
  },
  { q: 'xin giay chung nhan ho ngheo de vay von', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'xác nhận hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' },
  {
    q: 'con tôi đi xuất khẩu lao động Nhật, công ty môi giới đòi giấy xác nhận cư trú, xin ở đâu',
    expect: ['1.010041'],
    who: 'elderly',
  },
  { q: 'xac nhan cu tru de lam ho chieu', expect: ['1.010041', '1.001456', '1.001471'], who: 'rural' },
  { q: 'làm hộ chiếu online', expect: ['1.001456', '1.001471'], who: 'young' },
  { q: 'lam lai so bao hiem xa hoi bi mat', expect: ['1.002759'], who: 'rural' },
  { q: 'rút bhxh một lần', expect: ['1.001613'], who: 'young' },
  {
    q: 'công an phường nói tôi phải đăng ký thường trú cho cháu nội mới sinh, tôi làm thế nào',
    expect: ['1.004222', '2.000986'],
    who: 'elderly',
  },
  { q: 'nhap khau cho vo ve nha chong', expect: ['1.004222'], who: 'rural' },
  { q: 'đăng ký tạm trú cho sinh viên thuê trọ', expect: ['1.004194'], who: 'young' },
  {
    q: 'bên ngân hàng bảo phải công chứng hợp đồng thế chấp sổ đỏ để vay tiền, làm ở đâu',
    expect: ['1.011441', '2.001035'],
    who: 'elderly',
  },
  { q: 'dang ky the chap quyen su dung dat vay ngan hang', expect: ['1.011441'], who: 'rural' },
  { q: 'xóa đăng ký thế chấp', expect: ['1.011443', '1.011437'], who: 'young' },
  { q: 'thẻ bhyt cho trẻ dưới 6 tuổi', expect: ['2.001023', '2.000986'], who: 'young' },
  {
    q: 'để đi Hàn thăm con, bên đại sứ quán đòi giấy khai sinh có dịch thuật, tôi chứng thực bản dịch ở đâu',
    expect: ['2.001008', '2.000992'],
    who: 'elderly',
  },
  { q: 'giấy xác nhận không có tiền án', expect: ['3.000333', '3.000330'], who: 'young' },
  {
    q: 'con tôi ra trường, công ty đòi giấy khám sức khỏe với lý lịch có xác nhận của phường',
    expect: ['2.000884'],
    who: 'elderly',
  },
  { q: 'xin giay chung tu vung tau', expect: ['1.000656', '2.000635'], who: 'rural' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const MIXED9_TUNE: readonly CitizenQuery[] = MIXED9_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const MIXED9_HELD: readonly CitizenQuery[] = MIXED9_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (a pension certificate, merit outside the police, legalisation). */
export const MIXED9_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'bác muốn xin giấy chứng nhận nghỉ hưu, bên bảo hiểm bảo mang sổ bảo hiểm xã hội lên', who: 'elderly' },
  { q: 'tôi muốn xin giấy xác nhận là con liệt sĩ để con cháu được ưu tiên khi thi đại học', who: 'elderly' },
  { q: 'xin giay chung nhan thuong binh', who: 'rural' },
  { q: 'hop phap hoa lanh su giay to de di nuoc ngoai', who: 'rural' },
];
