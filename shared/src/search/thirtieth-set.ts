import type { CitizenQuery } from './dev-set';
/**
 * THIRTIETH blind held-out set. Persona: a Central Highlands commune of coffee and pepper farmers (Dak Lak / Gia Lai /
 * Lam Dong): northern migrants with papers from other provinces, forest-cleared land without titles, land disputes,
 * cooperatives, coffee buyers, pesticide and fertiliser trade, trucks and motorbikes, forest protection, irrigation
 * water, Ede / Gia Rai families, schools, and a young generation doing everything by phone.
 * Written blind (no engine, tests or other sets seen). Draft committed before the catalogue was opened:
 * docs/search-drafts/thirtieth-draft-20261207T0439Z.txt sha256 b53d6ea239a169c1531be41175d17cc7ca0b72037e4f71c89c3be5a02c567d91.
 * 105 situations x 3 voices (elderly, rural, young). Labelled: 207 queries (elderly 69, rural 69,
 * young 69); no-answer: 108 queries (elderly 36, rural 36, young 36).
 * Labels from national-crawl.jsonl.gz. No query text was changed after the draft commit.
 * The lead added, before the set was first scored, the registration of the change on the land title (1.013831) to the
 * nine queries labelled with the tax return and registration fee of a land sale, gift or inheritance: the writer had
 * not found it in the crawl, and it is the procedure those citizens file.
 */
export const THIRTIETH_HELDOUT: readonly CitizenQuery[] = [
  // khai-sinh-con
  {
    q: 'Cháu ơi, con dâu tôi mới sinh thằng cu ở trạm xá xã hôm tuần trước, giờ tôi muốn hỏi làm giấy khai sinh cho cháu nội thì cần mang những giấy tờ gì?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  },
  { q: 'vo moi de dc 2 tuan, lam giay khai sinh cho con o xa can gi vay', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'khai sinh cho bé', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  // khai-sinh-qua-han
  { q: 'Tôi năm nay sáu mươi hai tuổi, hồi nhỏ ở quê Thái Bình bố mẹ không khai sinh cho tôi, giờ muốn làm giấy khai sinh thì có được không cháu?', expect: ['1.004772', '1.001193'], who: 'elderly' },
  { q: 'ong gia nha toi chua bao gio co giay khai sinh, h lam lai dc ko', expect: ['1.004772', '1.001193'], who: 'rural' },
  { q: 'đăng ký khai sinh quá hạn', expect: ['1.004772', '1.001193'], who: 'young' },
  // khai-sinh-dang-ky-lai
  { q: 'Giấy khai sinh của tôi làm ở Nghệ An từ năm bảy mươi mấy, mất lúc chuyển vào Gia Lai, sổ gốc ở xã cũ cũng cháy rồi, giờ phải đăng ký lại ở đâu?', expect: ['1.004884'], who: 'elderly' },
  { q: 'giay khai sinh goc mat, uy ban xa ngoai bac cung ko con so, lam lai sao', expect: ['1.004884'], who: 'rural' },
  { q: 'dang ky lai khai sinh', expect: ['1.004884'], who: 'young' },
  // trich-luc-khai-sinh
  { q: 'Cháu gái tôi đi học cần bản sao giấy khai sinh mà bản chính đã nhàu nát hết, tôi muốn xin thêm mấy bản sao trích lục ở xã thì làm thế nào cháu?', expect: ['2.000635'], who: 'elderly' },
  { q: 'xin ban sao giay khai sinh cho con nop truong, lam o dau', expect: ['2.000635'], who: 'rural' },
  { q: 'trích lục khai sinh online', expect: ['2.000635'], who: 'young' },
  // khai-tu
  { q: 'Ông nhà tôi mới mất hôm rằm tháng trước vì bệnh tim, con cháu bảo phải đi báo tử cho xã để làm các giấy tờ đất đai sau này, cháu chỉ giúp bà với.', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba noi moi mat, di khai tu o xa can mang theo nhung gi', expect: ['1.000656'], who: 'rural' },
  { q: 'khai tử cho bố', expect: ['1.000656'], who: 'young' },
  // dang-ky-ket-hon
  { q: 'Thằng út nhà tôi sắp cưới một cô người Ê Đê ở buôn bên cạnh, hai đứa muốn đăng ký kết hôn ở xã cho đàng hoàng, cần giấy tờ gì cháu ơi?', expect: ['1.000894'], who: 'elderly' },
  { q: 'sap cuoi vo, dang ky ket hon o ubnd xa mat bao lau, can chung minh j', expect: ['1.000894'], who: 'rural' },
  { q: 'đăng ký kết hôn', expect: ['1.000894'], who: 'young' },
  // xac-nhan-doc-than
  { q: 'Con gái tôi đi làm ở Bình Dương muốn đăng ký kết hôn trong đó, họ bắt về quê xin giấy xác nhận chưa có chồng, tôi đi xin thay cho nó được không cháu?', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay xac nhan doc than de cuoi vo o tinh khac', expect: ['1.004873'], who: 'rural' },
  { q: 'xac nhan tinh trang hon nhan', expect: ['1.004873'], who: 'young' },
  // ly-hon
  {
    q: 'Vợ chồng đứa con gái tôi lục đục mấy năm nay, thằng chồng rượu chè đánh đập, giờ nó muốn ly hôn mà không biết nộp đơn ở đâu, xã có giải quyết không cháu?',
    expect: ['3.000163'],
    who: 'elderly',
  },
  { q: 'vo chong muon ly hon thuan tinh thi nop don o dau', expect: ['3.000163'], who: 'rural' },
  { q: 'thủ tục ly hôn', expect: ['3.000163'], who: 'young' },
  // cai-chinh-ho-tich
  { q: 'Trong giấy khai sinh của tôi ghi sai năm sinh với chữ lót so với căn cước, giờ làm sổ đất người ta bắt phải sửa cho khớp, tôi phải làm sao cháu?', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sinh ghi sai ten dem, muon sua lai cho dung', expect: ['1.004859'], who: 'rural' },
  { q: 'cải chính hộ tịch sai tên', expect: ['1.004859'], who: 'young' },
  // xac-dinh-lai-dan-toc
  { q: 'Cháu nội tôi mẹ là người Gia Rai, bố người Kinh, khai sinh ghi dân tộc Kinh, giờ muốn đổi theo dân tộc mẹ để được ưu tiên đi học có được không?', expect: ['1.004859'], who: 'elderly' },
  { q: 'con lai, muon doi dan toc kinh sang dan toc ede theo me', expect: ['1.004859'], who: 'rural' },
  { q: 'đổi dân tộc cho con', expect: ['1.004859'], who: 'young' },
  // nhan-cha-con
  { q: 'Con gái tôi có con với người ta mà chưa cưới, giấy khai sinh của cháu bỏ trống tên bố, nay người bố muốn nhận con thì phải làm thủ tục gì hả cháu?', expect: ['1.001022'], who: 'elderly' },
  { q: 'de con chua cuoi, gio bo no muon nhan con thi lam sao', expect: ['1.001022'], who: 'rural' },
  { q: 'dk nhận cha con', expect: ['1.001022'], who: 'young' },
  // giam-ho
  { q: 'Bố mẹ thằng cháu ngoại tôi mất trong vụ tai nạn xe tải, tôi nuôi nó từ nhỏ, giờ muốn làm người giám hộ cho nó thì đăng ký ở đâu?', expect: ['1.004837'], who: 'elderly' },
  { q: 'chau mo coi cha me, ong ba nuoi, dang ky giam ho the nao', expect: ['1.004837'], who: 'rural' },
  { q: 'đăng ký giám hộ', expect: ['1.004837'], who: 'young' },
  // nhan-con-nuoi
  { q: 'Vợ chồng tôi hiếm muộn, có nuôi đứa bé con người họ hàng bên ngoại từ lúc đỏ hỏn, nay muốn làm giấy nhận con nuôi chính thức cho nó đi học khỏi vướng.', expect: ['2.001263'], who: 'elderly' },
  { q: 'muon nhan con nuoi la chau ruot ben vo, lam o xa dc ko', expect: ['2.001263'], who: 'rural' },
  { q: 'thủ tục nhận con nuôi', expect: ['2.001263'], who: 'young' },
  // chung-thuc-ban-sao
  { q: 'Tôi muốn đi công chứng mấy bản photo sổ hộ khẩu, chứng minh thư với sổ đỏ để nộp ngân hàng vay vốn, ở xã có làm không hay phải lên huyện cháu?', expect: ['2.000815'], who: 'elderly' },
  { q: 'cong chung photo giay to o xa het bao nhieu tien 1 trang', expect: ['2.000815'], who: 'rural' },
  { q: 'chứng thực bản sao', expect: ['2.000815'], who: 'young' },
  // chung-thuc-chu-ky
  { q: 'Tôi viết giấy ủy quyền cho thằng con lên huyện nhận tiền hỗ trợ thay tôi vì chân tôi đau, người ta bảo phải chứng thực chữ ký, làm ở đâu vậy cháu?', expect: ['2.000884'], who: 'elderly' },
  { q: 'xac nhan chu ky giay uy quyen o xa', expect: ['2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' },
  // chung-thuc-hop-dong-dat
  {
    q: 'Tôi bán cho ông hàng xóm một sào rẫy cà phê, hai bên viết giấy tay rồi, giờ muốn làm hợp đồng chuyển nhượng có xã chứng thực cho chắc ăn thì làm thế nào?',
    expect: ['2.001035'],
    who: 'elderly',
  },
  { q: 'ban mieng ray cho hang xom, lam hop dong chuyen nhuong chung thuc o xa', expect: ['2.001035'], who: 'rural' },
  { q: 'chung thuc hop dong mua ban dat', expect: ['2.001035'], who: 'young' },
  // thoa-thuan-di-san
  { q: 'Ông bà để lại ba héc ta cà phê không có di chúc, năm anh em muốn lập văn bản thỏa thuận chia di sản, xã có chứng thực không cháu?', expect: ['2.001406'], who: 'elderly' },
  { q: 'chia dat cua bo me de lai cho anh em, lam van ban thoa thuan o dau', expect: ['2.001406'], who: 'rural' },
  { q: 'văn bản phân chia di sản', expect: ['2.001406'], who: 'young' },
  // di-chuc
  { q: 'Tôi già rồi, muốn viết di chúc để lại vườn tiêu cho thằng út vì nó ở với tôi, viết tay rồi thì có cần mang ra xã chứng thực không cháu?', expect: ['2.001019'], who: 'elderly' },
  { q: 'viet di chuc de lai dat cho con, ra xa chung thuc dc ko', expect: ['2.001019'], who: 'rural' },
  { q: 'chứng thực di chúc', expect: ['2.001019'], who: 'young' },
  // dang-ky-thuong-tru
  { q: 'Cả nhà tôi vào đây từ năm tám mươi lăm mà hộ khẩu vẫn để ngoài Hà Tĩnh, nay muốn nhập hộ khẩu vào xã này cho con cháu đi học thì làm sao cháu?', expect: ['1.004222'], who: 'elderly' },
  { q: 'nhap ho khau tu thanh hoa vao daklak can giay gi', expect: ['1.004222'], who: 'rural' },
  { q: 'đăng ký thường trú', expect: ['1.004222'], who: 'young' },
  // dang-ky-tam-tru
  { q: 'Mùa thu hoạch cà phê nhà tôi thuê mấy người ngoài Quảng Trị vào hái, công an bảo phải khai báo tạm trú cho họ, tôi làm thế nào hả cháu?', expect: ['1.004194'], who: 'elderly' },
  { q: 'thue nguoi hai ca phe o lai 3 thang, dang ky tam tru cho ho', expect: ['1.004194'], who: 'rural' },
  { q: 'khai báo tạm trú', expect: ['1.004194'], who: 'young' },
  // xac-nhan-cu-tru
  { q: 'Giờ không còn sổ hộ khẩu nữa, ngân hàng lại đòi giấy xác nhận nơi ở của tôi mới cho vay, tôi xin ở công an xã hay làm sao cháu?', expect: ['1.010041'], who: 'elderly' },
  { q: 'xin giay xac nhan thong tin cu tru de bo tui ho so vay', expect: ['1.010041'], who: 'rural' },
  { q: 'giấy xác nhận cư trú', expect: ['1.010041'], who: 'young' },
  // xoa-thuong-tru
  {
    q: 'Con gái tôi lấy chồng về Lâm Đồng đã lâu, giờ muốn chuyển khẩu nó ra khỏi hộ nhà tôi để nó nhập bên chồng, thì có phải xóa tên ở đây không cháu?',
    expect: ['1.003197', '1.004222'],
    who: 'elderly',
  },
  { q: 'cat khau con gai di lay chong tinh khac', expect: ['1.003197', '1.004222'], who: 'rural' },
  { q: 'xoa dang ky thuong tru', expect: ['1.003197', '1.004222'], who: 'young' },
  // cap-can-cuoc
  {
    q: 'Thằng cháu nội tôi mới đủ mười bốn tuổi, trường bảo phải đi làm căn cước, nhà ở xa, không biết có làm ở xã được không hay phải lên huyện?',
    expect: ['1.014061', '2.000200', '1.001247'],
    who: 'elderly',
  },
  { q: 'con 14 tuoi lam can cuoc o dau, co can giay khai sinh ko', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'làm cccd lần đầu', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' },
  // cap-lai-can-cuoc
  {
    q: 'Tôi đi rẫy làm rơi mất cái thẻ căn cước gắn chíp rồi cháu ạ, tìm mãi không thấy, giờ muốn làm lại thì mất bao lâu với bao nhiêu tiền?',
    expect: ['1.014064', '2.001194', '1.000757'],
    who: 'elderly',
  },
  { q: 'mat can cuoc cong dan lam lai o dau, het bao nhieu tien', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'mat cccd cap lai', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  // vneid-muc-2
  {
    q: 'Thằng cháu bảo tôi phải có cái VNeID mức hai trong điện thoại thì mới làm giấy tờ trên mạng được, tôi không biết làm, ra đây có ai kích hoạt giúp không?',
    expect: ['3.000228'],
    who: 'elderly',
  },
  { q: 'kich hoat dinh danh dien tu muc 2 cho ba me gia', expect: ['3.000228'], who: 'rural' },
  { q: 'vneid muc 2', expect: ['3.000228'], who: 'young' },
  // so-do-lan-dau
  { q: 'Nhà tôi khai hoang mảnh rẫy này từ năm chín mươi, trồng cà phê mấy chục năm nay mà chưa có sổ đỏ, giờ muốn xin cấp giấy thì bắt đầu từ đâu cháu?', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat khai hoang tu lau chua co so, muon lam so do lan dau', expect: ['1.013978'], who: 'rural' },
  { q: 'cấp sổ đỏ lần đầu', expect: ['1.013978'], who: 'young' },
  // sang-ten-dat
  {
    q: 'Tôi mua lại hai sào đất của người ta có sổ đỏ rồi, đã làm hợp đồng công chứng, giờ sang tên sổ qua tên tôi thì nộp hồ sơ ở đâu cháu?',
    expect: ['1.007674', '1.007277', '1.013831'],
    who: 'elderly',
  },
  { q: 'mua dat co so roi, sang ten qua ten minh lam o dau', expect: ['1.007674', '1.007277', '1.013831'], who: 'rural' },
  { q: 'sang tên sổ đỏ', expect: ['1.007674', '1.007277', '1.013831'], who: 'young' },
  // thua-ke-dat
  {
    q: 'Bố tôi mất rồi, sổ đỏ vẫn đứng tên bố, anh em đã thống nhất để tôi đứng tên, giờ muốn làm thủ tục thừa kế sang tên thì thế nào cháu?',
    expect: ['2.001406', '1.007674', '1.007277', '1.013831'],
    who: 'elderly',
  },
  { q: 'bo mat, sang ten so do thua ke cho con', expect: ['2.001406', '1.007674', '1.007277', '1.013831'], who: 'rural' },
  { q: 'dang ky thua ke dat', expect: ['2.001406', '1.007674', '1.007277', '1.013831'], who: 'young' },
  // tang-cho-dat
  {
    q: 'Vợ chồng tôi muốn cắt cho thằng cả một héc ta cà phê để nó ra riêng, làm giấy tặng cho rồi sang tên luôn cho nó được không cháu?',
    expect: ['2.001035', '1.007674', '1.007277', '1.013831'],
    who: 'elderly',
  },
  { q: 'cho dat con trai, lam hop dong tang cho roi sang so', expect: ['2.001035', '1.007674', '1.007277', '1.013831'], who: 'rural' },
  { q: 'tặng cho đất cho con', expect: ['2.001035', '1.007674', '1.007277', '1.013831'], who: 'young' },
  // tach-thua
  { q: 'Mảnh đất của tôi rộng, muốn chia ra làm ba phần cho ba đứa con, mỗi đứa một sổ riêng, thì làm tác thửa ở đâu và có mất nhiều tiền không cháu?', expect: ['1.012784'], who: 'elderly' },
  { q: 'tach so do ra lam 2 cho 2 dua con', expect: ['1.012784'], who: 'rural' },
  { q: 'tách thửa đất', expect: ['1.012784'], who: 'young' },
  // mat-so-do
  { q: 'Mùa mưa năm ngoái nhà dột, cái sổ đỏ bị ướt mục nát hết chữ, có tờ bị mất luôn, giờ muốn xin cấp lại sổ thì làm sao hả cháu?', expect: ['1.012786', '1.012783'], who: 'elderly' },
  { q: 'so do bi chay mat roi, xin cap lai dc ko', expect: ['1.012786', '1.012783'], who: 'rural' },
  { q: 'cấp lại giấy chứng nhận qsdđ', expect: ['1.012786', '1.012783'], who: 'young' },
  // chuyen-muc-dich-dat
  { q: 'Tôi muốn chuyển một phần đất trồng cà phê lên đất ở để cất nhà cho con, nghe nói phải xin phép rồi đóng tiền, cháu chỉ tôi làm ở đâu?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat ray len tho cu de xay nha', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyển mục đích sử dụng đất', expect: ['1.013949', '1.013823'], who: 'young' },
  // hoa-giai-tranh-chap-dat
  { q: 'Nhà bên cạnh lấn sang rẫy tôi gần hai mét, trồng cả hàng tiêu qua ranh, nói mãi không nghe, tôi muốn xã đứng ra hòa giải thì viết đơn thế nào?', expect: ['1.012812'], who: 'elderly' },
  { q: 'hang xom lan ranh dat ray, gui don hoa giai o xa', expect: ['1.012812'], who: 'rural' },
  { q: 'hòa giải tranh chấp đất', expect: ['1.012812'], who: 'young' },
  // giai-quyet-tranh-chap-dat
  {
    q: 'Hòa giải ở xã hai lần không thành rồi, mảnh đất chưa có sổ, hai bên vẫn cãi nhau, giờ tôi muốn huyện giải quyết tranh chấp thì nộp đơn ở đâu?',
    expect: ['1.013967', '1.012805'],
    who: 'elderly',
  },
  { q: 'tranh chap dat chua co so, hoa giai ko thanh, len huyen giai quyet', expect: ['1.013967', '1.012805'], who: 'rural' },
  { q: 'giai quyet tranh chap dat dai', expect: ['1.013967', '1.012805'], who: 'young' },
  // the-chap-so-do
  { q: 'Năm nay phân bón lên giá quá, tôi muốn đem sổ đỏ thế chấp ngân hàng vay ít vốn, ngân hàng bảo phải đăng ký thế chấp, làm ở đâu cháu?', expect: ['1.011441'], who: 'elderly' },
  { q: 'dang ky the chap so do vay agribank', expect: ['1.011441'], who: 'rural' },
  { q: 'đăng ký thế chấp đất', expect: ['1.011441'], who: 'young' },
  // xoa-the-chap
  { q: 'Tôi trả hết nợ ngân hàng rồi, họ trả lại sổ đỏ mà trên sổ vẫn ghi đang thế chấp, giờ muốn xóa dòng đó đi thì làm thế nào cháu?', expect: ['1.011443'], who: 'elderly' },
  { q: 'tra het no roi, xoa the chap tren so do', expect: ['1.011443'], who: 'rural' },
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' },
  // dinh-chinh-so-do
  { q: 'Sổ đỏ nhà tôi ghi sai tên vợ tôi, thiếu một chữ, với diện tích đo lại thì lệch so với thực tế, muốn sửa lại cho đúng thì làm sao cháu?', expect: ['1.012796', '1.012790'], who: 'elderly' },
  { q: 'so do ghi sai ten, muon dinh chinh lai', expect: ['1.012796', '1.012790'], who: 'rural' },
  { q: 'đính chính sổ đỏ', expect: ['1.012796', '1.012790'], who: 'young' },
  // do-dac-ban-do
  { q: 'Tôi muốn xin tờ trích lục bản đồ thửa đất của mình để xem ranh giới với nhà hàng xóm cho rõ, xin ở xã hay ở văn phòng đất đai cháu?', expect: ['1.004237', '1.011671'], who: 'elderly' },
  { q: 'xin trich luc ban do dia chinh thua dat', expect: ['1.004237', '1.011671'], who: 'rural' },
  { q: 'cung cap thong tin dat dai', expect: ['1.004237', '1.011671'], who: 'young' },
  // giay-phep-xay-dung
  { q: 'Tôi định phá cái nhà gỗ cũ để xây nhà cấp bốn kiên cố cho con trai, ở xã vùng nông thôn thế này có phải xin giấy phép xây dưng không cháu?', expect: ['1.013225'], who: 'elderly' },
  { q: 'xay nha o co can xin giay phep ko, lam o dau', expect: ['1.013225'], who: 'rural' },
  { q: 'xin phép xây nhà', expect: ['1.013225'], who: 'young' },
  // ho-kinh-doanh
  { q: 'Con trai tôi muốn mở đại lý thu mua cà phê ngay ở nhà, cân rồi bán lại cho công ty, nghe nói phải đăng ký hộ kinh doanh, làm ở đâu cháu?', expect: ['1.001612'], who: 'elderly' },
  { q: 'mo dai ly mua ca phe tai nha, dang ky ho kinh doanh', expect: ['1.001612'], who: 'rural' },
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' },
  // thay-doi-ho-kinh-doanh
  { q: 'Cửa hàng tạp hóa của tôi đứng tên tôi, giờ tôi già muốn chuyển lại cho con dâu đứng tên, với đổi thêm ngành bán phân bón thì làm sao?', expect: ['2.000720'], who: 'elderly' },
  { q: 'doi ten chu ho kinh doanh cho con, them nganh nghe', expect: ['2.000720'], who: 'rural' },
  { q: 'thay doi ho kinh doanh', expect: ['2.000720'], who: 'young' },
  // tam-ngung-ho-kinh-doanh
  { q: 'Năm nay mất mùa, tôi muốn đóng cửa cái quán tạp hóa mấy tháng cho đỡ phải đóng thuế, có phải báo cho nhà nước không cháu?', expect: ['1.001570'], who: 'elderly' },
  { q: 'tam nghi ban hang vai thang co phai bao ko', expect: ['1.001570'], who: 'rural' },
  { q: 'tạm ngừng kinh doanh hkd', expect: ['1.001570'], who: 'young' },
  // thanh-lap-htx
  { q: 'Mấy hộ trồng cà phê trong thôn muốn góp nhau lập hợp tác xã để bán cà phê sạch cho công ty được giá cao hơn, thủ tục thành lập thế nào cháu?', expect: ['1.005280'], who: 'elderly' },
  { q: 'may ho trong ca phe muon lap hop tac xa, dang ky o dau', expect: ['1.005280'], who: 'rural' },
  { q: 'thanh lap hop tac xa', expect: ['1.005280'], who: 'young' },
  // thanh-lap-cong-ty
  {
    q: 'Thằng cháu tôi học xong về muốn mở công ty rang xay cà phê bán trên mạng, đăng ký doanh nghiệp thì phải lên tỉnh hay nộp qua mạng được cháu?',
    expect: ['2.001583', '2.001199', '2.001610'],
    who: 'elderly',
  },
  { q: 'mo cong ty tnhh rang xay ca phe, dang ky the nao', expect: ['2.001583', '2.001199', '2.001610'], who: 'rural' },
  { q: 'dang ky doanh nghiep', expect: ['2.001583', '2.001199', '2.001610'], who: 'young' },
  // buon-ban-thuoc-bvtv
  { q: 'Tôi muốn bán thêm thuốc trừ sâu, thuốc cỏ ở cửa hàng cho bà con trồng tiêu, nghe nói phải có giấy phép đủ điều kiện, xin ở đâu hả cháu?', expect: ['1.004363'], who: 'elderly' },
  { q: 'ban thuoc tru sau thuoc co can giay phep gi', expect: ['1.004363'], who: 'rural' },
  { q: 'giấy phép bán thuốc bvtv', expect: ['1.004363'], who: 'young' },
  // an-toan-thuc-pham
  { q: 'Con gái tôi làm cà phê bột đóng gói bán chợ, người ta bảo phải có giấy an toàn thực phẩm mới được bán vào siêu thị, xin ở đâu vậy cháu?', expect: ['2.001827'], who: 'elderly' },
  { q: 'co so rang xay ca phe xin giay ve sinh an toan thuc pham', expect: ['2.001827'], who: 'rural' },
  { q: 'giấy chứng nhận attp', expect: ['2.001827'], who: 'young' },
  // kiem-dich-van-chuyen
  { q: 'Tôi mua một xe bò ở Buôn Đôn chở về Gia Lai nuôi, người ta bảo phải có giấy kiểm dịch không thì bị phạt dọc đường, xin ở đâu cháu?', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho bo qua tinh khac can giay kiem dich', expect: ['1.002338'], who: 'rural' },
  { q: 'kiểm dịch vận chuyển động vật', expect: ['1.002338'], who: 'young' },
  // chuyen-doi-dat-lua
  { q: 'Mấy sào ruộng lúa nước nhà tôi ở dưới trũng thiếu nước, tôi muốn chuyển sang trồng cà phê với cây ăn trái thì có phải đăng ký với xã không?', expect: ['1.008004'], who: 'elderly' },
  { q: 'ruong lua chuyen qua trong sau rieng co phai xin phep ko', expect: ['1.008004'], who: 'rural' },
  { q: 'chuyển đổi cây trồng đất lúa', expect: ['1.008004'], who: 'young' },
  // giao-dat-rung
  { q: 'Gia đình tôi ở sát bìa rừng, muốn xin nhà nước giao đất rừng cho hộ gia đình để trồng cây và giữ rừng lâu dài thì làm thủ tục gì?', expect: ['1.013949', '1.014832'], who: 'elderly' },
  { q: 'xin giao rung cho ho gia dinh trong keo', expect: ['1.013949', '1.014832'], who: 'rural' },
  { q: 'giao rung cho ho dan', expect: ['1.013949', '1.014832'], who: 'young' },
  // khai-thac-go-rung-trong
  { q: 'Rừng keo nhà tôi trồng được bảy năm rồi, giờ muốn chặt bán cho xưởng gỗ, có phải xin phép hay báo cho kiểm lâm hay xã không cháu?', expect: ['1.000045'], who: 'elderly' },
  { q: 'khai thac keo rung trong cua nha co phai xin phep ko', expect: ['1.000045'], who: 'rural' },
  { q: 'khai thác gỗ rừng trồng', expect: ['1.000045'], who: 'young' },
  // giay-phep-gieng-khoan
  { q: 'Tôi muốn khoan cái giếng sâu để tưới cà phê mùa khô, nghe nói giếng to thì phải xin giấy phép khai thác nước, có đúng không cháu?', expect: ['1.001662', '1.004223'], who: 'elderly' },
  { q: 'khoan gieng tuoi ca phe co phai xin phep khai thac nuoc', expect: ['1.001662', '1.004223'], who: 'rural' },
  { q: 'giấy phép khai thác nước dưới đất', expect: ['1.001662', '1.004223'], who: 'young' },
  // thue-ho-kinh-doanh
  { q: 'Đại lý cà phê của con tôi năm nay bị thuế gửi giấy bắt đóng thuế khoán, tôi muốn hỏi cách khai thuế với xin giảm vì buôn bán ế thì sao?', expect: ['1.011022'], who: 'elderly' },
  { q: 'khai thue khoan ho kinh doanh dai ly ca phe', expect: ['1.011022'], who: 'rural' },
  { q: 'khai thuế hộ kinh doanh', expect: ['1.011022'], who: 'young' },
  // thue-su-dung-dat
  { q: 'Tôi là người dân tộc, nhà nghèo, năm nào cũng nhận giấy đóng thuế đất ở, nghe nói được miễn thuế đất, tôi làm đơn ở đâu hả cháu?', expect: ['1.007695'], who: 'elderly' },
  { q: 'ho ngheo co dc mien thue dat o ko', expect: ['1.007695'], who: 'rural' },
  { q: 'miễn thuế sử dụng đất', expect: ['1.007695'], who: 'young' },
  // thue-tncn-chuyen-nhuong
  { q: 'Tôi bán miếng đất ở thị trấn, người mua bảo tôi phải tự khai thuế thu nhập cá nhân, tính hai phần trăm, khai ở đâu và nộp thế nào cháu?', expect: ['1.007674'], who: 'elderly' },
  { q: 'ban dat phai dong thue thu nhap ca nhan 2 phan tram o dau', expect: ['1.007674'], who: 'rural' },
  { q: 'thue tncn ban dat', expect: ['1.007674'], who: 'young' },
  // le-phi-truoc-ba
  { q: 'Tôi mới mua chiếc xe tải nhỏ chở cà phê, người ta bảo phải đóng lệ phí trước bạ rồi mới đăng ký xe được, đóng ở đâu vậy cháu?', expect: ['1.007700'], who: 'elderly' },
  { q: 'dong le phi truoc ba xe tai o dau', expect: ['1.007700'], who: 'rural' },
  { q: 'nộp lệ phí trước bạ', expect: ['1.007700'], who: 'young' },
  // cap-the-bhyt
  { q: 'Tôi nghe nói người dân tộc thiểu số ở vùng khó khăn được cấp thẻ bảo hiểm y tế miễn phí, nhà tôi chưa có thẻ thì đăng ký ở đâu cháu?', expect: ['1.001939'], who: 'elderly' },
  { q: 'nguoi dong bao dan toc co dc cap the bao hiem y te ko', expect: ['1.001939'], who: 'rural' },
  { q: 'cấp thẻ bhyt', expect: ['1.001939'], who: 'young' },
  // cap-lai-the-bhyt
  { q: 'Thẻ bảo hiểm y tế của tôi bị con cháu làm rách, lại ghi sai năm sinh, đi khám bệnh viện họ không nhận, giờ xin đổi thẻ ở đâu cháu?', expect: ['1.002759'], who: 'elderly' },
  { q: 'the bhyt bi mat, xin cap lai the moi', expect: ['1.002759'], who: 'rural' },
  { q: 'cap lai the bhyt', expect: ['1.002759'], who: 'young' },
  // bhyt-ho-gia-dinh
  { q: 'Nhà tôi năm người, muốn mua bảo hiểm y tế cho cả hộ gia đình để đi khám cho đỡ tốn, đóng ở đâu và mỗi người bao nhiêu tiền cháu?', expect: ['1.001939'], who: 'elderly' },
  { q: 'mua bao hiem y te theo ho gia dinh cho ca nha', expect: ['1.001939'], who: 'rural' },
  { q: 'bhyt hộ gia đình', expect: ['1.001939'], who: 'young' },
  // bhxh-tu-nguyen
  { q: 'Vợ chồng tôi làm rẫy không có lương hưu, nghe nói đóng bảo hiểm xã hội tự nguyện thì về già có lương, đăng ký ở đâu cháu?', expect: ['1.002179'], who: 'elderly' },
  { q: 'lam nong muon dong bhxh tu nguyen de co luong huu', expect: ['1.002179'], who: 'rural' },
  { q: 'bhxh tự nguyện', expect: ['1.002179'], who: 'young' },
  // rut-bhxh-mot-lan
  { q: 'Con gái tôi làm công nhân ở Bình Dương mấy năm, nghỉ về quê rồi, muốn rút bảo hiểm xã hội một lần thì nộp ở đây được không cháu?', expect: ['1.001613'], who: 'elderly' },
  { q: 'nghi lam cong ty ve que, rut bao hiem xa hoi 1 lan', expect: ['1.001613'], who: 'rural' },
  { q: 'rút bhxh 1 lần', expect: ['1.001613'], who: 'young' },
  // ho-ngheo
  { q: 'Nhà tôi năm nay cà phê mất giá, chồng lại ốm nằm một chỗ, tôi muốn xin xét hộ cận nghèo để con được miễn học phí, nộp đơn ở đâu cháu?', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'xin xet ho ngheo can ngheo nam nay', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'đăng ký hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' },
  // gplx-cap-doi
  { q: 'Bằng lái xe ô tô của tôi sắp hết hạn, tôi chạy xe tải chở cà phê đi Sài Gòn, muốn đổi bằng mới mà không phải thi lại thì làm sao?', expect: ['3.000347'], who: 'elderly' },
  { q: 'bang lai xe tai het han doi lai o dau', expect: ['3.000347'], who: 'rural' },
  { q: 'đổi gplx hết hạn', expect: ['3.000347'], who: 'young' },
  // gplx-mat
  { q: 'Tôi đi chợ làm rơi cái ví có bằng lái xe máy, bằng cũ bằng giấy từ hồi xưa, giờ xin cấp lại có phải thi lại không cháu?', expect: ['3.000348'], who: 'elderly' },
  { q: 'mat bang lai xe may, xin cap lai', expect: ['3.000348'], who: 'rural' },
  { q: 'cấp lại bằng lái bị mất', expect: ['3.000348'], who: 'young' },
  // dang-ky-xe-may
  { q: 'Tôi mới mua chiếc xe máy mới cho đứa con gái đi học, muốn đăng ký biển số ở công an xã luôn có được không, hay phải lên huyện?', expect: ['1.012575', '1.013067'], who: 'elderly' },
  { q: 'mua xe may moi, dang ky bien so o cong an xa', expect: ['1.012575', '1.013067'], who: 'rural' },
  { q: 'đăng ký xe máy mới', expect: ['1.012575', '1.013067'], who: 'young' },
  // sang-ten-xe
  { q: 'Tôi mua lại chiếc xe máy cũ của ông bạn ở thôn bên, giấy tờ vẫn đứng tên ông ấy, giờ muốn sang tên qua tên tôi thì làm thế nào?', expect: ['1.013076'], who: 'elderly' },
  { q: 'mua xe cu cua nguoi quen, lam sang ten xe', expect: ['1.013076'], who: 'rural' },
  { q: 'sang tên xe máy cũ', expect: ['1.013076'], who: 'young' },
  // ly-lich-tu-phap
  { q: 'Thằng cháu đi xuất khẩu lao động, công ty bắt nộp phiếu lý lịch tư pháp, ở quê thì xin ở đâu và có lâu không cháu?', expect: ['3.000333'], who: 'elderly' },
  { q: 'xin phieu ly lich tu phap de di lam', expect: ['3.000333'], who: 'rural' },
  { q: 'lý lịch tư pháp', expect: ['3.000333'], who: 'young' },
  // ho-chieu
  { q: 'Con gái tôi lấy chồng Đài Loan, mời tôi sang thăm cháu ngoại, tôi chưa bao giờ có hộ chiếu, muốn làm thì lên tỉnh hay làm ở đâu cháu?', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di nuoc ngoai tham con', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'làm hộ chiếu', expect: ['1.001456', '1.001471'], who: 'young' },
  // tro-giup-phap-ly
  { q: 'Tôi là người dân tộc, không biết luật, bị người ta kiện đòi đất, nghe nói có luật sư nhà nước giúp miễn phí, tôi xin ở đâu cháu?', expect: ['2.000829'], who: 'elderly' },
  { q: 'nguoi dan toc bi kien, xin luat su mien phi', expect: ['2.000829'], who: 'rural' },
  { q: 'trợ giúp pháp lý miễn phí', expect: ['2.000829'], who: 'young' },
  // ma-so-vung-trong
  { q: 'Công ty thu mua bảo muốn xuất khẩu sầu riêng với cà phê thì vườn nhà tôi phải có mã số vùng trồng, xin cấp mã đó ở đâu cháu?', expect: ['1.014776'], who: 'elderly' },
  { q: 'xin cap ma so vung trong sau rieng de xuat khau', expect: ['1.014776'], who: 'rural' },
  { q: 'cấp mã số vùng trồng', expect: ['1.014776'], who: 'young' },
];

/**
 * Situations with no procedure in the crawl, and why:
 * - boi-thuong-thu-hoi: compensation for land taken is decided by the state in its recovery plan; no citizen-initiated procedure in the crawl
 * - buon-ban-phan-bon: fertiliser trading certificate belongs to the Ministry of Industry and Trade, missing from the crawl
 * - chan-nuoi: household livestock declaration to the commune is not in the crawl
 * - ho-tro-thien-tai: crop-loss support after drought is not in the crawl (only forest and animal-disease support)
 * - khoan-bao-ve-rung: forest protection contracting is a programme contract, not a catalogue procedure
 * - nuoc-tuoi-thuy-loi: sharing irrigation water is a service complaint, not a procedure
 * - tro-cap-cao-tuoi: social assistance (Ministry of Home Affairs / social protection) missing from the crawl
 * - xac-dinh-khuyet-tat: disability assessment is missing from the crawl (social protection)
 * - mai-tang-phi: funeral allowance for social-assistance beneficiaries missing from the crawl
 * - chat-doc-da-cam: people of merit (Agent Orange) for army veterans missing; only a police-force variant exists
 * - di-chuyen-hai-cot-liet-si: martyr grave relocation (people of merit) missing from the crawl
 * - tro-cap-tho-cung-liet-si: martyr worship allowance (people of merit) missing from the crawl
 * - tro-cap-that-nghiep: unemployment benefit (employment service, Home Affairs) missing from the crawl
 * - xuat-khau-lao-dong: overseas labour (EPS) registration missing from the crawl
 * - ho-tro-hoc-sinh-dtts: education ministry procedures missing from the crawl
 * - mien-giam-hoc-phi: education ministry procedures missing from the crawl
 * - hoc-bong: scholarships: education ministry missing, not really a procedure
 * - chuyen-truong: school transfer: education ministry missing from the crawl
 * - ban-sao-bang-tot-nghiep: diploma copy: education ministry missing from the crawl
 * - vay-von-sinh-vien: student loans are a Social Policy Bank credit product, not in the crawl
 * - khieu-nai: general complaints against commune/province decisions (Government Inspectorate) missing; only police-force complaints
 * - to-cao: general denunciations missing; only denunciations about the police force
 * - hoan-nghia-vu-quan-su: military service (Ministry of Defence) missing from the crawl
 * - dang-ky-nghia-vu-quan-su: military service (Ministry of Defence) missing from the crawl
 * - sinh-hoat-ton-giao: religious affairs (Home Affairs) missing from the crawl
 * - nhan-hieu-ca-phe: trademark registration (Science and Technology) missing from the crawl
 * - ho-tro-nha-o: temporary-house removal programme is not a catalogue procedure (only a provincial project approval)
 * - gia-ca-phe: market price information, not a procedure
 * - ky-thuat-canh-tac: crop-care advice, not a procedure
 * - vay-agribank: commercial bank loan rates, not a procedure
 * - gio-mo-cua: opening hours of the centre, not a procedure
 * - thue-xe-tai: private truck hire, not a procedure
 * - thoi-tiet: weather forecast, not a procedure
 * - nap-tien-dien-thoai: telecom top-up / SIM unlock, not a procedure
 * - sua-may-bom: pump repair, private service
 * - ve-xe-khach: bus tickets, private service
 */
export const THIRTIETH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // boi-thuong-thu-hoi: compensation for land taken is decided by the state in its recovery plan; no citizen-initiated procedure in the crawl
  { q: 'Nhà nước làm đường cao tốc đi qua rẫy cà phê nhà tôi, cắt mất gần nửa, tôi muốn hỏi tiền bồi thường cây cà phê với đất thì tính thế nào?', who: 'elderly' },
  { q: 'lam duong thu hoi dat ray, boi thuong cay ca phe bao nhieu', who: 'rural' },
  { q: 'bồi thường thu hồi đất', who: 'young' },
  // buon-ban-phan-bon: fertiliser trading certificate belongs to the Ministry of Industry and Trade, missing from the crawl
  { q: 'Cửa hàng tôi bán phân bón NPK, phân chuồng cho bà con, đoàn kiểm tra bảo phải có giấy chứng nhận đủ điều kiện buôn bán phân bón, làm ở đâu cháu?', who: 'elderly' },
  { q: 'dai ly phan bon can giay chung nhan du dieu kien ko', who: 'rural' },
  { q: 'đủ điều kiện buôn bán phân bón', who: 'young' },
  // chan-nuoi: household livestock declaration to the commune is not in the crawl
  { q: 'Nhà tôi nuôi mấy chục con heo với đàn bò sau rẫy, cán bộ thú y bảo phải kê khai chăn nuôi với xã, phải làm thế nào hả cháu?', who: 'elderly' },
  { q: 'nuoi heo bo o nha co phai ke khai chan nuoi ko', who: 'rural' },
  { q: 'kê khai hoạt động chăn nuôi', who: 'young' },
  // ho-tro-thien-tai: crop-loss support after drought is not in the crawl (only forest and animal-disease support)
  { q: 'Năm nay hạn hán kéo dài, giếng cạn, cà phê nhà tôi chết khô mấy trăm cây, tôi nghe nói nhà nước có hỗ trợ thiệt hại thì đăng ký ở đâu cháu?', who: 'elderly' },
  { q: 'han han ca phe chet, xin ho tro thiet hai o xa', who: 'rural' },
  { q: 'hỗ trợ thiệt hại hạn hán', who: 'young' },
  // khoan-bao-ve-rung: forest protection contracting is a programme contract, not a catalogue procedure
  { q: 'Thôn tôi có mấy hộ Ê Đê được nhận khoán bảo vệ rừng, tôi cũng muốn nhận khoán một ít để có thêm thu nhập thì đăng ký ở đâu cháu?', who: 'elderly' },
  { q: 'muon nhan khoan bao ve rung lay tien, dang ky o dau', who: 'rural' },
  { q: 'khoán bảo vệ rừng', who: 'young' },
  // nuoc-tuoi-thuy-loi: sharing irrigation water is a service complaint, not a procedure
  { q: 'Hồ thủy lợi đầu thôn năm nay xả nước không tới rẫy nhà tôi, bà con tranh nhau bơm, tôi muốn hỏi xã có cách nào chia nước tưới không?', who: 'elderly' },
  { q: 'ho thuy loi ko xa nuoc tuoi, phan anh o dau', who: 'rural' },
  { q: 'nước tưới thủy lợi', who: 'young' },
  // tro-cap-cao-tuoi: social assistance (Ministry of Home Affairs / social protection) missing from the crawl
  { q: 'Tôi năm nay tròn tám mươi tuổi, nghe nói người già trên tám mươi được nhận tiền trợ cấp hằng tháng, tôi phải làm đơn gì hả cháu?', who: 'elderly' },
  { q: 'ong ba tren 80 tuoi dc huong tro cap hang thang ko', who: 'rural' },
  { q: 'trợ cấp người cao tuổi', who: 'young' },
  // xac-dinh-khuyet-tat: disability assessment is missing from the crawl (social protection)
  { q: 'Thằng cháu tôi bị bại não từ nhỏ, đi lại không được, tôi muốn xin giấy xác nhận khuyết tật để cháu được nhận trợ cấp thì làm thế nào?', who: 'elderly' },
  { q: 'con bi khuyet tat xin giay xac nhan muc do khuyet tat', who: 'rural' },
  { q: 'giấy xác nhận khuyết tật', who: 'young' },
  // mai-tang-phi: funeral allowance for social-assistance beneficiaries missing from the crawl
  { q: 'Mẹ tôi đang hưởng trợ cấp người già thì mất, nghe nói gia đình được nhận tiền mai tán phí, tôi phải mang giấy gì ra xã hả cháu?', who: 'elderly' },
  { q: 'me dang huong tro cap mat, xin tien mai tang phi', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // chat-doc-da-cam: people of merit (Agent Orange) for army veterans missing; only a police-force variant exists
  { q: 'Ông nhà tôi đi bộ đội ở chiến trường Tây Nguyên, giờ các con sinh ra bị dị tật, nghe nói được hưởng chế độ chất độc da cam, làm hồ sơ ở đâu?', who: 'elderly' },
  { q: 'bo di bo doi bi nhiem chat doc da cam, lam che do', who: 'rural' },
  { q: 'chế độ chất độc hóa học', who: 'young' },
  // di-chuyen-hai-cot-liet-si: martyr grave relocation (people of merit) missing from the crawl
  { q: 'Anh trai tôi là liệt sĩ, mộ nằm ở nghĩa trang tận Kon Tum, giờ gia đình muốn đưa hài cốt về quê cho gần thì xin phép ở đâu cháu?', who: 'elderly' },
  { q: 'muon di chuyen mo liet si ve que', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // tro-cap-tho-cung-liet-si: martyr worship allowance (people of merit) missing from the crawl
  { q: 'Bố mẹ tôi mất cả rồi, tôi là em ruột liệt sĩ đang thờ cúng anh, nghe nói người thờ cúng được nhận tiền hằng năm, làm giấy ở đâu?', who: 'elderly' },
  { q: 'nguoi tho cung liet si dc nhan tien ko, lam o dau', who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', who: 'young' },
  // tro-cap-that-nghiep: unemployment benefit (employment service, Home Affairs) missing from the crawl
  { q: 'Thằng con tôi làm công ty ở Đồng Nai bị cho nghỉ việc, về quê rồi, nghe nói được nhận trợ cấp thất nghiệp, nộp hồ sơ ở đâu cháu?', who: 'elderly' },
  { q: 'bi cho nghi viec, lam tro cap that nghiep o dau', who: 'rural' },
  { q: 'bảo hiểm thất nghiệp', who: 'young' },
  // xuat-khau-lao-dong: overseas labour (EPS) registration missing from the crawl
  { q: 'Cháu trai tôi muốn đi lao động ở Hàn Quốc theo chương trình của nhà nước cho đỡ tốn tiền môi giới, đăng ký ở đâu và cần giấy gì cháu?', who: 'elderly' },
  { q: 'dang ky di xuat khau lao dong han quoc chuong trinh eps', who: 'rural' },
  { q: 'đi làm việc nước ngoài', who: 'young' },
  // ho-tro-hoc-sinh-dtts: education ministry procedures missing from the crawl
  { q: 'Cháu nội tôi là người dân tộc Ê Đê học cấp hai ở trường xa nhà, nghe nói được hỗ trợ tiền ăn với gạo hằng tháng, làm đơn ở đâu cháu?', who: 'elderly' },
  { q: 'con nguoi dan toc o ban tru dc ho tro tien an gao ko', who: 'rural' },
  { q: 'hỗ trợ học sinh dân tộc', who: 'young' },
  // mien-giam-hoc-phi: education ministry procedures missing from the crawl
  { q: 'Nhà tôi là hộ nghèo có giấy chứng nhận, con đang học lớp mười ở huyện, tôi muốn xin miễn học phí thì nộp giấy ở trường hay ở xã?', who: 'elderly' },
  { q: 'ho ngheo xin mien hoc phi cho con hoc cap 3', who: 'rural' },
  { q: 'mien giam hoc phi', who: 'young' },
  // hoc-bong: scholarships: education ministry missing, not really a procedure
  { q: 'Cháu tôi học giỏi mà nhà nghèo, đậu đại học ở Sài Gòn, tôi muốn hỏi có học bổng hay chính sách gì cho con em đồng bào không cháu?', who: 'elderly' },
  { q: 'con dau dai hoc nha ngheo, xin hoc bong o dau', who: 'rural' },
  { q: 'học bổng sinh viên dân tộc', who: 'young' },
  // chuyen-truong: school transfer: education ministry missing from the crawl
  { q: 'Gia đình tôi chuyển từ Krông Pắc lên Buôn Ma Thuột ở, đứa nhỏ đang học lớp bốn phải chuyển trường, xin giấy ở đâu cháu?', who: 'elderly' },
  { q: 'chuyen truong cho con tu huyen nay qua huyen khac', who: 'rural' },
  { q: 'chuyển trường tiểu học', who: 'young' },
  // ban-sao-bang-tot-nghiep: diploma copy: education ministry missing from the crawl
  { q: 'Bằng tốt nghiệp cấp ba của tôi bị mối ăn mất rồi, giờ đi học lái xe họ đòi, tôi muốn xin cấp bản sao thì về trường cũ hay lên sở?', who: 'elderly' },
  { q: 'mat bang tot nghiep thpt xin cap ban sao', who: 'rural' },
  { q: 'cấp bản sao văn bằng', who: 'young' },
  // vay-von-sinh-vien: student loans are a Social Policy Bank credit product, not in the crawl
  { q: 'Con tôi đậu đại học mà cà phê mất mùa, nhà không có tiền đóng học phí, nghe nói vay ngân hàng chính sách cho sinh viên, làm giấy xác nhận ở đâu?', who: 'elderly' },
  { q: 'vay von cho con di hoc dai hoc ngan hang chinh sach', who: 'rural' },
  { q: 'vay vốn học sinh sinh viên', who: 'young' },
  // khieu-nai: general complaints against commune/province decisions (Government Inspectorate) missing; only police-force complaints
  { q: 'Tôi không đồng ý với quyết định thu hồi đất của huyện vì tính tiền bồi thường quá thấp, tôi muốn làm đơn khiếu nại thì gửi ai cháu?', who: 'elderly' },
  { q: 'ko dong y quyet dinh thu hoi dat, lam don khieu nai', who: 'rural' },
  { q: 'khiếu nại quyết định', who: 'young' },
  // to-cao: general denunciations missing; only denunciations about the police force
  { q: 'Tôi biết cán bộ thôn ăn chặn tiền hỗ trợ của bà con nghèo, tôi muốn làm đơn tố cáo mà sợ bị trả thù, gửi đơn ở đâu cháu?', who: 'elderly' },
  { q: 'to cao can bo an chan tien ho tro', who: 'rural' },
  { q: 'gửi đơn tố cáo', who: 'young' },
  // hoan-nghia-vu-quan-su: military service (Ministry of Defence) missing from the crawl
  { q: 'Thằng cháu tôi đang học đại học năm hai thì nhận giấy gọi nhập ngũ, muốn xin tạm hoãn cho học xong rồi đi thì làm giấy thế nào cháu?', who: 'elderly' },
  { q: 'dang di hoc nhan lenh nhap ngu, xin tam hoan', who: 'rural' },
  { q: 'hoãn nghĩa vụ quân sự', who: 'young' },
  // dang-ky-nghia-vu-quan-su: military service (Ministry of Defence) missing from the crawl
  { q: 'Cháu tôi năm nay đủ mười bảy tuổi, nghe xã thông báo nam phải đi đăng ký nghĩa vụ quân sự lần đầu, tôi dắt nó đi đăng ký ở đâu?', who: 'elderly' },
  { q: 'con trai du 17 tuoi dang ky nghia vu quan su', who: 'rural' },
  { q: 'đăng ký nvqs lần đầu', who: 'young' },
  // sinh-hoat-ton-giao: religious affairs (Home Affairs) missing from the crawl
  { q: 'Mấy gia đình Ê Đê theo đạo Tin Lành trong buôn muốn đăng ký điểm nhóm sinh hoạt tôn giáo tập trung cho đúng luật thì nộp hồ sơ ở đâu?', who: 'elderly' },
  { q: 'dang ky sinh hoat ton giao tap trung cho nhom tin lanh o buon', who: 'rural' },
  { q: 'đăng ký sinh hoạt tôn giáo', who: 'young' },
  // nhan-hieu-ca-phe: trademark registration (Science and Technology) missing from the crawl
  { q: 'Hợp tác xã chúng tôi muốn đăng ký nhãn hiệu cà phê riêng để không bị người ta làm giả, thì nộp đơn ở đâu hả cháu?', who: 'elderly' },
  { q: 'dang ky thuong hieu ca phe cho hop tac xa', who: 'rural' },
  { q: 'đăng ký nhãn hiệu', who: 'young' },
  // ho-tro-nha-o: temporary-house removal programme is not a catalogue procedure (only a provincial project approval)
  { q: 'Nhà tôi là hộ nghèo dân tộc, nhà tranh vách đất dột nát hết, nghe nói có chương trình xóa nhà tạm hỗ trợ làm nhà, đăng ký ở đâu cháu?', who: 'elderly' },
  { q: 'ho ngheo xin ho tro xay nha, xoa nha tam', who: 'rural' },
  { q: 'hỗ trợ nhà ở hộ nghèo', who: 'young' },
  // gia-ca-phe: market price information, not a procedure
  { q: 'Cháu ơi, cà phê nhân hôm nay ở Buôn Ma Thuột bao nhiêu một ký vậy, tôi định bán mấy tấn trong kho mà sợ bị lái buôn ép giá.', who: 'elderly' },
  { q: 'gia ca phe hom nay bao nhieu 1 ky', who: 'rural' },
  { q: 'giá cà phê hôm nay', who: 'young' },
  // ky-thuat-canh-tac: crop-care advice, not a procedure
  { q: 'Vườn tiêu nhà tôi bị vàng lá rồi chết nhanh, tôi muốn hỏi nên phun thuốc gì với bón phân gì cho cây hồi lại, ở đây có ai chỉ không cháu?', who: 'elderly' },
  { q: 'tieu bi vang la thoi re phun thuoc j', who: 'rural' },
  { q: 'cách trị chết nhanh hồ tiêu', who: 'young' },
  // vay-agribank: commercial bank loan rates, not a procedure
  { q: 'Tôi muốn vay ngân hàng Agribank năm chục triệu mua phân bón đầu mùa mưa, lãi suất bây giờ bao nhiêu một tháng vậy cháu?', who: 'elderly' },
  { q: 'lai suat vay agribank mua phan bon bao nhieu', who: 'rural' },
  { q: 'lãi suất vay nông nghiệp', who: 'young' },
  // gio-mo-cua: opening hours of the centre, not a procedure
  { q: 'Cháu cho bà hỏi trung tâm này sáng thứ bảy có làm việc không, mấy giờ mở cửa để bà bắt xe từ buôn ra cho kịp?', who: 'elderly' },
  { q: 'thu 7 trung tam co lam viec ko, may gio mo cua', who: 'rural' },
  { q: 'giờ làm việc', who: 'young' },
  // thue-xe-tai: private truck hire, not a procedure
  { q: 'Nhà tôi cần thuê xe tải chở hai chục bao cà phê xuống kho ở thị xã, cháu có biết chỗ nào cho thuê xe giá rẻ không?', who: 'elderly' },
  { q: 'thue xe tai cho ca phe ra kho o dau re', who: 'rural' },
  { q: 'thuê xe tải chở hàng', who: 'young' },
  // thoi-tiet: weather forecast, not a procedure
  { q: 'Tôi muốn biết tuần sau có mưa không để còn tính bơm nước tưới cà phê đợt hai, ở trung tâm có xem được dự báo thời tiết không cháu?', who: 'elderly' },
  { q: 'tuan sau co mua ko de tinh tuoi ca phe', who: 'rural' },
  { q: 'dự báo thời tiết tây nguyên', who: 'young' },
  // nap-tien-dien-thoai: telecom top-up / SIM unlock, not a procedure
  { q: 'Điện thoại của tôi hết tiền gọi, sim lại bị khóa một chiều vì chưa chuẩn hóa thông tin thuê bao, ở đây có nạp tiền hay mở khóa sim giúp không?', who: 'elderly' },
  { q: 'sim bi khoa 1 chieu, nap tien dt o dau', who: 'rural' },
  { q: 'mở khóa sim', who: 'young' },
  // sua-may-bom: pump repair, private service
  { q: 'Cái máy bơm nước tưới của tôi bị cháy mô tơ giữa mùa khô, cháu có biết chỗ nào sửa máy bơm uy tín gần đây không?', who: 'elderly' },
  { q: 'may bom nuoc bi chay, sua o dau', who: 'rural' },
  { q: 'sửa máy bơm', who: 'young' },
  // ve-xe-khach: bus tickets, private service
  { q: 'Tôi muốn đặt vé xe khách ra Nghệ An thăm mộ tổ tiên dịp Tết, ở trung tâm có bán vé hoặc chỉ chỗ mua vé không cháu?', who: 'elderly' },
  { q: 'dat ve xe khach ra ngoai bac an tet', who: 'rural' },
  { q: 'vé xe đi Hà Nội', who: 'young' },
];
