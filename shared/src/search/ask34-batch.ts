import type { CitizenQuery } from './dev-set';
import { FIRST, PERMIT_NEW, SALE_GIFT } from './land-codes';

/**
 * Needs asked as questions, wrapped in extra words, across the common fields (issue 17, helper session of 6 Dec 2026):
 * 60 queries, 20 situations in three voices, written in one sitting at 19:33 UTC
 * (docs/search-drafts/ask34-draft-20261206T1933Z.txt), before any procedure name was grepped and before the engine
 * was run on them. Each need sits inside the question a citizen asks the counter ("thì phải làm sao", "cần mang theo
 * giấy tờ gì", "mất bao lâu", "hết bao nhiêu tiền", "nộp ở đâu, xã hay huyện", "có làm online được không", "có phải
 * về quê không", "người khác làm thay được không") with a reason, a time, a person and a place around it: elderly
 * (polite stories with daughters-in-law, grandchildren, "hồi năm 90", Sài Gòn, Hà Nội), rural (no diacritics, "ko",
 * "dc", "vay", "cty") and young (short, "đc ko", cccd, gplx, gpxd, bhyt, bhxh, vneid, vssid, "online").
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * codes and conventions of civil29, resid30, land28 and social31: a newborn's birth accepts the two linked
 * birth-plus-insurance procedures; a letter of authority accepts the signature or the transaction; a renter whose
 * landlord may do it for him accepts tạm trú and thông báo lưu trú; a lost card every level of its reissue; an
 * expired licence its exchange and reissue; a lost health card the one BHXH procedure for books and cards; a gift of
 * land to a son the registration of the change and the contract, and, asked "có mất thuế ko", the personal income tax
 * and registration fee declarations that carry the exemption. Rice land turned to fruit trees or perennial crops
 * accepts the commune's registration of the crop change and the change of use at the commune (the speaker asks
 * whether permission is needed). Judgement call: rebuilding a house two storeys high is a new permit, not a repair.
 * The catalogue has no support for crops lost to a flood, no unemployment benefit and no tiền già (as social31 found):
 * those 9 queries are in ASK34_NO_ANSWER. Split by alternation into ASK34_TUNE and ASK34_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const SINGLE = ['1.004873'];
const KT = ['1.000656'];
const SAO_Y = ['2.000815'];
const SIGNATURE_OR_TRANSACTION = ['2.000884', '2.001035'];
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const TAM_TRU_OR_LUU_TRU = [...TAM_TRU, '2.001159'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const FIRST_CERT = [FIRST];
const GIFT = SALE_GIFT;
const GIFT_TAX = [...SALE_GIFT, '1.007674', '1.007277'];
const PERMIT = [PERMIT_NEW];
const HKD_NEW = ['1.001612'];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const LICENCE_EXPIRED = ['3.000347', '3.000348'];
const BHYT_CARD = ['1.002759'];
// The crop change on rice land, and the commune's change of use (the first of land-codes' CHANGE_USE).
const RICE_CROPS = ['1.008004', '1.013949'];
const BHXH_ONCE = ['1.001613'];

export const ASK34_BATCH: readonly CitizenQuery[] = [
  { q: 'Cháu chào cô, con dâu tôi mới sinh cháu nội tháng trước ở bệnh viện huyện, giờ muốn làm giấy khai sinh cho cháu thì phải làm sao ạ?', expect: KS, who: 'elderly' },
  { q: 'vo moi de thang roi muon lam giay khai sinh cho be thi can mang theo giay to gi vay', expect: KS, who: 'rural' },
  { q: 'làm giấy khai sinh cho em bé mới sinh có làm online đc ko', expect: KS, who: 'young' },
  { q: 'Thưa cán bộ, thằng con út nhà tôi tháng sau cưới vợ ở trong Sài Gòn, nó cần giấy xác nhận còn độc thân thì có phải về quê xin không ạ?', expect: SINGLE, who: 'elderly' },
  { q: 'xin giay xac nhan doc than de dang ky ket hon o tinh khac thi nop o dau xa hay huyen', expect: SINGLE, who: 'rural' },
  { q: 'xin giấy xác nhận tình trạng hôn nhân mất bao lâu vậy ạ', expect: SINGLE, who: 'young' },
  { q: 'Ông nhà tôi mới mất hôm rằm tháng trước, bây giờ tôi muốn đi khai tử cho ông thì cần mang những giấy tờ gì ạ?', expect: KT, who: 'elderly' },
  { q: 'ba em mat o benh vien tinh gio lam giay khai tu o xa hay o huyen vay a', expect: KT, who: 'rural' },
  { q: 'đăng ký khai tử cho ông nội, người khác làm thay đc k', expect: KT, who: 'young' },
  { q: 'Cháu ơi, tôi muốn đem cái bằng tốt nghiệp cấp ba của cháu gái đi sao y bản chính để nó nộp hồ sơ xin việc thì làm ở đâu, hết bao nhiêu tiền?', expect: SAO_Y, who: 'elderly' },
  { q: 'di cong chung photo bang tot nghiep o xa duoc ko het bao nhieu tien 1 ban', expect: SAO_Y, who: 'rural' },
  { q: 'sao y bản chính bằng đh hết bao nhiêu tiền ạ', expect: SAO_Y, who: 'young' },
  { q: 'Tôi già yếu rồi, muốn làm giấy ủy quyền cho con trai đi làm giấy tờ thay mình, thì phải chứng thực chữ ký ở đâu ạ?', expect: SIGNATURE_OR_TRANSACTION, who: 'elderly' },
  { q: 'lam giay uy quyen cho nguoi khac di lam thay thi chung thuc chu ky o xa co dc ko', expect: SIGNATURE_OR_TRANSACTION, who: 'rural' },
  { q: 'chứng thực hợp đồng ủy quyền mất bao lâu', expect: SIGNATURE_OR_TRANSACTION, who: 'young' },
  { q: 'Con dâu tôi về làm dâu đã hai năm mà vẫn chưa nhập hộ khẩu vào nhà tôi, giờ muốn nhập cho nó thì cần giấy tờ gì ạ?', expect: THUONG_TRU, who: 'elderly' },
  { q: 'vo ve nha chong muon nhap ho khau theo chong thi phai lam sao', expect: THUONG_TRU, who: 'rural' },
  { q: 'đk thường trú về nhà chồng có làm online được ko', expect: THUONG_TRU, who: 'young' },
  { q: 'Thằng cháu ngoại tôi lên Hà Nội học đại học, ở thuê nhà trọ, có phải đăng ký tạm trú cho nó không, ai đi làm được ạ?', expect: TAM_TRU, who: 'elderly' },
  { q: 'di lam cong nhan o tro thi dang ky tam tru o dau vay, chu tro lam thay dc ko', expect: TAM_TRU_OR_LUU_TRU, who: 'rural' },
  { q: 'đăng ký tạm trú cho sv thuê trọ làm online trên vneid được không', expect: TAM_TRU, who: 'young' },
  { q: 'Tôi làm rơi mất cái thẻ căn cước lúc đi chợ phiên tuần trước, giờ muốn làm lại thì có phải về quê nơi đăng ký hộ khẩu không ạ?', expect: CARD_LOST, who: 'elderly' },
  { q: 'mat can cuoc cong dan lam lai co can ve que ko hay lam o dau cung dc', expect: CARD_LOST, who: 'rural' },
  { q: 'mất cccd cấp lại hết bn tiền', expect: CARD_LOST, who: 'young' },
  { q: 'Mảnh đất vườn ông bà tôi để lại từ hồi năm 90, đến giờ vẫn chưa có sổ đỏ, tôi muốn làm sổ thì phải làm sao ạ?', expect: FIRST_CERT, who: 'elderly' },
  { q: 'dat o tu nam 90 o xa my hoa chua co so do gio muon lam so lan dau thi nop o xa hay huyen', expect: FIRST_CERT, who: 'rural' },
  { q: 'đất chưa có sổ đỏ muốn cấp sổ lần đầu mất bao lâu', expect: FIRST_CERT, who: 'young' },
  { q: 'Vợ chồng tôi già rồi, muốn cho thằng con trai cả mảnh đất đang ở, sang tên sổ đỏ cho nó thì phải làm những gì ạ?', expect: GIFT, who: 'elderly' },
  { q: 'bo me cho dat con muon sang ten so do thi nop ho so o dau, mat bao lau', expect: GIFT, who: 'rural' },
  { q: 'sang tên sổ đỏ bố mẹ tặng cho con có mất thuế ko', expect: GIFT_TAX, who: 'young' },
  { q: 'Nhà tôi định sang năm phá cái nhà cấp bốn cũ đi xây lại hai tầng, thì có cần xin giấy phép xây dựng không ạ, xin ở đâu?', expect: PERMIT, who: 'elderly' },
  { q: 'xay nha 3 tang o que co phai xin giay phep xay dung ko, xin o dau', expect: PERMIT, who: 'rural' },
  { q: 'xin gpxd nhà ở riêng lẻ mất bao lâu', expect: PERMIT, who: 'young' },
  { q: 'Tôi muốn mở cái quán tạp hóa nhỏ trước nhà để kiếm thêm đồng ra đồng vào, thì có phải đăng ký kinh doanh không, làm ở đâu ạ?', expect: HKD_NEW, who: 'elderly' },
  { q: 'mo quan an sang o cho binh dien thi dang ky ho kinh doanh o dau, het bao nhieu tien', expect: HKD_NEW, who: 'rural' },
  { q: 'đk hộ kinh doanh online được không ạ', expect: HKD_NEW, who: 'young' },
  { q: 'Tôi mới mua cho thằng con cái xe máy để nó đi học, giờ muốn đăng ký lấy biển số thì phải mang theo giấy tờ gì ạ?', expect: REG_FIRST, who: 'elderly' },
  { q: 'mua xe may moi thi dang ky bien so o xa hay len huyen', expect: REG_FIRST, who: 'rural' },
  { q: 'đăng ký xe máy mới mua có làm online đc không', expect: REG_FIRST, who: 'young' },
  { q: 'Cái bằng lái xe ô tô của tôi cấp từ hồi năm 2010 nay sắp hết hạn, muốn đổi lại thì phải làm sao, có cần đi khám sức khỏe không ạ?', expect: LICENCE_EXPIRED, who: 'elderly' },
  { q: 'bang lai o to het han roi doi lai o dau, co phai thi lai ko', expect: LICENCE_EXPIRED, who: 'rural' },
  { q: 'đổi gplx hết hạn online được ko', expect: LICENCE_EXPIRED, who: 'young' },
  { q: 'Mẹ tôi năm nay ngoài tám mươi, làm mất cái thẻ bảo hiểm y tế rồi, tôi đi xin cấp lại cho mẹ được không ạ?', expect: BHYT_CARD, who: 'elderly' },
  { q: 'the bao hiem y te bi mat xin cap lai o dau, mat bao lau', expect: BHYT_CARD, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất làm trên vssid đc ko', expect: BHYT_CARD, who: 'young' },
  { q: 'Mấy sào ruộng lúa nhà tôi trũng, cấy không được, tôi muốn chuyển sang trồng cây ăn quả thì có phải xin phép không ạ?', expect: RICE_CROPS, who: 'elderly' },
  { q: 'ruong lua trong ko co lai muon chuyen sang trong cay an trai thi dang ky o dau', expect: RICE_CROPS, who: 'rural' },
  { q: 'chuyển đất lúa sang trồng cây lâu năm có cần xin phép ko', expect: RICE_CROPS, who: 'young' },
  { q: 'Tôi nghỉ làm ở xí nghiệp may đã hơn một năm, nay muốn rút bảo hiểm xã hội một lần để lấy tiền chữa bệnh thì cần mang theo giấy tờ gì ạ?', expect: BHXH_ONCE, who: 'elderly' },
  { q: 'nghi lam cty hon 1 nam roi muon rut bhxh 1 lan thi lam o dau', expect: BHXH_ONCE, who: 'rural' },
  { q: 'rút bhxh 1 lần mất bao lâu mới nhận tiền', expect: BHXH_ONCE, who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const ASK34_TUNE: readonly CitizenQuery[] = ASK34_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const ASK34_HELD: readonly CitizenQuery[] = ASK34_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks: support for a crop lost to a flood, unemployment benefit, tiền già. */
export const ASK34_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Vừa rồi lũ về ngập hết ba sào lúa nhà tôi, mất trắng cả vụ, tôi có được nhà nước hỗ trợ gì không, phải làm đơn ở đâu ạ?', who: 'elderly' },
  { q: 'lua bi bao lut mat trang thi lam don xin ho tro thiet hai o dau vay', who: 'rural' },
  { q: 'xin hỗ trợ thiệt hại cây trồng do thiên tai cần giấy tờ gì', who: 'young' },
  { q: 'Con gái tôi làm công nhân ở khu công nghiệp, bị công ty cho nghỉ việc tháng trước, nó có được hưởng trợ cấp thất nghiệp không, phải nộp ở đâu ạ?', who: 'elderly' },
  { q: 'bi cong ty cho nghi viec thi lam ho so huong tro cap that nghiep o dau', who: 'rural' },
  { q: 'bị cho nghỉ việc thì hưởng bh thất nghiệp cần giấy tờ gì', who: 'young' },
  { q: 'Mẹ tôi năm nay tám mươi mốt tuổi, không có lương hưu, thì có được hưởng tiền trợ cấp người cao tuổi hằng tháng không ạ, làm ở đâu?', who: 'elderly' },
  { q: 'ba noi 80 tuoi ko co luong huu thi lam don huong tro cap nguoi gia o xa dc ko', who: 'rural' },
  { q: 'bà 80t xin trợ cấp xã hội người cao tuổi cần gì', who: 'young' },
];
