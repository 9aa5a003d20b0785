import type { CitizenQuery } from './dev-set';
/** THIRTYTHIRD blind held-out set (issue 17). Persona: retirees and the very old in a provincial town ward in
 *  the centre-north (Thanh Hóa / Nghệ An / Hà Tĩnh), and the grown children or carers who come on their behalf
 *  (pensions, wills and inheritance, ủy quyền, certification, selling or gifting the house, moving to a child in
 *  another province, old ID cards and wrong birth years, a spouse's death, health insurance, war-generation papers,
 *  funerals and graves, guardianship). Written 2026-12-07 (UTC) blind: queries drafted
 *  before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtythird-draft-20261207T0802Z.txt  sha256 ebb721de05d5ff893f9dfb9ecb1da3e956a6f4c90d0fcf48b4d94b47f38f439d
 *  345 queries (115 situations x 3 voices): 240 labelled (elderly 80, rural 80, young 80), 105 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYTHIRD_HELDOUT: readonly CitizenQuery[] = [
  { q: 'Cô ơi, ông nhà tôi mất hôm mười hai rồi, giờ con cháu bảo phải đi báo tử cho ông, tôi già rồi không biết làm răng, cô chỉ giúp tôi với', expect: ['1.000656'], who: 'elderly' }, // khai-tu-chong
  { q: 'chong moi mat can lam giay bao tu o phuong thi can nhung j', expect: ['1.000656'], who: 'rural' }, // khai-tu-chong
  { q: 'đăng ký khai tử cho bố', expect: ['1.000656'], who: 'young' }, // khai-tu-chong
  {
    q: 'Bọ tôi mất từ năm tám mươi mấy, hồi nớ ở quê chỉ chôn cất chứ không ai đi báo chính quyền, chừ làm giấy tờ đất đai người ta đòi giấy chứng tử của bọ, thì phải làm chi hả cháu',
    expect: ['1.000656'],
    who: 'elderly',
  }, // khai-tu-qua-han-bo
  { q: 'bo mat tu nam 1985 chua lam giay chung tu chu lam bo sung dc ko', expect: ['1.000656'], who: 'rural' }, // khai-tu-qua-han-bo
  { q: 'khai tử cho người mất lâu năm chưa đăng ký', expect: ['1.000656'], who: 'young' }, // khai-tu-qua-han-bo
  {
    q: 'Giấy chứng tử của mạ tôi hồi trước để trong cái hòm gỗ, trận lụt năm 2010 ngập hết, mục nát cả rồi, xã thì bảo sổ sách cũng thất lạc, giờ xin lại ở đâu cháu',
    expect: ['1.005461'],
    who: 'elderly',
  }, // dang-ky-lai-khai-tu
  { q: 'giay chung tu cua me bi lut lam hong, so o xa cung mat, xin lam lai ntn', expect: ['1.005461'], who: 'rural' }, // dang-ky-lai-khai-tu
  { q: 'đăng ký lại khai tử', expect: ['1.005461'], who: 'young' }, // dang-ky-lai-khai-tu
  { q: 'Tôi cần mấy bản sao giấy chứng tử của ông nhà tôi để làm thủ tục chia đất cho các con, bản chính tôi chỉ có một tờ', expect: ['2.000635'], who: 'elderly' }, // trich-luc-khai-tu
  { q: 'xin ban sao giay chung tu cua ba de lam thua ke', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-tu
  { q: 'trích lục khai tử bản sao', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-tu
  {
    q: 'Cháu ơi, bà năm nay tám mươi mốt tuổi rồi mà chưa từng có cái giấy khai sinh nào, ngày xưa đẻ ở nhà, giờ làm sổ đỏ người ta hỏi, bà có làm được không',
    expect: ['1.004772', '1.001193'],
    who: 'elderly',
  }, // khai-sinh-nguoi-gia
  { q: 'me toi 80 tuoi chua co giay khai sinh bao gio, gio lam the nao', expect: ['1.004772', '1.001193'], who: 'rural' }, // khai-sinh-nguoi-gia
  { q: 'làm giấy khai sinh cho người già chưa có', expect: ['1.004772', '1.001193'], who: 'young' }, // khai-sinh-nguoi-gia
  {
    q: 'Giấy khai sinh của tôi ghi năm bốn mốt, mà tôi sinh năm ba chín thật, hồi xưa khai lùi tuổi để đi học, chừ các giấy tờ khác lại ghi ba chín, không khớp nhau, sửa lại được không cô',
    expect: ['1.004859'],
    who: 'elderly',
  }, // cai-chinh-nam-sinh
  { q: 'giay khai sinh ghi sai nam sinh cua ong, muon sua lai cho dung', expect: ['1.004859'], who: 'rural' }, // cai-chinh-nam-sinh
  { q: 'sửa năm sinh trong giấy khai sinh', expect: ['1.004859'], who: 'young' }, // cai-chinh-nam-sinh
  { q: 'Bên bảo hiểm xã hội bảo tôi nộp bản sao giấy khai sinh mà cái giấy gốc mất từ đời nào, xin ở phường có được không', expect: ['2.000635'], who: 'elderly' }, // trich-luc-khai-sinh
  { q: 'xin ban sao giay khai sinh o phuong, ban goc mat roi', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-sinh
  { q: 'trích lục bản sao giấy khai sinh', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-sinh
  {
    q: 'Vợ tôi mất được năm năm rồi, nay tôi bảy mươi tư, có bà bạn cùng hội người cao tuổi muốn về ở với nhau cho có bạn lúc tuổi già, các con bảo phải xin giấy xác nhận tôi đang độc thân, xin ở mô hả cháu',
    expect: ['1.004873'],
    who: 'elderly',
  }, // xac-nhan-doc-than
  { q: 'xin giay xac nhan doc than cho ong ngoai, ba ngoai mat roi', expect: ['1.004873'], who: 'rural' }, // xac-nhan-doc-than
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // xac-nhan-doc-than
  {
    q: 'Cô ơi, hai ông bà già chúng tôi, ông góa vợ, tôi góa chồng, giờ muốn đăng ký với nhau cho đàng hoàng, con cháu hai bên đều đồng ý, phải mang những giấy chi theo',
    expect: ['1.000894'],
    who: 'elderly',
  }, // ket-hon-tuoi-gia
  { q: 'ong ba goa muon dang ky ket hon lai thi lam giay to gi', expect: ['1.000894'], who: 'rural' }, // ket-hon-tuoi-gia
  { q: 'đăng ký kết hôn người cao tuổi', expect: ['1.000894'], who: 'young' }, // ket-hon-tuoi-gia
  {
    q: 'Ông bà tôi cưới nhau năm 1968, có giấy đăng ký kết hôn của ủy ban xã viết tay, chuyến dọn nhà làm mất, bây giờ làm hưởng chế độ tuất cho tôi người ta đòi, làm lại được không cháu',
    expect: ['1.004746'],
    who: 'elderly',
  }, // dang-ky-lai-ket-hon
  { q: 'giay ket hon cu nam 1968 mat roi, lam lai dc ko', expect: ['1.004746'], who: 'rural' }, // dang-ky-lai-ket-hon
  { q: 'đăng ký lại kết hôn mất giấy', expect: ['1.004746'], who: 'young' }, // dang-ky-lai-ket-hon
  { q: 'Tôi cần bản sao giấy kết hôn của tôi với ông nhà để nộp bên bảo hiểm cho được hưởng tiền tuất, ông mất rồi', expect: ['2.000635'], who: 'elderly' }, // trich-luc-ket-hon
  { q: 'xin ban sao giay dang ky ket hon o xa', expect: ['2.000635'], who: 'rural' }, // trich-luc-ket-hon
  { q: 'trích lục kết hôn', expect: ['2.000635'], who: 'young' }, // trich-luc-ket-hon
  {
    q: 'Chuyện này khó nói cháu ạ. Hồi đi bộ đội ở trong Quảng Trị tôi có đứa con với một người, nay nó đã năm mươi tuổi, về tìm tôi, tôi muốn làm giấy tờ nhận nó là con trước khi tôi nhắm mắt',
    expect: ['1.001022'],
    who: 'elderly',
  }, // nhan-cha-con
  { q: 'ong muon nhan con ruot ngoai gia thu, lam giay to nhan cha con the nao', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'thủ tục nhận cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  {
    q: 'Con trai với con dâu tôi đi làm bên Đài Loan, gửi đứa nhỏ mới đẻ về cho ông bà nuôi, giờ ông bà đi làm giấy khai sinh cho cháu được không hay bố mẹ nó phải về',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // khai-sinh-chau-noi
  { q: 'ong ba noi di lam giay khai sinh cho chau dc ko, bo me no di xkld', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // khai-sinh-chau-noi
  { q: 'ông bà làm khai sinh cho cháu', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // khai-sinh-chau-noi
  {
    q: 'Bà nhà tôi bị lẫn, bác sĩ nói là sa sút trí tuệ, không còn nhận ra ai, giờ nhiều giấy tờ đất đai, lương hưu của bà cần người đứng ra lo, tôi với thằng con cả muốn làm người giám hộ cho bà thì thủ tục ra răng',
    expect: ['1.004837'],
    who: 'elderly',
  }, // giam-ho-mat-tri-nho
  { q: 'me bi lan nang, con muon lam nguoi giam ho de lo giay to cho me', expect: ['1.004837'], who: 'rural' }, // giam-ho-mat-tri-nho
  { q: 'đăng ký giám hộ cho người mất năng lực hành vi', expect: ['1.004837'], who: 'young' }, // giam-ho-mat-tri-nho
  { q: 'Tôi làm người trông nom cho đứa em trai bị bệnh tâm thần từ mấy năm nay, nay nó mất rồi, cái giấy giám hộ đó có phải đi báo bỏ không', expect: ['1.004845'], who: 'elderly' }, // cham-dut-giam-ho
  { q: 'nguoi duoc giam ho da mat, lam giay cham dut giam ho o dau', expect: ['1.004845'], who: 'rural' }, // cham-dut-giam-ho
  { q: 'chấm dứt giám hộ', expect: ['1.004845'], who: 'young' }, // cham-dut-giam-ho
  { q: 'Bố mẹ đứa cháu ngoại tôi mất cả trong vụ tai nạn, giờ ông bà nuôi nó, muốn làm giấy nhận nó làm con nuôi cho có đường sau này nó đi học, làm giấy tờ', expect: ['2.001263'], who: 'elderly' }, // nuoi-con-nuoi-chau
  { q: 'ong ba muon nhan chau mo coi lam con nuoi', expect: ['2.001263'], who: 'rural' }, // nuoi-con-nuoi-chau
  { q: 'đăng ký nhận con nuôi trong nước', expect: ['2.001263'], who: 'young' }, // nuoi-con-nuoi-chau
  { q: 'Cháu ơi, tôi có cái quyết định nghỉ hưu với mấy tờ giấy khen ngày xưa, cần phô tô ra rồi đóng dấu cho y bản chính, làm ở đâu', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'cong chung photo giay to o phuong lay lien dc ko', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chứng thực bản sao', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Tôi viết cái giấy cam kết, bên kia bảo phải có phường xác nhận chữ ký của tôi mới được, tôi tay run viết khó, có làm được không', expect: ['2.000884'], who: 'elderly' }, // chung-thuc-chu-ky
  { q: 'xac nhan chu ky o phuong can mang gi', expect: ['2.000884'], who: 'rural' }, // chung-thuc-chu-ky
  { q: 'chứng thực chữ ký', expect: ['2.000884'], who: 'young' }, // chung-thuc-chu-ky
  {
    q: 'Tôi già rồi đi lại không được, muốn làm giấy cho thằng con trai út thay tôi đi làm hết các việc về mảnh đất ở Diễn Châu, từ ký giấy đến nộp hồ sơ, phải làm giấy ủy quyền thế nào cho đúng',
    expect: ['2.001035', '2.000884'],
    who: 'elderly',
  }, // uy-quyen-dat-dai
  { q: 'lam giay uy quyen cho con di lam so do thay bo me', expect: ['2.001035', '2.000884'], who: 'rural' }, // uy-quyen-dat-dai
  { q: 'hợp đồng ủy quyền đất đai', expect: ['2.001035', '2.000884'], who: 'young' }, // uy-quyen-dat-dai
  { q: 'Mấy tháng nay tôi nằm một chỗ, không ra bưu điện lĩnh lương hưu được, muốn để con gái đi lĩnh thay thì phải làm giấy tờ chi cháu', expect: ['1.001601', '2.000884'], who: 'elderly' }, // uy-quyen-linh-luong-huu
  { q: 'bo nam vien ko di linh luong huu dc, con linh thay thi lam giay gi', expect: ['1.001601', '2.000884'], who: 'rural' }, // uy-quyen-linh-luong-huu
  { q: 'giấy ủy quyền lĩnh thay lương hưu', expect: ['1.001601', '2.000884'], who: 'young' }, // uy-quyen-linh-luong-huu
  {
    q: 'Tôi muốn viết di chúc để lại cái nhà cho thằng út vì nó ở với tôi, đất vườn chia cho ba đứa kia, viết tay rồi đem ra phường cho họ chứng nhận có được không cháu',
    expect: ['2.001019'],
    who: 'elderly',
  }, // chung-thuc-di-chuc
  { q: 'viet di chuc xong mang ra xa chung thuc dc ko', expect: ['2.001019'], who: 'rural' }, // chung-thuc-di-chuc
  { q: 'chứng thực di chúc', expect: ['2.001019'], who: 'young' }, // chung-thuc-di-chuc
  { q: 'Ông nhà tôi mất không để lại di chúc, nay năm anh em tụi nó ngồi lại thống nhất chia đất cho nhau rồi, cần viết giấy ra sao cho có giá trị', expect: ['2.001406'], who: 'elderly' }, // phan-chia-di-san
  { q: 'ae trong nha thoa thuan chia dat cua bo me de lai, chung thuc o dau', expect: ['2.001406'], who: 'rural' }, // phan-chia-di-san
  { q: 'văn bản thỏa thuận phân chia di sản', expect: ['2.001406'], who: 'young' }, // phan-chia-di-san
  { q: 'Tôi là con gái đi lấy chồng xa, không cần phần đất của bố mẹ, muốn nhường hết cho anh cả giữ nhà thờ, phải làm giấy chi để anh ấy làm sổ', expect: ['2.001016'], who: 'elderly' }, // tu-choi-di-san
  { q: 'con gai ko nhan phan thua ke, nhuong cho anh trai thi lam giay gi', expect: ['2.001016'], who: 'rural' }, // tu-choi-di-san
  { q: 'văn bản từ chối nhận di sản', expect: ['2.001016'], who: 'young' }, // tu-choi-di-san
  { q: 'Bố mẹ tôi mất cả rồi, tôi là con một, giờ mảnh đất với căn nhà đứng tên bố thì tôi phải làm giấy nhận thừa kế thế nào', expect: ['2.001406', '1.013831'], who: 'elderly' }, // khai-nhan-di-san
  { q: 'con mot nhan thua ke dat cua bo me lam the nao', expect: ['2.001406', '1.013831'], who: 'rural' }, // khai-nhan-di-san
  { q: 'khai nhận di sản thừa kế', expect: ['2.001406', '1.013831'], who: 'young' }, // khai-nhan-di-san
  { q: 'Hai ông bà già tôi muốn cho con gái căn nhà đang ở, làm giấy cho tặng ký ở phường hay phải đi phòng công chứng, cháu chỉ giúp', expect: ['2.001035'], who: 'elderly' }, // tang-cho-nha-chung-thuc
  { q: 'bo me cho con nha dat, ky giay tang cho o xa dc ko', expect: ['2.001035'], who: 'rural' }, // tang-cho-nha-chung-thuc
  { q: 'chứng thực hợp đồng tặng cho nhà đất', expect: ['2.001035'], who: 'young' }, // tang-cho-nha-chung-thuc
  { q: 'Tôi bán cái nhà cũ ở khối phố cho người ta để về ở với con, hai bên thỏa thuận xong giá cả rồi, giờ ký giấy mua bán ở đâu cho hợp pháp', expect: ['2.001035'], who: 'elderly' }, // mua-ban-nha-chung-thuc
  { q: 'ban dat ky hop dong o uy ban xa duoc ko hay phai cong chung', expect: ['2.001035'], who: 'rural' }, // mua-ban-nha-chung-thuc
  { q: 'chứng thực hợp đồng chuyển nhượng đất', expect: ['2.001035'], who: 'young' }, // mua-ban-nha-chung-thuc
  { q: 'Năm ngoái tôi lỡ làm giấy ủy quyền cho thằng cháu lo mảnh đất, nay nó làm ăn không ra gì, tôi muốn rút lại cái giấy đó, không cho nó thay mặt nữa', expect: ['2.000913'], who: 'elderly' }, // huy-hop-dong-uy-quyen
  { q: 'muon huy giay uy quyen da lam o xa', expect: ['2.000913'], who: 'rural' }, // huy-hop-dong-uy-quyen
  { q: 'hủy hợp đồng ủy quyền', expect: ['2.000913'], who: 'young' }, // huy-hop-dong-uy-quyen
  { q: 'Tôi nghe người ta nói di chúc phải công chứng mới chắc, các con tôi hay tranh giành, tôi muốn làm cho thật chắc chắn thì đến đâu', expect: ['2.001019'], who: 'elderly' }, // cong-chung-di-chuc
  { q: 'cong chung di chuc o dau, gia bn', expect: ['2.001019'], who: 'rural' }, // cong-chung-di-chuc
  { q: 'công chứng di chúc', expect: ['2.001019'], who: 'young' }, // cong-chung-di-chuc
  {
    q: 'Tôi là người già neo đơn, bị người ta lấn đất, không có tiền thuê luật sư, nghe nói nhà nước có giúp người già về luật pháp không mất tiền, thật không cháu',
    expect: ['2.000829'],
    who: 'elderly',
  }, // tro-giup-phap-ly
  { q: 'nguoi gia ngheo can luat su mien phi giup kien tung', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'trợ giúp pháp lý miễn phí người cao tuổi', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  {
    q: 'Thằng cháu nội tôi sắp đi lao động bên Nhật, nó đang ở trong Bình Dương, nhờ ông ở nhà xin giùm cái giấy chứng nhận không có tiền án, ông xin được không',
    expect: ['3.000333'],
    who: 'elderly',
  }, // ly-lich-tu-phap
  { q: 'xin phieu ly lich tu phap cho chau di xkld nhat', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'lý lịch tư pháp số 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  { q: 'Di chúc tôi làm năm 2019 có chứng thực ở xã rồi, nay thằng con thứ hai mất, tôi muốn sửa lại phần của nó cho con nó, có được sửa không', expect: ['2.000913', '2.001019'], who: 'elderly' }, // sua-di-chuc
  { q: 'muon sua lai di chuc da lam o xa', expect: ['2.000913', '2.001019'], who: 'rural' }, // sua-di-chuc
  { q: 'sửa đổi bổ sung di chúc', expect: ['2.000913', '2.001019'], who: 'young' }, // sua-di-chuc
  {
    q: 'Tôi ở Thạch Hà một mình, giờ yếu rồi, con trai đón vào Đồng Nai ở với nó, cần chuyển hộ khẩu của tôi vào trong đó, thì làm ở đâu, trong nớ hay ngoài ni',
    expect: ['1.004222'],
    who: 'elderly',
  }, // thuong-tru-ve-o-voi-con
  { q: 'bo me gia chuyen khau vo o voi con trong nam lam rang', expect: ['1.004222'], who: 'rural' }, // thuong-tru-ve-o-voi-con
  { q: 'đăng ký thường trú nhập hộ khẩu con', expect: ['1.004222'], who: 'young' }, // thuong-tru-ve-o-voi-con
  { q: 'Ông nhà tôi mất rồi, trên hệ thống cư trú vẫn còn tên ông, có phải đi xóa tên không cháu', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru-nguoi-chet
  { q: 'nguoi nha mat roi xoa ten trong ho khau the nao', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru-nguoi-chet
  { q: 'xóa đăng ký thường trú người chết', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru-nguoi-chet
  { q: 'Tôi ra Hà Nội nằm viện Bạch Mai rồi ở nhà con gái để chạy thận dài ngày, công an khu vực bảo phải khai báo ở, làm sao cho đúng', expect: ['1.004194'], who: 'elderly' }, // tam-tru-chua-benh
  { q: 'ra ha noi o nha con chua benh vai thang co phai dk tam tru ko', expect: ['1.004194'], who: 'rural' }, // tam-tru-chua-benh
  { q: 'đăng ký tạm trú', expect: ['1.004194'], who: 'young' }, // tam-tru-chua-benh
  { q: 'Hai ông bà sắp vào Sài Gòn ở với con cả nửa năm, nhà ở quê đóng cửa, có phải báo với công an phường không', expect: ['1.003677'], who: 'elderly' }, // tam-vang
  { q: 'di vao nam o lau co phai khai bao tam vang ko', expect: ['1.003677'], who: 'rural' }, // tam-vang
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // tam-vang
  { q: 'Bây giờ không còn sổ hộ khẩu nữa, mà làm hồ sơ người ta đòi giấy chứng minh tôi ở đâu, thì xin cái giấy đó ở đâu cháu', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru
  { q: 'xin giay xac nhan noi cu tru thay so ho khau', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru
  { q: 'xác nhận thông tin cư trú CT07', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru
  { q: 'Thằng con út lấy vợ rồi, vẫn ở chung trong cái hộ của tôi, giờ nó muốn ra riêng hộ cho tiện vay vốn, làm ra răng', expect: ['1.010038'], who: 'elderly' }, // tach-ho
  { q: 'con trai muon tach ho rieng ra khoi ho bo me', expect: ['1.010038'], who: 'rural' }, // tach-ho
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' }, // tach-ho
  {
    q: 'Tôi vẫn còn cái chứng minh thư chín số cấp từ năm 1998, bây giờ đi rút tiền người ta không nhận nữa, tôi đã tám mươi mốt tuổi rồi có phải làm cái thẻ mới không',
    expect: ['1.014061', '1.014063'],
    who: 'elderly',
  }, // cccd-lan-dau-cu-gia
  { q: 'ong van dung cmnd 9 so, gio lam the can cuoc o dau', expect: ['1.014061', '1.014063'], who: 'rural' }, // cccd-lan-dau-cu-gia
  { q: 'đổi CMND 9 số sang căn cước', expect: ['1.014061', '1.014063'], who: 'young' }, // cccd-lan-dau-cu-gia
  { q: 'Cháu ơi, tôi đi chợ bị móc mất cái ví, mất luôn cái thẻ căn cước có gắn chíp, giờ xin làm lại ở đâu', expect: ['1.014064'], who: 'elderly' }, // cap-lai-can-cuoc-mat
  { q: 'mat the can cuoc lam lai o dau mat bao lau', expect: ['1.014064'], who: 'rural' }, // cap-lai-can-cuoc-mat
  { q: 'cấp lại thẻ căn cước bị mất', expect: ['1.014064'], who: 'young' }, // cap-lai-can-cuoc-mat
  { q: 'Tôi đã sửa năm sinh trong giấy khai sinh rồi, giờ cái thẻ căn cước vẫn ghi năm cũ, phải đi đổi lại thẻ ra răng', expect: ['1.014063', '1.012564'], who: 'elderly' }, // doi-can-cuoc-sai-nam-sinh
  { q: 'the can cuoc ghi sai nam sinh muon doi lai', expect: ['1.014063', '1.012564'], who: 'rural' }, // doi-can-cuoc-sai-nam-sinh
  { q: 'cấp đổi thẻ căn cước sai thông tin', expect: ['1.014063', '1.012564'], who: 'young' }, // doi-can-cuoc-sai-nam-sinh
  {
    q: 'Con tôi cài cái ứng dụng trên điện thoại cho tôi, thấy ghi sai ngày sinh với cả tên quê quán của tôi, trong khi giấy khai sinh ghi đúng, thì báo sửa ở đâu cho họ sửa trên máy',
    expect: ['1.012564'],
    who: 'elderly',
  }, // dieu-chinh-csdl-dan-cu
  { q: 'thong tin tren vneid sai ngay sinh, sua o dau', expect: ['1.012564'], who: 'rural' }, // dieu-chinh-csdl-dan-cu
  { q: 'điều chỉnh thông tin cơ sở dữ liệu dân cư', expect: ['1.012564'], who: 'young' }, // dieu-chinh-csdl-dan-cu
  { q: 'Mấy đứa cháu bảo ông phải có cái tài khoản định danh trên điện thoại để sau này làm giấy tờ online, ông không biết làm, ra đây nhờ ai làm cho', expect: ['3.000228'], who: 'elderly' }, // vneid-muc-2
  { q: 'lam tai khoan vneid muc 2 cho bo me gia', expect: ['3.000228'], who: 'rural' }, // vneid-muc-2
  { q: 'kích hoạt VNeID mức 2', expect: ['3.000228'], who: 'young' }, // vneid-muc-2
  { q: 'Mẹ tôi chín mươi hai tuổi, nằm liệt giường không đi được, mà chưa có thẻ căn cước, công an có đến nhà làm cho không', expect: ['1.014061'], who: 'elderly' }, // can-cuoc-tai-nha
  { q: 'me liet giuong ko di dc, xin cong an den nha lam can cuoc', expect: ['1.014061'], who: 'rural' }, // can-cuoc-tai-nha
  { q: 'làm căn cước cho người già tại nhà', expect: ['1.014061'], who: 'young' }, // can-cuoc-tai-nha
  { q: 'Ông nhà tôi là giáo viên về hưu, mới mất tháng trước, tôi không có lương, nghe nói vợ được hưởng tiền tuất của chồng, hồ sơ gồm những chi', expect: ['2.000821'], who: 'elderly' }, // tro-cap-tuat-luong-huu
  { q: 'chong huong luong huu mat, vo duoc huong tuat hang thang ko', expect: ['2.000821'], who: 'rural' }, // tro-cap-tuat-luong-huu
  { q: 'chế độ tử tuất lương hưu', expect: ['2.000821'], who: 'young' }, // tro-cap-tuat-luong-huu
  { q: 'Tôi về hưu ở Vinh, nay theo con ra Hà Nội ở hẳn, muốn chuyển lương hưu ra ngoài đó lĩnh cho tiện, thủ tục làm răng', expect: ['1.001742'], who: 'elderly' }, // chuyen-noi-huong-luong-huu
  { q: 'chuyen luong huu tu nghe an vao tphcm', expect: ['1.001742'], who: 'rural' }, // chuyen-noi-huong-luong-huu
  { q: 'chuyển nơi nhận lương hưu sang tỉnh khác', expect: ['1.001742'], who: 'young' }, // chuyen-noi-huong-luong-huu
  { q: 'Lâu nay tôi lĩnh lương hưu tiền mặt ở bưu điện, giờ con cháu bảo chuyển qua thẻ ngân hàng, tôi phải làm đơn ở đâu', expect: ['2.000740'], who: 'elderly' }, // doi-hinh-thuc-nhan-luong-huu
  { q: 'doi linh luong huu tien mat sang tai khoan ngan hang', expect: ['2.000740'], who: 'rural' }, // doi-hinh-thuc-nhan-luong-huu
  { q: 'nhận lương hưu qua ATM', expect: ['2.000740'], who: 'young' }, // doi-hinh-thuc-nhan-luong-huu
  { q: 'Cái thẻ bảo hiểm y tế của tôi bị mục nát rồi, đi khám bệnh người ta không nhận, xin lại cái thẻ mới ở đâu cháu', expect: ['1.002759'], who: 'elderly' }, // cap-lai-the-bhyt
  { q: 'the bhyt bi mat xin cap lai o dau', expect: ['1.002759'], who: 'rural' }, // cap-lai-the-bhyt
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // cap-lai-the-bhyt
  { q: 'Bà nhà tôi không có lương hưu, chưa đủ tám mươi, muốn mua bảo hiểm y tế cho bà để đi khám bệnh đỡ tốn, mua ở đâu', expect: ['1.001939'], who: 'elderly' }, // bhyt-ho-gia-dinh
  { q: 'mua bhyt cho me gia o dau, bao nhieu tien 1 nam', expect: ['1.001939'], who: 'rural' }, // bhyt-ho-gia-dinh
  { q: 'mua BHYT hộ gia đình', expect: ['1.001939'], who: 'young' }, // bhyt-ho-gia-dinh
  { q: 'Tôi chuyển vào ở với con ở Thành phố Thanh Hóa, cái thẻ bảo hiểm vẫn đăng ký khám ở trạm xá xã cũ ở Nông Cống, muốn đổi chỗ khám cho gần', expect: ['1.002759'], who: 'elderly' }, // doi-noi-kham-bhyt
  { q: 'doi noi kham ban dau tren the bhyt', expect: ['1.002759'], who: 'rural' }, // doi-noi-kham-bhyt
  { q: 'đổi nơi đăng ký KCB ban đầu', expect: ['1.002759'], who: 'young' }, // doi-noi-kham-bhyt
  { q: 'Nhà tôi hai ông bà già, ốm đau liên miên, không còn sức làm, muốn xin vào diện hộ nghèo cho được giúp đỡ, làm đơn gửi ai', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-ngheo
  { q: 'xin xet ho ngheo cho ong ba gia', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-ngheo
  { q: 'công nhận hộ nghèo hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-ngheo
  {
    q: 'Tôi là thanh niên xung phong ở Truông Bồn hồi năm sáu tám, chừ già rồi chưa được hưởng chi cả, có được xét chế độ không cháu',
    expect: ['2.001428', '3.000226', '3.000243', '3.000244', '3.000246', '3.000283', '3.000331'],
    who: 'elderly',
  }, // thanh-nien-xung-phong
  { q: 'me la tnxp thoi chong my xin huong che do', expect: ['2.001428', '3.000226', '3.000243', '3.000244', '3.000246', '3.000283', '3.000331'], who: 'rural' }, // thanh-nien-xung-phong
  { q: 'chế độ thanh niên xung phong', expect: ['2.001428', '3.000226', '3.000243', '3.000244', '3.000246', '3.000283', '3.000331'], who: 'young' }, // thanh-nien-xung-phong
  { q: 'Tôi muốn sang tên mảnh đất vườn cho thằng con thứ ba, nó ở gần chăm bố mẹ, giấy tờ cho tặng làm xong rồi thì mang nộp ở đâu để nó đứng tên', expect: ['1.013831'], who: 'elderly' }, // tang-cho-dat-cho-con
  { q: 'sang ten so do cho con trai', expect: ['1.013831'], who: 'rural' }, // tang-cho-dat-cho-con
  { q: 'đăng ký biến động tặng cho quyền sử dụng đất', expect: ['1.013831'], who: 'young' }, // tang-cho-dat-cho-con
  { q: 'Bán nhà xong rồi, người mua giục tôi đi làm thủ tục sang tên sổ đỏ cho họ, tôi già rồi không biết nộp ở đâu', expect: ['1.013831'], who: 'elderly' }, // ban-nha-sang-ten
  { q: 'ban dat roi sang ten cho nguoi mua lam o dau', expect: ['1.013831'], who: 'rural' }, // ban-nha-sang-ten
  { q: 'sang tên sổ đỏ mua bán', expect: ['1.013831'], who: 'young' }, // ban-nha-sang-ten
  { q: 'Chồng tôi mất, sổ đỏ đứng tên cả hai vợ chồng, giờ làm sao để tên tôi với các con được đứng trong sổ', expect: ['1.013831', '2.001406'], who: 'elderly' }, // thua-ke-dat-sang-ten
  { q: 'chong mat so do dung ten chong, sang ten thua ke cho vo con', expect: ['1.013831', '2.001406'], who: 'rural' }, // thua-ke-dat-sang-ten
  { q: 'đăng ký thừa kế quyền sử dụng đất', expect: ['1.013831', '2.001406'], who: 'young' }, // thua-ke-dat-sang-ten
  { q: 'Mảnh đất nhà tôi ở từ năm bảy mươi lăm, ông cha để lại, chưa bao giờ có sổ đỏ, giờ muốn làm sổ cho con cháu sau này đỡ vướng', expect: ['1.013978'], who: 'elderly' }, // cap-so-do-lan-dau
  { q: 'dat o tu truoc 1980 chua co so do, lam so lan dau', expect: ['1.013978'], who: 'rural' }, // cap-so-do-lan-dau
  { q: 'cấp sổ đỏ lần đầu', expect: ['1.013978'], who: 'young' }, // cap-so-do-lan-dau
  { q: 'Cái sổ đỏ tôi cất kỹ lắm mà không biết để chỗ mô, tìm cả tháng không thấy, chắc mất rồi, xin lại được không', expect: ['1.012786'], who: 'elderly' }, // mat-so-do
  { q: 'mat so do roi tim ko thay, xin lai o mo', expect: ['1.012786'], who: 'rural' }, // mat-so-do
  { q: 'cấp lại GCN quyền sử dụng đất bị mất', expect: ['1.012786'], who: 'young' }, // mat-so-do
  { q: 'Cái bìa sổ đỏ cấp từ năm chín mấy bị chuột cắn rách cả, chữ mờ hết, muốn đổi cái mới', expect: ['1.012783'], who: 'elderly' }, // doi-so-do-cu-rach
  { q: 'so do cu bi rach muon doi so moi', expect: ['1.012783'], who: 'rural' }, // doi-so-do-cu-rach
  { q: 'cấp đổi sổ đỏ', expect: ['1.012783'], who: 'young' }, // doi-so-do-cu-rach
  {
    q: 'Sổ đỏ ghi năm sinh của tôi là năm ba mươi tám mà giấy tờ khác là ba mươi chín, giờ bán đất người ta không chịu, sửa lại được không',
    expect: ['1.012790', '1.012796', '1.013833'],
    who: 'elderly',
  }, // sai-nam-sinh-so-do
  { q: 'so do ghi sai nam sinh chu dat, sua the nao', expect: ['1.012790', '1.012796', '1.013833'], who: 'rural' }, // sai-nam-sinh-so-do
  { q: 'đính chính sổ đỏ sai thông tin', expect: ['1.012790', '1.012796', '1.013833'], who: 'young' }, // sai-nam-sinh-so-do
  { q: 'Mảnh vườn nhà tôi rộng, tôi muốn cắt ra làm ba phần chia cho ba đứa con trai mỗi đứa một sổ riêng', expect: ['1.012784'], who: 'elderly' }, // tach-thua-chia-con
  { q: 'tach thua dat chia cho cac con', expect: ['1.012784'], who: 'rural' }, // tach-thua-chia-con
  { q: 'tách thửa đất', expect: ['1.012784'], who: 'young' }, // tach-thua-chia-con
  { q: 'Nhà bên cạnh xây tường rào lấn sang đất tôi gần nửa mét, nói mãi không nghe, tôi muốn nhờ xã đứng ra giải quyết', expect: ['1.012812', '1.013967'], who: 'elderly' }, // tranh-chap-ranh-gioi
  { q: 'hang xom lan dat, gui don len xa hoa giai', expect: ['1.012812', '1.013967'], who: 'rural' }, // tranh-chap-ranh-gioi
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' }, // tranh-chap-ranh-gioi
  { q: 'Tôi muốn biết mảnh đất tôi có bị quy hoạch làm đường không, với lại sổ có bị ai đem đi thế chấp không, xin xem ở đâu', expect: ['1.014159'], who: 'elderly' }, // kiem-tra-thong-tin-dat
  { q: 'kiem tra dat co quy hoach hay the chap ko', expect: ['1.014159'], who: 'rural' }, // kiem-tra-thong-tin-dat
  { q: 'trích lục thửa đất cung cấp thông tin đất đai', expect: ['1.014159'], who: 'young' }, // kiem-tra-thong-tin-dat
  { q: 'Thằng con tôi mượn sổ đỏ của bố mẹ vay ngân hàng, giờ trả hết nợ rồi, ngân hàng trả sổ, nhưng phải đi xóa cái thế chấp trên sổ nữa phải không cháu', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap
  { q: 'tra het no ngan hang roi xoa the chap so do', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap
  { q: 'xóa đăng ký thế chấp', expect: ['1.011443'], who: 'young' }, // xoa-the-chap
  { q: 'Cái nhà ngói của ông bà để lại sắp sập, tôi muốn dỡ ra xây lại nhà hai tầng trên đất đó, có phải xin phép không', expect: ['1.013225'], who: 'elderly' }, // xin-phep-xay-sua-nha
  { q: 'xay lai nha cu co phai xin giay phep xay dung ko', expect: ['1.013225'], who: 'rural' }, // xin-phep-xay-sua-nha
  { q: 'giấy phép xây dựng nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // xin-phep-xay-sua-nha
  { q: 'Tôi có mảnh đất vườn, muốn chuyển lên đất ở để thằng út làm nhà, phải làm đơn ở đâu và nộp tiền bao nhiêu', expect: ['1.013949'], who: 'elderly' }, // chuyen-muc-dich-dat-vuon
  { q: 'chuyen dat vuon len dat o de con lam nha', expect: ['1.013949'], who: 'rural' }, // chuyen-muc-dich-dat-vuon
  { q: 'chuyển mục đích sử dụng đất', expect: ['1.013949'], who: 'young' }, // chuyen-muc-dich-dat-vuon
  { q: 'Thằng con muốn lấy sổ đỏ của hai ông bà đi vay ngân hàng làm ăn, ông bà đồng ý rồi, ngân hàng bảo phải đi đăng ký thế chấp ở đâu đó', expect: ['1.011441'], who: 'elderly' }, // dang-ky-the-chap
  { q: 'the chap so do cua bo me de con vay von', expect: ['1.011441'], who: 'rural' }, // dang-ky-the-chap
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // dang-ky-the-chap
  { q: 'Tôi ở căn hộ tập thể của nhà nước từ hồi còn đi làm ở nhà máy, nay muốn mua lại căn đó cho con cháu có chỗ ở, có được không', expect: ['1.012893'], who: 'elderly' }, // mua-nha-tap-the-cu
  { q: 'nha tap the nha nuoc o lau nam muon mua lai', expect: ['1.012893'], who: 'rural' }, // mua-nha-tap-the-cu
  { q: 'mua nhà ở cũ thuộc sở hữu nhà nước', expect: ['1.012893'], who: 'young' }, // mua-nha-tap-the-cu
  { q: 'Hai ông bà về hưu mở cái quán nước chè với bán tạp hóa trước cửa nhà, nghe nói phải đăng ký, làm ở đâu cháu', expect: ['1.001612'], who: 'elderly' }, // dang-ky-ho-kinh-doanh
  { q: 'mo quan tap hoa nho co phai dang ky kinh doanh ko', expect: ['1.001612'], who: 'rural' }, // dang-ky-ho-kinh-doanh
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' }, // dang-ky-ho-kinh-doanh
  { q: 'Tôi già rồi, không bán hàng nữa, đóng cửa cái tiệm may, cái giấy phép kinh doanh có phải trả lại không', expect: ['1.001266'], who: 'elderly' }, // cham-dut-ho-kinh-doanh
  { q: 'nghi ban hang muon dong giay phep kinh doanh', expect: ['1.001266'], who: 'rural' }, // cham-dut-ho-kinh-doanh
  { q: 'chấm dứt hộ kinh doanh', expect: ['1.001266'], who: 'young' }, // cham-dut-ho-kinh-doanh
  { q: 'Cái tiệm tạp hóa đứng tên tôi, nay tôi giao lại cho con dâu bán, muốn đổi tên chủ trên giấy phép sang nó', expect: ['2.000720'], who: 'elderly' }, // doi-chu-ho-kinh-doanh
  { q: 'doi ten chu ho kinh doanh cho con', expect: ['2.000720'], who: 'rural' }, // doi-chu-ho-kinh-doanh
  { q: 'thay đổi chủ hộ kinh doanh', expect: ['2.000720'], who: 'young' }, // doi-chu-ho-kinh-doanh
  { q: 'Cho con đất mà cũng phải nộp thuế à cháu, nghe nói bố mẹ cho con thì được miễn, phải làm giấy gì để được miễn', expect: ['1.007674', '1.007277'], who: 'elderly' }, // mien-thue-tang-cho
  { q: 'bo me cho con dat co mat thue ko, xin mien thue', expect: ['1.007674', '1.007277'], who: 'rural' }, // mien-thue-tang-cho
  { q: 'miễn thuế TNCN tặng cho bất động sản cha mẹ con', expect: ['1.007674', '1.007277'], who: 'young' }, // mien-thue-tang-cho
  { q: 'Tôi cho mấy đứa sinh viên thuê lại tầng trên, mỗi tháng được ít tiền, có phải khai thuế không, khai ở đâu', expect: ['1.007689'], who: 'elderly' }, // thue-cho-thue-nha
  { q: 'cho thue nha co phai dong thue ko khai o dau', expect: ['1.007689'], who: 'rural' }, // thue-cho-thue-nha
  { q: 'khai thuế cho thuê nhà', expect: ['1.007689'], who: 'young' }, // thue-cho-thue-nha
  { q: 'Giấy báo thuế đất năm nay của tôi tăng, tôi già, một mình, có được giảm hay miễn không cháu', expect: ['1.007695'], who: 'elderly' }, // thue-dat-phi-nong-nghiep
  { q: 'xin mien giam thue dat o cho nguoi gia ngheo', expect: ['1.007695'], who: 'rural' }, // thue-dat-phi-nong-nghiep
  { q: 'miễn giảm thuế sử dụng đất phi nông nghiệp', expect: ['1.007695'], who: 'young' }, // thue-dat-phi-nong-nghiep
  { q: 'Tôi có mấy héc ta keo trên đồi ở Anh Sơn, trồng được sáu năm rồi, giờ bán cho người ta khai thác, có phải báo với xã không', expect: ['1.000045'], who: 'elderly' }, // khai-thac-keo-rung-trong
  { q: 'khai thac keo rung trong nha thi bao xa the nao', expect: ['1.000045'], who: 'rural' }, // khai-thac-keo-rung-trong
  { q: 'khai thác gỗ rừng trồng hộ gia đình', expect: ['1.000045'], who: 'young' }, // khai-thac-keo-rung-trong
  { q: 'Tôi đi biển ở Cửa Lò cả đời, nay già không đi nữa, bán cái thuyền cho người làng bên, giấy tờ thuyền phải làm lại cho họ ra răng', expect: ['1.003681', '1.003650'], who: 'elderly' }, // ban-tau-ca
  { q: 'ban thuyen ca cho nguoi khac thi giay to lam rang', expect: ['1.003681', '1.003650'], who: 'rural' }, // ban-tau-ca
  { q: 'xóa đăng ký tàu cá chuyển nhượng', expect: ['1.003681', '1.003650'], who: 'young' }, // ban-tau-ca
  { q: 'Đàn lợn của tôi bị dịch tả lợn chết hết mười mấy con, chôn rồi, có được nhà nước bồi thường không', expect: ['1.013997'], who: 'elderly' }, // chan-nuoi-lon-dich-ta
  { q: 'lon chet dich ta chau phi xin ho tro', expect: ['1.013997'], who: 'rural' }, // chan-nuoi-lon-dich-ta
  { q: 'hỗ trợ lợn chết dịch tả châu Phi', expect: ['1.013997'], who: 'young' }, // chan-nuoi-lon-dich-ta
  { q: 'Cái bằng lái xe máy của tôi bằng giấy bìa từ năm chín lăm, nghe nói phải đổi sang thẻ, tôi bảy mươi rồi có phải đổi không', expect: ['3.000347'], who: 'elderly' }, // doi-gplx
  { q: 'doi bang lai xe giay sang the pet', expect: ['3.000347'], who: 'rural' }, // doi-gplx
  { q: 'đổi GPLX', expect: ['3.000347'], who: 'young' }, // doi-gplx
  { q: 'Chiếc xe Cúp của ông nhà tôi đứng tên ông, ông mất rồi, giờ để thằng con đi thì phải sang tên cho nó ra răng', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-may-bo-chet
  { q: 'xe may dung ten bo da mat sang ten cho con', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-may-bo-chet
  { q: 'sang tên xe thừa kế', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-may-bo-chet
  { q: 'Cái xe máy cũ của tôi hỏng nát, bán đồng nát rồi, còn cái giấy đăng ký với biển số thì đem nộp ở đâu', expect: ['1.013123', '1.013065'], who: 'elderly' }, // thu-hoi-bien-so-xe-hong
  { q: 'xe hong ban phe lieu roi nop lai bien so o dau', expect: ['1.013123', '1.013065'], who: 'rural' }, // thu-hoi-bien-so-xe-hong
  { q: 'thu hồi đăng ký biển số xe', expect: ['1.013123', '1.013065'], who: 'young' }, // thu-hoi-bien-so-xe-hong
  { q: 'Họ Nguyễn Cảnh nhà tôi muốn tu sửa lại nhà thờ họ đã xuống cấp, các cụ trong họ cử tôi đi hỏi có phải xin phép hay báo với xã không', expect: ['1.013229'], who: 'elderly' }, // sua-nha-tho-ho
  { q: 'sua nha tho ho co phai xin phep ko', expect: ['1.013229'], who: 'rural' }, // sua-nha-tho-ho
  { q: 'sửa chữa cải tạo công trình tín ngưỡng', expect: ['1.013229'], who: 'young' }, // sua-nha-tho-ho
  { q: 'Thằng cháu ở Nhật gửi về giấy tờ tiếng Nhật, cần dịch ra tiếng Việt rồi có xác nhận, phường có làm không cháu', expect: ['2.000992', '2.001008'], who: 'elderly' }, // dich-giay-to
  { q: 'dich giay to tieng nhat sang tieng viet chung thuc', expect: ['2.000992', '2.001008'], who: 'rural' }, // dich-giay-to
  { q: 'chứng thực chữ ký người dịch', expect: ['2.000992', '2.001008'], who: 'young' }, // dich-giay-to
];

export const THIRTYTHIRD_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // giao-nop-vu-khi: the weapon hand-in/recovery procedures are for licensed organisations; nothing for a household handing in old ordnance or a hunting gun
  { q: 'Đào móng nhà gặp một quả đạn cũ từ thời chiến tranh, với lại trong nhà còn khẩu súng săn của ông cụ để lại, giờ muốn nộp cho công an thì làm răng', who: 'elderly' },
  { q: 'dao dat thay qua bom cu, bao ai de giao nop', who: 'rural' },
  { q: 'giao nộp vũ khí vật liệu nổ', who: 'young' },
  // tro-cap-nguoi-cao-tuoi-80: no social-protection (trợ cấp xã hội) procedures in the crawl
  { q: 'Mạ tôi năm nay vừa tròn tám mươi, không có lương hưu chi cả, nghe nói đủ tám mươi thì nhà nước cho tiền hằng tháng, làm đơn ở đâu hả cô', who: 'elderly' },
  { q: 'ba ngoai du 80 tuoi xin tien tro cap hang thang o dau', who: 'rural' },
  { q: 'trợ cấp người cao tuổi trên 80', who: 'young' },
  // mai-tang-phi-bao-tro: no social-protection funeral-allowance procedure in the crawl
  { q: 'Bà cụ nhà tôi đang hưởng tiền người già tám mươi tuổi thì mất, nghe nói được hỗ trợ tiền mai táng, con cháu phải làm giấy chi', who: 'elderly' },
  { q: 'ba dang huong tro cap xa hoi moi mat, xin tien ma chay', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // xac-dinh-khuyet-tat: no disability-assessment procedure in the crawl
  { q: 'Ông cụ nhà tôi tai biến, liệt nửa người mấy năm nay, nghe nói làm giấy khuyết tật thì được trợ cấp, xin ở xã được không', who: 'elderly' },
  { q: 'bo bi tai bien liet xin giay chung nhan khuyet tat', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // vao-trung-tam-bao-tro: no social-care-home admission procedure in the crawl
  { q: 'Tôi không có con cái, ở một mình trong căn nhà dột, nghe nói có trại dưỡng lão của nhà nước nuôi người già cô đơn, tôi muốn xin vào', who: 'elderly' },
  { q: 'nguoi gia neo don xin vao trung tam bao tro xa hoi', who: 'rural' },
  { q: 'vào cơ sở bảo trợ xã hội', who: 'young' },
  // tro-giup-khan-cap-bao: no emergency/house-damage relief procedure in the crawl
  { q: 'Cơn bão vừa rồi ở Kỳ Anh làm sập cái bếp với tốc mái nhà tôi, tôi già yếu không có tiền sửa, có được nhà nước hỗ trợ không', who: 'elderly' },
  { q: 'nha bi bao lam sap mai xin ho tro o dau', who: 'rural' },
  { q: 'hỗ trợ nhà ở bị thiệt hại do bão', who: 'young' },
  // mung-tho: no longevity-gift procedure in the crawl
  { q: 'Năm nay bà tôi tròn chín mươi tuổi, nghe nói nhà nước có quà mừng thọ, gia đình có phải làm giấy chi không hay phường tự làm', who: 'elderly' },
  { q: 'ba 90 tuoi duoc qua mung tho cua nha nuoc ko', who: 'rural' },
  { q: 'chúc thọ mừng thọ người cao tuổi', who: 'young' },
  // chuyen-tro-cap-khi-doi-noi-o: no procedure for moving a social allowance (only BHXH pension moves)
  { q: 'Tôi đang hưởng tiền trợ cấp người già ở phường Bắc Hà, giờ vào ở với con ở Long An, tiền đó có chuyển theo được không, phải làm giấy chi', who: 'elderly' },
  { q: 'dang huong tro cap xa hoi chuyen vao tinh khac song thi lam sao', who: 'rural' },
  { q: 'chuyển nơi hưởng trợ cấp xã hội', who: 'young' },
  // tro-cap-huu-tri-xa-hoi-75: no social-pension (hưu trí xã hội) procedure in the crawl
  { q: 'Tôi bảy mươi sáu tuổi, cả đời làm ruộng không có lương hưu, nghe đài nói nay đủ bảy lăm là được nhận tiền hưu gì đó, thật không cháu, đăng ký ở đâu', who: 'elderly' },
  { q: '75 tuoi ko co luong huu dc nhan tro cap huu tri xa hoi ko', who: 'rural' },
  { q: 'trợ cấp hưu trí xã hội 75 tuổi', who: 'young' },
  // tro-cap-khang-chien-290: only police-personnel (CAND) variants exist; nothing for army/dân công veterans
  { q: 'Tôi đi dân công hỏa tuyến với làm đường Trường Sơn hồi năm bảy mươi hai, đồng đội nhiều người được hưởng chế độ một lần rồi, tôi chưa được, giờ làm hồ sơ ở đâu', who: 'elderly' },
  { q: 'tham gia khang chien chong my chua huong che do 290 thi lam ho so o dau', who: 'rural' },
  { q: 'chế độ quyết định 290 62 kháng chiến chống Mỹ', who: 'young' },
  // chat-doc-da-cam: only the police-personnel (CAND) Agent Orange procedure exists; the asker is an army veteran
  { q: 'Tôi ở chiến trường B hai mấy năm, về sinh đứa con trai bị dị tật, bị tôi nghi bị chất độc da cam, làm hồ sơ ra răng', who: 'elderly' },
  { q: 'bo di bo doi ve con bi di tat nghi nhiem chat doc da cam xin che do', who: 'rural' },
  { q: 'hồ sơ chất độc hóa học da cam', who: 'young' },
  // bang-to-quoc-ghi-cong-cap-lai: no reissue of a martyr certificate; only CAND martyr recognition
  { q: 'Tờ bằng Tổ quốc ghi công của anh tôi hi sinh năm 1972, treo trên bàn thờ, bị mối ăn mất một góc, muốn xin cấp lại tờ khác', who: 'elderly' },
  { q: 'bang to quoc ghi cong bi hong xin cap lai', who: 'rural' },
  { q: 'cấp lại bằng Tổ quốc ghi công', who: 'young' },
  // di-chuyen-hai-cot-liet-si: no martyr-remains relocation procedure in the crawl
  { q: 'Tìm được mộ chú tôi là liệt sĩ trong nghĩa trang ở Quảng Trị rồi, cả họ muốn đưa chú về nghĩa trang quê ở Hương Sơn cho gần, làm giấy tờ chi', who: 'elderly' },
  { q: 'muon boc mo liet si ve que, thu tuc ra rang', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // tham-mo-liet-si: no martyr-grave visit support procedure in the crawl
  { q: 'Tôi là em ruột liệt sĩ, muốn vô tận Bình Phước thăm mộ anh một lần trước khi chết, nghe nói nhà nước có hỗ trợ tiền tàu xe, làm đơn ở đâu', who: 'elderly' },
  { q: 'than nhan liet si di tham mo duoc ho tro tien ko', who: 'rural' },
  { q: 'hỗ trợ thăm viếng mộ liệt sĩ', who: 'young' },
  // nguoi-co-cong-qua-doi: no funeral/one-off allowance for a deceased war invalid in the crawl
  { q: 'Ông nhà tôi là thương binh hạng hai, mới mất tuần trước, các con bảo được nhận tiền mai táng và một khoản trợ cấp, hồ sơ nộp ở đâu', who: 'elderly' },
  { q: 'thuong binh mat, gia dinh huong mai tang phi the nao', who: 'rural' },
  { q: 'trợ cấp mai táng thương binh qua đời', who: 'young' },
  // huan-chuong-khang-chien: only a Ministry of Construction award reissue; nothing for resistance medals
  { q: 'Tôi có đi bộ đội mười năm, hồi đó được huân chương kháng chiến mà lụt trôi mất hết, nay muốn xin lại hoặc xin xét khen thưởng lại', who: 'elderly' },
  { q: 'huan chuong khang chien bi mat xin cap lai', who: 'rural' },
  { q: 'cấp lại huân chương kháng chiến', who: 'young' },
  // di-chuyen-ho-so-nguoi-co-cong: no procedure for moving a veteran's file between provinces
  { q: 'Tôi là bệnh binh, đang hưởng trợ cấp ở Nghệ An, nay vào ở với con ở Đắk Lắk, muốn chuyển hồ sơ theo để lĩnh tiền trong nớ', who: 'elderly' },
  { q: 'chuyen ho so thuong binh sang tinh khac', who: 'rural' },
  { q: 'di chuyển hồ sơ người có công', who: 'young' },
  // giam-dinh-lai-thuong-tat: only the CAND war-invalid allowance; no re-examination of injury rate
  { q: 'Vết thương cũ ở chân của tôi tái phát nặng hơn, mảnh đạn còn trong người, muốn xin đi khám lại để nâng tỷ lệ thương tật', who: 'elderly' },
  { q: 'thuong binh xin giam dinh lai ty le thuong tat', who: 'rural' },
  { q: 'giám định lại thương tật', who: 'young' },
  // ho-tro-nha-o-nguoi-co-cong: no housing-support procedure for people with merit
  { q: 'Nhà tôi là gia đình liệt sĩ, cái nhà cấp bốn xây từ năm tám mươi giờ dột nát, nghe nói có tiền hỗ trợ xây nhà cho người có công', who: 'elderly' },
  { q: 'gia dinh chinh sach nha dot xin ho tro xay nha', who: 'rural' },
  { q: 'hỗ trợ nhà ở người có công', who: 'young' },
  // cong-nhan-liet-si: only CAND martyr recognition exists; the brother was an army soldier
  { q: 'Anh tôi đi bộ đội rồi mất ngoài mặt trận năm 1979, đến giờ vẫn chưa được công nhận liệt sĩ, chỉ có giấy báo tử của đơn vị, giờ làm ra răng', who: 'elderly' },
  { q: 'anh trai hi sinh chua duoc cong nhan liet si, lam ho so de nghi', who: 'rural' },
  { q: 'đề nghị công nhận liệt sĩ', who: 'young' },
  // dieu-duong: no convalescence procedure for people with merit
  { q: 'Tôi là thương binh, nghe nói hằng năm được đi điều dưỡng ở Cửa Lò, năm nay chưa thấy ai gọi, hỏi ở đâu', who: 'elderly' },
  { q: 'nguoi co cong duoc di dieu duong ko', who: 'rural' },
  { q: 'điều dưỡng phục hồi sức khỏe người có công', who: 'young' },
  // khieu-nai-boi-thuong: only complaints against the police exist; no general/land-compensation complaint procedure
  { q: 'Nhà nước lấy đất nhà tôi mở đường, mà tiền đền bù thấp quá, không đúng với đất bên cạnh, tôi muốn làm đơn khiếu nại', who: 'elderly' },
  { q: 'khieu nai tien den bu dat lam duong thap', who: 'rural' },
  { q: 'khiếu nại quyết định bồi thường thu hồi đất', who: 'young' },
  // mien-tien-su-dung-dat-nguoi-co-cong: no land-use-fee exemption procedure for people with merit
  { q: 'Tôi là thương binh, làm sổ đỏ lần đầu người ta tính tiền sử dụng đất nhiều quá, nghe nói người có công được miễn giảm', who: 'elderly' },
  { q: 'thuong binh duoc mien tien su dung dat ko', who: 'rural' },
  { q: 'miễn giảm tiền sử dụng đất người có công', who: 'young' },
  // ho-tro-thien-tai-lua: no crop disaster-relief procedure in the crawl
  { q: 'Trận lũ vừa rồi ngập hết ba sào lúa sắp gặt của tôi, mất trắng, nghe nói được hỗ trợ giống, làm đơn ở xã phải không', who: 'elderly' },
  { q: 'lua bi lu ngap mat trang xin ho tro', who: 'rural' },
  { q: 'hỗ trợ thiệt hại cây trồng do thiên tai', who: 'young' },
  // hop-phap-hoa-giay-to-nuoc-ngoai: no consular legalisation procedure in the crawl
  { q: 'Con gái tôi đang ở bên Đức gửi về tờ giấy ủy quyền viết bằng tiếng Đức có dấu bên đó, nộp ở nhà người ta không nhận, bảo phải hợp pháp gì đó', who: 'elderly' },
  { q: 'giay to tu nuoc ngoai gui ve phai hop phap hoa lanh su o dau', who: 'rural' },
  { q: 'hợp pháp hóa lãnh sự', who: 'young' },
  // rut-tiet-kiem-nguoi-mat: a bank matter, not an administrative procedure
  { q: 'Ông nhà tôi có gửi tiết kiệm ở ngân hàng, sổ đứng tên ông, giờ ông mất, ngân hàng bảo phải có giấy tờ mới cho rút, tôi không hiểu phải làm chi', who: 'elderly' },
  { q: 'so tiet kiem cua chong da mat rut ra ntn', who: 'rural' },
  { q: 'rút tiền tiết kiệm người đã mất', who: 'young' },
  // doi-ten-hop-dong-dien-nuoc: a utility contract, not an administrative procedure
  { q: 'Hợp đồng điện với nước nhà tôi vẫn đứng tên ông cụ mất từ lâu, giờ muốn đổi sang tên tôi', who: 'elderly' },
  { q: 'doi ten hop dong dien nuoc nguoi mat', who: 'rural' },
  { q: 'sang tên hợp đồng điện nước', who: 'young' },
  // mua-dat-mo: cemetery plots are not in the catalogue
  { q: 'Hai ông bà già muốn mua sẵn một khu đất trong nghĩa trang của phường để sau này nằm cạnh nhau, hỏi ở đâu cháu', who: 'elderly' },
  { q: 'mua dat nghia trang dat mo san cho bo me', who: 'rural' },
  { q: 'đặt mua đất nghĩa trang', who: 'young' },
  // cai-tang-boc-mo: no exhumation/reburial procedure in the crawl
  { q: 'Ba năm rồi, sắp tới nhà tôi làm lễ bốc mộ cho ông cụ, cải táng sang khu nghĩa trang mới ở xã, có phải xin phép ai không', who: 'elderly' },
  { q: 'boc mo cai tang co can xin phep xa ko', who: 'rural' },
  { q: 'xin phép cải táng mộ', who: 'young' },
  // sim-nguoi-mat: a telecom matter, not an administrative procedure
  { q: 'Cái số điện thoại của ông nhà tôi đứng tên ông, tôi muốn giữ lại cái số đó dùng vì con cháu quen gọi, phải đổi tên ra răng', who: 'elderly' },
  { q: 'sim dt dung ten chong da mat chuyen sang ten vo', who: 'rural' },
  { q: 'đổi chủ sim người đã mất', who: 'young' },
  // thue-nguoi-cham-soc: hiring a carer is not an administrative procedure
  { q: 'Mẹ tôi liệt một chỗ, các con đi làm xa hết, muốn tìm người về nhà chăm bà, phường có giới thiệu người không', who: 'elderly' },
  { q: 'tim nguoi cham soc nguoi gia tai nha', who: 'rural' },
  { q: 'thuê giúp việc chăm người già', who: 'young' },
  // mo-mat-mien-phi: a health programme, not in the catalogue
  { q: 'Mắt tôi bị mờ đục thủy tinh thể, nghe nói có đợt mổ mắt miễn phí cho người già, đăng ký ở đâu', who: 'elderly' },
  { q: 'mo mat mien phi cho nguoi gia dang ky o dau', who: 'rural' },
  { q: 'mổ mắt miễn phí người cao tuổi', who: 'young' },
  // hoi-nguoi-cao-tuoi: association membership, not an administrative procedure
  { q: 'Tôi mới về ở khối này, muốn vào hội người cao tuổi của phường cho có bạn sinh hoạt, đăng ký với ai cháu', who: 'elderly' },
  { q: 'vao hoi nguoi cao tuoi phuong dong hoi phi bn', who: 'rural' },
  { q: 'tham gia hội người cao tuổi', who: 'young' },
  // xe-tang-hoa-tang: funeral/cremation services are not in the catalogue
  { q: 'Nhà có người mất muốn đưa đi hỏa táng ở trên Thanh Hóa, phường có xe tang hay hỗ trợ chi không', who: 'elderly' },
  { q: 'thue xe tang dua di hoa tang', who: 'rural' },
  { q: 'dịch vụ hỏa táng xe tang', who: 'young' },
  // lich-tang-luong-huu: a question about pension increases, not a procedure
  { q: 'Cháu ơi, năm nay lương hưu có tăng không, tăng bao nhiêu, bao giờ thì được lĩnh', who: 'elderly' },
  { q: 'luong huu nam nay tang bao nhieu %', who: 'rural' },
  { q: 'lương hưu tăng khi nào', who: 'young' },
];
