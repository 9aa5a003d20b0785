import type { CitizenQuery } from './dev-set';
import {
  AREA,
  CHANGE_INFO,
  CHANGE_USE,
  CORRECT,
  DISPUTE,
  EXCHANGE,
  FIRST,
  INHERIT,
  LOST,
  MORTGAGE,
  PERMIT_NEW,
  PERMIT_REPAIR,
  PROJECT_HOUSE,
  RELEASE,
  SALE_GIFT,
  SPLIT_MERGE,
  STATE_LEASE,
  TRANSFER,
} from './land-codes';

const HANDWRITTEN = [FIRST, '1.012785'];
const WILL = '2.001019';
const LEASE_TERM = ['1.013952', '1.013826', '1.013947'];
const VARIATION = [TRANSFER, CHANGE_INFO, '1.013980', '1.013992', '1.013977', '1.012793'];

/**
 * Land, houses and building, the near-twins (issue 17, helper session of 6 Dec 2026): 48 queries written in one
 * sitting at 14:59 UTC (docs/search-drafts/land24-draft-20261206T1459Z.txt), before any procedure name was grepped and
 * before the engine was run on them, voices interleaved: elderly (polite stories: sổ đỏ, sổ hồng, bìa đỏ, the
 * husband who died, the mice that chewed the certificate), rural (no diacritics, đất thổ cư, đất ruộng, đất rẫy,
 * "làm giấy đất", touch-keyboard slips: "ohep", "chja") and young (GCN, QSDĐ, "online", "building permit"). Each names
 * the act that tells a near-twin apart: first certificate, sale, gift, inheritance, mortgage and its release, split
 * and merge, loss, a worn or old certificate, a wrong name or area, change of use, a commune lease, mediation,
 * a permit to build, rebuild or repair.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels land13 gave the same situations: every procedure a counter clerk would accept, commune and province
 * variants alike. A sale or gift accepts the registration of the change and the contract's attestation; an
 * inheritance the estate-division attestation and the registration; a split to give to the children the split and the
 * gift's registration; rebuilding a house into two floors the new permit or the renovation one; a "no dispute"
 * confirmation asked "to get the certificate" the first certificate, where the commune gives it. Five have no
 * procedure (a land price, a builder, a mortgage loan offer, feng shui, a room to rent): LAND24_NO_ANSWER. Split by
 * alternation into LAND24_TUNE and LAND24_HELD.
 */
export const LAND24_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Tôi năm nay bảy mươi tuổi, mảnh đất ông bà để lại từ trước năm 1980 mà chưa có sổ đỏ, giờ tôi muốn làm sổ đỏ lần đầu thì phải làm sao',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'lam giay dat lan dau cho dat tho cu', expect: [FIRST], who: 'rural' },
  { q: 'cấp GCN QSDĐ lần đầu', expect: [FIRST], who: 'young' },
  {
    q: 'Cháu ơi, bác muốn sang tên sổ đỏ cho thằng con trai út, cho nó luôn mảnh đất thì làm ở đâu',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'ban dat ruong cho nguoi trong xom thi sang ten the nao', expect: SALE_GIFT, who: 'rural' },
  { q: 'sang tên sổ hồng chung cư', expect: [...SALE_GIFT, PROJECT_HOUSE], who: 'young' },
  {
    q: 'Chồng tôi mất rồi không để lại di chúc, giờ mấy mẹ con muốn khai nhận thừa kế quyền sử dụng đất thì làm thế nào',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'xin ohep xay nha tren dat tho cu', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'đăng ký biến động đất đai online', expect: VARIATION, who: 'young' },
  {
    q: 'Cái bìa đỏ nhà tôi bị chuột cắn rách mất một góc, tôi muốn xin đổi sổ mới',
    expect: [EXCHANGE],
    who: 'elderly',
  },
  { q: 'mat so do roi lam lai o dau', expect: [LOST], who: 'rural' },
  { q: 'tách thửa', expect: [SPLIT_MERGE], who: 'young' },
  {
    q: 'Tôi đã trả hết nợ ngân hàng rồi, giờ muốn xóa thế chấp cái sổ hồng thì làm thủ tục gì',
    expect: [RELEASE],
    who: 'elderly',
  },
  { q: 'tach thua dat vuon chja cho con', expect: [SPLIT_MERGE, TRANSFER], who: 'rural' },
  { q: 'xin giấy phép xây dựng nhà ở riêng lẻ', expect: [PERMIT_NEW], who: 'young' },
  {
    q: 'Tôi muốn tách thửa đất vườn ra làm hai để chia cho hai đứa con',
    expect: [SPLIT_MERGE, TRANSFER],
    who: 'elderly',
  },
  { q: 'chuyen dat ruong len dat o', expect: CHANGE_USE, who: 'rural' },
  { q: 'cấp lại sổ đỏ bị mất', expect: [LOST], who: 'young' },
  {
    q: 'Ông nhà tôi tên trong giấy chứng nhận quyền sử dụng đất bị ghi sai chữ, nay muốn đính chính lại cho đúng',
    expect: [...CORRECT, CHANGE_INFO],
    who: 'elderly',
  },
  { q: 'dang ky bien dong dat khi mua dat cua hang xom', expect: SALE_GIFT, who: 'rural' },
  { q: 'đăng ký thế chấp QSDĐ', expect: [MORTGAGE], who: 'young' },
  {
    q: 'Năm ngoái nhà tôi cháy, mất hết giấy tờ, cả cái sổ đỏ cũng mất, giờ xin cấp lại thì làm sao',
    expect: [LOST],
    who: 'elderly',
  },
  { q: 'so do bi ghi sai ten vo toi sua lai', expect: [...CORRECT, CHANGE_INFO], who: 'rural' },
  { q: 'xoá đăng ký thế chấp', expect: [RELEASE], who: 'young' },
  {
    q: 'Nhà tôi muốn xây lại cái nhà cấp bốn ở quê thành nhà hai tầng thì có phải xin giấy phép xây dựng không',
    expect: [PERMIT_NEW, PERMIT_REPAIR],
    who: 'elderly',
  },
  { q: 'hop thua 2 manh dat lien nhau', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'cấp đổi GCN', expect: [EXCHANGE], who: 'young' },
  { q: 'Tôi muốn chuyển đất vườn sang đất ở để cho con cất nhà', expect: CHANGE_USE, who: 'elderly' },
  { q: 'thue dat cong ich cua xa de trong rau', expect: STATE_LEASE, who: 'rural' },
  { q: 'chuyển mục đích sử dụng đất', expect: CHANGE_USE, who: 'young' },
  {
    q: 'Hàng xóm lấn sang đất nhà tôi gần một mét, tôi muốn nhờ xã hòa giải tranh chấp đất đai',
    expect: DISPUTE,
    who: 'elderly',
  },
  { q: 'tranh chap dat ray voi nha ben canh nho xa hoa giai', expect: DISPUTE, who: 'rural' },
  { q: 'đính chính GCN sai thông tin', expect: [...CORRECT, CHANGE_INFO], who: 'young' },
  {
    q: 'Tôi muốn thế chấp sổ đỏ để vay tiền cho cháu đi học, phải đăng ký thế chấp ở đâu',
    expect: [MORTGAGE],
    who: 'elderly',
  },
  { q: 'xoa the chap so do sau khi tra no ngan hang', expect: [RELEASE], who: 'rural' },
  { q: 'thừa kế nhà đất thủ tục', expect: INHERIT, who: 'young' },
  {
    q: 'Cái giấy chứng nhận cũ từ hồi năm 1995 bằng giấy mỏng, tôi muốn đổi sang sổ hồng mới',
    expect: [EXCHANGE],
    who: 'elderly',
  },
  { q: 'cho con dat vuon lam nha, lam giay tang cho', expect: SALE_GIFT, who: 'rural' },
  { q: 'giấy phép sửa chữa cải tạo nhà', expect: [PERMIT_REPAIR], who: 'young' },
  {
    q: 'Đo lại thì diện tích đất nhà tôi nhiều hơn trong sổ, tôi muốn điều chỉnh diện tích cho đúng',
    expect: AREA,
    who: 'elderly',
  },
  { q: 'pha do nha cu xay moi xin phep gi', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'building permit nha o', expect: [PERMIT_NEW], who: 'young' },
  {
    q: 'Tôi muốn gộp hai mảnh đất liền nhau mà tôi mua thêm thành một sổ',
    expect: [SPLIT_MERGE],
    who: 'elderly',
  },
  { q: 'xac nhan dat o on dinh khong tranh chap de lam so', expect: [FIRST], who: 'rural' },
  { q: 'gia hạn thuê đất', expect: LEASE_TERM, who: 'young' },
  { q: 'Bà cụ nhà tôi muốn lập di chúc để lại nhà đất cho các con', expect: [WILL], who: 'elderly' },
  { q: 'sua nha bi nut tuong co can xin phep ko', expect: [PERMIT_REPAIR], who: 'rural' },
  { q: 'làm sổ đỏ cho đất mua giấy tay', expect: HANDWRITTEN, who: 'young' },
];

export const LAND24_TUNE = LAND24_BATCH.filter((_, i) => i % 2 === 0);
export const LAND24_HELD = LAND24_BATCH.filter((_, i) => i % 2 === 1);

export const LAND24_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Cho tôi hỏi giá đất ở khu này bây giờ bao nhiêu một mét vuông', who: 'elderly' },
  { q: 'tim tho xay nha gia re uy tin', who: 'rural' },
  { q: 'vay mua nhà trả góp lãi suất thấp ngân hàng nào', who: 'young' },
  { q: 'xem phong thuy huong nha truoc khi xay', who: 'rural' },
  { q: 'thuê phòng trọ gần trường giá rẻ', who: 'young' },
];
