import type { CitizenQuery } from './dev-set';

/** THIRTYFIFTH blind held-out set (issue 17). Persona: a northern border commune of Lạng Sơn / Cao Bằng: Tày and Nùng
 *  families, cinnamon, star anise and forest plantations, cross-border trade and porters at the border gate, marriages with
 *  Chinese nationals, children born across the border, buffalo and cattle, hydro-power land clearance, old forest-land papers,
 *  young people working in Bắc Ninh factories; elderly voices speak Vietnamese as a second language.
 *  Written 2026-12-07 (UTC) blind: queries drafted before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtyfifth-draft-20261207T0853Z.txt  sha256 3497c6ddf44fa4c16a550cc293cf0206c55e46d0cb15ea3feacb33772d3ef623
 *  345 queries (115 situations x 3 voices): 246 labelled (elderly 82, rural 82, young 82), 99 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYFIFTH_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'Cháu ơi, bố mẹ nó đi làm công ty ở Bắc Ninh hết rồi, bà ở nhà trông cháu, giờ bà muốn làm giấy khai sinh cho nó thì bà làm được không?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // khai-sinh-chau-bo-me-lam-bac-ninh
  { q: 'bo me di lam bac ninh ong ba o nha lam khai sih cho chau dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // khai-sinh-chau-bo-me-lam-bac-ninh
  { q: 'ông bà làm khai sinh hộ cháu', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // khai-sinh-chau-bo-me-lam-bac-ninh
  {
    q: 'Con gái tôi lấy chồng bên Tàu, đẻ con bên ấy không có giấy tờ gì, nay nó bế con về Tràng Định ở với tôi, muốn làm khai sinh cho thằng bé ở bên mình thì làm thế nào?',
    expect: ['2.000528'],
    who: 'elderly',
  }, // khai-sinh-con-de-ben-tq-khong-giay
  { q: 'con de ben trung quoc ve ko co giay to j muon lam khai sinh o viet nam', expect: ['2.000528'], who: 'rural' }, // khai-sinh-con-de-ben-tq-khong-giay
  { q: 'khai sinh cho con sinh ở Trung Quốc chưa đăng ký', expect: ['2.000528'], who: 'young' }, // khai-sinh-con-de-ben-tq-khong-giay
  { q: 'Cháu tôi đẻ ở bệnh viện Bằng Tường, có giấy khai sinh chữ Tàu rồi, giờ về bên này có phải làm lại cái giấy Việt Nam không cô?', expect: ['2.000547'], who: 'elderly' }, // ghi-chu-khai-sinh-giay-tq
  { q: 'co giay khai sinh tieng trung roi ve vn lam sao cho hop le', expect: ['2.000547'], who: 'rural' }, // ghi-chu-khai-sinh-giay-tq
  { q: 'ghi vào sổ hộ tịch khai sinh ở nước ngoài', expect: ['2.000547'], who: 'young' }, // ghi-chu-khai-sinh-giay-tq
  { q: 'Con gái tôi đẻ ở trạm y tế xã, bố đứa bé là người Trung Quốc, giờ làm khai sinh cho cháu thì làm ở đâu hả cháu?', expect: ['1.000110', '2.000528'], who: 'elderly' }, // khai-sinh-con-bo-tq
  { q: 'khai sinh cho con co bo la nguoi trung quoc me nguoi viet', expect: ['1.000110', '2.000528'], who: 'rural' }, // khai-sinh-con-bo-tq
  { q: 'khai sinh con bố nước ngoài', expect: ['1.000110', '2.000528'], who: 'young' }, // khai-sinh-con-bo-tq
  {
    q: 'Tôi bảy mươi hai tuổi rồi, cái giấy khai sinh cũ nó mất từ hồi nhà bị lũ cuốn năm 1986, giờ làm sổ đỏ người ta bảo phải có, già rồi làm lại được không cháu?',
    expect: ['1.004884', '1.004772'],
    who: 'elderly',
  }, // dang-ky-lai-khai-sinh-nguoi-gia
  { q: 'giay khai sinh cu mat tu lau nguoi gia 70 tuoi lam lai the nao', expect: ['1.004884', '1.004772'], who: 'rural' }, // dang-ky-lai-khai-sinh-nguoi-gia
  { q: 'đăng ký lại khai sinh bị mất', expect: ['1.004884', '1.004772'], who: 'young' }, // dang-ky-lai-khai-sinh-nguoi-gia
  { q: 'Ông nhà tôi mất hôm rằm rồi, ở nhà, ốm lâu, giờ phải báo tử ở đâu?', expect: ['1.000656'], who: 'elderly' }, // khai-tu-bo-gia
  { q: 'bo chet o nha roi can lam giay bao tu', expect: ['1.000656'], who: 'rural' }, // khai-tu-bo-gia
  { q: 'khai tử cho bố', expect: ['1.000656'], who: 'young' }, // khai-tu-bo-gia
  {
    q: 'Thằng con tôi đi vác hàng thuê bên kia biên giới, bị tai nạn chết bên Trung Quốc, người ta đưa xác về rồi, giờ làm giấy chết cho nó thế nào cháu ơi?',
    expect: ['2.000547', '1.000656'],
    who: 'elderly',
  }, // khai-tu-nguoi-chet-ben-tq
  { q: 'con di boc vac ben tq bi tai nan chet ben do lam khai tu o dau', expect: ['2.000547', '1.000656'], who: 'rural' }, // khai-tu-nguoi-chet-ben-tq
  { q: 'khai tử người chết ở Trung Quốc', expect: ['2.000547', '1.000656'], who: 'young' }, // khai-tu-nguoi-chet-ben-tq
  { q: 'Thằng út nhà bà sắp cưới con gái bản bên, phải lên xã làm cái giấy đăng ký kết hôn, cần mang theo cái gì?', expect: ['1.000894'], who: 'elderly' }, // ket-hon-trong-nuoc
  { q: 'lam giay ket hon can mang j', expect: ['1.000894'], who: 'rural' }, // ket-hon-trong-nuoc
  { q: 'đăng ký kết hôn cần giấy tờ gì', expect: ['1.000894'], who: 'young' }, // ket-hon-trong-nuoc
  { q: 'Con gái tôi muốn lấy chồng người Trung Quốc ở Long Châu, hai đứa muốn làm giấy cưới cho đúng luật ở bên mình.', expect: ['2.000806', '1.000094'], who: 'elderly' }, // ket-hon-nguoi-tq
  { q: 'lay chong nguoi trung quoc lam giay ket hon o dau', expect: ['2.000806', '1.000094'], who: 'rural' }, // ket-hon-nguoi-tq
  { q: 'kết hôn với người Trung Quốc', expect: ['2.000806', '1.000094'], who: 'young' }, // ket-hon-nguoi-tq
  { q: 'Hai đứa nó cưới bên Tàu, có giấy kết hôn bên ấy rồi, giờ về quê mình có phải đăng ký lại không?', expect: ['2.002189'], who: 'elderly' }, // ghi-chu-ket-hon-tq
  { q: 'da dang ky ket hon ben trung quoc ve vn co phai lam lai ko', expect: ['2.002189'], who: 'rural' }, // ghi-chu-ket-hon-tq
  { q: 'ghi chú kết hôn ở nước ngoài', expect: ['2.002189'], who: 'young' }, // ghi-chu-ket-hon-tq
  { q: 'Cháu gái tôi sang bên kia lấy chồng, người ta đòi giấy chứng nhận nó chưa có chồng, xin ở đâu?', expect: ['1.004873'], who: 'elderly' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'xin giay xac nhan chua co chong de lay chong tq', expect: ['1.004873'], who: 'rural' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'Cái anh người Tàu nó có con với con gái tôi, giờ nó muốn nhận con cho đúng, để cháu mang tên bố, thì làm thế nào?', expect: ['2.000779', '1.000080'], who: 'elderly' }, // nhan-cha-con-nguoi-tq
  { q: 'bo nguoi trung quoc muon nhan con lam thu tuc j', expect: ['2.000779', '1.000080'], who: 'rural' }, // nhan-cha-con-nguoi-tq
  { q: 'nhận cha con có yếu tố nước ngoài', expect: ['2.000779', '1.000080'], who: 'young' }, // nhan-cha-con-nguoi-tq
  { q: 'Tên tôi là Hoàng Thị Slao, mà ngày xưa cán bộ viết thành Sao, giấy khai sinh sai chữ, giờ sửa lại có được không cháu?', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-ten-tay-nung
  { q: 'ten trong giay khai sinh bi viet sai chu muon sua lai', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten-tay-nung
  { q: 'cải chính họ tên trong giấy khai sinh', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten-tay-nung
  { q: 'Bố nó người Nùng, mẹ nó người Tày, ngày xưa khai sinh ghi dân tộc Tày, giờ nó muốn đổi theo bố là Nùng, có được không?', expect: ['1.004859'], who: 'elderly' }, // xac-dinh-lai-dan-toc
  { q: 'doi dan toc cho con tu tay sang nung theo bo', expect: ['1.004859'], who: 'rural' }, // xac-dinh-lai-dan-toc
  { q: 'xác định lại dân tộc', expect: ['1.004859'], who: 'young' }, // xac-dinh-lai-dan-toc
  { q: 'Cô ơi, cho tôi xin thêm mấy bản giấy khai sinh của cháu để nộp cho trường nó học.', expect: ['2.000635'], who: 'elderly' }, // trich-luc-ban-sao-khai-sinh
  { q: 'xin ban sao giay khai sinh', expect: ['2.000635'], who: 'rural' }, // trich-luc-ban-sao-khai-sinh
  { q: 'trích lục khai sinh bản sao', expect: ['2.000635'], who: 'young' }, // trich-luc-ban-sao-khai-sinh
  { q: 'Bố mẹ thằng bé chết cả rồi, tôi là bà nội nuôi nó, người ta bảo phải làm giấy giám hộ, làm thế nào?', expect: ['1.004837'], who: 'elderly' }, // giam-ho-chau-mo-coi
  { q: 'ba noi nuoi chau mo coi lam giay giam ho', expect: ['1.004837'], who: 'rural' }, // giam-ho-chau-mo-coi
  { q: 'đăng ký giám hộ cho cháu', expect: ['1.004837'], who: 'young' }, // giam-ho-chau-mo-coi
  { q: 'Con gái tôi ly hôn với chồng Trung Quốc ở tòa bên ấy rồi, giờ về Việt Nam muốn lấy chồng khác, giấy tờ bên kia có dùng được không?', expect: ['2.000554'], who: 'elderly' }, // ghi-chu-ly-hon-tq
  { q: 'ly hon o toa trung quoc roi ve vn ghi vao so the nao', expect: ['2.000554'], who: 'rural' }, // ghi-chu-ly-hon-tq
  { q: 'ghi chú ly hôn ở nước ngoài', expect: ['2.000554'], who: 'young' }, // ghi-chu-ly-hon-tq
  { q: 'Em trai tôi nghèo, đông con, tôi muốn nhận một đứa về làm con nuôi cho đàng hoàng, giấy tờ làm ở xã hay ở đâu?', expect: ['2.001263'], who: 'elderly' }, // nhan-con-nuoi-chau
  { q: 'nhan chau lam con nuoi lam giay o dau', expect: ['2.001263'], who: 'rural' }, // nhan-con-nuoi-chau
  { q: 'đăng ký nhận con nuôi trong nước', expect: ['2.001263'], who: 'young' }, // nhan-con-nuoi-chau
  { q: 'Cháu tôi mới làm khai sinh xong, giờ phải cho nó vào hộ khẩu nhà mình thì làm sao?', expect: ['1.004222', '2.000986'], who: 'elderly' }, // thuong-tru-cho-con-moi-sinh
  { q: 'nhap khau cho con moi de', expect: ['1.004222', '2.000986'], who: 'rural' }, // thuong-tru-cho-con-moi-sinh
  { q: 'đăng ký thường trú cho trẻ mới sinh', expect: ['1.004222', '2.000986'], who: 'young' }, // thuong-tru-cho-con-moi-sinh
  { q: 'Ông nhà tôi mất rồi mà trong sổ hộ khẩu vẫn còn tên, phải xóa đi hả cháu?', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru-nguoi-chet
  { q: 'nguoi chet roi xoa ten trong ho khau', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru-nguoi-chet
  { q: 'xóa đăng ký thường trú người đã chết', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru-nguoi-chet
  { q: 'Con tôi xuống Bắc Ninh làm công ty Samsung, ở trọ, chủ trọ bảo phải đăng ký, nó hỏi tôi mà tôi có biết đâu.', expect: ['1.004194'], who: 'elderly' }, // tam-tru-bac-ninh
  { q: 'di lam cong ty bac ninh o tro dang ky tam tru sao', expect: ['1.004194'], who: 'rural' }, // tam-tru-bac-ninh
  { q: 'đăng ký tạm trú online', expect: ['1.004194'], who: 'young' }, // tam-tru-bac-ninh
  { q: 'Tôi đi xuống Hà Nội ở với con trai mấy tháng chữa bệnh, có phải báo với xã không?', expect: ['1.003677'], who: 'elderly' }, // khai-bao-tam-vang
  { q: 'di lam xa vai thang co phai khai bao tam vang ko', expect: ['1.003677'], who: 'rural' }, // khai-bao-tam-vang
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // khai-bao-tam-vang
  { q: 'Thằng con cả lấy vợ rồi, làm nhà riêng ở đầu bản, giờ muốn tách sổ hộ khẩu ra riêng.', expect: ['1.010038'], who: 'elderly' }, // tach-ho-con-trai
  { q: 'con trai lay vo ra o rieng muon tach ho', expect: ['1.010038'], who: 'rural' }, // tach-ho-con-trai
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' }, // tach-ho-con-trai
  { q: 'Cháu tôi thi vào trường cao đẳng, người ta bảo xin giấy xác nhận nhà ở xã vùng cao để được cộng điểm.', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru
  { q: 'xin giay xac nhan cu tru de nop ho so di hoc', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru
  { q: 'giấy xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru
  { q: 'Nhà tôi có họ hàng bên Trung Quốc sang chơi ở mấy hôm, có phải báo công an không?', expect: ['1.000253', '1.001437'], who: 'elderly' }, // khai-bao-tam-tru-nguoi-tq
  { q: 'nguoi than ben trung quoc sang o nho nha vai hom khai bao o dau', expect: ['1.000253', '1.001437'], who: 'rural' }, // khai-bao-tam-tru-nguoi-tq
  { q: 'khai báo tạm trú cho người nước ngoài', expect: ['1.000253', '1.001437'], who: 'young' }, // khai-bao-tam-tru-nguoi-tq
  { q: 'Cháu tôi mười bốn tuổi rồi, làm căn cước lần đầu thì đưa nó đi đâu?', expect: ['1.014061', '2.000200'], who: 'elderly' }, // cccd-lan-dau-14-tuoi
  { q: 'con 14 tuoi lam can cuoc lan dau', expect: ['1.014061', '2.000200'], who: 'rural' }, // cccd-lan-dau-14-tuoi
  { q: 'làm CCCD lần đầu', expect: ['1.014061', '2.000200'], who: 'young' }, // cccd-lan-dau-14-tuoi
  { q: 'Tôi đi chợ phiên Đồng Đăng bị rơi mất cái thẻ căn cước rồi, làm lại thế nào hả cháu?', expect: ['1.014064', '2.001194'], who: 'elderly' }, // cccd-mat
  { q: 'mat the can cuoc lam lai o dau', expect: ['1.014064', '2.001194'], who: 'rural' }, // cccd-mat
  { q: 'cấp lại căn cước bị mất', expect: ['1.014064', '2.001194'], who: 'young' }, // cccd-mat
  { q: 'Tôi vẫn còn cái chứng minh thư cũ từ năm 2005, giờ người ta bảo hết hạn không dùng được nữa, phải đổi sang thẻ mới.', expect: ['1.014061', '1.014063'], who: 'elderly' }, // doi-cmnd-cu
  { q: 'cmnd cu 9 so doi sang can cuoc', expect: ['1.014061', '1.014063'], who: 'rural' }, // doi-cmnd-cu
  { q: 'đổi CMND sang căn cước', expect: ['1.014061', '1.014063'], who: 'young' }, // doi-cmnd-cu
  { q: 'Cháu nó bảo phải cài cái VNeID trên điện thoại mới làm được giấy tờ, tôi không biết làm, nhờ ai?', expect: ['3.000228'], who: 'elderly' }, // vneid-muc-2
  { q: 'kich hoat vneid muc 2 o dau', expect: ['3.000228'], who: 'rural' }, // vneid-muc-2
  { q: 'tài khoản định danh điện tử mức 2', expect: ['3.000228'], who: 'young' }, // vneid-muc-2
  { q: 'Tôi muốn sang bên Bằng Tường thăm con gái, đi qua cửa khẩu thì phải có giấy gì?', expect: ['1.003133', '1.003494'], who: 'elderly' }, // giay-thong-hanh-bien-gioi
  { q: 'lam giay thong hanh sang trung quoc', expect: ['1.003133', '1.003494'], who: 'rural' }, // giay-thong-hanh-bien-gioi
  { q: 'giấy thông hành biên giới Việt - Trung', expect: ['1.003133', '1.003494'], who: 'young' }, // giay-thong-hanh-bien-gioi
  { q: 'Thằng cháu nó định đi làm bên Hàn Quốc, phải làm hộ chiếu, làm ở tỉnh hay ở huyện?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu-pho-thong
  { q: 'lam ho chieu o dau bao lau co', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu-pho-thong
  { q: 'làm passport', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu-pho-thong
  { q: 'Vợ thằng hai nhà tôi là người Trung Quốc, sang ở hẳn bên này với chồng, giấy tờ cư trú cho nó thế nào cháu?', expect: ['1.003460', '1.003358'], who: 'elderly' }, // the-tam-tru-vo-tq
  { q: 'vo nguoi trung quoc o vn lau dai can lam giay j', expect: ['1.003460', '1.003358'], who: 'rural' }, // the-tam-tru-vo-tq
  { q: 'thẻ tạm trú cho vợ người nước ngoài', expect: ['1.003460', '1.003358'], who: 'young' }, // the-tam-tru-vo-tq
  { q: 'Con dâu tôi người Quảng Tây, ở với chồng bên này mười năm rồi, giờ nó muốn làm người Việt Nam luôn.', expect: ['2.002039'], who: 'elderly' }, // nhap-quoc-tich-vo-tq
  { q: 'vo trung quoc muon nhap quoc tich viet nam', expect: ['2.002039'], who: 'rural' }, // nhap-quoc-tich-vo-tq
  { q: 'nhập quốc tịch Việt Nam', expect: ['2.002039'], who: 'young' }, // nhap-quoc-tich-vo-tq
  { q: 'Cháu ngoại tôi đẻ bên Tàu, bố nó người Tàu, giờ về ở với tôi, không biết nó có phải người Việt Nam không, có giấy gì chứng nhận?', expect: ['1.005136'], who: 'elderly' }, // xac-nhan-quoc-tich-con-lai
  { q: 'con lai sinh ben tq co quoc tich viet nam ko xin xac nhan', expect: ['1.005136'], who: 'rural' }, // xac-nhan-quoc-tich-con-lai
  { q: 'xác nhận có quốc tịch Việt Nam', expect: ['1.005136'], who: 'young' }, // xac-nhan-quoc-tich-con-lai
  { q: 'Em gái tôi ngày xưa lấy chồng sang bên kia, đã vào quốc tịch bên ấy, giờ chồng chết muốn về quê làm lại người Việt Nam.', expect: ['2.002038'], who: 'elderly' }, // tro-lai-quoc-tich
  { q: 'da lay quoc tich trung quoc gio muon lay lai quoc tich vn', expect: ['2.002038'], who: 'rural' }, // tro-lai-quoc-tich
  { q: 'trở lại quốc tịch Việt Nam', expect: ['2.002038'], who: 'young' }, // tro-lai-quoc-tich
  { q: 'Nhà tôi có mấy quả đồi trồng hồi, được giao từ năm chín mươi mấy, có tờ giấy giao đất của lâm trường thôi, chưa có sổ đỏ, giờ làm sổ thì làm thế nào?', expect: ['1.013978'], who: 'elderly' }, // so-do-lan-dau-dat-rung-giay-cu
  { q: 'doi hoi giao tu nam 1995 chi co giay giao dat chua co so do lam the nao', expect: ['1.013978'], who: 'rural' }, // so-do-lan-dau-dat-rung-giay-cu
  { q: 'cấp sổ đỏ lần đầu đất rừng', expect: ['1.013978'], who: 'young' }, // so-do-lan-dau-dat-rung-giay-cu
  { q: 'Tôi có cái sổ xanh đất lâm nghiệp cũ, rách hết rồi, chữ mờ, giờ đổi sang sổ mới được không?', expect: ['1.012783'], who: 'elderly' }, // cap-doi-so-xanh-lam-nghiep
  { q: 'so xanh lam nghiep cu doi sang so moi', expect: ['1.012783'], who: 'rural' }, // cap-doi-so-xanh-lam-nghiep
  { q: 'cấp đổi giấy chứng nhận đất lâm nghiệp', expect: ['1.012783'], who: 'young' }, // cap-doi-so-xanh-lam-nghiep
  { q: 'Tôi già rồi, muốn cho thằng út mảnh vườn quế, sang tên cho nó luôn.', expect: ['1.013831', '2.001035'], who: 'elderly' }, // tang-cho-dat-cho-con
  { q: 'bo me cho con dat sang ten', expect: ['1.013831', '2.001035'], who: 'rural' }, // tang-cho-dat-cho-con
  { q: 'sang tên sổ đỏ bố mẹ cho con', expect: ['1.013831', '2.001035'], who: 'young' }, // tang-cho-dat-cho-con
  { q: 'Bố tôi mất không để lại giấy tờ gì, sổ đỏ đứng tên bố, mấy anh em muốn sang tên cho tôi thì làm thế nào?', expect: ['1.013831', '2.001406'], who: 'elderly' }, // thua-ke-dat-bo-chet
  { q: 'bo mat so do dung ten bo sang ten cho con', expect: ['1.013831', '2.001406'], who: 'rural' }, // thua-ke-dat-bo-chet
  { q: 'thừa kế quyền sử dụng đất', expect: ['1.013831', '2.001406'], who: 'young' }, // thua-ke-dat-bo-chet
  { q: 'Tôi bán quả đồi quế cho người ở Văn Quan, tiền đưa rồi, giờ phải làm giấy tờ sang tên cho người ta.', expect: ['1.013831', '2.001035'], who: 'elderly' }, // chuyen-nhuong-doi-que
  { q: 'ban doi que cho nguoi ta lam giay chuyen nhuong', expect: ['1.013831', '2.001035'], who: 'rural' }, // chuyen-nhuong-doi-que
  { q: 'chuyển nhượng đất rừng sang tên', expect: ['1.013831', '2.001035'], who: 'young' }, // chuyen-nhuong-doi-que
  { q: 'Nhà bên cạnh nó trồng keo lấn sang đất nhà tôi mấy hàng, nói không nghe, tôi muốn xã xuống giải quyết.', expect: ['1.012812', '1.013967'], who: 'elderly' }, // tranh-chap-ranh-gioi-dat
  { q: 'hang xom lan dat trong keo nho xa giai quyet', expect: ['1.012812', '1.013967'], who: 'rural' }, // tranh-chap-ranh-gioi-dat
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' }, // tranh-chap-ranh-gioi-dat
  { q: 'Tôi có mảnh vườn sát đường, muốn làm nhà cho con ở nhưng không phải đất ở, phải xin chuyển sang.', expect: ['1.013949'], who: 'elderly' }, // chuyen-muc-dich-sang-dat-o
  { q: 'chuyen dat vuon sang dat o de lam nha', expect: ['1.013949'], who: 'rural' }, // chuyen-muc-dich-sang-dat-o
  { q: 'chuyển mục đích sử dụng đất sang đất ở', expect: ['1.013949'], who: 'young' }, // chuyen-muc-dich-sang-dat-o
  { q: 'Nhà tôi cháy bếp, cái sổ đỏ cháy mất rồi cháu ạ.', expect: ['1.012786'], who: 'elderly' }, // mat-so-do
  { q: 'so do bi chay mat lam lai', expect: ['1.012786'], who: 'rural' }, // mat-so-do
  { q: 'cấp lại sổ đỏ bị mất', expect: ['1.012786'], who: 'young' }, // mat-so-do
  { q: 'Tôi muốn vay tiền ngân hàng để mua đôi bò, ngân hàng bảo mang sổ đỏ đi đăng ký thế chấp.', expect: ['1.011441'], who: 'elderly' }, // the-chap-so-do-vay-von
  { q: 'dang ky the chap so do vay ngan hang', expect: ['1.011441'], who: 'rural' }, // the-chap-so-do-vay-von
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // the-chap-so-do-vay-von
  { q: 'Tôi trả hết nợ ngân hàng rồi, giờ làm sao xóa cái thế chấp trên sổ đỏ?', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap
  { q: 'tra no xong xoa the chap so do', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap
  { q: 'xóa đăng ký thế chấp', expect: ['1.011443'], who: 'young' }, // xoa-the-chap
  { q: 'Tôi có ba đứa con trai, muốn chia mảnh đất ra ba phần, mỗi đứa một sổ riêng.', expect: ['1.012784'], who: 'elderly' }, // tach-thua-chia-con
  { q: 'chia dat cho 3 dua con tach so', expect: ['1.012784'], who: 'rural' }, // tach-thua-chia-con
  { q: 'tách thửa', expect: ['1.012784'], who: 'young' }, // tach-thua-chia-con
  { q: 'Sổ đỏ nhà tôi ghi tên vợ sai, năm sinh cũng sai, đi sửa ở đâu?', expect: ['1.012790', '1.012796'], who: 'elderly' }, // dinh-chinh-so-do-sai
  { q: 'so do ghi sai ten sai nam sinh sua o dau', expect: ['1.012790', '1.012796'], who: 'rural' }, // dinh-chinh-so-do-sai
  { q: 'đính chính giấy chứng nhận', expect: ['1.012790', '1.012796'], who: 'young' }, // dinh-chinh-so-do-sai
  { q: 'Cái giấy giao rừng hồi năm chín hai nhà tôi bị mối ăn mất rồi, trên huyện có còn lưu không, tôi muốn xin lại bản sao để làm sổ.', expect: ['1.004237', '2.000908'], who: 'elderly' }, // ban-sao-ho-so-giao-dat-rung-cu
  { q: 'xin lai ban sao giay giao dat rung nam 1992 luu o huyen', expect: ['1.004237', '2.000908'], who: 'rural' }, // ban-sao-ho-so-giao-dat-rung-cu
  { q: 'cung cấp thông tin dữ liệu đất đai', expect: ['1.004237', '2.000908'], who: 'young' }, // ban-sao-ho-so-giao-dat-rung-cu
  { q: 'Đồi trọc sau bản bỏ không lâu rồi, tôi muốn xin nhận để trồng keo trồng hồi.', expect: ['1.013949', '1.014832'], who: 'elderly' }, // giao-dat-rung-trong-rung
  { q: 'xin giao dat doi trong de trong rung', expect: ['1.013949', '1.014832'], who: 'rural' }, // giao-dat-rung-trong-rung
  { q: 'giao rừng cho hộ gia đình', expect: ['1.013949', '1.014832'], who: 'young' }, // giao-dat-rung-trong-rung
  { q: 'Tôi muốn làm cái nhà hai tầng bên quốc lộ 1A, có phải xin phép không hay cứ làm?', expect: ['1.013225'], who: 'elderly' }, // giay-phep-xay-nha
  { q: 'xay nha 2 tang co can xin phep ko', expect: ['1.013225'], who: 'rural' }, // giay-phep-xay-nha
  { q: 'giấy phép xây dựng nhà ở', expect: ['1.013225'], who: 'young' }, // giay-phep-xay-nha
  { q: 'Tôi định mở cái quán bán hàng tạp hóa gần cửa khẩu Tân Thanh, có phải đăng ký gì không?', expect: ['1.001612'], who: 'elderly' }, // ho-kinh-doanh-tap-hoa-cua-khau
  { q: 'mo quan tap hoa gan cua khau dang ky kinh doanh', expect: ['1.001612'], who: 'rural' }, // ho-kinh-doanh-tap-hoa-cua-khau
  { q: 'đkkd hộ cá thể', expect: ['1.001612'], who: 'young' }, // ho-kinh-doanh-tap-hoa-cua-khau
  { q: 'Quán nhà tôi trước bán tạp hóa, giờ bán thêm quế hồi với chè, phải báo lại không?', expect: ['2.000720'], who: 'elderly' }, // thay-doi-ho-kinh-doanh
  { q: 'thay doi nganh nghe ho kinh doanh', expect: ['2.000720'], who: 'rural' }, // thay-doi-ho-kinh-doanh
  { q: 'thay đổi nội dung đăng ký hộ kinh doanh', expect: ['2.000720'], who: 'young' }, // thay-doi-ho-kinh-doanh
  { q: 'Vợ chồng tôi đi Bắc Ninh làm mấy năm, cái quán đóng cửa, có phải báo cho xã không?', expect: ['1.001570'], who: 'elderly' }, // tam-ngung-ho-kinh-doanh
  { q: 'tam nghi kinh doanh vai nam', expect: ['1.001570'], who: 'rural' }, // tam-ngung-ho-kinh-doanh
  { q: 'tạm ngừng hộ kinh doanh', expect: ['1.001570'], who: 'young' }, // tam-ngung-ho-kinh-doanh
  { q: 'Mấy nhà trong bản muốn góp lại làm hợp tác xã sấy hồi, bán quế cho bên Trung Quốc.', expect: ['1.005280'], who: 'elderly' }, // htx-que-hoi
  { q: 'lap hop tac xa que hoi', expect: ['1.005280'], who: 'rural' }, // htx-que-hoi
  { q: 'thành lập HTX', expect: ['1.005280'], who: 'young' }, // htx-que-hoi
  { q: 'Con trai tôi muốn lập công ty buôn hàng xuất nhập khẩu ở Đồng Đăng.', expect: ['2.001583', '2.001199'], who: 'elderly' }, // thanh-lap-cong-ty-xnk
  { q: 'mo cong ty xuat nhap khau', expect: ['2.001583', '2.001199'], who: 'rural' }, // thanh-lap-cong-ty-xnk
  { q: 'đăng ký thành lập công ty TNHH', expect: ['2.001583', '2.001199'], who: 'young' }, // thanh-lap-cong-ty-xnk
  { q: 'Tôi sấy hồi đóng túi bán, người mua bảo phải có giấy an toàn thực phẩm.', expect: ['2.001827'], who: 'elderly' }, // attp-co-so-che-bien-hoi
  { q: 'co so say hoi dong goi xin giay an toan thuc pham', expect: ['2.001827'], who: 'rural' }, // attp-co-so-che-bien-hoi
  { q: 'chứng nhận cơ sở đủ điều kiện ATTP', expect: ['2.001827'], who: 'young' }, // attp-co-so-che-bien-hoi
  { q: 'Bán hồi khô sang Trung Quốc thì bên ấy đòi giấy kiểm dịch, làm ở đâu cháu?', expect: ['2.001046'], who: 'elderly' }, // kiem-dich-thuc-vat-xuat-hoi
  { q: 'xuat hoi sang trung quoc can giay kiem dich', expect: ['2.001046'], who: 'rural' }, // kiem-dich-thuc-vat-xuat-hoi
  { q: 'kiểm dịch thực vật xuất khẩu', expect: ['2.001046'], who: 'young' }, // kiem-dich-thuc-vat-xuat-hoi
  { q: 'Tôi ở xã biên giới, mua ít hàng bên kia mang về dùng thì khai báo hải quan thế nào?', expect: ['1.008002'], who: 'elderly' }, // hang-cu-dan-bien-gioi
  { q: 'cu dan bien gioi mua hang ben kia ve khai hai quan', expect: ['1.008002'], who: 'rural' }, // hang-cu-dan-bien-gioi
  { q: 'thủ tục hải quan hàng cư dân biên giới', expect: ['1.008002'], who: 'young' }, // hang-cu-dan-bien-gioi
  { q: 'Thằng con tôi mua xe tải chở hàng ra cửa khẩu, người ta bảo phải có cái phù hiệu dán xe.', expect: ['2.002288'], who: 'elderly' }, // phu-hieu-xe-tai-cho-hang
  { q: 'lam phu hieu xe tai cho hang', expect: ['2.002288'], who: 'rural' }, // phu-hieu-xe-tai-cho-hang
  { q: 'cấp phù hiệu xe tải', expect: ['2.002288'], who: 'young' }, // phu-hieu-xe-tai-cho-hang
  { q: 'Đồi keo nhà tôi trồng được bảy năm rồi, giờ chặt bán có phải báo xã không?', expect: ['1.011471'], who: 'elderly' }, // khai-thac-rung-trong-keo
  { q: 'khai thac keo rung trong co can xin phep ko', expect: ['1.011471'], who: 'rural' }, // khai-thac-rung-trong-keo
  { q: 'khai thác rừng trồng', expect: ['1.011471'], who: 'young' }, // khai-thac-rung-trong-keo
  { q: 'Chở gỗ keo ra xưởng bóc bị kiểm lâm hỏi giấy, xin giấy xác nhận gỗ ở đâu?', expect: ['1.000045'], who: 'elderly' }, // bang-ke-lam-san-van-chuyen-go
  { q: 'xac nhan bang ke go van chuyen', expect: ['1.000045'], who: 'rural' }, // bang-ke-lam-san-van-chuyen-go
  { q: 'xác nhận bảng kê lâm sản', expect: ['1.000045'], who: 'young' }, // bang-ke-lam-san-van-chuyen-go
  { q: 'Nhà sàn tôi dột nát cả rồi, muốn xin mấy cây gỗ trong rừng để làm lại nhà, có được không cháu?', expect: ['1.011471'], who: 'elderly' }, // khai-thac-go-tu-nhien-lam-nha
  { q: 'xin khai thac go rung lam nha san', expect: ['1.011471'], who: 'rural' }, // khai-thac-go-tu-nhien-lam-nha
  { q: 'khai thác gỗ rừng tự nhiên làm nhà ở', expect: ['1.011471'], who: 'young' }, // khai-thac-go-tu-nhien-lam-nha
  { q: 'Tôi mua mấy con trâu ở chợ Kỳ Lừa, chở về Cao Bằng, người ta bảo phải có giấy kiểm dịch.', expect: ['1.002338'], who: 'elderly' }, // kiem-dich-van-chuyen-trau-bo
  { q: 'cho trau bo sang tinh khac can giay kiem dich', expect: ['1.002338'], who: 'rural' }, // kiem-dich-van-chuyen-trau-bo
  { q: 'kiểm dịch động vật vận chuyển', expect: ['1.002338'], who: 'young' }, // kiem-dich-van-chuyen-trau-bo
  { q: 'Có cái hồ thủy điện ngay dưới bản, tôi muốn thả lồng nuôi cá, có phải xin phép không?', expect: ['1.014801', '1.004692'], who: 'elderly' }, // nuoi-ca-long-ho-thuy-dien
  { q: 'nuoi ca long tren ho thuy dien xin phep', expect: ['1.014801', '1.004692'], who: 'rural' }, // nuoi-ca-long-ho-thuy-dien
  { q: 'giấy phép nuôi cá lồng hồ chứa', expect: ['1.014801', '1.004692'], who: 'young' }, // nuoi-ca-long-ho-thuy-dien
  { q: 'Bằng lái xe ô tô của con tôi sắp hết hạn, đổi ở đâu?', expect: ['3.000347'], who: 'elderly' }, // doi-gplx
  { q: 'doi bang lai xe het han', expect: ['3.000347'], who: 'rural' }, // doi-gplx
  { q: 'đổi GPLX', expect: ['3.000347'], who: 'young' }, // doi-gplx
  { q: 'Cháu tôi mười tám tuổi rồi, muốn thi bằng xe máy, đăng ký ở đâu?', expect: ['3.000346'], who: 'elderly' }, // thi-bang-lai-xe-may
  { q: 'thi bang lai xe may a1', expect: ['3.000346'], who: 'rural' }, // thi-bang-lai-xe-may
  { q: 'thi bằng A1', expect: ['3.000346'], who: 'young' }, // thi-bang-lai-xe-may
  { q: 'Tôi mua lại cái xe Wave của người trong bản, giờ muốn sang tên cho mình.', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-may
  { q: 'mua xe may cu sang ten', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-may
  { q: 'sang tên xe máy', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-may
  { q: 'Nhà tôi có cái máy cày kéo, đi ra đường công an hỏi biển số, có phải đăng ký không?', expect: ['1.013067'], who: 'elderly' }, // dang-ky-xe-cong-nong
  { q: 'xe cong nong may keo dang ky bien so', expect: ['1.013067'], who: 'rural' }, // dang-ky-xe-cong-nong
  { q: 'đăng ký xe máy chuyên dùng', expect: ['1.013067'], who: 'young' }, // dang-ky-xe-cong-nong
  { q: 'Cái xe máy cũ nhà tôi hỏng hẳn rồi, bán sắt vụn, giấy tờ xe thì làm sao?', expect: ['1.013123', '1.013065'], who: 'elderly' }, // thu-hoi-dang-ky-xe-hong
  { q: 'xe hong ban sat vun huy dang ky xe', expect: ['1.013123', '1.013065'], who: 'rural' }, // thu-hoi-dang-ky-xe-hong
  { q: 'thu hồi đăng ký biển số xe', expect: ['1.013123', '1.013065'], who: 'young' }, // thu-hoi-dang-ky-xe-hong
  { q: 'Nhà tôi nghèo lắm, chồng ốm, con đi làm xa không gửi tiền về, xin vào hộ nghèo.', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-ngheo
  { q: 'xin xet ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-ngheo
  { q: 'công nhận hộ nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-ngheo
  { q: 'Cháu tôi mới đẻ, làm thẻ bảo hiểm y tế cho nó thì làm ở đâu?', expect: ['2.001023', '2.000986', '1.001939'], who: 'elderly' }, // bhyt-tre-duoi-6
  { q: 'lam the bhyt cho con moi sinh', expect: ['2.001023', '2.000986', '1.001939'], who: 'rural' }, // bhyt-tre-duoi-6
  { q: 'thẻ BHYT trẻ em dưới 6 tuổi', expect: ['2.001023', '2.000986', '1.001939'], who: 'young' }, // bhyt-tre-duoi-6
  { q: 'Con tôi làm công ty ở Bắc Ninh năm năm, giờ nghỉ về quê, muốn lấy tiền bảo hiểm ra.', expect: ['1.001613'], who: 'elderly' }, // rut-bhxh-mot-lan
  { q: 'nghi viec cong ty rut bao hiem 1 lan', expect: ['1.001613'], who: 'rural' }, // rut-bhxh-mot-lan
  { q: 'rút BHXH 1 lần', expect: ['1.001613'], who: 'young' }, // rut-bhxh-mot-lan
  { q: 'Cháu ơi, tôi cần công chứng mấy tờ giấy khai sinh với căn cước để con nó nộp công ty.', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'cong chung giay to photo nop ho so xin viec', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chứng thực bản sao', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Tôi già đi lại khó, muốn viết giấy cho thằng con đi làm sổ đỏ thay, giấy ấy có phải xã đóng dấu không?', expect: ['2.000884', '2.001035'], who: 'elderly' }, // chung-thuc-hop-dong-uy-quyen
  { q: 'viet giay uy quyen cho con lam so do thay', expect: ['2.000884', '2.001035'], who: 'rural' }, // chung-thuc-hop-dong-uy-quyen
  { q: 'chứng thực hợp đồng ủy quyền', expect: ['2.000884', '2.001035'], who: 'young' }, // chung-thuc-hop-dong-uy-quyen
  { q: 'Mẹ tôi mất, mấy anh em ngồi lại chia đất chia nhà rồi, giờ viết giấy ra xã xác nhận cho chắc.', expect: ['2.001406'], who: 'elderly' }, // thoa-thuan-phan-chia-di-san
  { q: 'anh em chia tai san bo me de lai xac nhan o xa', expect: ['2.001406'], who: 'rural' }, // thoa-thuan-phan-chia-di-san
  { q: 'chứng thực văn bản phân chia di sản', expect: ['2.001406'], who: 'young' }, // thoa-thuan-phan-chia-di-san
  { q: 'Giấy tờ con dâu tôi toàn chữ Tàu, phải dịch ra tiếng Việt rồi đóng dấu, làm ở đâu?', expect: ['2.000992', '2.001008'], who: 'elderly' }, // dich-giay-tieng-trung
  { q: 'dich giay to tieng trung sang tieng viet co dong dau', expect: ['2.000992', '2.001008'], who: 'rural' }, // dich-giay-tieng-trung
  { q: 'chứng thực bản dịch tiếng Trung', expect: ['2.000992', '2.001008'], who: 'young' }, // dich-giay-tieng-trung
  { q: 'Cháu tôi đi xuất khẩu lao động, công ty đòi giấy không có tiền án.', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap
  { q: 'xin giay ly lich tu phap', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'phiếu LLTP số 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  { q: 'Tôi người dân tộc, nghèo, bị người ta kiện đòi đất, không biết luật, có ai giúp không mất tiền?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'nguoi dan toc ngheo xin tro giup phap ly mien phi', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'trợ giúp pháp lý miễn phí', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  { q: 'Nhà tôi hộ nghèo, có được miễn tiền thuế đất không cháu?', expect: ['1.007695'], who: 'elderly' }, // mien-thue-dat-ho-ngheo
  { q: 'ho ngheo xin mien thue dat', expect: ['1.007695'], who: 'rural' }, // mien-thue-dat-ho-ngheo
  { q: 'miễn giảm thuế sử dụng đất', expect: ['1.007695'], who: 'young' }, // mien-thue-dat-ho-ngheo
  { q: 'Con tôi đi làm công ty, người ta bảo phải có mã số thuế, đăng ký ở đâu?', expect: ['1.008498'], who: 'elderly' }, // ma-so-thue-ca-nhan
  { q: 'dang ky ma so thue ca nhan', expect: ['1.008498'], who: 'rural' }, // ma-so-thue-ca-nhan
  { q: 'đăng ký MST cá nhân', expect: ['1.008498'], who: 'young' }, // ma-so-thue-ca-nhan
  { q: 'Tôi muốn lấy cát sỏi dưới suối làm nhà, có phải xin phép không?', expect: ['1.014257'], who: 'elderly' }, // khai-thac-cat-suoi
  { q: 'khai thac cat soi suoi co can giay phep', expect: ['1.014257'], who: 'rural' }, // khai-thac-cat-suoi
  { q: 'giấy phép khai thác cát sỏi', expect: ['1.014257'], who: 'young' }, // khai-thac-cat-suoi
  { q: 'Cái thẻ bảo hiểm y tế của tôi rơi mất lúc đi rừng rồi, đi khám thì sao?', expect: ['1.002759'], who: 'elderly' }, // cap-lai-the-bhyt-mat
  { q: 'mat the bao hiem y te lam lai', expect: ['1.002759'], who: 'rural' }, // cap-lai-the-bhyt-mat
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // cap-lai-the-bhyt-mat
];

export const THIRTYFIFTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // khieu-nai-den-bu-thuy-dien: the crawl has no general complaint procedure (only complaints against the police); compensation for land recovery has no citizen-filed procedure
  { q: 'Làm thủy điện nó lấy ruộng với đồi nhà tôi, đền bù ít quá, không đúng, tôi muốn làm đơn kêu.', who: 'elderly' },
  { q: 'den bu thuy dien ko thoa dang lam don khieu nai', who: 'rural' },
  { q: 'khiếu nại bồi thường thu hồi đất', who: 'young' },
  // giay-phep-ruou-ngo: no licence for craft liquor production in the crawl (trade/industry procedures absent; only excise stamps)
  { q: 'Nhà tôi nấu rượu ngô men lá bán cho khách du lịch, người ta bảo phải có giấy phép.', who: 'elderly' },
  { q: 'nau ruou ngo ban can giay phep j', who: 'rural' },
  { q: 'giấy phép sản xuất rượu thủ công', who: 'young' },
  // chi-dan-dia-ly-hoi: no intellectual-property (geographical indication / trademark) procedure in the crawl
  { q: 'Hợp tác xã chúng tôi muốn in chữ hồi Lạng Sơn lên bao bì cho người ta tin, có phải xin phép không?', who: 'elderly' },
  { q: 'xin dung nhan hieu hoi lang son tren bao bi', who: 'rural' },
  { q: 'quyền sử dụng chỉ dẫn địa lý hồi Lạng Sơn', who: 'young' },
  // trau-bo-chet-ret-ho-tro: no support procedure for livestock killed by cold/natural disaster (only 1.013997 for animal epidemics)
  { q: 'Rét quá, trâu nhà tôi chết mất hai con, nhà nước có hỗ trợ gì không?', who: 'elderly' },
  { q: 'trau chet ret dam co duoc ho tro ko', who: 'rural' },
  { q: 'hỗ trợ gia súc chết do rét', who: 'young' },
  // nha-sap-lu-quet-ho-tro: no emergency housing support for disaster victims in the crawl (social protection absent)
  { q: 'Mưa to sạt núi đổ sập nhà tôi, giờ ở nhờ nhà con, có được tiền làm lại nhà không?', who: 'elderly' },
  { q: 'nha bi sat lo do sap xin ho tro', who: 'rural' },
  { q: 'hỗ trợ nhà ở bị thiên tai', who: 'young' },
  // chung-nhan-trang-trai: no farm-economy certificate; 1.008128 is the large-scale livestock farm condition certificate, a different need
  { q: 'Tôi nuôi bò với trồng quế cũng to rồi, nghe nói được công nhận trang trại thì được vay vốn.', who: 'elderly' },
  { q: 'xin chung nhan trang trai', who: 'rural' },
  { q: 'chứng nhận kinh tế trang trại', who: 'young' },
  // tro-cap-nguoi-cao-tuoi: social allowances for the elderly are not in the crawl
  { q: 'Tôi tám mươi mốt tuổi rồi, nghe nói người già được tiền hàng tháng, tôi chưa được.', who: 'elderly' },
  { q: 'nguoi gia tren 80 tuoi lam tro cap', who: 'rural' },
  { q: 'trợ cấp người cao tuổi', who: 'young' },
  // xac-dinh-khuyet-tat: disability assessment is not in the crawl
  { q: 'Thằng cháu tôi bị câm điếc từ bé, người ta bảo làm giấy khuyết tật thì được tiền.', who: 'elderly' },
  { q: 'con bi cam diec lam giay chung nhan khuyet tat', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // tro-cap-tre-mo-coi: social allowances for orphans are not in the crawl
  { q: 'Bố nó chết, mẹ nó bỏ đi sang Tàu không về, bà nuôi cháu, có được trợ cấp gì không?', who: 'elderly' },
  { q: 'chau mo coi bo chet me bo di xin tro cap', who: 'rural' },
  { q: 'trợ cấp trẻ mồ côi', who: 'young' },
  // mai-tang-phi: funeral support for social-allowance beneficiaries is not in the crawl
  { q: 'Bà cụ nhà tôi đang hưởng tiền người già thì mất, nghe nói được tiền mai táng.', who: 'elderly' },
  { q: 'nguoi gia huong tro cap chet xin tien mai tang', who: 'rural' },
  { q: 'hỗ trợ mai táng phí', who: 'young' },
  // che-do-chien-tranh-bien-gioi-1979: only police-officer variants (1.015027) exist; militia veterans of the 1979 war have no procedure in the crawl
  { q: 'Năm bảy chín tôi đi dân quân đánh Tàu ở Đồng Đăng, đến giờ chưa được chế độ gì, làm giấy ở đâu?', who: 'elderly' },
  { q: 'di dan quan chien tranh bien gioi 1979 xin che do', who: 'rural' },
  { q: 'chế độ người tham gia chiến tranh bảo vệ biên giới', who: 'young' },
  // di-chuyen-hai-cot-liet-si: martyr / meritorious-people procedures (grave relocation) are not in the crawl
  { q: 'Anh trai tôi hy sinh ở Cao Lộc năm bảy chín, mộ ở nghĩa trang liệt sĩ, gia đình muốn đưa về quê gần nhà.', who: 'elderly' },
  { q: 'xin di chuyen mo liet si ve que', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // tro-cap-that-nghiep: unemployment benefit claim is not in the crawl (only authorising someone to collect it)
  { q: 'Con gái tôi bị công ty cho nghỉ việc, người ta bảo đi làm thất nghiệp thì được tiền.', who: 'elderly' },
  { q: 'bi cat giam o cong ty lam bao hiem that nghiep', who: 'rural' },
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' },
  // nan-nhan-mua-ban-tro-ve: no procedure for trafficking victims in the crawl
  { q: 'Cháu gái tôi bị người ta lừa bán sang bên Tàu mấy năm, mới được đưa về, có được giúp đỡ gì không cháu?', who: 'elderly' },
  { q: 'con bi lua ban sang trung quoc moi ve xin ho tro', who: 'rural' },
  { q: 'hỗ trợ nạn nhân bị mua bán', who: 'young' },
  // hop-phap-hoa-giay-tq: consular legalisation is not in the crawl
  { q: 'Giấy độc thân của con rể người Trung Quốc, bên xã bảo phải hợp pháp gì đấy mới dùng được.', who: 'elderly' },
  { q: 'giay to trung quoc phai hop phap hoa lanh su', who: 'rural' },
  { q: 'hợp pháp hóa lãnh sự giấy tờ Trung Quốc', who: 'young' },
  // giao-nop-sung-kip: no procedure for a citizen handing in home-made guns (3.000389 is receiving donated weapons from abroad)
  { q: 'Nhà tôi còn khẩu súng kíp của ông để lại, ngày xưa đi săn, giờ muốn nộp cho công an.', who: 'elderly' },
  { q: 'nop sung kip tu che cho cong an', who: 'rural' },
  { q: 'giao nộp vũ khí tự chế', who: 'young' },
  // le-hoi-long-tong: festival registration (culture) is not in the crawl
  { q: 'Bản tôi năm nào cũng làm lễ hội Lồng tồng xuống đồng, năm nay làm to, có phải xin xã không?', who: 'elderly' },
  { q: 'to chuc le hoi long tong dang ky voi xa', who: 'rural' },
  { q: 'đăng ký tổ chức lễ hội', who: 'young' },
  // hoat-dong-tin-nguong: belief/religion activity registration is not in the crawl
  { q: 'Cái miếu thổ công đầu bản làm lễ cúng hằng năm, xã bảo phải đăng ký, thì làm thế nào?', who: 'elderly' },
  { q: 'mieu cua ban cung le hang nam dang ky hoat dong tin nguong', who: 'rural' },
  { q: 'đăng ký hoạt động tín ngưỡng', who: 'young' },
  // nghia-vu-quan-su-lan-dau: military service registration (defence) is not in the crawl
  { q: 'Thằng cháu đủ mười bảy tuổi rồi, phải đi đăng ký nghĩa vụ quân sự ở đâu?', who: 'elderly' },
  { q: 'dang ky nghia vu quan su lan dau', who: 'rural' },
  { q: 'đăng ký NVQS', who: 'young' },
  // xkld-nhat-ban: labour-export contract registration is not in the crawl
  { q: 'Cháu tôi muốn đi làm bên Nhật, phải làm giấy tờ gì với nhà nước, sợ bị lừa.', who: 'elderly' },
  { q: 'di xuat khau lao dong nhat ban thu tuc the nao', who: 'rural' },
  { q: 'đăng ký hợp đồng đi làm việc ở nước ngoài', who: 'young' },
  // chuyen-truong-cho-con: school transfer (education) is not in the crawl
  { q: 'Bố mẹ nó đưa nó xuống Bắc Ninh học, phải xin chuyển trường ở trên này.', who: 'elderly' },
  { q: 'xin chuyen truong cho con xuong bac ninh', who: 'rural' },
  { q: 'chuyển trường THCS', who: 'young' },
  // ho-tro-hoc-sinh-ban-tru: boarding-pupil support (education) is not in the crawl
  { q: 'Cháu tôi học trường ở xã, nhà xa phải ở lại trường, có được tiền ăn tiền gạo không?', who: 'elderly' },
  { q: 'hoc sinh ban tru xin ho tro tien an gao', who: 'rural' },
  { q: 'hỗ trợ học sinh bán trú', who: 'young' },
  // xac-nhan-vay-von-sinh-vien: student loan confirmation is not in the crawl
  { q: 'Cháu tôi đỗ đại học ở Thái Nguyên, muốn vay tiền ngân hàng đi học, cần xã xác nhận.', who: 'elderly' },
  { q: 'xac nhan vay von sinh vien', who: 'rural' },
  { q: 'vay vốn học sinh sinh viên', who: 'young' },
  // cuu-van-cua-khau: porter work at the border gate is not an administrative procedure
  { q: 'Tôi còn khỏe, muốn ra cửa khẩu Hữu Nghị làm bốc vác hàng thì đăng ký ở đâu?', who: 'elderly' },
  { q: 'dang ky lam cuu van o cua khau', who: 'rural' },
  { q: 'việc làm cửu vạn cửa khẩu', who: 'young' },
  // gia-que-hoi: market price question, not a procedure
  { q: 'Năm nay giá hồi khô bao nhiêu một cân hả cháu?', who: 'elderly' },
  { q: 'gia hoi kho hom nay bn', who: 'rural' },
  { q: 'giá quế hồi hôm nay', who: 'young' },
  // visa-trung-quoc: a Chinese visa is issued by China, not a Vietnamese procedure
  { q: 'Tôi muốn đi Nam Ninh chơi với con gái mấy tuần, xin thị thực bên Trung Quốc ở đâu?', who: 'elderly' },
  { q: 'xin visa trung quoc o dau', who: 'rural' },
  { q: 'visa Trung Quốc', who: 'young' },
  // doi-tien-nhan-dan-te: currency exchange is a bank service, not a procedure
  { q: 'Con tôi gửi tiền Tàu về, đổi ra tiền Việt ở đâu được giá?', who: 'elderly' },
  { q: 'doi tien te sang tien viet o dau', who: 'rural' },
  { q: 'đổi nhân dân tệ', who: 'young' },
  // dien-luoi-nha-san: grid connection is a utility service, not in the crawl
  { q: 'Nhà sàn tôi ở trong khe, chưa có điện lưới, xin kéo điện vào thì làm thế nào?', who: 'elderly' },
  { q: 'xin keo dien luoi ve nha', who: 'rural' },
  { q: 'đăng ký lắp công tơ điện', who: 'young' },
  // sim-dien-thoai: SIM registration is a carrier service, not in the crawl
  { q: 'Cái sim điện thoại của tôi bị khóa, người ta bảo chuẩn hóa thông tin, làm ở đây được không?', who: 'elderly' },
  { q: 'sim bi khoa chuan hoa thong tin thue bao', who: 'rural' },
  { q: 'chuẩn hóa sim', who: 'young' },
  // xe-khach-di-bac-ninh: bus timetable, not a procedure
  { q: 'Xe khách đi Bắc Ninh sáng mai mấy giờ chạy hả cháu?', who: 'elderly' },
  { q: 'xe khach di bac ninh may h chay', who: 'rural' },
  { q: 'lịch xe khách Lạng Sơn Bắc Ninh', who: 'young' },
  // tien-den-bu-khi-nao-tra: payment date of compensation, no procedure answers it
  { q: 'Tiền đền bù thủy điện người ta hẹn mãi mà chưa trả, bao giờ thì tôi nhận được?', who: 'elderly' },
  { q: 'bao gio moi nhan tien den bu thuy dien', who: 'rural' },
  { q: 'lịch chi trả tiền đền bù', who: 'young' },
  // tim-viec-nha-may-bac-ninh: job search / factory recruitment, no procedure in the crawl
  { q: 'Cháu gái tôi học xong lớp chín, muốn xuống Bắc Ninh làm công nhân, hỏi ở đâu có chỗ tuyển?', who: 'elderly' },
  { q: 'tim viec cong nhan kcn bac ninh', who: 'rural' },
  { q: 'tuyển công nhân Bắc Ninh', who: 'young' },
  // chuyen-vien-benh-vien: hospital referral (health) is not in the crawl
  { q: 'Tôi muốn lên bệnh viện tỉnh khám mắt, xin giấy chuyển viện ở đâu cháu?', who: 'elderly' },
  { q: 'xin giay chuyen vien len tinh', who: 'rural' },
  { q: 'giấy chuyển tuyến BHYT', who: 'young' },
];
