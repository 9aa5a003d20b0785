import type { CitizenQuery } from './dev-set';

const KS = ['1.001193', '2.000986', '2.001023'];
const KS_AGAIN = '1.004884';
const BORN_ABROAD = ['2.000528', '2.000547'];
const RECOGNISE = '1.001022';
const COPY = '2.000635';
const KH = '1.000894';
const KH_FOREIGN = ['2.000806', '1.000094'];
const KH_AGAIN = '1.004746';
const SINGLE = '1.004873';
const KT = '1.000656';
const GUARDIAN = '1.004837';
const GUARDIAN_END = '1.004845';
const CHANGE = '1.004859';
const CARD_INFO = '1.014060';
const ADOPT = '2.001263';
const SAO_Y = ['2.000815'];
const SIGNATURE = ['2.000884'];
const TRANSACTION = '2.001035';
const UY_QUYEN = [...SIGNATURE, TRANSACTION];
const TRANSLATOR = ['2.001008', '2.000992'];
const THUONG_TRU = ['1.004222'];
const XOA_OR_THUONG_TRU = ['1.003197', ...THUONG_TRU];
const TAM_TRU = ['1.004194'];
const TAM_TRU_OR_LUU_TRU = [...TAM_TRU, '2.001159'];
const TAM_VANG = ['1.003677'];
const XAC_NHAN_CU_TRU = ['1.010041'];
const CU_TRU_FIX = ['1.010039'];
const CARD_NEW_OR_CHANGE = ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'];
const PASSPORT = ['1.001456', '1.001471'];
const BHYT_NEW = ['2.000639', '1.003116', '1.001939'];
const TU_TUAT = ['2.000821'];

/**
 * Civil status, residence and certified copies as old people and their families tell them (issue 17, helper session
 * of 7 Dec 2026): 79 queries written in one sitting at 04:45 UTC (docs/search-drafts/elderly61-draft-20261207T0445Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 38 elderly stories (20–35 words with
 * diacritics, rambling through grandchildren, the war years, termites, jobs in Japan or Taiwan, with a typo or two:
 * "đưọc", "đăng kí", "cải chánh") that bury the ask among family reasons, 23 rural (no diacritics, "tui", "ko", "dc",
 * "khai sanh", "cat khau") and 18 young (short, "đk", "ct07").
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine),
 * with civil29's and resid30's conventions: a child's birth accepts the two linked birth-plus-insurance procedures;
 * a birth certificate burnt with the commune's book is re-registration only; a torn or lost paper whose record
 * exists is a copy of the extract (a marriage certificate also accepts re-registering the marriage); a death never
 * registered, years later, is a late death registration, not a re-registration; a name that differs between the birth
 * certificate and the old ID card, the speaker not saying which is wrong, also accepts the card's correction; moving
 * house accepts the registration and the deletion of permanent residence; a relative staying, told from the host's
 * side, accepts temporary residence and the stay notice; a changed head of household or a wrong detail in the
 * residence record is the adjustment of residence information; a letter of authority accepts the signature or the
 * transaction. Three questions drafted as having no answer were in the catalogue after all and are labelled: the
 * old ID card to the chip card (new or change), the passport, the health card (the new-card procedures); the funeral
 * money after a death accepts the survivors' allowance (as elderly60). The two left (a monthly allowance for old
 * people, moving a grandchild to the village school) are ELDERLY61_NO_ANSWER with three more questions written after
 * the grep (birthday gifts at ninety, a state old-people's home, a free bus card), checked absent from the catalogue.
 * Split by alternation into ELDERLY61_TUNE and ELDERLY61_HELD.
 */
export const ELDERLY61_BATCH: readonly CitizenQuery[] = [
  { q: 'con dâu tôi mới sinh cháu nội ở bệnh viện huyện được hơn tuần, thằng con trai đi làm xa chưa về, bà nội có đi khai sinh cho cháu được không các cô', expect: KS, who: 'elderly' },
  { q: 'con dau tui moi de thang cu, ba noi di lam giay khai sanh cho chau dc ko', expect: KS, who: 'rural' },
  { q: 'làm giấy khai sinh cho con', expect: KS, who: 'young' },
  { q: 'thằng cháu ngoại tôi lên sáu sắp vào lớp một mà bố mẹ nó mải làm ăn trong Nam, chưa đi khai sinh cho nó, giờ làm muộn thì thế nào', expect: KS, who: 'elderly' },
  { q: 'thang chau 6 tuoi chua lam khai sanh gio di lam tre qua han co bi phat ko', expect: KS, who: 'rural' },
  { q: 'khai sinh quá hạn cho con', expect: KS, who: 'young' },
  { q: 'tôi sinh năm bốn mươi mấy, giấy khai sinh bản chính cháy từ hồi chiến tranh, xã cũng không còn sổ gốc, các con bảo phải đăng kí lại khai sinh cho tôi', expect: [KS_AGAIN], who: 'elderly' },
  { q: 'khai sanh cua ba tui mat tu hoi chien tranh so goc xa ko con lam lai sao', expect: [KS_AGAIN], who: 'rural' },
  { q: 'đăng ký lại khai sinh người già', expect: [KS_AGAIN], who: 'young' },
  { q: 'cháu nội tôi làm hồ sơ xin việc cần bản sao giấy khai sinh mà cái bản chính nhà tôi để lâu quá rách nát, xin hỏi ở đâu cấp cho bản trích lục mới', expect: [COPY], who: 'elderly' },
  { q: 'xin ban sao khai sanh cho thang con di hoc ma ban chinh rach roi', expect: [COPY], who: 'rural' },
  { q: 'xin trích lục khai sinh', expect: [COPY], who: 'young' },
  { q: 'ông nhà tôi vừa mất hôm mùng ba tháng trước, bệnh lâu năm rồi, con cháu lo ma chay xong xuôi cả, giờ tôi phải đi báo tử cho ông ở xã thế nào ạ', expect: [KT], who: 'elderly' },
  { q: 'ong nha tui mat roi di khai tu o xa can mang giay to gi', expect: [KT], who: 'rural' },
  { q: 'đăng ký khai tử cho bố', expect: [KT], who: 'young' },
  { q: 'mẹ chồng tôi mất từ năm hai nghìn lẻ năm, hồi đó nhà nghèo không ai đi khai tử, giờ làm thừa kế đất cần giấy chứng tử thì có làm lại đưọc không', expect: [KT], who: 'elderly' },
  { q: 'anh con trai cả tôi mất đã lâu, giấy chứng tử để đâu không tìm thấy, nay làm hồ sơ hưởng chế độ cho con nó thì cần bản sao trích lục khai tử', expect: [COPY], who: 'elderly' },
  { q: 'thằng út nhà tôi ba mươi tuổi mới lấy vợ, hai đứa ở cùng xã, tôi hỏi trước khi cưới thì đăng ký kết hôn ở đâu, mang giấy tờ gì', expect: [KH], who: 'elderly' },
  { q: 'thang con tui sap cuoi vo di dang ky ket hon o xa can gi', expect: [KH], who: 'rural' },
  { q: 'đk kết hôn', expect: [KH], who: 'young' },
  { q: 'vợ chồng tôi lấy nhau từ năm sáu mươi tám, cưới theo phong tục làng, không có giấy đăng ký kết hôn gì, nay các con bảo phải đi đăng ký cho hợp pháp', expect: [KH], who: 'elderly' },
  { q: 'vo chong tui song voi nhau tu xua chua dang ky ket hon gio di dk dc ko', expect: [KH], who: 'rural' },
  { q: 'giấy chứng nhận kết hôn của vợ chồng tôi bị mối ăn mất một nửa, ngày tháng không ra chữ, giờ muốn xin bản sao trích lục kết hôn thì làm sao ạ', expect: [COPY, KH_AGAIN], who: 'elderly' },
  { q: 'con gái tôi đã ngoài ba mươi, chưa lấy ai bao giờ, nay nó định đi làm giấy tờ mua nhà trên thành phố, người ta bảo cần giấy xác nhận độc thân của xã', expect: [SINGLE], who: 'elderly' },
  { q: 'xin giay xac nhan chua co vo cho thang con di lam ho so', expect: [SINGLE], who: 'rural' },
  { q: 'xác nhận tình trạng hôn nhân', expect: [SINGLE], who: 'young' },
  { q: 'tôi góa chồng đã hai chục năm nay, ở vậy nuôi con, giờ đi bán mảnh đất thì phòng công chứng đòi giấy xác nhận tình trạng hôn nhân, tôi xin ở đâu', expect: [SINGLE], who: 'elderly' },
  {
    q: 'giấy khai sinh của tôi từ thời xưa ghi tên Nguyễn Thị Lài mà chứng minh thư lại ghi Nguyễn Thị Lan, sai một chữ đi đâu cũng bị hỏi, muốn sửa cho đúng',
    expect: [CHANGE, CARD_INFO],
    who: 'elderly',
  },
  { q: 'giay khai sanh ghi sai ten ba tui khac voi can cuoc gio sua lai sao', expect: [CHANGE], who: 'rural' },
  { q: 'sửa sai tên trong giấy khai sinh', expect: [CHANGE], who: 'young' },
  {
    q: 'hồi trước ông bà khai ngày sinh cho tôi đại khái thôi, giấy khai sinh ghi năm bốn chín mà hồ sơ lương hưu lại năm năm mươi, con cháu bảo phải cải chánh lại',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'khai sanh ghi sai nam sinh cua tui so voi so ho khau xin sua lai', expect: [CHANGE], who: 'rural' },
  { q: 'cải chính ngày sinh', expect: [CHANGE], who: 'young' },
  { q: 'đứa cháu nội tôi tên bố mẹ nó đặt khó đọc quá, ở trường bạn bè hay trêu, cả nhà muốn đổi tên cho cháu, thủ tục thay đổi tên có phức tạp không', expect: [CHANGE], who: 'elderly' },
  { q: 'đổi tên cho con', expect: [CHANGE], who: 'young' },
  { q: 'con rể tôi người Tày, con gái tôi người Kinh, lúc khai sinh ghi cháu dân tộc Kinh, nay hai vợ chồng nó muốn xác định lại dân tộc cho cháu theo bố', expect: [CHANGE], who: 'elderly' },
  { q: 'muon doi dan toc cho thang chau theo dan toc cua bo no', expect: [CHANGE], who: 'rural' },
  { q: 'con gái tôi có cháu mà không cưới, giấy khai sinh của cháu bỏ trống phần tên cha, nay bố đẻ nó muốn nhận con để cháu có cha trên giấy tờ', expect: [RECOGNISE], who: 'elderly' },
  { q: 'thang chau khai sanh ko co ten cha gio ba no ve nhan con thi lam sao', expect: [RECOGNISE], who: 'rural' },
  { q: 'bố mẹ thằng cháu nội tôi đều mất trong vụ tai nạn năm ngoái, cháu mới có chín tuổi, ông bà nội nuôi, muốn làm giấy giám hộ để lo giấy tờ cho cháu', expect: [GUARDIAN], who: 'elderly' },
  { q: 'ong ba nuoi chau mo coi muon lam giam ho cho chau', expect: [GUARDIAN], who: 'rural' },
  { q: 'đăng ký giám hộ', expect: [GUARDIAN], who: 'young' },
  { q: 'thằng cháu tôi đứng giám hộ từ bé nay đã đủ mười tám tuổi, đi làm tự lập được rồi, tôi muốn làm thủ tục chấm dứt việc giám hộ cho đúng luật', expect: [GUARDIAN_END], who: 'elderly' },
  { q: 'vợ chồng tôi hiếm muộn, nhận nuôi đứa bé của người cháu họ từ lúc đỏ hỏn, nay cháu lớn rồi mà giấy tờ vẫn chưa có gì, muốn đăng ký nhận con nuôi', expect: [ADOPT], who: 'elderly' },
  { q: 'bố mẹ thằng cháu ngoại đi xuất khẩu lao động bên Nhật, gửi cháu về ở với ông bà từ năm ngoái, nay đi học cần nhập khẩu cháu vào hộ khẩu nhà tôi', expect: THUONG_TRU, who: 'elderly' },
  { q: 'chau noi ve o voi ong ba muon nhap ho khau cho chau de di hoc', expect: THUONG_TRU, who: 'rural' },
  { q: 'nhập hộ khẩu cho cháu', expect: THUONG_TRU, who: 'young' },
  {
    q: 'vợ chồng tôi già yếu rồi, bán nhà dưới quê lên thành phố ở với con trai, nay muốn chuyển hộ khẩu lên đăng ký thường trú nhà con cho tiện khám chữa bệnh',
    expect: XOA_OR_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'ba ma tui o que len o voi tui muon dk thuong tru luon', expect: XOA_OR_THUONG_TRU, who: 'rural' },
  { q: 'đăng ký thường trú', expect: THUONG_TRU, who: 'young' },
  { q: 'thằng cháu họ dưới quê lên ở nhờ nhà tôi để đi học đại học bốn năm, tổ trưởng dân phố nhắc phải khai báo tạm trú cho cháu, làm ở đâu', expect: TAM_TRU_OR_LUU_TRU, who: 'elderly' },
  { q: 'dua chau o que len o tro nha tui di hoc phai dang ky tam tru ko', expect: TAM_TRU_OR_LUU_TRU, who: 'rural' },
  { q: 'đk tạm trú', expect: TAM_TRU, who: 'young' },
  {
    q: 'con gái tôi lấy chồng xa đã lâu mà tên nó vẫn còn trong hộ khẩu nhà tôi, giờ nó muốn chuyển khẩu về bên nhà chồng thì phải xóa tên ở đây trước không',
    expect: XOA_OR_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'con gai lay chong roi muon cat khau khoi ho nha tui', expect: XOA_OR_THUONG_TRU, who: 'rural' },
  { q: 'tôi phải vào Sài Gòn ở với con gái chữa bệnh chắc độ nửa năm, nhà ở quê để trống, có phải khai báo tạm vắng với công an xã không các anh', expect: TAM_VANG, who: 'elderly' },
  { q: 'cháu tôi xin đi làm ở khu công nghiệp, công ty bảo phải có giấy xác nhận nơi cư trú, mà giờ không còn sổ hộ khẩu giấy nữa, thì xin giấy ấy ở đâu', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'xin giay xac nhan cu tru cho chau di lam cong ty', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'xác nhận cư trú ct07', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'sổ hộ khẩu cũ ghi sai năm sinh của bà nhà tôi, nay bỏ sổ rồi không biết trên dữ liệu cư trú có còn sai không, muốn sửa lại thông tin cư trú', expect: CU_TRU_FIX, who: 'elderly' },
  { q: 'ông nhà tôi làm chủ hộ mất rồi, giờ trong hộ khẩu phải đổi chủ hộ sang tên tôi hay thằng con cả, xin hỏi thủ tục thay đổi chủ hộ', expect: CU_TRU_FIX, who: 'elderly' },
  { q: 'chong tui mat roi doi chu ho sang ten tui thi lam sao', expect: CU_TRU_FIX, who: 'rural' },
  { q: 'tôi già rồi mắt kém, cần mấy bản sao giấy khai sinh và sổ đỏ có đóng dấu để làm hồ sơ cho con, ra xã chứng thực bản sao có mất tiền không', expect: SAO_Y, who: 'elderly' },
  { q: 'di cong chung giay to photo o xa mat bao nhieu tien', expect: SAO_Y, who: 'rural' },
  { q: 'chứng thực bản sao', expect: SAO_Y, who: 'young' },
  { q: 'thằng con tôi ở xa nhờ tôi ký giấy ủy quyền cho nó đi làm giấy tờ thay, người ta bảo phải chứng thực chữ ký của tôi thì mới hợp lệ, làm ở đâu', expect: UY_QUYEN, who: 'elderly' },
  { q: 'ky giay uy quyen cho con di lam thay can chung thuc chu ky ko', expect: UY_QUYEN, who: 'rural' },
  { q: 'chứng thực chữ ký', expect: SIGNATURE, who: 'young' },
  { q: 'bà cụ nhà tôi chín mươi tuổi không biết chữ, không ký được, giờ cần làm văn bản cho các con thì điểm chỉ có được chứng thực thay chữ ký không', expect: SIGNATURE, who: 'elderly' },
  {
    q: 'cháu gái tôi lấy chồng Hàn Quốc, giấy tờ tiếng Hàn gửi về cần dịch ra tiếng Việt và chứng thực chữ ký người dịch, tôi làm hộ cháu ở phòng tư pháp được không',
    expect: TRANSLATOR,
    who: 'elderly',
  },
  {
    q: 'tôi muốn cho thằng con út mượn căn nhà dưới quê, hai bên viết hợp đồng cho tử tế, làm ở xã chứng thực hợp đồng có được không hay phải ra phòng công chứng',
    expect: [TRANSACTION],
    who: 'elderly',
  },
  { q: 'con gái tôi đi làm bên Đài Loan rồi quen một anh người Đài, hai đứa muốn về quê cưới, đăng ký kết hôn với người nước ngoài thì làm ở đâu ạ', expect: KH_FOREIGN, who: 'elderly' },
  { q: 'cháu nội tôi sinh bên Đức, có giấy khai sinh của bên đấy rồi, nay bố mẹ nó đưa về nước ở hẳn, muốn ghi vào sổ hộ tịch ở Việt Nam cho cháu', expect: BORN_ABROAD, who: 'elderly' },
  { q: 'ong tui mat co dc tien mai tang phi cua xa ko', expect: TU_TUAT, who: 'rural' },
  { q: 'làm thẻ bảo hiểm y tế người già', expect: BHYT_NEW, who: 'young' },
  { q: 'tôi đã già mà cái chứng minh thư cũ hết hạn lâu rồi, các con bảo đổi căn cước nhưng tôi đi lại khó, cán bộ có đến nhà làm được không', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'ba tui muon lam ho chieu di tham con ben my', expect: PASSPORT, who: 'rural' },
];

/** Even-index half: the engine may be tuned on its misses. */
export const ELDERLY61_TUNE: readonly CitizenQuery[] = ELDERLY61_BATCH.filter((_, i) => i % 2 === 0);
/** Odd-index half: scored only, never tuned on. */
export const ELDERLY61_HELD: readonly CitizenQuery[] = ELDERLY61_BATCH.filter((_, i) => i % 2 === 1);
/** Needs the catalogue has no procedure for: the kiosk should say so rather than guess. */
export const ELDERLY61_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'tôi năm nay bảy mươi tư tuổi, hồi trước làm hợp tác xã, nghe nói người cao tuổi được hưởng tiền trợ cấp hằng tháng, xin hỏi ở đâu làm hồ sơ', who: 'elderly' },
  { q: 'thằng cháu về ở với ông bà, tôi muốn xin chuyển trường cho cháu về học trường làng gần nhà thì phải làm đơn ở đâu', who: 'elderly' },
  { q: 'ông nhà tôi năm nay tròn chín mươi tuổi, nghe nói nhà nước có quà mừng thọ, con cháu muốn hỏi xã làm hồ sơ nhận quà cho ông thế nào', who: 'elderly' },
  { q: 'me tui gia yeu o mot minh ko ai cham soc xin vo trai duong lao nha nuoc dc ko', who: 'rural' },
  { q: 'làm thẻ đi xe buýt miễn phí cho người già', who: 'young' },
];
