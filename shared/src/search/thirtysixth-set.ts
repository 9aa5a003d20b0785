import type { CitizenQuery } from './dev-set';

/** THIRTYSIXTH blind held-out set (issue 17). Persona: a coastal commune of Cà Mau / Bạc Liêu — shrimp and crab ponds,
 *  salt-water intrusion and coastal erosion, fishing boats and crew, mangrove forest contracts, charcoal kilns, families split
 *  with factories in Bình Dương / Đồng Nai, grandparents raising children, Khmer neighbours, old people without birth papers;
 *  southern speech (tui, hổng, dìa, má, tía, mần giấy). Written 2026-12-07 (UTC) blind: queries drafted
 *  before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtysixth-draft-20261207T0850Z.txt  sha256 8ed1f81e621139353c27f4bca5e2f1950b3b139283c928a689f3c4366a30215f
 *  354 queries (118 situations x 3 voices): 261 labelled (elderly 87, rural 87, young 87), 93 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYSIXTH_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'Cháu ơi, tui muốn làm giấy khai sanh cho thằng cháu nội, tía má nó đi làm công ty trên Bình Dương hết, hổng dìa được, bà nội đi làm thay được hông?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // ks-chau-cha-me-di-lam-xa
  { q: 'ba noi di lam khai sanh cho chau dc ko, cha me no lam cty binh duong', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // ks-chau-cha-me-di-lam-xa
  { q: 'dang ky khai sinh nguoi khac di thay', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // ks-chau-cha-me-di-lam-xa
  { q: 'Tui năm nay bảy mươi mấy rồi mà hồi đó tía má hổng có mần giấy khai sanh cho tui, giờ muốn làm thì làm sao con?', expect: ['1.004772', '1.001193'], who: 'elderly' }, // ks-nguoi-gia-chua-tung-co
  { q: 'nguoi gia chua tung co giay khai sanh gio lam dc ko', expect: ['1.004772', '1.001193'], who: 'rural' }, // ks-nguoi-gia-chua-tung-co
  { q: 'khai sinh cho nguoi lon tuoi chua dang ky', expect: ['1.004772', '1.001193'], who: 'young' }, // ks-nguoi-gia-chua-tung-co
  { q: 'Con dâu tui đẻ ở nhà, bà mụ trong xóm đỡ, hổng có giấy của nhà thương, giờ khai sanh cho nhỏ được hông cháu?', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' }, // ks-sinh-o-nha-khong-giay-chung-sinh
  { q: 'de o nha ko co giay chung sinh lam khai sanh sao', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // ks-sinh-o-nha-khong-giay-chung-sinh
  { q: 'khai sinh khong co giay chung sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // ks-sinh-o-nha-khong-giay-chung-sinh
  { q: 'Con gái tui với thằng chồng nó ở chung mà chưa có đăng ký kết hôn, giờ sanh con muốn khai sanh có tên cha luôn thì mần sao?', expect: ['1.000689'], who: 'elderly' }, // ks-ket-hop-nhan-cha
  { q: 'chua dk ket hon ma muon khai sanh cho con co ten cha', expect: ['1.000689'], who: 'rural' }, // ks-ket-hop-nhan-cha
  { q: 'khai sinh ket hop nhan cha con', expect: ['1.000689'], who: 'young' }, // ks-ket-hop-nhan-cha
  { q: 'Thằng nhỏ bảy tuổi rồi mà trong giấy khai sanh bỏ trống chỗ tên cha, giờ tía nó muốn nhận con thì đi đâu mần giấy cô?', expect: ['1.001022'], who: 'elderly' }, // nhan-cha-con
  { q: 'giay khai sanh trong ten cha gio cha ruot mun nhan con', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'thu tuc nhan cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  { q: 'Thằng út nhà tui với con nhỏ bên ấp Cái Cám tính cưới sau mùa tôm, cháu chỉ giùm phải mần giấy kết hôn ra sao.', expect: ['1.000894'], who: 'elderly' }, // ket-hon
  { q: 'lam giay ket hon o xa can giay to j', expect: ['1.000894'], who: 'rural' }, // ket-hon
  { q: 'dang ky ket hon can gi', expect: ['1.000894'], who: 'young' }, // ket-hon
  { q: 'Con gái tui làm công ty ở Đồng Nai, nó quen người trển tính cưới, dưới này phải mần cái giấy chứng nhận nó chưa có chồng gởi lên cho nó.', expect: ['1.004873'], who: 'elderly' }, // xac-nhan-doc-than
  { q: 'xin giay xac nhan chua co vo de ket hon tren dong nai', expect: ['1.004873'], who: 'rural' }, // xac-nhan-doc-than
  { q: 'giay xac nhan tinh trang hon nhan', expect: ['1.004873'], who: 'young' }, // xac-nhan-doc-than
  { q: 'Má tui mới mất hôm rằm, mười ngày rồi, giờ phải đi báo tử ở xã hả cháu, đem theo giấy gì?', expect: ['1.000656'], who: 'elderly' }, // khai-tu
  { q: 'ba ngoai moi mat lam giay bao tu', expect: ['1.000656'], who: 'rural' }, // khai-tu
  { q: 'dang ky khai tu', expect: ['1.000656'], who: 'young' }, // khai-tu
  { q: 'Ông nhà tui đi biển mất hồi năm chín mấy, tới giờ chưa có làm giấy khai tử, giờ mấy đứa con chia đất thì người ta đòi giấy đó.', expect: ['1.000656'], who: 'elderly' }, // khai-tu-tre-han
  { q: 'cha chet lau roi chua lam giay khai tu gio lam lai dc ko', expect: ['1.000656'], who: 'rural' }, // khai-tu-tre-han
  { q: 'dang ky khai tu qua han', expect: ['1.000656'], who: 'young' }, // khai-tu-tre-han
  { q: 'Cô giáo biểu nộp bản sao khai sanh cho con nhỏ vô lớp một, mà cái bản chánh rách hết rồi, xin lại bản sao ở đâu cháu?', expect: ['2.000635'], who: 'elderly' }, // trich-luc-khai-sinh-ban-sao
  { q: 'xin ban sao giay khai sanh cho con nhap hoc', expect: ['2.000635'], who: 'rural' }, // trich-luc-khai-sinh-ban-sao
  { q: 'trich luc ban sao khai sinh', expect: ['2.000635'], who: 'young' }, // trich-luc-khai-sinh-ban-sao
  { q: 'Tên của con tui là tên Khơ-me, hồi đó cán bộ ghi sai mấy chữ trong giấy khai sanh, giờ muốn sửa lại cho đúng tên thì làm sao?', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-ten-khmer
  { q: 'ten khmer bi ghi sai trong giay khai sanh sua lai', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten-khmer
  { q: 'cai chinh ho tich sai ten', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten-khmer
  { q: 'Má thằng nhỏ là người Miên, hồi khai sanh ghi dân tộc Kinh theo cha, giờ nó lớn muốn ghi lại là Khơ-me được hông cháu?', expect: ['1.004859'], who: 'elderly' }, // xac-dinh-lai-dan-toc
  { q: 'doi dan toc kinh sang khmer cho con', expect: ['1.004859'], who: 'rural' }, // xac-dinh-lai-dan-toc
  { q: 'xac dinh lai dan toc', expect: ['1.004859'], who: 'young' }, // xac-dinh-lai-dan-toc
  { q: 'Con gái tui quen một người Đài Loan, hai đứa tính làm đám cưới ở dưới này, giấy tờ kết hôn với người nước ngoài thì nộp ở đâu vậy cô?', expect: ['2.000806'], who: 'elderly' }, // ket-hon-nuoc-ngoai
  { q: 'ket hon voi nguoi han quoc lam giay o dau', expect: ['2.000806'], who: 'rural' }, // ket-hon-nuoc-ngoai
  { q: 'dang ky ket hon co yeu to nuoc ngoai', expect: ['2.000806'], who: 'young' }, // ket-hon-nuoc-ngoai
  { q: 'Đứa cháu gái tui lấy chồng bên Hàn, đăng ký bên đó rồi, giờ dìa đây phải vô sổ ở mình nữa phải hông cháu?', expect: ['2.002189'], who: 'elderly' }, // ghi-chu-ket-hon-nuoc-ngoai
  { q: 'da ket hon ben dai loan gio ve vn ghi vao so', expect: ['2.002189'], who: 'rural' }, // ghi-chu-ket-hon-nuoc-ngoai
  { q: 'ghi chu ket hon o nuoc ngoai', expect: ['2.002189'], who: 'young' }, // ghi-chu-ket-hon-nuoc-ngoai
  { q: 'Tía má con nhỏ bỏ đi biệt tăm, tui là ông ngoại nuôi nó từ nhỏ, giờ muốn đứng tên giám hộ cho nó để lo giấy tờ thì làm sao?', expect: ['1.004837'], who: 'elderly' }, // giam-ho
  { q: 'ong ba nuoi chau muon lam giam ho cho chau', expect: ['1.004837'], who: 'rural' }, // giam-ho
  { q: 'dang ky giam ho', expect: ['1.004837'], who: 'young' }, // giam-ho
  { q: 'Vợ chồng tui hiếm muộn, tính nhận thằng cháu kêu bằng cô về làm con nuôi cho đàng hoàng, phải mần giấy tờ sao cháu?', expect: ['2.001263'], who: 'elderly' }, // nhan-con-nuoi
  { q: 'nhan chau lam con nuoi lam giay o xa', expect: ['2.001263'], who: 'rural' }, // nhan-con-nuoi
  { q: 'dang ky nhan con nuoi trong nuoc', expect: ['2.001263'], who: 'young' }, // nhan-con-nuoi
  { q: 'Vợ chồng tui cưới hồi năm bảy mươi mấy, có làm giấy ở xã mà chiến tranh cháy mất hết rồi, giờ xin lại giấy hôn thú được hông?', expect: ['1.004746'], who: 'elderly' }, // dang-ky-lai-ket-hon
  { q: 'giay ket hon cu bi mat so goc cung mat lam lai', expect: ['1.004746'], who: 'rural' }, // dang-ky-lai-ket-hon
  { q: 'dang ky lai ket hon', expect: ['1.004746'], who: 'young' }, // dang-ky-lai-ket-hon
  { q: 'Hồi đó con nhỏ theo họ má, giờ tía nó chịu nhận rồi, muốn đổi qua họ cha thì mần giấy gì cháu?', expect: ['1.004859'], who: 'elderly' }, // thay-doi-ho-con
  { q: 'doi ho cho con theo ho cha', expect: ['1.004859'], who: 'rural' }, // thay-doi-ho-con
  { q: 'thay doi ho cho con', expect: ['1.004859'], who: 'young' }, // thay-doi-ho-con
  { q: 'Hồi xưa tui có giấy khai sanh mà nhà bị nước cuốn trôi mất, sổ ở xã cũng hổng còn, giờ làm lại sao con?', expect: ['1.004884'], who: 'elderly' }, // dang-ky-lai-khai-sinh
  { q: 'giay khai sanh mat, so goc o xa cung ko con', expect: ['1.004884'], who: 'rural' }, // dang-ky-lai-khai-sinh
  { q: 'dang ky lai khai sinh', expect: ['1.004884'], who: 'young' }, // dang-ky-lai-khai-sinh
  { q: 'Con gái tui lấy chồng Đài Loan, sanh đứa nhỏ bên đó rồi dẫn dìa đây ở luôn, giờ làm khai sanh Việt Nam cho nó được hông?', expect: ['2.000528', '2.000547'], who: 'elderly' }, // ks-con-sinh-o-nuoc-ngoai
  { q: 'con sinh ben dai loan ve vn lam khai sanh', expect: ['2.000528', '2.000547'], who: 'rural' }, // ks-con-sinh-o-nuoc-ngoai
  { q: 'khai sinh cho tre sinh o nuoc ngoai', expect: ['2.000528', '2.000547'], who: 'young' }, // ks-con-sinh-o-nuoc-ngoai
  { q: 'Thằng rể tui ở Sóc Trăng xuống ở luôn bên nhà vợ, giờ muốn nhập hộ khẩu vô nhà tui thì phải làm sao cháu?', expect: ['1.004222'], who: 'elderly' }, // thuong-tru-ve-nha-vo
  { q: 'chong o tinh khac nhap ho khau ve nha vo', expect: ['1.004222'], who: 'rural' }, // thuong-tru-ve-nha-vo
  { q: 'dang ky thuong tru', expect: ['1.004222'], who: 'young' }, // thuong-tru-ve-nha-vo
  { q: 'Tui có chiếc ghe đánh cá, mướn mấy đứa bạn ghe ở Trà Vinh xuống ở trên ghe, phải đi khai tạm trú cho tụi nó hả cô?', expect: ['1.004194', '1.013313'], who: 'elderly' }, // tam-tru-ban-ghe
  { q: 'khai tam tru cho ban ghe o tinh khac toi', expect: ['1.004194', '1.013313'], who: 'rural' }, // tam-tru-ban-ghe
  { q: 'dang ky tam tru', expect: ['1.004194', '1.013313'], who: 'young' }, // tam-tru-ban-ghe
  { q: 'Thằng con tui lên Bình Dương làm mấy năm mới dìa, công an ấp nói phải khai tạm vắng, khai ở đâu vậy con?', expect: ['1.003677'], who: 'elderly' }, // tam-vang
  { q: 'di lam xa lau phai khai bao tam vang ko', expect: ['1.003677'], who: 'rural' }, // tam-vang
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' }, // tam-vang
  { q: 'Ông già tui mất rồi mà trong hộ khẩu còn tên, phải làm giấy gạch tên ổng ra phải hông cháu?', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru
  { q: 'nguoi chet roi xoa ten trong ho khau', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru
  { q: 'Giờ hổng còn sổ hộ khẩu nữa, trường trên Bình Dương đòi giấy xác nhận chỗ ở cho đứa cháu, xin ở đâu cô?', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-cu-tru
  { q: 'xin giay xac nhan cu tru cho con di hoc', expect: ['1.010041'], who: 'rural' }, // xac-nhan-cu-tru
  { q: 'giay xac nhan thong tin cu tru ct07', expect: ['1.010041'], who: 'young' }, // xac-nhan-cu-tru
  { q: 'Đứa cháu ngoại tui mười bốn tuổi rồi, đi làm căn cước cho nó thì dẫn đi đâu, có cần giấy gì hông con?', expect: ['1.014061', '2.000200'], who: 'elderly' }, // cccd-lan-dau-14-tuoi
  { q: 'lam can cuoc lan dau cho chau 14 tuoi', expect: ['1.014061', '2.000200'], who: 'rural' }, // cccd-lan-dau-14-tuoi
  { q: 'lam cccd lan dau', expect: ['1.014061', '2.000200'], who: 'young' }, // cccd-lan-dau-14-tuoi
  { q: 'Thằng con tui đi biển bị sóng đánh rớt cái bóp xuống nước, mất căn cước luôn rồi, làm lại ở đâu cháu?', expect: ['1.014064', '2.001194'], who: 'elderly' }, // cccd-mat-tren-ghe
  { q: 'mat can cuoc luc di bien lam lai', expect: ['1.014064', '2.001194'], who: 'rural' }, // cccd-mat-tren-ghe
  { q: 'cap lai cccd bi mat', expect: ['1.014064', '2.001194'], who: 'young' }, // cccd-mat-tren-ghe
  { q: 'Cháu ơi, người ta nói phải có cái định danh điện tử trong điện thoại, tui già rồi làm sao mần được?', expect: ['3.000228'], who: 'elderly' }, // dinh-danh-dien-tu-vneid
  { q: 'kich hoat vneid muc 2 o dau', expect: ['3.000228'], who: 'rural' }, // dinh-danh-dien-tu-vneid
  { q: 'dinh danh dien tu muc 2', expect: ['3.000228'], who: 'young' }, // dinh-danh-dien-tu-vneid
  { q: 'Nhà tui mần homestay ở gần Đất Mũi, khách du lịch tới ngủ lại thì có phải báo cho công an hông cháu?', expect: ['2.001159'], who: 'elderly' }, // luu-tru-homestay
  { q: 'khach o lai nha nghi bao luu tru sao', expect: ['2.001159'], who: 'rural' }, // luu-tru-homestay
  { q: 'thong bao luu tru', expect: ['2.001159'], who: 'young' }, // luu-tru-homestay
  { q: 'Thằng cháu tui sắp đi làm bên Hàn Quốc, nó biểu phải có hộ chiếu, làm cái đó ở đâu cô, dưới xã làm được hông?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // ho-chieu
  { q: 'lam ho chieu di nuoc ngoai lam o dau', expect: ['1.001456', '1.001471'], who: 'rural' }, // ho-chieu
  { q: 'cap ho chieu pho thong', expect: ['1.001456', '1.001471'], who: 'young' }, // ho-chieu
  { q: 'Miếng đất ao tôm tui khai hoang từ hồi giải phóng, ở mấy chục năm mà chưa có sổ đỏ, giờ xin cấp được hông cháu?', expect: ['1.013978'], who: 'elderly' }, // so-do-lan-dau-ao-tom
  { q: 'dat nuoi tom chua co so do xin cap lan dau', expect: ['1.013978'], who: 'rural' }, // so-do-lan-dau-ao-tom
  { q: 'cap giay chung nhan quyen su dung dat lan dau', expect: ['1.013978'], who: 'young' }, // so-do-lan-dau-ao-tom
  { q: 'Tía tui mất để lại mấy công đất, anh em tui thống nhất để thằng Hai đứng tên, thì sang tên sổ đỏ làm sao con?', expect: ['1.013831', '2.001406'], who: 'elderly' }, // thua-ke-dat
  { q: 'cha chet sang ten so do cho con thua ke', expect: ['1.013831', '2.001406'], who: 'rural' }, // thua-ke-dat
  { q: 'dang ky bien dong thua ke dat', expect: ['1.013831', '2.001406'], who: 'young' }, // thua-ke-dat
  { q: 'Tui già rồi, muốn cho đứa con gái út hai công ruộng tôm, làm giấy tặng cho sao để nó đứng tên?', expect: ['1.013831', '2.001035'], who: 'elderly' }, // tang-cho-dat-con
  { q: 'cho dat con sang ten so do', expect: ['1.013831', '2.001035'], who: 'rural' }, // tang-cho-dat-con
  { q: 'tang cho quyen su dung dat', expect: ['1.013831', '2.001035'], who: 'young' }, // tang-cho-dat-con
  { q: 'Tui muốn cắt miếng đất làm ba phần chia cho ba đứa con, mỗi đứa một cuốn sổ riêng, được hông cháu?', expect: ['1.012784'], who: 'elderly' }, // tach-thua
  { q: 'tach so do chia dat cho con', expect: ['1.012784'], who: 'rural' }, // tach-thua
  { q: 'tach thua dat', expect: ['1.012784'], who: 'young' }, // tach-thua
  { q: 'Năm rồi bão tốc mái nhà, cuốn sổ đỏ ướt rã hết rồi, xin làm lại cuốn khác được hông cháu?', expect: ['1.012786'], who: 'elderly' }, // mat-so-do
  { q: 'so do bi mat lam lai', expect: ['1.012786'], who: 'rural' }, // mat-so-do
  { q: 'cap lai so do bi mat', expect: ['1.012786'], who: 'young' }, // mat-so-do
  { q: 'Đất tui ở sát mé biển, sạt lở mất gần nửa công, trong sổ vẫn ghi như cũ, giờ phải mần giấy sao cháu?', expect: ['1.013833'], who: 'elderly' }, // sat-lo-mat-dat
  { q: 'dat bi sat lo mat bot dien tich dieu chinh so', expect: ['1.013833'], who: 'rural' }, // sat-lo-mat-dat
  { q: 'thay doi dien tich dat do sat lo', expect: ['1.013833'], who: 'young' }, // sat-lo-mat-dat
  { q: 'Ruộng lúa nhà tui nước mặn vô hoài, trồng hổng được nữa, muốn đào ao nuôi tôm thì có phải xin phép xã hông?', expect: ['1.008004'], who: 'elderly' }, // chuyen-lua-sang-tom
  { q: 'dat lua chuyen qua nuoi tom xin phep sao', expect: ['1.008004'], who: 'rural' }, // chuyen-lua-sang-tom
  { q: 'chuyen dat trong lua sang nuoi trong thuy san', expect: ['1.008004'], who: 'young' }, // chuyen-lua-sang-tom
  { q: 'Nhà bên cạnh đắp bờ bao lấn qua đất tui cả thước, nói hoài hổng nghe, tui muốn xã ra hòa giải.', expect: ['1.012812', '1.013967'], who: 'elderly' }, // tranh-chap-bo-bao
  { q: 'hang xom lan ranh dat muon xa hoa giai', expect: ['1.012812', '1.013967'], who: 'rural' }, // tranh-chap-bo-bao
  { q: 'hoa giai tranh chap dat dai', expect: ['1.012812', '1.013967'], who: 'young' }, // tranh-chap-bo-bao
  { q: 'Tui muốn đem sổ đỏ thế chấp ngân hàng Agribank vay tiền mua tôm giống, ngân hàng biểu phải đăng ký ở đâu đó.', expect: ['1.011441'], who: 'elderly' }, // the-chap-vay-agribank
  { q: 'the chap so do vay ngan hang dang ky o dau', expect: ['1.011441'], who: 'rural' }, // the-chap-vay-agribank
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' }, // the-chap-vay-agribank
  { q: 'Tui trả hết nợ ngân hàng rồi, giờ muốn xóa cái thế chấp trên sổ đỏ thì làm sao con?', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap
  { q: 'tra no xong xoa the chap so do', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' }, // xoa-the-chap
  { q: 'Sổ đỏ đất ruộng của tui ghi thời hạn sử dụng tới năm nay là hết, có phải đi gia hạn hông cháu?', expect: ['1.013947', '1.013949'], who: 'elderly' }, // gia-han-dat-nong-nghiep
  { q: 'dat nong nghiep het han su dung gia han', expect: ['1.013947', '1.013949'], who: 'rural' }, // gia-han-dat-nong-nghiep
  { q: 'gia han su dung dat nong nghiep', expect: ['1.013947', '1.013949'], who: 'young' }, // gia-han-dat-nong-nghiep
  { q: 'Nhà tui nhận khoán rừng đước của lâm ngư trường từ hồi trước, giờ muốn làm lại hợp đồng giao khoán cho con trai tui đứng thì làm sao?', expect: ['1.014832', '1.013949'], who: 'elderly' }, // giao-khoan-rung-duoc
  { q: 'hop dong khoan dat rung phong ho chuyen cho con', expect: ['1.014832', '1.013949'], who: 'rural' }, // giao-khoan-rung-duoc
  { q: 'giao dat giao rung cho ho gia dinh', expect: ['1.014832', '1.013949'], who: 'young' }, // giao-khoan-rung-duoc
  { q: 'Tui có cuốn sổ đỏ cấp hồi năm chín mấy, giấy cũ mèm, nghe nói phải đổi qua sổ mới, đổi ở đâu?', expect: ['1.012783'], who: 'elderly' }, // cap-doi-so-cu
  { q: 'doi so do cu sang so moi', expect: ['1.012783'], who: 'rural' }, // cap-doi-so-cu
  { q: 'cap doi giay chung nhan', expect: ['1.012783'], who: 'young' }, // cap-doi-so-cu
  { q: 'Trong sổ đỏ ghi tên tui sai một chữ, làm căn cước mới thì khác nhau, ngân hàng hổng chịu, sửa lại sao con?', expect: ['1.012790', '1.012796', '1.013833'], who: 'elderly' }, // dinh-chinh-ten-tren-so
  { q: 'so do ghi sai ten sua lai', expect: ['1.012790', '1.012796', '1.013833'], who: 'rural' }, // dinh-chinh-ten-tren-so
  { q: 'dinh chinh giay chung nhan sai thong tin', expect: ['1.012790', '1.012796', '1.013833'], who: 'young' }, // dinh-chinh-ten-tren-so
  { q: 'Nghe nói làm đê biển đi ngang đất tui, tui muốn coi miếng đất có bị quy hoạch hông thì hỏi ở đâu?', expect: ['1.014159'], who: 'elderly' }, // thong-tin-quy-hoach
  { q: 'kiem tra dat co bi quy hoach ko', expect: ['1.014159'], who: 'rural' }, // thong-tin-quy-hoach
  { q: 'cung cap thong tin dat dai', expect: ['1.014159'], who: 'young' }, // thong-tin-quy-hoach
  { q: 'Đất vườn của tui muốn chuyển lên đất thổ cư để cất nhà cho thằng con, làm ở đâu cháu?', expect: ['1.013949'], who: 'elderly' }, // chuyen-muc-dich-len-tho-cu
  { q: 'len tho cu dat vuon de cat nha', expect: ['1.013949'], who: 'rural' }, // chuyen-muc-dich-len-tho-cu
  { q: 'chuyen muc dich su dung dat sang dat o', expect: ['1.013949'], who: 'young' }, // chuyen-muc-dich-len-tho-cu
  { q: 'Tui tính cất cái nhà tường mặt tiền lộ, có phải xin giấy phép hông cháu?', expect: ['1.013225'], who: 'elderly' }, // giay-phep-xay-nha
  { q: 'xay nha o ngoai lo can xin phep ko', expect: ['1.013225'], who: 'rural' }, // giay-phep-xay-nha
  { q: 'giay phep xay dung nha o rieng le', expect: ['1.013225'], who: 'young' }, // giay-phep-xay-nha
  { q: 'Tui mới cất xong cái nhà trên đất đã có sổ đỏ, giờ muốn ghi thêm cái nhà vô sổ thì làm sao?', expect: ['1.013995'], who: 'elderly' }, // dang-ky-so-huu-nha-moi
  { q: 'them nha moi xay vao so do', expect: ['1.013995'], who: 'rural' }, // dang-ky-so-huu-nha-moi
  { q: 'dang ky tai san gan lien voi dat', expect: ['1.013995'], who: 'young' }, // dang-ky-so-huu-nha-moi
  { q: 'Tui tính mở vựa mua tôm cua ngoài bến, phải đăng ký kinh doanh ở đâu cháu?', expect: ['1.001612'], who: 'elderly' }, // ho-kinh-doanh-vua-tom
  { q: 'mo vua tom cua dang ky kinh doanh', expect: ['1.001612'], who: 'rural' }, // ho-kinh-doanh-vua-tom
  { q: 'dang ky ho kinh doanh', expect: ['1.001612'], who: 'young' }, // ho-kinh-doanh-vua-tom
  { q: 'Tiệm tạp hóa nhà tui tính nghỉ bán mấy tháng để lên Đồng Nai giữ cháu, có phải báo ai hông?', expect: ['1.001570'], who: 'elderly' }, // tam-ngung-ho-kinh-doanh
  { q: 'nghi ban tam thoi bao ho kinh doanh', expect: ['1.001570'], who: 'rural' }, // tam-ngung-ho-kinh-doanh
  { q: 'tam ngung kinh doanh ho kinh doanh', expect: ['1.001570'], who: 'young' }, // tam-ngung-ho-kinh-doanh
  { q: 'Mấy hộ nuôi tôm trong ấp tính hùn lại lập hợp tác xã tôm sạch, làm giấy ở đâu vậy cô?', expect: ['1.005280'], who: 'elderly' }, // hop-tac-xa-nuoi-tom
  { q: 'thanh lap hop tac xa nuoi tom', expect: ['1.005280'], who: 'rural' }, // hop-tac-xa-nuoi-tom
  { q: 'dang ky hop tac xa', expect: ['1.005280'], who: 'young' }, // hop-tac-xa-nuoi-tom
  { q: 'Tụi tui năm sáu nhà làm chung tổ đánh bắt ven bờ, muốn lập tổ hợp tác cho có giấy tờ thì báo xã sao?', expect: ['2.002637', '2.002226'], who: 'elderly' }, // to-hop-tac
  { q: 'lap to hop tac danh bat bao xa', expect: ['2.002637', '2.002226'], who: 'rural' }, // to-hop-tac
  { q: 'thanh lap to hop tac', expect: ['2.002637', '2.002226'], who: 'young' }, // to-hop-tac
  { q: 'Nhà tui làm tôm khô Rạch Gốc bán đi thành phố, người ta đòi giấy an toàn thực phẩm, xin ở đâu cháu?', expect: ['2.001827'], who: 'elderly' }, // attp-tom-kho
  { q: 'lam tom kho xin giay an toan thuc pham', expect: ['2.001827'], who: 'rural' }, // attp-tom-kho
  { q: 'chung nhan co so du dieu kien attp thuy san', expect: ['2.001827'], who: 'young' }, // attp-tom-kho
  { q: 'Tiệm của tui đứng tên tui, giờ muốn giao lại cho con dâu đứng tên bán tiếp thì làm sao?', expect: ['2.000720'], who: 'elderly' }, // thay-doi-ho-kinh-doanh
  { q: 'doi nguoi dung ten ho kinh doanh', expect: ['2.000720'], who: 'rural' }, // thay-doi-ho-kinh-doanh
  { q: 'thay doi noi dung dang ky ho kinh doanh', expect: ['2.000720'], who: 'young' }, // thay-doi-ho-kinh-doanh
  { q: 'Tui mới đóng chiếc tàu cá ở Sông Đốc, giờ phải đăng ký tàu ở đâu để đi biển?', expect: ['1.003650', '1.003586'], who: 'elderly' }, // dang-ky-tau-ca
  { q: 'dang ky tau ca moi dong', expect: ['1.003650', '1.003586'], who: 'rural' }, // dang-ky-tau-ca
  { q: 'dang ky tau ca', expect: ['1.003650', '1.003586'], who: 'young' }, // dang-ky-tau-ca
  { q: 'Giấy phép đánh bắt của chiếc ghe tui hết hạn rồi, xin lại ở đâu vậy cháu?', expect: ['1.004359'], who: 'elderly' }, // giay-phep-khai-thac-thuy-san
  { q: 'giay phep danh bat ca het han cap lai', expect: ['1.004359'], who: 'rural' }, // giay-phep-khai-thac-thuy-san
  { q: 'gia han giay phep khai thac thuy san', expect: ['1.004359'], who: 'young' }, // giay-phep-khai-thac-thuy-san
  { q: 'Tàu tui tới kỳ đăng kiểm, phải xin giấy chứng nhận an toàn kỹ thuật mới được ra khơi phải hông cháu?', expect: ['1.003563'], who: 'elderly' }, // dang-kiem-tau-ca
  { q: 'dang kiem tau ca het han', expect: ['1.003563'], who: 'rural' }, // dang-kiem-tau-ca
  { q: 'chung nhan an toan ky thuat tau ca', expect: ['1.003563'], who: 'young' }, // dang-kiem-tau-ca
  { q: 'Tui bán chiếc tàu cho người ở Bạc Liêu, giờ sang tên chiếc tàu qua cho người ta thì làm sao?', expect: ['1.003650', '1.003681', '1.004344'], who: 'elderly' }, // ban-tau-sang-ten
  { q: 'ban tau ca sang ten chu moi', expect: ['1.003650', '1.003681', '1.004344'], who: 'rural' }, // ban-tau-sang-ten
  { q: 'chuyen nhuong tau ca dang ky lai', expect: ['1.003650', '1.003681', '1.004344'], who: 'young' }, // ban-tau-sang-ten
  { q: 'Công ty mua cá của tui đòi giấy chứng nhận cá đánh bắt ở đâu, để xuất khẩu, xin giấy đó ở cảng cá phải hông?', expect: ['1.003666', '1.003593'], who: 'elderly' }, // xac-nhan-nguon-goc-thuy-san
  { q: 'xin giay xac nhan nguon goc ca danh bat', expect: ['1.003666', '1.003593'], who: 'rural' }, // xac-nhan-nguon-goc-thuy-san
  { q: 'chung nhan thuy san khai thac iuu', expect: ['1.003666', '1.003593'], who: 'young' }, // xac-nhan-nguon-goc-thuy-san
  { q: 'Nhà tui nuôi tôm sú quảng canh với tôm thẻ, nghe nói giờ phải đăng ký ao nuôi với nhà nước, đăng ký ở đâu?', expect: ['1.014801', '1.004692'], who: 'elderly' }, // dang-ky-nuoi-tom
  { q: 'dang ky ao nuoi tom the', expect: ['1.014801', '1.004692'], who: 'rural' }, // dang-ky-nuoi-tom
  { q: 'xac nhan dang ky nuoi trong thuy san', expect: ['1.014801', '1.004692'], who: 'young' }, // dang-ky-nuoi-tom
  { q: 'Tui muốn mở trại sản xuất tôm giống ở mé biển, phải xin giấy phép gì cháu?', expect: ['1.004918', '1.003821'], who: 'elderly' }, // trai-tom-giong
  { q: 'mo trai tom giong can giay gi', expect: ['1.004918', '1.003821'], who: 'rural' }, // trai-tom-giong
  { q: 'co so san xuat giong thuy san du dieu kien', expect: ['1.004918', '1.003821'], who: 'young' }, // trai-tom-giong
  { q: 'Tui mua tôm giống ngoài Ninh Thuận chở dìa, người ta nói phải có giấy kiểm dịch, xin ở đâu?', expect: ['2.000873'], who: 'elderly' }, // kiem-dich-tom-giong-van-chuyen
  { q: 'kiem dich tom giong van chuyen', expect: ['2.000873'], who: 'rural' }, // kiem-dich-tom-giong-van-chuyen
  { q: 'kiem dich thuy san van chuyen ngoai tinh', expect: ['2.000873'], who: 'young' }, // kiem-dich-tom-giong-van-chuyen
  { q: 'Tôm nhà tui bị bệnh đốm trắng chết sạch, nghe nói có hỗ trợ cho người bị dịch, làm đơn ở đâu?', expect: ['1.013997'], who: 'elderly' }, // dich-benh-tom-ho-tro
  { q: 'tom bi dich benh xin ho tro', expect: ['1.013997'], who: 'rural' }, // dich-benh-tom-ho-tro
  { q: 'ho tro thiet hai dich benh thuy san', expect: ['1.013997'], who: 'young' }, // dich-benh-tom-ho-tro
  { q: 'Rừng đước nhà tui nhận khoán tới kỳ chặt, muốn khai thác bán cây thì xin phép ai cháu?', expect: ['1.011471', '1.011470'], who: 'elderly' }, // khai-thac-rung-duoc
  { q: 'xin phep chat rung duoc', expect: ['1.011471', '1.011470'], who: 'rural' }, // khai-thac-rung-duoc
  { q: 'khai thac rung trong', expect: ['1.011471', '1.011470'], who: 'young' }, // khai-thac-rung-duoc
  { q: 'Tui nuôi mấy chục con cá sấu sau nhà, người ta nói phải đăng ký trại mới được bán, đăng ký ở đâu?', expect: ['1.004819'], who: 'elderly' }, // trai-ca-sau
  { q: 'nuoi ca sau dang ky trai', expect: ['1.004819'], who: 'rural' }, // trai-ca-sau
  { q: 'dang ky co so nuoi dong vat hoang da', expect: ['1.004819'], who: 'young' }, // trai-ca-sau
  { q: 'Chiếc tàu cũ của tui mục hết rồi, hổng đi nữa, phải báo xóa tên nó đi hả cháu?', expect: ['1.003681'], who: 'elderly' }, // xoa-dang-ky-tau-ca
  { q: 'tau cu hu bo xoa dang ky', expect: ['1.003681'], who: 'rural' }, // xoa-dang-ky-tau-ca
  { q: 'xoa dang ky tau ca', expect: ['1.003681'], who: 'young' }, // xoa-dang-ky-tau-ca
  { q: 'Tui chở than đước với cây cừ đi bán trên thành phố, bị kiểm lâm hỏi giấy nguồn gốc, xin giấy đó ở đâu?', expect: ['1.000045'], who: 'elderly' }, // xac-nhan-nguon-goc-than-cui
  { q: 'xin giay nguon goc go duoc cho chay than', expect: ['1.000045'], who: 'rural' }, // xac-nhan-nguon-goc-than-cui
  { q: 'xac nhan nguon goc lam san', expect: ['1.000045'], who: 'young' }, // xac-nhan-nguon-goc-than-cui
  { q: 'Bằng lái xe của tui là bằng giấy cũ, nghe nói phải đổi qua thẻ, đổi ở đâu cháu?', expect: ['3.000347'], who: 'elderly' }, // doi-gplx
  { q: 'doi bang lai xe giay sang the', expect: ['3.000347'], who: 'rural' }, // doi-gplx
  { q: 'doi gplx', expect: ['3.000347'], who: 'young' }, // doi-gplx
  { q: 'Tui mới mua chiếc xe Honda cho đứa cháu đi học, bấm biển số ở đâu vậy con?', expect: ['1.013067'], who: 'elderly' }, // dang-ky-xe-may
  { q: 'bam bien so xe may moi mua', expect: ['1.013067'], who: 'rural' }, // dang-ky-xe-may
  { q: 'dang ky xe may', expect: ['1.013067'], who: 'young' }, // dang-ky-xe-may
  { q: 'Tui mua lại chiếc xe cũ của người trong xóm, giấy xe còn đứng tên người ta, sang tên làm sao cháu?', expect: ['1.013076'], who: 'elderly' }, // sang-ten-xe-may
  { q: 'mua xe cu sang ten', expect: ['1.013076'], who: 'rural' }, // sang-ten-xe-may
  { q: 'sang ten xe may', expect: ['1.013076'], who: 'young' }, // sang-ten-xe-may
  { q: 'Tui có chiếc vỏ lãi chạy đưa khách trên kinh, người ta nói phải đăng ký phương tiện, đăng ký ở đâu?', expect: ['1.004047', '1.004088'], who: 'elderly' }, // dang-ky-ghe-vo-lai
  { q: 'dang ky vo lai ghe may', expect: ['1.004047', '1.004088'], who: 'rural' }, // dang-ky-ghe-vo-lai
  { q: 'dang ky phuong tien thuy noi dia', expect: ['1.004047', '1.004088'], who: 'young' }, // dang-ky-ghe-vo-lai
  { q: 'Chạy ghe chở hàng trên sông thì có cần bằng lái hông cháu, học ở đâu?', expect: ['1.003135'], who: 'elderly' }, // bang-lai-ghe
  { q: 'bang lai ghe chay song', expect: ['1.003135'], who: 'rural' }, // bang-lai-ghe
  { q: 'chung chi chuyen mon thuyen truong phuong tien thuy noi dia', expect: ['1.003135'], who: 'young' }, // bang-lai-ghe
  { q: 'Tui muốn mở bến đò đưa người qua sông Ông Đốc, phải xin phép ở đâu?', expect: ['1.009455', '1.009453'], who: 'elderly' }, // ben-do-ngang-song
  { q: 'mo ben do qua song xin phep', expect: ['1.009455', '1.009453'], who: 'rural' }, // ben-do-ngang-song
  { q: 'giay phep hoat dong ben khach ngang song', expect: ['1.009455', '1.009453'], who: 'young' }, // ben-do-ngang-song
  { q: 'Nhà tui tôm thất mấy vụ, nợ nần quá trời, có được xét hộ nghèo hông cháu, làm đơn ở đâu?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // ho-ngheo
  { q: 'xin xet ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // ho-ngheo
  { q: 'cong nhan ho ngheo can ngheo', expect: ['1.011607', '1.011606'], who: 'young' }, // ho-ngheo
  { q: 'Ông già tui là cựu chiến binh mới mất, nghe nói được lãnh tiền mai táng, làm giấy ở đâu cháu?', expect: ['2.000821'], who: 'elderly' }, // mai-tang-phi
  { q: 'lanh tien mai tang nguoi mat', expect: ['2.000821'], who: 'rural' }, // mai-tang-phi
  { q: 'tro cap mai tang phi', expect: ['2.000821'], who: 'young' }, // mai-tang-phi
  { q: 'Đứa cháu nội tui mới ba tuổi mà chưa có thẻ bảo hiểm y tế, làm ở đâu cháu?', expect: ['1.001939', '2.001023'], who: 'elderly' }, // bhyt-tre-em
  { q: 'lam the bhyt cho con nho', expect: ['1.001939', '2.001023'], who: 'rural' }, // bhyt-tre-em
  { q: 'cap the bhyt tre em duoi 6 tuoi', expect: ['1.001939', '2.001023'], who: 'young' }, // bhyt-tre-em
  { q: 'Con gái tui nghỉ làm công ty ở Bình Dương dìa quê rồi, nó muốn rút tiền bảo hiểm xã hội một lần thì làm sao?', expect: ['1.001613'], who: 'elderly' }, // rut-bhxh-1-lan
  { q: 'nghi lam cty rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' }, // rut-bhxh-1-lan
  { q: 'bhxh mot lan', expect: ['1.001613'], who: 'young' }, // rut-bhxh-1-lan
  { q: 'Cháu ơi, tui cần sao y mấy cái giấy khai sanh với sổ đỏ để nộp hồ sơ vay vốn, làm ở đây được hông?', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'sao y giay to o xa', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chung thuc ban sao tu ban chinh', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'Con tui ở Bình Dương hổng dìa được, nó muốn làm giấy ủy quyền cho tui đi lãnh tiền với làm giấy tờ giùm, ký ở đâu?', expect: ['2.000884', '2.001035'], who: 'elderly' }, // chung-thuc-chu-ky-uy-quyen
  { q: 'lam giay uy quyen cho me lam thay', expect: ['2.000884', '2.001035'], who: 'rural' }, // chung-thuc-chu-ky-uy-quyen
  { q: 'chung thuc hop dong uy quyen', expect: ['2.000884', '2.001035'], who: 'young' }, // chung-thuc-chu-ky-uy-quyen
  { q: 'Tía má mất rồi, năm anh em tui ngồi lại chia đất, muốn làm giấy thỏa thuận chia cho có chứng thực của xã.', expect: ['2.001406'], who: 'elderly' }, // thoa-thuan-chia-thua-ke
  { q: 'lam van ban thoa thuan chia dat thua ke', expect: ['2.001406'], who: 'rural' }, // thoa-thuan-chia-thua-ke
  { q: 'chung thuc van ban thoa thuan phan chia di san', expect: ['2.001406'], who: 'young' }, // thoa-thuan-chia-thua-ke
  { q: 'Tui bán miếng đất ao tôm cho người trong ấp, hai bên muốn làm hợp đồng có xã chứng, làm sao cô?', expect: ['2.001035'], who: 'elderly' }, // chung-thuc-hop-dong-chuyen-nhuong
  { q: 'chung hop dong mua ban dat o xa', expect: ['2.001035'], who: 'rural' }, // chung-thuc-hop-dong-chuyen-nhuong
  { q: 'chung thuc hop dong chuyen nhuong quyen su dung dat', expect: ['2.001035'], who: 'young' }, // chung-thuc-hop-dong-chuyen-nhuong
  { q: 'Công ty trên Bình Dương đòi thằng cháu tui nộp cái lý lịch tư pháp, xin ở đâu vậy cháu?', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap
  { q: 'xin ly lich tu phap di xin viec', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'phieu ly lich tu phap so 1', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  { q: 'Tui là người Khơ-me, nghèo, bị người ta giành đất mà hổng biết luật, có chỗ nào giúp tui miễn phí hông cháu?', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'nguoi ngheo can luat su mien phi giup', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  { q: 'Tui già rồi, muốn làm tờ di chúc để lại đất cho mấy đứa con cho rõ ràng, có xã chứng được hông?', expect: ['2.001019'], who: 'elderly' }, // chung-thuc-di-chuc
  { q: 'lam di chuc de lai dat cho con', expect: ['2.001019'], who: 'rural' }, // chung-thuc-di-chuc
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' }, // chung-thuc-di-chuc
  { q: 'Tui cho người ta mướn ao tôm năm năm, hai bên muốn làm hợp đồng có chứng của xã cho chắc ăn.', expect: ['2.001035'], who: 'elderly' }, // hop-dong-thue-ao-tom
  { q: 'hop dong cho thue ao tom chung o xa', expect: ['2.001035'], who: 'rural' }, // hop-dong-thue-ao-tom
  { q: 'chung thuc hop dong thue dat', expect: ['2.001035'], who: 'young' }, // hop-dong-thue-ao-tom
  { q: 'Đất ở của tui năm nào cũng đóng thuế, tui là người già neo đơn, có được miễn thuế đất hông cháu?', expect: ['1.007695'], who: 'elderly' }, // mien-thue-dat
  { q: 'mien giam thue dat ho ngheo', expect: ['1.007695'], who: 'rural' }, // mien-thue-dat
  { q: 'mien giam thue su dung dat phi nong nghiep', expect: ['1.007695'], who: 'young' }, // mien-thue-dat
  { q: 'Tiệm tạp hóa nhỏ xíu mà thuế biểu đóng thuế khoán, tui muốn khai lại vì bán ế quá, làm sao?', expect: ['1.011022'], who: 'elderly' }, // thue-khoan-ho-kinh-doanh
  { q: 'khai thue khoan ho kinh doanh', expect: ['1.011022'], who: 'rural' }, // thue-khoan-ho-kinh-doanh
  { q: 'khai thue ho kinh doanh', expect: ['1.011022'], who: 'young' }, // thue-khoan-ho-kinh-doanh
];

export const THIRTYSIXTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // ho-tro-nha-nguoi-co-cong: no procedure for housing support to families of people with merit; only a province plan-approval for poor-household housing
  { q: 'Tía tui là thương binh, nhà lá dột hết rồi, nghe nói nhà nước có hỗ trợ cất nhà cho gia đình có công, làm đơn sao con?', who: 'elderly' },
  { q: 'gia dinh thuong binh xin ho tro sua nha', who: 'rural' },
  { q: 'ho tro nha o nguoi co cong', who: 'young' },
  // ho-tro-thien-tai-tom-chet: no procedure for state support to farms hit by natural disasters (only animal-disease support and forest-damage checks)
  { q: 'Trận mưa lớn với nước lên hồi tháng rồi, tôm chết trắng ao, mất trắng hết, có được nhà nước hỗ trợ gì hông cháu?', who: 'elderly' },
  { q: 'tom chet do thien tai xin ho tro', who: 'rural' },
  { q: 'ho tro thiet hai thien tai nuoi trong thuy san', who: 'young' },
  // ban-ruou-tap-hoa: no alcohol retail licence (Industry and Trade procedures are absent from the crawl)
  { q: 'Tiệm tạp hóa tui có bán rượu đế, người ta nói phải có giấy phép bán rượu, xin ở đâu cháu?', who: 'elderly' },
  { q: 'ban ruou o tiem tap hoa xin giay phep', who: 'rural' },
  { q: 'giay phep ban le ruou', who: 'young' },
  // lo-than-moi-truong: no commune-level environmental registration; only province/ministry environmental permits for projects
  { q: 'Nhà tui có mấy lò than đốt cây đước, xã nói phải làm giấy tờ môi trường, làm ở đâu vậy cháu?', who: 'elderly' },
  { q: 'lo than duoc lam giay moi truong', who: 'rural' },
  { q: 'dang ky moi truong', who: 'young' },
  // bang-thuyen-truong-tau-ca: no fishing-vessel captain certificate; only seagoing and inland-waterway crew certificates
  { q: 'Thằng con tui muốn đứng tài chiếc tàu, phải học lấy bằng thuyền trưởng, thi ở đâu cháu?', who: 'elderly' },
  { q: 'hoc bang thuyen truong tau ca', who: 'rural' },
  { q: 'chung chi thuyen truong tau ca', who: 'young' },
  // tau-chim-ho-tro: no support procedure for fishers whose boat sank
  { q: 'Tàu của tui bị chìm ngoài khơi hồi giông, người thì cứu được mà tàu mất, nhà nước có hỗ trợ gì hông cháu?', who: 'elderly' },
  { q: 'tau ca bi chim xin ho tro', who: 'rural' },
  { q: 'ho tro ngu dan tau gap nan', who: 'young' },
  // so-danh-ba-thuyen-vien: no fishing-boat crew list procedure; only seagoing seafarer books
  { q: 'Biên phòng hỏi sổ danh bạ thuyền viên của tàu tui, mà tui chưa có, làm ở đâu?', who: 'elderly' },
  { q: 'lam so danh ba thuyen vien tau ca', who: 'rural' },
  { q: 'so danh ba thuyen vien', who: 'young' },
  // tro-cap-nguoi-gia-80: social-protection allowances (labour/social ministry) are absent
  { q: 'Tui tám mươi mốt tuổi rồi, nghe nói người già tám chục được lãnh tiền hàng tháng, sao tui chưa có, làm đơn ở đâu?', who: 'elderly' },
  { q: 'nguoi gia 80 tuoi lanh tro cap', who: 'rural' },
  { q: 'tro cap xa hoi nguoi cao tuoi', who: 'young' },
  // khuyet-tat: disability assessment (labour/social ministry) is absent
  { q: 'Thằng cháu tui bị câm điếc bẩm sinh, muốn làm giấy chứng nhận khuyết tật cho nó hưởng chế độ thì làm sao cô?', who: 'elderly' },
  { q: 'lam giay khuyet tat cho con', who: 'rural' },
  { q: 'xac dinh muc do khuyet tat', who: 'young' },
  // chat-doc-da-cam: only a Public Security version for police veterans; the army-veteran Agent Orange procedure is absent
  { q: 'Tía tui đi bộ đội hồi chiến tranh, bị nhiễm chất độc da cam, giờ bệnh hoạn hoài mà chưa được hưởng chế độ, làm hồ sơ sao?', who: 'elderly' },
  { q: 'cha bi nhiem chat doc da cam xin che do', who: 'rural' },
  { q: 'huong che do nhiem chat doc hoa hoc', who: 'young' },
  // di-chuyen-hai-cot-liet-si: martyr remains relocation (people-with-merit, home affairs) is absent
  { q: 'Anh tui là liệt sĩ chôn ở nghĩa trang ngoài tỉnh, gia đình muốn bốc mộ đem dìa quê, xin phép ở đâu cháu?', who: 'elderly' },
  { q: 'boc mo liet si ve que', who: 'rural' },
  { q: 'di chuyen hai cot liet si', who: 'young' },
  // tre-mo-coi-ong-ba-nuoi: orphan / child social allowance is absent
  { q: 'Tía nó mất ngoài biển, má nó bỏ đi, tui nuôi thằng cháu, nghe nói trẻ mồ côi được trợ cấp, làm ở đâu?', who: 'elderly' },
  { q: 'chau mo coi ong ba nuoi xin tro cap', who: 'rural' },
  { q: 'tro cap tre em mo coi', who: 'young' },
  // tro-cap-that-nghiep: unemployment benefit is absent (only authorising someone to collect it)
  { q: 'Thằng con tui bị công ty ở Đồng Nai cho nghỉ việc, nó dìa nhà rồi, có lãnh tiền thất nghiệp ở dưới này được hông?', who: 'elderly' },
  { q: 'bi cty cho nghi lanh tro cap that nghiep o que', who: 'rural' },
  { q: 'huong tro cap that nghiep', who: 'young' },
  // hoc-nghe-ngu-dan-chuyen-nghe: vocational-training support is absent (only a livestock-to-other-trade training support)
  { q: 'Đi biển giờ cá ít quá, thằng con tui muốn bỏ nghề đi học nghề sửa máy, nghe nói có hỗ trợ tiền học, đăng ký ở đâu?', who: 'elderly' },
  { q: 'ngu dan chuyen nghe ho tro hoc nghe', who: 'rural' },
  { q: 'ho tro dao tao nghe lao dong nong thon', who: 'young' },
  // xuat-khau-lao-dong: labour export registration is absent
  { q: 'Thằng cháu tui muốn đi xuất khẩu lao động qua Hàn, nghe nói nhà nước có chương trình, đăng ký ở đâu cháu?', who: 'elderly' },
  { q: 'dang ky di lao dong han quoc eps', who: 'rural' },
  { q: 'di lam viec o nuoc ngoai theo hop dong', who: 'young' },
  // chuyen-truong-ve-que: education procedures are absent
  { q: 'Đứa cháu tui học trên Bình Dương, giờ tía má nó gởi dìa cho tui nuôi, chuyển trường dìa đây làm sao cháu?', who: 'elderly' },
  { q: 'chuyen truong cho con tu binh duong ve que', who: 'rural' },
  { q: 'chuyen truong tieu hoc', who: 'young' },
  // ban-sao-bang-tot-nghiep: education procedures are absent
  { q: 'Tui có học hết cấp ba hồi xưa mà cái bằng mất rồi, giờ xin lại bản sao được hông con?', who: 'elderly' },
  { q: 'mat bang tot nghiep cap 3 xin ban sao', who: 'rural' },
  { q: 'cap ban sao bang tot nghiep thpt', who: 'young' },
  // mien-hoc-phi-ho-ngheo: education procedures are absent
  { q: 'Nhà tui hộ nghèo, con nhỏ đi học có được miễn tiền học hông, làm đơn sao cháu?', who: 'elderly' },
  { q: 'ho ngheo mien hoc phi cho con', who: 'rural' },
  { q: 'mien giam hoc phi', who: 'young' },
  // khieu-nai-den-bu-de-bien: no general complaint procedure; only complaints against the police
  { q: 'Làm kè biển lấy đất tui mà tiền đền bù ít quá, tui muốn làm đơn khiếu nại thì gởi ai cháu?', who: 'elderly' },
  { q: 'khieu nai tien den bu dat lam ke', who: 'rural' },
  { q: 'giai quyet khieu nai boi thuong thu hoi dat', who: 'young' },
  // le-hoi-chua-khmer: religion / belief activity registration is absent
  { q: 'Chùa Khơ-me trong ấp tính tổ chức lễ Ok Om Bok đua ghe ngo, phải xin phép xã hông cháu?', who: 'elderly' },
  { q: 'chua khmer to chuc le hoi xin phep', who: 'rural' },
  { q: 'dang ky hoat dong tin nguong to chuc le hoi', who: 'young' },
  // tam-hoan-nghia-vu-quan-su: military service procedures are absent
  { q: 'Thằng cháu tui tới tuổi đi nghĩa vụ mà tía nó mất, nó là lao động chính nuôi má với em, xin hoãn được hông?', who: 'elderly' },
  { q: 'xin hoan nghia vu quan su lao dong chinh', who: 'rural' },
  { q: 'tam hoan nghia vu quan su', who: 'young' },
  // vay-von-nuoi-tom: bank lending to farmers is not an administrative procedure in the crawl
  { q: 'Cháu ơi, tui muốn vay vốn ngân hàng chính sách làm lại ao tôm, ở đây có cho vay hông?', who: 'elderly' },
  { q: 'vay von ngan hang chinh sach nuoi tom', who: 'rural' },
  { q: 'vay von uu dai nong dan', who: 'young' },
  // keo-dien-3-pha: electricity connection is a utility service, not in the crawl
  { q: 'Tui muốn kéo điện ba pha vô ao tôm để chạy quạt nước, xin ở đâu con?', who: 'elderly' },
  { q: 'keo dien 3 pha vao ao tom', who: 'rural' },
  { q: 'lap dat dien 3 pha', who: 'young' },
  // bon-nuoc-ngot-man-xam-nhap: no procedure for household fresh-water tanks / drought relief
  { q: 'Mùa khô nước mặn vô hết, giếng nhà tui mặn chát, có chỗ nào phát lu với bồn chứa nước ngọt cho dân hông?', who: 'elderly' },
  { q: 'xin bon chua nuoc ngot mua han man', who: 'rural' },
  { q: 'ho tro nuoc sinh hoat xam nhap man', who: 'young' },
  // gia-tom-bi-ep: price disputes with traders / market prices are not a procedure
  { q: 'Thương lái ép giá tôm quá trời, tui muốn thưa họ thì thưa ở đâu cháu?', who: 'elderly' },
  { q: 'thuong lai ep gia tom thua o dau', who: 'rural' },
  { q: 'gia tom hom nay', who: 'young' },
  // tim-viec-binh-duong: job placement services are absent
  { q: 'Đứa cháu tui học hết lớp chín, muốn lên Bình Dương xin vô công ty làm, ở đây có chỗ giới thiệu hông?', who: 'elderly' },
  { q: 'tim viec lam cty binh duong', who: 'rural' },
  { q: 'tuyen cong nhan binh duong', who: 'young' },
  // tiem-chung-cho-chau: vaccination is a health service, not in the crawl
  { q: 'Tới ngày chích ngừa cho đứa cháu nội mà tui quên mất, giờ chích ở đâu cháu?', who: 'elderly' },
  { q: 'lich tiem ngua cho tre', who: 'rural' },
  { q: 'tiem chung mo rong', who: 'young' },
  // tuyen-bo-mat-tich-bien: declaring a missing person dead is a court matter; not in the crawl
  { q: 'Thằng con tui đi biển mất tích ba năm nay hổng thấy xác, giờ muốn làm giấy cho nó là chết để lo giấy tờ đất thì làm sao?', who: 'elderly' },
  { q: 'con mat tich ngoai bien lam giay tuyen bo chet', who: 'rural' },
  { q: 'tuyen bo mot nguoi la da chet', who: 'young' },
  // sim-dien-thoai-chinh-chu: SIM registration is a telecom carrier service
  { q: 'Cái sim điện thoại của tui bị khóa, nhà mạng biểu phải chuẩn hóa thông tin, làm ở đâu cháu?', who: 'elderly' },
  { q: 'sim bi khoa chuan hoa thong tin', who: 'rural' },
  { q: 'dang ky sim chinh chu', who: 'young' },
  // chuyen-vien-bhyt: hospital referral papers are issued by hospitals; not in the crawl
  { q: 'Bệnh viện huyện biểu tui lên Cần Thơ mổ mắt, mà cần giấy chuyển viện cho bảo hiểm trả, xin ở đâu?', who: 'elderly' },
  { q: 'xin giay chuyen vien len can tho', who: 'rural' },
  { q: 'giay chuyen tuyen bhyt', who: 'young' },
  // hui-bi-gian: a rotating-credit fraud is a police/court matter; no procedure
  { q: 'Bà chủ hụi trong xóm ôm tiền bỏ trốn rồi, tui mất mấy chục triệu, đi thưa ở đâu cháu?', who: 'elderly' },
  { q: 'chu hui bo tron thua o dau', who: 'rural' },
  { q: 'bi gat hui', who: 'young' },
];
