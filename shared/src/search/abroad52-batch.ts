import type { CitizenQuery } from './dev-set';

/**
 * Civil status with a foreign element, as families ask at a commune or province counter (issue 17, helper session of
 * 7 Dec 2026): 50 queries written in one sitting at 00:01 UTC (docs/search-drafts/abroad52-draft-20261207T0001Z.txt),
 * before any procedure name was grepped and before the engine was run on them: fifteen needs told in three voices,
 * elderly (parents asking for children in Korea, Taiwan, Japan), rural (no diacritics) and young (short: "ghi chú ly
 * hôn", "hộ chiếu online", "xin thôi quốc tịch"), plus five the catalogue cannot answer (three of them about
 * legalising papers for use abroad).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels civil29 and twins39 gave the same acts. Judgement calls: marriage with a foreigner accepts the ordinary
 * and the border-area foreign-element registrations (as civil29); a child born abroad, registered there or not,
 * accepts the recording of a civil act done abroad and the foreign-element birth registration (as civil29); a child of
 * a Vietnamese and a foreigner accepts the foreign-element birth registration, its border twin and the birth combined
 * with recognition; recognising a father across borders accepts recognition with a foreign element, its border twin and
 * the combined birth; a death abroad accepts the recording (its name lists "khai tử") and the foreign-element death
 * registration; nationality (renounce, regain) and a passport accept the province and central versions; a lost
 * passport the report of loss at every level and the new passport (as twins39); a criminal record to work or study
 * abroad the province's ordinary certificate. The catalogue holds no consular legalisation or certification (that is
 * the Ministry of Foreign Affairs, not in the crawl), no visa for Vietnamese going abroad and no study-abroad file:
 * those go to ABROAD52_NO_ANSWER. Split by alternation into ABROAD52_TUNE and ABROAD52_HELD.
 */
const KH_FOREIGN = ['2.000806', '1.000094'];
const GHI_KH = ['2.002189'];
const GHI_LY_HON = ['2.000554'];
const BORN_ABROAD = ['2.000547', '2.000528'];
const KS_FOREIGN = ['2.000528', '1.000110', '1.001695'];
const RECOGNISE_FOREIGN = ['2.000779', '1.000080', '1.001695'];
const DIED_ABROAD = ['2.000547', '1.001766'];
const SINGLE = ['1.004873'];
const RENOUNCE = ['2.002036', '1.005141'];
const REGAIN = ['2.002038', '1.004757'];
const PASSPORT = ['1.001456', '1.001471'];
const PASSPORT_LOST = [...PASSPORT, '1.010386', '1.010385', '1.001445', '2.000539'];
const LLTP = ['3.000333'];

export const ABROAD52_BATCH: readonly CitizenQuery[] = [
  { q: 'Con gái tôi sắp lấy chồng người Hàn Quốc, hai đứa muốn đăng ký kết hôn ở Việt Nam thì phải làm giấy tờ ở đâu hả cô', expect: KH_FOREIGN, who: 'elderly' },
  { q: 'con gai lay chong han quoc muon dang ky ket hon o viet nam lam o dau', expect: KH_FOREIGN, who: 'rural' },
  { q: 'kết hôn với người nước ngoài', expect: KH_FOREIGN, who: 'young' },
  { q: 'Thằng con trai tôi muốn cưới vợ người Trung Quốc, bên đó sang đây làm đăng ký kết hôn cho hai đứa thì cần những gì', expect: KH_FOREIGN, who: 'elderly' },
  { q: 'con trai lay vo trung quoc ve lam giay ket hon', expect: KH_FOREIGN, who: 'rural' },
  { q: 'đăng ký kết hôn với người Đài Loan', expect: KH_FOREIGN, who: 'young' },
  { q: 'Con gái tôi đã cưới bên Đài Loan, có giấy kết hôn bên đó rồi, giờ về quê muốn ghi vào sổ ở Việt Nam thì làm sao', expect: GHI_KH, who: 'elderly' },
  { q: 'da ket hon o nuoc ngoai roi gio ve ghi vao so ho tich', expect: GHI_KH, who: 'rural' },
  { q: 'ghi chú kết hôn ở nước ngoài', expect: GHI_KH, who: 'young' },
  { q: 'Con tôi ly hôn với chồng bên Hàn rồi, toà bên đó xử xong, giờ về nước muốn lấy chồng khác thì phải ghi cái bản án ly hôn ấy vào sổ trước à', expect: GHI_LY_HON, who: 'elderly' },
  { q: 'ly hon ben nuoc ngoai roi ve viet nam ghi vao so', expect: GHI_LY_HON, who: 'rural' },
  { q: 'ghi chú ly hôn', expect: GHI_LY_HON, who: 'young' },
  { q: 'Cháu ngoại tôi sinh bên Nhật, bên đó cấp giấy khai sinh rồi, giờ về nước muốn ghi vào sổ hộ tịch để đi học', expect: BORN_ABROAD, who: 'elderly' },
  { q: 'con sinh o nhat da co giay khai sinh ben do ve ghi vao so', expect: BORN_ABROAD, who: 'rural' },
  { q: 'ghi vào sổ khai sinh ở nước ngoài', expect: BORN_ABROAD, who: 'young' },
  { q: 'Con gái tôi sinh cháu bên Malaysia mà chưa làm giấy khai sinh gì cả, giờ mẹ con về quê thì khai sinh cho cháu ở đâu', expect: BORN_ABROAD, who: 'elderly' },
  { q: 'con sinh o nuoc ngoai chua khai sinh ve que lam khai sinh', expect: BORN_ABROAD, who: 'rural' },
  { q: 'khai sinh cho con sinh ở nước ngoài về nước', expect: BORN_ABROAD, who: 'young' },
  { q: 'Cháu tôi có bố là người Hàn, mẹ là người Việt, sinh ở bệnh viện tỉnh, làm khai sinh cho cháu thì lên đâu', expect: KS_FOREIGN, who: 'elderly' },
  { q: 'con co bo nguoi nuoc ngoai me viet nam lam khai sinh o dau', expect: KS_FOREIGN, who: 'rural' },
  { q: 'khai sinh có yếu tố nước ngoài', expect: KS_FOREIGN, who: 'young' },
  { q: 'Con gái tôi có con với một anh người Đài Loan, chưa cưới, giờ anh ấy muốn nhận con thì làm thủ tục gì', expect: RECOGNISE_FOREIGN, who: 'elderly' },
  { q: 'bo nguoi nuoc ngoai muon nhan con o viet nam', expect: RECOGNISE_FOREIGN, who: 'rural' },
  { q: 'nhận cha con với người nước ngoài', expect: RECOGNISE_FOREIGN, who: 'young' },
  { q: 'Thằng con tôi đi lao động bên Đài Loan mất bên đó rồi, bên đó có giấy chứng tử, giờ về quê phải ghi vào sổ thế nào', expect: DIED_ABROAD, who: 'elderly' },
  { q: 'con chet o nuoc ngoai co giay bao tu ben do ve ghi vao so', expect: DIED_ABROAD, who: 'rural' },
  { q: 'khai tử cho người chết ở nước ngoài', expect: DIED_ABROAD, who: 'young' },
  { q: 'Con gái tôi cần giấy xác nhận độc thân để sang Hàn kết hôn với người bên đó thì xin ở xã được không', expect: SINGLE, who: 'elderly' },
  { q: 'xin giay doc than de lay chong nuoc ngoai', expect: SINGLE, who: 'rural' },
  { q: 'xác nhận tình trạng hôn nhân để kết hôn với người nước ngoài', expect: SINGLE, who: 'young' },
  { q: 'Con tôi lấy chồng Hàn, giờ muốn vào quốc tịch Hàn nên phải xin bỏ quốc tịch Việt Nam, thủ tục đó làm ở đâu', expect: RENOUNCE, who: 'elderly' },
  { q: 'xin bo quoc tich viet nam de nhap quoc tich nuoc ngoai', expect: RENOUNCE, who: 'rural' },
  { q: 'xin thôi quốc tịch Việt Nam', expect: RENOUNCE, who: 'young' },
  { q: 'Em tôi trước đã thôi quốc tịch Việt Nam theo chồng, nay chồng mất muốn về nước lấy lại quốc tịch Việt Nam thì xin thế nào', expect: REGAIN, who: 'elderly' },
  { q: 'muon lay lai quoc tich viet nam da bo truoc day', expect: REGAIN, who: 'rural' },
  { q: 'trở lại quốc tịch Việt Nam', expect: REGAIN, who: 'young' },
  { q: 'Tôi già rồi muốn sang Mỹ thăm con, chưa có hộ chiếu bao giờ, làm hộ chiếu ở đâu cô', expect: PASSPORT, who: 'elderly' },
  { q: 'lam ho chieu di nuoc ngoai lan dau', expect: PASSPORT, who: 'rural' },
  { q: 'làm hộ chiếu online', expect: PASSPORT, who: 'young' },
  { q: 'Con tôi bị mất hộ chiếu, giờ muốn làm lại cái khác để đi làm bên Nhật thì phải khai báo thế nào', expect: PASSPORT_LOST, who: 'elderly' },
  { q: 'mat ho chieu lam lai', expect: PASSPORT_LOST, who: 'rural' },
  { q: 'báo mất hộ chiếu', expect: PASSPORT_LOST, who: 'young' },
  { q: 'Thằng cháu tôi sắp đi xuất khẩu lao động Nhật, người ta bảo phải có lý lịch tư pháp, xin ở đâu', expect: LLTP, who: 'elderly' },
  { q: 'xin ly lich tu phap di xuat khau lao dong', expect: LLTP, who: 'rural' },
  { q: 'phiếu lý lịch tư pháp đi du học', expect: LLTP, who: 'young' },
];

export const ABROAD52_TUNE: readonly CitizenQuery[] = ABROAD52_BATCH.filter((_, i) => i % 2 === 0);
export const ABROAD52_HELD: readonly CitizenQuery[] = ABROAD52_BATCH.filter((_, i) => i % 2 === 1);

export const ABROAD52_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Con tôi sang Đức du học, cần chứng nhận giấy tờ bằng cấp ở Việt Nam để dùng bên đó, phải đóng dấu ở Bộ Ngoại giao à', who: 'elderly' },
  { q: 'chung nhan giay to de dung o nuoc ngoai', who: 'rural' },
  { q: 'hợp pháp hóa lãnh sự', who: 'young' },
  { q: 'xin visa đi Hàn Quốc', who: 'young' },
  { q: 'ho so du hoc nhat ban o dau', who: 'rural' },
];
