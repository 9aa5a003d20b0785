import type { CitizenQuery } from './dev-set';
/**
 * twentysixth blind held-out set: citizen queries imagined for a northern mountain/midland commune
 * (ethnic-minority farmers speaking Vietnamese as a second language, forest and crop growers, veterans,
 * grandparents raising grandchildren whose parents work in far-away factories, young people back from the city).
 *
 * Written blind by a helper session on 2026-12-07 (UTC), without looking at the search engine, its lexicons,
 * tests or any other query set. Draft committed first, before labelling:
 *   docs/search-drafts/twentysixth-draft-20261207T0148Z.txt
 *   sha256 7f8397fea175cc397b0da72b704aaba9d868ef34cbeb65c208ef7eae534c6fbe
 * 105 situations x 3 voices (elderly, rural, young). Labelled afterwards by grepping the catalogue crawl
 * (server/seed/tthc/national-crawl.jsonl.gz) for each situation's procedure names, listing every code that
 * truly answers the query (commune/province twins and the variants a citizen could mean). Queries whose
 * need the catalogue does not cover go to TWENTYSIXTH_NO_ANSWER with the reason in a comment.
 */
export const TWENTYSIXTH_HELDOUT: readonly CitizenQuery[] = [
  // khai-sinh-sinh-o-nha
  { q: 'Con dâu tôi đẻ ở nhà trong bản, không kịp xuống trạm y tế, giờ muốn làm giấy khai sinh cho cháu thì phải mang những gì ạ', expect: ['1.001193'], who: 'elderly' },
  // khai-sinh-sinh-o-nha
  { q: 'vo de o nha ko co giay chung sinh lam khai sinh cho con dc ko', expect: ['1.001193'], who: 'rural' },
  // khai-sinh-sinh-o-nha
  { q: 'khai sinh con không có giấy chứng sinh', expect: ['1.001193'], who: 'young' },
  // khai-sinh-qua-han
  { q: 'Bố mẹ cháu đi làm công ty ngoài Bắc Ninh mấy năm, cháu nay lên sáu tuổi rồi mà chưa có giấy khai sinh, bà nội làm khai sinh muộn cho cháu được không', expect: ['1.001193'], who: 'elderly' },
  // khai-sinh-qua-han
  { q: 'chau 6 tuoi chua lam khai sinh bo me no di lam xa ong ba lam thay dc ko', expect: ['1.001193'], who: 'rural' },
  // khai-sinh-qua-han
  { q: 'đăng ký khai sinh quá hạn', expect: ['1.001193'], who: 'young' },
  // khai-tu
  { q: 'Ông nhà tôi mới mất ở nhà tuần trước, các cụ bảo phải báo tử với xã, cho tôi hỏi làm giấy khai tử thì cần giấy tờ gì', expect: ['1.000656'], who: 'elderly' },
  // khai-tu
  { q: 'bo toi chet roi bao tu o xa lam the nao', expect: ['1.000656'], who: 'rural' },
  // khai-tu
  { q: 'làm giấy chứng tử cho ông', expect: ['1.000656'], who: 'young' },
  // ket-hon
  { q: 'Thằng con trai tôi với con bé bản bên cạnh đã làm lễ cưới theo phong tục rồi, nay muốn đi đăng ký kết hôn cho đúng pháp luật thì làm ở đâu', expect: ['1.000894'], who: 'elderly' },
  // ket-hon
  { q: 'cuoi theo phong tuc roi gio di lay giay ket hon o xa can gi', expect: ['1.000894'], who: 'rural' },
  // ket-hon
  { q: 'thủ tục đăng ký kết hôn ở xã', expect: ['1.000894'], who: 'young' },
  // xac-nhan-doc-than
  { q: 'Con gái tôi làm công nhân dưới Thái Nguyên, định lấy chồng ở dưới đó, người ta bảo phải về xã xin giấy xác nhận chưa có chồng, xin ở đâu ạ', expect: ['1.004873'], who: 'elderly' },
  // xac-nhan-doc-than
  { q: 'xin giay xac nhan doc than de lay chong o tinh khac', expect: ['1.004873'], who: 'rural' },
  // xac-nhan-doc-than
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' },
  // nhan-cha-con
  { q: 'Hai đứa nó ở với nhau có con rồi nhưng chưa đăng ký kết hôn, giấy khai sinh cháu để trống tên bố, nay bố nó muốn nhận con thì làm thế nào', expect: ['1.001022'], who: 'elderly' },
  // nhan-cha-con
  { q: 'khai sinh ko co ten bo gio bo no muon nhan con lam sao', expect: ['1.001022'], who: 'rural' },
  // nhan-cha-con
  { q: 'thủ tục nhận cha cho con', expect: ['1.001022'], who: 'young' },
  // ket-hon-nuoc-ngoai
  {
    q: 'Cháu gái tôi muốn lấy chồng người bên Trung Quốc, bên kia biên giới, muốn đăng ký kết hôn cho đàng hoàng thì phải lên huyện hay lên tỉnh làm ạ',
    expect: ['2.000806', '1.000094'],
    who: 'elderly',
  },
  // ket-hon-nuoc-ngoai
  { q: 'lay chong trung quoc dang ky ket hon o dau', expect: ['2.000806', '1.000094'], who: 'rural' },
  // ket-hon-nuoc-ngoai
  { q: 'đăng ký kết hôn với người nước ngoài', expect: ['2.000806', '1.000094'], who: 'young' },
  // khai-sinh-me-nuoc-ngoai
  { q: 'Con trai tôi lấy vợ người Lào, đứa con đẻ ra ở bản mình, mẹ nó chưa có giấy tờ Việt Nam, làm khai sinh cho cháu thế nào ạ', expect: ['2.000528', '1.000110'], who: 'elderly' },
  // khai-sinh-me-nuoc-ngoai
  { q: 'me la nguoi lao sinh con o vn lam khai sinh the nao', expect: ['2.000528', '1.000110'], who: 'rural' },
  // khai-sinh-me-nuoc-ngoai
  { q: 'khai sinh cho con có mẹ người nước ngoài', expect: ['2.000528', '1.000110'], who: 'young' },
  // sua-dan-toc
  { q: 'Giấy khai sinh của cháu tôi ghi dân tộc Kinh theo bố, nay gia đình muốn đổi lại theo dân tộc Tày của mẹ, có được không và làm ở đâu', expect: ['1.004859'], who: 'elderly' },
  // sua-dan-toc
  { q: 'muon doi dan toc cho con theo me nguoi dao', expect: ['1.004859'], who: 'rural' },
  // sua-dan-toc
  { q: 'xác định lại dân tộc', expect: ['1.004859'], who: 'young' },
  // doi-ten
  { q: 'Ngày xưa bố mẹ đặt tên cho tôi theo tiếng dân tộc, viết sai chữ trong giấy tờ, nay muốn sửa lại tên cho đúng thì phải làm thủ tục gì', expect: ['1.004859'], who: 'elderly' },
  // doi-ten
  { q: 'ten trong giay khai sinh viet sai muon sua lai', expect: ['1.004859'], who: 'rural' },
  // doi-ten
  { q: 'cải chính họ tên trong giấy khai sinh', expect: ['1.004859'], who: 'young' },
  // ban-sao-khai-sinh
  { q: 'Giấy khai sinh của tôi bị ướt hết hồi lũ năm ngoái, mất cả chữ, giờ muốn xin bản sao để làm hồ sơ hưởng chế độ thì xin ở đâu', expect: ['2.000635'], who: 'elderly' },
  // ban-sao-khai-sinh
  { q: 'giay khai sinh bi nuoc lu cuon mat xin lai ban sao', expect: ['2.000635'], who: 'rural' },
  // ban-sao-khai-sinh
  { q: 'trích lục khai sinh bản sao', expect: ['2.000635'], who: 'young' },
  // giam-ho
  { q: 'Bố mẹ cháu đi làm xa không về, tôi là ông ngoại đang nuôi cháu, muốn làm giấy giám hộ để lo việc học hành giấy tờ cho cháu thì làm sao', expect: ['1.004837'], who: 'elderly' },
  // giam-ho
  { q: 'ong ba nuoi chau muon lam nguoi giam ho cho chau', expect: ['1.004837'], who: 'rural' },
  // giam-ho
  { q: 'đăng ký giám hộ cho cháu', expect: ['1.004837'], who: 'young' },
  // con-nuoi
  { q: 'Vợ chồng tôi già rồi không có con, nuôi đứa cháu họ mồ côi từ nhỏ, nay muốn nhận nó làm con nuôi cho có giấy tờ thì phải làm gì ạ', expect: ['2.001263'], who: 'elderly' },
  // con-nuoi
  { q: 'nhan chau mo coi lam con nuoi thu tuc sao', expect: ['2.001263'], who: 'rural' },
  // con-nuoi
  { q: 'đăng ký nhận con nuôi trong nước', expect: ['2.001263'], who: 'young' },
  // thuong-tru
  { q: 'Tôi lấy chồng về bản này đã ba năm mà hộ khẩu vẫn ở bên xã cũ, nay muốn chuyển về nhập vào nhà chồng thì phải làm giấy tờ gì', expect: ['1.004222'], who: 'elderly' },
  // thuong-tru
  { q: 'lay chong ve day muon nhap khau vao nha chong', expect: ['1.004222'], who: 'rural' },
  // thuong-tru
  { q: 'đăng ký thường trú nhập hộ khẩu', expect: ['1.004222'], who: 'young' },
  // tam-tru
  { q: 'Thằng cháu nhà tôi xuống Bắc Giang làm công nhân, chủ trọ bảo phải đăng ký tạm trú, nó hỏi về xã nhà có phải làm gì không', expect: ['1.004194', '1.003677'], who: 'elderly' },
  // tam-tru
  { q: 'di lam cong ty o xa phai dang ky tam tru o dau', expect: ['1.004194'], who: 'rural' },
  // tam-tru
  { q: 'đăng ký tạm trú online', expect: ['1.004194'], who: 'young' },
  // tach-ho
  { q: 'Con trai tôi lấy vợ rồi làm nhà riêng ở đầu bản, nay muốn tách ra thành hộ riêng để được xét hộ nghèo, làm thế nào hả cháu', expect: ['1.010038'], who: 'elderly' },
  // tach-ho
  { q: 'con lam nha rieng roi muon tach ho khau', expect: ['1.010038'], who: 'rural' },
  // tach-ho
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' },
  // xoa-thuong-tru
  { q: 'Ông anh tôi chết lâu rồi mà tên vẫn còn trong hộ khẩu nhà tôi, muốn xóa tên đi thì ra đâu làm', expect: ['1.003197'], who: 'elderly' },
  // xoa-thuong-tru
  { q: 'nguoi chet roi xoa ten trong ho khau', expect: ['1.003197'], who: 'rural' },
  // xoa-thuong-tru
  { q: 'xóa đăng ký thường trú', expect: ['1.003197'], who: 'young' },
  // cccd-lan-dau
  { q: 'Cháu tôi năm nay mười bốn tuổi, ở trường bảo phải đi làm căn cước, ông cháu đưa đi làm thì cần mang theo giấy gì ạ', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' },
  // cccd-lan-dau
  { q: 'chau 14 tuoi lam can cuoc lan dau can gi', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  // cccd-lan-dau
  { q: 'làm căn cước lần đầu', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' },
  // cccd-mat
  { q: 'Tôi đi nương làm rơi mất cái thẻ căn cước rồi, tìm không thấy, giờ muốn làm lại thẻ mới thì mất bao nhiêu tiền', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  // cccd-mat
  { q: 'mat can cuoc roi lam lai sao', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  // cccd-mat
  { q: 'cấp lại căn cước bị mất', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  // dinh-danh
  { q: 'Con cháu bảo phải có tài khoản định danh điện tử trên điện thoại mới làm được giấy tờ, tôi già không biết làm, ra đây có người làm giúp không', expect: ['3.000228'], who: 'elderly' },
  // dinh-danh
  { q: 'lam vneid muc 2 o dau', expect: ['3.000228'], who: 'rural' },
  // dinh-danh
  { q: 'đăng ký định danh điện tử mức 2', expect: ['3.000228'], who: 'young' },
  // ho-chieu
  { q: 'Thằng con tôi được đi làm bên Hàn Quốc theo chương trình của tỉnh, phải làm hộ chiếu, cho tôi hỏi làm ở huyện hay lên tỉnh', expect: ['1.001456', '1.001471'], who: 'elderly' },
  // ho-chieu
  { q: 'lam ho chieu di han quoc lao dong', expect: ['1.001456', '1.001471'], who: 'rural' },
  // ho-chieu
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' },
  // ly-lich-tu-phap
  { q: 'Cháu tôi đi xuất khẩu lao động, công ty bảo phải nộp phiếu lý lịch tư pháp, cái này xin ở đâu, có phải lên tỉnh không', expect: ['3.000333'], who: 'elderly' },
  // ly-lich-tu-phap
  { q: 'xin giay ly lich tu phap di lao dong nuoc ngoai', expect: ['3.000333'], who: 'rural' },
  // ly-lich-tu-phap
  { q: 'phiếu lý lịch tư pháp số 1', expect: ['3.000333'], who: 'young' },
  // so-do-lan-dau
  { q: 'Mảnh đất nhà tôi ở từ đời ông cha để lại, chưa bao giờ có sổ đỏ, nay con cháu bảo phải làm sổ, cho tôi hỏi làm thế nào', expect: ['1.013978'], who: 'elderly' },
  // so-do-lan-dau
  { q: 'dat o tu doi ong ba chua co so do lam lan dau', expect: ['1.013978'], who: 'rural' },
  // so-do-lan-dau
  { q: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu', expect: ['1.013978'], who: 'young' },
  // tang-cho-dat
  { q: 'Tôi già rồi, muốn chia đất cho hai thằng con trai mỗi đứa một phần, sang tên sổ đỏ cho chúng nó thì phải làm những gì', expect: ['1.013831'], who: 'elderly' },
  // tang-cho-dat
  { q: 'cho dat con trai sang ten so do', expect: ['1.013831'], who: 'rural' },
  // tang-cho-dat
  { q: 'sang tên sổ đỏ tặng cho', expect: ['1.013831'], who: 'young' },
  // thua-ke-dat
  { q: 'Bố tôi mất không để lại di chúc, đất đai vẫn đứng tên ông, anh em chúng tôi muốn làm thủ tục thừa kế để sang tên thì bắt đầu từ đâu', expect: ['1.013831', '2.001406'], who: 'elderly' },
  // thua-ke-dat
  { q: 'bo chet ko de di chuc dat dung ten bo lam sao', expect: ['1.013831', '2.001406'], who: 'rural' },
  // thua-ke-dat
  { q: 'khai nhận di sản thừa kế đất', expect: ['1.013831', '2.001406'], who: 'young' },
  // cap-lai-so-do
  { q: 'Cái sổ đỏ nhà tôi cất trên gác bị chuột cắn nát mất một góc, không đọc được nữa, xin cấp lại cái mới được không ạ', expect: ['1.012783', '1.012786'], who: 'elderly' },
  // cap-lai-so-do
  { q: 'so do bi chuot can rach xin cap lai', expect: ['1.012783', '1.012786'], who: 'rural' },
  // cap-lai-so-do
  { q: 'cấp đổi sổ đỏ bị hỏng', expect: ['1.012783', '1.012786'], who: 'young' },
  // tach-thua
  { q: 'Mảnh vườn nhà tôi rộng, muốn cắt ra một phần cho con gái làm nhà, phải tách thửa thì làm giấy thế nào', expect: ['1.012784'], who: 'elderly' },
  // tach-thua
  { q: 'tach thua dat vuon cho con gai', expect: ['1.012784'], who: 'rural' },
  // tach-thua
  { q: 'thủ tục tách thửa', expect: ['1.012784'], who: 'young' },
  // chuyen-muc-dich
  { q: 'Đất nhà tôi là đất trồng cây lâu năm, nay con cháu muốn làm nhà ở trên đó thì phải xin chuyển sang đất ở, làm thế nào', expect: ['1.013949', '1.013823'], who: 'elderly' },
  // chuyen-muc-dich
  { q: 'dat trong cay muon chuyen len dat o de lam nha', expect: ['1.013949', '1.013823'], who: 'rural' },
  // chuyen-muc-dich
  { q: 'chuyển mục đích sử dụng đất sang đất ở', expect: ['1.013949', '1.013823'], who: 'young' },
  // tranh-chap-dat
  { q: 'Nhà hàng xóm lấn sang nương nhà tôi mấy mét, nói mãi không được, tôi muốn nhờ xã giải quyết thì phải làm đơn gì', expect: ['1.012812', '1.013967'], who: 'elderly' },
  // tranh-chap-dat
  { q: 'hang xom lan dat nuong nha toi xa giai quyet the nao', expect: ['1.012812', '1.013967'], who: 'rural' },
  // tranh-chap-dat
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' },
  // dinh-chinh-so-do
  { q: 'Sổ đỏ nhà tôi ghi sai tên vợ tôi, ghi thiếu một chữ, giờ muốn sửa lại cho đúng thì làm thủ tục gì', expect: ['1.012796', '1.012790'], who: 'elderly' },
  // dinh-chinh-so-do
  { q: 'so do ghi sai ten vo sua lai', expect: ['1.012796', '1.012790'], who: 'rural' },
  // dinh-chinh-so-do
  { q: 'đính chính giấy chứng nhận quyền sử dụng đất', expect: ['1.012796', '1.012790'], who: 'young' },
  // giao-dat-rung
  { q: 'Bản tôi có mấy hộ muốn nhận đất rừng để trồng keo, trồng quế, xin nhà nước giao đất rừng cho dân thì làm hồ sơ thế nào', expect: ['1.014832', '1.014839', '1.013949'], who: 'elderly' },
  // giao-dat-rung
  { q: 'xin giao dat rung trong que', expect: ['1.014832', '1.014839', '1.013949'], who: 'rural' },
  // giao-dat-rung
  { q: 'giao rừng cho hộ gia đình', expect: ['1.014832', '1.014839', '1.013949'], who: 'young' },
  // giay-phep-xay-dung
  { q: 'Nhà tôi ở gần đường tỉnh, muốn làm lại cái nhà xây hai tầng cho con cháu, có phải xin giấy phép xây dựng không ạ', expect: ['1.013225'], who: 'elderly' },
  // giay-phep-xay-dung
  { q: 'lam nha xay gan duong co phai xin phep ko', expect: ['1.013225'], who: 'rural' },
  // giay-phep-xay-dung
  { q: 'giấy phép xây dựng nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' },
  // ho-tro-nha-o
  { q: 'Nhà tôi là nhà tạm vách nứa, mưa dột hết, nghe nói có chương trình xóa nhà tạm cho hộ nghèo, tôi muốn đăng ký thì làm thế nào', expect: ['6.001435'], who: 'elderly' },
  // ho-tro-nha-o
  { q: 'nha dot nat ho ngheo xin ho tro lam nha', expect: ['6.001435'], who: 'rural' },
  // ho-tro-nha-o
  { q: 'hỗ trợ xóa nhà tạm hộ nghèo', expect: ['6.001435'], who: 'young' },
  // ho-kinh-doanh
  { q: 'Con gái tôi ở thành phố về, muốn mở cái quầy tạp hóa ở đầu chợ xã, nghe bảo phải đăng ký kinh doanh, làm ở đâu ạ', expect: ['1.001612'], who: 'elderly' },
  // ho-kinh-doanh
  { q: 'mo quan tap hoa dang ky kinh doanh o dau', expect: ['1.001612'], who: 'rural' },
  // ho-kinh-doanh
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' },
  // thay-doi-hkd
  { q: 'Quán của tôi đứng tên ông nhà, ông mất rồi, giờ muốn chuyển sang tên tôi để kinh doanh tiếp thì làm sao', expect: ['2.000720'], who: 'elderly' },
  // thay-doi-hkd
  { q: 'doi ten chu ho kinh doanh sang vo', expect: ['2.000720'], who: 'rural' },
  // thay-doi-hkd
  { q: 'thay đổi chủ hộ kinh doanh', expect: ['2.000720'], who: 'young' },
  // hop-tac-xa
  { q: 'Mấy nhà trong bản muốn góp nhau lập hợp tác xã trồng chè, bán chè cho được giá, thủ tục thành lập như thế nào hả cô', expect: ['1.005280'], who: 'elderly' },
  // hop-tac-xa
  { q: 'lap hop tac xa che cac ho trong ban', expect: ['1.005280'], who: 'rural' },
  // hop-tac-xa
  { q: 'đăng ký thành lập hợp tác xã', expect: ['1.005280'], who: 'young' },
  // attp
  { q: 'Cháu tôi mở cơ sở làm lạp xưởng, thịt trâu gác bếp bán đi xuôi, người ta bảo phải có giấy an toàn thực phẩm, làm thế nào', expect: ['2.001827'], who: 'elderly' },
  // attp
  { q: 'lam thit trau gac bep ban can giay ve sinh an toan thuc pham', expect: ['2.001827'], who: 'rural' },
  // attp
  { q: 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', expect: ['2.001827'], who: 'young' },
  // ma-so-thue
  { q: 'Cháu tôi đi làm về bảo phải có mã số thuế cá nhân để nhận tiền, tôi không biết cái đó làm ở đâu', expect: ['1.008498'], who: 'elderly' },
  // ma-so-thue
  { q: 'lam ma so thue ca nhan o dau', expect: ['1.008498'], who: 'rural' },
  // ma-so-thue
  { q: 'đăng ký mã số thuế cá nhân', expect: ['1.008498'], who: 'young' },
  // bhxh-tu-nguyen
  { q: 'Tôi làm ruộng cả đời không có lương hưu, nghe nói giờ có bảo hiểm xã hội tự nguyện đóng để về già có lương, đăng ký ở đâu', expect: ['1.002179'], who: 'elderly' },
  // bhxh-tu-nguyen
  { q: 'dong bao hiem tu nguyen de co luong huu', expect: ['1.002179'], who: 'rural' },
  // bhxh-tu-nguyen
  { q: 'đăng ký BHXH tự nguyện', expect: ['1.002179'], who: 'young' },
  // bhxh-mot-lan
  { q: 'Con gái tôi làm công nhân ở khu công nghiệp mười năm rồi nghỉ về quê, muốn rút bảo hiểm xã hội một lần thì làm ở đâu', expect: ['1.001613'], who: 'elderly' },
  // bhxh-mot-lan
  { q: 'nghi cong ty ve que rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' },
  // bhxh-mot-lan
  { q: 'hưởng BHXH một lần', expect: ['1.001613'], who: 'young' },
  // thai-san
  { q: 'Con dâu tôi làm công ty, về quê đẻ, bảo hiểm bảo có tiền thai sản nhưng không biết nộp giấy tờ ở đâu, nhờ các cô chỉ giúp', expect: ['2.000693'], who: 'elderly' },
  // thai-san
  { q: 've que de con lay tien thai san o dau', expect: ['2.000693'], who: 'rural' },
  // thai-san
  { q: 'hồ sơ hưởng chế độ thai sản', expect: ['2.000693'], who: 'young' },
  // bhyt-mat
  { q: 'Tôi là người dân tộc ở vùng khó khăn được cấp thẻ bảo hiểm y tế, nay làm mất thẻ rồi, đi khám bệnh không có thẻ, xin cấp lại ở đâu', expect: ['1.002759'], who: 'elderly' },
  // bhyt-mat
  { q: 'mat the bao hiem y te xin lai', expect: ['1.002759'], who: 'rural' },
  // bhyt-mat
  { q: 'cấp lại thẻ BHYT bị mất', expect: ['1.002759'], who: 'young' },
  // bhyt-tre-em
  {
    q: 'Cháu nội tôi mới đẻ được hai tháng, làm khai sinh rồi mà chưa có thẻ bảo hiểm y tế, làm thẻ cho cháu đi tiêm đi khám như thế nào',
    expect: ['2.001023', '2.000986', '1.001939'],
    who: 'elderly',
  },
  // bhyt-tre-em
  { q: 'the bhyt cho tre duoi 6 tuoi lam o dau', expect: ['2.001023', '2.000986', '1.001939'], who: 'rural' },
  // bhyt-tre-em
  { q: 'thẻ BHYT trẻ em dưới 6 tuổi', expect: ['2.001023', '2.000986', '1.001939'], who: 'young' },
  // bhyt-ho-gia-dinh
  { q: 'Cả nhà tôi năm người không ai có bảo hiểm y tế, muốn mua bảo hiểm theo hộ gia đình thì đăng ký với ai ạ', expect: ['1.001939'], who: 'elderly' },
  // bhyt-ho-gia-dinh
  { q: 'mua bao hiem y te ca ho gia dinh', expect: ['1.001939'], who: 'rural' },
  // bhyt-ho-gia-dinh
  { q: 'BHYT hộ gia đình', expect: ['1.001939'], who: 'young' },
  // ho-ngheo
  { q: 'Nhà tôi thu hoạch ngô mất mùa, ông nhà ốm nằm liệt, năm nay xin vào danh sách hộ nghèo thì nộp đơn cho ai ạ', expect: ['1.011607', '1.011606'], who: 'elderly' },
  // ho-ngheo
  { q: 'xin vao ho ngheo nop don cho ai', expect: ['1.011607', '1.011606'], who: 'rural' },
  // ho-ngheo
  { q: 'công nhận hộ nghèo cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' },
  // chat-doc-da-cam
  { q: 'chế độ người nhiễm chất độc hóa học', expect: ['1.004205'], who: 'young' },
  // bien-gioi-phia-bac
  { q: 'chế độ một lần người tham gia chiến tranh bảo vệ Tổ quốc', expect: ['1.015027'], who: 'young' },
  // doi-gplx
  { q: 'Bằng lái xe ô tô của tôi sắp hết hạn, nhà ở xa tỉnh, có đổi được ở huyện không hay phải lên tỉnh, cần mang những gì', expect: ['3.000347'], who: 'elderly' },
  // doi-gplx
  { q: 'doi bang lai xe het han o dau', expect: ['3.000347'], who: 'rural' },
  // doi-gplx
  { q: 'đổi giấy phép lái xe', expect: ['3.000347'], who: 'young' },
  // thi-bang-lai
  { q: 'Cháu tôi mười tám tuổi rồi đi xe máy lên trường, công an bảo phải có bằng lái, muốn cho cháu đi thi bằng xe máy thì đăng ký ở đâu', expect: ['3.000346'], who: 'elderly' },
  // thi-bang-lai
  { q: 'thi bang lai xe may o dau', expect: ['3.000346'], who: 'rural' },
  // thi-bang-lai
  { q: 'thi bằng A1', expect: ['3.000346'], who: 'young' },
  // dang-ky-xe
  { q: 'Thằng con gửi tiền về mua cho ông cái xe máy mới để đi chợ phiên, mua rồi phải đi đăng ký biển số ở đâu ạ', expect: ['1.013067', '1.012575'], who: 'elderly' },
  // dang-ky-xe
  { q: 'mua xe may moi dang ky bien so', expect: ['1.013067', '1.012575'], who: 'rural' },
  // dang-ky-xe
  { q: 'đăng ký xe máy lần đầu', expect: ['1.013067', '1.012575'], who: 'young' },
  // sang-ten-xe
  { q: 'Tôi mua lại cái xe máy cũ của người bản bên, giấy tờ vẫn đứng tên người ta, muốn sang tên cho mình thì làm thế nào', expect: ['1.013076'], who: 'elderly' },
  // sang-ten-xe
  { q: 'mua xe cu chua sang ten lam sao', expect: ['1.013076'], who: 'rural' },
  // sang-ten-xe
  { q: 'sang tên xe máy cũ', expect: ['1.013076'], who: 'young' },
  // chung-thuc-ban-sao
  { q: 'Cháu tôi làm hồ sơ xin việc cần mấy bản sao giấy khai sinh với bằng tốt nghiệp có đóng dấu, ra đây công chứng bản sao được không', expect: ['2.000815'], who: 'elderly' },
  // chung-thuc-ban-sao
  { q: 'cong chung giay to photo o xa', expect: ['2.000815'], who: 'rural' },
  // chung-thuc-ban-sao
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' },
  // chung-thuc-chu-ky
  { q: 'Tôi không biết chữ nhiều, con cháu làm giấy ủy quyền cho tôi đi nhận tiền thay, cần xã đóng dấu xác nhận chữ ký, làm ở đâu', expect: ['2.000884'], who: 'elderly' },
  // chung-thuc-chu-ky
  { q: 'xac nhan chu ky giay uy quyen o xa', expect: ['2.000884'], who: 'rural' },
  // chung-thuc-chu-ky
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: ['2.000884'], who: 'young' },
  // chung-thuc-hop-dong
  { q: 'Tôi bán cho nhà bên cạnh một mảnh nương, hai bên viết giấy tay rồi, muốn ra xã chứng thực hợp đồng cho chắc chắn thì làm thế nào', expect: ['2.001035'], who: 'elderly' },
  // chung-thuc-hop-dong
  { q: 'mua ban dat viet giay tay ra xa chung thuc', expect: ['2.001035'], who: 'rural' },
  // chung-thuc-hop-dong
  { q: 'chứng thực hợp đồng chuyển nhượng đất', expect: ['2.001035'], who: 'young' },
  // tro-giup-phap-ly
  { q: 'Tôi là người dân tộc, nghèo, không biết luật, bị người ta lừa lấy mất tiền bán trâu, muốn có người giúp về pháp luật thì có mất tiền không', expect: ['2.000829'], who: 'elderly' },
  // tro-giup-phap-ly
  { q: 'nguoi dan toc ngheo can luat su giup mien phi', expect: ['2.000829'], who: 'rural' },
  // tro-giup-phap-ly
  { q: 'trợ giúp pháp lý miễn phí', expect: ['2.000829'], who: 'young' },
  // ly-hon
  { q: 'Con gái tôi lấy chồng bị chồng uống rượu đánh đập suốt, nó muốn ly hôn thì phải nộp đơn ở xã hay ở đâu ạ', expect: ['3.000163'], who: 'elderly' },
  // ly-hon
  { q: 'con gai muon ly hon nop don o dau', expect: ['3.000163'], who: 'rural' },
  // ly-hon
  { q: 'thủ tục ly hôn đơn phương', expect: ['3.000163'], who: 'young' },
  // khoi-kien-no
  { q: 'Tôi cho người ở bản khác vay tiền mua trâu, ba năm rồi không trả, đòi mãi không được, muốn kiện ra tòa thì làm đơn thế nào', expect: ['3.000163'], who: 'elderly' },
  // khoi-kien-no
  { q: 'cho vay tien ko tra muon kien', expect: ['3.000163'], who: 'rural' },
  // khoi-kien-no
  { q: 'khởi kiện đòi nợ', expect: ['3.000163'], who: 'young' },
  // khieu-nai
  { q: 'lam don khieu nai gui dau', expect: ['1.004335', '1.003504', '1.000178'], who: 'rural' },
  // khieu-nai
  { q: 'thủ tục khiếu nại lần đầu', expect: ['1.004335', '1.003504', '1.000178'], who: 'young' },
  // to-cao
  { q: 'giải quyết tố cáo', expect: ['1.004327', '1.003482', '1.003523'], who: 'young' },
  // dich-benh-lon
  { q: 'Lợn nhà tôi bị dịch tả lợn châu Phi chết hết cả đàn, phải đem chôn, nghe nói có tiền hỗ trợ, tôi phải khai báo thế nào', expect: ['1.013997'], who: 'elderly' },
  // dich-benh-lon
  { q: 'lon chet dich ta chau phi dc ho tro ko', expect: ['1.013997'], who: 'rural' },
  // dich-benh-lon
  { q: 'hỗ trợ thiệt hại dịch tả lợn châu Phi', expect: ['1.013997'], who: 'young' },
  // kiem-dich-trau-bo
  { q: 'Tôi buôn trâu bò ở chợ phiên, muốn chở mấy con trâu xuống tỉnh dưới bán, người ta bảo phải có giấy kiểm dịch, xin ở đâu ạ', expect: ['1.002338'], who: 'elderly' },
  // kiem-dich-trau-bo
  { q: 'cho trau bo di ban tinh khac xin giay kiem dich', expect: ['1.002338'], who: 'rural' },
  // kiem-dich-trau-bo
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' },
  // thuoc-bvtv
  { q: 'Cháu tôi muốn mở cửa hàng bán phân bón, thuốc trừ sâu cho bà con trong xã, có phải có giấy phép gì không', expect: ['1.004363'], who: 'elderly' },
  // thuoc-bvtv
  { q: 'ban thuoc tru sau can giay phep', expect: ['1.004363'], who: 'rural' },
  // thuoc-bvtv
  { q: 'giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', expect: ['1.004363'], who: 'young' },
  // khai-thac-go
  { q: 'Đồi keo nhà tôi trồng được bảy năm rồi, muốn chặt bán cho thương lái, có phải xin phép kiểm lâm hay xã không ạ', expect: ['1.011471'], who: 'elderly' },
  // khai-thac-go
  { q: 'chat keo rung trong co phai xin phep ko', expect: ['1.011471'], who: 'rural' },
  // khai-thac-go
  { q: 'khai thác gỗ rừng trồng hộ gia đình', expect: ['1.011471'], who: 'young' },
  // van-chuyen-go
  { q: 'Tôi chở gỗ keo, gỗ mỡ nhà trồng xuống xưởng dưới huyện bán, bị kiểm lâm hỏi giấy tờ nguồn gốc, giấy đó làm ở đâu', expect: ['1.000045'], who: 'elderly' },
  // van-chuyen-go
  { q: 'cho go ban bi hoi giay nguon goc', expect: ['1.000045'], who: 'rural' },
  // van-chuyen-go
  { q: 'xác nhận nguồn gốc lâm sản', expect: ['1.000045'], who: 'young' },
  // ca-long
  { q: 'Con trai tôi muốn thả cá lồng trên hồ thủy điện cạnh bản, nghe nói phải đăng ký nuôi trồng thủy sản, xin ở đâu', expect: ['1.014801', '1.014834', '1.004692'], who: 'elderly' },
  // ca-long
  { q: 'nuoi ca long tren ho thuy dien dang ky o dau', expect: ['1.014801', '1.014834', '1.004692'], who: 'rural' },
  // ca-long
  { q: 'đăng ký nuôi trồng thủy sản lồng bè', expect: ['1.014801', '1.014834', '1.004692'], who: 'young' },
  // thuyen-do
  { q: 'Nhà tôi có cái thuyền gắn máy chở người qua hồ đi chợ, công an bảo phải đăng ký thuyền với có bằng lái, làm ở đâu ạ', expect: ['1.004047', '1.004088'], who: 'elderly' },
  // thuyen-do
  { q: 'thuyen cho nguoi qua ho phai dang ky ko', expect: ['1.004047', '1.004088'], who: 'rural' },
  // thuyen-do
  { q: 'đăng ký phương tiện thủy nội địa', expect: ['1.004047', '1.004088'], who: 'young' },
  // thuy-loi
  { q: 'Nhà tôi muốn làm cái chòi với đào ao ngay sát mương thủy lợi của xã, có người bảo phải xin phép, xin ở đâu ạ', expect: ['1.014849', '1.004427'], who: 'elderly' },
  // thuy-loi
  { q: 'dao ao gan muong thuy loi co phai xin phep', expect: ['1.014849', '1.004427'], who: 'rural' },
  // thuy-loi
  { q: 'cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi', expect: ['1.014849', '1.004427'], who: 'young' },
  // gieng-khoan
  { q: 'Mùa khô bản tôi thiếu nước, cháu tôi muốn khoan giếng sâu lấy nước dùng và tưới cà phê, có phải xin giấy phép khai thác nước không', expect: ['1.001662', '1.004223'], who: 'elderly' },
  // gieng-khoan
  { q: 'khoan gieng lay nuoc tuoi co phai xin phep', expect: ['1.001662', '1.004223'], who: 'rural' },
  // gieng-khoan
  { q: 'giấy phép khai thác nước dưới đất', expect: ['1.001662', '1.004223'], who: 'young' },
  // trang-trai-moi-truong
  { q: 'Con tôi về quê mở trại nuôi mấy trăm con lợn, hàng xóm kêu mùi hôi, cán bộ bảo phải đăng ký môi trường, làm thế nào ạ', expect: ['1.010727'], who: 'elderly' },
  // trang-trai-moi-truong
  { q: 'nuoi lon nhieu phai dang ky moi truong ko', expect: ['1.010727'], who: 'rural' },
  // trang-trai-moi-truong
  { q: 'đăng ký môi trường trang trại chăn nuôi', expect: ['1.010727'], who: 'young' },
  // khai-thac-cat
  { q: 'Bản tôi muốn xúc cát sỏi dưới suối về làm đường bê tông trong bản, có phải xin phép khai thác khoáng sản không', expect: ['1.014257'], who: 'elderly' },
  // khai-thac-cat
  { q: 'xuc cat soi duoi suoi lam duong co phai xin phep', expect: ['1.014257'], who: 'rural' },
  // khai-thac-cat
  { q: 'giấy phép khai thác cát sỏi lòng suối', expect: ['1.014257'], who: 'young' },
  // dau-noi-duong
  { q: 'Nhà tôi ở ven quốc lộ, muốn làm cái đường dẫn từ nhà ra quốc lộ cho xe vào, có phải xin phép ngành giao thông không', expect: ['1.001046', '1.001061'], who: 'elderly' },
  // dau-noi-duong
  { q: 'lam duong tu nha ra quoc lo co phai xin phep', expect: ['1.001046', '1.001061'], who: 'rural' },
  // dau-noi-duong
  { q: 'cấp phép đấu nối vào quốc lộ', expect: ['1.001046', '1.001061'], who: 'young' },
  // ban-sao-van-bang
  { q: 'Bằng tốt nghiệp cấp ba của tôi mất lâu rồi, nay đi làm cần bản sao, trường cũ ở huyện vẫn còn, xin lại ở đâu ạ', expect: ['2.000908'], who: 'elderly' },
  // ban-sao-van-bang
  { q: 'mat bang tot nghiep cap 3 xin lai', expect: ['2.000908'], who: 'rural' },
  // ban-sao-van-bang
  { q: 'cấp bản sao bằng tốt nghiệp THPT', expect: ['2.000908'], who: 'young' },
  // tien-rach
  { q: 'Tôi bán lợn được mấy tờ tiền bị rách với cháy mất góc, ra ngân hàng có đổi được không, đổi ở đâu ạ', expect: ['2.001077'], who: 'elderly' },
  // tien-rach
  { q: 'tien rach doi o dau', expect: ['2.001077'], who: 'rural' },
  // tien-rach
  { q: 'đổi tiền rách', expect: ['2.001077'], who: 'young' },
  // xac-nhan-cu-tru
  { q: 'Cháu tôi xin vào làm ở công ty, người ta đòi giấy xác nhận nơi cư trú của xã, nay không còn sổ hộ khẩu thì xin giấy đó ở đâu', expect: ['1.010041'], who: 'elderly' },
  // xac-nhan-cu-tru
  { q: 'xin giay xac nhan cu tru thay so ho khau', expect: ['1.010041'], who: 'rural' },
  // xac-nhan-cu-tru
  { q: 'xác nhận thông tin về cư trú', expect: ['1.010041'], who: 'young' },
];

export const TWENTYSIXTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // xkld-vay-von: no procedure for support/loans to work abroad in the catalogue
  { q: 'Nhà tôi nghèo, con trai muốn đi lao động Nhật Bản mà không có tiền đóng phí, nhà nước có cho vay tiền đi không, làm giấy ở đâu', who: 'elderly' },
  // xkld-vay-von: no procedure for support/loans to work abroad in the catalogue
  { q: 'di xuat khau lao dong co dc ho tro tien ko nguoi dan toc', who: 'rural' },
  // xkld-vay-von: no procedure for support/loans to work abroad in the catalogue
  { q: 'hỗ trợ người dân tộc thiểu số đi làm việc ở nước ngoài', who: 'young' },
  // boi-thuong-thu-hoi: no citizen-facing compensation-on-land-recovery procedure in the catalogue
  { q: 'Nhà nước làm đường qua nương nhà tôi, lấy mất một phần đất, tôi muốn hỏi tiền đền bù thì được bao nhiêu, hỏi ở đâu', who: 'elderly' },
  // boi-thuong-thu-hoi: no citizen-facing compensation-on-land-recovery procedure in the catalogue
  { q: 'lam duong lay dat nha toi den bu bao nhieu', who: 'rural' },
  // boi-thuong-thu-hoi: no citizen-facing compensation-on-land-recovery procedure in the catalogue
  { q: 'bồi thường khi nhà nước thu hồi đất', who: 'young' },
  // ruou-thu-cong: no handmade-liquor production licence in the catalogue
  { q: 'Nhà tôi nấu rượu ngô men lá bán cho khách du lịch, có người bảo phải có giấy phép mới được bán, xin ở đâu ạ', who: 'elderly' },
  // ruou-thu-cong: no handmade-liquor production licence in the catalogue
  { q: 'nau ruou ngo ban can giay phep gi', who: 'rural' },
  // ruou-thu-cong: no handmade-liquor production licence in the catalogue
  { q: 'giấy phép sản xuất rượu thủ công', who: 'young' },
  // homestay: no tourist-accommodation / homestay recognition procedure in the catalogue
  { q: 'Thằng cháu tôi học du lịch dưới xuôi về, muốn mở homestay nhà sàn đón khách, có phải đăng ký gì với nhà nước không', who: 'elderly' },
  // homestay: no tourist-accommodation / homestay recognition procedure in the catalogue
  { q: 'mo homestay nha san can giay to gi', who: 'rural' },
  // homestay: no tourist-accommodation / homestay recognition procedure in the catalogue
  { q: 'công nhận homestay đạt tiêu chuẩn', who: 'young' },
  // that-nghiep: no unemployment-benefit claim procedure (only proxy collection) in the catalogue
  { q: 'Công ty của thằng con tôi ở Bắc Ninh cắt giảm người, nó bị cho nghỉ việc về nhà, nghe nói có tiền trợ cấp thất nghiệp, làm thế nào ạ', who: 'elderly' },
  // that-nghiep: no unemployment-benefit claim procedure (only proxy collection) in the catalogue
  { q: 'bi cong ty cho nghi lam tro cap that nghiep', who: 'rural' },
  // that-nghiep: no unemployment-benefit claim procedure (only proxy collection) in the catalogue
  { q: 'đăng ký hưởng trợ cấp thất nghiệp', who: 'young' },
  // tro-cap-cao-tuoi: social-assistance (bảo trợ xã hội) field absent from the catalogue
  { q: 'Mẹ tôi năm nay tám mươi mốt tuổi rồi, không có lương hưu, nghe nói người già trên tám mươi được nhà nước cho tiền hằng tháng, làm hồ sơ ở đâu', who: 'elderly' },
  // tro-cap-cao-tuoi: social-assistance (bảo trợ xã hội) field absent from the catalogue
  { q: 'me 80 tuoi dc tien nha nuoc hang thang lam sao', who: 'rural' },
  // tro-cap-cao-tuoi: social-assistance (bảo trợ xã hội) field absent from the catalogue
  { q: 'trợ cấp xã hội người cao tuổi', who: 'young' },
  // khuyet-tat-xac-dinh: disability determination absent from the catalogue
  { q: 'Cháu tôi từ nhỏ bị câm điếc, không nói được, bố mẹ đi làm xa, tôi muốn xin giấy chứng nhận khuyết tật cho cháu thì phải đưa cháu đi đâu', who: 'elderly' },
  // khuyet-tat-xac-dinh: disability determination absent from the catalogue
  { q: 'chau bi cam diec xin giay khuyet tat', who: 'rural' },
  // khuyet-tat-xac-dinh: disability determination absent from the catalogue
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // tro-cap-khuyet-tat: disability allowance absent from the catalogue
  { q: 'Con trai tôi bị tai nạn lao động ở công ty, giờ liệt hai chân nằm một chỗ, có được hưởng tiền trợ cấp người khuyết tật hằng tháng không', who: 'elderly' },
  // tro-cap-khuyet-tat: disability allowance absent from the catalogue
  { q: 'con bi liet co dc tien tro cap khuyet tat ko', who: 'rural' },
  // tro-cap-khuyet-tat: disability allowance absent from the catalogue
  { q: 'trợ cấp hằng tháng người khuyết tật nặng', who: 'young' },
  // mai-tang-phi: social-assistance funeral support absent from the catalogue
  { q: 'Bà cụ nhà tôi đang hưởng trợ cấp người cao tuổi vừa mất, nghe nói nhà nước có hỗ trợ tiền làm ma, gia đình làm đơn thế nào', who: 'elderly' },
  // mai-tang-phi: social-assistance funeral support absent from the catalogue
  { q: 'me chet dc ho tro tien lam ma ko', who: 'rural' },
  // mai-tang-phi: social-assistance funeral support absent from the catalogue
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // tro-giup-dot-xuat: emergency social assistance absent from the catalogue
  { q: 'Đêm qua mưa to, đất đá trên núi sạt xuống đè sập mất nhà tôi, cả nhà phải ở nhờ, xin nhà nước hỗ trợ thì làm thế nào', who: 'elderly' },
  // tro-giup-dot-xuat: emergency social assistance absent from the catalogue
  { q: 'nha bi sat lo sap het xin ho tro', who: 'rural' },
  // tro-giup-dot-xuat: emergency social assistance absent from the catalogue
  { q: 'hỗ trợ khẩn cấp nhà bị sập do thiên tai', who: 'young' },
  // tre-mo-coi: orphan allowance absent from the catalogue
  { q: 'Bố mẹ cháu tôi mất vì tai nạn ở khu công nghiệp, hai đứa nhỏ giờ ở với bà, cháu mồ côi cả cha mẹ có được trợ cấp gì không', who: 'elderly' },
  // tre-mo-coi: orphan allowance absent from the catalogue
  { q: 'chau mo coi bo me ong ba nuoi co dc tien ko', who: 'rural' },
  // tre-mo-coi: orphan allowance absent from the catalogue
  { q: 'trợ cấp trẻ em mồ côi', who: 'young' },
  // chat-doc-da-cam: army veteran; only the Công an-specific Agent Orange procedure exists
  { q: 'Tôi đi bộ đội ở chiến trường miền Nam những năm bảy mươi, nay các cháu sinh ra bị dị tật, nghe nói do chất độc da cam, làm hồ sơ hưởng chế độ thế nào', who: 'elderly' },
  // chat-doc-da-cam: army veteran; only the Công an-specific Agent Orange procedure exists
  { q: 'di bo doi bi nhiem chat doc da cam lam che do', who: 'rural' },
  // bien-gioi-phia-bac: militia/army veteran; only the Công an-specific border-war procedure exists
  { q: 'Năm bảy chín tôi đi dân quân đánh giặc ở biên giới phía Bắc, về nhà chưa được hưởng chế độ gì, bây giờ còn làm được không ạ', who: 'elderly' },
  // bien-gioi-phia-bac: militia/army veteran; only the Công an-specific border-war procedure exists
  { q: 'tham gia bao ve bien gioi 1979 chua dc huong che do', who: 'rural' },
  // thuong-binh: no re-issue of the war-invalid certificate in the catalogue
  { q: 'Tôi là thương binh hạng ba, cái giấy chứng nhận thương binh để lâu bị mối ăn hỏng mất rồi, muốn xin cấp lại thì làm thế nào', who: 'elderly' },
  // thuong-binh: no re-issue of the war-invalid certificate in the catalogue
  { q: 'giay thuong binh bi hong xin cap lai', who: 'rural' },
  // thuong-binh: no re-issue of the war-invalid certificate in the catalogue
  { q: 'cấp lại giấy chứng nhận thương binh', who: 'young' },
  // mo-liet-si: martyr remains relocation absent from the catalogue
  { q: 'Anh trai tôi là liệt sĩ nằm ở nghĩa trang trong Quảng Trị, gia đình muốn đưa hài cốt anh về quê, xin phép ở đâu ạ', who: 'elderly' },
  // mo-liet-si: martyr remains relocation absent from the catalogue
  { q: 'dua hai cot liet si ve que', who: 'rural' },
  // mo-liet-si: martyr remains relocation absent from the catalogue
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // tham-mo-liet-si: martyr grave visit support absent from the catalogue
  { q: 'Mẹ tôi già rồi muốn đi thăm mộ bố tôi là liệt sĩ ở tận trong Nam một lần, nghe nói nhà nước có hỗ trợ tiền đi lại, hỏi ở đâu', who: 'elderly' },
  // tham-mo-liet-si: martyr grave visit support absent from the catalogue
  { q: 'di tham mo liet si co dc ho tro tien xe ko', who: 'rural' },
  // tham-mo-liet-si: martyr grave visit support absent from the catalogue
  { q: 'hỗ trợ thăm viếng mộ liệt sĩ', who: 'young' },
  // mai-tang-nguoi-co-cong: people-of-merit funeral allowance absent from the catalogue
  { q: 'Bố tôi là cựu chiến binh có huân chương kháng chiến, vừa mất tuần trước, gia đình có được nhận tiền mai táng phí không ạ', who: 'elderly' },
  // mai-tang-nguoi-co-cong: people-of-merit funeral allowance absent from the catalogue
  { q: 'bo la nguoi co cong chet dc tien mai tang ko', who: 'rural' },
  // mai-tang-nguoi-co-cong: people-of-merit funeral allowance absent from the catalogue
  { q: 'mai táng phí người có công', who: 'young' },
  // tro-cap-tuat: people-of-merit survivor allowance absent from the catalogue
  { q: 'Chồng tôi là thương binh đang hưởng lương, ông mất rồi thì tôi là vợ có được hưởng tiếp tiền tuất hằng tháng không ạ', who: 'elderly' },
  // tro-cap-tuat: people-of-merit survivor allowance absent from the catalogue
  { q: 'chong thuong binh chet vo dc huong tuat ko', who: 'rural' },
  // tro-cap-tuat: people-of-merit survivor allowance absent from the catalogue
  { q: 'trợ cấp tuất thân nhân người có công', who: 'young' },
  // khieu-nai: complaint about commune poor-household list; catalogue only has complaints against the police
  { q: 'Nhà tôi đáng được vào hộ nghèo mà thôn không đưa vào danh sách, tôi muốn làm đơn khiếu nại lên trên thì gửi ở đâu', who: 'elderly' },
  // to-cao: denunciation of a village head; catalogue only has denunciations against the police
  { q: 'Tôi thấy ông trưởng thôn ăn bớt tiền hỗ trợ của dân, muốn tố cáo mà sợ bị biết tên, gửi đơn ở đâu thì được giữ bí mật', who: 'elderly' },
  // to-cao: denunciation of a village head; catalogue only has denunciations against the police
  { q: 'to cao can bo thon an tien ho tro', who: 'rural' },
  // thien-tai-cay-trong: no crop-disaster support procedure in the catalogue
  { q: 'Trận mưa đá vừa rồi làm hỏng hết ruộng lúa với nương ngô của bản, nhà nước có hỗ trợ giống cho dân trồng lại không, khai ở đâu', who: 'elderly' },
  // thien-tai-cay-trong: no crop-disaster support procedure in the catalogue
  { q: 'mua da hong het lua ngo xin ho tro giong', who: 'rural' },
  // thien-tai-cay-trong: no crop-disaster support procedure in the catalogue
  { q: 'hỗ trợ sản xuất nông nghiệp bị thiệt hại do thiên tai', who: 'young' },
  // dong-vat-hoang-da: no registration of common wild-animal farms in the catalogue (only CITES)
  { q: 'Nhà tôi nuôi mấy con nhím với lợn rừng để bán thịt, kiểm lâm bảo phải đăng ký trại nuôi, làm thế nào ạ', who: 'elderly' },
  // dong-vat-hoang-da: no registration of common wild-animal farms in the catalogue (only CITES)
  { q: 'nuoi nhim lon rung phai dang ky ko', who: 'rural' },
  // dong-vat-hoang-da: no registration of common wild-animal farms in the catalogue (only CITES)
  { q: 'đăng ký cơ sở nuôi động vật rừng thông thường', who: 'young' },
  // chi-tra-dvmtr: no payment-to-forest-keepers procedure (only exemption for users) in the catalogue
  { q: 'Bản tôi giữ rừng đầu nguồn mấy chục năm, nghe nói được trả tiền dịch vụ môi trường rừng, tiền ấy nhận thế nào, khai ở đâu', who: 'elderly' },
  // chi-tra-dvmtr: no payment-to-forest-keepers procedure (only exemption for users) in the catalogue
  { q: 'tien giu rung dich vu moi truong rung nhan sao', who: 'rural' },
  // chi-tra-dvmtr: no payment-to-forest-keepers procedure (only exemption for users) in the catalogue
  { q: 'chi trả dịch vụ môi trường rừng', who: 'young' },
  // chuyen-truong: education field absent from the catalogue
  { q: 'Bố mẹ cháu làm ở Bắc Giang đón cháu xuống dưới đó học, tôi muốn xin chuyển trường cho cháu từ trường bản xuống dưới, làm thế nào', who: 'elderly' },
  // chuyen-truong: education field absent from the catalogue
  { q: 'chuyen truong cho chau xuong cho bo me', who: 'rural' },
  // chuyen-truong: education field absent from the catalogue
  { q: 'thủ tục chuyển trường THCS', who: 'young' },
  // hoc-phi-dtts: education field absent from the catalogue
  { q: 'Cháu tôi là người dân tộc ở xã đặc biệt khó khăn, đi học trung học phổ thông, có được miễn học phí hay hỗ trợ gạo không ạ', who: 'elderly' },
  // hoc-phi-dtts: education field absent from the catalogue
  { q: 'con nguoi dan toc di hoc dc mien hoc phi ko', who: 'rural' },
  // hoc-phi-dtts: education field absent from the catalogue
  { q: 'miễn giảm học phí hỗ trợ chi phí học tập', who: 'young' },
  // ban-tru: education field absent from the catalogue
  { q: 'Nhà cháu tôi ở xa trường hơn mười cây số, phải ở lại trường cả tuần, nghe nói được hỗ trợ tiền ăn gạo cho học sinh bán trú, đăng ký thế nào', who: 'elderly' },
  // ban-tru: education field absent from the catalogue
  { q: 'chau o ban tru dc ho tro gao ko', who: 'rural' },
  // ban-tru: education field absent from the catalogue
  { q: 'hỗ trợ học sinh bán trú', who: 'young' },
  // nghia-vu-quan-su: military service registration absent from the catalogue
  { q: 'Thằng cháu tôi năm nay đủ mười bảy tuổi, nghe nói phải đi đăng ký nghĩa vụ quân sự, nó đi làm xa thì đăng ký thế nào', who: 'elderly' },
  // nghia-vu-quan-su: military service registration absent from the catalogue
  { q: 'chau 17 tuoi dang ky nghia vu quan su o dau', who: 'rural' },
  // nghia-vu-quan-su: military service registration absent from the catalogue
  { q: 'đăng ký nghĩa vụ quân sự lần đầu', who: 'young' },
  // hoan-nvqs: military service deferral absent from the catalogue
  { q: 'Nhà tôi chỉ có một thằng con trai, bố nó ốm nằm liệt, năm nay nó có giấy gọi đi bộ đội, có được xin tạm hoãn không ạ', who: 'elderly' },
  // hoan-nvqs: military service deferral absent from the catalogue
  { q: 'con trai duy nhat bo om co dc hoan di bo doi ko', who: 'rural' },
  // hoan-nvqs: military service deferral absent from the catalogue
  { q: 'tạm hoãn nghĩa vụ quân sự', who: 'young' },
  // le-hoi: festival registration absent from the catalogue
  { q: 'Bản tôi năm nay muốn tổ chức lễ hội xuống đồng, có múa hát, mời khách du lịch đến xem, có phải đăng ký với huyện không', who: 'elderly' },
  // le-hoi: festival registration absent from the catalogue
  { q: 'to chuc le hoi ban co phai xin phep', who: 'rural' },
  // le-hoi: festival registration absent from the catalogue
  { q: 'đăng ký tổ chức lễ hội', who: 'young' },
  // dien: electricity connection is a utility service, not in the catalogue
  { q: 'Nhà tôi làm nhà mới ở trên đồi xa đường, chưa có điện, muốn kéo điện lưới về thì phải làm đơn với ai ạ', who: 'elderly' },
  // dien: electricity connection is a utility service, not in the catalogue
  { q: 'nha moi chua co dien keo dien ve sao', who: 'rural' },
  // dien: electricity connection is a utility service, not in the catalogue
  { q: 'đăng ký lắp công tơ điện mới', who: 'young' },
  // vay-von-chinh-sach: policy-bank loans not in the catalogue
  { q: 'Nhà tôi muốn vay ít tiền ngân hàng chính sách để mua con bò giống về nuôi, thủ tục vay như thế nào, hỏi ai ạ', who: 'elderly' },
  // vay-von-chinh-sach: policy-bank loans not in the catalogue
  { q: 'vay von ngan hang chinh sach mua bo', who: 'rural' },
  // vay-von-chinh-sach: policy-bank loans not in the catalogue
  { q: 'vay vốn hộ nghèo ngân hàng chính sách', who: 'young' },
  // sim-dien-thoai: SIM subscriber info is a telecom service, not in the catalogue
  { q: 'Cái điện thoại của tôi bị khóa sim, người ta bảo phải chuẩn hóa thông tin thuê bao, ra đây làm giúp được không', who: 'elderly' },
  // sim-dien-thoai: SIM subscriber info is a telecom service, not in the catalogue
  { q: 'sim bi khoa lam lai o dau', who: 'rural' },
  // sim-dien-thoai: SIM subscriber info is a telecom service, not in the catalogue
  { q: 'chuẩn hóa thông tin thuê bao sim', who: 'young' },
  // song-dien-thoai: no procedure for requesting a mobile tower
  { q: 'Bản tôi ở trên núi không có sóng điện thoại, con cháu gọi về không được, tôi muốn đề nghị làm cột sóng thì gửi đơn ở đâu', who: 'elderly' },
  // song-dien-thoai: no procedure for requesting a mobile tower
  { q: 'ban ko co song dien thoai xin lam cot', who: 'rural' },
  // song-dien-thoai: no procedure for requesting a mobile tower
  { q: 'đề nghị lắp trạm phát sóng', who: 'young' },
  // benh-vien: no hospital-transfer procedure in the catalogue
  { q: 'Tôi bị đau lưng lâu ngày, muốn xuống bệnh viện tỉnh khám mà đi tuyến trên thì bảo hiểm có trả không, xin giấy chuyển viện ở đâu', who: 'elderly' },
  // benh-vien: no hospital-transfer procedure in the catalogue
  { q: 'xin giay chuyen vien len tinh', who: 'rural' },
  // benh-vien: no hospital-transfer procedure in the catalogue
  { q: 'giấy chuyển tuyến BHYT', who: 'young' },
  // phan-bon-gia-re: no fertiliser subsidy procedure in the catalogue
  { q: 'Năm nay phân đạm đắt quá, tôi nghe nói xã có bán phân bón giá rẻ cho người dân tộc, mua ở đâu ạ', who: 'elderly' },
  // phan-bon-gia-re: no fertiliser subsidy procedure in the catalogue
  { q: 'mua phan bon gia re o xa', who: 'rural' },
  // phan-bon-gia-re: no fertiliser subsidy procedure in the catalogue
  { q: 'trợ giá phân bón cho dân tộc thiểu số', who: 'young' },
];
