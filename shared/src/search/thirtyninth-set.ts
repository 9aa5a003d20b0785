import type { CitizenQuery } from './dev-set';

/** THIRTYNINTH blind held-out set (issue 17). Persona: an industrial ward of Hải Phòng / Quảng Ninh — factory workers
 *  from other provinces in rented rooms, social insurance and unemployment pay, work accidents, children's school
 *  enrolment, temporary residence, motorbike papers, small boarding-house owners, retired miners with pensions,
 *  coastal northern speech. Written 2026-12-07 (UTC) blind: queries drafted before the catalogue was opened,
 *  without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtyninth-draft-20261207T1044Z.txt  sha256 8635ee94618115aa7c30332a99fa37d845bdd19cf15b0ece92aed3913c0a7492
 *  252 queries (84 situations x 3 voices): 171 labelled (elderly 57, rural 57, young 57), 81 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYNINTH_HELDOUT: readonly CitizenQuery[] = [
  { q: 'Cháu nó ở Thanh Hoá ra đây làm công ty trong khu công nghiệp, thuê phòng trọ nhà tôi, giờ phải khai báo tạm trú cho nó ở đâu ạ?', expect: ['1.004194'], who: 'elderly' }, // tam-tru-phong-tro
  { q: 'dang ky tam tru cho cong nhan thue tro', expect: ['1.004194'], who: 'rural' }, // tam-tru-phong-tro
  { q: 'đk tạm trú phòng trọ KCN', expect: ['1.004194'], who: 'young' }, // tam-tru-phong-tro
  { q: 'Sổ tạm trú của vợ chồng tôi sắp hết hạn rồi, chúng tôi vẫn ở trọ đây làm tiếp thì phải xin gia hạn thế nào hả cô?', expect: ['1.002755'], who: 'elderly' }, // gia-han-tam-tru
  { q: 'gia han tam tru het han', expect: ['1.002755'], who: 'rural' }, // gia-han-tam-tru
  { q: 'gia hạn tạm trú online', expect: ['1.002755'], who: 'young' }, // gia-han-tam-tru
  { q: 'Nhà tôi có mấy phòng cho công nhân thuê, có đứa về quê đứa mới đến, tôi phải báo với công an phường việc người ở lại nhà mình thế nào ạ?', expect: ['2.001159'], who: 'elderly' }, // thong-bao-luu-tru-nha-tro
  { q: 'chu nha tro bao luu tru cho nguoi thue', expect: ['2.001159'], who: 'rural' }, // thong-bao-luu-tru-nha-tro
  { q: 'thông báo lưu trú chủ nhà trọ', expect: ['2.001159'], who: 'young' }, // thong-bao-luu-tru-nha-tro
  { q: 'Con tôi sắp vào lớp một, nhà trường bảo phải xin giấy xác nhận nơi ở của gia đình, tôi ở trọ thì xin ở đâu ạ?', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru-cho-con-di-hoc
  { q: 'xin giay xac nhan cu tru cho con nhap hoc', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru-cho-con-di-hoc
  { q: 'CT07 xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru-cho-con-di-hoc
  { q: 'Vợ chồng tôi dành dụm mua được căn nhà nhỏ ở phường này rồi, giờ muốn chuyển hộ khẩu từ quê ra đây thì làm thủ tục gì ạ?', expect: ['1.004222'], who: 'elderly' }, // nhap-khau-mua-nha
  { q: 'nhap ho khau ve nha moi mua', expect: ['1.004222'], who: 'rural' }, // nhap-khau-mua-nha
  { q: 'đăng ký thường trú nhà mới mua', expect: ['1.004222'], who: 'young' }, // nhap-khau-mua-nha
  { q: 'Con trai tôi lấy vợ rồi, muốn tách ra làm một hộ riêng trong cùng cái nhà này thì có được không, làm ở đâu ạ?', expect: ['1.010038'], who: 'elderly' }, // tach-ho
  { q: 'tach ho khau cho con trai lay vo', expect: ['1.010038'], who: 'rural' }, // tach-ho
  { q: 'tách hộ cư trú', expect: ['1.010038'], who: 'young' }, // tach-ho
  {
    q: 'Con dâu tôi mới đẻ cháu ở bệnh viện phụ sản Hải Phòng, hai vợ chồng nó quê Nghệ An ở trọ đây, thì làm giấy khai sinh cho cháu ở đâu được ạ?',
    expect: ['1.001193', '2.001023', '2.000986'],
    who: 'elderly',
  }, // khai-sinh-con-sinh-o-vien
  { q: 'lam giay khai sinh cho con moi de', expect: ['1.001193', '2.001023', '2.000986'], who: 'rural' }, // khai-sinh-con-sinh-o-vien
  { q: 'đăng ký khai sinh cho con', expect: ['1.001193', '2.001023', '2.000986'], who: 'young' }, // khai-sinh-con-sinh-o-vien
  { q: 'Tôi năm nay bảy mươi tuổi, giấy khai sinh ngày xưa mất từ hồi ở mỏ rồi, giờ cần làm lại để làm giấy tờ thì làm sao ạ?', expect: ['1.004884', '2.000635'], who: 'elderly' }, // dang-ky-lai-khai-sinh
  { q: 'mat giay khai sinh tu xua lam lai', expect: ['1.004884', '2.000635'], who: 'rural' }, // dang-ky-lai-khai-sinh
  { q: 'đăng ký lại khai sinh', expect: ['1.004884', '2.000635'], who: 'young' }, // dang-ky-lai-khai-sinh
  { q: 'Con gái tôi sắp lấy chồng ở Thái Bình, bên ấy bảo phải có giấy xác nhận độc thân chỗ nó đang ở, nó ở trọ ngoài này thì xin ở đâu hả chị?', expect: ['1.004873'], who: 'elderly' }, // giay-doc-than
  { q: 'xin giay doc than de cuoi', expect: ['1.004873'], who: 'rural' }, // giay-doc-than
  { q: 'xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // giay-doc-than
  { q: 'Hai đứa nó cùng làm công ty, một đứa Hà Giang một đứa Phú Thọ, giờ muốn đăng ký kết hôn ở ngoài này luôn có được không ạ?', expect: ['1.000894'], who: 'elderly' }, // dang-ky-ket-hon
  { q: 'dk ket hon o noi tam tru', expect: ['1.000894'], who: 'rural' }, // dang-ky-ket-hon
  { q: 'đăng ký kết hôn', expect: ['1.000894'], who: 'young' }, // dang-ky-ket-hon
  { q: 'Cháu gái tôi ở Móng Cái định lấy chồng người Trung Quốc bên kia biên giới, thủ tục đăng ký kết hôn với người nước ngoài thì làm ở đâu ạ?', expect: ['2.000806', '1.000094'], who: 'elderly' }, // ket-hon-nguoi-trung-quoc
  { q: 'ket hon voi nguoi trung quoc', expect: ['2.000806', '1.000094'], who: 'rural' }, // ket-hon-nguoi-trung-quoc
  { q: 'đăng ký kết hôn có yếu tố nước ngoài', expect: ['2.000806', '1.000094'], who: 'young' }, // ket-hon-nguoi-trung-quoc
  { q: 'Ông nhà tôi vừa mất tuần trước, người ta bảo phải đi báo tử cho ông, tôi phải mang những giấy gì ra phường ạ?', expect: ['1.000656'], who: 'elderly' }, // khai-tu-bo
  { q: 'bao tu cho bo moi mat', expect: ['1.000656'], who: 'rural' }, // khai-tu-bo
  { q: 'đăng ký khai tử', expect: ['1.000656'], who: 'young' }, // khai-tu-bo
  { q: 'Cháu tôi cần bản sao giấy khai sinh để nộp hồ sơ đi học nghề mà bản chính nhàu nát cả rồi, xin lại bản sao ở đâu ạ?', expect: ['2.000635'], who: 'elderly' }, // trich-luc-khai-sinh
  { q: 'xin ban sao giay khai sinh', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-sinh
  { q: 'cấp bản sao trích lục khai sinh', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-sinh
  { q: 'Con gái tôi có cháu với anh kia trước khi cưới, giấy khai sinh của cháu để trống tên bố, giờ anh ấy muốn nhận con thì làm thế nào ạ?', expect: ['1.001022'], who: 'elderly' }, // nhan-cha-con
  { q: 'lam thu tuc nhan con cho bo', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'đăng ký nhận cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  { q: 'Giấy khai sinh của con tôi ngày trước cán bộ viết sai dấu tên đệm, giờ lên cấp ba người ta bắt sửa cho khớp, thì sửa ở đâu ạ?', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-ten
  { q: 'sua ten sai trong giay khai sinh', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten
  { q: 'cải chính hộ tịch sai tên', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten
  { q: 'Con tôi đi xin vào làm công ty, người ta bảo nộp bản sao công chứng chứng minh thư với bằng cấp, thì ra phường công chứng được không ạ?', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'cong chung giay to nop ho so xin viec', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Tôi viết xong sơ yếu lý lịch cho con trai đi xin việc rồi, giờ cần phường đóng dấu xác nhận vào thì làm thế nào ạ?', expect: ['2.000884'], who: 'elderly' }, // chung-thuc-chu-ky-so-yeu-ly-lich
  { q: 'xac nhan so yeu ly lich xin viec', expect: ['2.000884'], who: 'rural' }, // chung-thuc-chu-ky-so-yeu-ly-lich
  { q: 'chứng thực chữ ký sơ yếu lý lịch', expect: ['2.000884'], who: 'young' }, // chung-thuc-chu-ky-so-yeu-ly-lich
  { q: 'Bố mẹ tôi mất cả rồi để lại mảnh đất, mấy anh em đã thống nhất chia cho nhau, giờ làm văn bản thoả thuận ấy ở đâu cho có giá trị ạ?', expect: ['2.001406'], who: 'elderly' }, // thoa-thuan-chia-thua-ke
  { q: 'lam giay chia dat thua ke cho anh em', expect: ['2.001406'], who: 'rural' }, // thoa-thuan-chia-thua-ke
  { q: 'chứng thực văn bản thỏa thuận phân chia di sản', expect: ['2.001406'], who: 'young' }, // thoa-thuan-chia-thua-ke
  { q: 'Con tôi nghỉ làm công ty được hơn một năm rồi, không đóng bảo hiểm nữa, nó muốn rút bảo hiểm xã hội một lần thì làm ở đâu ạ?', expect: ['1.001613'], who: 'elderly' }, // rut-bhxh-mot-lan
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' }, // rut-bhxh-mot-lan
  { q: 'hưởng BHXH một lần', expect: ['1.001613'], who: 'young' }, // rut-bhxh-mot-lan
  { q: 'Con trai tôi bị máy cán dập nát hai ngón tay lúc làm ca đêm ở xưởng, công ty có đóng bảo hiểm, giờ đòi chế độ tai nạn lao động thế nào ạ?', expect: ['1.001632'], who: 'elderly' }, // tai-nan-lao-dong
  { q: 'bi tai nan lao dong o cong ty huong che do gi', expect: ['1.001632'], who: 'rural' }, // tai-nan-lao-dong
  { q: 'chế độ tai nạn lao động BHXH', expect: ['1.001632'], who: 'young' }, // tai-nan-lao-dong
  { q: 'Tôi làm thợ lò ở mỏ than Mạo Khê hơn hai mươi năm, giờ đi khám bị bụi phổi, có được hưởng chế độ bệnh nghề nghiệp không ạ?', expect: ['1.001632'], who: 'elderly' }, // benh-bui-phoi
  { q: 'tho lo bi bui phoi huong che do benh nghe nghiep', expect: ['1.001632'], who: 'rural' }, // benh-bui-phoi
  { q: 'trợ cấp bệnh nghề nghiệp bụi phổi silic', expect: ['1.001632'], who: 'young' }, // benh-bui-phoi
  { q: 'Tôi về hưu ở Cẩm Phả, giờ muốn về quê Thái Bình sống với con, lương hưu có chuyển về quê lĩnh được không ạ?', expect: ['1.001742'], who: 'elderly' }, // chuyen-luong-huu-ve-que
  { q: 'chuyen noi nhan luong huu ve que', expect: ['1.001742'], who: 'rural' }, // chuyen-luong-huu-ve-que
  { q: 'chuyển nơi hưởng lương hưu sang tỉnh khác', expect: ['1.001742'], who: 'young' }, // chuyen-luong-huu-ve-que
  { q: 'Ông nhà tôi là thợ mỏ về hưu vừa mất, tôi nghe nói vợ được hưởng tiền tuất với tiền mai táng, làm giấy tờ ở đâu ạ?', expect: ['2.000821'], who: 'elderly' }, // tu-tuat
  { q: 'huong tien tuat khi chong mat luong huu', expect: ['2.000821'], who: 'rural' }, // tu-tuat
  { q: 'chế độ tử tuất trợ cấp mai táng BHXH', expect: ['2.000821'], who: 'young' }, // tu-tuat
  { q: 'Con dâu tôi làm công nhân, sắp sinh, nó hỏi tiền thai sản thì bảo hiểm trả hay công ty trả, làm thủ tục thế nào ạ?', expect: ['2.000693'], who: 'elderly' }, // thai-san
  { q: 'lam che do thai san cho cong nhan', expect: ['2.000693'], who: 'rural' }, // thai-san
  { q: 'hưởng chế độ thai sản', expect: ['2.000693'], who: 'young' }, // thai-san
  { q: 'Con tôi ốm phải nằm viện một tuần, nghỉ làm, có được bảo hiểm trả tiền những ngày nghỉ ốm không, làm ở đâu ạ?', expect: ['1.001667'], who: 'elderly' }, // om-dau
  { q: 'huong tien om dau nghi viec', expect: ['1.001667'], who: 'rural' }, // om-dau
  { q: 'chế độ ốm đau BHXH', expect: ['1.001667'], who: 'young' }, // om-dau
  { q: 'Con tôi làm hai công ty khác nhau, mỗi chỗ cho một quyển sổ bảo hiểm, giờ muốn dồn lại làm một thì làm thế nào ạ?', expect: ['1.002759'], who: 'elderly' }, // gop-so-bhxh
  { q: 'gop 2 so bhxh thanh 1', expect: ['1.002759'], who: 'rural' }, // gop-so-bhxh
  { q: 'gộp sổ BHXH', expect: ['1.002759'], who: 'young' }, // gop-so-bhxh
  { q: 'Tôi nghỉ làm công ty về buôn bán, còn thiếu mấy năm nữa mới đủ hưu, có tự đóng bảo hiểm tiếp được không ạ?', expect: ['1.002179'], who: 'elderly' }, // bhxh-tu-nguyen
  { q: 'dong bhxh tu nguyen', expect: ['1.002179'], who: 'rural' }, // bhxh-tu-nguyen
  { q: 'đăng ký BHXH tự nguyện', expect: ['1.002179'], who: 'young' }, // bhxh-tu-nguyen
  { q: 'Cả nhà tôi không ai có thẻ bảo hiểm y tế, muốn mua bảo hiểm theo hộ gia đình thì đăng ký ở đâu ạ?', expect: ['1.001939'], who: 'elderly' }, // bhyt-ho-gia-dinh
  { q: 'mua bao hiem y te ho gia dinh', expect: ['1.001939'], who: 'rural' }, // bhyt-ho-gia-dinh
  { q: 'BHYT hộ gia đình', expect: ['1.001939'], who: 'young' }, // bhyt-ho-gia-dinh
  { q: 'Tôi đánh rơi mất cái thẻ bảo hiểm y tế lúc đi chợ rồi, giờ làm lại thẻ ở đâu ạ?', expect: ['1.002759'], who: 'elderly' }, // cap-lai-the-bhyt
  { q: 'mat the bhyt lam lai', expect: ['1.002759'], who: 'rural' }, // cap-lai-the-bhyt
  { q: 'cấp lại thẻ BHYT bị mất', expect: ['1.002759'], who: 'young' }, // cap-lai-the-bhyt
  { q: 'Cháu nội tôi mới được ba tháng, nghe nói trẻ dưới sáu tuổi được cấp thẻ bảo hiểm y tế miễn phí, làm ở đâu ạ?', expect: ['2.001023', '2.000986', '1.001939'], who: 'elderly' }, // bhyt-tre-duoi-6
  { q: 'the bhyt cho tre duoi 6 tuoi', expect: ['2.001023', '2.000986', '1.001939'], who: 'rural' }, // bhyt-tre-duoi-6
  { q: 'cấp thẻ BHYT trẻ em dưới 6 tuổi', expect: ['2.001023', '2.000986', '1.001939'], who: 'young' }, // bhyt-tre-duoi-6
  { q: 'Tôi già rồi đi bưu điện lĩnh lương hưu vất vả quá, muốn chuyển sang nhận qua tài khoản ngân hàng thì làm thế nào ạ?', expect: ['2.000740'], who: 'elderly' }, // doi-tai-khoan-nhan-luong-huu
  { q: 'nhan luong huu qua the atm', expect: ['2.000740'], who: 'rural' }, // doi-tai-khoan-nhan-luong-huu
  { q: 'đổi hình thức nhận lương hưu qua tài khoản', expect: ['2.000740'], who: 'young' }, // doi-tai-khoan-nhan-luong-huu
  { q: 'Nhà tôi chồng ốm liệt giường, một mình tôi đi làm thuê, muốn xin được công nhận hộ cận nghèo để các cháu có bảo hiểm thì làm thế nào ạ?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-can-ngheo
  { q: 'xin ho can ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-can-ngheo
  { q: 'công nhận hộ nghèo hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-can-ngheo
  {
    q: 'Cái chứng minh thư của tôi làm từ năm chín mấy, giờ đi đâu người ta cũng đòi căn cước gắn chíp, tôi làm ở đâu ạ?',
    expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'],
    who: 'elderly',
  }, // doi-cccd
  { q: 'lam can cuoc gan chip', expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'], who: 'rural' }, // doi-cccd
  { q: 'cấp đổi thẻ căn cước', expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'], who: 'young' }, // doi-cccd
  { q: 'Con gái tôi muốn làm hộ chiếu để sang Hàn Quốc làm việc, thì làm ở công an nào ạ?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu
  { q: 'lam ho chieu di nuoc ngoai', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu
  { q: 'Công ty xuất khẩu lao động bảo con tôi nộp phiếu lý lịch tư pháp, tôi không biết xin ở đâu ạ?', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap
  { q: 'xin ly lich tu phap', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'phiếu LLTP số 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  { q: 'Con tôi vừa mua cái xe máy mới ở cửa hàng, giờ đăng ký lấy biển số ở đâu ạ, nó chỉ có tạm trú ở đây thôi?', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' }, // dang-ky-xe-moi
  { q: 'dang ky xe may moi mua bien so', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' }, // dang-ky-xe-moi
  { q: 'đăng ký xe máy lần đầu', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' }, // dang-ky-xe-moi
  { q: 'Tôi mua lại cái xe máy cũ của người ta ở Hạ Long, xe biển tỉnh khác, giờ sang tên sang chủ cho mình thì làm thế nào ạ?', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-cu
  { q: 'sang ten xe may cu mua lai', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-cu
  { q: 'sang tên di chuyển xe máy', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-cu
  { q: 'Bằng lái ô tô của tôi sắp hết hạn, tôi lái xe chở công nhân cho công ty, giờ đổi bằng ở đâu ạ?', expect: ['3.000347'], who: 'elderly' }, // doi-bang-lai
  { q: 'doi bang lai xe het han', expect: ['3.000347'], who: 'rural' }, // doi-bang-lai
  { q: 'đổi giấy phép lái xe', expect: ['3.000347'], who: 'young' }, // doi-bang-lai
  { q: 'Con tôi đánh mất bằng lái xe máy rồi, muốn xin cấp lại có phải thi lại không ạ?', expect: ['3.000348'], who: 'elderly' }, // cap-lai-bang-lai-mat
  { q: 'mat bang lai xe may lam lai', expect: ['3.000348'], who: 'rural' }, // cap-lai-bang-lai-mat
  { q: 'cấp lại GPLX bị mất', expect: ['3.000348'], who: 'young' }, // cap-lai-bang-lai-mat
  { q: 'Tôi xây mười hai phòng cho công nhân thuê, người ta bảo phải đăng ký kinh doanh, thì làm giấy phép ở đâu ạ?', expect: ['1.001612'], who: 'elderly' }, // hkd-nha-tro
  { q: 'dang ky kinh doanh nha tro', expect: ['1.001612'], who: 'rural' }, // hkd-nha-tro
  { q: 'đăng ký HKD cho thuê phòng trọ', expect: ['1.001612'], who: 'young' }, // hkd-nha-tro
  { q: 'Nhà tôi cho thuê trọ mỗi năm được hơn trăm triệu, có phải nộp thuế không, kê khai ở đâu ạ?', expect: ['1.007689'], who: 'elderly' }, // thue-cho-thue-phong-tro
  { q: 'nop thue cho thue nha tro', expect: ['1.007689'], who: 'rural' }, // thue-cho-thue-phong-tro
  { q: 'kê khai thuế cho thuê tài sản', expect: ['1.007689'], who: 'young' }, // thue-cho-thue-phong-tro
  { q: 'Tôi muốn mở quán cơm bình dân ở cổng khu công nghiệp bán cho công nhân, phải làm những giấy tờ gì ạ?', expect: ['1.001612'], who: 'elderly' }, // hkd-quan-com
  { q: 'mo quan com can giay phep gi', expect: ['1.001612'], who: 'rural' }, // hkd-quan-com
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' }, // hkd-quan-com
  { q: 'Con tôi đi làm công ty, nó muốn đăng ký cho tôi là người phụ thuộc để được giảm thuế thu nhập, thì làm thế nào ạ?', expect: ['1.008498'], who: 'elderly' }, // ma-so-thue-nguoi-phu-thuoc
  { q: 'dang ky nguoi phu thuoc giam tru thue', expect: ['1.008498'], who: 'rural' }, // ma-so-thue-nguoi-phu-thuoc
  { q: 'đăng ký MST người phụ thuộc', expect: ['1.008498'], who: 'young' }, // ma-so-thue-nguoi-phu-thuoc
  { q: 'Năm ngoái con tôi làm hai công ty, bị trừ thuế thu nhập nhiều quá, nghe nói được quyết toán lấy lại tiền, làm ở đâu ạ?', expect: ['2.002233'], who: 'elderly' }, // quyet-toan-thue-tncn
  { q: 'quyet toan thue tncn hoan thue', expect: ['2.002233'], who: 'rural' }, // quyet-toan-thue-tncn
  { q: 'hoàn thuế TNCN', expect: ['2.002233'], who: 'young' }, // quyet-toan-thue-tncn
  { q: 'Con trai tôi muốn mở công ty nhỏ làm dịch vụ vận tải, đăng ký thành lập công ty ở đâu ạ?', expect: ['2.001583', '2.001199', '2.002043', '2.002042'], who: 'elderly' }, // thanh-lap-cong-ty
  { q: 'thanh lap cong ty tnhh', expect: ['2.001583', '2.001199', '2.002043', '2.002042'], who: 'rural' }, // thanh-lap-cong-ty
  { q: 'đăng ký thành lập doanh nghiệp', expect: ['2.001583', '2.001199', '2.002043', '2.002042'], who: 'young' }, // thanh-lap-cong-ty
  { q: 'Khu trọ nhà tôi có ba tầng, công an bảo phải đảm bảo phòng cháy chữa cháy, tôi có phải xin giấy phép gì về phòng cháy không ạ?', expect: ['3.000489'], who: 'elderly' }, // pccc-nha-tro
  { q: 'giay phep pccc nha tro', expect: ['3.000489'], who: 'rural' }, // pccc-nha-tro
  { q: 'thẩm duyệt PCCC nhà trọ', expect: ['3.000489'], who: 'young' }, // pccc-nha-tro
  { q: 'Mảnh đất nhà tôi ở từ năm tám mươi, khai hoang ở ven đồi, đến giờ vẫn chưa có sổ đỏ, muốn làm sổ thì làm thế nào ạ?', expect: ['1.013978'], who: 'elderly' }, // so-do-lan-dau
  { q: 'lam so do lan dau dat o lau nam', expect: ['1.013978'], who: 'rural' }, // so-do-lan-dau
  { q: 'cấp GCN quyền sử dụng đất lần đầu', expect: ['1.013978'], who: 'young' }, // so-do-lan-dau
  { q: 'Tôi mua lại mảnh đất của ông hàng xóm, hai bên đã công chứng hợp đồng rồi, giờ sang tên sổ đỏ thì nộp ở đâu ạ?', expect: ['1.013831'], who: 'elderly' }, // sang-ten-so-do
  { q: 'sang ten so do mua dat', expect: ['1.013831'], who: 'rural' }, // sang-ten-so-do
  { q: 'đăng ký biến động chuyển nhượng QSDĐ', expect: ['1.013831'], who: 'young' }, // sang-ten-so-do
  { q: 'Tôi có mảnh đất hơn hai trăm mét, muốn chia cho hai đứa con mỗi đứa một nửa thì làm thủ tục tách thửa thế nào ạ?', expect: ['1.012784'], who: 'elderly' }, // tach-thua
  { q: 'tach thua dat cho con', expect: ['1.012784'], who: 'rural' }, // tach-thua
  { q: 'tách thửa đất', expect: ['1.012784'], who: 'young' }, // tach-thua
  { q: 'Nhà tôi bị ngập nước hồi bão, cái sổ đỏ mục nát mất rồi, xin cấp lại được không ạ?', expect: ['1.012786', '1.012783'], who: 'elderly' }, // mat-so-do
  { q: 'so do bi mat cap lai', expect: ['1.012786', '1.012783'], who: 'rural' }, // mat-so-do
  { q: 'cấp lại GCN QSDĐ bị mất', expect: ['1.012786', '1.012783'], who: 'young' }, // mat-so-do
  { q: 'Tôi định phá nhà cấp bốn xây lên ba tầng làm phòng trọ, có phải xin giấy phép xây dựng không, xin ở đâu ạ?', expect: ['1.013225'], who: 'elderly' }, // giay-phep-xay-nha
  { q: 'xin phep xay nha 3 tang', expect: ['1.013225'], who: 'rural' }, // giay-phep-xay-nha
  { q: 'GPXD nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // giay-phep-xay-nha
  { q: 'Vợ chồng con tôi là công nhân, muốn đăng ký mua căn hộ nhà ở xã hội cho công nhân, cần xin xác nhận gì ạ?', expect: ['1.014632', '1.115150'], who: 'elderly' }, // nha-o-xa-hoi
  { q: 'mua nha o xa hoi cong nhan', expect: ['1.014632', '1.115150'], who: 'rural' }, // nha-o-xa-hoi
  { q: 'xác nhận điều kiện mua nhà ở xã hội', expect: ['1.014632', '1.115150'], who: 'young' }, // nha-o-xa-hoi
  { q: 'Tôi làm mất bằng tốt nghiệp cấp ba từ lâu rồi, giờ xin việc người ta đòi, có xin lại được bản sao không ạ?', expect: ['2.000908'], who: 'elderly' }, // ban-sao-bang-tot-nghiep
  { q: 'mat bang tot nghiep cap 3 xin lai', expect: ['2.000908'], who: 'rural' }, // ban-sao-bang-tot-nghiep
  { q: 'cấp bản sao bằng tốt nghiệp THPT', expect: ['2.000908'], who: 'young' }, // ban-sao-bang-tot-nghiep
  { q: 'Tôi vừa đóng con tàu gỗ để đi đánh cá ngoài khơi, phải đăng ký tàu ở đâu ạ?', expect: ['1.003650'], who: 'elderly' }, // dang-ky-tau-ca
  { q: 'dang ky tau ca moi dong', expect: ['1.003650'], who: 'rural' }, // dang-ky-tau-ca
  { q: 'đăng ký tàu cá', expect: ['1.003650'], who: 'young' }, // dang-ky-tau-ca
  { q: 'Tàu cá nhà tôi muốn ra khơi đánh bắt cho đúng luật thì phải xin giấy phép khai thác ở đâu ạ?', expect: ['1.004359'], who: 'elderly' }, // giay-phep-khai-thac-thuy-san
  { q: 'giay phep danh bat hai san', expect: ['1.004359'], who: 'rural' }, // giay-phep-khai-thac-thuy-san
  { q: 'cấp giấy phép khai thác thủy sản', expect: ['1.004359'], who: 'young' }, // giay-phep-khai-thac-thuy-san
  { q: 'Con gái tôi lấy chồng bị nó đánh suốt, giờ muốn bỏ nhau thì làm đơn ly hôn nộp ở đâu ạ?', expect: ['3.000163'], who: 'elderly' }, // ly-hon
  { q: 'lam don ly hon', expect: ['3.000163'], who: 'rural' }, // ly-hon
  { q: 'thủ tục ly hôn đơn phương', expect: ['3.000163'], who: 'young' }, // ly-hon
  { q: 'Nhà tôi nghèo, con tôi bị người ta kiện, không có tiền thuê luật sư, có chỗ nào của nhà nước giúp miễn phí không ạ?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'yêu cầu trợ giúp pháp lý', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
];

export const THIRTYNINTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // tro-cap-that-nghiep: Giải quyết hưởng trợ cấp thất nghiệp is not in the crawl (labour/employment ministry not crawled); only 1.001601 ủy quyền lĩnh thay, a different need
  { q: 'Con tôi làm công ty giày ở khu công nghiệp, công ty cắt giảm nên nó bị nghỉ việc, nghe nói được lĩnh tiền thất nghiệp, nộp hồ sơ ở đâu ạ?', who: 'elderly' },
  { q: 'lam tro cap that nghiep nghi viec cong ty', who: 'rural' },
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' },
  // chuyen-noi-huong-that-nghiep: no chuyển nơi hưởng trợ cấp thất nghiệp procedure in the crawl; searched thất nghiệp, chuyển nơi hưởng (1.001742 is for pensions only)
  { q: 'Con tôi đang hưởng tiền thất nghiệp ở ngoài Hải Phòng mà giờ về quê Nam Định ở với bố mẹ, có chuyển về quê nhận tiếp được không ạ?', who: 'elderly' },
  { q: 'chuyen that nghiep ve que nhan', who: 'rural' },
  { q: 'chuyển nơi hưởng trợ cấp thất nghiệp', who: 'young' },
  // hoc-nghe-khi-that-nghiep: no hỗ trợ học nghề / BHTN procedure in the crawl; searched học nghề, thất nghiệp, đào tạo nghề
  { q: 'Thằng cháu tôi mất việc rồi, nó muốn đi học lái máy xúc hay nghề hàn, nghe bảo người thất nghiệp được nhà nước hỗ trợ tiền học, có đúng không ạ?', who: 'elderly' },
  { q: 'ho tro hoc nghe cho nguoi that nghiep', who: 'rural' },
  { q: 'hỗ trợ học nghề BHTN', who: 'young' },
  // cong-ty-no-luong: no labour-dispute mediation or labour complaint procedure in the crawl; Khiếu nại, tố cáo only covers complaints against the police
  { q: 'Công ty may của con gái tôi nợ lương ba tháng rồi giám đốc bỏ trốn, công nhân chúng nó kêu ở đâu để đòi được tiền ạ?', who: 'elderly' },
  { q: 'cong ty no luong bo tron khieu nai o dau', who: 'rural' },
  { q: 'hòa giải tranh chấp lao động nợ lương', who: 'young' },
  // xuat-khau-lao-dong-nhat: no procedure for workers going abroad on contract; searched xuất khẩu lao động, làm việc ở nước ngoài, hợp đồng
  { q: 'Thằng út nhà tôi muốn đi xuất khẩu lao động sang Nhật, có phải đăng ký gì với nhà nước không hay chỉ qua công ty môi giới ạ?', who: 'elderly' },
  { q: 'di xuat khau lao dong nhat ban thu tuc', who: 'rural' },
  { q: 'đăng ký hợp đồng đi làm việc ở nước ngoài', who: 'young' },
  // xin-viec-khu-cong-nghiep: no employment-service / job-placement procedure in the crawl; searched việc làm, giới thiệu việc
  { q: 'Con tôi mới ở quê ra, chưa có việc, có chỗ nào của nhà nước giới thiệu việc làm trong khu công nghiệp không ạ?', who: 'elderly' },
  { q: 'tim viec lam khu cong nghiep', who: 'rural' },
  { q: 'trung tâm dịch vụ việc làm giới thiệu việc', who: 'young' },
  // huong-luong-huu-tho-lo: no general Giải quyết hưởng lương hưu in the crawl; only 2.000605 (commune cadres) and 2.000762 (Decision 613), which are other groups
  { q: 'Tôi làm lò đủ mười lăm năm hầm lò rồi, sắp đến tuổi về, muốn làm hồ sơ nghỉ hưu hưởng lương thì nộp ở đâu ạ?', who: 'elderly' },
  { q: 'lam ho so nghi huu tho lo', who: 'rural' },
  { q: 'giải quyết hưởng lương hưu', who: 'young' },
  // giam-dinh-y-khoa: no medical assessment (giám định y khoa) procedure; health ministry not crawled; the term only appears inside police/merit procedures
  { q: 'Con tôi bị tai nạn ở công ty, bảo hiểm bảo phải đi giám định xem suy giảm bao nhiêu phần trăm sức lao động, thì đăng ký giám định ở đâu ạ?', who: 'elderly' },
  { q: 'giam dinh suy giam kha nang lao dong', who: 'rural' },
  { q: 'giám định y khoa tai nạn lao động', who: 'young' },
  // tro-cap-cao-tuoi: no social-assistance (bảo trợ xã hội) procedures in the crawl; searched trợ cấp xã hội, cao tuổi, bảo trợ
  { q: 'Mẹ tôi năm nay tám mươi mốt tuổi rồi, không có lương hưu, nghe nói được hưởng tiền người cao tuổi hằng tháng, đăng ký ở đâu ạ?', who: 'elderly' },
  { q: 'tro cap nguoi gia tren 80 tuoi', who: 'rural' },
  { q: 'trợ cấp xã hội hằng tháng người cao tuổi', who: 'young' },
  // tro-cap-khuyet-tat: no disability determination or allowance procedure; searched khuyết tật, bảo trợ
  { q: 'Cháu tôi bị bại não từ bé, không tự đi lại được, gia đình muốn xin giấy khuyết tật và tiền trợ cấp cho cháu thì làm thế nào ạ?', who: 'elderly' },
  { q: 'xin tro cap cho con bi khuyet tat', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // mai-tang-phi: no funeral support for social-allowance recipients; searched mai táng, bảo trợ (2.000821 covers BHXH pensioners only)
  { q: 'Bà cụ nhà tôi đang hưởng tiền trợ cấp người già thì mất, nghe nói nhà nước có hỗ trợ tiền mai táng, làm ở đâu ạ?', who: 'elderly' },
  { q: 'ho tro mai tang nguoi huong tro cap', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng bảo trợ xã hội', who: 'young' },
  // tre-mo-coi: no orphan allowance procedure; searched mồ côi, trẻ em, bảo trợ
  { q: 'Cháu ngoại tôi bố mẹ nó mất cả trong vụ tai nạn, tôi đang nuôi, có được nhà nước trợ cấp gì cho cháu không ạ?', who: 'elderly' },
  { q: 'tro cap tre mo coi cha me', who: 'rural' },
  { q: 'trợ cấp trẻ em mồ côi', who: 'young' },
  // ho-tro-thiet-hai-bao: no household support for storm/natural-disaster damage (house or aquaculture cages); searched thiên tai, thiệt hại, khắc phục, hỗ trợ
  { q: 'Cơn bão vừa rồi tốc hết mái nhà tôi, lồng bè nuôi hàu ngoài vịnh cũng trôi mất, có được nhà nước hỗ trợ gì không ạ?', who: 'elderly' },
  { q: 'ho tro thiet hai do bao lam sap nha', who: 'rural' },
  { q: 'hỗ trợ khắc phục thiệt hại thiên tai', who: 'young' },
  // thuong-binh: only 1.004089 (thương binh within the People's Police at provincial police); nothing for army veterans of the 1979 border war; merit (người có công) procedures of the Home Affairs ministry are not crawled
  { q: 'Tôi đi bộ đội ở biên giới phía Bắc năm bảy chín bị thương, giờ mới tìm được giấy ra viện, có được xét hưởng chế độ thương binh không ạ?', who: 'elderly' },
  { q: 'lam che do thuong binh', who: 'rural' },
  { q: 'công nhận thương binh hưởng trợ cấp', who: 'young' },
  // tho-cung-liet-si: no trợ cấp thờ cúng liệt sĩ procedure; searched thờ cúng, liệt sĩ (1.004163 is recognition of police martyrs)
  { q: 'Anh trai tôi là liệt sĩ, bố mẹ tôi mất cả rồi, giờ tôi thờ cúng anh thì có được nhận tiền thờ cúng liệt sĩ không ạ?', who: 'elderly' },
  { q: 'tien tho cung liet si', who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', who: 'young' },
  // trinh-bao-mat-giay-to: no procedure for reporting lost ID card / driving licence to the police; only lost passport / ABTC / border pass reports, which are other documents
  { q: 'Con tôi bị móc túi mất ví trên xe buýt, trong ví có đủ cả căn cước với bằng lái, giờ trình báo mất ở đâu ạ?', who: 'elderly' },
  { q: 'trinh bao mat vi giay to', who: 'rural' },
  { q: 'trình báo mất giấy tờ tùy thân', who: 'young' },
  // nghia-vu-quan-su: no military-service registration or deferral procedure (defence ministry not crawled); searched nghĩa vụ quân sự, tạm hoãn, nhập ngũ
  { q: 'Con tôi nhận lệnh khám nghĩa vụ quân sự ở quê mà nó đang làm công ty ngoài này, có xin tạm hoãn được không ạ?', who: 'elderly' },
  { q: 'tam hoan nghia vu quan su', who: 'rural' },
  { q: 'đăng ký nghĩa vụ quân sự tạm vắng', who: 'young' },
  // nop-phat-nguoi: no procedure for paying traffic fines; searched nộp phạt, xử phạt, vi phạm hành chính
  { q: 'Con tôi nhận được giấy báo phạt nguội vượt đèn đỏ, nó ở trọ không có thời gian lên công an, có nộp phạt chỗ nào gần không ạ?', who: 'elderly' },
  { q: 'nop phat nguoi vuot den do', who: 'rural' },
  { q: 'nộp phạt vi phạm giao thông online', who: 'young' },
  // an-toan-thuc-pham: no food-safety certificate for eating places (health ministry); 2.001827 covers agro/forestry/fishery food producers and traders, not a rice shop
  { q: 'Quán cơm của tôi bị đoàn kiểm tra hỏi giấy an toàn thực phẩm, tôi phải xin giấy ấy ở đâu ạ?', who: 'elderly' },
  { q: 'giay an toan thuc pham quan com', who: 'rural' },
  { q: 'cấp GCN cơ sở đủ điều kiện ATTP', who: 'young' },
  // chuyen-truong: no education procedures in the crawl (education ministry not crawled); searched chuyển trường, học sinh
  { q: 'Vợ chồng con tôi đưa cháu từ quê Thanh Hoá ra đây ở cùng, cháu đang học lớp bốn, xin chuyển trường thì làm thế nào ạ?', who: 'elderly' },
  { q: 'chuyen truong cho con tu que ra', who: 'rural' },
  { q: 'chuyển trường tiểu học', who: 'young' },
  // tuyen-sinh-lop-1: no school-admission procedure; only 1.004045 (admission to police academies); searched tuyển sinh, lớp 1
  { q: 'Cháu tôi năm nay sáu tuổi, bố mẹ nó ở trọ chỉ có tạm trú, có được vào học lớp một trường công ở phường không ạ?', who: 'elderly' },
  { q: 'cho con vao lop 1 khi o tam tru', who: 'rural' },
  { q: 'tuyển sinh lớp 1 trực tuyến', who: 'young' },
  // mien-giam-hoc-phi: no tuition exemption procedure; searched học phí, miễn giảm
  { q: 'Nhà tôi là hộ nghèo, đứa lớn học cấp hai, có được miễn học phí không, phải làm đơn ở đâu ạ?', who: 'elderly' },
  { q: 'mien giam hoc phi ho ngheo', who: 'rural' },
  { q: 'miễn giảm học phí', who: 'young' },
  // kham-suc-khoe-xin-viec: health check certificates are issued by clinics/hospitals, no procedure in the crawl; searched sức khỏe, khám
  { q: 'Con tôi đi xin vào công ty, người ta đòi giấy khám sức khoẻ, khám ở đâu thì được ạ?', who: 'elderly' },
  { q: 'kham suc khoe xin viec lam', who: 'rural' },
  { q: 'giấy khám sức khỏe đi làm', who: 'young' },
  // vay-von-chinh-sach-cho-con-hoc: student loans are a Social Policy Bank product, no procedure in the crawl; searched sinh viên, vay vốn, chính sách xã hội
  { q: 'Con tôi đỗ đại học mà nhà khó khăn, nghe nói được vay tiền ngân hàng chính sách cho sinh viên, làm giấy ở đâu ạ?', who: 'elderly' },
  { q: 'vay von sinh vien ngan hang chinh sach', who: 'rural' },
  { q: 'vay vốn HSSV', who: 'young' },
  // dien-phong-tro: electricity pricing for tenants is an EVN matter, no procedure; searched điện, công tơ
  { q: 'Chủ trọ tính tiền điện của con tôi bốn nghìn một số, có được làm công tơ riêng tính giá điện nhà nước không ạ?', who: 'elderly' },
  { q: 'chu tro tinh tien dien qua dat', who: 'rural' },
  { q: 'đăng ký định mức điện cho người thuê trọ', who: 'young' },
  // tiem-chung-con: vaccination is done at health stations, no procedure; searched tiêm, vắc xin
  { q: 'Cháu tôi ở trọ với bố mẹ ngoài này, sổ tiêm chủng để ở quê, giờ tiêm phòng cho cháu ở đâu ạ?', who: 'elderly' },
  { q: 'tiem chung cho tre o tro', who: 'rural' },
  { q: 'tiêm chủng mở rộng', who: 'young' },
  // xac-nhan-hoan-canh-kho-khan: no procedure for a certificate of family hardship; searched khó khăn, hoàn cảnh
  { q: 'Cháu tôi học giỏi, nhà trường bảo xin giấy xác nhận hoàn cảnh khó khăn để xét học bổng, phường có xác nhận cho không ạ?', who: 'elderly' },
  { q: 'xin giay xac nhan hoan canh kho khan', who: 'rural' },
  { q: 'xác nhận hoàn cảnh gia đình khó khăn', who: 'young' },
];
