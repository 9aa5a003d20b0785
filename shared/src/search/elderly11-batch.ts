import type { CitizenQuery } from './dev-set';
import { EXCHANGE, FIRST, INHERIT, PERMIT_NEW, SALE_GIFT, TRANSFER } from './land-codes';

const KS = ['1.001193', '2.000986', '2.001023'];
const TU_TUAT = ['2.000821', '2.000717'];
const CARD_NEW = ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];

/**
 * The elderly voice's eleventh round, asking for someone else (issue 17, helper session of 6 Dec 2026): 50 questions
 * written in one sitting at 18:16 UTC (docs/search-drafts/elderly11-draft-20261206T1816Z.txt), before any procedure
 * name was grepped and before the engine was run on them. A grandparent for a grandchild whose parents work far away
 * or abroad (đi làm ăn xa, xuất khẩu lao động), a widow for her late husband's papers, a parent for a grown child, a
 * neighbour for an old person living alone: long polite sentences with ages, years and illnesses, old names
 * (chứng minh thư, sổ hộ khẩu, sổ đỏ, bằng khoán, giấy giá thú, sổ hưu, cà vẹt), the need told by what happened, with
 * "nhờ", "thay", "ủy quyền", and a closing question (ở đâu, bao lâu, bao nhiêu tiền, cần mang gì); two without marks.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept (a torn land certificate is exchanged, a lost one reissued;
 * land held under a pre-1975 bằng khoán is a first certificate, then a transfer; an authorisation to sell land is a
 * certified land transaction or a certified signature; a death abroad is registered here or recorded from the foreign
 * paper). 9 have no answer in this catalogue, which holds no old-age allowance, no merit-ministry procedures (a war
 * invalid's funeral aid, Agent Orange survivors, a martyr's death notice or grave, resistance veterans), no
 * "same person" attestation and no theft report, plus a clinic's hours: ELDERLY11_NO_ANSWER. Split by alternation
 * into ELDERLY11_TUNE (tuned on) and ELDERLY11_HELD.
 */
export const ELDERLY11_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cho bà hỏi, con dâu bà đi xuất khẩu lao động bên Đài Loan, để lại đứa cháu nội mới sinh, giờ bà đi làm giấy khai sinh thay cho nó được không, cần mang giấy tờ gì ạ',
    expect: KS,
    who: 'elderly',
  },
  { q: 'Thưa cô, ông nhà tôi năm nay mất rồi, ông bị tai biến nằm liệt ba năm, giờ tôi muốn đi báo tử cho ông thì làm ở đâu ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'Dạ cho tôi hỏi, chồng tôi mất được hai tháng, ông ấy là bộ đội về hưu, giờ muốn làm tiền tử tuất thì nộp hồ sơ ở đâu, bao lâu thì được nhận ạ', expect: TU_TUAT, who: 'elderly' },
  { q: 'Thằng con trai tôi đi làm ăn xa ở Bình Dương, nó nhờ tôi ở nhà xin giấy xác nhận tình trạng hôn nhân cho nó để cưới vợ, tôi xin thay được không cô', expect: ['1.004873'], who: 'elderly' },
  { q: 'cho bac hoi con gai bac lay chong o xa, nho bac ve xa lam giay xac nhan doc than gui cho no thi co duoc khong, mat bao lau', expect: ['1.004873'], who: 'elderly' },
  {
    q: 'Ông bà tôi cưới nhau từ năm 1960, hồi đó có giấy giá thú nhưng bị mối ăn mất rồi, giờ con cháu cần giấy đó để làm thừa kế thì xin lại ở đâu ạ',
    expect: ['2.000635', '1.004746'],
    who: 'elderly',
  },
  {
    q: 'Bà hàng xóm nhà tôi 82 tuổi, mắt kém, nhờ tôi đi photo công chứng chứng minh thư với sổ hộ khẩu của bà, ở xã có làm được không, mất bao nhiêu tiền một bản',
    expect: ['2.000815'],
    who: 'elderly',
  },
  { q: 'Dạ thưa chú, tôi già rồi đi lại khó, muốn làm giấy ủy quyền cho đứa cháu đi lĩnh lương hưu thay hằng tháng thì chứng thực ở đâu ạ', expect: ['1.001601', '2.000884'], who: 'elderly' },
  { q: 'Cho tôi hỏi con tôi đi Hàn Quốc lao động, nó gửi giấy tờ về nhờ tôi ký thay bán mảnh đất, phải làm hợp đồng ủy quyền ở đâu vậy', expect: ['2.001035', '2.000884'], who: 'elderly' },
  { q: 'Chồng tôi mất không để lại di chúc, sổ đỏ đứng tên ông ấy, giờ tôi với các con muốn sang tên lại cho tôi thì làm thế nào, có mất tiền thuế không ạ', expect: INHERIT, who: 'elderly' },
  { q: 'thưa cán bộ, bố tôi mất có để lại di chúc viết tay, giờ anh em chúng tôi khai nhận thừa kế cái nhà thì làm ở đâu, có cần mang bằng khoán cũ không', expect: INHERIT, who: 'elderly' },
  { q: 'Cho bà hỏi mảnh đất ông bà để lại từ thời bằng khoán, chưa có sổ đỏ, giờ bà muốn làm sổ đỏ rồi cho đứa cháu đích tôn thì làm thế nào', expect: [FIRST, TRANSFER], who: 'elderly' },
  { q: 'Tôi năm nay 75 tuổi, muốn tặng cho đất cho con út đang đi làm ăn xa, nó không về được thì làm hợp đồng tặng cho thế nào ạ', expect: SALE_GIFT, who: 'elderly' },
  { q: 'Dạ cái sổ đỏ nhà tôi bị chuột cắn rách nát hết rồi, ông nhà tôi mất rồi, giờ tôi xin cấp lại cái khác được không, bao lâu thì có', expect: [EXCHANGE], who: 'elderly' },
  { q: 'Cho tôi hỏi đứa cháu ngoại tôi bố mẹ nó ly hôn, nó ở với tôi từ nhỏ, giờ tôi muốn nhập khẩu nó về nhà tôi cho nó đi học thì làm ở đâu ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'Con trai tôi đi xuất khẩu lao động Nhật Bản ba năm, công an bảo phải khai báo tạm vắng cho nó, tôi khai thay được không ạ', expect: ['1.003677'], who: 'elderly' },
  { q: 'bà hỏi chút, đứa cháu ở quê lên ở nhờ nhà bà để đi học đại học, phải đăng ký tạm trú cho nó ở đâu, có mất tiền không cháu', expect: ['1.004194'], who: 'elderly' },
  { q: 'Thưa cô, mẹ tôi 90 tuổi liệt giường không đi được, giờ muốn làm căn cước cho bà thì công an có đến nhà làm không ạ', expect: CARD_NEW, who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi mà tên vẫn còn trong sổ hộ khẩu, giờ muốn xóa tên ông ra thì làm thế nào ạ', expect: ['1.003197'], who: 'elderly' },
  { q: 'Cho tôi hỏi thằng cháu nội tôi 14 tuổi muốn làm căn cước công dân lần đầu, tôi dẫn nó đi thay bố mẹ nó được không, cần mang gì', expect: CARD_NEW, who: 'elderly' },
  { q: 'Bà bị mất cái chứng minh thư cũ từ lâu rồi, giờ đi lĩnh lương hưu người ta đòi căn cước, bà làm lại ở đâu ạ', expect: [...CARD_LOST, '1.014061'], who: 'elderly' },
  { q: 'Dạ thưa anh, tôi bán đất chuyển về ở với con trai ở xã khác, giờ phải chuyển hộ khẩu đi thì làm thủ tục gì ạ', expect: ['1.004222', '1.003197'], who: 'elderly' },
  { q: 'Con gái tôi đi làm công nhân ở Đồng Nai bị tai nạn lao động, nó nhờ tôi ở nhà đi hỏi xem làm chế độ bảo hiểm thế nào ạ', expect: ['1.001632'], who: 'elderly' },
  { q: 'Cho tôi hỏi con tôi nghỉ việc ở công ty về quê, nó nhờ tôi hỏi rút bảo hiểm xã hội một lần thì làm ở đâu, bao lâu có tiền', expect: ['1.001613'], who: 'elderly' },
  { q: 'Tôi mất cái sổ hưu từ lâu rồi, giờ muốn xin cấp lại sổ hưu thì đến đâu ạ', expect: ['1.002759'], who: 'elderly' },
  { q: 'Dạ cái thẻ bảo hiểm y tế của ông nhà tôi bị mất, ông 80 tuổi hay phải đi viện, xin cấp lại thẻ thì làm sao ạ', expect: ['1.002759', '1.001294', '1.001327'], who: 'elderly' },
  { q: 'Đứa cháu nội mới đẻ được một tháng, bố mẹ nó đi làm xa, tôi muốn làm thẻ bảo hiểm y tế cho nó để đi tiêm phòng khám bệnh thì làm ở đâu', expect: BHYT_CHILD, who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi, cái xe máy đứng tên ông, giờ con trai tôi muốn sang tên cái xe cho nó thì làm thế nào, có cần giấy tờ gì', expect: ['1.013076', '2.001406'], who: 'elderly' },
  { q: 'Cho tôi hỏi cái xe máy cũ nhà tôi hỏng lâu rồi, muốn hủy cà vẹt, thu hồi biển số thì làm ở đâu ạ', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'Thằng cháu tôi mua lại xe máy của người ta mà không sang tên, giờ người bán đi đâu mất, làm sao đăng ký lại xe đứng tên nó ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Dạ cho tôi hỏi con tôi chết ở bên Malaysia khi đi làm thuê, giờ gia đình muốn khai tử cho nó ở quê thì có được không', expect: ['1.000656', '1.001766', '2.000547'], who: 'elderly' },
  { q: 'Bà có đứa cháu gái sinh ra ở nước ngoài, bố mẹ nó đưa về Việt Nam ở với bà, giờ làm giấy khai sinh cho nó ở đây thế nào ạ', expect: ['2.000528', '2.000547'], who: 'elderly' },
  { q: 'Cháu tôi 17 tuổi bố mẹ mất cả rồi, tôi là bà ngoại muốn đăng ký làm người giám hộ cho nó thì làm ở đâu ạ', expect: ['1.004837'], who: 'elderly' },
  { q: 'cho toi hoi con trai toi nhan nuoi dua be bi bo roi o cong chua, no di lam xa nho toi hoi thu tuc nhan con nuoi the nao', expect: ['2.001263'], who: 'elderly' },
  { q: 'Cho tôi hỏi đứa con gái đã mất của tôi có con riêng chưa được cha nhận, giờ bố đẻ nó muốn nhận con thì làm giấy tờ gì ạ', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'Thưa cô, giấy khai sinh của bà ghi năm sinh sai, giờ làm sổ hưu thì không khớp, bà muốn sửa lại năm sinh thì làm thế nào', expect: ['1.004859'], who: 'elderly' },
  { q: 'Tôi có đứa con ở nước ngoài gửi giấy tờ tiếng Anh về, nhờ tôi đi dịch rồi chứng thực bản dịch thì làm ở xã có được không ạ', expect: ['2.000992', '2.001008'], who: 'elderly' },
  { q: 'Dạ cho tôi hỏi nhà tôi muốn xây lại cái nhà cấp bốn cho ông bà ở, có phải xin giấy phép xây dựng không, mất bao lâu', expect: [PERMIT_NEW], who: 'elderly' },
  { q: 'Bác muốn làm di chúc chia đất cho các con trước khi mất, chứng thực di chúc ở xã được không, có mất tiền không cháu', expect: ['2.001019'], who: 'elderly' },
  { q: 'Cụ ông hàng xóm nhà tôi mất không có người thân, tôi muốn lo giúp việc khai tử cho cụ thì có được không ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'Cho bác hỏi đứa cháu đi bộ đội về, nó nhờ bác hỏi đăng ký lại hộ khẩu, tạm trú với xin việc làm thì làm ở đâu ạ', expect: ['1.004222', '1.004194'], who: 'elderly' },
];

/** The half tuned on: its misses were read. */
export const ELDERLY11_TUNE: readonly CitizenQuery[] = ELDERLY11_BATCH.filter((_, i) => i % 2 === 0);

/** The half scored only: its misses were never printed. */
export const ELDERLY11_HELD: readonly CitizenQuery[] = ELDERLY11_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (see the header). */
export const ELDERLY11_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Cho tôi hỏi bà cụ nhà bên cạnh 85 tuổi sống một mình, không con cháu, nhờ tôi hỏi xem có được nhận trợ cấp người già không, làm ở đâu', who: 'elderly' },
  { q: 'Bố tôi là thương binh, ông mất tháng trước, giờ gia đình muốn xin tiền mai táng phí cho ông thì làm hồ sơ ở đâu ạ', who: 'elderly' },
  { q: 'thưa chị, chồng tôi được hưởng chế độ chất độc da cam, ông mất rồi thì tôi có được hưởng trợ cấp gì tiếp không, nộp giấy ở đâu', who: 'elderly' },
  { q: 'Cho tôi hỏi ông nhà tôi là liệt sĩ hy sinh năm 1972, giờ gia đình muốn xin giấy báo tử liệt sĩ cấp lại vì giấy cũ mất rồi thì làm sao ạ', who: 'elderly' },
  { q: 'Bố chồng tôi đi bộ đội thời chống Mỹ, giờ muốn làm hồ sơ hưởng chế độ người có công thì làm ở xã được không ạ', who: 'elderly' },
  { q: 'thưa chú, mộ liệt sĩ của anh trai tôi ở trong Nam, gia đình muốn di chuyển hài cốt về quê thì xin phép ở đâu ạ', who: 'elderly' },
  { q: 'Ông cụ nhà tôi trước đây có tên khác trong giấy khai sinh, giờ giấy tờ đất ghi một tên, căn cước ghi một tên, muốn làm giấy xác nhận là một người thì ở đâu ạ', who: 'elderly' },
  { q: 'Cho tôi hỏi nhà con gái tôi mất trộm xe máy, nó nhờ tôi đi trình báo hộ thì ra công an xã được không ạ', who: 'elderly' },
  { q: 'Thưa cán bộ, bà muốn hỏi giờ mở cửa của trạm y tế xã, mai bà đưa cháu đi tiêm', who: 'elderly' },
];
