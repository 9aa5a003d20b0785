import type { CitizenQuery } from './dev-set';

const LLTP = ['3.000333', '3.000330'];
const CCCD = ['1.014061', '2.000200', '1.001247'];
const PASSPORT = ['1.001456', '1.001471'];
const TRANSLATOR = ['2.000992', '2.001008', '2.000975'];

/**
 * Requests with a reason (issue 17, helper session of 6 Dec 2026): 40 queries written in one sitting at 13:06 UTC
 * (docs/search-drafts/reason21-draft-20261206T1306Z.txt), before any procedure name was grepped and before the engine
 * was run on them. Each asks for a paper and says why, after "để", "để mà", "để còn", "vì", "bởi vì", "do", "nhằm",
 * "phục vụ việc", "dùng để" or "cho con đi…": the reason names another procedure's words (a marriage, a school, a
 * bank loan). One names only the reason ("giấy tờ để đi Hàn Quốc làm việc").
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. Four have no answer in this catalogue (a proof of income, a land map
 * extract, a hardship confirmation for school fees, a martyr's child's confirmation): REASON21_NO_ANSWER. Split by
 * alternation into REASON21_TUNE and REASON21_HELD.
 */
export const REASON21_BATCH: readonly CitizenQuery[] = [
  { q: 'xin xác nhận độc thân để đi đăng ký kết hôn', expect: ['1.004873'], who: 'young' },
  { q: 'lam ly lich tu phap de di xuat khau lao dong', expect: LLTP, who: 'young' },
  { q: 'tôi cần bản sao giấy khai sinh vì con nhập học lớp một', expect: ['2.000635'], who: 'elderly' },
  { q: 'chứng thực hợp đồng cho con vay ngân hàng', expect: ['2.001035'], who: 'elderly' },
  { q: 'giấy tờ để đi Hàn Quốc làm việc', expect: [...LLTP, ...PASSPORT], who: 'rural' },
  { q: 'xin giay xac nhan tinh trang hon nhan de lay chong nguoi nuoc ngoai', expect: ['1.004873'], who: 'young' },
  { q: 'tôi muốn sao y sổ hộ khẩu để nộp hồ sơ cho cháu đi học', expect: ['2.000815'], who: 'elderly' },
  { q: 'cap lai ban sao giay khai sinh do lam mat, can de lam ho chieu', expect: ['2.000635'], who: 'young' },
  { q: 'làm căn cước cho con để mà đi làm công ty', expect: CCCD, who: 'rural' },
  { q: 'xin trích lục khai tử của ông nhà tôi để làm thủ tục thừa kế đất', expect: ['2.000635'], who: 'elderly' },
  { q: 'dang ky tam tru vi thue nha tro o gan cong ty', expect: ['1.004194'], who: 'young' },
  { q: 'đăng ký thường trú cho con bởi vì cháu sắp vào lớp một', expect: ['1.004222'], who: 'rural' },
  { q: 'xin phieu ly lich tu phap so 2 de nop ho so du hoc Nhat', expect: LLTP, who: 'young' },
  { q: 'tôi muốn chứng thực chữ ký để bán xe máy cho người ta', expect: ['2.000884', '2.001035'], who: 'elderly' },
  { q: 'xin giay phep xay dung de lam nha o tren dat vuon', expect: ['1.013225'], who: 'rural' },
  { q: 'làm hộ chiếu để đi du lịch Thái Lan', expect: PASSPORT, who: 'young' },
  { q: 'công chứng hợp đồng mua bán nhà nhằm sang tên sổ đỏ cho con', expect: ['2.001035', '1.012787'], who: 'elderly' },
  { q: 'xin xac nhan cu tru phuc vu viec xin visa', expect: ['1.010041'], who: 'young' },
  { q: 'đổi giấy phép lái xe vì sắp hết hạn mà cần chạy xe tải chở hàng', expect: ['3.000347'], who: 'rural' },
  { q: 'tôi đi đăng ký khai sinh cho cháu nội để còn làm bảo hiểm y tế cho nó', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'xin cấp lại sổ bảo hiểm xã hội vì làm mất, giờ cần để hưởng lương hưu', expect: ['1.002759'], who: 'elderly' },
  { q: 'đăng ký kết hôn để làm giấy khai sinh cho con', expect: ['1.000894'], who: 'young' },
  { q: 'lam giay chung nhan ho kinh doanh de ban quan an', expect: ['1.001612'], who: 'rural' },
  { q: 'tôi muốn tách hộ khẩu ra riêng để xin hộ nghèo', expect: ['1.010038'], who: 'elderly' },
  { q: 'dich cong chung bang dai hoc de nop ho so xin viec o nuoc ngoai', expect: TRANSLATOR, who: 'young' },
  { q: 'chứng thực bản sao căn cước cho con đi làm hồ sơ xin việc', expect: ['2.000815'], who: 'elderly' },
  { q: 'dang ky xe may moi mua do can di lam xa', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  { q: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu để thế chấp vay vốn nông nghiệp', expect: ['1.013978'], who: 'rural' },
  { q: 'tôi xin giấy chứng tử của vợ tôi để rút tiền sổ tiết kiệm ở ngân hàng', expect: ['1.000656', '2.000635'], who: 'elderly' },
  { q: 'xin lý lịch tư pháp vì công ty yêu cầu khi nhận việc', expect: LLTP, who: 'young' },
  { q: 'dang ky khai tu cho ba de lam tro cap mai tang', expect: ['1.000656'], who: 'rural' },
  { q: 'lam the bao hiem y te cho con do con moi sinh de di kham benh', expect: ['2.000986', '2.001023', '1.001939'], who: 'young' },
  { q: 'làm giấy phép kinh doanh để bán thuốc bảo vệ thực vật', expect: ['1.004363'], who: 'rural' },
  { q: 'tôi muốn nhận con nuôi để cháu nó được đi học', expect: ['2.001263'], who: 'elderly' },
  { q: 'xin xac nhan noi cu tru de lam the can cuoc', expect: ['1.010041'], who: 'young' },
  { q: 'đăng ký tàu cá để được đi đánh bắt xa bờ', expect: ['1.003650'], who: 'rural' },
];

export const REASON21_TUNE = REASON21_BATCH.filter((_, i) => i % 2 === 0);
export const REASON21_HELD = REASON21_BATCH.filter((_, i) => i % 2 === 1);

export const REASON21_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'xac nhan thu nhap dung de vay von ngan hang', who: 'young' },
  { q: 'trích lục bản đồ thửa đất để chia đất cho mấy đứa con', who: 'rural' },
  { q: 'xin xac nhan hoan canh kho khan cho con di hoc de duoc mien hoc phi', who: 'rural' },
  { q: 'xin giấy xác nhận con liệt sĩ để con cháu được ưu tiên thi cử', who: 'elderly' },
];
