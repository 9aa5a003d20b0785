import type { CitizenQuery } from './dev-set';
import { EXCHANGE, FIRST, INHERIT, SALE_GIFT, SPLIT_MERGE, TRANSFER } from './land-codes';

/**
 * Papers from long ago and people long gone, as old people tell them (issue 17, helper session of 6 Dec 2026): 70
 * queries written in one sitting at 20:37 UTC (docs/search-drafts/elderly16-draft-20261206T2037Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 20 situations in three voices (elderly: long
 * polite stories with "thời bao cấp", "trước giải phóng", "hợp tác xã", "giấy tay", "bằng khoán", "sổ hộ tịch cũ",
 * "ba má", "thưa cô/chú"; rural: no diacritics, "dc", "ko", "so hong"; young: short, "quá hạn", "thực tế") and 10
 * more elderly-only situations.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * land codes of land-codes.ts and the civil-status codes of hotich12. Judgement calls: an old person never
 * registered accepts the birth registration and the one "for a person who already has personal papers"; the rural
 * "chưa làm giấy chứng tử, giờ làm lại" also accepts re-registration of a death; a house or rice field bought on a
 * handwritten paper accepts the first certificate, the late-registered transfer and the transfer (as land28); siblings
 * at home and abroad dividing a parent's land accept the estate-division attestation, the registration and the split;
 * a name spelled differently on a birth certificate and a chip card (rural) also accepts the card and population-data
 * corrections; a widow moving an old certificate into her own name accepts the inheritance pair and the exchange of
 * the old certificate; siblings leaving the estate to their mother also accept the attested refusal of an estate; a
 * brother in Australia asking whether he is still Vietnamese accepts both confirmations of nationality (at home and
 * abroad). The catalogue's war-merit procedures are the police's own (martyrs, war invalids, Agent Orange): an army
 * martyr's lost certificate, a war invalid's worn certificate or re-examination, a veteran's lost discharge papers, a
 * martyr's mother's allowance, a martyr's grave move, Agent Orange, a revolution helper's recognition, a missing
 * brother declared dead (a court's act) and co-operative fields claimed back have no procedure:
 * ELDERLY16_NO_ANSWER. Split by alternation into ELDERLY16_TUNE and ELDERLY16_HELD.
 */
const KHAI_SINH = ['1.001193', '1.004772'];
const KET_HON = ['1.000894'];
const KHAI_TU = ['1.000656'];
const KHAI_TU_OR_AGAIN = [...KHAI_TU, '1.005461'];
const FIRST_ONLY = [FIRST];
const HANDWRITTEN = [FIRST, '1.012785', TRANSFER];
const CAI_CHINH = ['1.004859'];
const NAME_ON_CARD = [...CAI_CHINH, '1.012564', '1.014060'];
const DK_LAI_KS = ['1.004884'];
const INHERIT_SPLIT = [...INHERIT, SPLIT_MERGE];
const INHERIT_EXCHANGE = [...INHERIT, EXCHANGE];
const INHERIT_REFUSE = [...INHERIT, '2.001016'];
const CAN_BO_XA = ['2.000605'];
const ADOPT = ['2.001263'];
const NHAN_CHA = ['1.001022'];
const TRICH_LUC = ['2.000635'];
const DI_CHUC = ['2.001019'];
const QUOC_TICH = ['1.005136', '1.005137'];
const DOC_THAN = ['1.004873'];

export const ELDERLY16_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, tôi sinh năm bốn mươi lăm hồi chiến tranh loạn lạc, cha mẹ không đi khai sinh cho tôi, cả đời tôi chưa có tờ giấy khai sinh nào, nay già rồi con cháu bảo phải làm cho đủ giấy tờ, vậy tôi phải làm sao',
    expect: KHAI_SINH,
    who: 'elderly',
  },
  {
    q: 'ba noi sinh hoi chien tranh chua bao gio lam giay khai sinh gio lam duoc khong',
    expect: KHAI_SINH,
    who: 'rural',
  },
  { q: 'đăng ký khai sinh cho người già chưa từng khai sinh', expect: KHAI_SINH, who: 'young' },
  {
    q: 'Hai ông bà tôi cưới theo phong tục ở làng từ hồi năm sáu mươi mấy, có làm đám cưới đàng hoàng nhưng không ra xã đăng ký, nay con cái bảo phải có giấy hôn thú thì mới làm thừa kế được, xin hỏi bây giờ làm giấy kết hôn còn được không',
    expect: KET_HON,
    who: 'elderly',
  },
  {
    q: 'vo chong o voi nhau tu hoi truoc giai phong chua co giay ket hon gio dang ky duoc ko',
    expect: KET_HON,
    who: 'rural',
  },
  { q: 'đăng ký kết hôn cho vợ chồng già chung sống từ trước 1987', expect: KET_HON, who: 'young' },
  {
    q: 'Cha tôi mất từ năm bảy mươi tám thời bao cấp, hồi đó gia đình lo chôn cất chứ không ai đi báo tử, nay chia đất người ta đòi giấy chứng tử của ông, xin hỏi bây giờ khai tử cho người mất mấy chục năm rồi có được không',
    expect: KHAI_TU,
    who: 'elderly',
  },
  { q: 'ong ba noi mat lau roi chua lam giay chung tu gio lam lai dc ko', expect: KHAI_TU_OR_AGAIN, who: 'rural' },
  { q: 'khai tử quá hạn cho người mất từ lâu', expect: KHAI_TU, who: 'young' },
  {
    q: 'Thưa chú, miếng đất ruộng nhà tôi khai hoang canh tác từ trước năm tám mươi, ở yên ổn không ai tranh chấp, nhưng từ đó tới giờ chưa có giấy tờ gì, nay tôi muốn xin cấp sổ đỏ để sau này để lại cho con thì làm thế nào',
    expect: FIRST_ONLY,
    who: 'elderly',
  },
  { q: 'dat khai hoang o tu truoc 1980 ko co giay to gi xin so do duoc ko', expect: FIRST_ONLY, who: 'rural' },
  { q: 'cấp sổ đỏ lần đầu cho đất sử dụng ổn định không giấy tờ', expect: FIRST_ONLY, who: 'young' },
  {
    q: 'Năm tám mươi chín tôi mua căn nhà này của ông hàng xóm, hai bên chỉ viết giấy tay với nhau có người làm chứng, nay ông ấy mất rồi, con cháu ông ấy đi đâu không biết, tôi muốn làm giấy chủ quyền nhà cho đàng hoàng thì phải làm sao',
    expect: HANDWRITTEN,
    who: 'elderly',
  },
  { q: 'mua nha bang giay tay tu lau nguoi ban chet roi gio lam so hong sao', expect: HANDWRITTEN, who: 'rural' },
  { q: 'nhà mua giấy tay chưa sang tên, xin cấp giấy chứng nhận', expect: HANDWRITTEN, who: 'young' },
  {
    q: 'Cái tên của tôi mỗi giấy ghi một kiểu, giấy khai sinh thì ghi Nguyễn Thị Lài, chứng minh thì ghi Lài có dấu huyền, sổ đỏ lại ghi Lai, nay đi làm lương hưu người ta không chịu, tôi muốn sửa lại cho giống nhau thì làm ở đâu',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  { q: 'ten trong giay khai sinh voi can cuoc ghi khac nhau sua lai sao', expect: NAME_ON_CARD, who: 'rural' },
  { q: 'cải chính họ tên sai trong giấy khai sinh', expect: CAI_CHINH, who: 'young' },
  {
    q: 'Giấy khai sinh của tôi làm từ thời chế độ cũ, ghi trong sổ hộ tịch của xã hồi trước giải phóng, bản chính thì mất lâu rồi mà sổ bộ ở xã cũng không còn, nay tôi cần giấy khai sinh để làm hồ sơ thì xin ở đâu',
    expect: DK_LAI_KS,
    who: 'elderly',
  },
  { q: 'khai sinh lam tu truoc 75 so bo xa mat roi xin lai sao', expect: DK_LAI_KS, who: 'rural' },
  { q: 'đăng ký lại khai sinh khi sổ hộ tịch cũ bị mất', expect: DK_LAI_KS, who: 'young' },
  {
    q: 'Ba má tôi mất hết rồi, để lại miếng đất hương hỏa, anh em tôi năm người, hai người ở bên Mỹ, ba người ở nhà, nay muốn chia đất cho các anh em thì phải làm giấy tờ gì, người ở bên Mỹ có phải về không',
    expect: INHERIT_SPLIT,
    who: 'elderly',
  },
  { q: 'cha me chet de lai dat anh em chia nhau co nguoi o nuoc ngoai lam sao', expect: INHERIT_SPLIT, who: 'rural' },
  { q: 'thỏa thuận phân chia di sản thừa kế có người ở nước ngoài', expect: INHERIT_SPLIT, who: 'young' },
  {
    q: 'Tôi làm chủ nhiệm hợp tác xã rồi làm cán bộ xã mấy chục năm thời bao cấp, nay già yếu nghỉ rồi mà không có lương hưu, nghe nói cán bộ xã già nghỉ việc được hưởng trợ cấp hàng tháng, xin hỏi tôi làm hồ sơ ở đâu',
    expect: CAN_BO_XA,
    who: 'elderly',
  },
  { q: 'can bo xa nghi viec tu thoi hop tac xa co duoc tro cap hang thang ko', expect: CAN_BO_XA, who: 'rural' },
  { q: 'trợ cấp hàng tháng cán bộ xã già yếu nghỉ việc', expect: CAN_BO_XA, who: 'young' },
  {
    q: 'Hồi xưa vợ chồng tôi nhận nuôi đứa cháu mồ côi từ lúc nó còn đỏ hỏn, nuôi nó khôn lớn như con ruột, nhưng chưa bao giờ làm giấy nhận con nuôi, nay tôi muốn làm cho đúng để sau này nó được hưởng phần của cha mẹ',
    expect: ADOPT,
    who: 'elderly',
  },
  { q: 'nuoi con tu nho chua lam giay con nuoi gio dang ky sao', expect: ADOPT, who: 'rural' },
  { q: 'đăng ký nuôi con nuôi thực tế', expect: ADOPT, who: 'young' },
  {
    q: 'Nhà tôi còn giữ tờ bằng khoán điền thổ của ông nội từ thời chế độ cũ, giấy đã ố vàng, nay con cháu muốn đem đi làm sổ đỏ cho miếng đất đó thì có được không, phải nộp những gì',
    expect: FIRST_ONLY,
    who: 'elderly',
  },
  { q: 'co bang khoan dat cu truoc 75 lam so do duoc khong', expect: FIRST_ONLY, who: 'rural' },
  { q: 'đất có bằng khoán cũ, xin cấp giấy chứng nhận quyền sử dụng đất', expect: FIRST_ONLY, who: 'young' },
  {
    q: 'Con gái tôi sinh năm bảy mươi hai, cha nó là bộ đội đi B rồi không về, giấy khai sinh của nó bỏ trống tên cha, nay ông ấy tìm về được, muốn nhận lại con cho đúng họ thì làm thủ tục gì',
    expect: NHAN_CHA,
    who: 'elderly',
  },
  { q: 'giay khai sinh bo trong ten cha gio cha ve muon nhan con', expect: NHAN_CHA, who: 'rural' },
  { q: 'đăng ký nhận cha con cho con đã lớn', expect: NHAN_CHA, who: 'young' },
  {
    q: 'Tôi cần bản sao giấy khai sinh của mẹ tôi để làm hồ sơ thừa kế, bà sinh ra và làm khai sinh ở xã này từ xưa lắm, bản chính mất rồi, xin hỏi xã còn lưu sổ thì có trích lục lại cho tôi được không',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  { q: 'xin ban sao giay khai sinh cua me da mat tu lau', expect: TRICH_LUC, who: 'rural' },
  { q: 'cấp bản sao trích lục khai sinh cho người đã chết', expect: TRICH_LUC, who: 'young' },
  {
    q: 'Tôi năm nay tám mươi tư tuổi, muốn làm tờ di chúc để lại nhà đất cho mấy đứa con cho rõ ràng, tránh sau này anh em nó giành nhau, xin hỏi viết di chúc xong có mang lên xã chứng thực được không',
    expect: DI_CHUC,
    who: 'elderly',
  },
  { q: 'ong noi muon lam di chuc de lai dat cho con chung thuc o dau', expect: DI_CHUC, who: 'rural' },
  { q: 'chứng thực di chúc tại ủy ban xã', expect: DI_CHUC, who: 'young' },
  {
    q: 'Thằng em trai tôi đi vượt biên năm tám mươi, giờ ở bên Úc có quốc tịch bên đó rồi, nó muốn về quê biết nó còn quốc tịch Việt Nam hay không, xin hỏi xin giấy xác nhận ở đâu',
    expect: QUOC_TICH,
    who: 'elderly',
  },
  { q: 'em o uc tu nam 80 muon biet con quoc tich viet nam ko', expect: QUOC_TICH, who: 'rural' },
  { q: 'xác nhận có quốc tịch Việt Nam cho người định cư nước ngoài', expect: QUOC_TICH, who: 'young' },
  {
    q: 'Chồng tôi mất từ hồi chiến tranh, tôi ở vậy nuôi con mấy chục năm, nay tuổi già muốn đi thêm bước nữa với ông bạn trong xóm, người ta bảo phải có giấy xác nhận độc thân, xin hỏi tôi xin ở đâu',
    expect: DOC_THAN,
    who: 'elderly',
  },
  { q: 'vo chet lau roi gio muon lay vo moi xin giay doc than', expect: DOC_THAN, who: 'rural' },
  { q: 'xin giấy xác nhận tình trạng hôn nhân để tái hôn', expect: DOC_THAN, who: 'young' },
  {
    q: 'Tôi già rồi, muốn làm giấy cho thằng con út miếng đất vườn của tôi để nó cất nhà ở, thì tôi phải ra xã làm hợp đồng tặng cho rồi sang tên sổ đỏ cho nó ra sao',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  {
    q: 'Cuốn sổ đỏ nhà tôi cấp từ năm chín mươi ba, loại giấy cũ, tên ông nhà tôi đã mất, nay tôi muốn đổi sang sổ mới đứng tên tôi thì phải làm cái gì trước',
    expect: INHERIT_EXCHANGE,
    who: 'elderly',
  },
  {
    q: 'Ba tôi mất không để lại di chúc, nhà đất còn đứng tên ông, má tôi với mấy anh em muốn ra văn phòng công chứng làm giấy khai nhận di sản rồi sang tên cho má, xin hỏi thủ tục ra sao',
    expect: INHERIT_REFUSE,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, hồi trước năm tám mươi tôi mua mấy công ruộng bằng giấy tay của người ta, làm mấy chục năm nay rồi mà vẫn chưa sang tên, nay muốn đăng ký cho đúng tên mình thì có được không',
    expect: HANDWRITTEN,
    who: 'elderly',
  },
];

/** Even indices of ELDERLY16_BATCH: the half tuned on. */
export const ELDERLY16_TUNE: readonly CitizenQuery[] = ELDERLY16_BATCH.filter((_, i) => i % 2 === 0);

/** Odd indices of ELDERLY16_BATCH: held out, never tuned on. */
export const ELDERLY16_HELD: readonly CitizenQuery[] = ELDERLY16_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue lacks (see the header); kept to watch what the engine offers for them. */
export const ELDERLY16_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Anh ruột tôi hy sinh hồi chống Mỹ, nhà có tấm bằng Tổ quốc ghi công treo trên bàn thờ, mấy năm trước bão lụt làm hư mất rồi, tôi là em út lo thờ cúng, xin hỏi có xin cấp lại được tấm bằng không',
    who: 'elderly',
  },
  { q: 'bang to quoc ghi cong bi hu mat xin cap lai o dau', who: 'rural' },
  { q: 'cấp lại bằng Tổ quốc ghi công bị mất', who: 'young' },
  {
    q: 'Ông nhà tôi là thương binh từ hồi đánh Pháp, cái giấy chứng nhận thương binh cũ quá rách nát hết chữ, nay đi khám bệnh người ta đòi, tôi muốn xin đổi cái giấy mới cho ông thì làm thế nào',
    who: 'elderly',
  },
  { q: 'giay chung nhan thuong binh cu rach roi xin cap lai', who: 'rural' },
  { q: 'cấp lại giấy chứng nhận thương binh', who: 'young' },
  {
    q: 'Tôi đi bộ đội mười mấy năm, hồi xuất ngũ có giấy tờ đầy đủ nhưng dọn nhà mấy lần thất lạc hết, nay nghe nói có chế độ cho cựu chiến binh mà tôi không còn giấy nào chứng minh, xin hỏi phải làm sao',
    who: 'elderly',
  },
  { q: 'giay xuat ngu mat het gio lam che do bo doi sao', who: 'rural' },
  { q: 'mất giấy xuất ngũ, xin xác nhận thời gian phục vụ quân đội', who: 'young' },
  {
    q: 'Thằng con trai lớn của tôi đi bộ đội hy sinh ở biên giới năm bảy mươi chín, tôi là mẹ liệt sĩ, nay già cả không ai nuôi, nghe nói mẹ liệt sĩ được hưởng trợ cấp hàng tháng mà tôi chưa được hưởng, xin hỏi làm sao',
    who: 'elderly',
  },
  { q: 'me liet si gia yeu co duoc tro cap hang thang khong', who: 'rural' },
  { q: 'trợ cấp tuất hàng tháng thân nhân liệt sĩ', who: 'young' },
  {
    q: 'Ông nhà tôi đi kháng chiến ở vùng rải chất độc da cam, mấy năm nay bệnh tật liên miên, con cháu cũng có đứa dị tật, nghe nói người bị nhiễm chất độc hóa học được hưởng chế độ, xin hỏi làm hồ sơ thế nào',
    who: 'elderly',
  },
  {
    q: 'Mộ anh tôi là liệt sĩ chôn ở nghĩa trang ngoài Quảng Trị, nay gia đình muốn xin di chuyển hài cốt về nghĩa trang quê nhà cho tiện hương khói, xin hỏi thủ tục thế nào',
    who: 'elderly',
  },
  {
    q: 'Ông anh tôi đi lính từ năm bảy mươi lăm rồi biệt tích luôn, mấy chục năm không có tin tức gì, nay gia đình muốn làm giấy tờ cho ông là đã mất để chia đất thì phải làm sao',
    who: 'elderly',
  },
  {
    q: 'Hồi vào hợp tác xã nhà tôi góp mấy sào ruộng, sau này hợp tác xã giải thể thì ruộng đó giao cho người khác làm, nay tôi muốn đòi lại ruộng cũ của ông bà thì nộp đơn ở đâu',
    who: 'elderly',
  },
  {
    q: 'Má tôi hồi chiến tranh nuôi giấu cán bộ cách mạng dưới hầm nhà mình, nay bà già rồi mà chưa được công nhận là người có công giúp đỡ cách mạng, xin hỏi làm hồ sơ ở đâu',
    who: 'elderly',
  },
  {
    q: 'Tôi là thương binh hạng bốn từ hồi chống Mỹ, nay vết thương cũ tái phát đau nhức nhiều, xin hỏi có được đi giám định lại tỷ lệ thương tật không',
    who: 'elderly',
  },
];
