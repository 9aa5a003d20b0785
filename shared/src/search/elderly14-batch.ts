import type { CitizenQuery } from './dev-set';

/**
 * An older person's errands about residence, identity, vehicles, insurance and welfare (issue 17, helper session of
 * 6 Dec 2026): 70 queries written in one sitting at 19:44 UTC (docs/search-drafts/elderly14-draft-20261206T1944Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 20 situations in three voices
 * (elderly: long polite stories with grandchildren, a dead husband, "ba má", "bả", "ổng", "tui", "cà vẹt", "ni",
 * "răng", "chi", the old sổ hộ khẩu and chứng minh nhân dân; rural: no diacritics, "nhap khau", "tach khau", "di k";
 * young: short, bhyt, bhxh, "online", "PET", "việt kiều") and 10 more elderly-only situations.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * code families of resid14 and social31. Judgement calls: a relative who settled abroad decades ago and stays two
 * months may hold either passport, so both the citizens' tạm trú / lưu trú and the foreigners' phiếu khai báo are
 * accepted (the sister who took Australian citizenship accepts only the foreigners'); an 80-year-old with an expired
 * chứng minh accepts first issue or exchange of the card; a widow re-registering her husband's motorbike accepts the
 * sang tên and the commune's chứng thực of the estate division; selling a motorbike accepts the seller's thu hồi, the
 * buyer's sang tên and the chứng thực of the sale; the free card of an 80-year-old accepts "người chỉ tham gia BHYT"
 * (the commune's list goes through it); a torn card or a wrongly written book accepts the one BHXH procedure (not the
 * police's own cards). The catalogue has no social assistance (tiền già, a disabled child's allowance, a lonely
 * elder's burial, a nursing-home place, a disability certificate), no thờ cúng liệt sĩ allowance, no martyr's grave
 * move, and its war-service allowance is the police's own (1.015027): the army veteran's two queries, with the other
 * 15, are in ELDERLY14_NO_ANSWER, while the young voice's generic "người tham gia chiến tranh bảo vệ tổ quốc" accepts
 * 1.015027. Split by alternation into ELDERLY14_TUNE and ELDERLY14_HELD.
 */
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const LUU_TRU = ['2.001159'];
const FOREIGNER_TAM_TRU = ['1.000253', '1.001437'];
const RELATIVE_ABROAD = [...TAM_TRU, ...LUU_TRU, ...FOREIGNER_TAM_TRU];
const XOA_THUONG_TRU = ['1.003197'];
const XAC_NHAN_CU_TRU = ['1.010041'];
const TAM_VANG = ['1.003677'];
const TACH_HO = ['1.010038'];
const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_NEW_OR_CHANGE = [...CARD_NEW, ...CARD_CHANGE];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const CARD_FIX = [...CARD_CHANGE, '1.012564', '1.014060'];
const SANG_TEN = ['1.013076'];
const SANG_TEN_DI_SAN = [...SANG_TEN, '2.001406'];
const REG_REVOKE = ['1.013123', '1.013065'];
const SELL = [...REG_REVOKE, ...SANG_TEN, '2.001035'];
const REG_LOST = ['1.013082', '1.013080'];
const LICENCE_CHANGE = ['3.000347'];
const BHYT_ONLY = ['1.001939'];
const SO_THE = ['1.002759'];
const PENSION_MOVE = ['1.001742'];
const TU_TUAT = ['2.000821'];
const POOR = ['1.011607', '1.011606'];
const KHAI_TU = ['1.000656'];
const VETERAN = ['1.015027'];

export const ELDERLY14_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, đứa cháu nội của tôi ba mẹ nó đi làm ăn xa, nay nó về ở hẳn với ông bà để đi học, tôi muốn nhập hộ khẩu cho cháu vào nhà tôi thì phải làm những giấy tờ gì ạ',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  { q: 'nhap khau cho chau noi ve o voi ong ba de di hoc', expect: THUONG_TRU, who: 'rural' },
  { q: 'đăng ký thường trú cho con về ở nhà ông bà nội', expect: THUONG_TRU, who: 'young' },
  {
    q: 'Con trai tôi lên thành phố làm công nhân, ở nhà trọ, chủ trọ bảo phải khai báo tạm trú cho nó, vậy tôi ở quê có làm thay cho nó được không hay nó phải tự lên phường',
    expect: TAM_TRU,
    who: 'elderly',
  },
  { q: 'con trai len saigon lam thue nha tro, dang ky tam tru o dau', expect: TAM_TRU, who: 'rural' },
  { q: 'đăng ký tạm trú online cho người thuê trọ', expect: TAM_TRU, who: 'young' },
  {
    q: 'Thằng cháu bên ngoại của tôi định cư ở nước ngoài mấy chục năm, nay nó về Việt Nam ở nhà tôi chừng hai tháng để thăm bà con, tôi có phải khai báo tạm trú cho nó với công an không ạ',
    expect: RELATIVE_ABROAD,
    who: 'elderly',
  },
  { q: 'chau o my ve tham nha o choi 1 thang co phai bao luu tru khong', expect: RELATIVE_ABROAD, who: 'rural' },
  { q: 'việt kiều về ở nhà người thân, khai báo lưu trú thế nào', expect: RELATIVE_ABROAD, who: 'young' },
  {
    q: 'Ông nhà tôi mất được ba tháng rồi, đã làm giấy khai tử, nay người ta bảo phải xóa tên ông ra khỏi hộ khẩu, bà già này không biết phải đến đâu làm',
    expect: XOA_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'chong mat roi xoa ten trong ho khau the nao', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'xóa đăng ký thường trú cho người đã mất', expect: XOA_THUONG_TRU, who: 'young' },
  {
    q: 'Cuốn sổ hộ khẩu nhà tôi giữ mấy chục năm nay người ta nói không còn dùng nữa, vậy giờ đi làm giấy tờ mà người ta đòi chứng minh chỗ ở thì tôi xin giấy gì ở đâu',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  { q: 'so ho khau bi thu roi gio lay giay gi chung minh noi o', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'xin giấy xác nhận cư trú thay sổ hộ khẩu', expect: XAC_NHAN_CU_TRU, who: 'young' },
  {
    q: 'Tôi năm nay đã tám mươi tuổi, chân yếu không đi lên huyện được, cái chứng minh nhân dân cũ hết hạn rồi, xin hỏi có cán bộ xuống nhà làm căn cước cho người già không',
    expect: CARD_NEW_OR_CHANGE,
    who: 'elderly',
  },
  { q: 'ba noi 85 tuoi liet giuong lam can cuoc tai nha duoc khong', expect: CARD_NEW_OR_CHANGE, who: 'rural' },
  { q: 'làm căn cước lưu động cho người già yếu tại nhà', expect: CARD_NEW_OR_CHANGE, who: 'young' },
  {
    q: 'Hôm đi chợ tôi bị móc túi mất cái ví, trong đó có thẻ căn cước, giờ ra ngân hàng lãnh tiền người ta đòi căn cước, xin hỏi làm lại cái thẻ mới ở đâu ạ',
    expect: CARD_LOST,
    who: 'elderly',
  },
  { q: 'lam mat the can cuoc roi lam lai o dau', expect: CARD_LOST, who: 'rural' },
  { q: 'cấp lại căn cước bị mất', expect: CARD_LOST, who: 'young' },
  {
    q: 'Chồng tôi mất rồi, chiếc xe máy Honda đứng tên ông ấy, nay tôi muốn sang tên xe qua tên tôi để con cháu chạy cho đàng hoàng thì làm sao ạ',
    expect: SANG_TEN_DI_SAN,
    who: 'elderly',
  },
  { q: 'xe may dung ten chong da mat, vo muon sang ten lai cho minh', expect: SANG_TEN_DI_SAN, who: 'rural' },
  { q: 'sang tên xe máy thừa kế khi chủ xe mất', expect: SANG_TEN_DI_SAN, who: 'young' },
  {
    q: 'Tôi có chiếc xe Cub cũ chạy mấy chục năm, nay già không chạy nữa muốn bán cho người hàng xóm, hai bên phải làm giấy tờ mua bán ở đâu cho đúng luật',
    expect: SELL,
    who: 'elderly',
  },
  { q: 'ban xe cu cho nguoi ta thi lam giay to gi, co phai rut ho so khong', expect: SELL, who: 'rural' },
  { q: 'bán xe máy cũ, thu hồi đăng ký biển số', expect: SELL, who: 'young' },
  {
    q: 'Tôi nghe nói người già trên tám mươi tuổi thì được nhà nước cấp thẻ bảo hiểm y tế không mất tiền, tôi năm nay tám mươi mốt rồi mà chưa có, xin hỏi làm sao để được cấp',
    expect: BHYT_ONLY,
    who: 'elderly',
  },
  { q: 'nguoi gia 80 tuoi duoc cap the bao hiem y te mien phi khong', expect: BHYT_ONLY, who: 'rural' },
  { q: 'thẻ bhyt cho người cao tuổi', expect: BHYT_ONLY, who: 'young' },
  {
    q: 'Cuốn sổ bảo hiểm xã hội của tôi hồi xưa người ta ghi sai năm sinh, nay sắp lãnh lương hưu mà không khớp với căn cước, tôi phải xin sửa lại như thế nào ạ',
    expect: SO_THE,
    who: 'elderly',
  },
  { q: 'so bao hiem ghi sai ten ho, sua lai o dau', expect: SO_THE, who: 'rural' },
  { q: 'điều chỉnh năm sinh trên sổ bhxh', expect: SO_THE, who: 'young' },
  {
    q: 'Nhà tôi có hai ông bà già, không còn sức làm ruộng, con cái ở xa không phụ giúp, xin hỏi muốn được xét vào hộ nghèo để được giúp đỡ thì phải làm đơn ở đâu',
    expect: POOR,
    who: 'elderly',
  },
  { q: 'xin xac nhan ho can ngheo de con di hoc duoc mien hoc phi', expect: POOR, who: 'rural' },
  { q: 'đăng ký hộ nghèo, hộ cận nghèo', expect: POOR, who: 'young' },
  {
    q: 'Ông nhà tôi mới mất ở nhà hôm rằm, ma chay xong rồi, giờ con cháu bảo phải đi làm giấy báo tử ở xã, xin hỏi cần đem theo những gì ạ',
    expect: KHAI_TU,
    who: 'elderly',
  },
  { q: 'ong mat o nha lam giay khai tu o xa can gi', expect: KHAI_TU, who: 'rural' },
  { q: 'đăng ký khai tử cho ông', expect: KHAI_TU, who: 'young' },
  {
    q: 'Tôi có cái bằng lái xe máy bằng giấy bìa cấp từ năm chín mấy, con cháu bảo giờ phải đổi sang thẻ nhựa, ông già rồi đổi có phải thi lại không ạ',
    expect: LICENCE_CHANGE,
    who: 'elderly',
  },
  { q: 'bang lai xe giay cu doi sang the nhua o dau', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'đổi bằng lái xe A1 giấy sang thẻ PET', expect: LICENCE_CHANGE, who: 'young' },
  { q: 'chế độ trợ cấp cho người tham gia chiến tranh bảo vệ tổ quốc', expect: VETERAN, who: 'young' },
  {
    q: 'Thằng con út của tôi lấy vợ ra ở riêng nhưng vẫn chung cuốn hộ khẩu với ông bà, nay nó muốn tách hộ ra cho tiện làm giấy tờ, thủ tục thế nào ạ',
    expect: TACH_HO,
    who: 'elderly',
  },
  { q: 'con cuoi vo ra o rieng muon tach khau', expect: TACH_HO, who: 'rural' },
  { q: 'tách hộ khi con lập gia đình', expect: TACH_HO, who: 'young' },
  {
    q: 'Tui làm mất cái cà vẹt xe hồi đi đám giỗ dưới quê, giờ xe vẫn đứng tên tui, xin làm lại cái giấy đăng ký xe thì lên công an huyện hay công an xã vậy cô',
    expect: REG_LOST,
    who: 'elderly',
  },
  {
    q: 'Tôi lãnh lương hưu ở ngoài Hà Nội, nay về Huế ở với con gái luôn, muốn chuyển sổ hưu về trong ni để lãnh cho gần thì làm răng',
    expect: PENSION_MOVE,
    who: 'elderly',
  },
  {
    q: 'Chồng tôi lãnh lương hưu, ổng mất rồi, tôi năm nay bảy mươi lăm không có lương gì, nghe nói vợ được hưởng tiền tuất hàng tháng, xin hỏi làm hồ sơ ở đâu',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Tôi đi vô Sài Gòn ở với con gái chừng nửa năm để chữa bệnh, nhà ở quê bỏ trống, có cần báo tạm vắng với công an xã không ạ',
    expect: TAM_VANG,
    who: 'elderly',
  },
  {
    q: 'Cái thẻ bảo hiểm y tế của tôi bị chuột cắn rách hết chữ, tuần sau đi tái khám, xin cấp lại thẻ mới thì lên đâu ạ',
    expect: SO_THE,
    who: 'elderly',
  },
  {
    q: 'Trên cái căn cước mới của tôi ghi sai quê quán, ngày xưa giấy khai sinh ghi khác, giờ muốn sửa lại cho đúng thì làm sao ạ',
    expect: CARD_FIX,
    who: 'elderly',
  },
  {
    q: 'Em gái tôi ở bên Úc đã nhập quốc tịch Úc, nay về ở nhà tôi một tháng, công an khu vực dặn phải khai báo tạm trú cho người nước ngoài, làm ở đâu ạ',
    expect: FOREIGNER_TAM_TRU,
    who: 'elderly',
  },
];

/** Even indices of ELDERLY14_BATCH: the half tuned on. */
export const ELDERLY14_TUNE: readonly CitizenQuery[] = ELDERLY14_BATCH.filter((_, i) => i % 2 === 0);

/** Odd indices of ELDERLY14_BATCH: held out, never tuned on. */
export const ELDERLY14_HELD: readonly CitizenQuery[] = ELDERLY14_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue lacks (see the header); kept to watch what the engine offers for them. */
export const ELDERLY14_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Bà chị tôi già yếu neo đơn, đang lãnh tiền trợ cấp người già hàng tháng ở xã, nay bả mất rồi, tôi lo đám cho bả, nghe nói nhà nước có hỗ trợ tiền chôn cất, xin hỏi làm thủ tục gì ạ',
    who: 'elderly',
  },
  { q: 'ba toi huong tro cap nguoi gia moi mat, xin tien mai tang o xa', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng cho người hưởng trợ cấp xã hội', who: 'young' },
  {
    q: 'Anh ruột tôi hy sinh hồi chống Mỹ, ba má tôi mất cả rồi, nay tôi là em út đứng ra thờ cúng anh, nghe nói người thờ cúng liệt sĩ được nhà nước cho tiền, xin hỏi làm hồ sơ ở đâu',
    who: 'elderly',
  },
  { q: 'anh trai la liet si, cha me mat het, em nhan tro cap tho cung', who: 'rural' },
  { q: 'đăng ký người thờ cúng liệt sĩ', who: 'young' },
  {
    q: 'Thằng cháu nội tôi bị bại não từ nhỏ, không đi học được, ba má nó đi làm xa, tôi nuôi nó, nghe nói trẻ khuyết tật được trợ cấp hàng tháng, ông bà xin cho cháu có được không',
    who: 'elderly',
  },
  { q: 'chau bi tat nguyen bam sinh xin tien tro cap khuyet tat hang thang', who: 'rural' },
  { q: 'trợ cấp xã hội cho trẻ khuyết tật nặng', who: 'young' },
  {
    q: 'Tôi năm nay vừa tròn tám mươi, không có lương hưu, nghe nói người đủ tám mươi tuổi được lãnh tiền trợ cấp hàng tháng của nhà nước, tôi phải làm đơn gửi ai ạ',
    who: 'elderly',
  },
  { q: 'ong ba 80 tuoi khong luong huu xin tien tro cap nguoi gia', who: 'rural' },
  { q: 'trợ cấp hằng tháng người cao tuổi trên 80', who: 'young' },
  {
    q: 'Hồi đó tôi đi bộ đội đánh giặc ở chiến trường Campuchia về, xuất ngũ nhận được chút ít, nay nghe nói người tham gia chiến tranh bảo vệ Tổ quốc được hưởng trợ cấp một lần, tôi lập hồ sơ ở đâu',
    who: 'elderly',
  },
  { q: 'cuu chien binh di k ve chua huong che do tro cap mot lan', who: 'rural' },
  {
    q: 'Tôi già cả một mình, không con cháu nương tựa, muốn xin vào ở trung tâm bảo trợ xã hội của tỉnh để có người chăm sóc thì phải làm đơn thế nào ạ',
    who: 'elderly',
  },
  {
    q: 'Ông nhà tôi bị tai biến nằm liệt mấy năm nay, người ta đòi giấy xác nhận khuyết tật mới xét trợ cấp, vậy xin giấy đó ở đâu ạ',
    who: 'elderly',
  },
  {
    q: 'Mộ anh tôi là liệt sĩ nằm ở nghĩa trang trong Quảng Trị, gia đình muốn xin đưa hài cốt anh về nghĩa trang quê nhà cho gần, phải làm giấy tờ chi ạ',
    who: 'elderly',
  },
];
