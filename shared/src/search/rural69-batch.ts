import type { CitizenQuery } from './dev-set';
import { CHANGE_INFO, CHANGE_USE, CORRECT, DISPUTE, FIRST, INHERIT, LOST, MORTGAGE, PERMIT_NEW, PERMIT_REPAIR, SALE_GIFT, SPLIT_MERGE } from './land-codes';

/**
 * The rural voice on a commune's everyday errands (issue 17, helper session of 7 Dec 2026): 84 queries written in one
 * sitting at 05:26 UTC (docs/search-drafts/rural69-draft-20261207T0526Z.txt), before any procedure name was grepped
 * and before the engine was run on them. Two thirds are farmers and workers typing without marks on a phone or the
 * kiosk, 8–14 words, with the North's "lam", "nhe", "the nao", the Centre's "rang", "mo", "rua", "chi", the South's
 * "hong", "nha", "dzay", "tui", "ong", "ba"; abbreviations (ko, k, dc, j, gks, cmnd, cccd, bhyt, hk, lltp, gpxd, hkd,
 * dkkh) and slips (a doubled letter, a stray mark). The rest are elderly stories (marks, 20–35 words) and young short
 * asks on the same errands: birth, death, marriage, residence, certified copies, ID cards, health cards, land books,
 * building a house, a household shop, a motorbike's papers, a boat, animals, crops, tax on land, criminal records.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * labels earlier batches gave the same errands (rural36, young33, resid30, certify38, land-codes.ts). Judgement calls:
 * a birth or death registered years late takes the ordinary registration (the late one is the same procedure; a death
 * also takes the re-registration); a lost CMND "lam lai the can cuoc" takes a new card, a change or a re-issue; the
 * old CMND gone stale takes a new card or a change; a plot "ong ba de lai" handed to a son takes the inheritance; a
 * plot cut for each child takes the split or the gift; a name written wrong on the land book takes the correction
 * or the change of the holder's details; a breakfast stall takes the household business or food safety; a free
 * health card for the old takes the health-insurance enrolment; a loan with land as security takes the mortgage
 * registration, and a neighbour building over the line takes the commune's mediation of a land dispute (both drafted
 * as no-answer; the catalogue has them). Four young asks proved word-for-word in earlier sets (chung thuc ban sao,
 * sang ten xe may, dang ky tau ca, lltp so 1): replaced by four written at labelling (`late`), same need and voice.
 * Help for rice lost to a storm, school boarding money, a power cut, the price of rice and a bus timetable have no
 * answer here (RURAL69_NO_ANSWER; a water-meter ask was written at labelling to replace the mortgage one). Split by
 * alternation into RURAL69_TUNE (tuned on) and RURAL69_HELD.
 */

const KS = ['1.001193', '2.000986', '2.001023'];
const KT = ['1.000656'];
const KT_LATE = ['1.000656', '1.005461'];
const KH = ['1.000894'];
const KH_FOREIGN = ['2.000806', '1.000094'];
const SINGLE = ['1.004873'];
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const TACH_HO = ['1.010038'];
const XOA_THUONG_TRU = ['1.003197'];
const SAO_Y = ['2.000815'];
const COPY_OR_SAO_Y = ['2.000815', '2.000635'];
const UY_QUYEN = ['2.000884', '2.001035'];
const CARD_NEW = ['1.014061'];
const CARD_CHANGE = ['1.014063'];
const CARD_LOST = ['1.014064'];
const CARD_FIX = ['1.014063', '1.012564', '1.014060'];
const BHYT_JOIN = ['1.001939', '2.000639', '1.003116'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const BUILD = [PERMIT_NEW];
const REBUILD = [PERMIT_NEW, PERMIT_REPAIR];
const HKD_NEW = ['1.001612'];
const HKD_OR_FOOD = ['1.001612', '2.001827'];
const SANG_TEN = ['1.013076', '1.013123'];
const REG_LOST = ['1.013082', '1.013080'];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const FISHING_BOAT = ['1.003650', '1.003586'];
const FISHING_LICENCE = ['1.004359'];
const ANIMAL_LOSS = ['1.013997'];
const ANIMAL_OUT = ['1.002338'];
const RICE_SWITCH = ['1.008004'];
const LAND_TAX = ['1.007695'];
const LLTP = ['3.000333', '3.000330'];

export const RURAL69_BATCH: readonly CitizenQuery[] = [
  { q: 'con toi moi de dc 1 thang gio muon lam gks cho no thi lam the nao', expect: KS, who: 'rural' },
  { q: 'vk tui moi sanh em be hong biet lam giay khai sinh o dau nha', expect: KS, who: 'rural' },
  { q: 'dang ky khai sinh cho chau o xa thi can mang nhung giay to j', expect: KS, who: 'rural' },
  { q: 'thang con tui 5 tuoi roi ma chua lam khai sinh gio lam lai dc hong', expect: KS, who: 'rural' },
  { q: 'de con o nha ko co giay chung sinh thi khai sinh rang chi', expect: KS, who: 'rural' },
  { q: 'ong ba noi moi mat thi phai khai tu o xa ha, can giay j', expect: KT, who: 'rural' },
  { q: 'ong gia tui mat hom qua gio di bao tu cho xa lam nhu rua', expect: KT, who: 'rural' },
  { q: 'nguoi nha chet roi ma ko lam khai tu thi sau nay lam lai dc ko', expect: KT_LATE, who: 'rural' },
  { q: 'hai dua muon dang ky ket hon o ubnd xa can mang theo cmnd voi j nua', expect: KH, who: 'rural' },
  { q: 'xin giay xac nhan tinh trang hon nhan de di lay vo thi lam o dau nhe', expect: SINGLE, who: 'rural' },
  { q: 'con gai tui lay chong nguoi nuoc ngoai thi dang ky ket hon o mo', expect: KH_FOREIGN, who: 'rural' },
  { q: 'moi chuyen ve o nha vo muon dang ky thuong tru thi lam the nao', expect: THUONG_TRU, who: 'rural' },
  { q: 'di lam cty tren tinh muon dk tam tru cho phong tro can giay j', expect: TAM_TRU, who: 'rural' },
  { q: 'tach hk ra rieng cho vo chong con trai thi lam sao nha', expect: TACH_HO, who: 'rural' },
  { q: 'xoa dang ky thuong tru cho nguoi da chet trong ho khau lam ra sao', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'muon sao y ban chinh so ho khau voi gks o xa dc hong', expect: COPY_OR_SAO_Y, who: 'rural' },
  { q: 'chung thuc ban sao giay to de nop ho so xin viec o dau', expect: SAO_Y, who: 'rural' },
  { q: 'chung thuc chu ky tren giay uy quyen cho con trai di lam thay', expect: UY_QUYEN, who: 'rural' },
  { q: 'lam cccd gan chip cho ba gia 80 tuoi di lai ko dc thi sao', expect: [...CARD_NEW, ...CARD_CHANGE], who: 'rural' },
  { q: 'mat cmnd roi gio lam lai the can cuoc o dau, mat bao lau', expect: [...CARD_NEW, ...CARD_CHANGE, ...CARD_LOST], who: 'rural' },
  { q: 'the cccd bi sai ngay sinh muon sua lai thi di dau lam', expect: CARD_FIX, who: 'rural' },
  { q: 'the bhyt cua ong het han roi gia han o dau dzay', expect: BHYT_JOIN, who: 'rural' },
  { q: 'mua bao hiem y te ho gia dinh cho ca nha o xa duoc hong', expect: BHYT_JOIN, who: 'rural' },
  { q: 'lam the bhyt cho con nit duoi 6 tuoi mien phi can giay j', expect: BHYT_CHILD, who: 'rural' },
  { q: 'so do dat ruong cua ong ba de lai muon sang ten cho con thi lam sao', expect: [...INHERIT, ...SALE_GIFT], who: 'rural' },
  { q: 'lam so do lan dau cho manh dat o may chuc nam ko tranh chap', expect: [FIRST], who: 'rural' },
  { q: 'mat so do roi xin cap lai o dau, ton bao lau', expect: [LOST], who: 'rural' },
  { q: 'bán mieng dat vuon cho hang xom thi lam thu tuc chuyen nhuong the nao', expect: SALE_GIFT, who: 'rural' },
  { q: 'tach thua dat cho 3 dua con moi dua mot mieng thi lam o dau', expect: [SPLIT_MERGE, ...SALE_GIFT], who: 'rural' },
  { q: 'muon chuyen dat ruong len dat o de cat nha thi xin phep ra sao', expect: CHANGE_USE, who: 'rural' },
  { q: 'so do cap sai ten vo tui muon dinh chinh lai thi lam j', expect: [...CORRECT, CHANGE_INFO], who: 'rural' },
  { q: 'cat nha cap 4 o que co can xin giay phep xay dung hong', expect: BUILD, who: 'rural' },
  { q: 'xin phep xay nha 2 tang tren dat o nong thon can ho so j', expect: BUILD, who: 'rural' },
  { q: 'mo tiem tap hoa nho truoc nha co phai dk kinh doanh ko', expect: HKD_NEW, who: 'rural' },
  { q: 'ba tui muon ban quan an sang o cho thi lam giay phep gi', expect: HKD_OR_FOOD, who: 'rural' },
  { q: 'dang ky ho kinh doanh ca the cho tiem sua xe may lam o dau', expect: HKD_NEW, who: 'rural' },
  { q: 'mua xe may cu cua nguoi quen gio sang ten doi chu lam sao', expect: SANG_TEN, who: 'rural' },
  { q: 'mat cavet xe may roi xin cap lai dang ky xe o dau', expect: REG_LOST, who: 'rural' },
  { q: 'dang ky xe mayy moi mua ra cong an xa duoc ko', expect: REG_FIRST, who: 'rural' },
  { q: 'ghe danh ca cua tui muon dang ky tau ca thi lam o dau', expect: FISHING_BOAT, who: 'rural' },
  { q: 'xin giay phep khai thac thuy san cho thuyen danh bat ven bo', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'heo nha tui bi benh chet nhieu bao thu y xa ho tro dc ko', expect: ANIMAL_LOSS, who: 'rural' },
  { q: 'muon van chuyen trau bo qua tinh khac can giay kiem dich j', expect: ANIMAL_OUT, who: 'rural' },
  { q: 'nuoi ga vit dich cum chet het co dc nha nuoc ho tro ko', expect: ANIMAL_LOSS, who: 'rural' },
  { q: 'muon chuyen dat lua sang trong cay an trai thi dang ky o xa ha', expect: RICE_SWITCH, who: 'rural' },
  { q: 'nop thue dat o hang nam o dau, co dc mien giam cho nguoi gia ko', expect: LAND_TAX, who: 'rural' },
  { q: 'thue su dung dat nong nghiep con phai dong nua hong', expect: LAND_TAX, who: 'rural' },
  { q: 'xin ly lich tu phap de di xuat khau lao dong lam o dau', expect: LLTP, who: 'rural' },
  { q: 'lam phieu lltp cho con di lam cong nhan can giay j', expect: LLTP, who: 'rural' },
  { q: 'hang xom cat nha lan dat tui thi kien ai, cong an hay toa', expect: DISPUTE, who: 'rural' },
  { q: 'muon vay von ngan hang de nuoi bo thi can the chap j', expect: [MORTGAGE], who: 'rural' },
  {
    q: 'Thưa cô, con dâu tôi mới sinh cháu nội được hai tuần, vợ chồng nó đi làm xa nên nhờ tôi đi đăng ký khai sinh cho cháu, tôi cần mang những giấy tờ gì ạ',
    expect: KS,
    who: 'elderly',
  },
  {
    q: 'Ông nhà tôi mới mất tuần trước, con cháu bận quá nên tôi phải tự đi làm giấy báo tử, ở xã làm khai tử thì cần những gì vậy cô',
    expect: KT,
    who: 'elderly',
  },
  {
    q: 'Thằng út nhà tôi sắp cưới vợ người xã bên, nó bảo phải xin giấy xác nhận tình trạng độc thân ở xã mình trước, việc đó làm thế nào ạ',
    expect: SINGLE,
    who: 'elderly',
  },
  {
    q: 'Con trai tôi cưới vợ xong muốn đưa vợ về nhập hộ khẩu chung với gia đình tôi ở quê, thủ tục đăng ký thường trú cho con dâu làm ra sao',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  {
    q: 'Tôi cần mấy bản sao giấy khai sinh bản chính của mình để làm hồ sơ hưởng chế độ người có công, ở xã có chứng thực bản sao được không ạ',
    expect: COPY_OR_SAO_Y,
    who: 'elderly',
  },
  {
    q: 'Bà già tôi năm nay tám mươi tám tuổi, chứng minh thư cũ đã hết hạn lâu rồi, giờ muốn làm căn cước mà bà đi lại khó khăn, có cách nào không',
    expect: [...CARD_NEW, ...CARD_CHANGE],
    who: 'elderly',
  },
  {
    q: 'Tôi năm nay bảy mươi tuổi, nghe nói người cao tuổi được cấp thẻ bảo hiểm y tế miễn phí, tôi phải làm đơn ở đâu để được cấp thẻ ạ',
    expect: BHYT_JOIN,
    who: 'elderly',
  },
  {
    q: 'Vợ chồng tôi già rồi, muốn làm giấy tặng cho thằng con trai cả mảnh đất vườn đang có sổ đỏ, thủ tục sang tên cho con như thế nào ạ',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  {
    q: 'Mảnh đất ông bà để lại gia đình tôi ở từ năm tám mươi đến giờ mà chưa có sổ đỏ, bây giờ muốn xin cấp giấy chứng nhận lần đầu thì làm sao',
    expect: [FIRST],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi ở quê dột nát quá, các con góp tiền muốn xây lại căn nhà hai tầng trên đất ở, tôi nghe nói phải xin giấy phép xây dựng, làm ở đâu ạ',
    expect: REBUILD,
    who: 'elderly',
  },
  {
    q: 'Tôi về hưu ở nhà muốn mở cái quán tạp hóa nhỏ bán cho bà con trong xóm, có phải đăng ký hộ kinh doanh không và làm ở đâu',
    expect: HKD_NEW,
    who: 'elderly',
  },
  {
    q: 'Tôi mua lại chiếc xe máy cũ của anh hàng xóm, giấy tờ vẫn đứng tên anh ấy, giờ muốn sang tên cho tôi thì phải làm thủ tục gì',
    expect: SANG_TEN,
    who: 'elderly',
  },
  {
    q: 'Đàn lợn nhà tôi hơn ba chục con chết vì dịch tả lợn châu Phi, cán bộ thôn bảo có tiền hỗ trợ, tôi phải làm hồ sơ xin hỗ trợ ở đâu ạ',
    expect: ANIMAL_LOSS,
    who: 'elderly',
  },
  {
    q: 'Cháu tôi sắp đi xuất khẩu lao động Nhật Bản, công ty bảo cần phiếu lý lịch tư pháp, tôi ở quê có xin giúp cháu được không và làm ở đâu',
    expect: LLTP,
    who: 'elderly',
  },
  { q: 'dk khai sinh online', expect: KS, who: 'young' },
  { q: 'khai tử cần gì', expect: KT, who: 'young' },
  { q: 'dkkh o xa', expect: KH, who: 'young' },
  { q: 'dk tam tru online', expect: TAM_TRU, who: 'young' },
  { q: 'chứng thực bản sao gks', expect: COPY_OR_SAO_Y, who: 'young', late: true },
  { q: 'cap lai cccd mat', expect: CARD_LOST, who: 'young' },
  { q: 'gia han bhyt', expect: BHYT_JOIN, who: 'young' },
  { q: 'sang ten so do', expect: SALE_GIFT, who: 'young' },
  { q: 'xin gpxd nha o', expect: BUILD, who: 'young' },
  { q: 'dk hkd', expect: HKD_NEW, who: 'young' },
  { q: 'sang tên xe máy mua lại', expect: SANG_TEN, who: 'young', late: true },
  { q: 'đk tàu cá mới đóng', expect: FISHING_BOAT, who: 'young', late: true },
  { q: 'thue dat nong nghiep', expect: LAND_TAX, who: 'young' },
  { q: 'xin lý lịch tư pháp đi xklđ', expect: LLTP, who: 'young', late: true },
];

/** Even positions: may be tuned on. */
export const RURAL69_TUNE: readonly CitizenQuery[] = RURAL69_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const RURAL69_HELD: readonly CitizenQuery[] = RURAL69_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue holds no citizen's procedure for (disaster help for crops is a gap note, as rural36 found). */
export const RURAL69_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'lua bi bao lut hu het thi xin ho tro thiet hai cay trong o dau', who: 'rural' },
  { q: 'xin tien tro cap con nho hoc ban tru o truong lang ma ko dc', who: 'rural' },
  { q: 'dien nha tui hay cup hoai goi dien luc ko ai nghe', who: 'rural' },
  { q: 'nha tui muon xin lap dong ho nuoc sach thi goi ai', who: 'rural' },
  { q: 'gia lua hom nay', who: 'young' },
  { q: 'Cô ơi cho tôi hỏi chuyến xe buýt lên bệnh viện tỉnh mấy giờ chạy và giá vé bao nhiêu', who: 'elderly' },
];
