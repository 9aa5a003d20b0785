import type { CitizenQuery } from './dev-set';

/** FORTIETH blind held-out set (issue 17). Persona: an old-quarter ward of Hà Nội — retired civil servants and small
 *  shopkeepers in tube houses, many over seventy, houses split among siblings, old ownership papers from the 1990s,
 *  tenants and homestays, children abroad; polite northern speech. Written 2026-12-07 (UTC) blind: queries drafted
 *  before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/fortieth-draft-20261207T1121Z.txt  sha256 dc72e7180e0ef7f2b27027fe5b82d4c7ee91a152b9ea1ad41d9bec6443ab2858
 *  249 queries (83 situations x 3 voices): 165 labelled (elderly 55, rural 55, young 55), 84 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const FORTIETH_HELDOUT: readonly CitizenQuery[] = [
  { q: 'Thưa cô, ông nhà tôi vừa mất hôm kia tại nhà, con cháu bảo phải đi báo tử cho ông, tôi cần mang những giấy gì ạ?', expect: ['1.000656'], who: 'elderly' }, // khai-tu-chong-mat-tai-nha
  { q: 'chong moi mat o nha lam giay bao tu o dau', expect: ['1.000656'], who: 'rural' }, // khai-tu-chong-mat-tai-nha
  { q: 'đăng ký khai tử người mất tại nhà', expect: ['1.000656'], who: 'young' }, // khai-tu-chong-mat-tai-nha
  { q: 'Cháu ơi, bác làm mất tờ giấy khai sinh làm ở phường này từ hồi nào rồi, giờ làm hộ chiếu người ta đòi bản sao thì xin lại ở đâu hả cháu?', expect: ['2.000635'], who: 'elderly' }, // ban-sao-giay-khai-sinh-bi-mat
  { q: 'xin ban sao giay khai sinh bi mat', expect: ['2.000635'], who: 'rural' }, // ban-sao-giay-khai-sinh-bi-mat
  { q: 'trích lục khai sinh bản sao', expect: ['2.000635'], who: 'young' }, // ban-sao-giay-khai-sinh-bi-mat
  { q: 'Tôi góa chồng đã mười năm nay, giờ bán căn nhà thì phòng công chứng đòi giấy xác nhận tôi chưa đi bước nữa, xin ở đâu ạ?', expect: ['1.004873'], who: 'elderly' }, // giay-doc-than-nguoi-goa-ban-nha
  { q: 'xin giay doc than cho nguoi goa chong de ban nha', expect: ['1.004873'], who: 'rural' }, // giay-doc-than-nguoi-goa-ban-nha
  { q: 'xác nhận tình trạng hôn nhân bán nhà', expect: ['1.004873'], who: 'young' }, // giay-doc-than-nguoi-goa-ban-nha
  { q: 'Cháu gái tôi sắp lấy chồng người Pháp, hai đứa muốn đăng ký kết hôn ở đây cho ông bà yên tâm thì làm thế nào hả cô?', expect: ['2.000806'], who: 'elderly' }, // ket-hon-chau-voi-nguoi-nuoc-ngoai
  { q: 'dang ky ket hon voi nguoi nuoc ngoai o dau', expect: ['2.000806'], who: 'rural' }, // ket-hon-chau-voi-nguoi-nuoc-ngoai
  { q: 'đkkh có yếu tố nước ngoài', expect: ['2.000806'], who: 'young' }, // ket-hon-chau-voi-nguoi-nuoc-ngoai
  {
    q: 'Con trai tôi ở bên Đức, thằng cháu nội sinh bên ấy đã có giấy khai sinh của Đức, nay cả nhà về nước ở hẳn, muốn vào sổ hộ tịch bên mình cho cháu thì làm sao ạ?',
    expect: ['2.000547'],
    who: 'elderly',
  }, // ghi-vao-so-khai-sinh-chau-sinh-o-duc
  { q: 'con sinh o nuoc ngoai ve vn lam giay khai sinh', expect: ['2.000547', '2.000528'], who: 'rural' }, // ghi-vao-so-khai-sinh-chau-sinh-o-duc
  { q: 'ghi chú khai sinh đã đăng ký ở nước ngoài', expect: ['2.000547'], who: 'young' }, // ghi-vao-so-khai-sinh-chau-sinh-o-duc
  { q: 'Con gái tôi lấy chồng và làm đăng ký kết hôn bên Úc, giờ về nước muốn cho việc ấy được ghi vào giấy tờ bên mình thì phải làm thủ tục gì thưa cô?', expect: ['2.002189'], who: 'elderly' }, // ghi-vao-so-ket-hon-con-o-uc
  { q: 'ket hon o nuoc ngoai ve vn ghi vao so', expect: ['2.002189'], who: 'rural' }, // ghi-vao-so-ket-hon-con-o-uc
  { q: 'ghi chú kết hôn ở nước ngoài', expect: ['2.002189'], who: 'young' }, // ghi-vao-so-ket-hon-con-o-uc
  { q: 'Giấy khai sinh của tôi hồi xưa ghi sai tên đệm, chữ "Thị" thành chữ "Thi", giờ làm giấy tờ nhà bị vướng, xin sửa lại có được không hả cháu?', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-sai-ten-giay-khai-sinh
  { q: 'giay khai sinh ghi sai ten sua o dau', expect: ['1.004859'], who: 'rural' }, // cai-chinh-sai-ten-giay-khai-sinh
  { q: 'cải chính hộ tịch sai tên', expect: ['1.004859'], who: 'young' }, // cai-chinh-sai-ten-giay-khai-sinh
  {
    q: 'Tôi sinh năm 1948 ở phố Hàng Bạc, giấy khai sinh gốc thất lạc từ thời sơ tán, sổ sách ở phường cũng không còn, giờ muốn làm lại giấy khai sinh thì thế nào ạ?',
    expect: ['1.004884'],
    who: 'elderly',
  }, // dang-ky-lai-khai-sinh-nguoi-gia
  { q: 'lam lai giay khai sinh nguoi gia mat het so goc', expect: ['1.004884'], who: 'rural' }, // dang-ky-lai-khai-sinh-nguoi-gia
  { q: 'đăng ký lại khai sinh', expect: ['1.004884'], who: 'young' }, // dang-ky-lai-khai-sinh-nguoi-gia
  {
    q: 'Mẹ tôi mất từ năm 1979, hồi ấy có giấy báo tử nhưng mối xông mất rồi, hỏi phường thì sổ cũ cũng không còn, giờ anh em làm thừa kế cần giấy ấy thì xin làm lại được không ạ?',
    expect: ['1.005461'],
    who: 'elderly',
  }, // dang-ky-lai-khai-tu-me-mat-lau
  { q: 'me mat lau roi mat giay chung tu lam lai dc ko', expect: ['1.005461'], who: 'rural' }, // dang-ky-lai-khai-tu-me-mat-lau
  { q: 'đăng ký lại khai tử', expect: ['1.005461'], who: 'young' }, // dang-ky-lai-khai-tu-me-mat-lau
  {
    q: 'Mẹ tôi năm nay chín mươi hai, lẫn rồi không tự ký giấy tờ được, anh em chúng tôi muốn cử tôi đứng ra trông nom giấy tờ cho cụ thì có phải đăng ký gì không ạ?',
    expect: ['1.004837'],
    who: 'elderly',
  }, // giam-ho-me-gia-lan
  { q: 'dang ky giam ho cho me gia bi lan', expect: ['1.004837'], who: 'rural' }, // giam-ho-me-gia-lan
  { q: 'đăng ký giám hộ người già mất năng lực', expect: ['1.004837'], who: 'young' }, // giam-ho-me-gia-lan
  { q: 'Cô ơi cho tôi hỏi, tôi cần sao mấy bản giấy tờ nhà có đóng dấu đỏ để nộp cho ngân hàng thì làm ở đâu ạ?', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao-giay-to-nha
  { q: 'cong chung giay to photo o phuong', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao-giay-to-nha
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao-giay-to-nha
  { q: 'Tôi yếu chân không đi lại được nhiều, muốn viết giấy ủy quyền cho con gái đi làm giấy tờ thay, có phải ra phường ký trước mặt cán bộ không cháu?', expect: ['2.000884'], who: 'elderly' }, // chung-thuc-chu-ky-giay-uy-quyen
  { q: 'xac nhan chu ky giay uy quyen', expect: ['2.000884'], who: 'rural' }, // chung-thuc-chu-ky-giay-uy-quyen
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: ['2.000884'], who: 'young' }, // chung-thuc-chu-ky-giay-uy-quyen
  {
    q: 'Bố mẹ tôi mất không để lại di chúc, căn nhà ở phố Hàng Đường bốn anh em đã thống nhất chia nhau, giờ muốn làm văn bản thỏa thuận có xác nhận của phường thì làm thế nào ạ?',
    expect: ['2.001406'],
    who: 'elderly',
  }, // chia-di-san-nha-bo-me-anh-em
  { q: 'chia thua ke nha bo me cho anh em lam giay o phuong', expect: ['2.001406'], who: 'rural' }, // chia-di-san-nha-bo-me-anh-em
  { q: 'chứng thực văn bản thỏa thuận phân chia di sản', expect: ['2.001406'], who: 'young' }, // chia-di-san-nha-bo-me-anh-em
  { q: 'Tôi tuổi cao rồi, muốn viết di chúc để lại căn nhà cho các con cho rõ ràng, nhờ phường chứng cho có được không hay phải ra phòng công chứng ạ?', expect: ['2.001019'], who: 'elderly' }, // chung-thuc-di-chuc
  { q: 'lam di chuc chung thuc o xa', expect: ['2.001019'], who: 'rural' }, // chung-thuc-di-chuc
  { q: 'chứng thực di chúc', expect: ['2.001019'], who: 'young' }, // chung-thuc-di-chuc
  {
    q: 'Em trai tôi định cư bên Mỹ, chú ấy không nhận phần nhà của bố mẹ để lại, nhường cho anh chị ở nhà; nhân dịp chú về chơi thì làm giấy từ chối ấy ở phường có được không ạ?',
    expect: ['2.001016'],
    who: 'elderly',
  }, // tu-choi-nhan-di-san-em-o-my
  { q: 'giay tu choi nhan thua ke', expect: ['2.001016'], who: 'rural' }, // tu-choi-nhan-di-san-em-o-my
  { q: 'chứng thực văn bản từ chối nhận di sản', expect: ['2.001016'], who: 'young' }, // tu-choi-nhan-di-san-em-o-my
  { q: 'Hai ông bà tôi già rồi, muốn làm giấy cho thằng con út căn nhà đang ở, có làm ở phường được không hay phải lên đâu ạ?', expect: ['2.001035'], who: 'elderly' }, // tang-cho-nha-cho-con
  { q: 'cho con nha dat lam hop dong tang cho', expect: ['2.001035'], who: 'rural' }, // tang-cho-nha-cho-con
  { q: 'hợp đồng tặng cho nhà đất chứng thực', expect: ['2.001035'], who: 'young' }, // tang-cho-nha-cho-con
  { q: 'Cháu tôi mang về mấy tờ giấy tiếng Đức, đã dịch ra tiếng Việt rồi, giờ cần đóng dấu xác nhận bản dịch để nộp thì làm ở đâu hả cô?', expect: ['2.000992', '2.001008'], who: 'elderly' }, // chung-thuc-ban-dich-tieng-duc
  { q: 'chung thuc ban dich tieng nuoc ngoai', expect: ['2.000992', '2.001008'], who: 'rural' }, // chung-thuc-ban-dich-tieng-duc
  { q: 'chứng thực chữ ký người dịch', expect: ['2.000992', '2.001008'], who: 'young' }, // chung-thuc-ban-dich-tieng-duc
  { q: 'Nhà tôi có cho mấy cháu sinh viên thuê tầng trên, có phải khai báo tạm trú cho các cháu không, và làm thế nào ạ?', expect: ['1.004194'], who: 'elderly' }, // tam-tru-sinh-vien-thue-nha
  { q: 'dang ky tam tru cho nguoi thue tro', expect: ['1.004194'], who: 'rural' }, // tam-tru-sinh-vien-thue-nha
  { q: 'đăng ký tạm trú người thuê nhà', expect: ['1.004194'], who: 'young' }, // tam-tru-sinh-vien-thue-nha
  { q: 'Nhà tôi làm homestay, khách Việt đến ở vài đêm rồi đi, nghe nói phải báo với công an phường mỗi lần có khách, báo thế nào cho đúng ạ?', expect: ['2.001159'], who: 'elderly' }, // luu-tru-khach-homestay
  { q: 'bao luu tru khach o homestay', expect: ['2.001159'], who: 'rural' }, // luu-tru-khach-homestay
  { q: 'thông báo lưu trú homestay', expect: ['2.001159'], who: 'young' }, // luu-tru-khach-homestay
  { q: 'Có mấy vị khách Tây đến thuê phòng nhà tôi ở một tháng, tôi phải khai báo cho người ta với công an thế nào hả cháu?', expect: ['1.000253', '1.001437'], who: 'elderly' }, // khai-bao-tam-tru-khach-tay
  { q: 'khai bao khach nuoc ngoai o nha', expect: ['1.000253', '1.001437'], who: 'rural' }, // khai-bao-tam-tru-khach-tay
  { q: 'khai báo tạm trú người nước ngoài', expect: ['1.000253', '1.001437'], who: 'young' }, // khai-bao-tam-tru-khach-tay
  { q: 'Ông nhà tôi mất rồi, tên ông vẫn còn trong hộ khẩu, con cháu bảo phải xóa tên đi, việc ấy làm ở đâu ạ?', expect: ['1.003197'], who: 'elderly' }, // xoa-ho-khau-nguoi-mat
  { q: 'xoa ten nguoi chet trong ho khau', expect: ['1.003197'], who: 'rural' }, // xoa-ho-khau-nguoi-mat
  { q: 'xóa đăng ký thường trú người đã chết', expect: ['1.003197'], who: 'young' }, // xoa-ho-khau-nguoi-mat
  { q: 'Sổ hộ khẩu giờ bị thu rồi, cháu tôi đi làm hồ sơ người ta đòi giấy xác nhận nơi ở, ông bà xin cho cháu ở đâu được ạ?', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru-cho-chau
  { q: 'xin giay xac nhan cu tru', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru-cho-chau
  { q: 'CT07 xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru-cho-chau
  { q: 'Con trai tôi đi Nga từ năm chín mươi, nay về hẳn với bố mẹ, muốn nhập lại hộ khẩu vào nhà ở phố Hàng Bồ thì có được không ạ?', expect: ['1.004222'], who: 'elderly' }, // nhap-khau-con-o-nga-ve
  { q: 'con o nuoc ngoai ve nhap ho khau', expect: ['1.004222'], who: 'rural' }, // nhap-khau-con-o-nga-ve
  { q: 'đăng ký thường trú người định cư ở nước ngoài về nước', expect: ['1.004222'], who: 'young' }, // nhap-khau-con-o-nga-ve
  { q: 'Nhà tôi ba thế hệ chung một hộ, vợ chồng thằng cả muốn tách ra thành hộ riêng trên cùng căn nhà thì có được không cháu?', expect: ['1.010038'], who: 'elderly' }, // tach-ho-vo-chong-con-ca
  { q: 'tach ho khau rieng', expect: ['1.010038'], who: 'rural' }, // tach-ho-vo-chong-con-ca
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' }, // tach-ho-vo-chong-con-ca
  { q: 'Tôi vẫn dùng cái chứng minh thư cũ từ năm 2005, các cháu bảo giờ không dùng được nữa, phải đổi sang thẻ căn cước, tôi đi làm ở đâu ạ?', expect: ['1.014061', '2.000200'], who: 'elderly' }, // doi-cmnd-cu-sang-can-cuoc
  { q: 'doi cmnd cu sang can cuoc', expect: ['1.014061', '2.000200'], who: 'rural' }, // doi-cmnd-cu-sang-can-cuoc
  { q: 'cấp đổi thẻ căn cước từ CMND', expect: ['1.014061', '2.000200'], who: 'young' }, // doi-cmnd-cu-sang-can-cuoc
  { q: 'Con cháu ở xa cứ bảo ông phải cài cái VNeID trên điện thoại, mức hai gì đó, ông không biết làm, ra phường có ai làm giúp không?', expect: ['3.000228'], who: 'elderly' }, // vneid-muc-2
  { q: 'kich hoat vneid muc 2', expect: ['3.000228'], who: 'rural' }, // vneid-muc-2
  { q: 'định danh điện tử mức 2', expect: ['3.000228'], who: 'young' }, // vneid-muc-2
  { q: 'Cháu ngoại tôi sắp sang Nhật làm việc, bên ấy đòi giấy chứng nhận không có tiền án tiền sự, cháu phải xin ở đâu ạ?', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap-chau-di-nhat
  { q: 'xin ly lich tu phap di xuat khau lao dong', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap-chau-di-nhat
  { q: 'phiếu LLTP số 2', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap-chau-di-nhat
  { q: 'Tôi bảy mươi lăm tuổi rồi, con gái ở Canada mời sang chơi, tôi chưa có hộ chiếu bao giờ, làm ở đâu và có phải đi lấy dấu vân tay không ạ?', expect: ['1.001456'], who: 'elderly' }, // ho-chieu-cu-di-tham-con
  { q: 'lam ho chieu cho nguoi gia', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu-cu-di-tham-con
  { q: 'cấp hộ chiếu phổ thông lần đầu', expect: ['1.001456'], who: 'young' }, // ho-chieu-cu-di-tham-con
  {
    q: 'Con tôi sang Úc từ những năm tám mươi, đã nhập quốc tịch bên ấy và thôi quốc tịch mình, nay về già muốn xin lại quốc tịch Việt Nam thì nộp ở đâu ạ?',
    expect: ['1.004757', '2.002038'],
    who: 'elderly',
  }, // tro-lai-quoc-tich-con-o-uc
  { q: 'xin lai quoc tich viet nam', expect: ['1.004757', '2.002038'], who: 'rural' }, // tro-lai-quoc-tich-con-o-uc
  { q: 'trở lại quốc tịch Việt Nam', expect: ['1.004757', '2.002038'], who: 'young' }, // tro-lai-quoc-tich-con-o-uc
  {
    q: 'Căn nhà tôi mua từ năm 1993, chỉ có giấy mua bán viết tay với tờ xác nhận của phường hồi ấy, đến giờ vẫn chưa có sổ hồng, giờ muốn làm sổ thì bắt đầu từ đâu ạ?',
    expect: ['1.013978'],
    who: 'elderly',
  }, // so-hong-lan-dau-nha-mua-1993
  { q: 'nha mua giay tay chua co so hong lam so lan dau', expect: ['1.013978'], who: 'rural' }, // so-hong-lan-dau-nha-mua-1993
  { q: 'cấp GCN lần đầu nhà có giấy tờ cũ', expect: ['1.013978'], who: 'young' }, // so-hong-lan-dau-nha-mua-1993
  { q: 'Sổ đỏ căn nhà vẫn đứng tên bố tôi, bố mẹ mất cả rồi, anh em đã chia xong, giờ sang tên cho tôi thì phải nộp ở đâu hả cháu?', expect: ['1.013831'], who: 'elderly' }, // sang-ten-so-do-thua-ke
  { q: 'sang ten so do thua ke bo me', expect: ['1.013831'], who: 'rural' }, // sang-ten-so-do-thua-ke
  { q: 'đăng ký biến động thừa kế quyền sử dụng đất', expect: ['1.013831'], who: 'young' }, // sang-ten-so-do-thua-ke
  { q: 'Căn nhà ống của bố mẹ để lại ba anh em chia làm ba phần, mỗi người muốn có một sổ riêng để sau này con cháu khỏi tranh chấp, có tách được không ạ?', expect: ['1.012784'], who: 'elderly' }, // tach-so-nha-ong-anh-em
  { q: 'tach so do chia cho anh em', expect: ['1.012784'], who: 'rural' }, // tach-so-nha-ong-anh-em
  { q: 'tách thửa cấp sổ riêng', expect: ['1.012784'], who: 'young' }, // tach-so-nha-ong-anh-em
  { q: 'Cái sổ hồng nhà tôi cấp từ năm 1996, giấy đã ố vàng, rách mép, chữ mờ cả rồi, xin đổi cái mới được không ạ?', expect: ['1.012783'], who: 'elderly' }, // doi-so-hong-cu-rach
  { q: 'so hong cu rach xin doi so moi', expect: ['1.012783'], who: 'rural' }, // doi-so-hong-cu-rach
  { q: 'cấp đổi giấy chứng nhận bị hư hỏng', expect: ['1.012783'], who: 'young' }, // doi-so-hong-cu-rach
  { q: 'Nhà tôi dọn dẹp sửa nhà làm thất lạc mất sổ đỏ, tìm mãi không thấy, giờ phải làm sao để xin cấp lại ạ?', expect: ['1.012786'], who: 'elderly' }, // mat-so-do
  { q: 'mat so do lam lai', expect: ['1.012786'], who: 'rural' }, // mat-so-do
  { q: 'cấp lại GCN do bị mất', expect: ['1.012786'], who: 'young' }, // mat-so-do
  { q: 'Tôi vay ngân hàng đã trả hết nợ rồi, ngân hàng trả lại sổ đỏ nhưng trong sổ vẫn ghi thế chấp, phải đi xóa chỗ ấy ở đâu ạ?', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap-tra-no-xong
  { q: 'tra no xong xoa the chap so do', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap-tra-no-xong
  { q: 'xóa đăng ký thế chấp QSDĐ', expect: ['1.011443'], who: 'young' }, // xoa-the-chap-tra-no-xong
  { q: 'Con tôi muốn vay vốn làm ăn, bố mẹ đồng ý đem sổ nhà đi thế chấp, ngoài ngân hàng ra có phải đăng ký ở đâu nữa không ạ?', expect: ['1.011441'], who: 'elderly' }, // the-chap-so-nha-cho-con-vay
  { q: 'the chap so do vay ngan hang dang ky o dau', expect: ['1.011441'], who: 'rural' }, // the-chap-so-nha-cho-con-vay
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // the-chap-so-nha-cho-con-vay
  { q: 'Nhà tôi ở thuê căn hộ của Nhà nước từ thời bao cấp, có hợp đồng thuê với công ty nhà, nay nghe nói được mua lại, thủ tục mua thế nào ạ?', expect: ['1.012893'], who: 'elderly' }, // mua-nha-thue-cua-nha-nuoc
  { q: 'mua nha thue cua nha nuoc', expect: ['1.012893'], who: 'rural' }, // mua-nha-thue-cua-nha-nuoc
  { q: 'bán nhà ở cũ thuộc sở hữu nhà nước', expect: ['1.012893'], who: 'young' }, // mua-nha-thue-cua-nha-nuoc
  { q: 'Nhà tôi là nhà cổ trong phố, mái dột tường nứt, muốn sửa lại mái và thay cầu thang, có phải xin phép không, xin ở đâu ạ?', expect: ['1.013229'], who: 'elderly' }, // sua-nha-co-trong-pho
  { q: 'xin phep sua nha', expect: ['1.013229'], who: 'rural' }, // sua-nha-co-trong-pho
  { q: 'giấy phép sửa chữa cải tạo nhà ở', expect: ['1.013229'], who: 'young' }, // sua-nha-co-trong-pho
  { q: 'Căn nhà cũ xuống cấp quá, các con muốn phá đi xây lại bốn tầng, xin giấy phép xây dựng ở phường hay ở trên thành phố ạ?', expect: ['1.013225'], who: 'elderly' }, // xay-lai-nha-bon-tang
  { q: 'xin giay phep xay nha moi', expect: ['1.013225'], who: 'rural' }, // xay-lai-nha-bon-tang
  { q: 'GPXD nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // xay-lai-nha-bon-tang
  { q: 'Tôi nghỉ hưu rồi, muốn mở cái quán nước nhỏ ở tầng một nhà mình bán cho khách du lịch, có phải đăng ký kinh doanh không ạ?', expect: ['1.001612'], who: 'elderly' }, // mo-quan-nuoc-dang-ky-hkd
  { q: 'dang ky ho kinh doanh ban hang', expect: ['1.001612'], who: 'rural' }, // mo-quan-nuoc-dang-ky-hkd
  { q: 'đăng ký thành lập HKD', expect: ['1.001612'], who: 'young' }, // mo-quan-nuoc-dang-ky-hkd
  { q: 'Cửa hàng tạp hóa tôi đứng tên mấy chục năm nay, giờ già rồi muốn để con gái đứng tên thay, phải làm giấy gì ạ?', expect: ['2.000720'], who: 'elderly' }, // doi-chu-hkd-sang-con-gai
  { q: 'doi ten chu ho kinh doanh cho con', expect: ['2.000720'], who: 'rural' }, // doi-chu-hkd-sang-con-gai
  { q: 'thay đổi chủ hộ kinh doanh', expect: ['2.000720'], who: 'young' }, // doi-chu-hkd-sang-con-gai
  { q: 'Tôi ốm phải nằm viện mấy tháng, cửa hàng đóng cửa, có cần báo với nhà nước tạm nghỉ không để khỏi bị thu thuế ạ?', expect: ['1.001570'], who: 'elderly' }, // tam-ngung-hkd-nam-vien
  { q: 'tam nghi kinh doanh vai thang', expect: ['1.001570'], who: 'rural' }, // tam-ngung-hkd-nam-vien
  { q: 'tạm ngừng kinh doanh HKD', expect: ['1.001570'], who: 'young' }, // tam-ngung-hkd-nam-vien
  { q: 'Tôi không bán hàng nữa, muốn trả lại giấy phép kinh doanh, thôi hẳn, thì làm thủ tục gì ạ?', expect: ['1.001266'], who: 'elderly' }, // cham-dut-hkd-thoi-ban
  { q: 'dong cua hang tra giay phep kinh doanh', expect: ['1.001266'], who: 'rural' }, // cham-dut-hkd-thoi-ban
  { q: 'chấm dứt hoạt động hộ kinh doanh', expect: ['1.001266'], who: 'young' }, // cham-dut-hkd-thoi-ban
  { q: 'Con tôi mở nhà nghỉ nhỏ cho khách Tây, nghe nói phải có giấy chứng nhận đủ điều kiện về an ninh trật tự của công an, xin thế nào ạ?', expect: ['2.001478'], who: 'elderly' }, // antt-nha-nghi-khach-tay
  { q: 'giay an ninh trat tu nha nghi', expect: ['2.001478'], who: 'rural' }, // antt-nha-nghi-khach-tay
  { q: 'GCN đủ điều kiện ANTT kinh doanh lưu trú', expect: ['2.001478'], who: 'young' }, // antt-nha-nghi-khach-tay
  { q: 'Tôi cho người ta thuê mặt tiền tầng một làm cửa hàng, mỗi năm phải khai nộp thuế cho thuê nhà thế nào hả cô?', expect: ['1.007689'], who: 'elderly' }, // thue-cho-thue-mat-tien
  { q: 'nop thue cho thue nha', expect: ['1.007689'], who: 'rural' }, // thue-cho-thue-mat-tien
  { q: 'khai thuế cho thuê tài sản cá nhân', expect: ['1.007689'], who: 'young' }, // thue-cho-thue-mat-tien
  { q: 'Hằng năm tôi vẫn nhận giấy báo nộp thuế đất ở, năm nay chưa thấy, tôi muốn hỏi khai thuế đất phi nông nghiệp ở đâu ạ?', expect: ['1.007695'], who: 'elderly' }, // thue-dat-o-hang-nam
  { q: 'nop thue dat o hang nam', expect: ['1.007695'], who: 'rural' }, // thue-dat-o-hang-nam
  { q: 'khai thuế sử dụng đất phi nông nghiệp', expect: ['1.007695'], who: 'young' }, // thue-dat-o-hang-nam
  { q: 'Tôi làm mất thẻ bảo hiểm y tế, mai phải đi khám ở bệnh viện Việt Đức, xin cấp lại ở đâu ạ?', expect: ['1.002759'], who: 'elderly' }, // mat-the-bhyt
  { q: 'mat the bhyt lam lai', expect: ['1.002759'], who: 'rural' }, // mat-the-bhyt
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // mat-the-bhyt
  { q: 'Ông nhà tôi là cán bộ về hưu, ông mất rồi, tôi không có lương, nghe nói vợ được hưởng tiền tuất hằng tháng, làm ở đâu ạ?', expect: ['2.000821'], who: 'elderly' }, // tien-tuat-vo-can-bo-huu
  { q: 'vo huong tien tuat chong luong huu', expect: ['2.000821'], who: 'rural' }, // tien-tuat-vo-can-bo-huu
  { q: 'giải quyết trợ cấp tuất hằng tháng', expect: ['2.000821'], who: 'young' }, // tien-tuat-vo-can-bo-huu
  { q: 'Tôi chuyển về ở với con gái bên Long Biên, muốn nhận lương hưu qua tài khoản ngân hàng thay vì lĩnh ở bưu điện, phải báo với ai ạ?', expect: ['2.000740'], who: 'elderly' }, // doi-noi-nhan-luong-huu
  { q: 'doi noi nhan luong huu', expect: ['2.000740', '1.001742'], who: 'rural' }, // doi-noi-nhan-luong-huu
  { q: 'thay đổi hình thức nhận lương hưu', expect: ['2.000740'], who: 'young' }, // doi-noi-nhan-luong-huu
  { q: 'Tôi có cái bằng lái xe máy bằng giấy bìa từ năm 1995, nghe nói phải đổi sang thẻ nhựa, đổi ở đâu cháu nhỉ?', expect: ['3.000347'], who: 'elderly' }, // doi-bang-lai-bia-giay
  { q: 'doi bang lai xe may giay sang the', expect: ['3.000347'], who: 'rural' }, // doi-bang-lai-bia-giay
  { q: 'đổi GPLX', expect: ['3.000347'], who: 'young' }, // doi-bang-lai-bia-giay
  { q: 'Cái xe Cub của ông nhà tôi đứng tên ông, ông mất rồi, giờ tôi để cho cháu đi thì phải sang tên thế nào hả cô?', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-cub-cua-chong
  { q: 'sang ten xe may nguoi da mat', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-cub-cua-chong
  { q: 'đăng ký sang tên xe thừa kế', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-cub-cua-chong
  { q: 'Anh em trong nhà không thống nhất được ranh giới phần đất bố mẹ để lại, cãi nhau mãi, muốn nhờ phường đứng ra hòa giải thì làm đơn thế nào ạ?', expect: ['1.012812'], who: 'elderly' }, // hoa-giai-tranh-chap-anh-em
  { q: 'hoa giai tranh chap dat anh em', expect: ['1.012812'], who: 'rural' }, // hoa-giai-tranh-chap-anh-em
  { q: 'hòa giải tranh chấp đất đai tại UBND cấp xã', expect: ['1.012812'], who: 'young' }, // hoa-giai-tranh-chap-anh-em
  { q: 'Tôi già cả, ít chữ nghĩa, đang có chuyện kiện cáo về nhà cửa, nghe nói người cao tuổi được luật sư nhà nước giúp miễn phí, xin ở đâu ạ?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly-nguoi-gia
  { q: 'xin tro giup phap ly mien phi', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly-nguoi-gia
  { q: 'yêu cầu trợ giúp pháp lý', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly-nguoi-gia
  { q: 'Tôi tốt nghiệp cấp ba năm 1968, bằng gốc mất từ lâu, giờ cần bản sao bằng thì xin ở đâu, trường cũ có còn lưu không ạ?', expect: ['2.000908'], who: 'elderly' }, // ban-sao-bang-cap-ba-1968
  { q: 'xin ban sao bang tot nghiep cu bi mat', expect: ['2.000908'], who: 'rural' }, // ban-sao-bang-cap-ba-1968
  { q: 'cấp bản sao văn bằng từ sổ gốc', expect: ['2.000908'], who: 'young' }, // ban-sao-bang-cap-ba-1968
  { q: 'Ông nhà tôi có sổ tiết kiệm ở ngân hàng, ông mất rồi, ngân hàng bảo phải có giấy tờ thừa kế mới cho rút, cụ thể là giấy gì ạ?', expect: ['2.001406'], who: 'elderly' }, // rut-so-tiet-kiem-cua-chong
  { q: 'rut so tiet kiem nguoi mat', expect: ['2.001406'], who: 'rural' }, // rut-so-tiet-kiem-cua-chong
  { q: 'rút tiền gửi tiết kiệm của người đã mất', expect: ['2.001406'], who: 'young' }, // rut-so-tiet-kiem-cua-chong
];

export const FORTIETH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // trich-luc-ban-do-thua-dat: only 1.011671 'Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ' (geodetic products, Sở NN&MT), not the cadastral/land-information extract; no 'cung cấp thông tin, dữ liệu đất đai' procedure in the crawl (searched trích lục, thông tin đất đai, bản đồ địa chính)
  { q: 'Các con tôi cần tờ trích lục bản đồ thửa đất nhà mình để làm giấy tờ chia nhà, xin tờ ấy ở đâu hả cô?', who: 'elderly' },
  { q: 'xin trich luc ban do thua dat', who: 'rural' },
  { q: 'cung cấp thông tin dữ liệu đất đai', who: 'young' },
  // hang-xom-xay-nha-nut-tuong: civil compensation dispute between neighbours (court / negotiation); nothing in Hoạt động xây dựng, Bồi thường nhà nước (state liability only) or Khiếu nại, tố cáo (police-only) serves it
  { q: 'Nhà bên cạnh đào móng xây nhà cao tầng làm tường nhà tôi nứt toác, nói mãi họ không đền, tôi phải làm đơn gửi đâu ạ?', who: 'elderly' },
  { q: 'hang xom xay nha lam nut tuong nha minh', who: 'rural' },
  { q: 'bồi thường nhà nứt do công trình lân cận', who: 'young' },
  // giay-phep-ban-ruou: retail alcohol licence is a Ministry of Industry and Trade procedure, not crawled; only tem điện tử rượu/thuốc lá procedures for producers/importers (Thuế, Hải quan) share the words
  { q: 'Cửa hàng tôi bán ít rượu chai cho khách, có người bảo phải có giấy phép bán rượu, xin ở đâu ạ?', who: 'elderly' },
  { q: 'xin giay phep ban ruou', who: 'rural' },
  { q: 'giấy phép bán lẻ rượu', who: 'young' },
  // giay-phep-ban-thuoc-la: tobacco retail licence (Bộ Công Thương) not crawled; searched thuốc lá: only tem điện tử and customs exemption procedures
  { q: 'Quán nước của tôi bán cả thuốc lá bao, giờ có phải xin giấy phép không cháu?', who: 'elderly' },
  { q: 'giay phep ban thuoc la', who: 'rural' },
  { q: 'giấy phép bán lẻ sản phẩm thuốc lá', who: 'young' },
  // attp-quan-pho: food-safety certificate for an eatery belongs to Health/Industry-Trade; the only certificate in the crawl (2.001827) is for agro-forestry-fishery food production and trading, not food service
  { q: 'Nhà tôi bán phở ở tầng trệt đã lâu, đoàn kiểm tra bảo phải có giấy chứng nhận vệ sinh an toàn thực phẩm, làm ở đâu ạ?', who: 'elderly' },
  { q: 'giay vsattp quan pho', who: 'rural' },
  { q: 'GCN cơ sở đủ điều kiện ATTP dịch vụ ăn uống', who: 'young' },
  // tro-cap-me-tam-muoi-tuoi: social-protection allowances (Bộ Nội vụ / former MOLISA) not crawled; searched người cao tuổi, trợ cấp xã hội, bảo trợ: nothing
  { q: 'Mẹ tôi năm nay tròn tám mươi, không có lương hưu, nghe nói được nhà nước trợ cấp hằng tháng, làm hồ sơ ở đâu hả cháu?', who: 'elderly' },
  { q: 'tro cap nguoi gia tren 80 tuoi', who: 'rural' },
  { q: 'trợ cấp xã hội hàng tháng người cao tuổi', who: 'young' },
  // mai-tang-nguoi-huong-tro-cap: funeral support for social-assistance beneficiaries (Nội vụ) not crawled; searched mai táng: nothing
  { q: 'Bố tôi đang hưởng trợ cấp người cao tuổi thì mất, nghe nói gia đình được hỗ trợ tiền mai táng, xin ở đâu ạ?', who: 'elderly' },
  { q: 'ho tro mai tang phi nguoi gia', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng đối tượng bảo trợ xã hội', who: 'young' },
  // xac-dinh-khuyet-tat-chau: disability assessment (Nội vụ) not crawled; searched khuyết tật: nothing
  { q: 'Thằng cháu nội tôi bị bại não từ bé, muốn làm giấy xác nhận khuyết tật để cháu được hưởng chế độ thì làm thế nào ạ?', who: 'elderly' },
  { q: 'lam giay xac nhan khuyet tat cho chau', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // vao-trung-tam-duong-lao: admission to a social-protection centre (Nội vụ) not crawled; searched bảo trợ, trợ giúp xã hội, dưỡng lão: nothing
  { q: 'Tôi không nơi nương tựa, con cái không có, giờ già yếu muốn xin vào trung tâm dưỡng lão của nhà nước thì nộp đơn ở đâu ạ?', who: 'elderly' },
  { q: 'xin vao trai duong lao nha nuoc', who: 'rural' },
  { q: 'tiếp nhận người cao tuổi vào cơ sở trợ giúp xã hội', who: 'young' },
  // thuong-binh-mat-mai-tang: funeral allowance for people with merit (Nội vụ) not crawled; the Chính sách procedures present are Công an nhân dân-only and none is about funerals
  { q: 'Bố tôi là thương binh, cụ vừa mất tuần trước, gia đình phải làm những giấy tờ gì để báo thôi hưởng và nhận tiền mai táng ạ?', who: 'elderly' },
  { q: 'thuong binh mat huong mai tang phi', who: 'rural' },
  { q: 'trợ cấp mai táng người có công', who: 'young' },
  // chat-doc-da-cam: army veteran; the only Agent Orange procedure (1.004205) is for Công an nhân dân members at Công an tỉnh; the general người có công procedure (Nội vụ) is not crawled
  { q: 'Chồng tôi đi bộ đội ở chiến trường B mấy năm, giờ ốm đau liên miên, nghe nói những người nhiễm chất độc da cam được hưởng chế độ, làm hồ sơ thế nào ạ?', who: 'elderly' },
  { q: 'huong che do chat doc da cam', who: 'rural' },
  { q: 'công nhận người hoạt động kháng chiến nhiễm chất độc hóa học', who: 'young' },
  // di-chuyen-mo-liet-si: moving martyrs' remains (Nội vụ) not crawled; searched hài cốt, liệt sĩ, nghĩa trang: only CAND martyr recognition 1.004163
  { q: 'Anh trai tôi là liệt sĩ, mộ đang ở nghĩa trang trong Quảng Trị, anh em già cả rồi muốn đưa anh về nghĩa trang quê cho tiện hương khói, phải xin phép thế nào ạ?', who: 'elderly' },
  { q: 'dua mo liet si ve que', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // bang-to-quoc-ghi-cong-hong: re-issue of the Tổ quốc ghi công certificate (Nội vụ) not crawled; 1.004163 is recognition of a CAND martyr, not re-issue
  { q: 'Tấm Bằng Tổ quốc ghi công của anh tôi treo trên bàn thờ bị ẩm mốc, hỏng mất rồi, xin cấp lại được không ạ?', who: 'elderly' },
  { q: 'bang to quoc ghi cong bi hong xin cap lai', who: 'rural' },
  { q: 'cấp đổi bằng Tổ quốc ghi công', who: 'young' },
  // tro-cap-that-nghiep-chau: unemployment benefit (Nội vụ / employment centres) not crawled; only 1.001601 (authorising someone to collect benefits) mentions it
  { q: 'Cháu tôi làm công ty bị cho nghỉ việc, có đóng bảo hiểm mấy năm, bà nghe nói được lĩnh trợ cấp thất nghiệp, cháu phải đi nộp ở đâu?', who: 'elderly' },
  { q: 'lam tro cap that nghiep', who: 'rural' },
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' },
  // khieu-nai-quyet-dinh-phuong: first complaint against a ward People's Committee decision (Thanh tra Chính phủ) not crawled; Khiếu nại, tố cáo holds only complaints against Công an nhân dân
  { q: 'Phường ra quyết định xử phạt nhà tôi về việc cơi nới, tôi thấy không thỏa đáng, muốn làm đơn khiếu nại thì gửi ai ạ?', who: 'elderly' },
  { q: 'lam don khieu nai quyet dinh cua phuong', who: 'rural' },
  { q: 'khiếu nại lần đầu UBND cấp xã', who: 'young' },
  // mien-hoc-phi-chau-mo-coi: tuition exemption (Bộ GD&ĐT) not crawled; searched học phí, học sinh: nothing
  { q: 'Cháu ngoại tôi mồ côi cả cha lẫn mẹ, ông bà đang nuôi, cháu học cấp hai, có được miễn học phí không, làm đơn ở đâu ạ?', who: 'elderly' },
  { q: 'mien hoc phi cho chau mo coi', who: 'rural' },
  { q: 'miễn giảm học phí', who: 'young' },
  // cong-nhan-bang-dai-hoc-uc: recognition of foreign diplomas (Bộ GD&ĐT) not crawled; searched văn bằng: nothing
  { q: 'Cháu nội tôi học đại học bên Úc về, muốn xin việc ở nhà nước thì bằng phải được công nhận, làm ở đâu hả cô?', who: 'elderly' },
  { q: 'cong nhan bang dai hoc nuoc ngoai', who: 'rural' },
  { q: 'công nhận văn bằng do cơ sở nước ngoài cấp', who: 'young' },
  // hien-xac-sau-khi-mat: body/organ donation registration (Bộ Y tế) not crawled; searched hiến: nothing
  { q: 'Tôi muốn sau khi mất hiến xác cho trường y để các cháu sinh viên học, phải đăng ký thế nào ạ?', who: 'elderly' },
  { q: 'dang ky hien xac sau khi chet', who: 'rural' },
  { q: 'đăng ký hiến mô tạng sau khi chết', who: 'young' },
  // the-xe-buyt-mien-phi: free bus card for the elderly is a Hà Nội transport-operator service, no TTHC; searched xe buýt: nothing
  { q: 'Tôi ngoài sáu mươi rồi, nghe nói người già được đi xe buýt miễn phí, làm thẻ ở đâu hả cháu?', who: 'elderly' },
  { q: 'lam the xe buyt mien phi nguoi gia', who: 'rural' },
  { q: 'thẻ xe buýt miễn phí người cao tuổi Hà Nội', who: 'young' },
  // chuc-tho-me-chin-muoi: longevity celebration is done by the ward and the elderly association without a TTHC; searched chúc thọ, mừng thọ, người cao tuổi: nothing
  { q: 'Mẹ tôi năm nay tròn chín mươi, nghe nói được phường chúc thọ và có quà mừng thọ, gia đình có phải làm giấy gì không ạ?', who: 'elderly' },
  { q: 'chuc tho nguoi gia 90 tuoi', who: 'rural' },
  { q: 'mừng thọ người cao tuổi 90', who: 'young' },
  // sang-ten-hop-dong-dien: electricity contract transfer is done at the power company; searched điện, mua bán điện: nothing
  { q: 'Nhà tôi đã sang tên sổ đỏ rồi, giờ hợp đồng tiền điện vẫn mang tên bố tôi đã mất, muốn đổi sang tên tôi thì làm ở đâu ạ?', who: 'elderly' },
  { q: 'doi ten hop dong dien', who: 'rural' },
  { q: 'sang tên hợp đồng mua bán điện', who: 'young' },
  // kham-suc-khoe-doi-bang: driver health check is done at a hospital/clinic; searched khám sức khỏe: nothing
  { q: 'Tôi đi đổi bằng lái, người ta bảo phải có giấy khám sức khỏe, tôi khám ở đâu hả cháu?', who: 'elderly' },
  { q: 'kham suc khoe de doi bang lai', who: 'rural' },
  { q: 'giấy khám sức khỏe lái xe', who: 'young' },
  // karaoke-hang-xom: noise complaint goes to the ward / police hotline, no TTHC; searched phản ánh, tiếng ồn: only police-only complaint/denunciation procedures
  { q: 'Nhà bên cạnh tối nào cũng hát karaoke đến nửa đêm, người già không ngủ được, tôi muốn phản ánh thì gửi ai ạ?', who: 'elderly' },
  { q: 'hang xom hat karaoke on ao bao ai', who: 'rural' },
  { q: 'phản ánh tiếng ồn karaoke', who: 'young' },
  // ho-tro-hoa-tang: Hà Nội's cremation support is a city policy, not in the national crawl; searched hỏa táng, mai táng: nothing
  { q: 'Nghe nói thành phố hỗ trợ tiền cho người mất được hỏa táng, nhà tôi có người mất, xin khoản ấy ở đâu ạ?', who: 'elderly' },
  { q: 'ho tro tien hoa tang', who: 'rural' },
  { q: 'hỗ trợ hỏa táng Hà Nội', who: 'young' },
  // huy-hieu-50-nam-tuoi-dang: Party badge is a Party matter, not a TTHC; searched huy hiệu: nothing
  { q: 'Tôi vào Đảng năm 1976, năm nay đủ năm mươi năm tuổi Đảng, có phải làm giấy gì để nhận huy hiệu không ạ?', who: 'elderly' },
  { q: 'nhan huy hieu 50 nam tuoi dang', who: 'rural' },
  { q: 'đề nghị tặng huy hiệu Đảng', who: 'young' },
  // sim-chinh-chu: subscriber-data update is done at the mobile operator; searched thuê bao: nothing
  { q: 'Cái số điện thoại tôi dùng mười mấy năm, nhà mạng nhắn tin bảo phải cập nhật thông tin chính chủ kẻo bị khóa, tôi làm ở đâu ạ?', who: 'elderly' },
  { q: 'chuan hoa thong tin sim chinh chu', who: 'rural' },
  { q: 'cập nhật thông tin thuê bao chính chủ', who: 'young' },
  // nhan-tien-con-gui-tu-my: receiving remittances is done at a bank; Hoạt động ngoại hối procedures are for licensed organisations only
  { q: 'Con tôi bên Mỹ hằng tháng gửi tiền về cho bố mẹ, người ta bảo phải khai báo gì không, nhận ở đâu cho an toàn ạ?', who: 'elderly' },
  { q: 'nhan tien kieu hoi tu nuoc ngoai', who: 'rural' },
  { q: 'nhận kiều hối', who: 'young' },
  // hoc-lop-mot-trai-tuyen: school enrolment (Bộ GD&ĐT / schools) not crawled; searched tuyển sinh, học sinh: nothing
  { q: 'Cháu tôi sang năm vào lớp một, bố mẹ cháu muốn cho học trường gần nhà ông bà ở phố cổ nhưng hộ khẩu ở quận khác, có xin được không ạ?', who: 'elderly' },
  { q: 'xin hoc trai tuyen lop 1', who: 'rural' },
  { q: 'tuyển sinh lớp 1 trái tuyến', who: 'young' },
];
