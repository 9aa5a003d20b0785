import type { CitizenQuery } from './dev-set';

/** THIRTYEIGHTH blind held-out set (issue 17). Persona: a craft-village commune of the Red River Delta (Nam Định / Thái
 *  Bình): old people living alone, children working in Korea, Japan and Taiwan, family workshops and small shops,
 *  inheritance of small plots, graves and ancestral land, retired teachers and soldiers, northern speech.
 *  Written 2026-12-07 (UTC) blind: queries drafted before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtyeighth-draft-20261207T1044Z.txt  sha256 e9a4c8b94c3b0547544d487a78647a448971f641afe87cbbf538f73350208437
 *  246 queries (82 situations x 3 voices): 141 labelled (elderly 47, rural 47, young 47), 105 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYEIGHTH_HELDOUT: readonly CitizenQuery[] = [
  { q: 'Bố mẹ cháu nó đi làm bên Hàn cả, cháu nội tôi mới đẻ ở nhà, bà nội có đi khai sinh cho cháu được không các anh chị?', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' }, // khai-sinh-chau-bo-me-di-han
  { q: 'ba noi di khai sinh cho chau dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // khai-sinh-chau-bo-me-di-han
  { q: 'đăng ký khai sinh người đi khai là ông bà', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // khai-sinh-chau-bo-me-di-han
  { q: 'Ông nhà tôi vừa mất hôm rằm, giờ tôi phải ra xã làm giấy báo tử cho ông thế nào hả con?', expect: ['1.000656'], who: 'elderly' }, // khai-tu-ong-nha
  { q: 'lam giay bao tu cho bo moi mat', expect: ['1.000656'], who: 'rural' }, // khai-tu-ong-nha
  { q: 'đăng ký khai tử', expect: ['1.000656'], who: 'young' }, // khai-tu-ong-nha
  { q: 'Con gái tôi sắp lấy chồng bên Hàn Quốc, nó bảo về xin cái giấy xác nhận chưa vợ chưa chồng, ra đâu xin hả bác?', expect: ['1.004873'], who: 'elderly' }, // giay-doc-than-lay-chong-han
  { q: 'xin giay doc than de lay chong han quoc', expect: ['1.004873'], who: 'rural' }, // giay-doc-than-lay-chong-han
  { q: 'xác nhận tình trạng hôn nhân kết hôn với người nước ngoài', expect: ['1.004873'], who: 'young' }, // giay-doc-than-lay-chong-han
  { q: 'Thằng cu nhà tôi đi Đài Loan về, nó muốn đăng ký kết hôn với cô người Đài Loan, làm ở xã hay lên tỉnh các anh chị ạ?', expect: ['2.000806'], who: 'elderly' }, // ket-hon-nguoi-dai-loan
  { q: 'dang ky ket hon voi nguoi dai loan o dau', expect: ['2.000806'], who: 'rural' }, // ket-hon-nguoi-dai-loan
  { q: 'đk kết hôn có yếu tố nước ngoài', expect: ['2.000806'], who: 'young' }, // ket-hon-nguoi-dai-loan
  { q: 'Con gái tôi cưới ở bên Nhật rồi, có giấy đăng ký bên ấy, giờ về quê phải ghi vào sổ hộ tịch ở nhà thì làm thế nào?', expect: ['2.002189'], who: 'elderly' }, // ghi-chu-ket-hon-o-nhat
  { q: 'ket hon ben nhat ve vn ghi vao so ho tich', expect: ['2.002189'], who: 'rural' }, // ghi-chu-ket-hon-o-nhat
  { q: 'ghi chú kết hôn đã đăng ký ở nước ngoài', expect: ['2.002189'], who: 'young' }, // ghi-chu-ket-hon-o-nhat
  { q: 'Cháu ngoại tôi đẻ bên Nhật, có giấy khai sinh bên ấy rồi, về Việt Nam đi học thì có phải làm lại giấy khai sinh ở xã không?', expect: ['2.000547'], who: 'elderly' }, // ghi-chu-khai-sinh-chau-sinh-o-nhat
  { q: 'chau sinh ben nhat ve vn lam khai sinh', expect: ['2.000547', '2.000528'], who: 'rural' }, // ghi-chu-khai-sinh-chau-sinh-o-nhat
  { q: 'ghi vào sổ hộ tịch việc khai sinh ở nước ngoài', expect: ['2.000547'], who: 'young' }, // ghi-chu-khai-sinh-chau-sinh-o-nhat
  { q: 'Giấy khai sinh của tôi ngày xưa mục nát hết cả rồi, giờ xin bản sao ở xã có được không?', expect: ['2.000635'], who: 'elderly' }, // ban-sao-trich-luc-khai-sinh
  { q: 'xin ban sao giay khai sinh cu bi rach', expect: ['2.000635'], who: 'rural' }, // ban-sao-trich-luc-khai-sinh
  { q: 'cấp bản sao trích lục khai sinh', expect: ['2.000635'], who: 'young' }, // ban-sao-trich-luc-khai-sinh
  { q: 'Giấy khai sinh của con tôi ghi sai tên đệm, ngày xưa cán bộ viết nhầm, giờ muốn sửa lại cho đúng thì làm sao ạ?', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-ten-sai
  { q: 'sua ten trong giay khai sinh bi sai', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten-sai
  { q: 'cải chính hộ tịch sai tên đệm', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten-sai
  { q: 'Tôi năm nay bảy mươi tư tuổi, hồi xưa loạn lạc không có giấy khai sinh, giờ làm giấy tờ đất cần thì xin ở đâu?', expect: ['1.004772', '1.004884'], who: 'elderly' }, // khai-sinh-nguoi-gia-chua-co
  { q: 'nguoi gia chua co giay khai sinh lam lai', expect: ['1.004772', '1.004884'], who: 'rural' }, // khai-sinh-nguoi-gia-chua-co
  { q: 'đăng ký lại khai sinh người cao tuổi', expect: ['1.004772', '1.004884'], who: 'young' }, // khai-sinh-nguoi-gia-chua-co
  { q: 'Bà chị tôi lẫn rồi, con cái ở cả bên Hàn, tôi muốn đứng ra làm người giám hộ cho bà thì đăng ký ở xã được không?', expect: ['1.004837'], who: 'elderly' }, // giam-ho-nguoi-gia-lan
  { q: 'dang ky giam ho cho nguoi gia bi lan', expect: ['1.004837'], who: 'rural' }, // giam-ho-nguoi-gia-lan
  { q: 'đăng ký giám hộ', expect: ['1.004837'], who: 'young' }, // giam-ho-nguoi-gia-lan
  { q: 'Tôi cần mấy bản sao sổ hộ khẩu với chứng minh thư có đóng dấu đỏ, ra xã công chứng được không con?', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'cong chung giay to o xa', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Con trai tôi ở bên Nhật, nó muốn ủy quyền cho tôi đứng ra bán mảnh đất của nó ở nhà, làm hợp đồng ủy quyền ở xã được không?', expect: ['2.001035'], who: 'elderly' }, // hop-dong-uy-quyen-ban-dat
  { q: 'hop dong uy quyen ban dat o xa', expect: ['2.001035'], who: 'rural' }, // hop-dong-uy-quyen-ban-dat
  { q: 'chứng thực hợp đồng ủy quyền', expect: ['2.001035'], who: 'young' }, // hop-dong-uy-quyen-ban-dat
  { q: 'Bố mẹ tôi mất không để lại di chúc, mấy anh em muốn ngồi lại chia mảnh đất hương hỏa, làm văn bản ở xã có được không?', expect: ['2.001406'], who: 'elderly' }, // thoa-thuan-chia-di-san
  { q: 'lam van ban thoa thuan chia dat bo me de lai', expect: ['2.001406'], who: 'rural' }, // thoa-thuan-chia-di-san
  { q: 'chứng thực văn bản thỏa thuận phân chia di sản', expect: ['2.001406'], who: 'young' }, // thoa-thuan-chia-di-san
  { q: 'Tôi là con gái đã đi lấy chồng, tôi không nhận phần đất của bố mẹ để lại, nhường cho em trai thờ cúng, thì phải làm giấy gì?', expect: ['2.001016'], who: 'elderly' }, // tu-choi-nhan-di-san
  { q: 'nhuong phan dat thua ke cho em trai', expect: ['2.001016'], who: 'rural' }, // tu-choi-nhan-di-san
  { q: 'văn bản từ chối nhận di sản', expect: ['2.001016'], who: 'young' }, // tu-choi-nhan-di-san
  { q: 'Tôi già rồi, muốn viết di chúc để lại ngôi nhà với mảnh vườn cho thằng cả giữ nhà thờ, ra xã xác nhận di chúc được không?', expect: ['2.001019'], who: 'elderly' }, // chung-thuc-di-chuc
  { q: 'lam di chuc o xa dc ko', expect: ['2.001019'], who: 'rural' }, // chung-thuc-di-chuc
  { q: 'chứng thực di chúc', expect: ['2.001019'], who: 'young' }, // chung-thuc-di-chuc
  { q: 'Ông nhà tôi mất rồi, sổ đỏ vẫn đứng tên ông, giờ muốn sang tên cho tôi với các con thì làm thủ tục gì hả các anh chị?', expect: ['1.013831'], who: 'elderly' }, // sang-ten-so-do-thua-ke
  { q: 'sang ten so do khi bo chet', expect: ['1.013831'], who: 'rural' }, // sang-ten-so-do-thua-ke
  { q: 'đăng ký biến động đất đai thừa kế', expect: ['1.013831'], who: 'young' }, // sang-ten-so-do-thua-ke
  { q: 'Cái bìa đỏ nhà tôi cấp từ năm chín mấy, rách nát, chữ mờ cả, giờ muốn đổi sang sổ mới thì làm thế nào?', expect: ['1.012783'], who: 'elderly' }, // cap-doi-so-do-cu
  { q: 'doi so do cu sang so moi', expect: ['1.012783'], who: 'rural' }, // cap-doi-so-do-cu
  { q: 'cấp đổi giấy chứng nhận quyền sử dụng đất', expect: ['1.012783'], who: 'young' }, // cap-doi-so-do-cu
  { q: 'Nhà tôi dọn dẹp thế nào mà cái sổ đỏ thất lạc đâu mất không tìm thấy, giờ xin cấp lại có được không con?', expect: ['1.012786'], who: 'elderly' }, // mat-so-do
  { q: 'mat so do xin cap lai', expect: ['1.012786'], who: 'rural' }, // mat-so-do
  { q: 'cấp lại GCN bị mất', expect: ['1.012786'], who: 'young' }, // mat-so-do
  { q: 'Tôi có mảnh vườn hơn ba trăm mét, muốn tách ra cho hai thằng con mỗi đứa một nửa làm nhà, thủ tục tách thửa thế nào?', expect: ['1.012784'], who: 'elderly' }, // tach-thua-cho-con
  { q: 'tach thua dat cho con lam nha', expect: ['1.012784'], who: 'rural' }, // tach-thua-cho-con
  { q: 'tách thửa đất', expect: ['1.012784'], who: 'young' }, // tach-thua-cho-con
  { q: 'Vợ chồng tôi muốn cho thằng út mảnh đất đang ở, làm giấy cho đất ở xã được không, có mất thuế không hả bác?', expect: ['2.001035', '1.013831'], who: 'elderly' }, // tang-cho-dat-cho-con
  { q: 'lam giay cho dat con trai', expect: ['2.001035', '1.013831'], who: 'rural' }, // tang-cho-dat-cho-con
  { q: 'hợp đồng tặng cho quyền sử dụng đất', expect: ['2.001035', '1.013831'], who: 'young' }, // tang-cho-dat-cho-con
  { q: 'Mảnh đất ao của ông cha để lại nhà tôi ở mấy đời rồi mà chưa có sổ đỏ, giờ muốn làm sổ thì bắt đầu từ đâu?', expect: ['1.013978'], who: 'elderly' }, // cap-so-lan-dau-dat-ong-cha
  { q: 'dat ong cha de lai chua co so do', expect: ['1.013978'], who: 'rural' }, // cap-so-lan-dau-dat-ong-cha
  { q: 'đăng ký cấp GCN lần đầu', expect: ['1.013978'], who: 'young' }, // cap-so-lan-dau-dat-ong-cha
  { q: 'Nhà tôi có mảnh đất vườn liền thổ cư, muốn chuyển lên đất ở để cho con làm nhà thì xin ở đâu?', expect: ['1.013949'], who: 'elderly' }, // chuyen-muc-dich-dat-vuon
  { q: 'chuyen dat vuon len tho cu', expect: ['1.013949'], who: 'rural' }, // chuyen-muc-dich-dat-vuon
  { q: 'chuyển mục đích sử dụng đất', expect: ['1.013949'], who: 'young' }, // chuyen-muc-dich-dat-vuon
  { q: 'Nhà bên cạnh lấn sang đất nhà tôi gần một mét, nói mãi không được, tôi muốn xã đứng ra hòa giải thì nộp đơn thế nào?', expect: ['1.012812'], who: 'elderly' }, // hoa-giai-tranh-chap-dat
  { q: 'hang xom lan dat nho xa hoa giai', expect: ['1.012812'], who: 'rural' }, // hoa-giai-tranh-chap-dat
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812'], who: 'young' }, // hoa-giai-tranh-chap-dat
  { q: 'Thằng con tôi bên Hàn gửi tiền về xây nhà hai tầng, có phải xin giấy phép xây dựng không các anh chị?', expect: ['1.013225'], who: 'elderly' }, // xay-nha-gpxd
  { q: 'xin phep xay nha 2 tang', expect: ['1.013225'], who: 'rural' }, // xay-nha-gpxd
  { q: 'GPXD nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // xay-nha-gpxd
  { q: 'Nhà tôi làm nghề dệt từ đời các cụ, giờ con cháu muốn mở xưởng to hơn, phải đăng ký kinh doanh ở đâu?', expect: ['1.001612'], who: 'elderly' }, // dang-ky-hkd-xuong-det
  { q: 'dang ky kinh doanh xuong det', expect: ['1.001612'], who: 'rural' }, // dang-ky-hkd-xuong-det
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' }, // dang-ky-hkd-xuong-det
  { q: 'Cửa hàng tạp hóa đứng tên ông nhà tôi, ông mất rồi, giờ muốn đổi sang tên tôi thì làm thế nào?', expect: ['2.000720'], who: 'elderly' }, // doi-chu-hkd-khi-chong-mat
  { q: 'doi ten chu ho kinh doanh', expect: ['2.000720'], who: 'rural' }, // doi-chu-hkd-khi-chong-mat
  { q: 'thay đổi nội dung đăng ký HKD', expect: ['2.000720'], who: 'young' }, // doi-chu-hkd-khi-chong-mat
  { q: 'Tôi già rồi không làm hàng mộc nữa, muốn trả lại giấy phép kinh doanh thì làm sao hả con?', expect: ['1.001266'], who: 'elderly' }, // cham-dut-hkd
  { q: 'nghi han kinh doanh tra giay phep', expect: ['1.001266'], who: 'rural' }, // cham-dut-hkd
  { q: 'chấm dứt hoạt động HKD', expect: ['1.001266'], who: 'young' }, // cham-dut-hkd
  { q: 'Cửa hàng nhỏ nhà tôi mỗi tháng bán được ít, tiền thuế khoán phải kê khai ở đâu, mấy tháng nộp một lần?', expect: ['1.011022'], who: 'elderly' }, // thue-khoan-hkd
  { q: 'khai thue khoan ho kinh doanh', expect: ['1.011022'], who: 'rural' }, // thue-khoan-hkd
  { q: 'khai thuế hộ kinh doanh', expect: ['1.011022'], who: 'young' }, // thue-khoan-hkd
  { q: 'Tôi ở một mình, giờ về ở với con gái bên xã khác, muốn chuyển hộ khẩu về nhà con thì làm thế nào?', expect: ['1.004222'], who: 'elderly' }, // thuong-tru-ve-o-voi-con
  { q: 'chuyen ho khau ve nha con gai', expect: ['1.004222'], who: 'rural' }, // thuong-tru-ve-o-voi-con
  { q: 'đăng ký thường trú', expect: ['1.004222'], who: 'young' }, // thuong-tru-ve-o-voi-con
  { q: 'Xưởng nhà tôi có mấy người thợ ở tỉnh khác đến làm, ở lại trong xưởng, có phải khai báo tạm trú cho họ không?', expect: ['1.004194', '2.001159'], who: 'elderly' }, // tam-tru-tho-o-xuong
  { q: 'khai tam tru cho tho o xuong', expect: ['1.004194', '2.001159'], who: 'rural' }, // tam-tru-tho-o-xuong
  { q: 'đăng ký tạm trú', expect: ['1.004194', '2.001159'], who: 'young' }, // tam-tru-tho-o-xuong
  { q: 'Cháu tôi đi làm hồ sơ xuất khẩu lao động, người ta bảo cần giấy xác nhận cư trú, xin ở đâu ạ?', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru
  { q: 'xin giay xac nhan cu tru', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru
  { q: 'CT07 xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru
  { q: 'Bà cụ nhà tôi mất rồi, có phải làm thủ tục cắt khẩu cho bà không các anh chị?', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru-nguoi-mat
  { q: 'cat khau nguoi da mat', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru-nguoi-mat
  { q: 'xóa đăng ký thường trú', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru-nguoi-mat
  { q: 'Con trai tôi đi Hàn Quốc làm mấy năm, có phải ra công an xã khai báo tạm vắng cho nó không?', expect: ['1.003677'], who: 'elderly' }, // tam-vang-di-han
  { q: 'khai tam vang di xuat khau lao dong', expect: ['1.003677'], who: 'rural' }, // tam-vang-di-han
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // tam-vang-di-han
  { q: 'Tôi bảy mươi tám tuổi, thẻ căn cước cũ bị gãy đôi, có phải làm lại không, người già có được làm tại nhà không?', expect: ['1.014063', '2.001195'], who: 'elderly' }, // can-cuoc-nguoi-gia
  { q: 'lam lai can cuoc bi gay', expect: ['1.014063', '2.001195'], who: 'rural' }, // can-cuoc-nguoi-gia
  { q: 'cấp đổi thẻ căn cước', expect: ['1.014063', '2.001195'], who: 'young' }, // can-cuoc-nguoi-gia
  { q: 'Tôi muốn sang Hàn thăm con với cháu, tôi chưa có hộ chiếu bao giờ, làm ở đâu hả con?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu-tham-con
  { q: 'lam ho chieu di han tham con', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu-tham-con
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu-tham-con
  { q: 'Cháu tôi sắp đi Nhật theo diện thực tập sinh, công ty bảo phải có phiếu lý lịch tư pháp, xin ở đâu?', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap-di-nhat
  { q: 'xin ly lich tu phap di nhat', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap-di-nhat
  { q: 'cấp phiếu LLTP số 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap-di-nhat
  { q: 'Nhà tôi hai ông bà già, không có ruộng, con đi xa không gửi tiền về, có được xét vào hộ nghèo không?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // xet-ho-ngheo
  { q: 'xin xet ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // xet-ho-ngheo
  { q: 'công nhận hộ nghèo hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // xet-ho-ngheo
  { q: 'Tôi là giáo viên về hưu, giờ về quê ở với con, muốn chuyển nơi lĩnh lương hưu về bưu điện xã thì làm sao?', expect: ['1.001742'], who: 'elderly' }, // chuyen-noi-linh-luong-huu
  { q: 'chuyen noi linh luong huu ve que', expect: ['1.001742'], who: 'rural' }, // chuyen-noi-linh-luong-huu
  { q: 'chuyển nơi hưởng lương hưu', expect: ['1.001742'], who: 'young' }, // chuyen-noi-linh-luong-huu
  { q: 'Nhà tôi muốn mua bảo hiểm y tế cho cả nhà theo hộ gia đình, đóng ở đâu hả các cháu?', expect: ['1.001939'], who: 'elderly' }, // bhyt-ho-gia-dinh
  { q: 'mua bhyt ho gia dinh o dau', expect: ['1.001939'], who: 'rural' }, // bhyt-ho-gia-dinh
  { q: 'đóng BHYT hộ gia đình', expect: ['1.001939'], who: 'young' }, // bhyt-ho-gia-dinh
  { q: 'Tôi đánh rơi mất thẻ bảo hiểm y tế, đi khám bệnh người ta không cho, giờ xin lại ở đâu?', expect: ['1.002759'], who: 'elderly' }, // cap-lai-the-bhyt
  { q: 'mat the bhyt xin cap lai', expect: ['1.002759'], who: 'rural' }, // cap-lai-the-bhyt
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // cap-lai-the-bhyt
  { q: 'Ông nhà tôi là giáo viên nghỉ hưu mới mất, tôi nghe nói vợ được hưởng tiền tuất, làm hồ sơ ở đâu?', expect: ['2.000821'], who: 'elderly' }, // tro-cap-tuat-giao-vien
  { q: 'lam tien tuat cho vo khi chong mat', expect: ['2.000821'], who: 'rural' }, // tro-cap-tuat-giao-vien
  { q: 'giải quyết chế độ tử tuất', expect: ['2.000821'], who: 'young' }, // tro-cap-tuat-giao-vien
  { q: 'Đàn gà nhà tôi bị dịch chết hết, phải tiêu hủy, nhà nước có hỗ trợ gì không các anh chị?', expect: ['1.013997'], who: 'elderly' }, // ga-chet-dich
  { q: 'ga bi dich chet ho tro', expect: ['1.013997'], who: 'rural' }, // ga-chet-dich
  { q: 'hỗ trợ thiệt hại dịch bệnh động vật', expect: ['1.013997'], who: 'young' }, // ga-chet-dich
  { q: 'Tôi mua lại cái xe máy cũ của người làng, giờ muốn sang tên cho đúng thì làm ở đâu?', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-may-cu
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-may-cu
  { q: 'đăng ký sang tên xe', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-may-cu
  { q: 'Con trai tôi đóng cái thuyền nhỏ để đánh cá ven biển, có phải đăng ký với nhà nước không?', expect: ['1.003650'], who: 'elderly' }, // dang-ky-thuyen-danh-ca
  { q: 'dang ky thuyen danh ca', expect: ['1.003650'], who: 'rural' }, // dang-ky-thuyen-danh-ca
  { q: 'đăng ký tàu cá', expect: ['1.003650'], who: 'young' }, // dang-ky-thuyen-danh-ca
  { q: 'Làng tôi làm nghề chạm gỗ mấy trăm năm nay, muốn được nhà nước công nhận làng nghề truyền thống thì làm hồ sơ thế nào?', expect: ['1.003727', '1.003712', '1.003695'], who: 'elderly' }, // cong-nhan-lang-nghe
  { q: 'cong nhan lang nghe truyen thong', expect: ['1.003727', '1.003712', '1.003695'], who: 'rural' }, // cong-nhan-lang-nghe
  { q: 'công nhận làng nghề truyền thống', expect: ['1.003727', '1.003712', '1.003695'], who: 'young' }, // cong-nhan-lang-nghe
  { q: 'Con tôi gửi về giấy tờ bằng tiếng Nhật, cần dịch ra tiếng Việt có xác nhận, xã làm được không?', expect: ['2.000992', '2.001008'], who: 'elderly' }, // dich-giay-to-tieng-nhat
  { q: 'dich giay to tieng nhat co dau', expect: ['2.000992', '2.001008'], who: 'rural' }, // dich-giay-to-tieng-nhat
  { q: 'chứng thực chữ ký người dịch', expect: ['2.000992', '2.001008'], who: 'young' }, // dich-giay-to-tieng-nhat
  { q: 'Tôi già cả, con đi xa, có chuyện tranh chấp đất với người trong họ, muốn có luật sư nhà nước giúp không mất tiền thì hỏi ai?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly-nguoi-gia
  { q: 'tro giup phap ly mien phi cho nguoi gia', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly-nguoi-gia
  { q: 'yêu cầu trợ giúp pháp lý', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly-nguoi-gia
];

export const THIRTYEIGHTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // nau-ruou-ban: licence to produce/sell hand-made liquor belongs to the Ministry of Industry and Trade, absent from the crawl; searched rượu (only e-stamp and customs procedures for imported/industrial liquor)
  { q: 'Nhà tôi nấu rượu gạo bán cho người làng, nghe nói bây giờ phải có giấy phép, xin ở đâu ạ?', who: 'elderly' },
  { q: 'giay phep nau ruou ban', who: 'rural' },
  { q: 'giấy phép sản xuất rượu thủ công', who: 'young' },
  // tro-cap-nguoi-80-tuoi: monthly social allowance for the elderly (social protection) is not in the crawl; searched trợ cấp xã hội, cao tuổi, bảo trợ, trợ giúp xã hội
  { q: 'Tôi năm nay tròn tám mươi, không có lương hưu, nghe nói người già được nhận tiền hàng tháng, tôi phải làm đơn thế nào?', who: 'elderly' },
  { q: 'nguoi gia 80 tuoi nhan tro cap', who: 'rural' },
  { q: 'trợ cấp xã hội hàng tháng người cao tuổi', who: 'young' },
  // cu-co-don-vao-trung-tam: admission to a social protection facility is not in the crawl; searched bảo trợ, trợ giúp xã hội, cơ sở, nuôi dưỡng
  { q: 'Ông cụ hàng xóm tôi không vợ không con, ở một mình ốm yếu, có cách nào xin cho cụ vào trại dưỡng lão của nhà nước không?', who: 'elderly' },
  { q: 'xin cho cu gia vao trung tam bao tro', who: 'rural' },
  { q: 'tiếp nhận đối tượng vào cơ sở trợ giúp xã hội', who: 'young' },
  // mai-tang-phi-bao-tro: funeral support for a social-allowance beneficiary is not in the crawl; searched mai táng, chi phí mai táng (only BHXH survivor benefits, a different need)
  { q: 'Mẹ tôi đang hưởng trợ cấp người già thì mất, nhà tôi có được hỗ trợ tiền mai táng không?', who: 'elderly' },
  { q: 'ho tro tien mai tang nguoi gia', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // xac-dinh-khuyet-tat: disability-level determination is not in the crawl; searched khuyết tật
  { q: 'Thằng cháu nội tôi bị tật từ bé, đi lại khó khăn, muốn làm giấy xác nhận khuyết tật để hưởng chế độ thì làm thế nào?', who: 'elderly' },
  { q: 'lam giay xac nhan khuyet tat', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // ho-tro-nha-o-ho-ngheo: no procedure for a poor household to apply for housing support; searched nhà ở hộ nghèo (only a provincial scheme approval for officials, 6.001435, and social-housing purchase/loan registration, 1.014632)
  { q: 'Nhà tôi là nhà cấp bốn dột nát, hai ông bà già yếu, có được nhà nước hỗ trợ tiền làm lại nhà không?', who: 'elderly' },
  { q: 'ho tro lam nha cho ho ngheo', who: 'rural' },
  { q: 'hỗ trợ nhà ở hộ nghèo', who: 'young' },
  // di-chuyen-hai-cot-liet-si: people-with-merit procedures (martyrs' remains) are not in the crawl; searched liệt sĩ, hài cốt, người có công (the Người có công records are broken Hà Tĩnh catalogue entries)
  { q: 'Anh trai tôi là liệt sĩ, mộ ở nghĩa trang bên Quảng Trị, họ hàng muốn đưa hài cốt anh về quê thì xin phép ở đâu?', who: 'elderly' },
  { q: 'dua hai cot liet si ve que', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // thuong-binh-mat-mai-tang: death/funeral benefits for a war invalid (people with merit) are not in the crawl; searched thương binh, mai táng, người có công (only Công an-internal policy procedures)
  { q: 'Bố tôi là thương binh vừa mất, gia đình phải làm hồ sơ gì để được hưởng chế độ mai táng và trợ cấp?', who: 'elderly' },
  { q: 'thuong binh mat lam che do mai tang', who: 'rural' },
  { q: 'trợ cấp mai táng người có công chết', who: 'young' },
  // chat-doc-da-cam: Agent Orange recognition for an army veteran is not in the crawl; only 1.004205, which is for Công an nhân dân members, searched chất độc hóa học
  { q: 'Ông nhà tôi đi bộ đội ở chiến trường Trị Thiên, giờ ốm đau, con sinh ra bị dị tật, có được làm hồ sơ chất độc da cam không?', who: 'elderly' },
  { q: 'lam ho so chat doc da cam', who: 'rural' },
  { q: 'công nhận người hoạt động kháng chiến nhiễm chất độc hóa học', who: 'young' },
  // bo-doi-phuc-vien-mot-lan: one-time allowance for demobilised army soldiers (Ministry of Defence) is not in the crawl; 1.003220 covers only salaried B/C/K veterans without dependants in the North at Công an tỉnh; searched phục viên, xuất ngũ, trợ cấp một lần
  { q: 'Tôi đi bộ đội chống Mỹ, về phục viên không có lương, nghe nói được hưởng chế độ một lần theo quyết định của Chính phủ, làm ở đâu?', who: 'elderly' },
  { q: 'bo doi phuc vien huong che do 1 lan', who: 'rural' },
  { q: 'chế độ trợ cấp một lần quân nhân phục viên xuất ngũ', who: 'young' },
  // dang-ky-eps-han: EPS registration for work in Korea (labour ministry) is not in the crawl; searched EPS, Hàn Quốc, người lao động, theo hợp đồng
  { q: 'Cháu tôi muốn đi làm Hàn Quốc theo chương trình của nhà nước, thi tiếng Hàn, đăng ký ở đâu hả các anh?', who: 'elderly' },
  { q: 'dang ky di han eps', who: 'rural' },
  { q: 'đăng ký dự tuyển lao động EPS Hàn Quốc', who: 'young' },
  // vay-von-di-xkld: Social Policy Bank loans for going abroad to work are not in the crawl; searched vay vốn, chính sách xã hội, xuất khẩu lao động
  { q: 'Nhà tôi nghèo, cháu muốn đi xuất khẩu lao động mà không có tiền, có được vay ngân hàng chính sách không, làm đơn ở xã à?', who: 'elderly' },
  { q: 'vay von di xuat khau lao dong', who: 'rural' },
  { q: 'vay vốn NHCSXH đi làm việc ở nước ngoài', who: 'young' },
  // lua-mat-trang-do-bao: support for crops lost to natural disasters is not in the crawl; searched thiên tai, thiệt hại, khôi phục sản xuất, cây trồng
  { q: 'Bão vừa rồi lúa nhà tôi đổ rạp ngập hết, mất trắng cả vụ, có được hỗ trợ giống không?', who: 'elderly' },
  { q: 'lua mat trang do bao ho tro', who: 'rural' },
  { q: 'hỗ trợ khôi phục sản xuất do thiên tai', who: 'young' },
  // khieu-nai-den-bu: a complaint against a commune land-recovery/compensation decision is not in the crawl; the only complaint procedures concern the police (Công an nhân dân); searched khiếu nại, bồi thường
  { q: 'Xã thu hồi đất nhà tôi làm đường mà đền bù không thỏa đáng, tôi muốn làm đơn khiếu nại thì gửi đâu?', who: 'elderly' },
  { q: 'lam don khieu nai den bu dat', who: 'rural' },
  { q: 'giải quyết khiếu nại lần đầu', who: 'young' },
  // chuyen-truong-chau-ve-que: school transfer (education) is not in the crawl; searched chuyển trường, trường
  { q: 'Bố mẹ cháu đi làm xa, giờ đưa cháu về quê ở với ông bà, muốn xin cho cháu chuyển về trường cấp hai ở xã thì làm thế nào?', who: 'elderly' },
  { q: 'chuyen truong cho chau ve que', who: 'rural' },
  { q: 'chuyển trường THCS', who: 'young' },
  // mien-hoc-phi-ho-ngheo: tuition exemption (education) is not in the crawl; searched học phí
  { q: 'Nhà tôi thuộc hộ nghèo, cháu đang học trường cấp ba, có được miễn học phí không, làm đơn ở đâu?', who: 'elderly' },
  { q: 'mien hoc phi ho ngheo', who: 'rural' },
  { q: 'miễn giảm học phí', who: 'young' },
  // ban-sao-bang-tot-nghiep: copies/reissue of diplomas (education) are not in the crawl; searched văn bằng, tốt nghiệp
  { q: 'Cháu tôi làm mất bằng tốt nghiệp cấp ba, giờ cần nộp hồ sơ đi Nhật, xin lại ở đâu?', who: 'elderly' },
  { q: 'mat bang tot nghiep cap 3', who: 'rural' },
  { q: 'cấp bản sao văn bằng tốt nghiệp', who: 'young' },
  // boc-mo-cai-tang: exhumation/reburial is not an administrative procedure in the crawl; searched cải táng, mộ, nghĩa trang, hài cốt
  { q: 'Nhà tôi đến năm bốc mộ cải táng cho cụ, chuyển sang nghĩa trang mới của xã, có phải xin phép không?', who: 'elderly' },
  { q: 'boc mo cai tang co xin phep ko', who: 'rural' },
  { q: 'thủ tục cải táng di dời mộ', who: 'young' },
  // xin-dat-nghia-trang: cemetery plots are not in the crawl; searched nghĩa trang, an táng
  { q: 'Tôi già rồi, muốn xin trước một chỗ đất ở nghĩa trang xã cho hai ông bà thì hỏi ai?', who: 'elderly' },
  { q: 'xin dat nghia trang xa', who: 'rural' },
  { q: 'đăng ký phần mộ nghĩa trang nhân dân', who: 'young' },
  // dua-tro-cot-tu-nhat-ve: bringing ashes from abroad (health/customs) is not in the crawl; searched tro cốt, thi hài, hài cốt
  { q: 'Cháu họ tôi không may mất bên Nhật, gia đình muốn đưa tro cốt cháu về quê thì phải xin giấy tờ gì?', who: 'elderly' },
  { q: 'dua tro cot tu nhat ve', who: 'rural' },
  { q: 'nhập khẩu tro cốt về Việt Nam', who: 'young' },
  // dang-ky-moi-truong-xuong-duc: environmental registration (đăng ký môi trường) at commune level is not in the crawl; only environmental permits and EIA for projects (1.010727 etc.), a different need; searched đăng ký môi trường, môi trường
  { q: 'Xưởng đúc đồng nhà tôi có khói với nước thải, cán bộ bảo phải đăng ký môi trường, đăng ký ở đâu?', who: 'elderly' },
  { q: 'dang ky moi truong xuong duc', who: 'rural' },
  { q: 'đăng ký môi trường', who: 'young' },
  // an-toan-thuc-pham-banh-cay: food-safety certificates for confectionery (bánh, kẹo) belong to the Ministry of Industry and Trade, absent; 2.001827 covers only agricultural/forestry/fishery food; searched an toàn thực phẩm
  { q: 'Nhà tôi làm bánh cáy bán đi các nơi, người ta đòi giấy an toàn thực phẩm, xin ở đâu?', who: 'elderly' },
  { q: 'giay an toan thuc pham lam banh', who: 'rural' },
  { q: 'cấp giấy chứng nhận cơ sở đủ điều kiện ATTP', who: 'young' },
  // rut-so-tiet-kiem-nguoi-mat: withdrawing a deceased person's bank savings is a bank matter (inheritance of deposits needs notarisation, not commune certification); searched tiết kiệm, tiền gửi
  { q: 'Ông nhà tôi mất, còn sổ tiết kiệm ở ngân hàng đứng tên ông, tôi muốn rút ra thì phải làm sao?', who: 'elderly' },
  { q: 'rut so tiet kiem nguoi da mat', who: 'rural' },
  { q: 'rút tiền tiết kiệm của người đã chết', who: 'young' },
  // nhan-tien-con-gui-ve: receiving remittances is a bank service; searched kiều hối, ngoại hối
  { q: 'Con tôi bên Hàn gửi tiền về qua ngân hàng, tôi già không biết làm thẻ, nhận tiền thế nào hả các cháu?', who: 'elderly' },
  { q: 'nhan tien con gui tu han ve', who: 'rural' },
  { q: 'nhận kiều hối', who: 'young' },
  // doi-ten-cong-to-dien: changing the name on an electricity contract is done at the power company; searched điện, công tơ
  { q: 'Công tơ điện nhà tôi vẫn đứng tên ông nhà tôi đã mất, muốn đổi sang tên tôi thì ra xã hay ra điện lực?', who: 'elderly' },
  { q: 'doi ten cong to dien', who: 'rural' },
  { q: 'sang tên hợp đồng mua bán điện', who: 'young' },
  // kham-suc-khoe-di-dai-loan: health checks for overseas work are done at hospitals; searched khám sức khỏe
  { q: 'Cháu tôi đi Đài Loan phải khám sức khỏe, khám ở đâu thì người ta mới công nhận?', who: 'elderly' },
  { q: 'kham suc khoe di dai loan o dau', who: 'rural' },
  { q: 'khám sức khỏe đi lao động nước ngoài', who: 'young' },
  // qua-mung-tho-90: longevity gifts for the elderly are not in the crawl; searched thọ, cao tuổi
  { q: 'Mẹ tôi năm nay tròn chín mươi tuổi, nghe nói nhà nước có quà mừng thọ, có phải làm giấy tờ gì không?', who: 'elderly' },
  { q: 'qua mung tho 90 tuoi', who: 'rural' },
  { q: 'chúc thọ mừng thọ người cao tuổi', who: 'young' },
  // visa-sang-han-tham-con: a Korean visa is issued by the Korean embassy; crawl has only visas for foreigners entering Vietnam; searched thị thực, visa
  { q: 'Con tôi bên Hàn bảo mời bố mẹ sang chơi, xin thị thực sang Hàn thì nộp ở đâu hả các anh?', who: 'elderly' },
  { q: 'xin visa han tham con', who: 'rural' },
  { q: 'visa thăm thân Hàn Quốc', who: 'young' },
  // hop-phap-hoa-giay-to-nhat: consular legalisation (Ministry of Foreign Affairs) is not in the crawl; searched hợp pháp hóa, lãnh sự
  { q: 'Giấy khai sinh của cháu bên Nhật cấp, người ta bảo phải hợp pháp hóa mới dùng được ở nhà, làm ở đâu?', who: 'elderly' },
  { q: 'hop phap hoa giay to nhat', who: 'rural' },
  { q: 'hợp pháp hóa lãnh sự', who: 'young' },
  // le-hoi-dinh-lang: festival registration (culture) is not in the crawl; searched lễ hội
  { q: 'Làng tôi mở hội đình tháng Giêng, năm nay muốn làm to có rước kiệu, có phải xin phép xã không?', who: 'elderly' },
  { q: 'xin phep to chuc le hoi lang', who: 'rural' },
  { q: 'thông báo tổ chức lễ hội', who: 'young' },
  // cap-lai-bang-huan-chuong: reissue of a resistance medal certificate is not in the crawl; only Ministry of Construction's own awards (6.005714); searched huân chương, hiện vật khen thưởng
  { q: 'Bố tôi có huân chương kháng chiến, nhà dột mất cả bằng, giờ muốn xin cấp lại cái bằng thì làm thế nào?', who: 'elderly' },
  { q: 'xin cap lai bang huan chuong bi mat', who: 'rural' },
  { q: 'cấp đổi cấp lại hiện vật khen thưởng', who: 'young' },
  // nghia-vu-quan-su-lan-dau: military service registration (Ministry of Defence) is not in the crawl; searched nghĩa vụ quân sự, quân sự
  { q: 'Thằng cháu nội tôi năm nay đủ mười bảy tuổi, có phải đi đăng ký nghĩa vụ quân sự ở xã không?', who: 'elderly' },
  { q: 'dang ky nghia vu quan su lan dau', who: 'rural' },
  { q: 'đăng ký NVQS lần đầu', who: 'young' },
  // giay-chuyen-vien-bhyt: hospital referral papers are issued by health facilities; searched chuyển tuyến, chuyển viện, BHYT (only insurer-side payment procedures)
  { q: 'Tôi khám ở trạm y tế xã, muốn lên bệnh viện tỉnh mổ mắt mà vẫn được bảo hiểm trả thì xin giấy chuyển viện ở đâu?', who: 'elderly' },
  { q: 'xin giay chuyen vien bhyt', who: 'rural' },
  { q: 'giấy chuyển tuyến khám chữa bệnh BHYT', who: 'young' },
  // chuan-hoa-sim: SIM subscriber registration is done by the carriers; searched thuê bao
  { q: 'Cái điện thoại của tôi con cháu mua sim cho, giờ nhà mạng nhắn tin bảo phải chuẩn hóa thông tin thuê bao, tôi ra đâu làm?', who: 'elderly' },
  { q: 'chuan hoa thong tin sim', who: 'rural' },
  { q: 'đăng ký thuê bao chính chủ', who: 'young' },
  // nop-ho-so-vao-lop-1: school enrolment (education) is not in the crawl; searched tuyển sinh, lớp 1
  { q: 'Cháu nội tôi năm nay vào lớp một, bố mẹ nó ở bên Hàn, ông bà nộp hồ sơ nhập học cho cháu ở đâu?', who: 'elderly' },
  { q: 'nop ho so vao lop 1 cho chau', who: 'rural' },
  { q: 'tuyển sinh lớp 1', who: 'young' },
];
