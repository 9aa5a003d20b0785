import type { CitizenQuery } from './dev-set';

/**
 * A development batch for ranking (issue 17, helper session of 6 Dec 2026, "rank3"): 61 queries written in one
 * sitting at 07:04 UTC, before any procedure name was grepped and before the engine was run on them, in mixed
 * voices (elderly, rural, young; no diacritics, short requests, counter speech). They lean on families where
 * several near-identical procedures compete for the first three places: cấp / cấp lại / cấp đổi, đăng ký / đăng ký
 * lại, trong nước / có yếu tố nước ngoài, commune / province / central twins.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Seven have no answer in this catalogue (allowances and
 * disability from the labour ministry, a pension, unemployment benefit, a licence to sell alcohol):
 * RANK3_NO_ANSWER. Split by alternation: RANK3_TUNE (misses read, engine tuned on them) and RANK3_HELD (scored only).
 */
const RANK3: readonly CitizenQuery[] = [
  { q: 'tôi mất cái thẻ căn cước rồi giờ làm lại ở đâu con', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'cho bà hỏi cái sổ hồng bị rách muốn đổi cái mới', expect: ['1.012783'], who: 'elderly' },
  { q: 'cap doi giay phep lai xe o to het han', expect: ['3.000347'], who: 'young' },
  { q: 'bằng lái xe máy của em bị mất hồi đi chợ, xin cấp lại', expect: ['3.000348'], who: 'rural' },
  { q: 'đăng ký kết hôn với người nước ngoài cần gì', expect: ['2.000806', '1.000094'], who: 'young' },
  { q: 'con tôi lấy chồng Hàn Quốc, làm giấy kết hôn ở đâu', expect: ['2.000806'], who: 'elderly' },
  { q: 'khai sinh cho con mới đẻ', expect: ['1.001193'], who: 'rural' },
  { q: 'dang ky khai sinh cho con co cha la nguoi nuoc ngoai', expect: ['2.000528', '1.001695'], who: 'young' },
  { q: 'tôi muốn xin bản sao giấy khai sinh vì bản chính mất rồi', expect: ['2.000635'], who: 'elderly' },
  { q: 'trich luc ket hon ban sao', expect: ['2.000635'], who: 'young' },
  { q: 'xin giấy xác nhận độc thân để đi lấy chồng', expect: ['1.004873'], who: 'rural' },
  { q: 'làm giấy chứng tử cho ông nhà tôi mới mất', expect: ['1.000656'], who: 'elderly' },
  { q: 'dang ky tam tru cho sinh vien thue tro', expect: ['1.004194'], who: 'young' },
  { q: 'nhập hộ khẩu cho vợ mới cưới về nhà chồng', expect: ['1.004222'], who: 'rural' },
  { q: 'tách hộ khẩu ra ở riêng với con trai', expect: ['1.010038'], who: 'elderly' },
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' },
  { q: 'đăng ký hộ kinh doanh bán tạp hóa', expect: ['1.001612'], who: 'rural' },
  { q: 'thay doi noi dung dang ky ho kinh doanh doi dia chi', expect: ['2.000720'], who: 'young' },
  { q: 'tạm ngưng kinh doanh cái quán nước vài tháng', expect: ['1.001570'], who: 'elderly' },
  { q: 'dẹp tiệm không buôn bán nữa thì báo ai', expect: ['1.001266'], who: 'rural' },
  { q: 'thanh lap cong ty tnhh mot thanh vien', expect: ['2.001583'], who: 'young' },
  { q: 'xin giấy phép xây nhà ở nông thôn', expect: ['1.013225'], who: 'rural' },
  { q: 'sửa lại cái nhà cũ có cần xin phép không', expect: ['1.013229'], who: 'elderly' },
  { q: 'cap phep xay dung nha o rieng le', expect: ['1.013225'], who: 'young' },
  { q: 'chuyển mục đích đất ruộng sang đất ở', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'làm sổ đỏ lần đầu cho miếng đất ông bà để lại', expect: ['1.013978'], who: 'elderly' },
  { q: 'sang ten so do khi mua dat', expect: ['1.013831'], who: 'young' },
  { q: 'tách thửa đất chia cho hai đứa con', expect: ['1.012784'], who: 'rural' },
  { q: 'đính chính sai tên trên sổ đỏ', expect: ['1.012790', '1.012796'], who: 'elderly' },
  { q: 'dang ky bien dong dat dai the chap ngan hang', expect: ['1.011441'], who: 'young' },
  { q: 'nhận nuôi con nuôi trong nước', expect: ['2.001263'], who: 'elderly' },
  { q: 'nhan con nuoi nguoi nuoc ngoai', expect: ['1.003976', '1.004878'], who: 'young' },
  { q: 'đăng ký nhận cha cho con', expect: ['1.001022'], who: 'rural' },
  { q: 'chứng thực bản sao giấy tờ', expect: ['2.000815'], who: 'elderly' },
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' },
  { q: 'chứng thực hợp đồng mua bán đất', expect: ['2.001035'], who: 'rural' },
  { q: 'làm hộ chiếu lần đầu đi thăm con bên Nhật', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'cap lai ho chieu bi mat', expect: ['1.001456', '1.001471', '1.001445', '1.010385', '1.010386', '2.000539'], who: 'young' },
  { q: 'đăng ký xe máy mới mua', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'young' },
  { q: 'thay đổi họ tên cho cháu', expect: ['1.004859'], who: 'elderly' },
  { q: 'cai chinh ho tich sai ngay sinh', expect: ['1.004859'], who: 'young' },
  { q: 'xác định lại dân tộc cho con theo mẹ', expect: ['1.004859'], who: 'rural' },
  { q: 'lý lịch tư pháp để đi xuất khẩu lao động', expect: ['3.000333'], who: 'elderly' },
  { q: 'phieu ly lich tu phap so 2', expect: ['3.000333'], who: 'young' },
  { q: 'đăng ký giám hộ cho em nhỏ mồ côi', expect: ['1.004837'], who: 'rural' },
  { q: 'rut bao hiem xa hoi mot lan', expect: ['1.001613'], who: 'young' },
  { q: 'cấp lại thẻ bảo hiểm y tế bị mất', expect: ['1.001294', '1.001327'], who: 'rural' },
  { q: 'dang ky thue ho kinh doanh', expect: ['1.001612', '1.008498'], who: 'young' },
  { q: 'đăng ký kết hôn lại vì mất giấy', expect: ['1.004746', '2.000635'], who: 'rural' },
  { q: 'ghi vào sổ hộ tịch việc kết hôn ở nước ngoài', expect: ['2.002189'], who: 'elderly' },
  { q: 'cap giay chung nhan du dieu kien ve sinh an toan thuc pham', expect: ['2.001827'], who: 'young' },
  { q: 'cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình', expect: ['1.013978'], who: 'rural' },
  { q: 'cấp đổi sổ đỏ cũ sang sổ mới', expect: ['1.012783'], who: 'elderly' },
];

export const RANK3_TUNE: readonly CitizenQuery[] = RANK3.filter((_, i) => i % 2 === 0);
export const RANK3_HELD: readonly CitizenQuery[] = RANK3.filter((_, i) => i % 2 === 1);

export const RANK3_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'giay phep ban ruou', who: 'young' },
  { q: 'xin trợ cấp cho người già trên 80 tuổi', who: 'rural' },
  { q: 'tôi bị tật nguyện muốn xin trợ cấp khuyết tật', who: 'elderly' },
  { q: 'xac dinh muc do khuyet tat', who: 'young' },
  { q: 'hỗ trợ mai táng cho người hưởng trợ cấp xã hội', who: 'rural' },
  { q: 'xin hưởng trợ cấp thất nghiệp sau khi nghỉ việc', who: 'elderly' },
  { q: 'xin lương hưu', who: 'elderly' },
];
