import type { CitizenQuery } from './dev-set';

/**
 * The rural and young voices' fifth round (issue 17, helper session of 6 Dec 2026): 80 queries written in one sitting
 * at 08:48 UTC, before any procedure name was grepped and before the engine was run on them, half rural and half
 * young, over every field a commune or province centre handles (civil status, residence, identity, land,
 * construction, household business, companies, cooperatives, vehicles and licences, boats, farming, fisheries,
 * forestry, social insurance, allowances, merit, certification, justice records, passports, security and food-safety
 * certificates, environment). The shapes earlier rounds covered least: typos (a swapped, dropped or doubled letter,
 * a missing space, Telex leftovers: "dnag ky", "khai snh", "dang kyy", "sangten", "dangw ky", "hooj chieu"), regional
 * spellings and words (l/n: "nàm", "thành nập"; s/x: "xổ đỏ"; tr/ch: "trứng thực", "tạm chú"; d/gi: "dấy"; hỏi/ngã:
 * "khai tữ", "lảnh"; mần, chi, rứa, mô, hỉ, hông, cất nhà, ghe, heo), chat shorthand (ko, k, dc, j, z, ntn, ms, vs, ng),
 * abbreviations (cccd, gplx, dkkd, hkd, qsdd, bhxh, bhyt, lltp, ubnd, htx, gpxd, ks) and English (passport, renew,
 * certify, online, visa).
 *
 * Fourteen of the first draft proved word-for-word in existing sets (khai tu, nhan con nuoi, chuyen khau ve que, …):
 * dropped, and replaced by fourteen written after labelling had begun (`late`). Labelled by grepping the names in
 * server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every procedure a counter clerk would
 * accept. Six have no answer in this catalogue (old-age, disability and funeral allowances, the Heroic Mother title,
 * food safety for restaurants and bakeries, which belongs to the missing health ministry): RURAL5_NO_ANSWER. Split by
 * alternation into RURAL5_TUNE (tuned on) and RURAL5_HELD.
 */
export const RURAL5_BATCH: readonly CitizenQuery[] = [
  { q: 'mần dấy khai sinh cho con', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'dang ky ket hon can giay chi rua', expect: ['1.000894'], who: 'rural' },
  { q: 'nàm căn cước cho con 14 tuổi', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'cap lai xo do bi mat', expect: ['1.012786'], who: 'rural' },
  { q: 'tach thua dat cho con trai ra o rieng', expect: ['1.012784', '1.013831'], who: 'rural' },
  { q: 'xin phep cat nha o que', expect: ['1.013225'], who: 'rural' },
  { q: 'thanh nap hop tac xa nong nghiep', expect: ['1.005280'], who: 'rural' },
  { q: 'dang ky xe honda moi mua', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'doi bang lai xe may bi hu', expect: ['3.000347', '3.000348'], who: 'rural' },
  { q: 'giay phep khai thac thuy san cho tau ca', expect: ['1.004359'], who: 'rural' },
  { q: 'xin chung nhan trang trai chan nuoi', expect: ['1.008128'], who: 'rural' },
  { q: 'chat cay keo trong vuon nha co phai xin phep hong', expect: ['1.011471', '1.011470', '1.000045'], who: 'rural' },
  { q: 'che do cho con liet si', expect: ['1.004163'], who: 'rural' },
  { q: 'trung thuc ban sao giay to', expect: ['2.000815'], who: 'rural' },
  { q: 'lam ly lich tu phap di xuat khau lao dong', expect: ['3.000333'], who: 'rural' },
  { q: 'lam ho chieu di han lao dong', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'giay phep xa thai ra song', expect: ['1.010727', '1.010719'], who: 'rural' },
  { q: 'xac nhan doc than de cuoi vo', expect: ['1.004873'], who: 'rural' },
  { q: 'lam khai sinh tre cho chau lon roi', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'kiem dich heo ban qua tinh khac', expect: ['1.002338'], who: 'rural' },
  { q: 'sua ten sai trong giay khai sinh', expect: ['1.004859'], who: 'rural' },
  { q: 'tranh chap ranh dat voi nha ben canh', expect: ['1.012812', '1.013967'], who: 'rural' },
  { q: 'nuoi ca long tren song co phai dang ky ko', expect: ['1.014801', '1.004692', '1.014834'], who: 'rural' },
  { q: 'the bao hiem y te cho ho can ngheo', expect: ['1.001939', '1.011607', '1.011606'], who: 'rural' },
  { q: 'ban dat cho nguoi ta thi lam giay chi', expect: ['1.013831', '2.001035'], who: 'rural' },
  { q: 'xin lai giay dang ky ket hon mat roi hỉ', expect: ['2.000635', '1.004746'], who: 'rural' },
  { q: 'cccd mat thi lam lai ntn', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  { q: 'gplx hết hạn đổi ở đâu', expect: ['3.000347', '3.000348'], who: 'young' },
  { q: 'dkkd hkd ban tra sua', expect: ['1.001612'], who: 'young' },
  { q: 'mo cong ty tnhh 1 thanh vien', expect: ['2.001583'], who: 'young' },
  { q: 'dangw ky tam tru', expect: ['1.004194'], who: 'young' },
  { q: 'passport lan dau', expect: ['1.001456', '1.001471'], who: 'young' },
  { q: 'lltp so 2', expect: ['3.000333', '3.000330'], who: 'young' },
  { q: 'bhxh 1 lan', expect: ['1.001613'], who: 'young' },
  { q: 'dki ket hon vs ng nuoc ngoai', expect: ['2.000806', '1.000094'], who: 'young' },
  { q: 'sangten xe may cu', expect: ['1.013076'], who: 'young' },
  { q: 'khai snh cho be ms sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  { q: 'doi gplx sang quoc te', expect: ['3.000353'], who: 'young' },
  { q: 'cap lai the bhyt bi mat', expect: ['1.002759', '1.001294'], who: 'young' },
  { q: 'htx thanh lap can gi', expect: ['1.005280'], who: 'young' },
  { q: 'qsdd sang ten', expect: ['1.013831'], who: 'young' },
  { q: 'gpxd nha o rieng le', expect: ['1.013225'], who: 'young' },
  { q: 'giay xac nhan doc than dc cap o dau', expect: ['1.004873'], who: 'young' },
  { q: 'certify ban sao cccd', expect: ['2.000815'], who: 'young' },
  { q: 'dnag ky thuong tru chuyen ve hn', expect: ['1.004222'], who: 'young' },
  { q: 'giay chung nhan du dk an ninh trat tu karaoke', expect: ['2.001478', '1.003204'], who: 'young' },
  { q: 'hooj chieu het han renew', expect: ['1.001456', '1.001471'], who: 'young' },
  { q: 'thay doi dkkd cong ty doi dia chi', expect: ['2.002041'], who: 'young' },
  { q: 'tam ngung kinh doanh hkd', expect: ['1.001570'], who: 'young' },
  { q: 'dang kyy xe dien', expect: ['1.013067', '1.012575'], who: 'young' },
  { q: 'lam lai bang lai bi matt', expect: ['3.000348'], who: 'young' },
  { q: 'cap lai so bhxh bi mat', expect: ['1.002759'], who: 'young' },
  { q: 'dangky khai tu online', expect: ['1.000656'], who: 'young' },
  { q: 'hkd doi chu', expect: ['2.000720'], who: 'young' },
  { q: 'ubnd xa chung thuc hop dong mua ban nha', expect: ['2.001035'], who: 'young' },
  { q: 'thi bang lai a1 dki o dau', expect: ['3.000346'], who: 'young' },
  { q: 'mo trang trai nuoi ga can giay j', expect: ['1.008128'], who: 'young' },
  { q: 'ban goc khai sinh bi mat thi sao z', expect: ['2.000635', '1.004884'], who: 'young' },
  { q: 'doi ten cho con dc k', expect: ['1.004859'], who: 'young' },
  { q: 'dang ky tau ca dong moi', expect: ['1.003650', '1.003586'], who: 'young' },
  { q: 'khai tữ cho ba tui mới mất', expect: ['1.000656'], who: 'rural', late: true },
  { q: 'mở tiệm tạp hóa có cần đăng ký chi không', expect: ['1.001612'], who: 'rural', late: true },
  { q: 'ghe cào đăng ký ở mô', expect: ['1.003650', '1.003586'], who: 'rural', late: true },
  { q: 'lảnh bảo hiểm xả hội một lần', expect: ['1.001613'], who: 'rural', late: true },
  { q: 'khai báo tạm chú cho người làm thuê', expect: ['1.004194'], who: 'rural', late: true },
  { q: 'xin nuôi đứa nhỏ bị bỏ rơi', expect: ['2.001263'], who: 'rural', late: true },
  { q: 'chuyển đất lúa qua đất ở', expect: ['1.013949', '1.013823'], who: 'rural', late: true },
  { q: 'làm giấy cận nghèo cho nhà', expect: ['1.011607', '1.011606'], who: 'rural', late: true },
  { q: 'đưa vợ dô hộ khẩu nhà mình', expect: ['1.004222'], who: 'rural', late: true },
  { q: 'dk thường trú online qua vneid', expect: ['1.004222'], who: 'young', late: true },
  { q: 'chuyen noi thuong tru sang tinh khac', expect: ['1.004222'], who: 'young', late: true },
  { q: 'xin visa cho ban trai nguoi nuoc ngoai', expect: ['1.001194'], who: 'young', late: true },
  { q: 'ban sao giay ks', expect: ['2.000635'], who: 'young', late: true },
  { q: 'gp moi truong cho xuong may', expect: ['1.010727', '1.010719'], who: 'young', late: true },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const RURAL5_TUNE: readonly CitizenQuery[] = RURAL5_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const RURAL5_HELD: readonly CitizenQuery[] = RURAL5_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (social allowances, merit titles, health-ministry food safety). */
export const RURAL5_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'tro cap cho nguoi gia tren 80', who: 'rural' },
  { q: 'ho tro tien mai tang cho ong', who: 'rural' },
  { q: 'giay an toan thuc pham cho quan an', who: 'rural' },
  { q: 'lanh tien tan tat cho con', who: 'rural' },
  { q: 'ba me viet nam anh hung', who: 'rural' },
  { q: 'atvstp cho tiem banh', who: 'young' },
];
