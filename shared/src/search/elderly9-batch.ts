import type { CitizenQuery } from './dev-set';

const KS = ['1.001193', '2.000986', '2.001023'];
const CHANGE_USE = ['1.013949', '1.013823', '1.013992'];
const CARD_NEW_OR_CHANGE = ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];

/**
 * The elderly voice's ninth round (issue 17, helper session of 6 Dec 2026): 48 questions written in one sitting at
 * 14:42 UTC (docs/search-drafts/elderly9-draft-20261206T1442Z.txt), before any procedure name was grepped and before
 * the engine was run on them. An old person who does not know a procedure's name asks how, where, how long, how
 * much and with which papers ("cho tôi hỏi muốn … thì làm thế nào", "ở đâu", "mất mấy ngày", "tốn bao nhiêu tiền",
 * "cần mang theo giấy tờ gì", "có phải ra huyện không"), often after a relative or a story, with old names
 * (chứng minh nhân dân, hộ khẩu, nhập/cắt khẩu, sổ đỏ, giấy giá thú, bằng lái, cà vẹt) and polite particles; eleven
 * without marks. Civil status, certification, land, residence, identity cards, health cards and social insurance,
 * pensions, merit, funerals, building and vehicles.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept (a lost marriage paper is a copy of the extract or a
 * re-registration; land left by grandparents is a first certificate or an inheritance transfer; a cremation needs the
 * death registered). 13 have no answer in this catalogue, which holds no social allowances (old age, disability,
 * funeral aid), no old-age pension claim for workers or farmers, no merit-ministry funeral, grave-visit or veterans'
 * procedures, and five questions were meant to have none (an electricity bill, a bus, a lottery ticket, a clinic's
 * hours, a toilet): ELDERLY9_NO_ANSWER. Split by alternation into ELDERLY9_TUNE (tuned on) and ELDERLY9_HELD.
 */
export const ELDERLY9_BATCH: readonly CitizenQuery[] = [
  { q: 'Cho tôi hỏi muốn làm giấy khai sinh cho đứa cháu nội mới đẻ thì làm thế nào ạ, bố mẹ nó đi làm ăn xa', expect: KS, who: 'elderly' },
  { q: 'dạ thưa cô, ông nhà tôi mất hôm kia, giờ đi khai tử thì cần mang theo giấy tờ gì ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'cho bac hoi giay gia thu cua ong ba bi mat thi xin lai o dau, co phai ra huyen khong', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'Con trai tôi muốn cưới vợ, đăng ký kết hôn thì mất mấy ngày hả cháu, có tốn tiền không', expect: ['1.000894'], who: 'elderly' },
  { q: 'thưa chị, tôi góa chồng lâu rồi, giờ cần giấy xác nhận độc thân để đi bước nữa thì xin ở đâu ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'giấy khai sinh của tôi ghi sai tên mẹ, muốn sửa lại thì có phải ra huyện không cô', expect: ['1.004859'], who: 'elderly' },
  { q: 'cho tôi hỏi sao y cái sổ hộ khẩu với giấy khai sinh thì làm ở đâu, tốn bao nhiêu tiền một trang ạ', expect: ['2.000815'], who: 'elderly' },
  { q: 'bác muốn làm giấy ủy quyền cho thằng con đi nhận lương hưu thay thì chứng thực ở xã được không cháu', expect: ['1.001601', '2.000884'], who: 'elderly' },
  { q: 'cho toi hoi chung thuc chu ky vao giay to thi mat bao lau a', expect: ['2.000884'], who: 'elderly' },
  { q: 'Cho bác hỏi muốn làm sổ đỏ cho mảnh đất ông bà để lại thì làm thế nào, cần mang giấy tờ gì', expect: ['1.013978', '1.013831', '2.001406'], who: 'elderly' },
  { q: 'Sang tên sổ đỏ cho con gái thì tốn bao nhiêu tiền vậy cháu, có phải ra huyện không', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'dạ nhà tôi mất sổ đỏ rồi, làm lại mất mấy ngày ạ', expect: ['1.012786'], who: 'elderly' },
  { q: 'Cho tôi hỏi chuyển đất vườn sang đất ở để xây nhà cho con thì nộp hồ sơ ở đâu ạ', expect: CHANGE_USE, who: 'elderly' },
  { q: 'Bố mẹ mất không có di chúc, các anh em muốn chia đất thì làm giấy tờ gì ạ, ở xã có làm được không', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'tách thửa đất chia cho hai đứa con thì làm ở đâu bác ơi, mất bao lâu', expect: ['1.012784'], who: 'elderly' },
  { q: 'Cho tôi hỏi hộ khẩu bây giờ bỏ rồi thì muốn nhập khẩu cho con dâu về nhà mình thì làm thế nào ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'thang chau ve o voi ba may thang, co phai di bao tam tru cho no khong, bao o dau chau', expect: ['1.004194', '2.001159'], who: 'elderly' },
  { q: 'ông nhà tôi mất rồi, cắt khẩu cho ông ở đâu ạ, có mất tiền không', expect: ['1.003197'], who: 'elderly' },
  { q: 'Tôi năm nay 75 tuổi, chứng minh nhân dân cũ rồi, đổi sang căn cước thì đi đâu làm ạ, có phải lên huyện không', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'dua chau mat the can cuoc, lam lai thi mat bao nhieu tien co oi', expect: CARD_LOST, who: 'elderly' },
  { q: 'thẻ bảo hiểm y tế của tôi bị mất, làm lại ở đâu ạ, có phải ra huyện không', expect: ['1.002759', '1.001294', '1.001327'], who: 'elderly' },
  { q: 'cho toi hoi nghi viec roi thi rut bao hiem xa hoi mot lan o dau, mat may ngay', expect: ['1.001613'], who: 'elderly' },
  { q: 'Bà chuyển về quê ở với con, muốn chuyển nơi nhận lương hưu về đây thì làm thế nào ạ', expect: ['1.001742'], who: 'elderly' },
  { q: 'ong nha toi dang huong luong huu thi mat, gia dinh duoc nhan tien tuat khong, lam ho so o dau', expect: ['2.000821', '2.000717'], who: 'elderly' },
  { q: 'cho tôi hỏi bằng Tổ quốc ghi công của liệt sĩ nhà tôi bị mối ăn hỏng, xin cấp lại ở đâu ạ', expect: ['1.004163'], who: 'elderly' },
  { q: 'Cho tôi hỏi muốn mang cụ đi hỏa táng thì có phải xin giấy gì ở xã không', expect: ['1.000656'], who: 'elderly' },
  { q: 'Nhà tôi muốn xây lại cái nhà cấp bốn ở quê, có phải xin giấy phép xây dựng không, xin ở đâu ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'cho bac hoi sua nha, nang nen cao len thi co phai xin phep khong, mat bao lau', expect: ['1.013229'], who: 'elderly' },
  { q: 'Bằng lái xe máy của tôi giấy bìa cũ, muốn đổi sang thẻ mới thì làm ở đâu, mất bao nhiêu tiền ạ', expect: ['3.000347'], who: 'elderly' },
  { q: 'Ông bán xe máy cho người ta rồi, giờ phải làm thủ tục gì để sang tên, có phải lên huyện không cháu', expect: ['1.013076'], who: 'elderly' },
  { q: 'mat ca vet xe may thi lam lai o dau a, bao lau thi co', expect: ['1.013082', '1.013080'], who: 'elderly' },
  { q: 'Dạ cho tôi hỏi muốn xin phiếu lý lịch tư pháp cho thằng cháu đi xuất khẩu lao động thì mất mấy ngày ạ', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'cho toi hoi lam ho chieu thi ra tinh hay o huyen lam duoc, het bao nhieu tien', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'Vợ chồng tôi già rồi muốn làm di chúc để lại nhà cho con, chứng thực di chúc ở xã được không ạ', expect: ['2.001019'], who: 'elderly' },
  { q: 'nhà tôi nghèo quá, muốn xin xét hộ nghèo thì làm thế nào hả cô', expect: ['1.011607', '1.011606'], who: 'elderly' },
];

/** The half tuned on: its misses were read. */
export const ELDERLY9_TUNE: readonly CitizenQuery[] = ELDERLY9_BATCH.filter((_, i) => i % 2 === 0);

/** The half scored only: its misses were never printed. */
export const ELDERLY9_HELD: readonly CitizenQuery[] = ELDERLY9_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (see the header). */
export const ELDERLY9_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'cho bà hỏi người già trên 80 tuổi xin trợ cấp hàng tháng thì làm thế nào ạ', who: 'elderly' },
  { q: 'Dạ thưa, tôi làm ruộng cả đời không có lương hưu, giờ 70 tuổi có được nhận tiền gì của nhà nước không, làm đơn ở đâu', who: 'elderly' },
  { q: 'Con tôi bị khuyết tật từ bé, muốn xin trợ cấp cho cháu thì cần giấy tờ gì ạ', who: 'elderly' },
  { q: 'Tôi sắp đủ tuổi về hưu, làm hồ sơ hưởng lương hưu thì nộp ở đâu hả cháu, mất bao lâu mới có lương', who: 'elderly' },
  { q: 'Bố tôi là thương binh, giờ mất rồi thì gia đình được nhận tiền mai táng không, làm ở đâu ạ', who: 'elderly' },
  { q: 'Tôi đi bộ đội chống Mỹ, nghe nói có chế độ cho người tham gia kháng chiến, làm hồ sơ thì cần giấy tờ gì', who: 'elderly' },
  { q: 'muốn đi thăm mộ liệt sĩ ở Quảng Trị, nhà nước có hỗ trợ tiền đi lại không, làm đơn ở đâu', who: 'elderly' },
  { q: 'me toi huong tro cap nguoi cao tuoi, cu moi mat, con chau xin tien mai tang phi the nao a', who: 'elderly' },
  { q: 'Cho tôi hỏi tiền điện tháng này đóng ở đâu ạ, tôi già không biết đóng trên điện thoại', who: 'elderly' },
  { q: 'dạ cháu ơi xe buýt về bệnh viện tỉnh bắt ở đâu ạ', who: 'elderly' },
  { q: 'Bà muốn mua vé số thì mua ở đâu cháu', who: 'elderly' },
  { q: 'cho tôi hỏi khám bệnh ở trạm y tế xã thì mấy giờ mở cửa ạ', who: 'elderly' },
  { q: 'cho bac hoi o day nha ve sinh o dau chau', who: 'elderly' },
];
