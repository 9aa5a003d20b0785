/**
 * The procedures that make up most of a commune's and a province's counter volume, as a ranking prior
 * before any view counts exist (a fresh install). Weight 1 = the daily bread of a commune's one-stop
 * counter; 0.5 = common, weekly; 0.3 = regular at a province centre.
 *
 * Curated from how one-stop counters' work divides (the kinds of dossier a commune receives most:
 * certification of copies and signatures, birth, marriage, single-status, death, residence, identity
 * cards; then land registration and household business; at a province: land certificates, driving
 * licences, criminal records, companies, social insurance). Codes are the national catalogue's.
 * It only breaks near-ties: a procedure that matches the query better always ranks higher.
 */
const ENTRIES: [string, number, string][] = [
  // Commune: certification and civil status — the bulk of a commune's dossiers.
  ['2.000815', 1, 'chứng thực bản sao từ bản chính'],
  ['2.000884', 1, 'chứng thực chữ ký'],
  ['2.001035', 0.8, 'chứng thực hợp đồng, giao dịch về đất, nhà, động sản'],
  ['1.001193', 1, 'đăng ký khai sinh'],
  ['1.000894', 1, 'đăng ký kết hôn'],
  ['1.004873', 1, 'xác nhận tình trạng hôn nhân'],
  ['1.000656', 1, 'đăng ký khai tử'],
  ['2.000635', 0.8, 'bản sao trích lục hộ tịch'],
  ['1.004859', 0.6, 'thay đổi, cải chính hộ tịch'],
  ['1.001022', 0.4, 'nhận cha, mẹ, con'],
  ['2.000986', 0.5, 'liên thông khai sinh, thường trú, BHYT trẻ em'],
  ['2.001019', 0.3, 'chứng thực di chúc'],
  ['2.001406', 0.4, 'chứng thực văn bản phân chia di sản'],
  ['2.001263', 0.3, 'đăng ký nuôi con nuôi trong nước'],
  ['1.004837', 0.3, 'đăng ký giám hộ'],
  ['1.004884', 0.4, 'đăng ký lại khai sinh'],
  // Commune: residence and identity (police at the commune).
  ['1.004222', 1, 'đăng ký thường trú'],
  ['1.004194', 1, 'đăng ký tạm trú'],
  ['1.003677', 0.5, 'khai báo tạm vắng'],
  ['1.003197', 0.6, 'xóa đăng ký thường trú'],
  ['1.010038', 0.5, 'tách hộ'],
  ['1.010041', 0.8, 'xác nhận thông tin về cư trú'],
  ['1.002755', 0.4, 'gia hạn tạm trú'],
  ['2.001159', 0.4, 'thông báo lưu trú'],
  ['1.014061', 1, 'cấp thẻ căn cước từ 14 tuổi'],
  ['1.014062', 0.7, 'cấp thẻ căn cước dưới 14 tuổi'],
  ['1.014063', 0.9, 'cấp đổi thẻ căn cước'],
  ['1.014064', 0.9, 'cấp lại thẻ căn cước'],
  ['3.000228', 0.5, 'tài khoản định danh điện tử mức 2'],
  // Commune: land, building, household business, poverty, social insurance points.
  ['1.013978', 0.9, 'đăng ký, cấp GCN lần đầu cho hộ gia đình, cá nhân'],
  ['1.012812', 0.5, 'hòa giải tranh chấp đất đai'],
  ['1.013967', 0.3, 'giải quyết tranh chấp đất đai cấp xã'],
  ['1.013949', 0.6, 'giao đất, chuyển mục đích sử dụng đất (xã)'],
  ['1.012796', 0.3, 'đính chính GCN lần đầu'],
  ['1.013225', 0.8, 'giấy phép xây dựng mới cấp III, IV và nhà ở riêng lẻ'],
  ['1.013229', 0.5, 'giấy phép sửa chữa, cải tạo'],
  ['1.013227', 0.3, 'gia hạn giấy phép xây dựng'],
  ['1.001612', 1, 'đăng ký thành lập hộ kinh doanh'],
  ['2.000720', 0.6, 'thay đổi nội dung đăng ký hộ kinh doanh'],
  ['1.001570', 0.5, 'tạm ngừng kinh doanh hộ kinh doanh'],
  ['1.001266', 0.6, 'chấm dứt hộ kinh doanh'],
  ['2.000575', 0.3, 'cấp lại GCN hộ kinh doanh'],
  ['1.011607', 0.6, 'công nhận hộ nghèo, cận nghèo thường xuyên'],
  ['1.011606', 0.5, 'công nhận hộ nghèo, cận nghèo định kỳ'],
  ['1.001662', 0.3, 'đăng ký khai thác nước dưới đất'],
  // Province: land office, police, justice, planning and investment, social insurance.
  ['1.013831', 0.9, 'đăng ký biến động: chuyển nhượng, thừa kế, tặng cho'],
  ['1.012783', 0.7, 'cấp đổi GCN'],
  ['1.012786', 0.7, 'cấp lại GCN do bị mất'],
  ['1.012784', 0.7, 'tách thửa, hợp thửa'],
  ['1.012790', 0.4, 'đính chính GCN'],
  ['1.013823', 0.5, 'giao đất, cho thuê đất, chuyển mục đích (tỉnh)'],
  ['1.013833', 0.5, 'đăng ký biến động: đổi tên, thay đổi thông tin'],
  ['1.013980', 0.3, 'đăng ký biến động theo thỏa thuận hộ gia đình, vợ chồng'],
  ['1.011441', 0.8, 'đăng ký thế chấp quyền sử dụng đất'],
  ['1.011443', 0.6, 'xóa đăng ký thế chấp'],
  ['3.000333', 0.9, 'phiếu lý lịch tư pháp'],
  ['1.001456', 0.8, 'cấp hộ chiếu phổ thông trong nước (tỉnh)'],
  ['3.000347', 0.8, 'đổi giấy phép lái xe'],
  ['3.000348', 0.6, 'cấp lại giấy phép lái xe'],
  ['1.013067', 0.8, 'đăng ký, cấp biển số xe lần đầu'],
  ['1.013076', 0.7, 'sang tên xe'],
  ['1.013079', 0.4, 'đổi chứng nhận đăng ký xe, biển số'],
  ['1.013082', 0.4, 'cấp lại chứng nhận đăng ký xe, biển số'],
  ['2.001583', 0.6, 'thành lập công ty TNHH một thành viên'],
  ['2.001199', 0.5, 'thành lập công ty TNHH hai thành viên trở lên'],
  ['2.001610', 0.4, 'thành lập doanh nghiệp tư nhân'],
  ['2.002023', 0.3, 'giải thể doanh nghiệp'],
  ['1.005280', 0.4, 'thành lập hợp tác xã'],
  ['1.001613', 0.7, 'hưởng BHXH một lần'],
  ['2.000693', 0.7, 'chế độ thai sản'],
  ['1.001667', 0.5, 'chế độ ốm đau'],
  ['2.000821', 0.5, 'chế độ tử tuất'],
  ['1.001939', 0.6, 'cấp thẻ BHYT cho người chỉ tham gia BHYT'],
  ['1.002759', 0.6, 'cấp lại, đổi sổ BHXH, thẻ BHYT'],
  ['1.002179', 0.4, 'BHXH tự nguyện'],
  ['1.008498', 0.5, 'đăng ký thuế lần đầu cá nhân'],
  ['1.007277', 0.5, 'lệ phí trước bạ nhà, đất'],
  ['1.011022', 0.4, 'khai thuế hộ kinh doanh'],
  ['2.001827', 0.4, 'GCN cơ sở đủ điều kiện an toàn thực phẩm (nông, lâm, thủy sản)'],
  ['1.002338', 0.4, 'kiểm dịch động vật vận chuyển ra khỏi tỉnh'],
  ['1.003650', 0.3, 'đăng ký tàu cá'],
  ['1.004359', 0.3, 'giấy phép khai thác thủy sản'],
];

export const COMMON_PROCEDURES: ReadonlyMap<string, number> = new Map(ENTRIES.map(([code, w]) => [code, w]));
export const COMMON_PROCEDURE_NOTES: readonly { code: string; weight: number; what: string }[] = ENTRIES.map(([code, weight, what]) => ({ code, weight, what }));
