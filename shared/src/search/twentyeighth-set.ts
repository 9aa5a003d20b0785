import type { CitizenQuery } from './dev-set';

/**
 * TWENTYEIGHTH blind held-out set (issue 17). Persona: an ageing village commune of the Red River delta (Thai Binh / Nam Dinh):
 * old people whose children work in the cities or abroad, grandparents raising grandchildren, war veterans and martyrs' families,
 * inheritance of rice land and house plots, old papers with wrong names or dates, certified copies, pensions and health cards,
 * funerals, small family trades (rice mill, tailoring, pig raising).
 * Written 2026-12-07 (UTC) blind: queries drafted before the catalogue was opened, without seeing the engine, tests or other sets.
 * Draft: docs/search-drafts/twentyeighth-draft-20261207T0436Z.txt
 * sha256 204564faad56106a274f40fe52489c8078f0122a14188c26b892438eb48c3d1c
 * 309 queries (103 situations x 3 voices): 222 labelled, 87 with no answer in the crawl.
 * Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit.
 */
export const TWENTYEIGHTH_HELDOUT: readonly CitizenQuery[] = [
  { q: 'cháu ơi ông nhà bà mới mất hôm rằm tháng trước, các con bảo phải ra xã làm giấy báo tử cho ông, bà không biết mang những giấy tờ gì', expect: ['1.000656'], who: 'elderly' }, // khai-tu-chong
  { q: 'bo toi moi mat tuan truoc gio lam giay khai tu o dau a', expect: ['1.000656'], who: 'rural' }, // khai-tu-chong
  { q: 'đăng ký khai tử cho bố', expect: ['1.000656'], who: 'young' }, // khai-tu-chong
  {
    q: 'con dâu tôi đẻ cháu ở bệnh viện tỉnh rồi vợ chồng nó lại vào Bình Dương làm, tôi là bà nội có làm giấy khai sinh cho cháu thay được không cháu',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // khai-sinh-chau
  { q: 'ong ba noi lam khai sinh cho chau dc ko bo me no di lam xa', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // khai-sinh-chau
  { q: 'làm giấy khai sinh cho em bé', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // khai-sinh-chau
  { q: 'thằng cháu ngoại tôi năm nay lên bốn tuổi rồi mà bố mẹ nó mải đi làm chưa làm giấy khai sinh, giờ sắp đi học mẫu giáo thì làm thế nào hả cô', expect: ['1.001193'], who: 'elderly' }, // khai-sinh-qua-han
  { q: 'chau 4 tuoi chua lam khai sinh gio lam muon co bi phat ko', expect: ['1.001193'], who: 'rural' }, // khai-sinh-qua-han
  { q: 'khai sinh quá hạn', expect: ['1.001193'], who: 'young' }, // khai-sinh-qua-han
  {
    q: 'tôi sinh năm bốn mươi tám, giấy khai sinh ngày xưa mất từ hồi lụt năm bảy mốt rồi, bây giờ làm lại có được không, trong sổ xã có còn lưu không cháu',
    expect: ['1.004884', '1.004772'],
    who: 'elderly',
  }, // dang-ky-lai-khai-sinh
  { q: 'giay khai sinh cu bi mat tu lau, so xa cung ko con, lam lai the nao', expect: ['1.004884'], who: 'rural' }, // dang-ky-lai-khai-sinh
  { q: 'đk lại khai sinh người già', expect: ['1.004884', '1.004772'], who: 'young' }, // dang-ky-lai-khai-sinh
  {
    q: 'giấy khai sinh của tôi viết tên là Thị Lợi mà chứng minh thư lại ghi Thị Lời, hồi ấy cán bộ viết nhầm dấu, giờ đi lĩnh lương người ta không cho, tôi muốn sửa lại cho khớp',
    expect: ['1.004859'],
    who: 'elderly',
  }, // cai-chinh-ten
  { q: 'ten trong giay khai sinh bi sai dau so voi cccd sua o dau', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten
  { q: 'sửa tên sai khai sinh', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten
  {
    q: 'bố tôi khai năm sinh hồi xưa bị ghi sai, giấy khai sinh một năm, sổ hộ khẩu một năm, làm giấy tờ nghỉ hưu lệch mất hai tuổi, có cách nào đính chính ngày sinh không cháu',
    expect: ['1.004859'],
    who: 'elderly',
  }, // cai-chinh-nam-sinh
  { q: 'ngay sinh trong khai sinh va so bhxh lech nhau muon cai chinh lai', expect: ['1.004859'], who: 'rural' }, // cai-chinh-nam-sinh
  { q: 'cải chính ngày sinh', expect: ['1.004859'], who: 'young' }, // cai-chinh-nam-sinh
  {
    q: 'con gái tôi xin việc ở công ty dưới Hải Phòng, người ta đòi bản sao giấy khai sinh mà bản chính thì nhàu nát cả rồi, tôi ra xin trích lục lại cho nó có được không',
    expect: ['2.000635'],
    who: 'elderly',
  }, // trich-luc-khai-sinh
  { q: 'xin ban sao khai sinh cho con dang di lam xa, bo me xin ho dc ko', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-sinh
  { q: 'trích lục khai sinh bản sao', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-sinh
  {
    q: 'cháu ơi, thằng út nhà tôi nộp hồ sơ xin vào làm công nhân, cần mấy bản phô tô công chứng sổ hộ khẩu với chứng minh thư, mang ra đây làm được không, mất bao nhiêu tiền một trang',
    expect: ['2.000815'],
    who: 'elderly',
  }, // chung-thuc-ban-sao
  { q: 'cong chung giay to photo o xa mat bao nhieu tien 1 ban', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'con tôi viết cái sơ yếu lý lịch để đi xin việc, công ty bảo phải có xã đóng dấu xác nhận chữ ký, nó bận không về được, tôi mang hộ có được không', expect: ['2.000884'], who: 'elderly' }, // chung-thuc-chu-ky
  { q: 'xac nhan so yeu ly lich di xin viec lam o dau', expect: ['2.000884'], who: 'rural' }, // chung-thuc-chu-ky
  { q: 'chứng thực chữ ký sơ yếu lý lịch', expect: ['2.000884'], who: 'young' }, // chung-thuc-chu-ky
  { q: 'thằng cả nhà tôi ngoài ba mươi rồi mới lấy vợ, nó ở ngoài Hà Nội, người ta bảo về quê xin cái giấy xác nhận chưa vợ, tôi là mẹ xin hộ được không', expect: ['1.004873'], who: 'elderly' }, // xac-nhan-doc-than
  { q: 'xin giay xac nhan doc than de dang ky ket hon ngoai ha noi', expect: ['1.004873'], who: 'rural' }, // xac-nhan-doc-than
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // xac-nhan-doc-than
  { q: 'nhà tôi cuối năm có đám cưới, con trai lấy vợ cùng làng, chúng nó muốn đăng ký trước ngày ăn hỏi, cần những giấy gì thế cháu', expect: ['1.000894'], who: 'elderly' }, // dang-ky-ket-hon
  { q: '2 dua muon dang ky ket hon can mang gi', expect: ['1.000894'], who: 'rural' }, // dang-ky-ket-hon
  { q: 'dkkh cần gì', expect: ['1.000894'], who: 'young' }, // dang-ky-ket-hon
  {
    q: 'cháu gái tôi đi làm bên Hàn Quốc giờ muốn lấy chồng người Hàn, nó định về làng làm đám, thủ tục đăng ký kết hôn với người nước ngoài thì làm ở đâu hả cháu',
    expect: ['2.000806'],
    who: 'elderly',
  }, // ket-hon-nuoc-ngoai
  { q: 'con gai lay chong han quoc ve viet nam dang ky o dau', expect: ['2.000806'], who: 'rural' }, // ket-hon-nuoc-ngoai
  { q: 'kết hôn với người nước ngoài', expect: ['2.000806'], who: 'young' }, // ket-hon-nuoc-ngoai
  { q: 'con gái tôi lấy chồng Đài Loan rồi ly hôn bên ấy, giờ về nước muốn lấy chồng khác thì bản án ly hôn bên kia có phải làm gì ở đây nữa không cô', expect: ['2.000554'], who: 'elderly' }, // ghi-chu-ly-hon-nuoc-ngoai
  { q: 'ly hon o dai loan roi ve vn muon ket hon lai phai lam gi', expect: ['2.000554'], who: 'rural' }, // ghi-chu-ly-hon-nuoc-ngoai
  { q: 'ghi chú ly hôn ở nước ngoài', expect: ['2.000554'], who: 'young' }, // ghi-chu-ly-hon-nuoc-ngoai
  {
    q: 'vợ chồng con trai tôi làm bên Nhật sinh cháu bên ấy, đã có giấy khai sinh của Nhật rồi, giờ gửi cháu về cho ông bà nuôi thì phải làm giấy tờ gì để cháu nhập khẩu đi học',
    expect: ['2.000547', '1.004222'],
    who: 'elderly',
  }, // khai-sinh-sinh-o-nuoc-ngoai
  { q: 'chau sinh ben nhat co giay khai sinh nhat ve vn ghi vao so the nao', expect: ['2.000547'], who: 'rural' }, // khai-sinh-sinh-o-nuoc-ngoai
  { q: 'ghi vào sổ khai sinh ở nước ngoài', expect: ['2.000547'], who: 'young' }, // khai-sinh-sinh-o-nuoc-ngoai
  { q: 'con gái tôi đẻ cháu chưa cưới, giấy khai sinh bỏ trống tên bố, nay thằng kia nó nhận con rồi, muốn ghi tên bố vào thì phải làm thế nào hả chú', expect: ['1.001022'], who: 'elderly' }, // nhan-cha-con
  { q: 'khai sinh chau de trong ten bo gio bo no nhan con thi lam sao', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'đăng ký nhận cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  {
    q: 'bố mẹ hai đứa cháu tôi đều đi lao động ở Đài Loan, tôi là ông nội nuôi chúng nó, nhà trường bảo phải có giấy giám hộ thì mới ký được giấy tờ cho cháu, làm ở đâu',
    expect: ['1.004837'],
    who: 'elderly',
  }, // giam-ho-chau
  { q: 'ong ba nuoi chau bo me di xkld muon lam giam ho', expect: ['1.004837'], who: 'rural' }, // giam-ho-chau
  { q: 'đăng ký giám hộ cho cháu', expect: ['1.004837'], who: 'young' }, // giam-ho-chau
  { q: 'vợ chồng tôi muộn con, nuôi đứa cháu họ từ nhỏ, nay nó lớn rồi muốn làm giấy con nuôi hợp pháp cho nó sau này được hưởng đất, có làm được không cháu', expect: ['2.001263'], who: 'elderly' }, // nuoi-con-nuoi
  { q: 'nhan chau ho lam con nuoi lam thu tuc o xa dc ko', expect: ['2.001263'], who: 'rural' }, // nuoi-con-nuoi
  { q: 'thủ tục nhận con nuôi', expect: ['2.001263'], who: 'young' }, // nuoi-con-nuoi
  { q: 'ông cụ nhà tôi mất từ năm chín lăm, giờ anh em chia đất người ta đòi giấy chứng tử, ngày ấy có làm nhưng thất lạc mất rồi, xin bản sao lại được không', expect: ['2.000635'], who: 'elderly' }, // trich-luc-khai-tu
  { q: 'xin lai giay chung tu cua bo mat lau roi de lam so do', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-tu
  { q: 'bản sao trích lục khai tử', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-tu
  { q: 'bà nội tôi mất từ hồi chiến tranh, chưa ai khai tử cả, giờ làm thừa kế mảnh đất hương hỏa người ta bảo phải khai tử đã, mất lâu thế có khai được không', expect: ['1.000656'], who: 'elderly' }, // khai-tu-qua-han
  { q: 'ong mat tu nam 80 chua khai tu gio khai co dc ko', expect: ['1.000656'], who: 'rural' }, // khai-tu-qua-han
  { q: 'khai tử người mất lâu năm', expect: ['1.000656', '1.005461'], who: 'young' }, // khai-tu-qua-han
  { q: 'cháu tôi ở trong Sài Gòn về ở với ông bà để đi học, giờ tôi muốn nhập khẩu cho nó vào sổ nhà tôi, bây giờ không còn sổ hộ khẩu giấy thì làm thế nào', expect: ['1.004222'], who: 'elderly' }, // thuong-tru-chau
  { q: 'nhap khau cho chau ve o voi ong ba lam o cong an xa ha', expect: ['1.004222'], who: 'rural' }, // thuong-tru-chau
  { q: 'đăng ký thường trú cho cháu', expect: ['1.004222'], who: 'young' }, // thuong-tru-chau
  { q: 'chồng tôi mất rồi mà trên hộ khẩu vẫn còn tên, người ta bảo phải xóa đi thì mới làm được giấy tờ nhà đất, tôi phải ra công an hay ra xã hả cháu', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru
  { q: 'nguoi nha mat roi xoa ten khoi ho khau the nao', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru
  { q: 'xóa đăng ký thường trú', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru
  { q: 'thằng con tôi đi làm bên Hàn Quốc mấy năm, công an xã bảo phải khai báo tạm vắng cho nó, tôi là bố khai hộ có được không', expect: ['1.003677'], who: 'elderly' }, // tam-vang
  { q: 'con di nuoc ngoai lam co phai khai tam vang ko', expect: ['1.003677'], who: 'rural' }, // tam-vang
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // tam-vang
  { q: 'cháu tôi cần giấy xác nhận nơi ở để nộp hồ sơ thi, ngày trước có sổ hộ khẩu phô tô là xong, bây giờ không có sổ nữa thì xin giấy gì', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru
  { q: 'xin giay xac nhan cu tru thay so ho khau', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru
  { q: 'xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru
  {
    q: 'mẹ tôi năm nay chín mươi tuổi, nằm một chỗ không đi được, chứng minh thư cũ hết hạn lâu rồi, có cán bộ đến tận nhà làm căn cước cho cụ không cháu',
    expect: ['1.014061', '2.000200', '1.001247'],
    who: 'elderly',
  }, // cccd-nguoi-gia
  { q: 'me gia yeu ko di dc lam can cuoc tai nha dc ko', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' }, // cccd-nguoi-gia
  { q: 'làm căn cước cho người già', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' }, // cccd-nguoi-gia
  {
    q: 'cái thẻ căn cước gắn chip của tôi ghi sai quê quán, tôi là người Vũ Thư mà nó ghi Kiến Xương, giờ đi rút tiền ngân hàng người ta bắt bẻ, đổi lại thế nào',
    expect: ['1.014063', '2.001195', '1.000889', '1.012564'],
    who: 'elderly',
  }, // cccd-sai-thong-tin
  { q: 'cccd ghi sai que quan muon doi lai', expect: ['1.014063', '2.001195', '1.000889', '1.012564'], who: 'rural' }, // cccd-sai-thong-tin
  { q: 'cấp đổi căn cước sai thông tin', expect: ['1.014063', '2.001195', '1.000889', '1.012564'], who: 'young' }, // cccd-sai-thong-tin
  { q: 'các con tôi bảo bố phải cài cái định danh điện tử trên điện thoại để lĩnh lương hưu, tôi già rồi không biết bấm, ra đây có ai làm hộ được không', expect: ['3.000228'], who: 'elderly' }, // vneid
  { q: 'kich hoat vneid muc 2 cho ba gia o dau', expect: ['3.000228'], who: 'rural' }, // vneid
  { q: 'định danh điện tử mức 2', expect: ['3.000228'], who: 'young' }, // vneid
  { q: 'con gái tôi ở bên Hàn đẻ cháu, nó mời tôi sang trông cháu mấy tháng, tôi chưa có hộ chiếu bao giờ, làm ở tỉnh hay ở huyện hả cháu', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu
  { q: 'lam ho chieu de sang han tham con mat bao lau', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu
  { q: 'thằng cháu tôi sắp đi xuất khẩu lao động Nhật, công ty bảo phải có phiếu lý lịch tư pháp, nó đang học tiếng ở Hà Nội, ông xin hộ được không', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap
  { q: 'xin ly lich tu phap di xkld nhat ban', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'phiếu lý lịch tư pháp số 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  {
    q: 'bố mẹ tôi mất cả rồi, để lại năm sào ruộng với mảnh đất ở, mấy anh em đã thống nhất để tôi đứng tên, giờ sang tên sổ đỏ thừa kế thì làm từ đâu',
    expect: ['1.013831', '2.001406'],
    who: 'elderly',
  }, // thua-ke-dat
  { q: 'sang ten so do thua ke cua bo me de lai', expect: ['1.013831', '2.001406'], who: 'rural' }, // thua-ke-dat
  { q: 'đăng ký biến động thừa kế đất', expect: ['1.013831'], who: 'young' }, // thua-ke-dat
  {
    q: 'anh em tôi năm người đã họp gia đình chia đất của ông bà, giờ cần làm văn bản chia di sản cho có giá trị, xã có chứng thực được không hay phải lên phòng công chứng',
    expect: ['2.001406'],
    who: 'elderly',
  }, // thoa-thuan-di-san
  { q: 'van ban phan chia di san lam o xa dc ko', expect: ['2.001406'], who: 'rural' }, // thoa-thuan-di-san
  { q: 'chứng thực thỏa thuận phân chia di sản', expect: ['2.001406'], who: 'young' }, // thoa-thuan-di-san
  { q: 'tôi là con gái đã đi lấy chồng, không muốn nhận phần đất của bố mẹ để lại, nhường cho em trai thờ cúng, phải ký giấy từ chối ở đâu cháu', expect: ['2.001016'], who: 'elderly' }, // tu-choi-di-san
  { q: 'ky giay tu choi nhan thua ke nhuong cho em trai', expect: ['2.001016'], who: 'rural' }, // tu-choi-di-san
  { q: 'văn bản từ chối nhận di sản', expect: ['2.001016'], who: 'young' }, // tu-choi-di-san
  { q: 'tôi già rồi, muốn viết di chúc để lại nhà cho thằng út vì nó ở với tôi, mà sợ sau này các con tranh chấp, xã có chứng cho tôi không', expect: ['2.001019'], who: 'elderly' }, // lap-di-chuc
  { q: 'viet di chuc chia dat cho con can xa chung thuc ko', expect: ['2.001019'], who: 'rural' }, // lap-di-chuc
  { q: 'chứng thực di chúc', expect: ['2.001019'], who: 'young' }, // lap-di-chuc
  { q: 'vợ chồng tôi muốn cắt cho thằng thứ hai một phần đất vườn để nó làm nhà, làm hợp đồng cho tặng rồi sang tên luôn thì cần những giấy gì', expect: ['2.001035', '1.013831'], who: 'elderly' }, // tang-cho-dat
  { q: 'bo me cho con dat lam nha sang ten co mat thue ko', expect: ['1.013831', '2.001035'], who: 'rural' }, // tang-cho-dat
  { q: 'tặng cho quyền sử dụng đất', expect: ['2.001035', '1.013831'], who: 'young' }, // tang-cho-dat
  { q: 'mảnh đất nhà tôi ở từ năm tám mươi, có giấy biên lai nộp tiền hồi hợp tác xã mà chưa bao giờ được cấp sổ đỏ, bây giờ làm có được không cháu', expect: ['1.013978'], who: 'elderly' }, // cap-so-do-lan-dau
  { q: 'dat o tu nam 80 chua co so do gio lam lan dau', expect: ['1.013978'], who: 'rural' }, // cap-so-do-lan-dau
  { q: 'cấp sổ đỏ lần đầu', expect: ['1.013978'], who: 'young' }, // cap-so-do-lan-dau
  { q: 'nhà tôi bị dột, cái sổ đỏ để trong hòm bị mối xông mất, tìm mãi không thấy, giờ xin cấp lại có phải đăng báo gì không hả cháu', expect: ['1.012786'], who: 'elderly' }, // cap-lai-so-do-mat
  { q: 'so do bi mat xin cap lai lam the nao', expect: ['1.012786'], who: 'rural' }, // cap-lai-so-do-mat
  { q: 'cấp lại sổ đỏ bị mất', expect: ['1.012786'], who: 'young' }, // cap-lai-so-do-mat
  { q: 'sổ đỏ nhà tôi cấp từ năm chín mốt, giấy nó nhòe hết chữ rồi, con tôi bảo đổi sang sổ hồng mới cho chắc, thủ tục thế nào', expect: ['1.012783'], who: 'elderly' }, // cap-doi-so-do
  { q: 'so do cu rach nat doi so moi o dau', expect: ['1.012783'], who: 'rural' }, // cap-doi-so-do
  { q: 'cấp đổi giấy chứng nhận đất', expect: ['1.012783'], who: 'young' }, // cap-doi-so-do
  { q: 'nhà tôi có mảnh đất ba trăm mét, muốn chia đôi cho hai thằng con mỗi đứa một nửa làm nhà, phải làm tách thửa ra, có đủ diện tích không cô', expect: ['1.012784'], who: 'elderly' }, // tach-thua
  { q: 'tach thua dat cho 2 con toi thieu bao nhieu m', expect: ['1.012784'], who: 'rural' }, // tach-thua
  { q: 'thủ tục tách thửa', expect: ['1.012784'], who: 'young' }, // tach-thua
  { q: 'sổ đỏ nhà tôi ghi tên chồng tôi là Nguyễn Văn Thiệt trong khi tên thật là Thiết, giờ ông ấy mất rồi làm thừa kế vướng, sửa thế nào', expect: ['1.012790', '1.012796'], who: 'elderly' }, // dinh-chinh-so-do
  { q: 'so do ghi sai ten chu dat muon dinh chinh', expect: ['1.012790', '1.012796'], who: 'rural' }, // dinh-chinh-so-do
  { q: 'đính chính sổ đỏ sai tên', expect: ['1.012790', '1.012796'], who: 'young' }, // dinh-chinh-so-do
  { q: 'con trai tôi muốn vay ngân hàng để mở xưởng, ngân hàng bảo mang sổ đỏ của bố mẹ đi thế chấp, phải ra đăng ký ở đâu hả cháu', expect: ['1.011441'], who: 'elderly' }, // the-chap
  { q: 'the chap so do vay ngan hang dang ky o dau', expect: ['1.011441'], who: 'rural' }, // the-chap
  { q: 'đăng ký thế chấp đất', expect: ['1.011441'], who: 'young' }, // the-chap
  { q: 'tôi trả hết nợ ngân hàng nông nghiệp rồi, họ trả lại sổ đỏ nhưng vẫn còn dòng thế chấp trong đó, muốn xóa đi thì làm thế nào', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap
  { q: 'tra no xong roi xoa the chap so do', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap
  { q: 'xóa đăng ký thế chấp', expect: ['1.011443'], who: 'young' }, // xoa-the-chap
  { q: 'nhà tôi có mảnh đất vườn liền thổ cư, con trai muốn làm nhà trên đó, người ta bảo phải chuyển lên đất ở và nộp tiền, xin ở đâu hả cháu', expect: ['1.013949', '1.013823'], who: 'elderly' }, // chuyen-muc-dich-dat
  { q: 'chuyen dat vuon len tho cu het bao nhieu tien', expect: ['1.013949', '1.013823'], who: 'rural' }, // chuyen-muc-dich-dat
  { q: 'chuyển mục đích đất vườn sang đất ở', expect: ['1.013949', '1.013823'], who: 'young' }, // chuyen-muc-dich-dat
  { q: 'sổ ruộng nhà tôi ghi thời hạn sử dụng đến năm hai nghìn mười ba, giờ quá hạn rồi thì ruộng ấy có còn là của nhà tôi không, phải làm gì', expect: ['1.013947'], who: 'elderly' }, // het-han-dat-nong-nghiep
  { q: 'so ruong het han su dung dat roi co phai gia han ko', expect: ['1.013947'], who: 'rural' }, // het-han-dat-nong-nghiep
  { q: 'gia hạn đất nông nghiệp', expect: ['1.013947'], who: 'young' }, // het-han-dat-nong-nghiep
  { q: 'nhà bên cạnh xây tường lấn sang đất nhà tôi gần nửa mét, nói mãi không nghe, tôi muốn xã đứng ra hòa giải thì viết đơn gửi ai hả cháu', expect: ['1.012812'], who: 'elderly' }, // hoa-giai-dat
  { q: 'hang xom lan dat muon xa hoa giai', expect: ['1.012812'], who: 'rural' }, // hoa-giai-dat
  { q: 'đơn tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' }, // hoa-giai-dat
  { q: 'ruộng nhà tôi bảy mảnh nằm rải rác, tôi muốn đổi với nhà ông hàng xóm cho liền bờ liền thửa dễ cày cấy, hai nhà đồng ý rồi thì làm giấy ở đâu', expect: ['1.013831'], who: 'elderly' }, // don-dien-doi-thua
  { q: 'doi ruong cho hang xom cho lien thua can thu tuc j', expect: ['1.013831'], who: 'rural' }, // don-dien-doi-thua
  { q: 'chuyển đổi ruộng đất nông nghiệp', expect: ['1.013831'], who: 'young' }, // don-dien-doi-thua
  { q: 'mấy sào ruộng trũng cấy lúa không ăn thua, tôi muốn đào ao thả cá với trồng cây ăn quả, có phải xin phép xã không hay cứ làm', expect: ['1.008004'], who: 'elderly' }, // chuyen-doi-lua
  { q: 'ruong lua chuyen sang trong cay an qua co phai xin phep', expect: ['1.008004'], who: 'rural' }, // chuyen-doi-lua
  { q: 'chuyển đổi đất lúa sang nuôi cá', expect: ['1.008004'], who: 'young' }, // chuyen-doi-lua
  { q: 'con trai tôi gửi tiền về làm cái nhà hai tầng trên đất ông cha để lại, ở nông thôn thì có phải xin giấy phép xây dựng không cháu', expect: ['1.013225'], who: 'elderly' }, // xay-nha
  { q: 'xay nha 2 tang o que co can giay phep ko', expect: ['1.013225'], who: 'rural' }, // xay-nha
  { q: 'giấy phép xây nhà ở', expect: ['1.013225'], who: 'young' }, // xay-nha
  { q: 'nhà tôi có cái máy xay xát gạo cho bà con trong xóm, giờ thuế bảo phải đăng ký kinh doanh, tôi ngần này tuổi rồi có phải đăng ký hộ kinh doanh không', expect: ['1.001612'], who: 'elderly' }, // ho-kinh-doanh-xay-xat
  { q: 'mo xuong xay xat lua gao dang ky kinh doanh o dau', expect: ['1.001612'], who: 'rural' }, // ho-kinh-doanh-xay-xat
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' }, // ho-kinh-doanh-xay-xat
  { q: 'cửa hàng may đo đứng tên tôi, giờ mắt kém không may được nữa, muốn chuyển cho con dâu đứng tên thì làm thủ tục thay đổi thế nào', expect: ['2.000720'], who: 'elderly' }, // thay-doi-ho-kinh-doanh
  { q: 'doi chu ho kinh doanh tu me sang con dau', expect: ['2.000720'], who: 'rural' }, // thay-doi-ho-kinh-doanh
  { q: 'thay đổi chủ hộ kinh doanh', expect: ['2.000720'], who: 'young' }, // thay-doi-ho-kinh-doanh
  { q: 'tôi ốm phải đi viện mấy tháng, cái quán tạp hóa phải đóng cửa, có phải báo tạm nghỉ kinh doanh để khỏi đóng thuế không hả cháu', expect: ['1.001570'], who: 'elderly' }, // tam-ngung-kinh-doanh
  { q: 'nghi ban hang may thang bao tam ngung o dau', expect: ['1.001570'], who: 'rural' }, // tam-ngung-kinh-doanh
  { q: 'tạm ngừng hộ kinh doanh', expect: ['1.001570'], who: 'young' }, // tam-ngung-kinh-doanh
  { q: 'nhà tôi nuôi lợn với bán cám mấy chục năm, giờ già rồi nghỉ hẳn, cái giấy phép kinh doanh ngày xưa phải nộp lại cho ai cháu', expect: ['1.001266'], who: 'elderly' }, // cham-dut-kinh-doanh
  { q: 'nghi ban han roi tra lai giay phep kinh doanh', expect: ['1.001266'], who: 'rural' }, // cham-dut-kinh-doanh
  { q: 'chấm dứt hộ kinh doanh', expect: ['1.001266'], who: 'young' }, // cham-dut-kinh-doanh
  { q: 'tôi là vợ liệt sĩ, năm nào cũng nộp thuế đất ở, người ta bảo gia đình chính sách được miễn giảm, tôi phải làm đơn thế nào', expect: ['1.007695'], who: 'elderly' }, // thue-dat-o-mien-giam
  { q: 'gia dinh liet si co dc mien thue dat o ko', expect: ['1.007695'], who: 'rural' }, // thue-dat-o-mien-giam
  { q: 'miễn giảm thuế đất phi nông nghiệp', expect: ['1.007695'], who: 'young' }, // thue-dat-o-mien-giam
  { q: 'nhà tôi nuôi hơn trăm con lợn, thương lái bảo phải có giấy chứng nhận trại an toàn dịch bệnh mới mua giá cao, xin ở đâu vậy cháu', expect: ['1.011475'], who: 'elderly' }, // chuong-trai-thu-y
  { q: 'trai lon xin giay an toan dich benh o dau', expect: ['1.011475'], who: 'rural' }, // chuong-trai-thu-y
  { q: 'chứng nhận cơ sở an toàn dịch bệnh', expect: ['1.011475'], who: 'young' }, // chuong-trai-thu-y
  { q: 'tôi bán một xe lợn thịt cho người ta chở vào Thanh Hóa, họ bảo phải có giấy kiểm dịch thú y, ai cấp cho tôi', expect: ['1.002338'], who: 'elderly' }, // kiem-dich-lon
  { q: 'cho lon ra ngoai tinh can giay kiem dich', expect: ['1.002338'], who: 'rural' }, // kiem-dich-lon
  { q: 'kiểm dịch vận chuyển lợn', expect: ['1.002338'], who: 'young' }, // kiem-dich-lon
  { q: 'lợn nhà tôi chết hết vì dịch tả châu Phi, phải chôn cả đàn, nghe nói nhà nước có hỗ trợ, tôi phải làm giấy tờ gì để được nhận', expect: ['1.013997'], who: 'elderly' }, // ho-tro-dich-ta-lon
  { q: 'lon chet vi dich ta chau phi co dc ho tro ko', expect: ['1.013997'], who: 'rural' }, // ho-tro-dich-ta-lon
  { q: 'hỗ trợ thiệt hại dịch bệnh chăn nuôi', expect: ['1.013997'], who: 'young' }, // ho-tro-dich-ta-lon
  { q: 'chồng tôi nghỉ hưu ở nhà máy dệt Nam Định, ông ấy mất rồi, tôi nghe nói vợ được lĩnh tiền tuất hàng tháng, thủ tục thế nào hả cháu', expect: ['2.000821'], who: 'elderly' }, // tuat-bhxh
  { q: 'chong co luong huu mat roi vo dc huong tuat ko', expect: ['2.000821'], who: 'rural' }, // tuat-bhxh
  { q: 'chế độ tử tuất bhxh', expect: ['2.000821'], who: 'young' }, // tuat-bhxh
  { q: 'con dâu tôi làm công nhân may mười năm rồi nghỉ về quê trông con, nó muốn rút bảo hiểm một lần lấy tiền làm nhà, có được không cháu', expect: ['1.001613'], who: 'elderly' }, // bhxh-mot-lan
  { q: 'nghi lam cong ty roi rut bhxh 1 lan dc ko', expect: ['1.001613'], who: 'rural' }, // bhxh-mot-lan
  { q: 'rút bhxh một lần', expect: ['1.001613'], who: 'young' }, // bhxh-mot-lan
  { q: 'cái thẻ bảo hiểm y tế của tôi rơi đâu mất, mai phải đi khám mắt trên huyện, tôi xin cấp lại có nhanh không cháu', expect: ['1.002759'], who: 'elderly' }, // the-bhyt-mat
  { q: 'mat the bhyt xin lai o dau', expect: ['1.002759'], who: 'rural' }, // the-bhyt-mat
  { q: 'cấp lại thẻ bhyt', expect: ['1.002759'], who: 'young' }, // the-bhyt-mat
  { q: 'nhà tôi có hai ông bà với hai đứa cháu lớn, chưa có bảo hiểm y tế, muốn mua theo hộ gia đình cho rẻ thì đăng ký ở đâu', expect: ['1.001939'], who: 'elderly' }, // bhyt-ho-gia-dinh
  { q: 'mua bhyt ho gia dinh cho ca nha o dau', expect: ['1.001939'], who: 'rural' }, // bhyt-ho-gia-dinh
  { q: 'bhyt hộ gia đình', expect: ['1.001939'], who: 'young' }, // bhyt-ho-gia-dinh
  { q: 'thẻ bảo hiểm của tôi đăng ký khám ở trạm xá, tôi muốn đổi lên bệnh viện huyện cho tiện khám tiểu đường, có đổi được không', expect: ['1.002759'], who: 'elderly' }, // doi-noi-kham
  { q: 'doi noi kham chua benh ban dau len benh vien huyen', expect: ['1.002759'], who: 'rural' }, // doi-noi-kham
  { q: 'đổi nơi đăng ký khám bhyt', expect: ['1.002759'], who: 'young' }, // doi-noi-kham
  { q: 'con gái tôi buôn bán ở chợ, không làm công ty, muốn tự đóng bảo hiểm để già có lương hưu như bố mẹ, đóng ở đâu cháu', expect: ['1.002179'], who: 'elderly' }, // bhxh-tu-nguyen
  { q: 'buon ban tu do muon dong bao hiem de co luong huu', expect: ['1.002179'], who: 'rural' }, // bhxh-tu-nguyen
  { q: 'tham gia bhxh tự nguyện', expect: ['1.002179'], who: 'young' }, // bhxh-tu-nguyen
  { q: 'sổ bảo hiểm xã hội của tôi ghi sai năm sinh so với căn cước, sắp đến tuổi hưu rồi, tôi sợ không lĩnh được lương, phải điều chỉnh thế nào', expect: ['1.002759'], who: 'elderly' }, // sai-so-bhxh
  { q: 'so bhxh sai nam sinh dieu chinh lai o dau', expect: ['1.002759'], who: 'rural' }, // sai-so-bhxh
  { q: 'điều chỉnh thông tin sổ bhxh', expect: ['1.002759'], who: 'young' }, // sai-so-bhxh
  { q: 'nhà tôi hai ông bà già ốm đau, con cái đi làm không gửi tiền về, thu nhập chẳng có gì, có được xét vào hộ nghèo hay cận nghèo không cháu', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-ngheo
  { q: 'xin xet ho can ngheo cho 2 ong ba gia', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-ngheo
  { q: 'công nhận hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-ngheo
  { q: 'tôi học hết cấp ba năm tám lăm, cái bằng tốt nghiệp bị mất, giờ con cháu làm lý lịch đảng viên cần, có xin bản sao được không cháu', expect: ['2.000908'], who: 'elderly' }, // ban-sao-bang-tot-nghiep
  { q: 'mat bang tot nghiep cap 3 nam 85 xin lai dc ko', expect: ['2.000908'], who: 'rural' }, // ban-sao-bang-tot-nghiep
  { q: 'cấp bản sao bằng tốt nghiệp', expect: ['2.000908'], who: 'young' }, // ban-sao-bang-tot-nghiep
  { q: 'tôi có cái bằng lái xe máy bằng giấy bìa từ năm chín sáu, cháu bảo phải đổi sang thẻ nhựa không thì công an phạt, đổi ở đâu cháu', expect: ['3.000347'], who: 'elderly' }, // doi-gplx
  { q: 'doi bang lai xe giay sang the pet o dau', expect: ['3.000347'], who: 'rural' }, // doi-gplx
  { q: 'đổi gplx giấy bìa', expect: ['3.000347'], who: 'young' }, // doi-gplx
  { q: 'đi chợ về tôi đánh rơi cái ví có bằng lái xe máy, già rồi không thi lại nổi, xin cấp lại thì có phải thi không', expect: ['3.000348'], who: 'elderly' }, // cap-lai-gplx
  { q: 'mat bang lai xe may xin cap lai co phai thi ko', expect: ['3.000348'], who: 'rural' }, // cap-lai-gplx
  { q: 'cấp lại gplx bị mất', expect: ['3.000348'], who: 'young' }, // cap-lai-gplx
  { q: 'cái xe máy Dream đứng tên ông nhà tôi, ông mất rồi, giờ thằng cháu đi làm muốn sang tên sang nó cho khỏi bị phạt, làm ở công an nào', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe
  { q: 'xe may dung ten bo da mat sang ten cho con', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe
  { q: 'sang tên xe máy', expect: ['1.013076'], who: 'young' }, // sang-ten-xe
  { q: 'tôi già yếu lại là gia đình chính sách, đang bị người ta kiện chuyện đất, không có tiền thuê luật sư, có ai giúp tôi miễn phí không cháu', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'nguoi gia ngheo can luat su mien phi', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'trợ giúp pháp lý miễn phí', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  { q: 'vợ chồng tôi già rồi, muốn bán bớt một mảnh đất ao để lấy tiền chữa bệnh, làm hợp đồng mua bán ở xã chứng thực có được không cháu', expect: ['2.001035'], who: 'elderly' }, // mua-ban-dat-chung-thuc
  { q: 'ban dat cong chung hop dong o xa dc ko', expect: ['2.001035'], who: 'rural' }, // mua-ban-dat-chung-thuc
  { q: 'chứng thực hợp đồng chuyển nhượng đất', expect: ['2.001035'], who: 'young' }, // mua-ban-dat-chung-thuc
  { q: 'con trai tôi ở bên Séc, sổ đỏ đứng tên nó, giờ muốn ủy quyền cho tôi ở nhà bán mảnh đất ấy, giấy ủy quyền làm thế nào cho hợp lệ', expect: ['2.001035'], who: 'elderly' }, // uy-quyen
  { q: 'lam giay uy quyen cho bo me o nha', expect: ['2.001035', '2.000884'], who: 'rural' }, // uy-quyen
  { q: 'chứng thực hợp đồng ủy quyền', expect: ['2.001035'], who: 'young' }, // uy-quyen
  { q: 'trong vườn nhà tôi có mấy cây xà cừ to trồng từ thời hợp tác xã, giờ muốn chặt bán gỗ, có phải xin phép kiểm lâm hay xã không', expect: ['1.000045'], who: 'elderly' }, // khai-thac-cay-trong
  { q: 'chat cay xa cu trong vuon ban go co can xin phep', expect: ['1.000045'], who: 'rural' }, // khai-thac-cay-trong
  { q: 'khai thác gỗ cây trồng phân tán', expect: ['1.000045'], who: 'young' }, // khai-thac-cay-trong
  { q: 'thằng cháu ngoại tôi ở Giao Thủy mới đóng cái tàu đánh cá vỏ sắt, nó đi biển suốt, tôi ra hỏi hộ xem đăng ký tàu ở đâu', expect: ['1.003650'], who: 'elderly' }, // tau-ca
  { q: 'dong tau ca moi dang ky o dau', expect: ['1.003650'], who: 'rural' }, // tau-ca
  { q: 'đăng ký tàu cá', expect: ['1.003650'], who: 'young' }, // tau-ca
  { q: 'vợ chồng tôi cưới năm bảy tám, có giấy đăng ký kết hôn mà rách mất rồi, giờ ngân hàng đòi để làm thừa kế, xin lại bản sao được không', expect: ['2.000635'], who: 'elderly' }, // trich-luc-ket-hon
  { q: 'xin ban sao giay dang ky ket hon cu', expect: ['2.000635'], who: 'rural' }, // trich-luc-ket-hon
  { q: 'trích lục kết hôn', expect: ['2.000635'], who: 'young' }, // trich-luc-ket-hon
  {
    q: 'cháu nội tôi mới đẻ được hai tháng, làm khai sinh xong rồi mà chưa thấy thẻ bảo hiểm y tế, trẻ con dưới sáu tuổi là được miễn phí phải không',
    expect: ['2.000986', '2.001023'],
    who: 'elderly',
  }, // bhyt-tre-duoi-6
  { q: 'the bhyt tre em duoi 6 tuoi lam o dau', expect: ['2.000986', '2.001023'], who: 'rural' }, // bhyt-tre-duoi-6
  { q: 'khai sinh thường trú bhyt liên thông', expect: ['2.000986', '2.001023'], who: 'young' }, // bhyt-tre-duoi-6
  { q: 'sổ đỏ nhà tôi chỉ có đất, cái nhà mới xây chưa có tên trong đó, con cháu bảo phải đăng ký thêm nhà vào sổ cho đủ, thủ tục thế nào', expect: ['1.013995'], who: 'elderly' }, // bo-sung-nha-vao-so
  { q: 'nha moi xay muon bo sung vao so do', expect: ['1.013995'], who: 'rural' }, // bo-sung-nha-vao-so
  { q: 'đăng ký tài sản gắn liền với đất', expect: ['1.013995'], who: 'young' }, // bo-sung-nha-vao-so
];

/** Queries with no answering procedure in the crawl; the reason is given per situation. */
export const TWENTYEIGHTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // ho-tro-thien-tai: crop/livestock losses from storms: no citizen support procedure for disaster losses in the crawl (only tax relief and dyke items)
  { q: 'cơn bão vừa rồi làm đổ rạp hết lúa nhà tôi với sập cái chuồng lợn, xã có hỗ trợ gì không, phải khai báo với ai', who: 'elderly' },
  { q: 'bao lam do het lua co ho tro thiet hai ko', who: 'rural' },
  { q: 'hỗ trợ thiệt hại thiên tai', who: 'young' },
  // tro-cap-cao-tuoi: monthly social allowance for the elderly: social-protection (bao tro xa hoi) field absent from the crawl
  { q: 'tôi năm nay tám mươi tuổi, không có lương hưu, mấy bà trong xóm được lĩnh tiền người già hàng tháng, tôi làm đơn ở đâu để được hưởng', who: 'elderly' },
  { q: 'ba 80 tuoi ko luong huu xin tro cap nguoi gia', who: 'rural' },
  { q: 'trợ cấp xã hội người cao tuổi', who: 'young' },
  // xac-dinh-khuyet-tat: disability assessment: social-protection field absent from the crawl
  { q: 'thằng cháu nội tôi bị bại não từ bé, bố mẹ nó đi làm xa, tôi muốn xin cho cháu giấy chứng nhận khuyết tật để được trợ cấp thì phải làm sao', who: 'elderly' },
  { q: 'chau bi bai nao xin giay khuyet tat o dau', who: 'rural' },
  { q: 'giấy xác nhận khuyết tật', who: 'young' },
  // tro-cap-khuyet-tat: disability allowance: social-protection field absent from the crawl
  { q: 'con tôi bị tâm thần đã có giấy khuyết tật nặng rồi, mà chưa được nhận tiền hàng tháng, tôi già rồi không nuôi nổi, xin trợ cấp thế nào', who: 'elderly' },
  { q: 'co giay khuyet tat roi xin tro cap hang thang', who: 'rural' },
  { q: 'trợ cấp người khuyết tật nặng', who: 'young' },
  // mai-tang-bao-tro: funeral support for a social-allowance beneficiary: social-protection field absent
  { q: 'mẹ tôi đang lĩnh trợ cấp người già thì mất, người ta bảo được hỗ trợ tiền mai táng, tôi là con phải nộp giấy gì ra xã', who: 'elderly' },
  { q: 'me huong tro cap xa hoi mat roi xin tien mai tang', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // mai-tang-nguoi-co-cong: funeral allowance for an army invalid: people-of-merit procedures absent (only police-force twins, which do not fit an army veteran)
  { q: 'bố tôi là thương binh, đi bộ đội chống Mỹ, cụ vừa mất tuần trước, các cháu bảo gia đình được hưởng tiền mai táng phí với tuất, làm thế nào', who: 'elderly' },
  { q: 'bo la thuong binh moi mat xin tro cap mai tang', who: 'rural' },
  { q: 'mai táng phí người có công', who: 'young' },
  // luong-huu: ordinary old-age pension claim: only the commune-cadre pension procedure is in the crawl, not the worker one
  { q: 'tôi đóng bảo hiểm ở hợp tác xã với nhà máy gộp lại được hai mươi năm, năm nay đủ tuổi rồi, muốn làm hồ sơ về hưu thì nộp ở đâu', who: 'elderly' },
  { q: 'du tuoi nghi huu lam ho so huong luong huu o dau', who: 'rural' },
  { q: 'hồ sơ hưởng lương hưu', who: 'young' },
  // di-chuyen-hai-cot-liet-si: moving a martyr grave: people-of-merit procedures absent
  { q: 'anh trai tôi hy sinh ở Quảng Trị, mộ đang ở nghĩa trang trong ấy, tôi già rồi muốn đưa anh về nghĩa trang quê cho gần, phải xin phép những đâu', who: 'elderly' },
  { q: 'dua mo liet si tu quang tri ve que thu tuc the nao', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // tho-cung-liet-si: martyr worship allowance: people-of-merit procedures absent
  { q: 'bố mẹ tôi mất cả rồi, tôi là em ruột thờ cúng anh trai liệt sĩ, nghe nói người thờ cúng được nhận tiền hằng năm, tôi làm đơn ở đâu', who: 'elderly' },
  { q: 'tien tho cung liet si nguoi tho cung nhan the nao', who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', who: 'young' },
  // cong-nhan-liet-si: recognising an army martyr: only the police-force variant exists in the crawl
  { q: 'chú tôi đi bộ đội năm bảy hai rồi không thấy về, có giấy báo tử mà chưa bao giờ được công nhận liệt sĩ, giờ còn làm hồ sơ được không cháu', who: 'elderly' },
  { q: 'chu di bo doi mat chua dc cong nhan liet si', who: 'rural' },
  { q: 'hồ sơ công nhận liệt sĩ', who: 'young' },
  // chat-doc-da-cam: agent orange allowance for an army veteran: only the police-force variant exists
  { q: 'tôi đi chiến trường B về, sinh con ra bị dị tật, người ta bảo có khi do chất độc da cam, tôi muốn làm hồ sơ hưởng chế độ thì làm thế nào', who: 'elderly' },
  { q: 'bo di chien truong ve con bi di tat xin che do da cam', who: 'rural' },
  { q: 'chế độ nhiễm chất độc hóa học', who: 'young' },
  // khang-chien-ho-tro: one-off allowance for wartime civilian labourers: people-of-merit procedures absent
  { q: 'tôi tham gia dân công hỏa tuyến thời chống Mỹ, ở xóm có người được nhận tiền một lần rồi, tôi chưa được gì, giấy tờ ngày xưa thì mất hết', who: 'elderly' },
  { q: 'di dan cong hoa tuyen co dc tro cap 1 lan ko', who: 'rural' },
  { q: 'trợ cấp người tham gia kháng chiến', who: 'young' },
  // bang-to-quoc-ghi-cong: replacing a merit certificate for an army martyr: people-of-merit procedures absent
  { q: 'tấm bằng Tổ quốc ghi công của anh tôi treo trên bàn thờ bị ẩm mốc rách hết, tôi muốn xin cấp lại cái mới để thờ, có được không', who: 'elderly' },
  { q: 'bang to quoc ghi cong bi rach xin cap lai', who: 'rural' },
  { q: 'cấp lại bằng tổ quốc ghi công', who: 'young' },
  // thuong-binh-giam-dinh: re-assessing a war invalid: people-of-merit procedures absent (police variant does not fit)
  { q: 'tôi là thương binh bốn phần tư, vết thương cũ giờ tái phát đau lắm, nghe nói được đi giám định lại tỷ lệ thương tật, phải làm đơn gửi ai hả cháu', who: 'elderly' },
  { q: 'thuong binh xin giam dinh lai ty le thuong tat', who: 'rural' },
  { q: 'giám định lại thương tật', who: 'young' },
  // than-nhan-liet-si: allowance for martyr relatives: people-of-merit procedures absent
  { q: 'mẹ chồng tôi là mẹ liệt sĩ, cụ mất rồi, giờ em chồng tôi là con liệt sĩ bị ốm không tự lo được, có được hưởng trợ cấp nuôi dưỡng gì không', who: 'elderly' },
  { q: 'con liet si om dau co dc tro cap hang thang ko', who: 'rural' },
  { q: 'trợ cấp thân nhân liệt sĩ', who: 'young' },
  // mien-hoc-phi: tuition exemption: education field absent from the crawl
  { q: 'hai đứa cháu mồ côi bố tôi đang nuôi, học cấp hai, nghe nói con mồ côi được miễn học phí, tôi phải làm đơn nộp ở trường hay ở xã', who: 'elderly' },
  { q: 'chau mo coi co dc mien hoc phi ko', who: 'rural' },
  { q: 'miễn giảm học phí', who: 'young' },
  // chuyen-truong: school transfer: education field absent from the crawl
  { q: 'cháu tôi đang học lớp bảy trong Đồng Nai, bố mẹ nó gửi về quê cho ông bà nuôi, giờ xin chuyển trường về xã mình thì làm thế nào', who: 'elderly' },
  { q: 'chuyen truong cho chau tu mien nam ve que', who: 'rural' },
  { q: 'chuyển trường thcs', who: 'young' },
  // bao-tro-vao-trung-tam: admission to a state care home: social-protection field absent
  { q: 'ông cụ hàng xóm tôi không vợ không con, ốm yếu không ai chăm, chúng tôi muốn xin cho cụ vào trại dưỡng lão nhà nước thì làm đơn thế nào', who: 'elderly' },
  { q: 'nguoi gia co don ko ai cham xin vao trung tam bao tro', who: 'rural' },
  { q: 'vào cơ sở bảo trợ xã hội', who: 'young' },
  // that-nghiep: unemployment benefit claim: employment field absent (only proxy collection exists)
  { q: 'thằng con tôi làm công ty giày ở Hải Dương bị cho nghỉ việc, nó về quê, nghe nói được lĩnh bảo hiểm thất nghiệp, nộp ở đâu cháu', who: 'elderly' },
  { q: 'bi cho nghi viec xin huong that nghiep o dau', who: 'rural' },
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' },
  // bhyt-nguoi-cao-tuoi: free health card for 80+: comes with the social allowance, whose procedure is absent
  { q: 'tôi nghe nói người già trên tám mươi tuổi có lương trợ cấp thì được cấp thẻ bảo hiểm miễn phí, tôi tám hai tuổi rồi mà chưa có, hỏi ai', who: 'elderly' },
  { q: 'nguoi gia tren 80 co dc cap bhyt mien phi ko', who: 'rural' },
  { q: 'thẻ bhyt người cao tuổi', who: 'young' },
  // nha-o-ho-ngheo: house-building support for a poor family: only a provincial scheme approval exists, no citizen application
  { q: 'nhà tôi là hộ nghèo, căn nhà tranh dột nát sắp đổ, nghe nói nhà nước có chương trình hỗ trợ làm nhà cho hộ nghèo, tôi phải đăng ký ở đâu', who: 'elderly' },
  { q: 'ho ngheo xin ho tro lam nha', who: 'rural' },
  { q: 'hỗ trợ nhà ở hộ nghèo', who: 'young' },
  // nghia-trang-o: buying a cemetery plot: village/commune service, not a catalogue procedure
  { q: 'ông nhà tôi già yếu rồi, tôi muốn mua trước một chỗ trong nghĩa trang xã cho ông, có phải đăng ký ở ủy ban không hay hỏi ban nghĩa trang thôn', who: 'elderly' },
  { q: 'dang ky mua cho trong nghia trang xa', who: 'rural' },
  { q: 'mua đất nghĩa trang', who: 'young' },
  // sang-ten-cong-to-dien: electricity contract transfer: utility company, not a procedure
  { q: 'công tơ điện nhà tôi vẫn đứng tên ông cụ đã mất mười năm nay, giờ điện lực bảo phải sang tên cho con, có làm ở đây được không', who: 'elderly' },
  { q: 'sang ten cong to dien cho con', who: 'rural' },
  { q: 'đổi tên hợp đồng điện', who: 'young' },
  // vay-von-chinh-sach: policy-bank loan: bank product, not a procedure
  { q: 'thằng cháu tôi muốn vay ngân hàng chính sách mấy chục triệu để đi lao động Nhật, người ta bảo phải qua hội phụ nữ, tôi hỏi ở đây có được không', who: 'elderly' },
  { q: 'vay von ngan hang chinh sach di xkld', who: 'rural' },
  { q: 'vay vốn ngân hàng chính sách', who: 'young' },
  // lua-dao-dien-thoai: scam phone call: police report, not a catalogue procedure
  { q: 'có đứa gọi điện bảo là công an huyện, nói tôi dính vào vụ án phải chuyển tiền, tôi sợ quá, cháu xem giúp có phải thật không', who: 'elderly' },
  { q: 'co nguoi goi xung cong an doi chuyen tien', who: 'rural' },
  { q: 'báo cuộc gọi lừa đảo', who: 'young' },
  // tien-ve-sinh: village waste fee and contributions: local fee, not a procedure
  { q: 'thôn thu tiền rác với tiền đóng góp làm đường bê tông, nhà tôi có hai ông bà già thì có được miễn không, nộp ở đâu cháu', who: 'elderly' },
  { q: 'dong tien rac o dau nguoi gia co dc mien ko', who: 'rural' },
  { q: 'phí thu gom rác', who: 'young' },
  // sim-chinh-chu: SIM registration: telecom operator, not a procedure
  { q: 'điện thoại của tôi nhà mạng nhắn tin bảo phải chuẩn hóa thông tin thuê bao không thì bị khóa, tôi không biết làm, ra đây nhờ được không', who: 'elderly' },
  { q: 'sim bi khoa chuan hoa thong tin thue bao', who: 'rural' },
  { q: 'đăng ký sim chính chủ', who: 'young' },
  // dong-ho-nuoc: piped water connection: water company, not a procedure
  { q: 'xã mới kéo nước máy về thôn, nhà tôi muốn lắp đồng hồ nước sạch, đăng ký ở đâu mất bao nhiêu tiền hả cháu', who: 'elderly' },
  { q: 'lap nuoc may sach ve nha dang ky o dau', who: 'rural' },
  { q: 'lắp đặt nước sạch', who: 'young' },
  // tiem-chung-chau: child vaccination: health station service, not a procedure
  { q: 'cháu tôi hai tuổi mà bố mẹ đi làm không tiêm đủ mũi, giờ tôi muốn đăng ký tiêm chủng cho nó, ở ủy ban có đăng ký không', who: 'elderly' },
  { q: 'dang ky tiem chung cho chau o dau', who: 'rural' },
  { q: 'lịch tiêm chủng trẻ em', who: 'young' },
];
