import type { CitizenQuery } from './dev-set';
import {
  XOA_THUONG_TRU,
  XOA_OR_THUONG_TRU,
  THUONG_TRU_CHILD,
  TAM_TRU,
  GIA_HAN_TAM_TRU,
  TAM_VANG,
  TACH_HO,
  XAC_NHAN_CU_TRU,
  CARD_NEW,
  CARD_CHILD,
  CARD_CHANGE,
  CARD_LOST,
  CARD_CHANGE_OR_LOST,
  CARD_FIX,
  VNEID_LEVEL2,
  PASSPORT,
  PASSPORT_LOST,
  LLTP,
} from './police-codes';

/**
 * Residence, identity, travel and vehicles in the three voices, thirtieth round (issue 17, helper session of 6 Dec
 * 2026): 54 queries written in one sitting at 18:05 UTC (docs/search-drafts/resid30-draft-20261206T1805Z.txt), before
 * any procedure name was grepped and before the engine was run on them: 17 elderly (stories told by the situation:
 * a grandchild turning 14, a husband who died, a tattered 1995 licence, a ferry across the river), 18 rural (no
 * diacritics, "ko", "vay", con nho, ghe may) and 19 young (CCCD, VNeID, lltp số 2, bằng A1, thẻ PET).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * resid14's conventions: every level of a procedure the catalogue lists; moving house accepts đăng ký and xóa thường
 * trú; a renter's stay told from the landlord's side accepts tạm trú and thông báo lưu trú; a damaged card accepts the
 * change and the reissue; a wrong or changed detail accepts the change and the two corrections of the record; a worn
 * or broken plate accepts the change and the reissue of the registration; a vehicle brought from another province
 * accepts the change and the transfer; a sold vehicle accepts the withdrawal and the transfer; a small motor boat
 * accepts inland-waterway and fishing-boat registration. A forgotten VNeID password and swapping the paper household
 * book for the electronic record are no procedure of the catalogue: RESID30_NO_ANSWER. Split by alternation into
 * RESID30_TUNE and RESID30_HELD.
 */
const TAM_TRU_OR_LUU_TRU = [...TAM_TRU, '2.001159'];
const VNEID_ACCOUNT = [...VNEID_LEVEL2, '1.011410'];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const SANG_TEN = ['1.013076'];
const REG_LOST = ['1.013082', '1.013080'];
const REG_REVOKE = ['1.013123', '1.013065'];
const SOLD = [...REG_REVOKE, ...SANG_TEN];
const PLATE_SWAP = ['1.013079'];
const PLATE_WORN = [...PLATE_SWAP, ...REG_LOST];
const PLATE_MOVED = [...PLATE_SWAP, ...SANG_TEN];
const LICENCE_NEW = ['3.000346'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_LOST = ['3.000348'];
const LICENCE_EXPIRED = [...LICENCE_CHANGE, ...LICENCE_LOST];
const LICENCE_INTERNATIONAL = ['3.000353'];
const LICENCE_FOREIGN = ['3.000351'];
const BOAT_REG = ['1.003650', '1.003586'];
const WATER_REG = ['1.004088', '1.004047'];
const SMALL_BOAT = [...WATER_REG, ...BOAT_REG];

export const RESID30_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Con trai tôi mới mua nhà ở quận khác, cả nhà chuyển về ở với nó, tôi muốn chuyển hộ khẩu về nhà mới thì làm thế nào',
    expect: XOA_OR_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'con moi sinh dang ky thuong tru cho con o dau vay', expect: THUONG_TRU_CHILD, who: 'rural' },
  { q: 'đăng ký tạm trú khi thuê trọ ở Hà Nội', expect: TAM_TRU, who: 'young' },
  {
    q: 'Cháu tôi lên thành phố học đại học, ở nhà trọ, chủ trọ bảo phải khai báo tạm trú, xin hỏi cháu cần làm gì',
    expect: TAM_TRU_OR_LUU_TRU,
    who: 'elderly',
  },
  { q: 'chu nha tro phai khai bao cho nguoi thue o dau', expect: TAM_TRU_OR_LUU_TRU, who: 'rural' },
  { q: 'gia hạn tạm trú sắp hết hạn', expect: GIA_HAN_TAM_TRU, who: 'young' },
  {
    q: 'Ông nhà tôi mất rồi, có phải đi xoá tên ông khỏi sổ hộ khẩu không, làm ở đâu',
    expect: XOA_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'xoa thuong tru cho nguoi di lam an nuoc ngoai luon', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'tách hộ khẩu ra ở riêng sau khi cưới', expect: TACH_HO, who: 'young' },
  {
    q: 'Tôi đi vắng khỏi nhà mấy tháng vào Nam chăm cháu, có phải báo với công an xã không',
    expect: TAM_VANG,
    who: 'elderly',
  },
  { q: 'di lam xa nha may thang co can khai bao tam vang ko', expect: TAM_VANG, who: 'rural' },
  { q: 'xác nhận thông tin cư trú để nộp hồ sơ', expect: XAC_NHAN_CU_TRU, who: 'young' },
  {
    q: 'Cháu nội tôi tròn 14 tuổi rồi, muốn làm căn cước lần đầu cho cháu thì đưa cháu đi đâu',
    expect: CARD_NEW,
    who: 'elderly',
  },
  { q: 'lam can cuoc cho con nho duoi 14 tuoi duoc ko', expect: CARD_CHILD, who: 'rural' },
  { q: 'đổi căn cước khi đủ 25 tuổi', expect: CARD_CHANGE, who: 'young' },
  {
    q: 'Tôi năm nay đúng 60 tuổi, nghe nói phải đổi lại căn cước, có đúng không, làm ở đâu',
    expect: CARD_CHANGE,
    who: 'elderly',
  },
  { q: 'mat can cuoc roi lam lai o dau', expect: CARD_LOST, who: 'rural' },
  { q: 'CCCD bị gãy, chip hỏng, làm lại', expect: CARD_CHANGE_OR_LOST, who: 'young' },
  {
    q: 'Căn cước của tôi ghi sai năm sinh so với giấy khai sinh, bây giờ muốn sửa lại thì phải làm sao',
    expect: CARD_FIX,
    who: 'elderly',
  },
  { q: 'doi ten roi thi can cuoc co phai lam lai ko', expect: CARD_FIX, who: 'rural' },
  { q: 'đăng ký định danh điện tử mức 2 VNeID', expect: VNEID_LEVEL2, who: 'young' },
  {
    q: 'Tôi già rồi không biết dùng điện thoại, con cháu bảo phải có tài khoản định danh điện tử, bà làm ở đâu',
    expect: VNEID_ACCOUNT,
    who: 'elderly',
  },
  { q: 'làm hộ chiếu lần đầu đi du lịch Thái Lan', expect: PASSPORT, who: 'young' },
  {
    q: 'Tôi muốn sang Úc thăm con gái, chưa có hộ chiếu bao giờ, tuổi già thì làm hộ chiếu có khó không',
    expect: PASSPORT,
    who: 'elderly',
  },
  { q: 'ho chieu het han lam lai cho di xuat khau lao dong', expect: PASSPORT, who: 'rural' },
  { q: 'mất hộ chiếu khi đang ở nước ngoài', expect: PASSPORT_LOST, who: 'young' },
  {
    q: 'Cháu ngoại tôi mới 3 tuổi, bố mẹ muốn đưa cháu đi nước ngoài, làm hộ chiếu cho trẻ con thì thế nào',
    expect: PASSPORT,
    who: 'elderly',
  },
  { q: 'xin lý lịch tư pháp để nộp hồ sơ xin việc', expect: LLTP, who: 'young' },
  { q: 'lam giay ly lich tu phap de di xuat khau lao dong nhat', expect: LLTP, who: 'rural' },
  {
    q: 'Con tôi xin vào làm nhà nước, người ta đòi giấy chứng nhận không có tiền án tiền sự, xin ở đâu',
    expect: LLTP,
    who: 'elderly',
  },
  { q: 'lý lịch tư pháp số 2 để xin visa định cư', expect: LLTP, who: 'young' },
  { q: 'mua xe may moi dang ky bien so o dau', expect: REG_FIRST, who: 'rural' },
  { q: 'đăng ký xe ô tô mới mua trả góp', expect: REG_FIRST, who: 'young' },
  {
    q: 'Tôi mua lại chiếc xe máy cũ của người hàng xóm, giấy tờ vẫn đứng tên họ, giờ muốn sang tên cho tôi',
    expect: SANG_TEN,
    who: 'elderly',
  },
  { q: 'ban xe roi thi phai lam gi de rut ho so xe', expect: SOLD, who: 'rural' },
  { q: 'mất giấy đăng ký xe máy làm lại', expect: REG_LOST, who: 'young' },
  {
    q: 'Biển số xe máy của tôi bị mờ hết chữ, không đọc được, có được đổi biển mới không',
    expect: PLATE_WORN,
    who: 'elderly',
  },
  { q: 'bien so xe bi gay mat mot nua xin cap lai', expect: PLATE_WORN, who: 'rural' },
  { q: 'chuyển xe từ tỉnh khác về, đổi biển số', expect: PLATE_MOVED, who: 'young' },
  {
    q: 'Xe của tôi đi lâu rồi hỏng không dùng nữa, muốn bán sắt vụn thì giấy tờ xe phải làm sao',
    expect: REG_REVOKE,
    who: 'elderly',
  },
  { q: 'học lái xe máy thi bằng A1', expect: LICENCE_NEW, who: 'young' },
  { q: 'thi bang lai xe oto hang b o dau', expect: LICENCE_NEW, who: 'rural' },
  { q: 'đổi bằng lái xe giấy sang thẻ PET', expect: LICENCE_CHANGE, who: 'young' },
  {
    q: 'Bằng lái xe của tôi cấp từ năm 1995 bằng giấy, đã rách nát, có phải đổi không, ở đâu',
    expect: LICENCE_CHANGE,
    who: 'elderly',
  },
  { q: 'mat bang lai xe may xin cap lai', expect: LICENCE_LOST, who: 'rural' },
  { q: 'cấp giấy phép lái xe quốc tế để đi nước ngoài', expect: LICENCE_INTERNATIONAL, who: 'young' },
  {
    q: 'Con tôi học lái xe ở bên Mỹ, về nước muốn đổi bằng lái của Mỹ sang bằng Việt Nam thì làm ra sao',
    expect: LICENCE_FOREIGN,
    who: 'elderly',
  },
  { q: 'bang lai o to het han roi doi lai', expect: LICENCE_EXPIRED, who: 'rural' },
  { q: 'dang ky thuyen danh ca moi dong', expect: BOAT_REG, who: 'rural' },
  {
    q: 'Nhà tôi có chiếc đò chở khách qua sông, nghe nói phải đăng ký, xin hỏi làm ở đâu',
    expect: WATER_REG,
    who: 'elderly',
  },
  { q: 'đăng ký phương tiện thủy nội địa', expect: WATER_REG, who: 'young' },
  { q: 'ghe may nho co phai dang ky ko', expect: SMALL_BOAT, who: 'rural' },
];

/** Even-index half: the engine may be tuned on its misses. */
export const RESID30_TUNE: readonly CitizenQuery[] = RESID30_BATCH.filter((_, i) => i % 2 === 0);
/** Odd-index half: scored only, never tuned on. */
export const RESID30_HELD: readonly CitizenQuery[] = RESID30_BATCH.filter((_, i) => i % 2 === 1);
/** Needs the catalogue has no procedure for: the kiosk should say so rather than guess. */
export const RESID30_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'quen mat khau vneid lay lai sao', who: 'rural' },
  { q: 'đổi hộ khẩu giấy sang cư trú điện tử', who: 'young' },
];
