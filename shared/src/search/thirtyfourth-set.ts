import type { CitizenQuery } from './dev-set';
/** THIRTYFOURTH blind held-out set (issue 17). Persona: an inner-city ward of Hồ Chí Minh City (old districts 5/10/Bình Thạnh):
 *  old apartment blocks due for rebuilding, Hoa families with pre-1975 house papers, street vendors and small shops, tailors and
 *  eateries, retirees, renters from the provinces, grandchildren of migrant parents, papers in old Saigon names; elderly voices are
 *  Saigon old people, some Hoa. Written 2026-12-07 (UTC) blind: queries drafted
 *  before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtyfourth-draft-20261207T0852Z.txt  sha256 2b6d0927024fbddfc9c5984e5fcae4ab9dae19414dcb3b0666824ca736741bf1
 *  354 queries (118 situations x 3 voices): 285 labelled (elderly 95, rural 95, young 95), 69 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYFOURTH_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'Cháu ơi, con dâu bà mới sanh đứa nhỏ ở bệnh viện Hùng Vương, tụi nó ở quê Sóc Trăng lên mướn nhà trọ ở đây, giờ làm giấy khai sanh cho cháu ở phường này được không con?',
    expect: ['1.001193', '2.001023', '2.000986'],
    who: 'elderly',
  }, // khai-sinh-chau-cha-me-thue-tro
  { q: 'lam giay khai sanh cho con o tro tai phuong dc ko, ho khau o soc trang', expect: ['1.001193', '2.001023', '2.000986'], who: 'rural' }, // khai-sinh-chau-cha-me-thue-tro
  { q: 'dang ky khai sinh noi tam tru', expect: ['1.001193', '2.001023', '2.000986'], who: 'young' }, // khai-sinh-chau-cha-me-thue-tro
  { q: 'Cô ơi, ngộ sinh năm 1948 ở Chợ Lớn, cái giấy khai sanh hồi xưa mất hết rồi, giờ làm lại giấy khai sanh được hông?', expect: ['1.004884', '1.004772'], who: 'elderly' }, // dang-ky-lai-khai-sinh-giay-truoc-75
  { q: 'ba toi mat giay khai sanh tu truoc 75 gio lam lai dc ko', expect: ['1.004884', '1.004772'], who: 'rural' }, // dang-ky-lai-khai-sinh-giay-truoc-75
  { q: 'dang ky lai khai sinh mat ban goc', expect: ['1.004884', '1.004772'], who: 'young' }, // dang-ky-lai-khai-sinh-giay-truoc-75
  { q: 'Con ơi, má cần mấy bản sao giấy khai sanh của thằng Út để nộp hồ sơ, bản chính cũ rách rồi, xin ở đâu con?', expect: ['2.000635'], who: 'elderly' }, // trich-luc-khai-sinh-ban-sao
  { q: 'xin ban sao giay khai sanh o dau, cai cu rach roi', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-sinh-ban-sao
  { q: 'trich luc khai sinh ban sao', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-sinh-ban-sao
  { q: 'Thằng cháu nội tui nó cưới vợ người Long An, hai đứa muốn làm giấy hôn thú ở phường mình, cần mang theo giấy gì vậy cháu?', expect: ['1.000894'], who: 'elderly' }, // dang-ky-ket-hon
  { q: 'dang ky ket hon can giay to j, vk que long an', expect: ['1.000894'], who: 'rural' }, // dang-ky-ket-hon
  { q: 'dang ky ket hon ho so', expect: ['1.000894'], who: 'young' }, // dang-ky-ket-hon
  { q: 'Ngộ goá chồng lâu rồi, giờ bán căn nhà ở Quận 5, ngoài phòng công chứng họ đòi giấy xác nhận độc thân, xin ở đâu lị?', expect: ['1.004873'], who: 'elderly' }, // xac-nhan-doc-than-ban-nha
  { q: 'xin giay xac nhan doc than de ban nha', expect: ['1.004873'], who: 'rural' }, // xac-nhan-doc-than-ban-nha
  { q: 'giay xac nhan tinh trang hon nhan', expect: ['1.004873'], who: 'young' }, // xac-nhan-doc-than-ban-nha
  { q: 'Ông nhà tui mới mất hôm qua ở nhà, con cái đang lo đám, cháu chỉ giùm làm giấy báo tử cho ổng ở đâu?', expect: ['1.000656'], who: 'elderly' }, // khai-tu
  { q: 'ba moi mat o nha lam giay bao tu o dau', expect: ['1.000656'], who: 'rural' }, // khai-tu
  { q: 'dang ky khai tu', expect: ['1.000656'], who: 'young' }, // khai-tu
  { q: 'Ba chồng tui mất từ năm 1992 mà hồi đó không có khai tử, giờ anh em chia nhà cần giấy chứng tử, làm bây giờ có được không con?', expect: ['1.000656'], who: 'elderly' }, // khai-tu-qua-han
  { q: 'ong mat lau roi ma chua khai tu, gio lam giay chung tu dc ko', expect: ['1.000656'], who: 'rural' }, // khai-tu-qua-han
  { q: 'khai tu qua han nguoi mat lau nam', expect: ['1.000656'], who: 'young' }, // khai-tu-qua-han
  { q: 'Cháu ơi, tên ngộ trong giấy khai sanh là Quách Thục Phân mà giấy tờ khác lại ghi Quách Thục Phấn, sai cái dấu, giờ sửa lại cho đúng được hông?', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-ten-sai-dau
  { q: 'ten trong giay khai sanh bi sai dau, sua lai sao', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten-sai-dau
  { q: 'cai chinh ho tich sai ten', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten-sai-dau
  { q: 'Con gái tui cha người Hoa, má cũng người Hoa, mà hồi làm khai sanh cán bộ ghi dân tộc Kinh, giờ muốn sửa lại là dân tộc Hoa thì làm sao cô?', expect: ['1.004859'], who: 'elderly' }, // xac-dinh-lai-dan-toc-hoa
  { q: 'sua dan toc trong giay khai sanh tu kinh qua hoa', expect: ['1.004859'], who: 'rural' }, // xac-dinh-lai-dan-toc-hoa
  { q: 'xac dinh lai dan toc', expect: ['1.004859'], who: 'young' }, // xac-dinh-lai-dan-toc-hoa
  { q: 'Đứa cháu ngoại tui, má nó sanh mà chưa đăng ký kết hôn, giờ ba nó muốn nhận con cho đàng hoàng, ghi tên ba vô giấy khai sanh, làm sao con?', expect: ['1.001022'], who: 'elderly' }, // nhan-cha-con
  { q: 'con sinh ra chua co ten cha, gio cha muon nhan con lam ntn', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'thu tuc nhan cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  { q: 'Ba má thằng nhỏ chết vì tai nạn hết rồi, giờ bà ngoại nuôi nó, người ta nói phải làm giấy giám hộ, làm ở đâu cháu?', expect: ['1.004837'], who: 'elderly' }, // giam-ho-chau-mo-coi
  { q: 'cha me chau mat, ba ngoai nuoi, lam giay giam ho sao', expect: ['1.004837'], who: 'rural' }, // giam-ho-chau-mo-coi
  { q: 'dang ky giam ho tre mo coi', expect: ['1.004837'], who: 'young' }, // giam-ho-chau-mo-coi
  { q: 'Con gái tui quen một người Đài Loan, tụi nó muốn làm giấy kết hôn ở bên này, thủ tục có rườm rà không cháu, làm ở đâu?', expect: ['2.000806'], who: 'elderly' }, // ket-hon-nguoi-dai-loan
  { q: 'lay chong dai loan dang ky ket hon o dau', expect: ['2.000806'], who: 'rural' }, // ket-hon-nguoi-dai-loan
  { q: 'ket hon voi nguoi nuoc ngoai dai loan', expect: ['2.000806'], who: 'young' }, // ket-hon-nguoi-dai-loan
  { q: 'Đứa cháu ngoại tui sanh bên Đài Loan, có giấy khai sanh bên đó rồi, giờ má nó dẫn về Việt Nam ở luôn, muốn vô sổ hộ tịch bên mình thì làm sao cô?', expect: ['2.000547'], who: 'elderly' }, // ghi-so-khai-sinh-o-nuoc-ngoai
  { q: 'con sinh ben dai loan da co giay khai sinh ben do, ve vn dang ky lai sao', expect: ['2.000547'], who: 'rural' }, // ghi-so-khai-sinh-o-nuoc-ngoai
  { q: 'ghi vao so ho tich khai sinh o nuoc ngoai', expect: ['2.000547'], who: 'young' }, // ghi-so-khai-sinh-o-nuoc-ngoai
  { q: 'Con gái tui ly dị bên Mỹ rồi, có giấy tòa án bên đó, giờ về đây muốn lấy chồng khác thì phải làm giấy tờ gì cho hợp lệ?', expect: ['2.000554'], who: 'elderly' }, // ghi-chu-ly-hon-nuoc-ngoai
  { q: 'ly hon o nuoc ngoai roi ve vn muon ket hon lai thi lam j', expect: ['2.000554'], who: 'rural' }, // ghi-chu-ly-hon-nuoc-ngoai
  { q: 'ghi chu ly hon nuoc ngoai', expect: ['2.000554'], who: 'young' }, // ghi-chu-ly-hon-nuoc-ngoai
  { q: 'Vợ chồng tui không có con, muốn nhận đứa cháu kêu bằng cô về làm con nuôi cho đàng hoàng, giấy tờ làm ở đâu con?', expect: ['2.001263'], who: 'elderly' }, // nhan-con-nuoi
  { q: 'nhan chau lam con nuoi lam giay to o dau', expect: ['2.001263'], who: 'rural' }, // nhan-con-nuoi
  { q: 'dang ky nhan con nuoi trong nuoc', expect: ['2.001263'], who: 'young' }, // nhan-con-nuoi
  { q: 'Con gái tui ly dị rồi, giờ muốn đổi họ thằng nhỏ theo họ mẹ là họ Lâm, có được không cháu?', expect: ['1.004859'], who: 'elderly' }, // doi-ho-con-theo-me
  { q: 'doi ho cho con theo ho me sau ly hon', expect: ['1.004859'], who: 'rural' }, // doi-ho-con-theo-me
  { q: 'thay doi ho cho con', expect: ['1.004859'], who: 'young' }, // doi-ho-con-theo-me
  { q: 'Hai ông bà tui cưới năm 1968, có tờ giá thú hồi đó mà thất lạc rồi, giờ làm lại giấy hôn thú được hông cháu?', expect: ['1.004746'], who: 'elderly' }, // dang-ky-lai-ket-hon-gia-thu
  { q: 'giay ket hon cua ong ba bi mat tu hoi truoc, lam lai sao', expect: ['1.004746'], who: 'rural' }, // dang-ky-lai-ket-hon-gia-thu
  { q: 'dang ky lai ket hon', expect: ['1.004746'], who: 'young' }, // dang-ky-lai-ket-hon-gia-thu
  { q: 'Cháu ơi, tui cần bản sao giấy hôn thú để làm hồ sơ cho con đi Mỹ, giấy cũ ở nhà vàng ố hết rồi', expect: ['2.000635'], who: 'elderly' }, // trich-luc-ket-hon
  { q: 'xin ban sao giay ket hon o dau', expect: ['2.000635'], who: 'rural' }, // trich-luc-ket-hon
  { q: 'trich luc ket hon ban sao', expect: ['2.000635'], who: 'young' }, // trich-luc-ket-hon
  { q: 'Sáng nay có đứa nhỏ ai bỏ trước cửa chùa Bà ở Chợ Lớn, sư cô đem vô nuôi, giờ làm khai sanh cho nó sao cháu?', expect: ['1.001193'], who: 'elderly' }, // khai-sinh-tre-bi-bo-roi
  { q: 'luom dc em be bi bo roi truoc chua, lam khai sinh sao', expect: ['1.001193'], who: 'rural' }, // khai-sinh-tre-bi-bo-roi
  { q: 'khai sinh tre bi bo roi', expect: ['1.001193'], who: 'young' }, // khai-sinh-tre-bi-bo-roi
  { q: 'Cô ơi, tui muốn sao y mấy giấy tờ nhà với căn cước, có đóng dấu đỏ, làm ở phường được không?', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'sao y giay to o phuong dc ko, bn tien 1 trang', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chung thuc ban sao tu ban chinh', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Ngộ có tờ giấy bên Hồng Kông gửi qua viết chữ Hoa, cháu ngộ dịch ra tiếng Việt rồi, giờ phải chứng cái chữ ký người dịch ở đâu?', expect: ['2.001008', '2.000992'], who: 'elderly' }, // chung-thuc-chu-ky-nguoi-dich
  { q: 'dich giay to tieng hoa sang tieng viet can chung thuc chu ky nguoi dich', expect: ['2.001008', '2.000992'], who: 'rural' }, // chung-thuc-chu-ky-nguoi-dich
  { q: 'chung thuc chu ky nguoi dich', expect: ['2.001008', '2.000992'], who: 'young' }, // chung-thuc-chu-ky-nguoi-dich
  { q: 'Tui già rồi đi không nổi, muốn làm giấy cho thằng con lãnh lương hưu dùm, phải ký tên có xác nhận chữ ký ở phường phải không cháu?', expect: ['2.000884', '1.001601'], who: 'elderly' }, // chung-thuc-chu-ky-giay-uy-quyen
  { q: 'lam giay uy quyen nhan luong huu cho con, chung thuc chu ky', expect: ['2.000884', '1.001601'], who: 'rural' }, // chung-thuc-chu-ky-giay-uy-quyen
  { q: 'chung thuc chu ky giay uy quyen', expect: ['2.000884', '1.001601'], who: 'young' }, // chung-thuc-chu-ky-giay-uy-quyen
  { q: 'Tui bán căn nhà nhỏ trong hẻm đường Hải Thượng Lãn Ông, nghe nói bây giờ chứng thực hợp đồng ở phường cũng được, khỏi ra công chứng, đúng không con?', expect: ['2.001035'], who: 'elderly' }, // chung-thuc-hop-dong-mua-ban-nha
  { q: 'chung thuc hop dong mua ban nha o phuong dc ko', expect: ['2.001035'], who: 'rural' }, // chung-thuc-hop-dong-mua-ban-nha
  { q: 'chung thuc hop dong chuyen nhuong nha dat', expect: ['2.001035'], who: 'young' }, // chung-thuc-hop-dong-mua-ban-nha
  { q: 'Ba má tui mất hết rồi, để lại căn nhà ở Bình Thạnh cho năm anh em, giờ tụi tui làm giấy thỏa thuận chia phần, ký ở phường được hông?', expect: ['2.001406'], who: 'elderly' }, // chung-thuc-phan-chia-di-san
  { q: '5 anh em chia nha cua ba me de lai, lam van ban thoa thuan o phuong', expect: ['2.001406'], who: 'rural' }, // chung-thuc-phan-chia-di-san
  { q: 'chung thuc van ban phan chia di san thua ke', expect: ['2.001406'], who: 'young' }, // chung-thuc-phan-chia-di-san
  { q: 'Thằng con lớn tui ở bên Úc, nó muốn làm giấy ủy quyền cho tui đứng ra lo bán miếng đất, hai mẹ con làm hợp đồng ủy quyền ở đâu cháu?', expect: ['2.001035'], who: 'elderly' }, // chung-thuc-hop-dong-uy-quyen
  { q: 'lam hop dong uy quyen cho me ban dat, con o nuoc ngoai', expect: ['2.001035'], who: 'rural' }, // chung-thuc-hop-dong-uy-quyen
  { q: 'chung thuc hop dong uy quyen', expect: ['2.001035'], who: 'young' }, // chung-thuc-hop-dong-uy-quyen
  { q: 'Tui có phần nhà của ba má để lại mà tui không lấy, nhường hết cho em út, giờ phải làm giấy từ chối ở đâu cháu?', expect: ['2.001016'], who: 'elderly' }, // chung-thuc-tu-choi-di-san
  { q: 'ko nhan phan thua ke, nhuong cho em, lam giay tu choi sao', expect: ['2.001016'], who: 'rural' }, // chung-thuc-tu-choi-di-san
  { q: 'van ban tu choi nhan di san', expect: ['2.001016'], who: 'young' }, // chung-thuc-tu-choi-di-san
  { q: 'Ngộ già rồi, muốn làm tờ di chúc để lại căn nhà ở đường Lương Nhữ Học cho đứa cháu đích tôn, làm ở phường có giá trị hông?', expect: ['2.001019'], who: 'elderly' }, // chung-thuc-di-chuc
  { q: 'viet di chuc de lai nha cho con, chung thuc o phuong', expect: ['2.001019'], who: 'rural' }, // chung-thuc-di-chuc
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' }, // chung-thuc-di-chuc
  { q: 'Con dâu tui ở Bến Tre mới về làm dâu, giờ muốn nhập hộ khẩu vô nhà tui ở Quận 10 thì làm sao con?', expect: ['1.004222'], who: 'elderly' }, // thuong-tru-con-dau
  { q: 'nhap ho khau cho vk ve nha chong', expect: ['1.004222'], who: 'rural' }, // thuong-tru-con-dau
  { q: 'dang ky thuong tru cho vo', expect: ['1.004222'], who: 'young' }, // thuong-tru-con-dau
  { q: 'Tui có mấy phòng cho tụi nhỏ dưới quê lên thuê trọ, đứa bán vé số, đứa làm công nhân, giờ khai tạm trú cho tụi nó ra sao cháu?', expect: ['1.004194'], who: 'elderly' }, // tam-tru-nguoi-thue-tro
  { q: 'dang ky tam tru cho nguoi o tro, chu tro lam dc ko', expect: ['1.004194'], who: 'rural' }, // tam-tru-nguoi-thue-tro
  { q: 'dang ky tam tru online', expect: ['1.004194'], who: 'young' }, // tam-tru-nguoi-thue-tro
  { q: 'Mấy đứa cháu dưới Trà Vinh lên chơi ở nhà tui chừng một tuần, có phải báo với công an phường không cháu?', expect: ['2.001159'], who: 'elderly' }, // luu-tru-ba-con-o-que-len
  { q: 'nguoi nha o que len o vai ngay co can bao luu tru ko', expect: ['2.001159'], who: 'rural' }, // luu-tru-ba-con-o-que-len
  { q: 'khai bao luu tru', expect: ['2.001159'], who: 'young' }, // luu-tru-ba-con-o-que-len
  { q: 'Bà con bên Hồng Kông về thăm, ở nhà ngộ nửa tháng, họ cầm hộ chiếu ngoại quốc, phải đi khai báo ở đâu lị?', expect: ['1.000253', '1.001437'], who: 'elderly' }, // tam-tru-nguoi-nuoc-ngoai-hong-kong
  { q: 'nguoi nuoc ngoai o nha minh phai khai bao tam tru o dau', expect: ['1.000253', '1.001437'], who: 'rural' }, // tam-tru-nguoi-nuoc-ngoai-hong-kong
  { q: 'khai bao tam tru nguoi nuoc ngoai', expect: ['1.000253', '1.001437'], who: 'young' }, // tam-tru-nguoi-nuoc-ngoai-hong-kong
  { q: 'Em tui đi định cư bên Canada mấy chục năm rồi mà tên vẫn còn trong hộ khẩu nhà tui, giờ xóa tên ra sao con?', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru-dinh-cu
  { q: 'xoa ten nguoi di nuoc ngoai ra khoi ho khau', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru-dinh-cu
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru-dinh-cu
  { q: 'Giờ không còn sổ hộ khẩu nữa, ngân hàng đòi giấy chứng minh chỗ ở, tui xin giấy xác nhận cư trú ở đâu con?', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-thong-tin-cu-tru
  { q: 'xin giay xac nhan cu tru thay so ho khau', expect: ['1.010041'], who: 'rural' }, // xac-nhan-thong-tin-cu-tru
  { q: 'giay xac nhan thong tin cu tru ct07', expect: ['1.010041'], who: 'young' }, // xac-nhan-thong-tin-cu-tru
  { q: 'Thằng con trai tui có vợ con rồi, muốn tách riêng một hộ mà vẫn ở chung nhà tui được không cháu?', expect: ['1.010038'], who: 'elderly' }, // tach-ho
  { q: 'tach ho khau rieng cho con trai da co gia dinh', expect: ['1.010038'], who: 'rural' }, // tach-ho
  { q: 'tach ho', expect: ['1.010038'], who: 'young' }, // tach-ho
  { q: 'Đứa cháu tui ở trọ đây, tạm trú hai năm sắp hết hạn rồi, gia hạn thêm làm sao cháu?', expect: ['1.002755'], who: 'elderly' }, // gia-han-tam-tru
  { q: 'tam tru sap het han gia han sao', expect: ['1.002755'], who: 'rural' }, // gia-han-tam-tru
  { q: 'gia han tam tru', expect: ['1.002755'], who: 'young' }, // gia-han-tam-tru
  { q: 'Tui về bên Triều Châu thăm mộ ông bà chừng nửa năm, có phải khai báo vắng nhà với phường không con?', expect: ['1.003677'], who: 'elderly' }, // khai-bao-tam-vang
  { q: 'di xa lau ngay co phai khai bao tam vang ko', expect: ['1.003677'], who: 'rural' }, // khai-bao-tam-vang
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' }, // khai-bao-tam-vang
  { q: 'Nhà tui vẫn ở chỗ cũ mà giờ phường nhập lại đổi tên, số nhà cũng đổi, thông tin cư trú có phải sửa lại không cháu?', expect: ['1.010039'], who: 'elderly' }, // dieu-chinh-dia-chi-cu-tru
  { q: 'so nha doi moi, cap nhat lai dia chi thuong tru sao', expect: ['1.010039'], who: 'rural' }, // dieu-chinh-dia-chi-cu-tru
  { q: 'dieu chinh thong tin trong co so du lieu cu tru', expect: ['1.010039'], who: 'young' }, // dieu-chinh-dia-chi-cu-tru
  { q: 'Đứa cháu nội tui mười bốn tuổi rồi, trường nói phải làm căn cước, dẫn nó đi làm ở đâu cháu?', expect: ['1.014061', '2.000200'], who: 'elderly' }, // can-cuoc-lan-dau-14-tuoi
  { q: 'con 14 tuoi lam can cuoc o dau', expect: ['1.014061', '2.000200'], who: 'rural' }, // can-cuoc-lan-dau-14-tuoi
  { q: 'lam cccd lan dau cho tre em', expect: ['1.014061', '2.000200'], who: 'young' }, // can-cuoc-lan-dau-14-tuoi
  { q: 'Tui đi chợ Bình Tây bị giật giỏ mất cái thẻ căn cước rồi, làm lại có lâu không cháu?', expect: ['1.014064', '2.001194'], who: 'elderly' }, // cap-lai-can-cuoc-mat
  { q: 'bi mat cccd lam lai o dau, mat bn ngay', expect: ['1.014064', '2.001194'], who: 'rural' }, // cap-lai-can-cuoc-mat
  { q: 'cap lai can cuoc bi mat', expect: ['1.014064', '2.001194'], who: 'young' }, // cap-lai-can-cuoc-mat
  { q: 'Tui còn giữ cái chứng minh nhân dân chín số cũ, nghe nói giờ hết xài rồi, phải đổi sang cái thẻ mới phải không con?', expect: ['1.014061', '1.014063'], who: 'elderly' }, // doi-cmnd-sang-can-cuoc
  { q: 'cmnd 9 so cu doi qua can cuoc moi', expect: ['1.014061', '1.014063'], who: 'rural' }, // doi-cmnd-sang-can-cuoc
  { q: 'doi cmnd sang can cuoc', expect: ['1.014061', '1.014063'], who: 'young' }, // doi-cmnd-sang-can-cuoc
  { q: 'Tụi nhỏ nói phải có cái VNeID trên điện thoại mới làm giấy tờ được, ông già như tui thì đăng ký cái đó ở đâu?', expect: ['3.000228'], who: 'elderly' }, // dinh-danh-dien-tu-vneid
  { q: 'dang ky vneid muc 2 o dau', expect: ['3.000228'], who: 'rural' }, // dinh-danh-dien-tu-vneid
  { q: 'kich hoat tai khoan dinh danh dien tu muc 2', expect: ['3.000228'], who: 'young' }, // dinh-danh-dien-tu-vneid
  { q: 'Sổ tiết kiệm với giấy tờ nhà tui còn ghi số chứng minh cũ, ngân hàng bắt xin giấy xác nhận số cũ số mới là một người, xin ở đâu cháu?', expect: ['1.012566'], who: 'elderly' }, // xac-nhan-so-cmnd-cu
  { q: 'xin giay xac nhan so cmnd cu va cccd moi', expect: ['1.012566'], who: 'rural' }, // xac-nhan-so-cmnd-cu
  { q: 'xac nhan so chung minh nhan dan', expect: ['1.012566'], who: 'young' }, // xac-nhan-so-cmnd-cu
  { q: 'Ông anh ngộ từ Campuchia chạy qua đây năm 1979, ở Chợ Lớn tới giờ mà không có giấy tờ quốc tịch gì hết, có làm được cái thẻ căn cước nào không?', expect: ['1.014065'], who: 'elderly' }, // can-cuoc-nguoi-chua-co-quoc-tich
  { q: 'nguoi goc viet tu campuchia ve ko co quoc tich, lam giay to tuy than sao', expect: ['1.014065'], who: 'rural' }, // can-cuoc-nguoi-chua-co-quoc-tich
  { q: 'giay chung nhan can cuoc nguoi chua xac dinh quoc tich', expect: ['1.014065'], who: 'young' }, // can-cuoc-nguoi-chua-co-quoc-tich
  { q: 'Bà chị dâu ngộ quốc tịch Đài Loan, lấy chồng ở đây ba chục năm rồi, giờ muốn vô quốc tịch Việt Nam thì nộp đơn ở đâu?', expect: ['2.002039'], who: 'elderly' }, // nhap-quoc-tich
  { q: 'nguoi nuoc ngoai muon nhap quoc tich vn lam sao', expect: ['2.002039'], who: 'rural' }, // nhap-quoc-tich
  { q: 'xin nhap quoc tich viet nam', expect: ['2.002039'], who: 'young' }, // nhap-quoc-tich
  { q: 'Đứa em tui qua Mỹ rồi mất quốc tịch Việt Nam, giờ về già muốn lấy lại quốc tịch Việt Nam được hông cháu?', expect: ['2.002038', '1.004757'], who: 'elderly' }, // tro-lai-quoc-tich
  { q: 'viet kieu muon lay lai quoc tich vn', expect: ['2.002038', '1.004757'], who: 'rural' }, // tro-lai-quoc-tich
  { q: 'tro lai quoc tich viet nam', expect: ['2.002038', '1.004757'], who: 'young' }, // tro-lai-quoc-tich
  { q: 'Con gái tui lấy chồng Singapore, bên đó bắt bỏ quốc tịch Việt Nam mới cho vô quốc tịch bên đó, làm giấy bỏ ở đâu?', expect: ['2.002036', '1.005141'], who: 'elderly' }, // thoi-quoc-tich
  { q: 'bo quoc tich vn de nhap quoc tich singapore', expect: ['2.002036', '1.005141'], who: 'rural' }, // thoi-quoc-tich
  { q: 'thoi quoc tich viet nam', expect: ['2.002036', '1.005141'], who: 'young' }, // thoi-quoc-tich
  {
    q: 'Căn nhà ngộ ở đường Tổng Đốc Phương mua từ năm 1970, chỉ có tờ bằng khoán với giấy mua bán chế độ cũ, chưa có sổ hồng, giờ xin cấp sổ thì làm sao cháu?',
    expect: ['1.013978'],
    who: 'elderly',
  }, // cap-so-lan-dau-giay-to-che-do-cu
  { q: 'nha chi co giay to che do cu chua co so hong, xin cap so lan dau', expect: ['1.013978'], who: 'rural' }, // cap-so-lan-dau-giay-to-che-do-cu
  { q: 'cap so hong lan dau giay to truoc 1975', expect: ['1.013978'], who: 'young' }, // cap-so-lan-dau-giay-to-che-do-cu
  { q: 'Tui mới mua lại căn nhà của người ta trong hẻm ở Bình Thạnh, công chứng xong rồi, giờ sang tên sổ hồng qua tên tui làm ở đâu?', expect: ['1.013831'], who: 'elderly' }, // sang-ten-mua-nha
  { q: 'mua nha cong chung roi gio sang ten so hong o dau', expect: ['1.013831'], who: 'rural' }, // sang-ten-mua-nha
  { q: 'sang ten so hong sau mua ban', expect: ['1.013831'], who: 'young' }, // sang-ten-mua-nha
  { q: 'Ba tui mất, căn nhà đứng tên ổng, anh em khai nhận thừa kế xong rồi, giờ đứng tên sổ lại cho tui làm sao con?', expect: ['1.013831'], who: 'elderly' }, // sang-ten-thua-ke
  { q: 'sang ten so do thua ke tu ba sang con', expect: ['1.013831'], who: 'rural' }, // sang-ten-thua-ke
  { q: 'dang ky bien dong thua ke quyen su dung dat', expect: ['1.013831'], who: 'young' }, // sang-ten-thua-ke
  { q: 'Nhà tui có cái giấy chủ quyền nhà màu hồng cấp hồi năm 1995, giờ nghe nói đổi qua sổ mới, có cần đổi không cháu?', expect: ['1.012783'], who: 'elderly' }, // cap-doi-so-cu
  { q: 'so hong cu doi qua so moi dc ko', expect: ['1.012783'], who: 'rural' }, // cap-doi-so-cu
  { q: 'cap doi giay chung nhan quyen su dung dat', expect: ['1.012783'], who: 'young' }, // cap-doi-so-cu
  { q: 'Nhà tui bị cháy hồi năm ngoái, cháy luôn cái sổ hồng, giờ xin cấp lại được không cháu?', expect: ['1.012786'], who: 'elderly' }, // cap-lai-so-bi-chay
  { q: 'so hong bi chay mat, xin cap lai', expect: ['1.012786'], who: 'rural' }, // cap-lai-so-bi-chay
  { q: 'cap lai so hong bi mat', expect: ['1.012786'], who: 'young' }, // cap-lai-so-bi-chay
  { q: 'Trong sổ hồng ghi sai năm sinh với tên của tui, thiếu chữ Thị, giờ sửa lại sao cháu?', expect: ['1.012790', '1.012796'], who: 'elderly' }, // dinh-chinh-so-sai-ten
  { q: 'so do ghi sai ten, dinh chinh lai o dau', expect: ['1.012790', '1.012796'], who: 'rural' }, // dinh-chinh-so-sai-ten
  { q: 'dinh chinh giay chung nhan sai thong tin', expect: ['1.012790', '1.012796'], who: 'young' }, // dinh-chinh-so-sai-ten
  { q: 'Tui vay ngân hàng cầm sổ nhà, trả hết nợ rồi, ngân hàng trả sổ, giờ phải làm gì để xóa cái thế chấp ghi trong sổ?', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap
  { q: 'tra het no ngan hang roi xoa the chap so hong', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' }, // xoa-the-chap
  { q: 'Con tui muốn cầm sổ nhà vay ngân hàng mở tiệm may, phải đăng ký thế chấp ở đâu cháu?', expect: ['1.011441'], who: 'elderly' }, // dang-ky-the-chap-vay-mo-tiem
  { q: 'the chap so nha vay ngan hang dang ky o dau', expect: ['1.011441'], who: 'rural' }, // dang-ky-the-chap-vay-mo-tiem
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' }, // dang-ky-the-chap-vay-mo-tiem
  { q: 'Nghe đồn đường trước nhà tui ở Quận 5 sắp mở rộng, muốn hỏi coi nhà mình có dính quy hoạch, lộ giới không thì xin ở đâu?', expect: ['1.014159'], who: 'elderly' }, // thong-tin-quy-hoach-lo-gioi
  { q: 'kiem tra nha co dinh quy hoach ko', expect: ['1.014159'], who: 'rural' }, // thong-tin-quy-hoach-lo-gioi
  { q: 'tra cuu thong tin quy hoach dat', expect: ['1.014159'], who: 'young' }, // thong-tin-quy-hoach-lo-gioi
  { q: 'Tui có miếng đất ở Bình Thạnh muốn chia ra làm hai cho hai đứa con, mỗi đứa một sổ, làm sao cháu?', expect: ['1.012784'], who: 'elderly' }, // tach-thua
  { q: 'chia dat cho 2 con, tach so rieng', expect: ['1.012784'], who: 'rural' }, // tach-thua
  { q: 'tach thua dat', expect: ['1.012784'], who: 'young' }, // tach-thua
  { q: 'Ngộ muốn cho đứa con gái út căn nhà đang ở, làm giấy cho tặng rồi sang tên cho nó thì làm ở đâu?', expect: ['2.001035', '1.013831'], who: 'elderly' }, // tang-cho-nha-cho-con
  { q: 'cho con nha dat, lam hop dong tang cho sang ten', expect: ['2.001035', '1.013831'], who: 'rural' }, // tang-cho-nha-cho-con
  { q: 'tang cho nha dat cho con', expect: ['2.001035', '1.013831'], who: 'young' }, // tang-cho-nha-cho-con
  { q: 'Vợ chồng thằng con tui đi làm công nhân, muốn đăng ký mua nhà ở xã hội, phải xin giấy xác nhận gì ở phường?', expect: ['1.014632'], who: 'elderly' }, // xac-nhan-mua-nha-o-xa-hoi
  { q: 'xin xac nhan dieu kien mua nha o xa hoi', expect: ['1.014632'], who: 'rural' }, // xac-nhan-mua-nha-o-xa-hoi
  { q: 'xac nhan thu nhap mua nha o xa hoi', expect: ['1.014632'], who: 'young' }, // xac-nhan-mua-nha-o-xa-hoi
  { q: 'Tui ở căn nhà nhà nước cho thuê từ sau giải phóng tới giờ, đóng tiền thuê đều, giờ muốn mua luôn căn đó được hông cháu?', expect: ['1.012893'], who: 'elderly' }, // mua-nha-thue-cua-nha-nuoc
  { q: 'o nha thue cua nha nuoc lau nam muon mua lai', expect: ['1.012893'], who: 'rural' }, // mua-nha-thue-cua-nha-nuoc
  { q: 'mua nha o cu thuoc so huu nha nuoc', expect: ['1.012893'], who: 'young' }, // mua-nha-thue-cua-nha-nuoc
  { q: 'Má tui đứng tên hợp đồng thuê căn nhà nhà nước ở chung cư, giờ má mất rồi, tui muốn đứng tên thuê tiếp thì làm sao?', expect: ['1.012897', '1.012898'], who: 'elderly' }, // chuyen-ten-hop-dong-thue-nha-nuoc
  { q: 'me dung ten thue nha nha nuoc da mat, con dung ten lai', expect: ['1.012897', '1.012898'], who: 'rural' }, // chuyen-ten-hop-dong-thue-nha-nuoc
  { q: 'chuyen ten hop dong thue nha nha nuoc', expect: ['1.012897', '1.012898'], who: 'young' }, // chuyen-ten-hop-dong-thue-nha-nuoc
  { q: 'Nhà tui trong hẻm đường Bạch Đằng cũ quá, muốn đập ra cất lại ba tầng, phải xin giấy phép xây dựng ở đâu cháu?', expect: ['1.013225'], who: 'elderly' }, // gpxd-nha-o-rieng-le
  { q: 'xin giay phep xay nha 3 tang trong hem', expect: ['1.013225'], who: 'rural' }, // gpxd-nha-o-rieng-le
  { q: 'giay phep xay dung nha o rieng le', expect: ['1.013225'], who: 'young' }, // gpxd-nha-o-rieng-le
  { q: 'Tui muốn sửa lại cái mặt tiền với nâng nền nhà cho khỏi ngập nước, sửa vậy có phải xin phép không con?', expect: ['1.013229'], who: 'elderly' }, // gp-sua-chua-nang-nen
  { q: 'sua nha nang nen co can xin phep ko', expect: ['1.013229'], who: 'rural' }, // gp-sua-chua-nang-nen
  { q: 'giay phep sua chua cai tao nha', expect: ['1.013229'], who: 'young' }, // gp-sua-chua-nang-nen
  { q: 'Nhà tui nằm trong quy hoạch làm đường mà chưa biết bao giờ giải tỏa, muốn xây lại tạm cho con cháu ở được không?', expect: ['1.013225'], who: 'elderly' }, // gpxd-co-thoi-han
  { q: 'nha trong quy hoach muon xay tam dc ko', expect: ['1.013225'], who: 'rural' }, // gpxd-co-thoi-han
  { q: 'giay phep xay dung co thoi han', expect: ['1.013225'], who: 'young' }, // gpxd-co-thoi-han
  { q: 'Nhà tui có đám cưới, muốn dựng rạp che trước nhà lấn ra vỉa hè một hai bữa, có phải xin phép phường không?', expect: ['1.013274'], who: 'elderly' }, // via-he-dung-rap-dam-cuoi
  { q: 'dung rap dam cuoi tren le duong xin phep o dau', expect: ['1.013274'], who: 'rural' }, // via-he-dung-rap-dam-cuoi
  { q: 'xin phep su dung tam thoi via he', expect: ['1.013274'], who: 'young' }, // via-he-dung-rap-dam-cuoi
  { q: 'Nhà tui muốn đào lề trước nhà để nối ống nước thải ra cống, phải xin phép đào đường ở đâu vậy cháu?', expect: ['1.013061'], who: 'elderly' }, // dao-le-noi-cong
  { q: 'dao le duong noi ong cong xin phep o dau', expect: ['1.013061'], who: 'rural' }, // dao-le-noi-cong
  { q: 'cap phep thi cong dao duong', expect: ['1.013061'], who: 'young' }, // dao-le-noi-cong
  { q: 'Nhà tui mới xây xong, trong sổ chỉ có đất, giờ muốn ghi thêm căn nhà vô sổ thì làm sao?', expect: ['1.013995'], who: 'elderly' }, // bo-sung-nha-vao-so
  { q: 'xay nha xong cap nhat nha vao so hong', expect: ['1.013995'], who: 'rural' }, // bo-sung-nha-vao-so
  { q: 'dang ky bo sung tai san gan lien voi dat', expect: ['1.013995'], who: 'young' }, // bo-sung-nha-vao-so
  { q: 'Con gái tui mở tiệm may đồ bộ nhỏ ở nhà, đường Phùng Hưng, có phải đăng ký giấy phép kinh doanh không cháu?', expect: ['1.001612'], who: 'elderly' }, // dang-ky-hkd-tiem-may
  { q: 'mo tiem may nho tai nha co can dang ky kinh doanh ko', expect: ['1.001612'], who: 'rural' }, // dang-ky-hkd-tiem-may
  { q: 'dang ky ho kinh doanh', expect: ['1.001612'], who: 'young' }, // dang-ky-hkd-tiem-may
  { q: 'Tiệm tạp hóa đứng tên ông nhà tui mà ổng mất rồi, giờ muốn chuyển qua tên tui đứng thì làm sao?', expect: ['2.000720'], who: 'elderly' }, // thay-doi-chu-hkd
  { q: 'doi ten chu ho kinh doanh', expect: ['2.000720'], who: 'rural' }, // thay-doi-chu-hkd
  { q: 'thay doi noi dung dang ky ho kinh doanh', expect: ['2.000720'], who: 'young' }, // thay-doi-chu-hkd
  { q: 'Tiệm hủ tiếu nhà tui muốn nghỉ bán mấy tháng để về Phan Thiết lo đám giỗ với sửa nhà, có phải báo tạm nghỉ không con?', expect: ['1.001570'], who: 'elderly' }, // tam-ngung-hkd
  { q: 'nghi ban may thang bao tam ngung kinh doanh', expect: ['1.001570'], who: 'rural' }, // tam-ngung-hkd
  { q: 'tam ngung ho kinh doanh', expect: ['1.001570'], who: 'young' }, // tam-ngung-hkd
  { q: 'Tiệm vải ở chợ Soái Kình Lâm ế quá, ngộ đóng cửa luôn, phải trả giấy phép kinh doanh ở đâu lị?', expect: ['1.001266'], who: 'elderly' }, // cham-dut-hkd
  { q: 'dong cua tiem luon tra giay phep kinh doanh', expect: ['1.001266'], who: 'rural' }, // cham-dut-hkd
  { q: 'cham dut hoat dong ho kinh doanh', expect: ['1.001266'], who: 'young' }, // cham-dut-hkd
  { q: 'Thằng cháu tui muốn mở công ty nhỏ bán hàng online, thành lập công ty thì nộp hồ sơ ở đâu?', expect: ['2.001583', '2.001199'], who: 'elderly' }, // thanh-lap-cong-ty
  { q: 'thanh lap cong ty tnhh lam sao', expect: ['2.001583', '2.001199'], who: 'rural' }, // thanh-lap-cong-ty
  { q: 'dang ky thanh lap cong ty tnhh 1 thanh vien', expect: ['2.001583', '2.001199'], who: 'young' }, // thanh-lap-cong-ty
  { q: 'Ngộ bán đồ khô, khô mực, tôm khô ở chợ Bình Tây, người ta đòi giấy an toàn thực phẩm cho cơ sở, xin chỗ nào lị?', expect: ['2.001827'], who: 'elderly' }, // attp-do-kho-cho-binh-tay
  { q: 'ban kho muc tom kho can giay attp', expect: ['2.001827'], who: 'rural' }, // attp-do-kho-cho-binh-tay
  { q: 'chung nhan co so du dieu kien attp nong lam thuy san', expect: ['2.001827'], who: 'young' }, // attp-do-kho-cho-binh-tay
  { q: 'Sang tên nhà xong người ta nói phải đóng tiền trước bạ, đóng ở đâu, bao nhiêu vậy con?', expect: ['1.007277'], who: 'elderly' }, // le-phi-truoc-ba-nha
  { q: 'dong le phi truoc ba nha dat o dau', expect: ['1.007277'], who: 'rural' }, // le-phi-truoc-ba-nha
  { q: 'khai le phi truoc ba nha dat', expect: ['1.007277'], who: 'young' }, // le-phi-truoc-ba-nha
  { q: 'Tiệm may nhà tui nhỏ xíu, năm nay phải đóng thuế khoán hay tự kê khai, khai ở đâu cháu?', expect: ['1.011022'], who: 'elderly' }, // thue-ho-kinh-doanh
  { q: 'ho kinh doanh khai thue o dau', expect: ['1.011022'], who: 'rural' }, // thue-ho-kinh-doanh
  { q: 'khai thue ho kinh doanh', expect: ['1.011022'], who: 'young' }, // thue-ho-kinh-doanh
  { q: 'Con tui đi làm công ty, nó muốn đăng ký cho tui là người phụ thuộc để giảm thuế, cần giấy gì của tui?', expect: ['1.008498'], who: 'elderly' }, // nguoi-phu-thuoc-giam-tru
  { q: 'dang ky nguoi phu thuoc giam tru gia canh', expect: ['1.008498'], who: 'rural' }, // nguoi-phu-thuoc-giam-tru
  { q: 'dang ky ma so thue nguoi phu thuoc', expect: ['1.008498'], who: 'young' }, // nguoi-phu-thuoc-giam-tru
  { q: 'Tui cho thuê mấy phòng trọ, nghe nói phải khai thuế cho thuê nhà, khai ở đâu vậy con?', expect: ['1.007689'], who: 'elderly' }, // thue-cho-thue-phong-tro
  { q: 'cho thue phong tro co phai dong thue ko, khai o dau', expect: ['1.007689'], who: 'rural' }, // thue-cho-thue-phong-tro
  { q: 'khai thue cho thue tai san', expect: ['1.007689'], who: 'young' }, // thue-cho-thue-phong-tro
  { q: 'Tui mới mua chiếc xe Honda cho thằng cháu đi học, đăng ký bấm biển số ở đâu cháu?', expect: ['1.013067', '1.012575'], who: 'elderly' }, // dang-ky-xe-may-moi
  { q: 'mua xe may moi dang ky bien so o dau', expect: ['1.013067', '1.012575'], who: 'rural' }, // dang-ky-xe-may-moi
  { q: 'dang ky xe may moi', expect: ['1.013067', '1.012575'], who: 'young' }, // dang-ky-xe-may-moi
  { q: 'Tui mua lại chiếc xe máy cũ của ông hàng xóm, giấy tờ còn đứng tên ổng, giờ sang tên qua tui làm sao?', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-may-cu
  { q: 'mua xe cu sang ten chinh chu', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-may-cu
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-may-cu
  { q: 'Cái bằng lái xe máy tui thi hồi năm 1990 bằng giấy bìa, nghe nói phải đổi qua bằng thẻ nhựa, đổi ở đâu con?', expect: ['3.000347'], who: 'elderly' }, // doi-bang-lai-giay-bia
  { q: 'bang lai xe giay cu doi qua the pet', expect: ['3.000347'], who: 'rural' }, // doi-bang-lai-giay-bia
  { q: 'doi gplx giay bia sang the pet', expect: ['3.000347'], who: 'young' }, // doi-bang-lai-giay-bia
  { q: 'Thằng con tui làm mất bằng lái xe ô tô rồi, xin lại ở đâu cháu?', expect: ['3.000348'], who: 'elderly' }, // cap-lai-bang-lai-mat
  { q: 'mat bang lai o to lam lai', expect: ['3.000348'], who: 'rural' }, // cap-lai-bang-lai-mat
  { q: 'cap lai gplx bi mat', expect: ['3.000348'], who: 'young' }, // cap-lai-bang-lai-mat
  { q: 'Chiếc xe Cub cũ của ông nhà tui hư nát bán ve chai rồi, người ta nói phải đi trả biển số, trả ở đâu?', expect: ['1.013123', '1.013065'], who: 'elderly' }, // thu-hoi-bien-so-xe-ban-ve-chai
  { q: 'xe cu ban phe lieu roi tra bien so', expect: ['1.013123', '1.013065'], who: 'rural' }, // thu-hoi-bien-so-xe-ban-ve-chai
  { q: 'thu hoi dang ky bien so xe', expect: ['1.013123', '1.013065'], who: 'young' }, // thu-hoi-bien-so-xe-ban-ve-chai
  { q: 'Nhà tui bán vé số, chồng bệnh nằm một chỗ, muốn xin vô hộ nghèo để có bảo hiểm y tế, xin ở phường hả cháu?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-ngheo
  { q: 'xin xet ho ngheo ho can ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-ngheo
  { q: 'cong nhan ho ngheo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-ngheo
  { q: 'Tui không có lương hưu, muốn mua bảo hiểm y tế theo hộ gia đình để đi khám bệnh, mua ở đâu?', expect: ['1.001939'], who: 'elderly' }, // bhyt-ho-gia-dinh
  { q: 'mua bhyt ho gia dinh o dau', expect: ['1.001939'], who: 'rural' }, // bhyt-ho-gia-dinh
  { q: 'cap the bhyt ho gia dinh', expect: ['1.001939'], who: 'young' }, // bhyt-ho-gia-dinh
  { q: 'Thằng cháu tui làm công nhân mấy năm, nghỉ việc về quê, muốn rút bảo hiểm xã hội một lần thì làm sao?', expect: ['1.001613'], who: 'elderly' }, // bhxh-mot-lan
  { q: 'rut bhxh 1 lan lam sao', expect: ['1.001613'], who: 'rural' }, // bhxh-mot-lan
  { q: 'huong bhxh mot lan', expect: ['1.001613'], who: 'young' }, // bhxh-mot-lan
  { q: 'Tui lãnh lương hưu ở ngoài Hà Nội, giờ vô Sài Gòn ở với con, muốn chuyển chỗ lãnh vô đây làm sao?', expect: ['1.001742'], who: 'elderly' }, // chuyen-noi-nhan-luong-huu
  { q: 'chuyen noi nhan luong huu tu ha noi vao sai gon', expect: ['1.001742'], who: 'rural' }, // chuyen-noi-nhan-luong-huu
  { q: 'chuyen noi huong luong huu', expect: ['1.001742'], who: 'young' }, // chuyen-noi-nhan-luong-huu
  { q: 'Thằng cháu tui sắp đi xuất khẩu lao động Đài Loan, công ty đòi phiếu lý lịch tư pháp, xin ở đâu cháu?', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap-xkld
  { q: 'xin ly lich tu phap di xkld', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap-xkld
  { q: 'phieu ly lich tu phap so 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap-xkld
  { q: 'Nhà bên cạnh xây lấn qua vách tường chung nhà tui mấy tấc, nói hoài không nghe, nhờ phường hòa giải được không cháu?', expect: ['1.012812', '1.013967'], who: 'elderly' }, // hoa-giai-lan-vach-tuong
  { q: 'hang xom xay lan dat nha minh nho phuong hoa giai', expect: ['1.012812', '1.013967'], who: 'rural' }, // hoa-giai-lan-vach-tuong
  { q: 'hoa giai tranh chap dat dai', expect: ['1.012812', '1.013967'], who: 'young' }, // hoa-giai-lan-vach-tuong
  { q: 'Tui già nghèo, bị người ta lừa ký giấy bán nhà, muốn có luật sư giúp mà không có tiền, nhà nước có giúp không cháu?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'nguoi ngheo can luat su mien phi', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  { q: 'Tui muốn đi Hồng Kông thăm bà con, chưa có hộ chiếu bao giờ, làm ở đâu cháu?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu-di-hong-kong
  { q: 'lam ho chieu lan dau o dau', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu-di-hong-kong
  { q: 'cap ho chieu pho thong', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu-di-hong-kong
  { q: 'Con tui ra Hà Nội làm, muốn mang con chó nhỏ theo đi máy bay, nghe nói phải có giấy kiểm dịch, xin ở đâu?', expect: ['1.002338'], who: 'elderly' }, // kiem-dich-cho-di-may-bay
  { q: 'mang cho di may bay can giay kiem dich', expect: ['1.002338'], who: 'rural' }, // kiem-dich-cho-di-may-bay
  { q: 'kiem dich dong vat van chuyen ra khoi tinh', expect: ['1.002338'], who: 'young' }, // kiem-dich-cho-di-may-bay
  { q: 'Cây sao trước cửa nhà tui to quá, mùa mưa gãy nhánh rớt xuống mái, muốn xin chặt thì xin ai cháu?', expect: ['1.002693'], who: 'elderly' }, // chat-cay-xanh-truoc-nha
  { q: 'cay xanh truoc nha sap do xin chat', expect: ['1.002693'], who: 'rural' }, // chat-cay-xanh-truoc-nha
  { q: 'cap phep chat ha cay xanh do thi', expect: ['1.002693'], who: 'young' }, // chat-cay-xanh-truoc-nha
  { q: 'Ông chú tui ở Thanh Đa có chiếc ghe nhỏ chở hàng trên sông Sài Gòn, có phải đăng ký ghe không cháu?', expect: ['1.004047', '1.004088'], who: 'elderly' }, // dang-ky-ghe-cho-hang
  { q: 'ghe nho cho hang tren song co phai dang ky ko', expect: ['1.004047', '1.004088'], who: 'rural' }, // dang-ky-ghe-cho-hang
  { q: 'dang ky phuong tien thuy noi dia', expect: ['1.004047', '1.004088'], who: 'young' }, // dang-ky-ghe-cho-hang
  { q: 'Ông nhà tui mất để lại cuốn sổ tiết kiệm ở ngân hàng, tui muốn rút tiền ra thì phải có giấy gì ở phường?', expect: ['2.001406'], who: 'elderly' }, // rut-so-tiet-kiem-nguoi-mat
  { q: 'chong mat de lai so tiet kiem rut tien sao', expect: ['2.001406'], who: 'rural' }, // rut-so-tiet-kiem-nguoi-mat
  { q: 'rut tien so tiet kiem nguoi da mat', expect: ['2.001406'], who: 'young' }, // rut-so-tiet-kiem-nguoi-mat
  { q: 'Người ta mượn tui hai chục triệu hai năm rồi không trả, giờ tui muốn thưa kiện thì làm đơn ở đâu cháu?', expect: ['3.000163'], who: 'elderly' }, // kien-doi-no
  { q: 'cho muon tien ko tra muon kien doi no', expect: ['3.000163'], who: 'rural' }, // kien-doi-no
  { q: 'kien doi no', expect: ['3.000163'], who: 'young' }, // kien-doi-no
  { q: 'Tui có mấy tờ tiền bị chuột gặm rách, đổi lại tiền mới ở đâu cháu?', expect: ['2.001077', '1.001831'], who: 'elderly' }, // doi-tien-rach
  { q: 'tien bi rach doi o dau', expect: ['2.001077', '1.001831'], who: 'rural' }, // doi-tien-rach
  { q: 'doi tien rach', expect: ['2.001077', '1.001831'], who: 'young' }, // doi-tien-rach
];

export const THIRTYFOURTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // chung-cu-cu-boi-thuong-tai-dinh-cu: only investor-side procedures for rebuilding old apartment blocks; nothing a resident files for compensation or temporary housing
  { q: 'Chung cư cũ tui ở trên đường Nguyễn Trãi sắp đập xây lại, hỏi coi tiền bồi thường với chỗ ở tạm thời thì làm giấy tờ ở đâu cháu?', who: 'elderly' },
  { q: 'chung cu cu bi dap xay lai, boi thuong tai dinh cu lam sao', who: 'rural' },
  { q: 'boi thuong tai dinh cu cai tao chung cu cu', who: 'young' },
  // giay-phep-ban-le-ruou: alcohol retail licences belong to the trade ministry, absent from the crawl
  { q: 'Tiệm tạp hóa tui có bán bia rượu, nghe nói phải có giấy phép bán rượu, xin ở đâu cháu?', who: 'elderly' },
  { q: 'tiem tap hoa ban ruou can giay phep j', who: 'rural' },
  { q: 'giay phep ban le ruou', who: 'young' },
  // giay-phep-ban-le-thuoc-la: tobacco retail licences belong to the trade ministry, absent from the crawl
  { q: 'Tui bán thuốc lá lẻ ở sạp đầu hẻm, người ta nói phải xin giấy phép, thiệt không cháu?', who: 'elderly' },
  { q: 'ban thuoc la le can giay phep ko', who: 'rural' },
  { q: 'giay phep ban le thuoc la', who: 'young' },
  // attp-quan-com-tam: food-safety certificates for eateries belong to the health ministry, absent (only the agriculture one for farm/fishery products)
  { q: 'Quán cơm tấm nhà tui bán cũng lâu rồi, giờ phường nói phải có giấy chứng nhận an toàn thực phẩm, xin ở đâu cháu?', who: 'elderly' },
  { q: 'quan an can giay an toan thuc pham xin o dau', who: 'rural' },
  { q: 'giay chung nhan attp quan an', who: 'young' },
  // giay-phep-karaoke: karaoke licences belong to the culture ministry, absent from the crawl
  { q: 'Thằng con tui muốn mở quán karaoke nhỏ ở Bình Thạnh, phải xin giấy phép gì cháu?', who: 'elderly' },
  { q: 'mo quan karaoke can giay phep gi', who: 'rural' },
  { q: 'giay phep kinh doanh karaoke', who: 'young' },
  // bang-hieu-quang-cao: shop signs/advertising notices belong to the culture ministry, absent (only roadside billboards in road corridors)
  { q: 'Tui muốn treo cái bảng hiệu lớn chữ Hoa chữ Việt trước tiệm thuốc bắc, có phải xin phép không?', who: 'elderly' },
  { q: 'treo bang hieu lon truoc tiem co phai xin phep', who: 'rural' },
  { q: 'thu tuc dang ky bang quang cao bang hieu', who: 'young' },
  // tiem-thuoc-bac-duoc-lieu: pharmacy/herbal-medicine trading certificates belong to the health ministry, absent from the crawl
  { q: 'Tiệm thuốc bắc của ông nội để lại ở đường Hải Thượng Lãn Ông, giờ cháu tui muốn đứng tên bán tiếp thì phải có giấy phép gì?', who: 'elderly' },
  { q: 'mo tiem thuoc bac can giay phep j', who: 'rural' },
  { q: 'giay chung nhan du dieu kien kinh doanh duoc lieu', who: 'young' },
  // le-via-ba-hoi-quan: belief festivals are home-affairs (religion) procedures, absent from the crawl
  { q: 'Hội quán của người Hoa tụi tui năm nào cũng làm lễ vía Bà Thiên Hậu, rước kiệu, múa lân, có phải báo với phường trước không cháu?', who: 'elderly' },
  { q: 'to chuc le via ba o hoi quan co phai xin phep ko', who: 'rural' },
  { q: 'thong bao to chuc le hoi tin nguong', who: 'young' },
  // thanh-lap-hoi-dong-huong: association registration is a home-affairs procedure, absent from the crawl
  { q: 'Mấy ông già Triều Châu trong xóm muốn lập cái hội đồng hương cho đàng hoàng, có con dấu, đăng ký ở đâu cháu?', who: 'elderly' },
  { q: 'thanh lap hoi dong huong dang ky o dau', who: 'rural' },
  { q: 'thanh lap hoi', who: 'young' },
  // nguoi-trong-coi-mieu: registering the keeper of a belief site is a home-affairs (religion) procedure, absent from the crawl
  { q: 'Miếu Ông Bổn trong xóm tui mới bầu người trông coi mới, có phải báo lên phường không cháu?', who: 'elderly' },
  { q: 'mieu trong xom doi nguoi trong coi, bao phuong', who: 'rural' },
  { q: 'dang ky nguoi dai dien co so tin nguong', who: 'young' },
  // tro-cap-nguoi-tren-80: social allowances for the elderly (social protection) are absent from the crawl
  { q: 'Tui năm nay tám mươi mốt tuổi rồi, nghe nói người trên tám chục được lãnh tiền hàng tháng của nhà nước, đăng ký ở đâu cháu?', who: 'elderly' },
  { q: 'ong ba tren 80 tuoi duoc lanh tien tro cap dang ky sao', who: 'rural' },
  { q: 'tro cap xa hoi nguoi cao tuoi', who: 'young' },
  // ho-tro-mai-tang: funeral support for social-allowance recipients (social protection) is absent; BHXH survivorship does not fit
  { q: 'Má tui đang lãnh trợ cấp người già, mới mất tuần trước, nghe nói có tiền hỗ trợ mai táng, làm giấy ở đâu?', who: 'elderly' },
  { q: 'me dang lanh tro cap gia moi mat, xin tien mai tang', who: 'rural' },
  { q: 'ho tro chi phi mai tang', who: 'young' },
  // xac-dinh-khuyet-tat: disability assessment (social protection) is absent from the crawl
  { q: 'Đứa cháu nội tui bị bại não từ nhỏ, người ta nói phải xin giấy xác nhận khuyết tật mới được trợ cấp, làm ở đâu?', who: 'elderly' },
  { q: 'con bi khuyet tat xin giay xac nhan khuyet tat', who: 'rural' },
  { q: 'xac dinh muc do khuyet tat', who: 'young' },
  // tho-cung-liet-si: worship allowance for martyrs (people with merit, home affairs) is absent; only police-side martyr recognition
  { q: 'Anh tui là liệt sĩ hy sinh năm 1968 ở Sài Gòn, ba má mất rồi, giờ tui muốn đứng ra nhận tiền thờ cúng liệt sĩ thì làm sao?', who: 'elderly' },
  { q: 'nhan tro cap tho cung liet si khi cha me mat', who: 'rural' },
  { q: 'tro cap tho cung liet si', who: 'young' },
  // tro-cap-that-nghiep: unemployment benefit claims (labour) are absent; only authorising someone to collect it
  { q: 'Con dâu tui bị công ty may cho nghỉ việc, nghe nói được lãnh tiền thất nghiệp, nộp giấy ở đâu cháu?', who: 'elderly' },
  { q: 'bi cho nghi viec lanh tro cap that nghiep o dau', who: 'rural' },
  { q: 'huong tro cap that nghiep', who: 'young' },
  // khieu-nai-quyet-dinh-phat: the fine came from the ward (UBND); the crawl only has complaints against police decisions, no general complaint procedure
  { q: 'Phường ra quyết định phạt tui lấn chiếm vỉa hè bán bánh mì, tui thấy không đúng, muốn làm đơn khiếu nại thì nộp đâu?', who: 'elderly' },
  { q: 'lam don khieu nai quyet dinh phat', who: 'rural' },
  { q: 'khieu nai quyet dinh hanh chinh', who: 'young' },
  // chuyen-truong-chau-tu-que: school transfers (education) are absent from the crawl
  { q: 'Đứa cháu nội tui ở dưới Cà Mau mới lên ở với ông bà, muốn xin cho nó vô học lớp ba trường gần nhà ở Quận 10 thì làm sao cháu?', who: 'elderly' },
  { q: 'xin cho con vao hoc truong gan cho tro, chuyen truong tu que len', who: 'rural' },
  { q: 'chuyen truong tieu hoc', who: 'young' },
  // giay-phep-ban-hang-rong: no street-vending permit in the national catalogue
  { q: 'Tui đẩy xe bán bánh bò bánh da lợn dạo mấy chục năm rồi, có giấy phép bán hàng rong nào để khỏi bị đuổi không cháu?', who: 'elderly' },
  { q: 'xin giay phep ban hang rong de ko bi duoi', who: 'rural' },
  { q: 'dang ky ban hang rong', who: 'young' },
  // the-xe-buyt-mien-phi: free bus cards are a city service, not a national procedure
  { q: 'Nghe nói người già được đi xe buýt khỏi trả tiền, tui đi làm cái thẻ đó ở đâu cháu?', who: 'elderly' },
  { q: 'nguoi gia di xe buyt mien phi lam the o dau', who: 'rural' },
  { q: 'the xe buyt mien phi nguoi cao tuoi', who: 'young' },
  // doi-lai-nha-truoc-75: no procedure for reclaiming houses taken under state management after 1975
  { q: 'Nhà ba ngộ ở đường Đồng Khánh hồi trước bị nhà nước quản lý sau năm 1975, giờ ngộ còn giấy tờ gốc, muốn xin lại căn nhà đó được hông?', who: 'elderly' },
  { q: 'nha cua gia dinh bi nha nuoc quan ly tu sau 75 muon doi lai', who: 'rural' },
  { q: 'doi lai nha bi quan ly sau 1975', who: 'young' },
  // dong-ho-nuoc-dien: utility meters are the water/power companies' business, not an administrative procedure
  { q: 'Căn phòng trọ tui cho thuê muốn gắn thêm đồng hồ điện riêng với đồng hồ nước riêng thì đăng ký ở đâu?', who: 'elderly' },
  { q: 'gan dong ho dien nuoc rieng cho phong tro', who: 'rural' },
  { q: 'dang ky lap dong ho nuoc', who: 'young' },
  // bao-mat-trom-xe: crime reports to police are not in the catalogue (only lost passport/travel documents)
  { q: 'Chiếc xe máy của thằng con tui dựng trước tiệm bị trộm lấy mất tối qua, đi báo ở đâu để tìm lại?', who: 'elderly' },
  { q: 'bi trom xe may trinh bao o dau', who: 'rural' },
  { q: 'trinh bao mat xe', who: 'young' },
  // tiem-chung-cho-chau: vaccination (health) is absent from the crawl
  { q: 'Đứa cháu ngoại tui mới hai tháng, muốn đăng ký cho nó chích ngừa ở đâu cháu?', who: 'elderly' },
  { q: 'chich ngua cho con o dau mien phi', who: 'rural' },
  { q: 'dang ky tiem chung mo rong', who: 'young' },
];
