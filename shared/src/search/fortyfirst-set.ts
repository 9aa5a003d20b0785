import type { CitizenQuery } from './dev-set';

/** FORTYFIRST blind held-out set (issue 17). Persona: a Khmer and Kinh commune of Sóc Trăng / Trà Vinh (rice and
 *  shrimp farmers, pagodas, elderly people whose names are spelt differently on different papers, children working in
 *  Bình Dương factories, land inherited without papers; southern speech). Written 2026-12-07 (UTC) blind: queries
 *  drafted before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/fortyfirst-draft-20261207T1121Z.txt  sha256 2a82dd509b0460beee697ecf64bc40c3a0aa795cd8bd8fd1cd332028f00bddd6
 *  240 queries (80 situations x 3 voices): 159 labelled (elderly 53, rural 53, young 53), 81 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const FORTYFIRST_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'Con dâu tui mới sanh đứa nhỏ ở nhà thương Sóc Trăng được hai tuần, giờ tui muốn đi làm giấy khai sinh cho cháu nội thì cần mang theo giấy tờ gì vậy cô?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // khai-sinh-chau-moi-sanh
  { q: 'lam giay khai sinh cho con moi sanh can gi', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // khai-sinh-chau-moi-sanh
  { q: 'đăng ký khai sinh cho bé sơ sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // khai-sinh-chau-moi-sanh
  { q: 'Tui năm nay gần 70 tuổi mà hồi nhỏ ở sóc hổng ai làm khai sinh cho tui hết, giờ muốn làm giấy khai sinh thì có được hông?', expect: ['1.004772'], who: 'elderly' }, // khai-sinh-qua-han-nguoi-gia
  { q: 'nguoi gia chua tung co giay khai sinh gio lam dc ko', expect: ['1.004772'], who: 'rural' }, // khai-sinh-qua-han-nguoi-gia
  { q: 'đăng ký khai sinh quá hạn người lớn tuổi', expect: ['1.004772'], who: 'young' }, // khai-sinh-qua-han-nguoi-gia
  { q: 'Ông nhà tui mới mất hôm rằm, làm đám ở chùa xong rồi, giờ con cháu phải đi báo tử ở xã thì làm sao?', expect: ['1.000656'], who: 'elderly' }, // khai-tu-ong-mat
  { q: 'bao tu cho ong gia moi mat', expect: ['1.000656'], who: 'rural' }, // khai-tu-ong-mat
  { q: 'thủ tục khai tử', expect: ['1.000656'], who: 'young' }, // khai-tu-ong-mat
  { q: 'Thằng con trai tui với con nhỏ người Khmer ở ấp bên tính làm đám cưới sau Tết, hai đứa muốn đi đăng ký kết hôn thì phải lên đâu, cần giấy gì?', expect: ['1.000894'], who: 'elderly' }, // dang-ky-ket-hon
  { q: 'dk ket hon can giay to j', expect: ['1.000894'], who: 'rural' }, // dang-ky-ket-hon
  { q: 'hồ sơ đăng ký kết hôn', expect: ['1.000894'], who: 'young' }, // dang-ky-ket-hon
  { q: 'Con gái tui làm công ty dưới Bình Dương, nó nói muốn cưới chồng ngoài đó nên kêu tui về xã xin cái giấy độc thân cho nó, tui xin thế cho nó được hông?', expect: ['1.004873'], who: 'elderly' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'xin giay doc than cho con o bd', expect: ['1.004873'], who: 'rural' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // xac-nhan-tinh-trang-hon-nhan
  {
    q: 'Tên tui trong giấy khai sinh ghi là Thạch Thị Sa Rươn mà trong căn cước lại ghi Sà Rươl, viết trật chữ hết trơn, giờ muốn sửa lại tên trong khai sinh cho đúng thì làm sao?',
    expect: ['1.004859'],
    who: 'elderly',
  }, // cai-chinh-ten-khmer-giay-khai-sinh
  { q: 'sua ten trong giay khai sinh bi viet sai chu', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten-khmer-giay-khai-sinh
  { q: 'cải chính hộ tịch sai tên', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten-khmer-giay-khai-sinh
  { q: 'Giấy khai sinh của thằng út bị chuột cắn rách hết rồi, tui muốn xin lại một bản khác ở xã thì được hông cô?', expect: ['2.000635'], who: 'elderly' }, // trich-luc-ban-sao-khai-sinh
  { q: 'xin lai ban sao giay khai sinh bi rach', expect: ['2.000635'], who: 'rural' }, // trich-luc-ban-sao-khai-sinh
  { q: 'cấp bản sao trích lục khai sinh', expect: ['2.000635'], who: 'young' }, // trich-luc-ban-sao-khai-sinh
  {
    q: 'Con gái tui có đứa nhỏ với thằng chồng mà hồi đó tụi nó chưa làm giấy kết hôn, giấy khai sinh của cháu bỏ trống tên cha, giờ ổng muốn nhận con thì làm sao?',
    expect: ['1.001022'],
    who: 'elderly',
  }, // nhan-cha-con
  { q: 'lam giay nhan con cho cha ruot', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'đăng ký nhận cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  { q: 'Cháu gái tui quen người bên Đài Loan, hai đứa muốn đăng ký kết hôn ở bên mình cho đàng hoàng, thủ tục đó làm ở xã hay phải lên tỉnh vậy?', expect: ['2.000806'], who: 'elderly' }, // ket-hon-nguoi-nuoc-ngoai
  { q: 'ket hon voi nguoi dai loan lam o dau', expect: ['2.000806'], who: 'rural' }, // ket-hon-nguoi-nuoc-ngoai
  { q: 'đăng ký kết hôn có yếu tố nước ngoài', expect: ['2.000806'], who: 'young' }, // ket-hon-nguoi-nuoc-ngoai
  { q: 'Cha sắp nhỏ là người Khmer, mẹ là người Kinh, hồi làm khai sinh ghi dân tộc Kinh, giờ nó lớn muốn đổi lại thành dân tộc Khmer theo cha được hông?', expect: ['1.004859'], who: 'elderly' }, // xac-dinh-lai-dan-toc-khmer
  { q: 'doi dan toc kinh sang khmer cho con', expect: ['1.004859'], who: 'rural' }, // xac-dinh-lai-dan-toc-khmer
  { q: 'xác định lại dân tộc', expect: ['1.004859'], who: 'young' }, // xac-dinh-lai-dan-toc-khmer
  {
    q: 'Hồi chiến tranh tui chạy qua bên Campuchia, sanh thằng con ở bển có giấy khai sinh của bển, giờ dìa đây ở luôn rồi muốn ghi vô sổ bên mình thì làm sao?',
    expect: ['2.000547'],
    who: 'elderly',
  }, // ghi-chu-khai-sinh-campuchia
  { q: 'con sanh ben campuchia co giay khai sinh ben do gio ve vn dang ky', expect: ['2.000547'], who: 'rural' }, // ghi-chu-khai-sinh-campuchia
  { q: 'ghi vào sổ hộ tịch khai sinh ở nước ngoài', expect: ['2.000547'], who: 'young' }, // ghi-chu-khai-sinh-campuchia
  { q: 'Cha mẹ thằng cháu nội đi làm xa rồi bỏ nhau, hổng ai lo cho nó, tui là bà nội muốn đứng ra làm người giám hộ cho nó đi học thì phải làm giấy gì?', expect: ['1.004837'], who: 'elderly' }, // giam-ho-chau
  { q: 'ba noi lam giam ho cho chau', expect: ['1.004837'], who: 'rural' }, // giam-ho-chau
  { q: 'đăng ký giám hộ', expect: ['1.004837'], who: 'young' }, // giam-ho-chau
  { q: 'Con dâu tui ở bên Trà Vinh mới về làm dâu, giờ muốn nhập hộ khẩu về nhà tui cho nó thì mần giấy tờ gì?', expect: ['1.004222'], who: 'elderly' }, // nhap-ho-khau-con-dau
  { q: 'nhap ho khau cho con dau', expect: ['1.004222'], who: 'rural' }, // nhap-ho-khau-con-dau
  { q: 'đăng ký thường trú cho vợ', expect: ['1.004222'], who: 'young' }, // nhap-ho-khau-con-dau
  { q: 'Thằng con tui lên Bình Dương làm công ty, ở nhà trọ, chủ trọ kêu phải đăng ký tạm trú, tui ở dưới quê có làm dùm nó được hông?', expect: ['1.004194'], who: 'elderly' }, // tam-tru-con-o-binh-duong
  { q: 'dang ky tam tru o binh duong cho con lam cty', expect: ['1.004194'], who: 'rural' }, // tam-tru-con-o-binh-duong
  { q: 'đăng ký tạm trú online', expect: ['1.004194'], who: 'young' }, // tam-tru-con-o-binh-duong
  { q: 'Bây giờ hổng còn sổ hộ khẩu nữa, mà chỗ làm của con tui đòi giấy xác nhận nơi ở, vậy ra xã xin giấy đó sao cô?', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru-ct07
  { q: 'xin giay xac nhan cu tru ct07', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru-ct07
  { q: 'xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru-ct07
  { q: 'Thằng con lớn tui có vợ con rồi, cất nhà riêng bên cạnh, giờ muốn tách ra thành một hộ riêng khỏi hộ của tui thì làm sao?', expect: ['1.010038'], who: 'elderly' }, // tach-ho
  { q: 'tach ho khau ra rieng', expect: ['1.010038'], who: 'rural' }, // tach-ho
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' }, // tach-ho
  { q: 'Cháu ngoại tui năm nay mười bốn tuổi, thầy ở trường kêu đi làm căn cước, con nít vậy thì mang theo giấy gì?', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' }, // lam-can-cuoc-con-14-tuoi
  { q: 'lam cccd cho con 14t', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' }, // lam-can-cuoc-con-14-tuoi
  { q: 'cấp thẻ căn cước lần đầu', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' }, // lam-can-cuoc-con-14-tuoi
  { q: 'Tui đi chợ bị rớt cái bóp, mất luôn cái căn cước, giờ làm lại cái khác thì đi đâu, có tốn tiền hông?', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' }, // cap-lai-can-cuoc-bi-mat
  { q: 'mat can cuoc lam lai o dau z', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' }, // cap-lai-can-cuoc-bi-mat
  { q: 'cấp lại thẻ căn cước bị mất', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' }, // cap-lai-can-cuoc-bi-mat
  {
    q: 'Cha mẹ tui mất hết rồi, để lại mấy công ruộng mà hổng có làm di chúc, anh em tui năm đứa muốn chia ra rồi sang tên cho từng người thì phải làm sao?',
    expect: ['1.013831', '2.001406'],
    who: 'elderly',
  }, // thua-ke-dat-khong-di-chuc
  { q: 'chia dat cha me de lai khong co di chuc', expect: ['1.013831', '2.001406'], who: 'rural' }, // thua-ke-dat-khong-di-chuc
  { q: 'thừa kế đất không có di chúc', expect: ['1.013831', '2.001406'], who: 'young' }, // thua-ke-dat-khong-di-chuc
  { q: 'Miếng đất ông bà để lại tui ở từ hồi giải phóng tới giờ mà chưa có giấy tờ gì hết, giờ muốn làm sổ đỏ lần đầu thì có được hông?', expect: ['1.013978'], who: 'elderly' }, // cap-so-do-lan-dau-dat-ong-ba
  { q: 'dat ong ba de lai chua co so do lam so lan dau', expect: ['1.013978'], who: 'rural' }, // cap-so-do-lan-dau-dat-ong-ba
  { q: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu', expect: ['1.013978'], who: 'young' }, // cap-so-do-lan-dau-dat-ong-ba
  { q: 'Tui già rồi, muốn cho thằng con út miếng đất nền để nó cất nhà, làm giấy cho đất rồi sang tên qua nó thì mần ở đâu?', expect: ['1.013831', '2.001035'], who: 'elderly' }, // tang-cho-dat-cho-con
  { q: 'cho dat cho con sang ten so do', expect: ['1.013831', '2.001035'], who: 'rural' }, // tang-cho-dat-cho-con
  { q: 'tặng cho quyền sử dụng đất', expect: ['1.013831', '2.001035'], who: 'young' }, // tang-cho-dat-cho-con
  { q: 'Nước lớn ngập vô nhà, cuốn sổ đỏ bị ướt mục rồi thất lạc đâu mất, giờ muốn xin cấp lại thì làm sao cô?', expect: ['1.012786'], who: 'elderly' }, // cap-lai-so-do-bi-mat
  { q: 'so do bi mat xin cap lai', expect: ['1.012786'], who: 'rural' }, // cap-lai-so-do-bi-mat
  { q: 'cấp lại sổ đỏ bị mất', expect: ['1.012786'], who: 'young' }, // cap-lai-so-do-bi-mat
  { q: 'Tui có một công ruộng sát lộ, muốn chuyển lên đất thổ cư để cất nhà cho con, phải xin phép ở đâu, đóng tiền nhiều hông?', expect: ['1.013949'], who: 'elderly' }, // chuyen-dat-lua-len-tho-cu
  { q: 'chuyen dat ruong len tho cu', expect: ['1.013949'], who: 'rural' }, // chuyen-dat-lua-len-tho-cu
  { q: 'chuyển mục đích sử dụng đất lúa sang đất ở', expect: ['1.013949'], who: 'young' }, // chuyen-dat-lua-len-tho-cu
  { q: 'Ruộng lúa nhà tui bị nhiễm mặn làm hổng ăn thua, tui muốn mần vuông nuôi tôm thay lúa thì có phải đăng ký với xã hông?', expect: ['1.008004'], who: 'elderly' }, // chuyen-ruong-lua-sang-nuoi-tom
  { q: 'ruong lua nhiem man chuyen qua nuoi tom co can xin phep', expect: ['1.008004'], who: 'rural' }, // chuyen-ruong-lua-sang-nuoi-tom
  { q: 'chuyển đổi cơ cấu cây trồng trên đất lúa sang nuôi trồng thủy sản', expect: ['1.008004'], who: 'young' }, // chuyen-ruong-lua-sang-nuoi-tom
  { q: 'Nhà bên cạnh lấn qua bờ ranh đất của tui cả thước, nói hoài hổng nghe, giờ tui muốn xã ra hòa giải dùm thì nộp đơn sao?', expect: ['1.012812'], who: 'elderly' }, // tranh-chap-ranh-dat-hoa-giai
  { q: 'hang xom lan ranh dat xin xa hoa giai', expect: ['1.012812'], who: 'rural' }, // tranh-chap-ranh-dat-hoa-giai
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812'], who: 'young' }, // tranh-chap-ranh-dat-hoa-giai
  { q: 'Tui muốn lấy sổ đỏ thế chấp ngân hàng vay ít tiền mua con giống tôm, ngân hàng kêu phải đi đăng ký thế chấp, cái đó làm ở đâu?', expect: ['1.011441'], who: 'elderly' }, // the-chap-so-do-vay-ngan-hang
  { q: 'dang ky the chap so do vay ngan hang', expect: ['1.011441'], who: 'rural' }, // the-chap-so-do-vay-ngan-hang
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // the-chap-so-do-vay-ngan-hang
  { q: 'Miếng đất của tui một sổ mà rộng quá, muốn cắt ra làm ba phần cho ba đứa con mỗi đứa một sổ riêng thì phải làm sao?', expect: ['1.012784'], who: 'elderly' }, // tach-thua
  { q: 'tach thua dat chia cho con', expect: ['1.012784'], who: 'rural' }, // tach-thua
  { q: 'tách thửa đất', expect: ['1.012784'], who: 'young' }, // tach-thua
  { q: 'Nhà tui cất bằng cây lá lâu rồi mục hết, giờ con gửi tiền dìa muốn cất lại nhà tường, ở quê vậy có cần xin giấy phép hông?', expect: ['1.013225'], who: 'elderly' }, // giay-phep-xay-nha
  { q: 'xin giay phep xay nha o', expect: ['1.013225'], who: 'rural' }, // giay-phep-xay-nha
  { q: 'cấp GPXD nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // giay-phep-xay-nha
  { q: 'Tui tính mở cái tiệm tạp hóa nhỏ trước nhà bán mắm, bán bánh cho bà con trong ấp, có phải đi đăng ký kinh doanh hông?', expect: ['1.001612'], who: 'elderly' }, // dang-ky-ho-kinh-doanh-tap-hoa
  { q: 'mo tiem tap hoa dang ky kinh doanh', expect: ['1.001612'], who: 'rural' }, // dang-ky-ho-kinh-doanh-tap-hoa
  { q: 'đăng ký HKD', expect: ['1.001612'], who: 'young' }, // dang-ky-ho-kinh-doanh-tap-hoa
  { q: 'Tui muốn mở đại lý bán thuốc xịt cỏ, thuốc sâu cho bà con làm lúa trong xã, nghe nói phải có giấy phép, xin ở đâu vậy?', expect: ['1.004363'], who: 'elderly' }, // ban-thuoc-bvtv
  { q: 'giay phep ban thuoc tru sau', expect: ['1.004363'], who: 'rural' }, // ban-thuoc-bvtv
  { q: 'giấy chứng nhận đủ điều kiện buôn bán thuốc BVTV', expect: ['1.004363'], who: 'young' }, // ban-thuoc-bvtv
  { q: 'Thằng con tui xin vô công ty, người ta kêu nộp bản sao giấy khai sinh với căn cước có đóng mộc đỏ, tui ra xã sao y được hông?', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'sao y giay to o xa', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Tui bán cho người trong xóm một công đất ruộng, hai bên làm giấy tay rồi, giờ muốn ra xã làm hợp đồng có chứng thực cho chắc thì làm sao?', expect: ['2.001035'], who: 'elderly' }, // chung-thuc-hop-dong-chuyen-nhuong-dat
  { q: 'lam hop dong mua ban dat chung thuc o xa', expect: ['2.001035'], who: 'rural' }, // chung-thuc-hop-dong-chuyen-nhuong-dat
  { q: 'chứng thực hợp đồng chuyển nhượng quyền sử dụng đất', expect: ['2.001035'], who: 'young' }, // chung-thuc-hop-dong-chuyen-nhuong-dat
  { q: 'Nhà tui có hai ông bà già, hổng có ruộng, làm mướn qua ngày, muốn xin vô hộ nghèo để được giúp đỡ thì đăng ký sao?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-ngheo-can-ngheo
  { q: 'xin vao ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-ngheo-can-ngheo
  { q: 'công nhận hộ nghèo hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-ngheo-can-ngheo
  { q: 'Nhà tui năm người, hổng ai có thẻ bảo hiểm y tế, đi nhà thương tốn tiền quá, giờ muốn mua bảo hiểm cho cả nhà thì đăng ký ở đâu?', expect: ['1.001939'], who: 'elderly' }, // bhyt-ho-gia-dinh
  { q: 'mua bhyt ho gia dinh', expect: ['1.001939'], who: 'rural' }, // bhyt-ho-gia-dinh
  { q: 'đăng ký BHYT hộ gia đình', expect: ['1.001939'], who: 'young' }, // bhyt-ho-gia-dinh
  { q: 'Con gái tui nghỉ làm công ty ở Bình Dương dìa quê rồi, nó muốn lãnh tiền bảo hiểm xã hội một lần thì nộp giấy ở đâu?', expect: ['1.001613'], who: 'elderly' }, // bhxh-mot-lan
  { q: 'rut bhxh 1 lan nghi lam cong ty', expect: ['1.001613'], who: 'rural' }, // bhxh-mot-lan
  { q: 'hưởng BHXH một lần', expect: ['1.001613'], who: 'young' }, // bhxh-mot-lan
  { q: 'Tui làm ruộng hổng có lương hưu gì hết, nghe nói có đóng bảo hiểm xã hội tự nguyện để già có lương, đăng ký ở đâu vậy cô?', expect: ['1.002179'], who: 'elderly' }, // bhxh-tu-nguyen
  { q: 'dong bhxh tu nguyen cho nong dan', expect: ['1.002179'], who: 'rural' }, // bhxh-tu-nguyen
  { q: 'tham gia BHXH tự nguyện', expect: ['1.002179'], who: 'young' }, // bhxh-tu-nguyen
  { q: 'Cái thẻ bảo hiểm y tế của tui bị mất rồi, bữa đi khám bệnh người ta hổng cho dùng, xin cấp lại cái thẻ khác sao?', expect: ['1.002759'], who: 'elderly' }, // cap-lai-the-bhyt
  { q: 'mat the bhyt cap lai', expect: ['1.002759'], who: 'rural' }, // cap-lai-the-bhyt
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // cap-lai-the-bhyt
  { q: 'Thằng con tui mới đóng chiếc ghe đánh cá ra biển, người ta nói phải đăng ký tàu cá mới được đi, làm ở đâu?', expect: ['1.003650'], who: 'elderly' }, // dang-ky-tau-ca
  { q: 'dang ky tau ca moi dong', expect: ['1.003650'], who: 'rural' }, // dang-ky-tau-ca
  { q: 'đăng ký tàu cá', expect: ['1.003650'], who: 'young' }, // dang-ky-tau-ca
  { q: 'Ghe tui đi biển đánh bắt, biên phòng kêu phải có giấy phép khai thác thủy sản, giờ xin giấy đó ở đâu?', expect: ['1.004359'], who: 'elderly' }, // giay-phep-khai-thac-thuy-san
  { q: 'xin giay phep danh bat ca', expect: ['1.004359'], who: 'rural' }, // giay-phep-khai-thac-thuy-san
  { q: 'cấp giấy phép khai thác thủy sản', expect: ['1.004359'], who: 'young' }, // giay-phep-khai-thac-thuy-san
  { q: 'Tui nuôi tôm sú trong vuông, nghe nói nuôi tôm phải đăng ký với nhà nước để được xác nhận, vậy làm giấy gì?', expect: ['1.014801'], who: 'elderly' }, // xac-nhan-dang-ky-nuoi-tom
  { q: 'dang ky nuoi tom su tom the', expect: ['1.014801'], who: 'rural' }, // xac-nhan-dang-ky-nuoi-tom
  { q: 'xác nhận đăng ký nuôi trồng thủy sản', expect: ['1.014801'], who: 'young' }, // xac-nhan-dang-ky-nuoi-tom
  { q: 'Vuông tôm nhà tui bị dịch tôm chết sạch, thiệt hại cả trăm triệu, xã có hỗ trợ gì cho người nuôi hông, làm đơn sao?', expect: ['1.013997'], who: 'elderly' }, // ho-tro-tom-chet-thiet-hai
  { q: 'tom chet dich xin ho tro thiet hai', expect: ['1.013997'], who: 'rural' }, // ho-tro-tom-chet-thiet-hai
  { q: 'hỗ trợ thiệt hại sản xuất do dịch bệnh', expect: ['1.013997'], who: 'young' }, // ho-tro-tom-chet-thiet-hai
  { q: 'Tui nuôi mấy chục con heo, bán cho lái chở lên thành phố, người ta nói phải có giấy kiểm dịch, xin ở đâu?', expect: ['1.002338'], who: 'elderly' }, // kiem-dich-van-chuyen-heo
  { q: 'giay kiem dich cho heo van chuyen', expect: ['1.002338'], who: 'rural' }, // kiem-dich-van-chuyen-heo
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' }, // kiem-dich-van-chuyen-heo
  { q: 'Bằng lái xe hơi của thằng con tui sắp hết hạn, nó ở xa chưa về được, làm sao đổi bằng mới?', expect: ['3.000347'], who: 'elderly' }, // doi-bang-lai-xe
  { q: 'doi bang lai xe het han', expect: ['3.000347'], who: 'rural' }, // doi-bang-lai-xe
  { q: 'đổi GPLX', expect: ['3.000347'], who: 'young' }, // doi-bang-lai-xe
  { q: 'Tui mua lại chiếc xe Honda cũ của người trong xóm, giờ muốn sang tên qua tên tui thì lên công an làm sao?', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-may
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-may
  { q: 'đăng ký sang tên xe máy', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-may
  { q: 'Nhà tui có chiếc ghe máy nhỏ chở lúa trên sông, công an đường thủy nói phải đăng ký ghe, làm ở đâu vậy?', expect: ['1.004047'], who: 'elderly' }, // dang-ky-ghe-may
  { q: 'dang ky ghe may cho lua', expect: ['1.004047'], who: 'rural' }, // dang-ky-ghe-may
  { q: 'đăng ký phương tiện thủy nội địa', expect: ['1.004047'], who: 'young' }, // dang-ky-ghe-may
  { q: 'Thằng cháu tui đi xuất khẩu lao động, công ty kêu nộp phiếu lý lịch tư pháp, xin ở đâu, bao lâu mới có?', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap
  { q: 'xin ly lich tu phap di xkld', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'phiếu LLTP số 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  { q: 'Tui người dân tộc Khmer, nghèo, đang bị người ta kiện về đất mà hổng biết luật, có chỗ nào giúp luật sư miễn phí hông?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'nguoi ngheo can luat su mien phi', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'trợ giúp pháp lý miễn phí', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  { q: 'Tui muốn đi qua Campuchia thăm bà con bên đó, muốn làm hộ chiếu thì ở quê có làm được hông?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu
  { q: 'lam ho chieu o dau', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu
  { q: 'Chánh điện chùa trong sóc xuống cấp, dột nát hết, bà con với sư cả muốn sửa lại cho đàng hoàng, có phải xin phép ở đâu không?', expect: ['1.013229'], who: 'elderly' }, // sua-chanh-dien-chua
  { q: 'sua chua chua khmer xin phep', expect: ['1.013229'], who: 'rural' }, // sua-chanh-dien-chua
  { q: 'cải tạo, sửa chữa công trình tôn giáo', expect: ['1.013229'], who: 'young' }, // sua-chanh-dien-chua
  { q: 'Con gái tui đi làm công ty, kế toán kêu đi đăng ký mã số thuế cá nhân, nó ở xa, tui làm dùm được hông?', expect: ['1.008498'], who: 'elderly' }, // ma-so-thue-ca-nhan
  { q: 'dang ky ma so thue ca nhan', expect: ['1.008498'], who: 'rural' }, // ma-so-thue-ca-nhan
  { q: 'đăng ký MST cá nhân', expect: ['1.008498'], who: 'young' }, // ma-so-thue-ca-nhan
  { q: 'Con gái tui bị thằng chồng nhậu say đánh hoài, nó muốn ly dị mà hổng biết nộp đơn ở đâu, xã có giải quyết hông?', expect: ['3.000163'], who: 'elderly' }, // ly-hon
  { q: 'nop don ly hon o dau', expect: ['3.000163'], who: 'rural' }, // ly-hon
  { q: 'thủ tục ly hôn đơn phương', expect: ['3.000163'], who: 'young' }, // ly-hon
  { q: 'Hồi trước tui học hết lớp chín, bằng tốt nghiệp bị cháy mất rồi, giờ muốn xin bản sao lại để làm hồ sơ thì làm sao?', expect: ['2.000908'], who: 'elderly' }, // ban-sao-bang-tot-nghiep
  { q: 'xin ban sao bang tot nghiep bi mat', expect: ['2.000908'], who: 'rural' }, // ban-sao-bang-tot-nghiep
  { q: 'cấp bản sao văn bằng tốt nghiệp', expect: ['2.000908'], who: 'young' }, // ban-sao-bang-tot-nghiep
  { q: 'Làm lúa với nuôi tôm hay bị mất mùa, nghe nói có bảo hiểm nông nghiệp nhà nước hỗ trợ tiền mua, tui đăng ký ở đâu?', expect: ['1.005412'], who: 'elderly' }, // bao-hiem-nong-nghiep
  { q: 'mua bao hiem nong nghiep lua tom', expect: ['1.005412'], who: 'rural' }, // bao-hiem-nong-nghiep
  { q: 'hỗ trợ bảo hiểm nông nghiệp', expect: ['1.005412'], who: 'young' }, // bao-hiem-nong-nghiep
];

export const FORTYFIRST_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // chung-nhan-attp-quan-an: food-safety certificate for an eatery (food service) is not there; 2.001827 covers agro-forestry-fishery producers and traders, a different need; searched an toàn thực phẩm, ăn uống
  { q: 'Con gái tui mở quán bún nước lèo bán buổi sáng, người ta nói phải có giấy chứng nhận vệ sinh an toàn thực phẩm, xin ở đâu?', who: 'elderly' },
  { q: 'giay an toan thuc pham quan an', who: 'rural' },
  { q: 'cấp giấy chứng nhận cơ sở đủ điều kiện ATTP', who: 'young' },
  // tro-cap-nguoi-cao-tuoi: social-assistance (bảo trợ xã hội) procedures are absent; searched trợ cấp, cao tuổi, bảo trợ
  { q: 'Tui năm nay 76 tuổi rồi, nghe bà con nói người già được lãnh tiền trợ cấp hằng tháng, tui phải làm đơn ở đâu?', who: 'elderly' },
  { q: 'nguoi gia 75 tuoi lanh tien tro cap', who: 'rural' },
  { q: 'trợ cấp xã hội người cao tuổi', who: 'young' },
  // tro-cap-khuyet-tat: no disability determination or disability allowance; searched khuyết tật, bảo trợ, trợ cấp
  { q: 'Đứa cháu nội tui bị câm điếc bẩm sinh, muốn xin giấy xác nhận khuyết tật để nó được lãnh tiền trợ cấp thì làm sao?', who: 'elderly' },
  { q: 'xin tien tro cap cho con bi khuyet tat', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // mai-tang-phi-doi-tuong-bao-tro: no funeral-cost support for social-allowance recipients; searched mai táng, bảo trợ
  { q: 'Má tui đang lãnh tiền người già mỗi tháng, bả mới mất tuần rồi, nghe nói được hỗ trợ tiền mai táng, con cháu phải làm giấy gì?', who: 'elderly' },
  { q: 'ho tro tien mai tang nguoi gia mat', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng đối tượng bảo trợ xã hội', who: 'young' },
  // tro-giup-dot-xuat-nha-sap: no emergency social assistance for a storm-wrecked house; searched khẩn cấp, đột xuất, hỗ trợ nhà ở, thiên tai (only dam and road emergencies)
  { q: 'Trận giông hôm bữa làm sập nhà tui, tốc mái hết trơn, nhà nghèo hổng có tiền sửa, xã có hỗ trợ gì hông, làm đơn sao?', who: 'elderly' },
  { q: 'nha bi sap do gio loc xin ho tro', who: 'rural' },
  { q: 'trợ giúp xã hội khẩn cấp hỗ trợ làm nhà', who: 'young' },
  // tro-cap-tre-mo-coi: no social allowance for orphans; searched mồ côi, trẻ em, trợ cấp
  { q: 'Cha mẹ thằng nhỏ hàng xóm chết hết trong vụ tai nạn, nó ở với bà ngoại nghèo lắm, có được nhà nước trợ cấp nuôi hông?', who: 'elderly' },
  { q: 'tre mo coi cha me xin tro cap', who: 'rural' },
  { q: 'trợ cấp xã hội trẻ em mồ côi', who: 'young' },
  // tho-cung-liet-si: no martyr-worship allowance; searched liệt sĩ, thờ cúng; Người có công field holds only youth-volunteer allowance records, Chính sách holds police-veteran allowances
  { q: 'Anh ruột tui hy sinh hồi kháng chiến, đã có bằng Tổ quốc ghi công, cha mẹ mất rồi giờ tui thờ cúng, nghe nói được lãnh tiền thờ cúng liệt sĩ, làm sao?', who: 'elderly' },
  { q: 'lanh tien tho cung liet si', who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', who: 'young' },
  // tro-cap-that-nghiep: no unemployment-benefit claim; only 1.001601 (authorising someone to collect benefits), a different need; searched thất nghiệp
  { q: 'Thằng con tui bị công ty cho nghỉ việc, nó có đóng bảo hiểm mấy năm, nghe nói được lãnh tiền thất nghiệp, phải làm đơn ở đâu?', who: 'elderly' },
  { q: 'lanh tien that nghiep bi cho nghi viec', who: 'rural' },
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' },
  // di-lam-han-quoc: no overseas-labour (EPS) procedure; searched Hàn Quốc, đi làm việc, nước ngoài theo hợp đồng, người lao động
  { q: 'Thằng cháu tui muốn đi làm bên Hàn Quốc theo chương trình nhà nước, đăng ký ở đâu, có phải đóng tiền nhiều hông?', who: 'elderly' },
  { q: 'dang ky di lao dong han quoc', who: 'rural' },
  { q: 'đi làm việc ở nước ngoài theo chương trình EPS', who: 'young' },
  // khieu-nai-dat: no complaint procedure against a commune land-recovery or compensation decision; Khiếu nại field holds only complaints against the police; searched khiếu nại, bồi thường
  { q: 'Xã thu hồi đất làm lộ mà đền bù cho tui ít quá, hổng đúng, tui muốn làm đơn khiếu nại thì gửi ai?', who: 'elderly' },
  { q: 'lam don khieu nai den bu dat', who: 'rural' },
  { q: 'khiếu nại quyết định thu hồi đất', who: 'young' },
  // nghia-vu-quan-su: no military-service registration; searched quân sự, nghĩa vụ (only police-service selection 1.001303, a different need)
  { q: 'Thằng con tui đủ mười bảy tuổi rồi, xã đưa giấy kêu đi đăng ký nghĩa vụ quân sự, mần sao cô?', who: 'elderly' },
  { q: 'dang ky nghia vu quan su 17 tuoi', who: 'rural' },
  { q: 'đăng ký NVQS lần đầu', who: 'young' },
  // chuyen-truong-con: no education procedures in the crawl; searched chuyển trường, học sinh
  { q: 'Hai đứa cháu nội học trên Bình Dương, giờ cha mẹ nó đưa dìa quê ở với tui, muốn xin cho tụi nó chuyển trường về đây học tiếp thì làm sao?', who: 'elderly' },
  { q: 'chuyen truong cho con tu binh duong ve', who: 'rural' },
  { q: 'thủ tục chuyển trường THCS', who: 'young' },
  // ho-tro-chi-phi-hoc-tap: no tuition exemption or study-cost support; searched học phí, học tập, học sinh
  { q: 'Nhà tui nghèo, cháu đi học lớp sáu, nghe nói con nhà nghèo dân tộc được miễn tiền học với hỗ trợ tiền sách vở, xin ở đâu?', who: 'elderly' },
  { q: 'mien hoc phi cho con ho ngheo', who: 'rural' },
  { q: 'miễn giảm học phí hỗ trợ chi phí học tập', who: 'young' },
  // xac-nhan-hai-ten-mot-nguoi: no procedure certifies that two spellings are the same person; correcting the land certificate (đính chính GCN) or the population database are different asks that depend on which paper is wrong; searched xác nhận, cùng là, đính chính, điều chỉnh thông tin
  { q: 'Tui người Khmer, giấy đất ghi tên Danh Sóc, căn cước ghi Danh Sốc, ngân hàng nói hai tên khác nhau hổng cho vay, xã có làm giấy xác nhận hai tên là một người được hông?', who: 'elderly' },
  { q: 'xac nhan 2 ten la 1 nguoi', who: 'rural' },
  { q: 'giấy xác nhận cùng là một người', who: 'young' },
  // le-hoi-chua-ok-om-bok: no festival notification or religious-activity procedure; searched lễ hội, tôn giáo, tín ngưỡng, chùa
  { q: 'Chùa tui năm nay tính tổ chức lễ Ok Om Bok đua ghe ngo lớn, có mời bà con các sóc tới, vậy có phải báo với xã hay xin phép gì hông?', who: 'elderly' },
  { q: 'to chuc le hoi dua ghe ngo xin phep', who: 'rural' },
  { q: 'thông báo tổ chức lễ hội', who: 'young' },
  // xin-vao-chua-tu: no religious procedures (ordination or entering monastic life); searched xuất gia, chùa, tôn giáo
  { q: 'Thằng cháu tui muốn vô chùa tu học vài năm theo phong tục người Khmer, có phải làm giấy tờ gì với nhà nước hông?', who: 'elderly' },
  { q: 'cho con vo chua tu co can dang ky', who: 'rural' },
  { q: 'đăng ký người xuất gia tu hành', who: 'young' },
  // hoc-nghe-mien-phi: no vocational-training support; searched học nghề, đào tạo nghề (only lawyer/notary training), việc làm
  { q: 'Con gái tui nghỉ học sớm, muốn đi học nghề may hay làm tóc mà nhà hổng có tiền, có chỗ nào cho học nghề miễn phí hông?', who: 'elderly' },
  { q: 'hoc nghe mien phi cho lao dong nong thon', who: 'rural' },
  { q: 'hỗ trợ đào tạo nghề', who: 'young' },
  // vay-von-ngan-hang-chinh-sach: no Social Policy Bank loan or commune confirmation for one; searched vay vốn, chính sách xã hội, tín dụng chính sách
  { q: 'Nhà tui muốn vay tiền ngân hàng chính sách mua bò nuôi, có phải ra xã xin giấy xác nhận trước hông?', who: 'elderly' },
  { q: 'vay von ngan hang chinh sach', who: 'rural' },
  { q: 'vay vốn NHCSXH hộ nghèo', who: 'young' },
  // rut-so-tiet-kiem-nguoi-chet: bank matter; no procedure for withdrawing a deceased person's savings; searched tiết kiệm, tiền gửi, thừa kế
  { q: 'Ông nhà tui mất rồi, ổng có gửi một cuốn sổ tiết kiệm ở ngân hàng, giờ tui muốn rút ra thì làm sao?', who: 'elderly' },
  { q: 'rut so tiet kiem cua nguoi da mat', who: 'rural' },
  { q: 'nhận tiền tiết kiệm người chết', who: 'young' },
  // giay-chuyen-vien-benh-vien: hospital referral is done by the health facility; nothing in the crawl; searched chuyển tuyến, chuyển viện, BHYT procedures
  { q: 'Tui bị bệnh tim, bác sĩ ở trạm nói phải lên bệnh viện tỉnh mới chữa được, muốn xin giấy chuyển viện để bảo hiểm trả tiền thì làm sao?', who: 'elderly' },
  { q: 'xin giay chuyen vien len tinh', who: 'rural' },
  { q: 'giấy chuyển tuyến BHYT', who: 'young' },
  // giay-chung-sinh-mat: birth-attestation (giấy chứng sinh) reissue is a hospital matter; not in the crawl; searched chứng sinh
  { q: 'Con dâu tui sanh ở nhà thương rồi đánh mất cái giấy chứng sinh, giờ hổng có để làm khai sinh cho cháu, xin lại ở đâu?', who: 'elderly' },
  { q: 'mat giay chung sinh xin lai', who: 'rural' },
  { q: 'cấp lại giấy chứng sinh', who: 'young' },
  // dang-ky-sim-chinh-chu: telecom subscriber registration is not an administrative procedure here; searched thuê bao, sim
  { q: 'Điện thoại tui bị khóa sim, tụi nó nói phải chụp hình căn cước đăng ký lại chính chủ, ra đâu làm?', who: 'elderly' },
  { q: 'dang ky sim chinh chu', who: 'rural' },
  { q: 'chuẩn hóa thông tin thuê bao', who: 'young' },
  // keo-dien-ke: electricity connection is done by the power company; searched điện lực, công tơ, cấp điện
  { q: 'Nhà con trai tui mới cất ở ngoài ruộng, muốn kéo điện về gắn đồng hồ điện riêng thì làm đơn ở đâu?', who: 'elderly' },
  { q: 'xin gan dong ho dien moi', who: 'rural' },
  { q: 'đăng ký lắp công tơ điện', who: 'young' },
  // nha-dai-doan-ket: no citizen application for a Great-Unity / temporary-house replacement; 6.001435 is a province approving a poor-district housing scheme, filed by officials; searched nhà tạm, hỗ trợ nhà ở
  { q: 'Nhà tui cất bằng lá dừa nước, dột hết rồi, nghe nói mặt trận có cất nhà đại đoàn kết cho người nghèo, làm sao xin?', who: 'elderly' },
  { q: 'xin nha dai doan ket', who: 'rural' },
  { q: 'hỗ trợ xóa nhà tạm', who: 'young' },
  // xac-nhan-vay-von-sinh-vien: no student-loan confirmation; searched sinh viên, vay vốn
  { q: 'Cháu nội tui đậu đại học trên Cần Thơ mà nhà hổng có tiền, nghe nói được vay vốn đi học, phải xin xã xác nhận gì?', who: 'elderly' },
  { q: 'xac nhan vay von sinh vien', who: 'rural' },
  { q: 'vay vốn HSSV xác nhận hộ', who: 'young' },
  // kham-suc-khoe-lai-xe: driver's health check is done at a hospital; searched sức khỏe, lái xe
  { q: 'Thằng con tui đi học lái xe, trường kêu nộp giấy khám sức khỏe, khám ở đâu cho người ta nhận?', who: 'elderly' },
  { q: 'kham suc khoe thi bang lai', who: 'rural' },
  { q: 'giấy khám sức khỏe lái xe', who: 'young' },
  // giay-xac-nhan-dang-hoc: school certificate of enrolment is issued by the school; no education procedures; searched học sinh, đang học
  { q: 'Con tui đang học lớp mười, muốn có giấy xác nhận đang đi học để nộp xin học bổng, giấy đó xin ở đâu?', who: 'elderly' },
  { q: 'giay xac nhan dang hoc', who: 'rural' },
  { q: 'xác nhận học sinh đang học', who: 'young' },
];
