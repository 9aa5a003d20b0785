import type { CitizenQuery } from './dev-set';

/**
 * Certification and justice at a commune or province counter in the three voices (issue 17, helper session of
 * 6 Dec 2026): 60 queries, 20 situations each told once per voice, written in one sitting at 20:03 UTC
 * (docs/search-drafts/certify38-draft-20261206T2003Z.txt), before any procedure name was grepped and before the engine
 * was run on them: elderly (polite stories, "thị thực", "sao y bản chính", "công chứng" said loosely for the commune's
 * chứng thực), rural (no diacritics, "photo", "sang ten", "dc ko") and young (short; hđ, lltp, cccd, "cv", "visa").
 * Situations: copies of a diploma, a land book, an identity card and birth paper, foreign papers; a signature on a
 * letter and on an authorisation; a translation; land sale, gift, mortgage, house lease, will, estate division and
 * refusal, a power of attorney to sell land; justice records no. 1 and no. 2; legal aid; a boundary quarrel; a
 * complaint about a commune decision.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, following justice18 and land13. The catalogue has no notarisation, so
 * "công chứng" of a copy or a contract accepts the commune's chứng thực; a copy of any paper, Vietnamese or foreign,
 * accepts the one copy certification (not the civil-status copy from the register). An authorisation accepts the
 * signature or the transaction certification, one to draw a pension also the social insurance mandate (1.001601). A
 * land sale that says "sang tên" also accepts the transfer registration, a mortgage told as a bank loan also the
 * mortgage registration. Justice records accept both issuing procedures, a boundary quarrel the commune mediation or
 * the chairman's ruling. A complaint about a commune's land decision has no answer (the catalogue holds complaints
 * only against the police): those 3 queries are in CERTIFY38_NO_ANSWER. Split by alternation into CERTIFY38_TUNE and
 * CERTIFY38_HELD.
 */
const BAN_SAO = ['2.000815'];
const CHU_KY = ['2.000884'];
const GIAO_DICH = ['2.001035'];
const UY_QUYEN = [...CHU_KY, ...GIAO_DICH];
const LUONG_HUU_UQ = '1.001601';
const BAN_DICH = ['2.001008', '2.000992'];
const TRANSFER = '1.013831';
const MORTGAGE = '1.011441';
const DI_CHUC = ['2.001019'];
const PHAN_CHIA = ['2.001406'];
const TU_CHOI = ['2.001016'];
const LTP = ['3.000333', '3.000330'];
const TGPL = ['2.000829'];
const HOA_GIAI = ['1.012812', '1.013967'];

export const CERTIFY38_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cháu chào cô, bác muốn thị thực mấy bản sao bằng tốt nghiệp cấp ba của thằng cháu nội để nó nộp hồ sơ xin việc thì làm ở đâu ạ',
    expect: BAN_SAO,
    who: 'elderly',
  },
  {
    q: 'photo bang tot nghiep roi muon cong chung sao y de nop xin viec lam o xa dc ko',
    expect: BAN_SAO,
    who: 'rural',
  },
  { q: 'công chứng bằng đại học nộp cv', expect: BAN_SAO, who: 'young' },
  {
    q: 'Tôi cần sao y bản chính cái sổ đỏ nhà tôi để nộp cho ngân hàng, nhờ cô chỉ giúp thủ tục',
    expect: BAN_SAO,
    who: 'elderly',
  },
  { q: 'cong chung so do photo may ban de nop ngan hang', expect: BAN_SAO, who: 'rural' },
  { q: 'sao y so hong', expect: BAN_SAO, who: 'young' },
  {
    q: 'Bà muốn công chứng bản sao căn cước với giấy khai sinh và sổ hộ khẩu cũ để làm hồ sơ cho cháu đi học',
    expect: BAN_SAO,
    who: 'elderly',
  },
  { q: 'chung thuc cccd voi giay khai sinh photo cho con di hoc', expect: BAN_SAO, who: 'rural' },
  { q: 'sao y cccd + khai sinh', expect: BAN_SAO, who: 'young' },
  {
    q: 'Con gái tôi học bên Nhật gửi về mấy giấy tờ tiếng nước ngoài, tôi muốn thị thực bản sao mấy giấy đó thì làm sao',
    expect: BAN_SAO,
    who: 'elderly',
  },
  { q: 'sao y giay to tieng anh do nuoc ngoai cap o dau lam', expect: BAN_SAO, who: 'rural' },
  { q: 'chứng thực bản sao giấy tờ nước ngoài', expect: BAN_SAO, who: 'young' },
  {
    q: 'Tôi viết cái đơn xin xác nhận, người ta bảo phải thị thực chữ ký của tôi trên đơn thì mới nhận, nhờ cô làm giúp',
    expect: CHU_KY,
    who: 'elderly',
  },
  { q: 'xac nhan chu ky tren don cua toi o xa', expect: CHU_KY, who: 'rural' },
  { q: 'chung thuc chu ky', expect: CHU_KY, who: 'young' },
  {
    q: 'Tôi già yếu không đi được, muốn làm giấy ủy quyền cho con trai đi lĩnh lương hưu thay, cần chứng chữ ký ở xã',
    expect: [LUONG_HUU_UQ, ...CHU_KY],
    who: 'elderly',
  },
  {
    q: 'lam giay uy quyen cho con di nhan luong huu chung chu ki o xa',
    expect: [LUONG_HUU_UQ, ...CHU_KY],
    who: 'rural',
  },
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: UY_QUYEN, who: 'young' },
  {
    q: 'Cháu tôi dịch giấy khai sinh sang tiếng Anh để đi du học, giờ cần công chứng bản dịch thì nộp ở đâu ạ',
    expect: BAN_DICH,
    who: 'elderly',
  },
  { q: 'cong chung ban dich tieng anh giay khai sinh de di du hoc', expect: BAN_DICH, who: 'rural' },
  { q: 'chung thuc ban dich thuat', expect: BAN_DICH, who: 'young' },
  {
    q: 'Vợ chồng tôi bán mảnh đất vườn cho người hàng xóm, muốn làm hợp đồng mua bán đất có xã chứng thực cho đàng hoàng',
    expect: GIAO_DICH,
    who: 'elderly',
  },
  { q: 'ban dat cho hang xom lam hop dong sang ten chung thuc o xa', expect: [...GIAO_DICH, TRANSFER], who: 'rural' },
  { q: 'chứng thực hđ chuyển nhượng đất', expect: GIAO_DICH, who: 'young' },
  {
    q: 'Ông bà già rồi muốn làm giấy cho tặng căn nhà và đất cho thằng con út, ra xã chứng thực thế nào',
    expect: GIAO_DICH,
    who: 'elderly',
  },
  { q: 'bo me cho con dat lam giay tang cho o xa', expect: GIAO_DICH, who: 'rural' },
  { q: 'hop dong tang cho nha dat', expect: GIAO_DICH, who: 'young' },
  {
    q: 'Tôi muốn vay ngân hàng nông nghiệp mấy chục triệu, người ta bảo đem sổ đỏ thế chấp phải có hợp đồng chứng thực',
    expect: [...GIAO_DICH, MORTGAGE],
    who: 'elderly',
  },
  { q: 'the chap so do vay von ngan hang chung thuc hop dong', expect: [...GIAO_DICH, MORTGAGE], who: 'rural' },
  { q: 'chung thuc hd the chap dat', expect: GIAO_DICH, who: 'young' },
  {
    q: 'Tôi có căn nhà cho người ta thuê mở quán, muốn làm hợp đồng cho thuê nhà có xã đóng dấu cho chắc',
    expect: GIAO_DICH,
    who: 'elderly',
  },
  { q: 'cho thue nha lam hop dong o xa dong dau', expect: GIAO_DICH, who: 'rural' },
  { q: 'hd thuê nhà chứng thực', expect: GIAO_DICH, who: 'young' },
  {
    q: 'Tôi tuổi đã cao, muốn lập di chúc để lại đất cho các con, nhờ ủy ban xã chứng thực cho',
    expect: DI_CHUC,
    who: 'elderly',
  },
  { q: 'lam di chuc de lai dat cho con chung thuc o xa', expect: DI_CHUC, who: 'rural' },
  { q: 'chứng thực di chúc', expect: DI_CHUC, who: 'young' },
  {
    q: 'Cụ nhà tôi mất không để lại di chúc, anh em trong nhà thỏa thuận chia đất của bố mẹ, cần làm giấy tờ phân chia',
    expect: PHAN_CHIA,
    who: 'elderly',
  },
  { q: 'bo me mat anh em chia dat thua ke lam van ban thoa thuan', expect: PHAN_CHIA, who: 'rural' },
  { q: 'phân chia di sản thừa kế', expect: PHAN_CHIA, who: 'young' },
  {
    q: 'Bố tôi mất, tôi là con gái đã đi lấy chồng, không muốn nhận phần đất thừa kế, nhường cho anh trai thì phải làm giấy gì',
    expect: TU_CHOI,
    who: 'elderly',
  },
  { q: 'khong nhan phan thua ke nhuong cho anh lam giay tu choi', expect: TU_CHOI, who: 'rural' },
  { q: 'tu choi nhan di san', expect: TU_CHOI, who: 'young' },
  {
    q: 'Tôi đi làm ăn xa, muốn ủy quyền cho em trai đứng ra lo việc bán đất thay tôi, làm hợp đồng ủy quyền ở đâu',
    expect: UY_QUYEN,
    who: 'elderly',
  },
  { q: 'uy quyen cho em ban dat thay lam hop dong uy quyen', expect: UY_QUYEN, who: 'rural' },
  { q: 'hđ ủy quyền', expect: UY_QUYEN, who: 'young' },
  {
    q: 'Cháu tôi xin vào làm công ty, người ta đòi cái giấy lý lịch tư pháp, xin ở đâu hả cô',
    expect: LTP,
    who: 'elderly',
  },
  { q: 'xin ly lich tu phap de di xin viec o dau', expect: LTP, who: 'rural' },
  { q: 'lltp số 1', expect: LTP, who: 'young' },
  {
    q: 'Con tôi đi xuất khẩu lao động bên Hàn Quốc, cần phiếu lý lịch tư pháp số 2, tôi là mẹ có xin thay được không',
    expect: LTP,
    who: 'elderly',
  },
  { q: 'lam ly lich tu phap so 2 di xuat khau lao dong', expect: LTP, who: 'rural' },
  { q: 'lltp so 2 xin visa', expect: LTP, who: 'young' },
  {
    q: 'Tôi nhà nghèo có sổ hộ nghèo, bị người ta kiện, không có tiền thuê luật sư, nhà nước có giúp đỡ pháp lý không',
    expect: TGPL,
    who: 'elderly',
  },
  { q: 'ho ngheo can luat su mien phi tro giup phap ly', expect: TGPL, who: 'rural' },
  { q: 'trợ giúp pháp lý miễn phí', expect: TGPL, who: 'young' },
  {
    q: 'Nhà tôi với nhà hàng xóm cãi nhau về cái ranh giới đất, muốn nhờ xã đứng ra hòa giải',
    expect: HOA_GIAI,
    who: 'elderly',
  },
  { q: 'tranh chap ranh dat voi hang xom nho xa hoa giai', expect: HOA_GIAI, who: 'rural' },
  { q: 'hòa giải tranh chấp đất', expect: HOA_GIAI, who: 'young' },
];

/** The tune half (even positions): the queries tuning may read. */
export const CERTIFY38_TUNE: readonly CitizenQuery[] = CERTIFY38_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const CERTIFY38_HELD: readonly CitizenQuery[] = CERTIFY38_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks: a complaint about a commune's decision to take back land. */
export const CERTIFY38_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi không đồng ý với quyết định của ủy ban xã về việc thu hồi đất nhà tôi, muốn làm đơn khiếu nại thì nộp ở đâu', who: 'elderly' },
  { q: 'lam don khieu nai quyet dinh thu hoi dat cua xa', who: 'rural' },
  { q: 'khieu nai qd xa', who: 'young' },
];
