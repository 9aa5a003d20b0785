import type { CitizenQuery } from './dev-set';

/** THIRTYSECOND blind held-out set (issue 17). Persona: a river border commune of An Giang / Kiên Giang in the Mekong delta —
 *  Kinh, Khmer and Chăm families; rice, fish cages and boats; relatives across the Cambodian border; flood seasons; young people
 *  in Bình Dương factories; Khmer pagoda life; southern speech. Written 2026-12-07 (UTC) blind: queries drafted
 *  before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtysecond-draft-20261207T0803Z.txt  sha256 b352d6e03ebb22d2e5fdeeb06e4442765b0dd576ebb6aeac308e81132775b835
 *  345 queries (115 situations x 3 voices): 258 labelled (elderly 86, rural 86, young 86), 87 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYSECOND_HELDOUT: readonly CitizenQuery[] = [
  { q: 'cháu ơi, con dâu bà mới sanh thằng nhỏ ở nhà thương Tân Châu được mười ngày, giờ làm giấy khai sanh cho nó ở đâu cháu', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' }, // khai-sinh-con-moi-sinh
  { q: 'vo moi de con gai o tram y te xa, lam khai sanh can giay j', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // khai-sinh-con-moi-sinh
  { q: 'dk khai sinh cho con so sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // khai-sinh-con-moi-sinh
  { q: 'bà là người Khơ-me, sanh hồi xưa trong sóc ở Tri Tôn, từ nhỏ tới giờ hông có giấy khai sanh, giờ già rồi làm được hông cô', expect: ['1.004772', '1.001193'], who: 'elderly' }, // khai-sinh-nguoi-lon-chua-co
  { q: 'ba toi 60 tuoi chua co giay khai sanh bao gio, gio lam lai dc ko', expect: ['1.004772', '1.001193'], who: 'rural' }, // khai-sinh-nguoi-lon-chua-co
  { q: 'dang ky khai sinh qua han nguoi lon tuoi', expect: ['1.004772', '1.001193'], who: 'young' }, // khai-sinh-nguoi-lon-chua-co
  { q: 'con gái tui lấy chồng qua bên Nam Vang, đẻ thằng nhỏ bển hông có làm giấy gì hết, giờ dắt dìa Châu Đốc ở luôn, làm khai sanh cho nó sao cháu', expect: ['2.000528'], who: 'elderly' }, // khai-sinh-con-sinh-ben-campuchia
  { q: 'con sinh ben campuchia chua lam giay to gi, dia vn lam khai sanh dc hok', expect: ['2.000528'], who: 'rural' }, // khai-sinh-con-sinh-ben-campuchia
  { q: 'khai sinh cho tre sinh o campuchia ve vn', expect: ['2.000528'], who: 'young' }, // khai-sinh-con-sinh-ben-campuchia
  { q: 'thằng cháu nội tui sanh bên Ta Keo có giấy khai sanh tiếng Miên của bên đó cấp, giờ muốn đem dìa đăng ký bên mình cho nó đi học', expect: ['2.000547'], who: 'elderly' }, // ghi-chu-khai-sinh-campuchia
  { q: 'co giay khai sanh campuchia cap roi, gio ve an giang ghi vao so ho tich ntn', expect: ['2.000547'], who: 'rural' }, // ghi-chu-khai-sinh-campuchia
  { q: 'ghi chu khai sinh da dang ky o nuoc ngoai campuchia', expect: ['2.000547'], who: 'young' }, // ghi-chu-khai-sinh-campuchia
  { q: 'cô ơi, thằng út nhà tui với con nhỏ ở xóm trên muốn làm giấy hôn thú, hai đứa cùng xã, phải đem theo giấy gì', expect: ['1.000894'], who: 'elderly' }, // ket-hon-trong-nuoc
  { q: 'lam giay ket hon can mang theo j, 2 dua o khac xa', expect: ['1.000894'], who: 'rural' }, // ket-hon-trong-nuoc
  { q: 'dang ky ket hon', expect: ['1.000894'], who: 'young' }, // ket-hon-trong-nuoc
  { q: 'thằng con tui ở Khánh Bình muốn cưới con nhỏ người Miên ở bên kia biên giới, qua lại làm ăn quen nhau, làm hôn thú bên mình được hông cháu', expect: ['1.000094', '2.000806'], who: 'elderly' }, // ket-hon-voi-nguoi-campuchia
  { q: 'lay vo nguoi campuchia o gan bien gioi, dang ky ket hon o xa dc ko', expect: ['1.000094', '2.000806'], who: 'rural' }, // ket-hon-voi-nguoi-campuchia
  { q: 'ket hon voi nguoi campuchia khu vuc bien gioi', expect: ['1.000094', '2.000806'], who: 'young' }, // ket-hon-voi-nguoi-campuchia
  { q: 'hồi đó hai vợ chồng tui làm đám cưới với đăng ký ở bên Campuchia, có tờ giấy của bển, giờ dìa Việt Nam sống thì phải ghi lại ở đâu', expect: ['2.002189'], who: 'elderly' }, // ghi-chu-ket-hon-campuchia
  { q: 'ket hon ben campuchia roi, ve vn can ghi chu lai ko', expect: ['2.002189'], who: 'rural' }, // ghi-chu-ket-hon-campuchia
  { q: 'ghi chu ket hon o nuoc ngoai', expect: ['2.002189'], who: 'young' }, // ghi-chu-ket-hon-campuchia
  { q: 'cháu ơi, chồng bà chết lâu rồi, giờ bà bán miếng đất thì người ta biểu phải có giấy chứng nhận bà ở vậy, hông có chồng, xin ở đâu', expect: ['1.004873'], who: 'elderly' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'xin giay xac nhan doc than de lam ho so ban dat', expect: ['1.004873'], who: 'rural' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'xac nhan tinh trang hon nhan', expect: ['1.004873'], who: 'young' }, // xac-nhan-tinh-trang-hon-nhan
  { q: 'ông nhà tui mới mất hôm rằm, đám xong rồi, giờ phải đi báo tử ở xã phải hông cháu', expect: ['1.000656'], who: 'elderly' }, // khai-tu
  { q: 'ba moi mat, lam giay bao tu o dau', expect: ['1.000656'], who: 'rural' }, // khai-tu
  { q: 'khai tu', expect: ['1.000656'], who: 'young' }, // khai-tu
  { q: 'em trai tui đi làm ghe bên Campuchia rồi bị bệnh chết bển, đem xác dìa chôn ở đây, giờ muốn làm giấy khai tử cho nó thì làm sao', expect: ['1.001766', '2.000547'], who: 'elderly' }, // khai-tu-chet-ben-campuchia
  { q: 'nguoi nha chet ben campuchia, ve vn khai tu dc ko', expect: ['1.001766', '2.000547'], who: 'rural' }, // khai-tu-chet-ben-campuchia
  { q: 'dang ky khai tu nguoi chet o nuoc ngoai', expect: ['1.001766', '2.000547'], who: 'young' }, // khai-tu-chet-ben-campuchia
  { q: 'giấy khai sanh của thằng nhỏ bị chuột cắn rách hết, cô làm cho tui bản sao khác được hông', expect: ['2.000635'], who: 'elderly' }, // trich-luc-ban-sao-khai-sinh
  { q: 'xin ban sao giay khai sanh, ban chinh rach roi', expect: ['2.000635'], who: 'rural' }, // trich-luc-ban-sao-khai-sinh
  { q: 'trich luc khai sinh ban sao', expect: ['2.000635'], who: 'young' }, // trich-luc-ban-sao-khai-sinh
  { q: 'năm 2000 nước lũ lên ngập nhà, giấy khai sanh của mấy đứa nhỏ trôi mất hết, ủy ban nói sổ bộ cũng hông còn, giờ làm lại từ đầu được hông cháu', expect: ['1.004884'], who: 'elderly' }, // dang-ky-lai-khai-sinh
  { q: 'giay khai sanh mat, xa noi so goc cung mat, dang ky lai ntn', expect: ['1.004884'], who: 'rural' }, // dang-ky-lai-khai-sinh
  { q: 'dang ky lai khai sinh', expect: ['1.004884'], who: 'young' }, // dang-ky-lai-khai-sinh
  { q: 'tên tui là Néang Sóc Phia mà trong giấy khai sanh ghi sai chữ, giờ làm giấy tờ nhà đất người ta hông chịu, sửa lại sao cô', expect: ['1.004859'], who: 'elderly' }, // cai-chinh-ten-sai
  { q: 'giay khai sanh ghi sai ten voi ngay sanh, sua lai o dau', expect: ['1.004859'], who: 'rural' }, // cai-chinh-ten-sai
  { q: 'cai chinh ho tich sai ten', expect: ['1.004859'], who: 'young' }, // cai-chinh-ten-sai
  { q: 'ba sắp nhỏ là người Khơ-me mà hồi làm khai sanh ghi dân tộc Kinh theo má nó, giờ muốn đổi lại Khơ-me cho tụi nhỏ được hưởng chế độ học sinh dân tộc', expect: ['1.004859'], who: 'elderly' }, // xac-dinh-lai-dan-toc
  { q: 'doi dan toc cho con tu kinh sang khmer dc ko, cha la khmer', expect: ['1.004859'], who: 'rural' }, // xac-dinh-lai-dan-toc
  { q: 'xac dinh lai dan toc cho con', expect: ['1.004859'], who: 'young' }, // xac-dinh-lai-dan-toc
  { q: 'con nhỏ tui tên ở nhà quen gọi rồi, mà tên trong giấy khai sanh xấu quá nó đi học bị chọc, muốn đổi tên khác cho nó', expect: ['1.004859'], who: 'elderly' }, // thay-doi-ho-ten
  { q: 'muon doi ten cho con 10 tuoi, ten cu bi ban be choc', expect: ['1.004859'], who: 'rural' }, // thay-doi-ho-ten
  { q: 'thay doi ten cho con', expect: ['1.004859'], who: 'young' }, // thay-doi-ho-ten
  { q: 'hai đứa nó ở với nhau hông có làm hôn thú, giờ đẻ đứa nhỏ, khai sanh để trống tên cha, thằng cha giờ muốn nhận con thì làm sao cô', expect: ['1.001022'], who: 'elderly' }, // nhan-cha-con
  { q: 'song chung ko dang ky ket hon, gio cha muon nhan con thi lam giay j', expect: ['1.001022'], who: 'rural' }, // nhan-cha-con
  { q: 'dang ky nhan cha con', expect: ['1.001022'], who: 'young' }, // nhan-cha-con
  { q: 'con gái với rể tui chết trong vụ lật ghe trên sông Hậu, để lại hai đứa nhỏ, bà ngoại nuôi mà muốn đứng tên lo giấy tờ cho tụi nó thì phải làm giấy gì', expect: ['1.004837'], who: 'elderly' }, // giam-ho-chau-mo-coi
  { q: 'cha me chay mat het, ong ba nuoi chau, lam giay giam ho ntn', expect: ['1.004837'], who: 'rural' }, // giam-ho-chau-mo-coi
  { q: 'dang ky giam ho cho chau', expect: ['1.004837'], who: 'young' }, // giam-ho-chau-mo-coi
  { q: 'vợ chồng tui hiếm muộn, nuôi con của người em bên chồng từ đỏ hỏn tới giờ, muốn làm giấy nhận nó làm con nuôi cho đàng hoàng', expect: ['2.001263'], who: 'elderly' }, // nhan-con-nuoi
  { q: 'nhan con nuoi la chau ruot can thu tuc gi', expect: ['2.001263'], who: 'rural' }, // nhan-con-nuoi
  { q: 'dang ky nhan con nuoi trong nuoc', expect: ['2.001263'], who: 'young' }, // nhan-con-nuoi
  {
    q: 'vợ thằng hai nhà tui người Campuchia, qua đây làm dâu mười mấy năm, đẻ ba đứa rồi mà vẫn chưa có quốc tịch Việt Nam, muốn xin vô quốc tịch mình thì làm sao',
    expect: ['2.002039'],
    who: 'elderly',
  }, // nhap-quoc-tich-vo-campuchia
  { q: 'vo nguoi campuchia o vn lau roi, xin nhap quoc tich vn ntn', expect: ['2.002039'], who: 'rural' }, // nhap-quoc-tich-vo-campuchia
  { q: 'xin nhap quoc tich viet nam', expect: ['2.002039'], who: 'young' }, // nhap-quoc-tich-vo-campuchia
  {
    q: 'gia đình tui người Việt sống bên Biển Hồ mấy chục năm, năm rồi dìa lại An Phú, hông có giấy tờ gì hết, hông có căn cước, giờ phải làm sao để được công nhận là người Việt Nam',
    expect: ['1.005136', '1.014065'],
    who: 'elderly',
  }, // xac-nhan-quoc-tich-nguoi-goc-viet
  { q: 'nguoi viet tu campuchia ve ko co giay to, xin xac nhan quoc tich vn', expect: ['1.005136', '1.014065'], who: 'rural' }, // xac-nhan-quoc-tich-nguoi-goc-viet
  { q: 'xac nhan co quoc tich viet nam nguoi tu campuchia ve', expect: ['1.005136', '1.014065'], who: 'young' }, // xac-nhan-quoc-tich-nguoi-goc-viet
  { q: 'con dâu tui ở Kiên Lương về làm dâu, giờ muốn nhập hộ khẩu vô nhà tui, cô chỉ giùm phải làm sao', expect: ['1.004222'], who: 'elderly' }, // dang-ky-thuong-tru-ve-nha-chong
  { q: 'vo moi cuoi, nhap ho khau ve nha chong can giay j', expect: ['1.004222'], who: 'rural' }, // dang-ky-thuong-tru-ve-nha-chong
  { q: 'dang ky thuong tru', expect: ['1.004222'], who: 'young' }, // dang-ky-thuong-tru-ve-nha-chong
  { q: 'thằng nhỏ nhà tui lên Bình Dương làm công ty cả năm mới dìa, công an ấp biểu phải khai báo vắng mặt, làm ở đâu vậy cháu', expect: ['1.003677'], who: 'elderly' }, // khai-bao-tam-vang
  { q: 'con di lam binh duong, khai bao tam vang o dau', expect: ['1.003677'], who: 'rural' }, // khai-bao-tam-vang
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' }, // khai-bao-tam-vang
  { q: 'con gái tui mướn phòng trọ ở Thuận An để làm công ty giày, cô hỏi giùm làm tạm trú cho nó có cần về đây xin giấy gì hông', expect: ['1.004194'], who: 'elderly' }, // dang-ky-tam-tru-binh-duong
  { q: 'o tro binh duong lam cong ty, dang ky tam tru online dc ko', expect: ['1.004194'], who: 'rural' }, // dang-ky-tam-tru-binh-duong
  { q: 'dang ky tam tru nha tro', expect: ['1.004194'], who: 'young' }, // dang-ky-tam-tru-binh-duong
  { q: 'má tui mất năm ngoái rồi mà trong hộ khẩu vẫn còn tên bả, giờ muốn xóa tên ra thì làm sao', expect: ['1.003197'], who: 'elderly' }, // xoa-thuong-tru-nguoi-chet
  { q: 'nguoi mat roi xoa ten trong ho khau ntn', expect: ['1.003197'], who: 'rural' }, // xoa-thuong-tru-nguoi-chet
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' }, // xoa-thuong-tru-nguoi-chet
  { q: 'giờ hổng còn sổ hộ khẩu nữa, thằng nhỏ đi làm công ty người ta đòi giấy chứng nhận chỗ ở, xin ở đâu cháu', expect: ['1.010041'], who: 'elderly' }, // xac-nhan-thong-tin-cu-tru
  { q: 'cong ty doi giay xac nhan cu tru, xin o dau', expect: ['1.010041'], who: 'rural' }, // xac-nhan-thong-tin-cu-tru
  { q: 'xac nhan thong tin cu tru ct07', expect: ['1.010041'], who: 'young' }, // xac-nhan-thong-tin-cu-tru
  { q: 'cháu nội tui mới đủ mười bốn tuổi, thầy ở trường nói phải đi làm thẻ căn cước, dẫn nó đi đâu làm', expect: ['1.014061', '2.000200'], who: 'elderly' }, // cccd-lan-dau-14-tuoi
  { q: 'con 14 tuoi lam can cuoc lan dau o dau', expect: ['1.014061', '2.000200'], who: 'rural' }, // cccd-lan-dau-14-tuoi
  { q: 'lam cccd lan dau', expect: ['1.014061', '2.000200'], who: 'young' }, // cccd-lan-dau-14-tuoi
  { q: 'bà đi chợ Tịnh Biên bị giựt mất cái bóp, căn cước trong đó cũng mất luôn, làm lại được hông cháu', expect: ['1.014064', '2.001194'], who: 'elderly' }, // cccd-mat-cap-lai
  { q: 'mat can cuoc cong dan lam lai bn tien', expect: ['1.014064', '2.001194'], who: 'rural' }, // cccd-mat-cap-lai
  { q: 'cap lai cccd bi mat', expect: ['1.014064', '2.001194'], who: 'young' }, // cccd-mat-cap-lai
  { q: 'nghe nói giờ con nít nhỏ cũng làm căn cước được, đứa cháu bà mới ba tuổi làm được chưa cháu', expect: ['1.014062', '1.012549'], who: 'elderly' }, // can-cuoc-tre-duoi-6
  { q: 'lam can cuoc cho con 3 tuoi dc ko', expect: ['1.014062', '1.012549'], who: 'rural' }, // can-cuoc-tre-duoi-6
  { q: 'can cuoc cho tre duoi 6 tuoi', expect: ['1.014062', '1.012549'], who: 'young' }, // can-cuoc-tre-duoi-6
  { q: 'tên bà sửa lại trong khai sanh rồi mà thẻ căn cước vẫn còn tên cũ, giờ đổi thẻ mới cho đúng thì làm sao', expect: ['1.014063', '2.001195'], who: 'elderly' }, // doi-cccd-sai-thong-tin
  { q: 'can cuoc sai que quan, doi lai can cuoc moi', expect: ['1.014063', '2.001195'], who: 'rural' }, // doi-cccd-sai-thong-tin
  { q: 'doi the can cuoc do thay doi thong tin', expect: ['1.014063', '2.001195'], who: 'young' }, // doi-cccd-sai-thong-tin
  { q: 'thằng cháu biểu bà phải có cái VNeID trên điện thoại để lãnh tiền, bà hông biết làm, ai làm giùm cho bà', expect: ['3.000228'], who: 'elderly' }, // vneid-muc-2
  { q: 'kich hoat vneid muc 2 lam o dau', expect: ['3.000228'], who: 'rural' }, // vneid-muc-2
  { q: 'dinh danh dien tu muc 2', expect: ['3.000228'], who: 'young' }, // vneid-muc-2
  { q: 'con gái tui được công ty cho đi làm bên Đài Loan, phải làm cái sổ thông hành, làm ở Long Xuyên hay ở đâu cháu', expect: ['1.001456'], who: 'elderly' }, // ho-chieu
  { q: 'lam ho chieu het bao lau, o an giang lam o dau', expect: ['1.001456'], who: 'rural' }, // ho-chieu
  { q: 'cap ho chieu pho thong', expect: ['1.001456'], who: 'young' }, // ho-chieu
  { q: 'bà con bên Campuchia qua nhà tui ở chơi cả tuần ăn Tết Chôl Chnăm Thmây, có cần báo với công an xã hông cháu', expect: ['1.000253', '1.001437'], who: 'elderly' }, // khai-bao-tam-tru-nguoi-campuchia
  { q: 'nguoi campuchia qua o nha minh vai ngay co phai khai bao ko', expect: ['1.000253', '1.001437'], who: 'rural' }, // khai-bao-tam-tru-nguoi-campuchia
  { q: 'khai bao tam tru nguoi nuoc ngoai', expect: ['1.000253', '1.001437'], who: 'young' }, // khai-bao-tam-tru-nguoi-campuchia
  { q: 'dâu tui người Campuchia chưa vô quốc tịch, ở đây lâu dài thì phải xin giấy cư trú gì cho nó để công an hông làm khó', expect: ['1.003460', '1.001010'], who: 'elderly' }, // the-tam-tru-vo-nguoi-campuchia
  { q: 'vo quoc tich campuchia o vn lau dai xin the tam tru hay thuong tru', expect: ['1.003460', '1.001010'], who: 'rural' }, // the-tam-tru-vo-nguoi-campuchia
  { q: 'the tam tru cho vo nguoi nuoc ngoai', expect: ['1.003460', '1.001010'], who: 'young' }, // the-tam-tru-vo-nguoi-campuchia
  { q: 'miếng ruộng ông bà để lại ở cánh đồng Ba Chúc, nhà tui làm mấy chục năm mà chưa bao giờ có sổ đỏ, giờ muốn làm giấy thì bắt đầu từ đâu cô', expect: ['1.013978'], who: 'elderly' }, // cap-so-do-lan-dau
  { q: 'dat ong ba de lai chua co so do, xin cap lan dau ntn', expect: ['1.013978'], who: 'rural' }, // cap-so-do-lan-dau
  { q: 'cap so do lan dau', expect: ['1.013978'], who: 'young' }, // cap-so-do-lan-dau
  { q: 'ba tui mất rồi, đất đứng tên ổng, mấy anh em đã chia xong, giờ muốn sang tên sổ đỏ qua cho tụi tui', expect: ['1.013831', '2.001406'], who: 'elderly' }, // thua-ke-dat
  { q: 'ba mat, sang ten so do cho con thua ke can j', expect: ['1.013831', '2.001406'], who: 'rural' }, // thua-ke-dat
  { q: 'sang ten so do thua ke', expect: ['1.013831', '2.001406'], who: 'young' }, // thua-ke-dat
  { q: 'tui mua công đất ruộng của người trong ấp, đưa tiền đủ rồi, giờ làm sao sang tên qua tui cho chắc', expect: ['1.013831', '2.001035'], who: 'elderly' }, // mua-ban-sang-ten-dat
  { q: 'mua dat ruong roi lam giay sang ten o dau, het bn ngay', expect: ['1.013831', '2.001035'], who: 'rural' }, // mua-ban-sang-ten-dat
  { q: 'chuyen nhuong quyen su dung dat', expect: ['1.013831', '2.001035'], who: 'young' }, // mua-ban-sang-ten-dat
  { q: 'vợ chồng tui già rồi, muốn cắt cho thằng út một nền nhà, cho luôn hông bán, làm giấy sao cho nó đứng tên', expect: ['1.013831', '2.001035'], who: 'elderly' }, // tang-cho-dat-con
  { q: 'cho dat con trai dung ten so do, thu tuc cho tang', expect: ['1.013831', '2.001035'], who: 'rural' }, // tang-cho-dat-con
  { q: 'tang cho dat cho con', expect: ['1.013831', '2.001035'], who: 'young' }, // tang-cho-dat-con
  { q: 'mùa nước năm rồi nhà bị sập, cái sổ đỏ bỏ trong rương trôi mất, giờ xin lại cái khác được hông cháu', expect: ['1.012786'], who: 'elderly' }, // cap-lai-so-do-mat
  { q: 'so do bi mat do lu, xin cap lai ntn', expect: ['1.012786'], who: 'rural' }, // cap-lai-so-do-mat
  { q: 'cap lai so do bi mat', expect: ['1.012786'], who: 'young' }, // cap-lai-so-do-mat
  { q: 'tui có ba công đất muốn tách ra làm ba cuốn sổ cho ba đứa con, làm được hông cô', expect: ['1.012784'], who: 'elderly' }, // tach-thua
  { q: 'tach so do lam 2 cuon cho 2 dua con', expect: ['1.012784'], who: 'rural' }, // tach-thua
  { q: 'tach thua dat', expect: ['1.012784'], who: 'young' }, // tach-thua
  { q: 'miếng ruộng sát lộ nhà tui muốn cất nhà cho con, người ta nói phải lên thổ cư mới cất được, xin ở đâu cháu', expect: ['1.013949'], who: 'elderly' }, // chuyen-muc-dich-len-tho-cu
  { q: 'chuyen dat lua len tho cu de cat nha, dong tien bn', expect: ['1.013949'], who: 'rural' }, // chuyen-muc-dich-len-tho-cu
  { q: 'chuyen muc dich su dung dat len tho cu', expect: ['1.013949'], who: 'young' }, // chuyen-muc-dich-len-tho-cu
  { q: 'tui muốn đem sổ đỏ vô ngân hàng nông nghiệp vay tiền mua ghe, người ta biểu phải đăng ký thế chấp, làm ở đâu', expect: ['1.011441'], who: 'elderly' }, // the-chap-so-do
  { q: 'the chap so do vay ngan hang dang ky o dau', expect: ['1.011441'], who: 'rural' }, // the-chap-so-do
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' }, // the-chap-so-do
  { q: 'tui trả hết nợ ngân hàng rồi, sổ đỏ vẫn còn ghi đang thế chấp, giờ muốn xóa cái đó đi', expect: ['1.011443'], who: 'elderly' }, // xoa-the-chap
  { q: 'tra no xong roi xoa the chap so do ntn', expect: ['1.011443'], who: 'rural' }, // xoa-the-chap
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' }, // xoa-the-chap
  { q: 'nhà bên cạnh lấn bờ ranh ruộng nhà tui cả thước, nói hoài hông nghe, tui muốn xã đứng ra giải quyết', expect: ['1.012812', '1.013967'], who: 'elderly' }, // hoa-giai-tranh-chap-dat
  { q: 'tranh chap ranh dat voi hang xom, nho xa hoa giai', expect: ['1.012812', '1.013967'], who: 'rural' }, // hoa-giai-tranh-chap-dat
  { q: 'hoa giai tranh chap dat dai', expect: ['1.012812', '1.013967'], who: 'young' }, // hoa-giai-tranh-chap-dat
  { q: 'sổ đỏ nhà tui đo lại thấy thiếu mấy chục thước so với đất thiệt, mà tên vợ tui cũng ghi sai, sửa sao cháu', expect: ['1.012796', '1.012790'], who: 'elderly' }, // dinh-chinh-so-do
  { q: 'so do ghi sai dien tich, muon dinh chinh lai', expect: ['1.012796', '1.012790'], who: 'rural' }, // dinh-chinh-so-do
  { q: 'dinh chinh so do sai thong tin', expect: ['1.012796', '1.012790'], who: 'young' }, // dinh-chinh-so-do
  { q: 'sổ đỏ ruộng nhà tui ghi thời hạn sử dụng tới năm 2013, giờ quá hạn rồi có bị thu lại hông, muốn gia hạn thì làm sao', expect: ['1.013947', '1.013949'], who: 'elderly' }, // gia-han-dat-nong-nghiep
  { q: 'so ruong het han su dung dat, gia han o dau', expect: ['1.013947', '1.013949'], who: 'rural' }, // gia-han-dat-nong-nghiep
  { q: 'gia han su dung dat nong nghiep', expect: ['1.013947', '1.013949'], who: 'young' }, // gia-han-dat-nong-nghiep
  { q: 'tui muốn coi miếng đất bà con bán cho tui có dính quy hoạch hông, có bị thế chấp gì hông, hỏi ở đâu coi được', expect: ['1.004237', '1.014159'], who: 'elderly' }, // trich-luc-ban-do-thong-tin-dat
  { q: 'xin trich luc ban do dia chinh thua dat', expect: ['1.004237', '1.014159'], who: 'rural' }, // trich-luc-ban-do-thong-tin-dat
  { q: 'cung cap thong tin dat dai', expect: ['1.004237', '1.014159'], who: 'young' }, // trich-luc-ban-do-thong-tin-dat
  { q: 'cái sổ đỏ của tui cấp hồi năm chín mấy, giấy cũ mèm rách hết, chữ mờ, muốn đổi cuốn mới', expect: ['1.012783'], who: 'elderly' }, // cap-doi-so-cu
  { q: 'doi so do cu rach sang so moi', expect: ['1.012783'], who: 'rural' }, // cap-doi-so-cu
  { q: 'cap doi giay chung nhan qsdd', expect: ['1.012783'], who: 'young' }, // cap-doi-so-cu
  { q: 'ba má mất hết rồi, năm anh em tui ngồi lại chia đất chia nhà xong xuôi, muốn có giấy thỏa thuận được xã đóng mộc', expect: ['2.001406'], who: 'elderly' }, // chung-thuc-phan-chia-di-san
  { q: 'anh em chia tai san thua ke, lam van ban thoa thuan chung thuc o xa', expect: ['2.001406'], who: 'rural' }, // chung-thuc-phan-chia-di-san
  { q: 'chung thuc van ban phan chia di san', expect: ['2.001406'], who: 'young' }, // chung-thuc-phan-chia-di-san
  { q: 'tui già rồi, muốn viết tờ di chúc để lại nền nhà cho con gái út, nhờ ủy ban xác nhận cho chắc, làm sao cháu', expect: ['2.001019'], who: 'elderly' }, // chung-thuc-di-chuc
  { q: 'lam di chuc de dat cho con, chung thuc o xa dc ko', expect: ['2.001019'], who: 'rural' }, // chung-thuc-di-chuc
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' }, // chung-thuc-di-chuc
  { q: 'tui lấy chồng bên Campuchia rồi, hông về lấy đất của ba má, muốn làm giấy nhường phần cho mấy anh em ở nhà', expect: ['2.001016'], who: 'elderly' }, // tu-choi-nhan-di-san
  { q: 'ko nhan phan dat thua ke, lam giay tu choi cho anh em', expect: ['2.001016'], who: 'rural' }, // tu-choi-nhan-di-san
  { q: 'van ban tu choi nhan di san', expect: ['2.001016'], who: 'young' }, // tu-choi-nhan-di-san
  { q: 'tui muốn cất cái nhà tường trên nền đất thổ cư ngoài lộ, có phải xin phép không cháu, xin ở đâu', expect: ['1.013225'], who: 'elderly' }, // giay-phep-xay-nha
  { q: 'xay nha cap 4 o nong thon co can xin phep ko', expect: ['1.013225'], who: 'rural' }, // giay-phep-xay-nha
  { q: 'giay phep xay dung nha o rieng le', expect: ['1.013225'], who: 'young' }, // giay-phep-xay-nha
  { q: 'cái nhà sàn của tui mục cột hết rồi, muốn nâng nền lên cao tránh nước lũ với sửa lại mái, có phải xin giấy gì hông', expect: ['1.013229'], who: 'elderly' }, // sua-nha-cai-tao
  { q: 'sua nha nang nen co xin giay phep ko', expect: ['1.013229'], who: 'rural' }, // sua-nha-cai-tao
  { q: 'giay phep sua chua cai tao nha', expect: ['1.013229'], who: 'young' }, // sua-nha-cai-tao
  { q: 'cháu ơi, photo cái giấy khai sanh với bằng cấp của thằng nhỏ rồi, giờ muốn đóng dấu y bản chánh để nộp cho công ty', expect: ['2.000815'], who: 'elderly' }, // chung-thuc-ban-sao
  { q: 'cong chung photo giay to o xa', expect: ['2.000815'], who: 'rural' }, // chung-thuc-ban-sao
  { q: 'chung thuc ban sao y', expect: ['2.000815'], who: 'young' }, // chung-thuc-ban-sao
  { q: 'tui viết tờ giấy cam kết, người ta biểu phải có xã xác nhận chữ ký của tui mới được', expect: ['2.000884'], who: 'elderly' }, // chung-thuc-chu-ky
  { q: 'xac nhan chu ky vao giay cam ket', expect: ['2.000884'], who: 'rural' }, // chung-thuc-chu-ky
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' }, // chung-thuc-chu-ky
  { q: 'thằng con tui đi làm trên Bình Dương hông về được, nó muốn giao cho tui đi làm giấy tờ nhà đất thay nó thì phải làm giấy gì', expect: ['2.001035', '2.000884'], who: 'elderly' }, // hop-dong-uy-quyen
  { q: 'con o binh duong uy quyen cho ma lam so do, lam giay uy quyen o dau', expect: ['2.001035', '2.000884'], who: 'rural' }, // hop-dong-uy-quyen
  { q: 'hop dong uy quyen chung thuc', expect: ['2.001035', '2.000884'], who: 'young' }, // hop-dong-uy-quyen
  { q: 'giấy tờ của bên Campuchia viết chữ Miên, tui nhờ ông Achar ở chùa dịch ra tiếng Việt, giờ phải xác nhận bản dịch đó ở đâu', expect: ['2.001008', '2.000992'], who: 'elderly' }, // chung-thuc-chu-ky-nguoi-dich
  { q: 'dich giay to tieng khmer sang tieng viet, chung thuc ban dich o dau', expect: ['2.001008', '2.000992'], who: 'rural' }, // chung-thuc-chu-ky-nguoi-dich
  { q: 'chung thuc chu ky nguoi dich', expect: ['2.001008', '2.000992'], who: 'young' }, // chung-thuc-chu-ky-nguoi-dich
  { q: 'con gái tui đi xuất khẩu lao động, công ty đòi cái giấy chứng nhận không có tiền án tiền sự, xin ở đâu', expect: ['3.000333'], who: 'elderly' }, // ly-lich-tu-phap
  { q: 'xin phieu ly lich tu phap de di lam', expect: ['3.000333'], who: 'rural' }, // ly-lich-tu-phap
  { q: 'ly lich tu phap so 1 online', expect: ['3.000333'], who: 'young' }, // ly-lich-tu-phap
  { q: 'nhà tui nghèo, người Khơ-me, bị người ta kiện giành đất mà hông có tiền mướn luật sư, có chỗ nào giúp miễn phí hông', expect: ['2.000829'], who: 'elderly' }, // tro-giup-phap-ly
  { q: 'ho ngheo can luat su mien phi, tro giup phap ly o dau', expect: ['2.000829'], who: 'rural' }, // tro-giup-phap-ly
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'young' }, // tro-giup-phap-ly
  { q: 'tui muốn mở cái tiệm tạp hóa nhỏ trước nhà, bán thêm cá khô, phải đăng ký giấy phép kinh doanh hông cháu', expect: ['1.001612'], who: 'elderly' }, // dang-ky-ho-kinh-doanh
  { q: 'mo tiem tap hoa can giay phep kinh doanh ko, lam o dau', expect: ['1.001612'], who: 'rural' }, // dang-ky-ho-kinh-doanh
  { q: 'dang ky ho kinh doanh', expect: ['1.001612'], who: 'young' }, // dang-ky-ho-kinh-doanh
  { q: 'tiệm bán của tui dẹp rồi vì con cái đi làm xa hông ai phụ, giờ muốn trả lại giấy phép để khỏi đóng thuế', expect: ['1.001266'], who: 'elderly' }, // cham-dut-ho-kinh-doanh
  { q: 'nghi ban roi, dong giay phep kinh doanh ho ca the', expect: ['1.001266'], who: 'rural' }, // cham-dut-ho-kinh-doanh
  { q: 'cham dut hoat dong ho kinh doanh', expect: ['1.001266'], who: 'young' }, // cham-dut-ho-kinh-doanh
  { q: 'mấy nhà nuôi cá trong ấp muốn gom lại lập hợp tác xã để bán cá cho công ty, đăng ký ở đâu', expect: ['1.005280'], who: 'elderly' }, // thanh-lap-hop-tac-xa
  { q: 'thanh lap hop tac xa nuoi ca can bao nhieu nguoi', expect: ['1.005280'], who: 'rural' }, // thanh-lap-hop-tac-xa
  { q: 'dang ky thanh lap htx', expect: ['1.005280'], who: 'young' }, // thanh-lap-hop-tac-xa
  { q: 'nhà tui làm mắm cá linh, mắm thái bán ở chợ Châu Đốc mấy chục năm, giờ muốn bỏ mối cho siêu thị thì người ta đòi giấy an toàn thực phẩm', expect: ['2.001827'], who: 'elderly' }, // attp-lam-mam
  { q: 'lam mam ban si can giay an toan ve sinh thuc pham ko', expect: ['2.001827'], who: 'rural' }, // attp-lam-mam
  { q: 'giay chung nhan attp co so san xuat mam', expect: ['2.001827'], who: 'young' }, // attp-lam-mam
  { q: 'nhà tui nấu đường thốt nốt ở Tri Tôn, muốn đóng gói bán đi thành phố thì phải có giấy gì cháu', expect: ['2.001827'], who: 'elderly' }, // attp-duong-thot-not
  { q: 'nau duong thot not dong goi ban can giay phep gi', expect: ['2.001827'], who: 'rural' }, // attp-duong-thot-not
  { q: 'cong bo san pham duong thot not', expect: ['2.001827'], who: 'young' }, // attp-duong-thot-not
  { q: 'thằng con tui muốn lập công ty mua bán lúa gạo, phải đăng ký ở đâu cháu', expect: ['2.001583', '2.001199'], who: 'elderly' }, // thanh-lap-cong-ty
  { q: 'mo cong ty tnhh thu mua lua gao lam giay to o dau', expect: ['2.001583', '2.001199'], who: 'rural' }, // thanh-lap-cong-ty
  { q: 'thanh lap cong ty tnhh', expect: ['2.001583', '2.001199'], who: 'young' }, // thanh-lap-cong-ty
  { q: 'công ty của con tui nói nó phải có mã số thuế riêng mới được, làm ở đâu', expect: ['1.008498'], who: 'elderly' }, // ma-so-thue-ca-nhan
  { q: 'dang ky ma so thue ca nhan o dau', expect: ['1.008498'], who: 'rural' }, // ma-so-thue-ca-nhan
  { q: 'mst ca nhan', expect: ['1.008498'], who: 'young' }, // ma-so-thue-ca-nhan
  { q: 'tui mới đóng chiếc tàu đánh cá ở Hà Tiên, biểu phải đăng ký với kẻ số, làm ở đâu cháu', expect: ['1.003650', '1.003586'], who: 'elderly' }, // dang-ky-tau-ca
  { q: 'dang ky tau ca moi dong, can giay to j', expect: ['1.003650', '1.003586'], who: 'rural' }, // dang-ky-tau-ca
  { q: 'dang ky tau ca', expect: ['1.003650', '1.003586'], who: 'young' }, // dang-ky-tau-ca
  { q: 'nhà tui có chiếc ghe chở lúa chạy trên sông, mấy ông kiểm tra đường sông biểu phải đăng ký kẻ số, làm ở đâu', expect: ['1.004047', '1.004088'], who: 'elderly' }, // dang-ky-ghe-phuong-tien-thuy
  { q: 'dang ky ghe cho hang tren song, xin so dang ky ghe', expect: ['1.004047', '1.004088'], who: 'rural' }, // dang-ky-ghe-phuong-tien-thuy
  { q: 'dang ky phuong tien thuy noi dia', expect: ['1.004047', '1.004088'], who: 'young' }, // dang-ky-ghe-phuong-tien-thuy
  { q: 'thằng nhỏ nhà tui chạy ghe chở cát, bị phạt vì hông có bằng lái ghe, muốn đi học thi bằng thì ở đâu', expect: ['1.003135'], who: 'elderly' }, // bang-lai-ghe
  { q: 'hoc bang lai ghe may o dau, thi bang thuyen truong', expect: ['1.003135'], who: 'rural' }, // bang-lai-ghe
  { q: 'chung chi thuyen truong phuong tien thuy noi dia', expect: ['1.003135'], who: 'young' }, // bang-lai-ghe
  { q: 'tui chạy đò đưa khách qua lại cù lao mấy năm nay, giờ xã biểu phải xin giấy phép cái bến đò, xin sao cháu', expect: ['1.009455', '1.009453'], who: 'elderly' }, // ben-do-ngang-song
  { q: 'xin phep mo ben do ngang song cho khach', expect: ['1.009455', '1.009453'], who: 'rural' }, // ben-do-ngang-song
  { q: 'giay phep hoat dong ben khach ngang song', expect: ['1.009455', '1.009453'], who: 'young' }, // ben-do-ngang-song
  { q: 'tui nuôi cá bè trên sông Châu Đốc, người ta biểu phải đăng ký bè nuôi, làm ở đâu', expect: ['1.014801', '1.004692'], who: 'elderly' }, // nuoi-ca-be-dang-ky
  { q: 'dang ky nuoi ca be tren song o dau', expect: ['1.014801', '1.004692'], who: 'rural' }, // nuoi-ca-be-dang-ky
  { q: 'xac nhan dang ky nuoi trong thuy san long be', expect: ['1.014801', '1.004692'], who: 'young' }, // nuoi-ca-be-dang-ky
  { q: 'chiếc tàu của tui muốn ra biển Kiên Giang đánh bắt, người ta nói phải có giấy phép khai thác, xin ở đâu', expect: ['1.004359'], who: 'elderly' }, // giay-phep-khai-thac-thuy-san
  { q: 'xin giay phep danh bat ca cho tau', expect: ['1.004359'], who: 'rural' }, // giay-phep-khai-thac-thuy-san
  { q: 'giay phep khai thac thuy san', expect: ['1.004359'], who: 'young' }, // giay-phep-khai-thac-thuy-san
  { q: 'bầy heo nhà tui bị dịch chết hết mười mấy con, phải chôn, có được đền hông cháu', expect: ['1.013997'], who: 'elderly' }, // ho-tro-dich-ta-heo
  { q: 'heo bi dich ta chau phi chet, xin ho tro', expect: ['1.013997'], who: 'rural' }, // ho-tro-dich-ta-heo
  { q: 'ho tro thiet hai dich benh chan nuoi', expect: ['1.013997'], who: 'young' }, // ho-tro-dich-ta-heo
  { q: 'ruộng lúa làm hoài lỗ quá, tui muốn lên liếp trồng xoài trồng chuối, có phải xin phép xã hông', expect: ['1.008004'], who: 'elderly' }, // chuyen-doi-cay-trong-dat-lua
  { q: 'chuyen ruong lua sang trong xoai co can dang ky ko', expect: ['1.008004'], who: 'rural' }, // chuyen-doi-cay-trong-dat-lua
  { q: 'chuyen doi co cau cay trong tren dat lua', expect: ['1.008004'], who: 'young' }, // chuyen-doi-cay-trong-dat-lua
  { q: 'tui nuôi bò, thương lái mua chở lên Sài Gòn, nghe nói phải có giấy kiểm dịch mới chở được, xin ở đâu', expect: ['1.002338'], who: 'elderly' }, // kiem-dich-van-chuyen-bo
  { q: 'xin giay kiem dich bo de cho di tinh khac', expect: ['1.002338'], who: 'rural' }, // kiem-dich-van-chuyen-bo
  { q: 'kiem dich dong vat van chuyen', expect: ['1.002338'], who: 'young' }, // kiem-dich-van-chuyen-bo
  { q: 'tui muốn mở đại lý bán thuốc xịt cỏ, thuốc sâu cho bà con trong ấp, phải có giấy gì', expect: ['1.004363'], who: 'elderly' }, // ban-thuoc-bvtv
  { q: 'mo dai ly ban thuoc tru sau can giay chung nhan gi', expect: ['1.004363'], who: 'rural' }, // ban-thuoc-bvtv
  { q: 'giay chung nhan du dieu kien buon ban thuoc bvtv', expect: ['1.004363'], who: 'young' }, // ban-thuoc-bvtv
  { q: 'nhà tui có mấy công tràm trồng dưới chân núi Cấm, giờ tới lứa muốn đốn bán, có phải xin phép không cháu', expect: ['1.011471'], who: 'elderly' }, // khai-thac-go-rung-trong
  { q: 'don tram trong ban go co phai xin phep ko', expect: ['1.011471'], who: 'rural' }, // khai-thac-go-rung-trong
  { q: 'khai thac go rung trong ho gia dinh', expect: ['1.011471'], who: 'young' }, // khai-thac-go-rung-trong
  { q: 'cái bằng lái xe của tui là bằng giấy hồi xưa, giờ nghe nói phải đổi qua thẻ, đổi ở đâu cháu', expect: ['3.000347'], who: 'elderly' }, // doi-bang-lai-xe
  { q: 'doi bang lai xe giay sang the pet', expect: ['3.000347'], who: 'rural' }, // doi-bang-lai-xe
  { q: 'doi gplx', expect: ['3.000347'], who: 'young' }, // doi-bang-lai-xe
  { q: 'tui mua lại chiếc xe Honda của ông hàng xóm, giấy còn đứng tên ổng, giờ sang tên qua tui thì làm ở đâu', expect: ['1.013076'], who: 'elderly' }, // dang-ky-xe-may-sang-ten
  { q: 'mua xe may cu sang ten o cong an xa dc ko', expect: ['1.013076'], who: 'rural' }, // dang-ky-xe-may-sang-ten
  { q: 'sang ten xe may', expect: ['1.013076'], who: 'young' }, // dang-ky-xe-may-sang-ten
  { q: 'thằng cháu tui mười tám tuổi rồi muốn thi bằng lái xe gắn máy, đăng ký thi ở đâu', expect: ['3.000346'], who: 'elderly' }, // thi-bang-lai-a1
  { q: 'thi bang lai xe may a1 dang ky o dau', expect: ['3.000346'], who: 'rural' }, // thi-bang-lai-a1
  { q: 'thi gplx a1', expect: ['3.000346'], who: 'young' }, // thi-bang-lai-a1
  { q: 'nhà tui hông có ruộng, đi làm mướn, con đau ốm, muốn xin vô hộ nghèo để được hỗ trợ thì làm sao', expect: ['1.011607', '1.011606'], who: 'elderly' }, // xet-ho-ngheo
  { q: 'xin vao ho ngheo can lam j', expect: ['1.011607', '1.011606'], who: 'rural' }, // xet-ho-ngheo
  { q: 'xet duyet ho ngheo ho can ngheo', expect: ['1.011607', '1.011606'], who: 'young' }, // xet-ho-ngheo
  { q: 'bảo hiểm y tế của bà hết hạn rồi, đi nhà thương phải trả đủ tiền, giờ muốn mua lại hay làm thẻ mới thì làm sao', expect: ['1.001939'], who: 'elderly' }, // the-bhyt
  { q: 'lam the bao hiem y te cho ca nha o dau', expect: ['1.001939'], who: 'rural' }, // the-bhyt
  { q: 'cap the bhyt ho gia dinh', expect: ['1.001939'], who: 'young' }, // the-bhyt
  { q: 'thằng nhỏ làm công ty mấy năm có đóng bảo hiểm xã hội, giờ nghỉ về quê làm ruộng, muốn rút tiền bảo hiểm ra một lần', expect: ['1.001613'], who: 'elderly' }, // rut-bhxh-mot-lan
  { q: 'nghi lam cong ty, rut bao hiem xa hoi 1 lan', expect: ['1.001613'], who: 'rural' }, // rut-bhxh-mot-lan
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'young' }, // rut-bhxh-mot-lan
  { q: 'thằng con tui dính ma túy, gia đình muốn cho nó cai ở nhà hoặc đưa vô trại cai, phải làm đơn ở đâu', expect: ['3.000527'], who: 'elderly' }, // cai-nghien-ma-tuy
  { q: 'con nghien ma tuy, dang ky cai nghien tu nguyen o dau', expect: ['3.000527'], who: 'rural' }, // cai-nghien-ma-tuy
  { q: 'cai nghien ma tuy tu nguyen tai gia dinh', expect: ['3.000527'], who: 'young' }, // cai-nghien-ma-tuy
  { q: 'bằng tốt nghiệp cấp hai của thằng nhỏ bị lũ làm ướt rách mất, công ty đòi, xin lại ở đâu', expect: ['2.000908'], who: 'elderly' }, // ban-sao-bang-tot-nghiep
  { q: 'mat bang tot nghiep thcs xin cap ban sao', expect: ['2.000908'], who: 'rural' }, // ban-sao-bang-tot-nghiep
  { q: 'cap ban sao bang tot nghiep', expect: ['2.000908'], who: 'young' }, // ban-sao-bang-tot-nghiep
  { q: 'ông Achar với bà con muốn sửa lại cái sala với hàng rào chùa bị hư sau mùa nước, có phải xin phép hông', expect: ['1.013229'], who: 'elderly' }, // sua-chua-chua
  { q: 'sua chua chua khmer co phai xin phep ko', expect: ['1.013229'], who: 'rural' }, // sua-chua-chua
  { q: 'sua chua cai tao co so ton giao', expect: ['1.013229'], who: 'young' }, // sua-chua-chua
  { q: 'con gái tui với thằng rể ở hông được với nhau, nó đi Campuchia bỏ con gái tui mấy năm rồi, muốn làm giấy ly dị thì làm ở đâu', expect: ['3.000163'], who: 'elderly' }, // ly-hon-toa
  { q: 'muon ly di chong bo di lau roi nop don o dau', expect: ['3.000163'], who: 'rural' }, // ly-hon-toa
  { q: 'don ly hon don phuong', expect: ['3.000163'], who: 'young' }, // ly-hon-toa
];

export const THIRTYSECOND_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // giay-thong-hanh-campuchia: the crawl has a Cambodia border pass only for officials, civil servants and workers of agencies (1.001200); none for border residents visiting relatives
  { q: 'tui hay qua bên kia biên giới thăm bà con với đi chùa, người ta biểu phải có giấy thông hành mới qua cửa khẩu Tịnh Biên được, xin ở đâu', who: 'elderly' },
  { q: 'lam giay thong hanh qua campuchia o dau, can j', who: 'rural' },
  { q: 'giay thong hanh bien gioi vn campuchia', who: 'young' },
  // boi-thuong-thu-hoi-dat: no procedure for a landholder to claim or ask after compensation for recovered land (only budget deduction / debt-recording procedures)
  { q: 'nhà nước làm kè sông lấy mất một phần đất vườn nhà tui, tiền đền bù tới giờ chưa thấy, hỏi ở đâu cháu', who: 'elderly' },
  { q: 'dat bi thu hoi lam duong, tien den bu hoi o dau', who: 'rural' },
  { q: 'boi thuong thu hoi dat', who: 'young' },
  // sat-lo-bo-song: no emergency housing or relocation support for riverbank landslide victims (social-protection procedures are absent)
  { q: 'bờ sông chỗ nhà tui ở Tân Châu sạt lở, nửa cái nhà rớt xuống sông, giờ hông còn chỗ ở, xin nhà nước giúp đỡ ở đâu cháu', who: 'elderly' },
  { q: 'nha bi sat lo song, xin ho tro di doi cho o', who: 'rural' },
  { q: 'ho tro nha bi sat lo', who: 'young' },
  // hop-phap-hoa-giay-to-campuchia: consular legalisation procedures (Foreign Affairs) are not in the crawl
  { q: 'giấy kết hôn với giấy khai sanh làm bên Campuchia, người ta nói phải hợp pháp gì đó mới xài ở bên mình được, làm ở đâu', who: 'elderly' },
  { q: 'giay to campuchia cap dem ve vn xai phai hop phap hoa ko', who: 'rural' },
  { q: 'hop phap hoa lanh su giay to nuoc ngoai', who: 'young' },
  // ruou-nau-thu-cong: no alcohol production licence (Industry and Trade procedures absent)
  { q: 'tui nấu rượu nếp bán cho bà con trong xóm, nghe nói giờ phải có giấy phép, xin ở đâu cháu', who: 'elderly' },
  { q: 'nau ruou thu cong ban co can giay phep ko', who: 'rural' },
  { q: 'giay phep san xuat ruou thu cong', who: 'young' },
  // ban-le-thuoc-la: no tobacco retail licence (Industry and Trade procedures absent)
  { q: 'tiệm tạp hóa tui có bán thuốc lá, cán bộ nói phải có giấy phép bán thuốc lá riêng, có thiệt hông', who: 'elderly' },
  { q: 'ban thuoc la le o tiem tap hoa xin giay phep o dau', who: 'rural' },
  { q: 'giay phep ban le thuoc la', who: 'young' },
  // ho-tro-lua-thiet-hai-lu: no support for crops damaged by natural disaster (only livestock-disease support and planted-forest damage checks)
  { q: 'nước lũ năm nay lên sớm, bể bờ bao, mấy công lúa của tui ngập hết chưa kịp gặt, có được nhà nước hỗ trợ gì hông cháu', who: 'elderly' },
  { q: 'lua bi ngap lu mat trang, xin ho tro thiet hai', who: 'rural' },
  { q: 'ho tro thiet hai thien tai cay trong', who: 'young' },
  // tro-cap-nguoi-cao-tuoi: social allowance for the elderly (social protection) is not in the crawl
  { q: 'bà năm nay tám mươi mốt tuổi rồi, nghe nói người già được lãnh tiền hằng tháng, bà phải làm giấy gì cháu', who: 'elderly' },
  { q: 'ong noi 80 tuoi xin tien tro cap nguoi gia', who: 'rural' },
  { q: 'tro cap xa hoi nguoi cao tuoi', who: 'young' },
  // xac-dinh-khuyet-tat: disability-level assessment (social protection) is not in the crawl
  { q: 'thằng cháu tui bị câm điếc từ nhỏ, cô giáo nói làm giấy khuyết tật thì được hỗ trợ, làm ở đâu', who: 'elderly' },
  { q: 'con bi khuyet tat lam giay xac nhan khuyet tat o dau', who: 'rural' },
  { q: 'xac dinh muc do khuyet tat', who: 'young' },
  // mai-tang-phi: funeral support for a social-allowance recipient is not in the crawl (only BHXH survivor benefits)
  { q: 'ông chú tui đang lãnh tiền người già thì mất, nghe nói được hỗ trợ tiền chôn cất, xin ở đâu', who: 'elderly' },
  { q: 'xin tien mai tang cho ong mat', who: 'rural' },
  { q: 'ho tro chi phi mai tang', who: 'young' },
  // tro-cap-tre-mo-coi: monthly social allowance for orphans is not in the crawl
  { q: 'hai đứa cháu ngoại mồ côi cha mẹ ở với bà, có được nhà nước trợ cấp tiền nuôi hông cháu', who: 'elderly' },
  { q: 'chau mo coi cha me xin tro cap hang thang', who: 'rural' },
  { q: 'tro cap xa hoi tre mo coi', who: 'young' },
  // tro-cap-that-nghiep: unemployment benefit claim (employment) is not in the crawl; only authorising someone to collect it
  { q: 'con gái tui làm công ty giày ở Bình Dương bị cho nghỉ việc, dìa quê rồi, người ta nói được lãnh tiền thất nghiệp, lãnh ở đâu', who: 'elderly' },
  { q: 'bi cong ty cho nghi viec, lanh tro cap that nghiep o an giang dc ko', who: 'rural' },
  { q: 'huong tro cap that nghiep', who: 'young' },
  // liet-si-tho-cung: martyr worship allowance (người có công, Home Affairs) is absent; only Police-internal martyr recognition
  { q: 'anh ruột tui là liệt sĩ hy sinh hồi chiến tranh biên giới, má tui mới mất, giờ tui đứng ra thờ cúng thì phải làm giấy gì để được hưởng', who: 'elderly' },
  { q: 'me liet si mat, nguoi tho cung liet si lam ho so huong tro cap', who: 'rural' },
  { q: 'tro cap tho cung liet si', who: 'young' },
  // di-lam-viec-nuoc-ngoai: overseas labour (EPS Korea) registration is not in the crawl
  { q: 'con nhỏ tui muốn đi lao động bên Hàn Quốc, nghe nói có chương trình nhà nước, đăng ký ở đâu cho khỏi bị lừa', who: 'elderly' },
  { q: 'dang ky di xuat khau lao dong han quoc chuong trinh eps', who: 'rural' },
  { q: 'xkld han quoc eps', who: 'young' },
  // chuyen-truong-con-tu-campuchia: education procedures (school transfer / admission from abroad) are not in the crawl
  { q: 'cháu nội tui học lớp ba bên trường ở Campuchia, giờ dìa Việt Nam ở, muốn cho nó vô học trường xã mình thì làm sao', who: 'elderly' },
  { q: 'con hoc o campuchia ve vn xin vao truong tieu hoc ntn', who: 'rural' },
  { q: 'tiep nhan hoc sinh tu nuoc ngoai ve', who: 'young' },
  // le-hoi-chua-khmer: festival registration (culture/religion) is not in the crawl
  { q: 'chùa Khơ-me trong sóc tui năm nay tổ chức lễ Ok Om Bok đua ghe ngo lớn, ông Lục biểu phải xin phép, xin ở đâu', who: 'elderly' },
  { q: 'chua to chuc le hoi dua ghe ngo can dang ky voi xa ko', who: 'rural' },
  { q: 'dang ky to chuc le hoi truyen thong', who: 'young' },
  // dang-ky-tu-chua: religious procedures (registering people entering monastic life) are not in the crawl
  { q: 'thằng cháu tui muốn vô chùa tu mấy năm theo phong tục người Khơ-me, chùa nói phải báo với xã, làm giấy gì', who: 'elderly' },
  { q: 'con vo chua tu, thong bao nguoi vao tu o dau', who: 'rural' },
  { q: 'dang ky nguoi vao tu', who: 'young' },
  // thong-bao-chuc-viec-thanh-duong: religious procedures (notifying a mosque representative / dignitary) are not in the crawl
  { q: 'thánh đường Hồi giáo bên Châu Giang mới bầu ông Hakim mới, bà con nói phải báo lên trên, báo ở đâu cháu', who: 'elderly' },
  { q: 'thanh duong bau ban dai dien moi thong bao o dau', who: 'rural' },
  { q: 'thong bao nguoi dai dien to chuc ton giao', who: 'young' },
  // dang-ky-nghia-vu-quan-su: military service registration (Defence) is not in the crawl
  { q: 'thằng út nhà tui đủ mười bảy tuổi, xã nói phải đi đăng ký nghĩa vụ quân sự, đi ở đâu', who: 'elderly' },
  { q: 'con 17 tuoi dang ky nghia vu quan su lan dau', who: 'rural' },
  { q: 'dang ky nvqs lan dau', who: 'young' },
  // tam-hoan-nghia-vu: military service deferment (Defence) is not in the crawl
  { q: 'thằng con tui là con trai một, ba nó bệnh nằm một chỗ, nó có được hoãn đi lính hông cháu', who: 'elderly' },
  { q: 'xin tam hoan nghia vu quan su vi nha kho khan', who: 'rural' },
  { q: 'tam hoan goi nhap ngu', who: 'young' },
  // gan-dien-ke: electricity connection is a utility service, not an administrative procedure
  { q: 'cháu ơi, nhà mới cất ở ngoài ruộng chưa có điện, muốn xin kéo điện câu đồng hồ thì hỏi ở đây được hông', who: 'elderly' },
  { q: 'xin gan dong ho dien cho nha moi', who: 'rural' },
  { q: 'lap cong to dien', who: 'young' },
  // vay-agribank: commercial bank loan, not an administrative procedure
  { q: 'tui muốn vay chừng năm chục triệu mua chiếc vỏ lãi chạy đò, ngân hàng nào cho vay dễ cháu', who: 'elderly' },
  { q: 'vay tien ngan hang agribank mua ghe can j', who: 'rural' },
  { q: 'vay von agribank lai suat', who: 'young' },
  // hui-be: private rotating-credit (hụi) dispute/fraud: police denunciation or a civil suit, no specific procedure in the crawl
  { q: 'bà chơi hụi với bà chủ hụi trong xóm, giờ bả ôm tiền trốn qua Campuchia, bà mất mười mấy triệu, đòi ở đâu', who: 'elderly' },
  { q: 'chu hui bo tron, lam sao doi lai tien', who: 'rural' },
  { q: 'hui be doi tien', who: 'young' },
  // sim-chinh-chu: SIM subscriber registration is done by the telecom carrier
  { q: 'cái sim điện thoại của bà bị khóa, người ta nói phải đăng ký chính chủ, làm ở đây được hông', who: 'elderly' },
  { q: 'sim bi khoa 2 chieu dang ky lai thong tin', who: 'rural' },
  { q: 'chuan hoa thong tin thue bao sim', who: 'young' },
  // mo-mat: free eye surgery campaign, a health service
  { q: 'mắt bà bị cườm đục mờ hết, nghe nói có đoàn mổ mắt miễn phí, đăng ký ở đâu cháu', who: 'elderly' },
  { q: 'dang ky mo mat mien phi cho ba', who: 'rural' },
  { q: 'mo cuom mat mien phi', who: 'young' },
  // muc-nuoc-lu: flood water-level information, not a procedure
  { q: 'năm nay nước lên tới đâu rồi cháu, có lớn như năm 2000 hông', who: 'elderly' },
  { q: 'muc nuoc lu tan chau hom nay', who: 'rural' },
  { q: 'du bao lu dbscl', who: 'young' },
  // the-atm: opening a bank account/card, a bank service
  { q: 'công ty biểu con gái tui mở thẻ ngân hàng để lãnh lương, mở ở đâu', who: 'elderly' },
  { q: 'mo the atm lanh luong', who: 'rural' },
  { q: 'mo tai khoan ngan hang', who: 'young' },
  // gia-lua: rice market price, not a procedure
  { q: 'lúa IR50404 bữa nay thương lái mua bao nhiêu một ký cháu', who: 'elderly' },
  { q: 'gia lua hom nay an giang', who: 'rural' },
  { q: 'gia lua gao hom nay', who: 'young' },
  // lap-wifi: internet installation, a commercial service
  { q: 'cháu ơi, nhà bà muốn gắn cái mạng wifi cho sắp nhỏ học, gọi ai', who: 'elderly' },
  { q: 'lap mang wifi o nong thon', who: 'rural' },
  { q: 'lap internet cap quang', who: 'young' },
];
