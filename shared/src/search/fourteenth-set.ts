/**
 * The fourteenth held-out set: citizen queries written blind, to measure the search honestly.
 *
 * How it was written: in one sitting, before any catalogue data was opened and without reading the
 * engine, its lexicons, benches, tests or any other query set, 155 life situations were drafted across
 * the fields a commune or province public-service centre handles (civil status, nationality,
 * residence, certification, land, construction, household businesses, companies, cooperatives,
 * vehicles and driving licences, road and inland-waterway transport, social and health insurance,
 * people with merit, social assistance, agriculture, forestry, fisheries, veterinary, plant
 * protection, irrigation, environment, justice, identity cards, passports, fire safety and
 * security-conditioned trades), the last 25 of them chosen as likely absent from the national
 * catalogue (health, education, labour, utilities, traffic fines, complaints, religion, cemeteries,
 * street trees and the like). Each situation got one query per voice: elderly (long polite sentences
 * with diacritics, old names such as chứng minh nhân dân, sổ hộ khẩu, sổ đỏ, bằng lái, lương hưu;
 * stories, implied requests, "hả cô", "ạ"), rural (mostly without diacritics, Southern and Central
 * words such as hong, mun, o mo, dzay, ghe, cat nha, run-on, ko, dc) and young (short, abbreviations
 * such as cccd, gplx, bhxh, hkd, gpxd, lltp, some English, some with diacritics). The draft (465
 * queries) was saved as plain text at 2026-12-06 02:57:43 UTC with sha256
 * 11336df5aafafc5b59d557f558322f1e7e3b866010be8244110705627dd66375 (of its body, the lines after its
 * header); no query was reworded or dropped afterwards.
 *
 * How it was labelled: only then were the names (with level, field and agency) in
 * server/seed/tthc/national-crawl.jsonl.gz grepped, diacritic-insensitively, for every code a counter
 * clerk would accept: commune-, province- and central-level variants of the same procedure, and
 * procedures a clerk would genuinely hand over for the situation (the certified contract beside a
 * land transfer or gift, the estate-division document beside an inheritance, the combined birth,
 * residence and health-card procedure beside a newborn's birth). Procedures serving only police or
 * army staff were not counted. A query that no procedure answers is in FOURTEENTH_NO_ANSWER whatever
 * list its situation was drafted in: the crawl has no ordinary pension, old-age or orphan allowance,
 * disability, disaster-relief or social-protection-centre procedure, no alcohol, tobacco or
 * fertiliser retail licence, no farm-economy, grassroots-mediation or bailiff-record procedure, and
 * its merit and complaint procedures concern the police only. A karaoke bar or a guest house was
 * labelled with the security-and-order certificate such businesses need, except the queries naming
 * the culture or trade licence itself; a birth at home without a hospital birth paper was labelled
 * with birth registration, a lost birth paper was not; selling online was labelled with household
 * business registration, a wedding tent on the road with the temporary road-use permit. Every code
 * was checked to exist in the crawl; the engine was never run on these queries.
 *
 * Counts: 341 labelled (114 elderly, 115 rural, 112 young); 124 without an answer.
 */
import type { CitizenQuery } from './dev-set';

export const FOURTEENTH_HELDOUT: readonly CitizenQuery[] = [
  // 1. khai sinh cho con mới sinh
  {
    q: 'Thưa cô, con dâu tôi mới sinh cháu nội được hai tuần, giờ tôi muốn đi làm giấy khai sinh cho cháu thì cần mang những giấy tờ gì ạ?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  },
  { q: 'vo tui moi de thang nho dc muoi bua, gio mun lam giay khai sinh cho no thi ra xa hay di dau vay', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'lam giay khai sinh cho em be moi sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  // 2. khai sinh quá hạn
  {
    q: 'Cháu ơi, hồi xưa nhà nghèo không đi khai sinh cho thằng út, nay nó ba mươi tuổi rồi mới cần giấy khai sinh, giờ đăng ký muộn có được không hả cô?',
    expect: ['1.001193', '1.004772'],
    who: 'elderly',
  },
  { q: 'thang con tui lon roi ma chua co giay khai sinh, gio di dang ky tre co dc ko, lam sao', expect: ['1.001193', '1.004772'], who: 'rural' },
  { q: 'đăng ký khai sinh quá hạn cho người lớn', expect: ['1.001193', '1.004772'], who: 'young' },
  // 3. khai sinh con sinh ở nước ngoài
  { q: 'Con gái tôi sinh cháu bên Hàn Quốc rồi đưa về nước, chồng nó người Việt, giờ muốn khai sinh cho cháu ở Việt Nam thì làm thế nào ạ?', expect: ['2.000528', '2.000547'], who: 'elderly' },
  { q: 'be sinh ben dai loan ve vn chua co khai sinh viet nam, dang ky o dau', expect: ['2.000528', '2.000547'], who: 'rural' },
  { q: 'khai sinh cho con sinh ra o nuoc ngoai ve VN', expect: ['2.000528', '2.000547'], who: 'young' },
  // 4. đăng ký khai tử
  { q: 'Ông nhà tôi vừa mất tuần trước, các con bảo phải đi báo tử, tôi già rồi không biết làm giấy chứng tử ở đâu, cô chỉ giúp tôi với ạ.', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba tui moi mat hom qua, gio di khai tu thi mang theo giay to chi', expect: ['1.000656'], who: 'rural' },
  { q: 'thu tuc khai tu cho nguoi than', expect: ['1.000656'], who: 'young' },
  // 5. đăng ký kết hôn
  { q: 'Thằng cháu tôi sắp cưới vợ, nó nhờ tôi hỏi hai đứa cùng ở xã này thì đăng ký kết hôn cần giấy tờ gì ạ?', expect: ['1.000894'], who: 'elderly' },
  { q: 'tui voi con nho ban gai tinh cuoi, dang ky ket hon can chup hinh ko may anh', expect: ['1.000894'], who: 'rural' },
  { q: 'dkkh can giay to gi', expect: ['1.000894'], who: 'young' },
  // 6. kết hôn với người nước ngoài
  { q: 'Cháu gái tôi quen một anh người Nhật, hai đứa muốn làm giấy hôn thú ở Việt Nam thì phải lên đâu làm hả cô?', expect: ['2.000806'], who: 'elderly' },
  { q: 'con gai tui lay chong han quoc, muon dang ky ket hon o viet nam thi nop ho so o dau', expect: ['2.000806'], who: 'rural' },
  { q: 'ket hon voi nguoi nuoc ngoai thu tuc', expect: ['2.000806', '1.000094'], who: 'young' },
  // 7. giấy xác nhận tình trạng hôn nhân
  { q: 'Tôi góa vợ đã lâu, giờ ngân hàng đòi giấy chứng nhận độc thân mới cho vay, tôi xin giấy đó ở đâu ạ?', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay xac nhan doc than de lam ho so vay von o dau', expect: ['1.004873'], who: 'rural' },
  { q: 'xin giấy xác nhận độc thân để vay ngân hàng', expect: ['1.004873'], who: 'young' },
  // 8. giám hộ
  { q: 'Bố mẹ thằng bé hàng xóm mất cả rồi, tôi là bác ruột muốn đứng ra nuôi và làm người giám hộ cho cháu thì phải đăng ký thế nào ạ?', expect: ['1.004837'], who: 'elderly' },
  { q: 'chau tui mo coi cha me, tui muon lam nguoi giam ho cho no thi lam giay to gi', expect: ['1.004837'], who: 'rural' },
  { q: 'dang ky giam ho cho tre mo coi', expect: ['1.004837'], who: 'young' },
  // 9. thay đổi họ tên
  { q: 'Con gái tôi tên Thị Nở, đi học bị bạn trêu mãi, tôi muốn đổi tên cho cháu thì có được không và làm ở đâu ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'ten con nho nha tui nghe ky qua, mun doi ten khac thi lam sao, o xa lam dc hong', expect: ['1.004859'], who: 'rural' },
  { q: 'doi ten trong giay khai sinh', expect: ['1.004859'], who: 'young' },
  // 10. cải chính hộ tịch (sai ngày sinh)
  { q: 'Giấy khai sinh của tôi ngày xưa ghi sai năm sinh so với chứng minh nhân dân, giờ muốn sửa lại cho khớp thì làm sao hả cô?', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sinh ghi sai ngay sinh cua tui, muon sua lai cho dung thi lam sao', expect: ['1.004859'], who: 'rural' },
  { q: 'cai chinh ngay sinh tren giay khai sinh', expect: ['1.004859'], who: 'young' },
  // 11. xác định lại dân tộc
  { q: 'Tôi người Tày nhưng lúc khai sinh cán bộ ghi nhầm là Kinh, giờ muốn xác định lại dân tộc cho đúng có được không ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'con tui me la nguoi khmer muon doi dan toc theo me dc ko', expect: ['1.004859'], who: 'rural' },
  { q: 'thay doi dan toc cho con', expect: ['1.004859'], who: 'young' },
  // 12. nhận cha con
  { q: 'Hai đứa nó sống với nhau có con rồi mà chưa cưới, giờ thằng bố muốn làm giấy nhận con cho đàng hoàng thì thủ tục thế nào ạ?', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'con tui sinh ra ko co ten cha trong khai sinh gio ba no muon nhan con thi lam sao', expect: ['1.001022'], who: 'rural' },
  { q: 'thủ tục nhận con khi chưa đăng ký kết hôn', expect: ['1.001022', '1.000689'], who: 'young' },
  // 13. trích lục khai sinh bản sao
  { q: 'Tôi làm mất bản chính giấy khai sinh, giờ muốn xin lại bản sao ở xã nơi ngày xưa đăng ký thì có được không cô?', expect: ['2.000635'], who: 'elderly' },
  { q: 'giay khai sinh ban chanh mat tieu roi, xin ban sao o dau vay', expect: ['2.000635'], who: 'rural' },
  { q: 'xin trich luc khai sinh', expect: ['2.000635'], who: 'young' },
  // 14. ghi chú ly hôn ở nước ngoài
  { q: 'Con gái tôi ly hôn bên Mỹ rồi, giờ về Việt Nam muốn lấy chồng khác thì cái bản án ly hôn bên đó có phải ghi vào sổ ở đây không ạ?', expect: ['2.000554'], who: 'elderly' },
  { q: 'ly hon o nuoc ngoai roi ve vn ket hon lai thi phai lam giay gi', expect: ['2.000554'], who: 'rural' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: ['2.000554'], who: 'young' },
  // 15. nhận con nuôi
  { q: 'Vợ chồng tôi hiếm muộn, muốn nhận một cháu bé trong chùa về làm con nuôi, thủ tục đăng ký nuôi con nuôi thế nào hả cô?', expect: ['2.001263'], who: 'elderly' },
  { q: 'vo chong tui muon nhan con nuoi, lam giay to o dau', expect: ['2.001263'], who: 'rural' },
  { q: 'dang ky nuoi con nuoi trong nuoc', expect: ['2.001263'], who: 'young' },
  // 16. liên thông khai sinh, thường trú, thẻ BHYT cho trẻ dưới 6 tuổi
  { q: 'Nghe nói giờ đi khai sinh cho cháu thì làm luôn được cả nhập hộ khẩu với thẻ bảo hiểm y tế cho trẻ con, có đúng vậy không cô?', expect: ['2.000986', '2.001023'], who: 'elderly' },
  { q: 'lam khai sinh roi nhap ho khau va the bao hiem cho con luon mot lan dc ko', expect: ['2.000986', '2.001023'], who: 'rural' },
  { q: 'lien thong khai sinh thuong tru bhyt cho be', expect: ['2.000986', '2.001023'], who: 'young' },
  // 17. nhập quốc tịch Việt Nam
  { q: 'Con rể tôi là người Lào, sống ở đây hơn mười năm, giờ nó muốn xin vào quốc tịch Việt Nam thì nộp đơn ở đâu ạ?', expect: ['2.002039'], who: 'elderly' },
  { q: 'chong tui nguoi campuchia o vn lau roi muon nhap quoc tich viet nam thi lam sao', expect: ['2.002039'], who: 'rural' },
  { q: 'xin nhap quoc tich VN cho nguoi nuoc ngoai', expect: ['2.002039'], who: 'young' },
  // 18. thôi quốc tịch
  { q: 'Cháu tôi định cư bên Đức, bên đó yêu cầu bỏ quốc tịch Việt Nam mới cho nhập, vậy xin thôi quốc tịch thì làm thế nào ạ?', expect: ['1.005141', '2.002036'], who: 'elderly' },
  { q: 'muon thoi quoc tich viet nam de lay quoc tich uc thi lam o dau', expect: ['1.005141', '2.002036'], who: 'rural' },
  { q: 'thu tuc thoi quoc tich VN', expect: ['1.005141', '2.002036'], who: 'young' },
  // 19. xác nhận có quốc tịch / gốc Việt Nam
  { q: 'Tôi là Việt kiều về thăm quê, giấy tờ cũ mất hết, muốn xin giấy xác nhận mình là người gốc Việt Nam thì làm sao hả cô?', expect: ['2.001895'], who: 'elderly' },
  { q: 'viet kieu muon xin giay xac nhan co quoc tich viet nam o dau', expect: ['1.005136', '1.005137'], who: 'rural' },
  { q: 'xac nhan nguoi goc viet nam', expect: ['2.001895'], who: 'young' },
  // 20. đăng ký thường trú
  { q: 'Tôi mới mua nhà ở phường này, muốn chuyển hộ khẩu về đây cho cả gia đình thì phải làm những gì ạ?', expect: ['1.004222'], who: 'elderly' },
  { q: 'tui moi ve o nha chong, mun nhap ho khau vo day thi lam sao ta', expect: ['1.004222'], who: 'rural' },
  { q: 'dang ky thuong tru nha moi mua', expect: ['1.004222'], who: 'young' },
  // 21. đăng ký tạm trú
  { q: 'Thằng cháu ở quê lên thành phố học, ở trọ nhà tôi, nghe nói phải khai báo tạm trú cho nó, làm ở đâu hả cô?', expect: ['1.004194'], who: 'elderly' },
  { q: 'tui o tro tren thanh pho lam cong nhan, dang ky tam tru o dau', expect: ['1.004194'], who: 'rural' },
  { q: 'đk tạm trú online cho người thuê trọ', expect: ['1.004194'], who: 'young' },
  // 22. xóa đăng ký thường trú
  { q: 'Em trai tôi đi định cư nước ngoài lâu rồi mà tên vẫn còn trong sổ hộ khẩu nhà tôi, giờ muốn xóa tên nó ra thì làm sao ạ?', expect: ['1.003197'], who: 'elderly' },
  { q: 'ong ngoai mat roi ma ten con trong ho khau, xoa ten o dau dzay', expect: ['1.003197'], who: 'rural' },
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' },
  // 23. khai báo tạm vắng
  { q: 'Tôi sắp vào Nam ở với con gái mấy tháng, có phải báo với công an phường là đi vắng không hả cô?', expect: ['1.003677'], who: 'elderly' },
  { q: 'di lam an xa may thang co can khai bao tam vang ko', expect: ['1.003677'], who: 'rural' },
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' },
  // 24. xác nhận thông tin cư trú
  { q: 'Giờ không còn sổ hộ khẩu nữa, con tôi đi xin việc người ta đòi giấy chứng nhận nơi ở, xin ở đâu ạ?', expect: ['1.010041'], who: 'elderly' },
  { q: 'hong con so ho khau nua gio xin giay xac nhan cu tru o dau', expect: ['1.010041'], who: 'rural' },
  { q: 'xin giay xac nhan thong tin cu tru ct07', expect: ['1.010041'], who: 'young' },
  // 25. tách hộ
  { q: 'Con trai tôi có vợ con rồi, muốn tách ra một hộ riêng nhưng vẫn ở chung nhà với tôi, có được không ạ?', expect: ['1.010038'], who: 'elderly' },
  { q: 'muon tach ho khau rieng cho vo chong thang con thi lam sao', expect: ['1.010038'], who: 'rural' },
  { q: 'tach ho', expect: ['1.010038'], who: 'young' },
  // 26. chứng thực bản sao
  { q: 'Tôi cần công chứng mấy bản photo sổ hộ khẩu với giấy khai sinh để nộp hồ sơ cho cháu, ở xã có làm không cô?', expect: ['2.000815'], who: 'elderly' },
  { q: 'photo cong chung may cai giay o xa lam dc hong, lay nhieu ko', expect: ['2.000815'], who: 'rural' },
  { q: 'chung thuc ban sao tu ban chinh', expect: ['2.000815'], who: 'young' },
  // 27. chứng thực chữ ký
  { q: 'Tôi viết cái giấy cam kết, người ta bảo phải ra xã xác nhận chữ ký của tôi, làm thế nào ạ?', expect: ['2.000884'], who: 'elderly' },
  { q: 'xac nhan chu ky vao giay cam ket o xa dc ko', expect: ['2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' },
  // 28. chứng thực hợp đồng mua bán nhà
  { q: 'Tôi bán căn nhà cho người cháu, hai bên đã viết giấy tay, giờ muốn chứng thực hợp đồng ở ủy ban xã thì có được không ạ?', expect: ['2.001035'], who: 'elderly' },
  { q: 'ban nha cho thang chau viet giay tay roi, gio mun chung thuc hop dong o xa dc ko', expect: ['2.001035'], who: 'rural' },
  { q: 'chung thuc hop dong mua ban nha dat', expect: ['2.001035'], who: 'young' },
  // 29. chứng thực bản dịch
  { q: 'Cháu tôi dịch bằng tốt nghiệp sang tiếng Anh để đi du học, người ta bảo phải chứng thực bản dịch, đi đâu làm ạ?', expect: ['2.001008', '2.000992'], who: 'elderly' },
  { q: 'dich giay to qua tieng anh roi can chung thuc chu ky nguoi dich o dau', expect: ['2.001008', '2.000992'], who: 'rural' },
  { q: 'chung thuc ban dich', expect: ['2.001008', '2.000992'], who: 'young' },
  // 30. di chúc
  { q: 'Tôi già rồi, muốn viết di chúc để lại đất cho các con, đem ra xã chứng thực có được không hả cô?', expect: ['2.001019'], who: 'elderly' },
  { q: 'ba tui muon lam di chuc chia dat cho con thi chung thuc o dau', expect: ['2.001019'], who: 'rural' },
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' },
  // 31. ủy quyền
  { q: 'Tôi đau chân không đi được, muốn làm giấy ủy quyền cho con trai đi lãnh tiền thay thì phải làm sao ạ?', expect: ['2.000884', '1.001601'], who: 'elderly' },
  { q: 'lam giay uy quyen cho con di lam giay to thay o dau', expect: ['2.000884'], who: 'rural' },
  { q: 'hop dong uy quyen chung thuc', expect: ['2.001035', '2.000884'], who: 'young' },
  // 32. cấp sổ đỏ lần đầu
  { q: 'Mảnh vườn ông bà để lại, nhà tôi ở từ năm tám mươi mấy đến giờ mà chưa có sổ đỏ, giờ muốn làm sổ lần đầu thì nộp ở đâu ạ?', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat o tu thoi ong ba toi gio chua co so do, mun lam so thi mang giay chi di', expect: ['1.013978'], who: 'rural' },
  { q: 'cấp sổ đỏ lần đầu', expect: ['1.013978'], who: 'young' },
  // 33. chuyển nhượng đất
  { q: 'Tôi mua lại năm trăm mét đất ruộng của ông hàng xóm, tiền trao rồi, giờ muốn sang tên sổ đỏ qua tên tôi thì làm thế nào ạ?', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'mua mieng dat ruong cua ong hang xom xong roi, sang ten so do o dau, ton nhieu tien hong', expect: ['1.013831', '2.001035'], who: 'rural' },
  { q: 'sang ten sổ đỏ khi mua đất', expect: ['1.013831', '2.001035'], who: 'young' },
  // 34. tặng cho đất cho con
  { q: 'Vợ chồng tôi muốn cắt cho thằng con trai một miếng đất để nó cất nhà, làm giấy cho nó đứng tên luôn thì thủ tục ra sao hả cô?', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'ba ma muon cho thang hai mieng dat cat nha, lam giay tang cho sao, co dong thue ko', expect: ['1.013831', '2.001035'], who: 'rural' },
  { q: 'tặng cho đất cho con', expect: ['1.013831', '2.001035'], who: 'young' },
  // 35. thừa kế đất
  { q: 'Mẹ tôi mất không để lại di chúc, anh em tôi thống nhất để tôi đứng tên mảnh đất, giờ làm thủ tục thừa kế thế nào ạ?', expect: ['1.013831', '2.001406', '2.001016'], who: 'elderly' },
  { q: 'ba tui mat hong de di chuc, anh em chia dat thua ke thi lam giay to sao', expect: ['1.013831', '2.001406'], who: 'rural' },
  { q: 'khai nhan thua ke dat dai', expect: ['1.013831', '2.001406'], who: 'young' },
  // 36. đăng ký thế chấp
  { q: 'Tôi muốn đem sổ đỏ đi thế chấp ngân hàng vay ít vốn làm ăn, ngân hàng bảo phải đăng ký thế chấp ở văn phòng đất đai, có đúng không ạ?', expect: ['1.011441'], who: 'elderly' },
  { q: 'the chap so do vay ngan hang thi dang ky o dau', expect: ['1.011441'], who: 'rural' },
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' },
  // 37. xóa thế chấp
  { q: 'Tôi trả hết nợ ngân hàng rồi, giờ muốn xóa cái dòng thế chấp trên sổ đỏ đi thì làm ở đâu ạ?', expect: ['1.011443'], who: 'elderly' },
  { q: 'tra no ngan hang xong roi, xoa the chap tren so do o dau', expect: ['1.011443'], who: 'rural' },
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' },
  // 38. chuyển mục đích sử dụng đất
  { q: 'Tôi có mảnh đất vườn, giờ muốn chuyển lên đất ở để cất nhà cho con thì xin phép ở đâu và có tốn nhiều tiền không ạ?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'dat vuon tap mun len tho cu cat nha cho con thi xin o dau vay', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyển đất nông nghiệp sang đất ở', expect: ['1.013949', '1.013823'], who: 'young' },
  // 39. tách thửa
  { q: 'Mảnh đất của tôi rộng, tôi muốn chia ra làm ba phần cho ba đứa con, mỗi đứa một sổ riêng thì làm sao hả cô?', expect: ['1.012784'], who: 'elderly' },
  { q: 'mun tach mieng dat ra lam hai so cho hai dua con thi lam sao, toi thieu bao nhieu met', expect: ['1.012784'], who: 'rural' },
  { q: 'tach thua dat', expect: ['1.012784'], who: 'young' },
  // 40. hợp thửa
  { q: 'Tôi mua thêm mảnh đất liền kề nhà mình, giờ muốn gộp hai sổ làm một cho tiện thì có được không ạ?', expect: ['1.012784'], who: 'elderly' },
  { q: 'gop 2 so do lai thanh 1 so dc ko', expect: ['1.012784'], who: 'rural' },
  { q: 'gộp 2 sổ đỏ thành 1', expect: ['1.012784'], who: 'young' },
  // 41. cấp lại sổ đỏ bị mất
  { q: 'Nhà tôi bị lũ cuốn mất hết giấy tờ, cả cái sổ đỏ cũng mất, giờ xin cấp lại được không hả cô?', expect: ['1.012786'], who: 'elderly' },
  { q: 'nha bi chay, so do chay luon roi, gio lam lai o mo', expect: ['1.012786'], who: 'rural' },
  { q: 'mất sổ đỏ xin cấp lại', expect: ['1.012786'], who: 'young' },
  // 42. đính chính / đổi tên trên sổ đỏ
  { q: 'Sổ đỏ nhà tôi ghi tên tôi theo chứng minh nhân dân cũ, giờ đổi sang căn cước số mới thì có phải đi sửa sổ không ạ?', expect: ['1.013833'], who: 'elderly' },
  { q: 'so do ghi sai ten tui, muon sua lai thi lam sao', expect: ['1.012790', '1.012796'], who: 'rural' },
  { q: 'dinh chinh thong tin tren so do', expect: ['1.012790', '1.012796'], who: 'young' },
  // 43. thuê đất
  { q: 'Tôi muốn thuê đất công của xã để làm trang trại nuôi gà, thì làm đơn gửi ai ạ?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'muon thue dat cua nha nuoc de lam xuong thi xin o dau', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'thue dat nha nuoc lam nha xuong', expect: ['1.013949', '1.013823'], who: 'young' },
  // 44. cung cấp thông tin đất đai
  { q: 'Tôi muốn biết mảnh đất tôi định mua có bị quy hoạch hay đang tranh chấp gì không, hỏi ở đâu thì người ta cho biết ạ?', expect: ['1.014159'], who: 'elderly' },
  { q: 'kiem tra dat co dinh quy hoach ko thi hoi o dau', expect: ['1.014159'], who: 'rural' },
  // 45. hòa giải tranh chấp đất
  { q: 'Nhà hàng xóm lấn sang đất tôi gần một mét, nói mãi không được, giờ tôi muốn nhờ xã hòa giải thì làm đơn thế nào ạ?', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'nha ben lan ranh dat nha tui gan mot thuoc, mun thua len xa cho hoa giai', expect: ['1.012812', '1.013967'], who: 'rural' },
  { q: 'giai quyet tranh chap dat dai', expect: ['1.013967', '1.012805', '1.012751', '1.012812'], who: 'young' },
  // 46. gia hạn đất nông nghiệp
  { q: 'Sổ ruộng của tôi ghi thời hạn sử dụng đến năm nay là hết, tôi có phải đi xin gia hạn không hả cô?', expect: ['1.013947', '1.013949', '1.013823'], who: 'elderly' },
  { q: 'dat ruong het han su dung roi co can gia han ko', expect: ['1.013947', '1.013949', '1.013823'], who: 'rural' },
  { q: 'gia han thoi han su dung dat', expect: ['1.013947', '1.013949', '1.013823'], who: 'young' },
  // 47. giấy phép xây dựng nhà ở
  { q: 'Tôi định xây lại căn nhà cấp bốn thành nhà hai tầng, có phải xin giấy phép xây dựng không và xin ở đâu ạ?', expect: ['1.013225'], who: 'elderly' },
  { q: 'cat nha moi o que co can xin phep hong, xin o dau', expect: ['1.013225'], who: 'rural' },
  { q: 'xin giấy phép xây dựng nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' },
  // 48. sửa chữa cải tạo nhà
  { q: 'Nhà tôi dột nát, tôi muốn sửa lại mái và nâng nền, như vậy có cần phải xin phép xây dựng không ạ?', expect: ['1.013229'], who: 'elderly' },
  { q: 'sua lai nha, nang nen co phai xin giay phep ko', expect: ['1.013229'], who: 'rural' },
  { q: 'giay phep sua chua cai tao nha', expect: ['1.013229'], who: 'young' },
  // 49. điều chỉnh / gia hạn giấy phép xây dựng
  { q: 'Giấy phép xây dựng của tôi sắp hết hạn mà nhà chưa khởi công được, có xin gia hạn được không hả cô?', expect: ['1.013227', '1.013233'], who: 'elderly' },
  { q: 'giay phep xay dung sap het han ma chua xay, gia han dc ko', expect: ['1.013227', '1.013233'], who: 'rural' },
  { q: 'gia han gpxd sap het han', expect: ['1.013227', '1.013233'], who: 'young' },
  // 50. cấp lại giấy phép xây dựng
  { q: 'Tôi làm rách cái giấy phép xây dựng rồi, giờ muốn xin lại bản khác thì làm thế nào ạ?', expect: ['1.013228', '1.013235'], who: 'elderly' },
  { q: 'giay phep xay dung bi mat xin lai dc ko', expect: ['1.013228', '1.013235'], who: 'rural' },
  { q: 'cap lai giay phep xay dung bi mat', expect: ['1.013228', '1.013235'], who: 'young' },
  // 51. giấy phép xây dựng có thời hạn / phá dỡ
  { q: 'Tôi muốn dựng tạm cái nhà kho trên đất nằm trong quy hoạch làm đường, người ta bảo chỉ được cấp phép có thời hạn, vậy xin thế nào ạ?', expect: ['1.013225'], who: 'elderly' },
  { q: 'dat dinh quy hoach ma muon cat nha tam thi xin phep sao', expect: ['1.013225'], who: 'rural' },
  { q: 'giay phep xay dung co thoi han', expect: ['1.013225', '1.013236'], who: 'young' },
  // 52. đăng ký hộ kinh doanh
  { q: 'Tôi muốn mở một quán tạp hóa nhỏ trước nhà, nghe nói phải đăng ký kinh doanh, thì đến đâu đăng ký ạ?', expect: ['1.001612'], who: 'elderly' },
  { q: 'mo quan hu tieu truoc nha co can dang ky giay phep kinh doanh ko, lam o dau vay', expect: ['1.001612'], who: 'rural' },
  { q: 'dang ky hkd', expect: ['1.001612'], who: 'young' },
  // 53. thay đổi hộ kinh doanh
  { q: 'Quán nhà tôi chuyển sang chỗ khác bán, cái giấy phép kinh doanh có phải sửa địa chỉ không hả cô?', expect: ['2.000720'], who: 'elderly' },
  { q: 'doi cho ban hang roi phai doi dia chi tren giay phep kinh doanh ko', expect: ['2.000720'], who: 'rural' },
  { q: 'thay doi noi dung dang ky hkd', expect: ['2.000720'], who: 'young' },
  // 54. tạm ngừng hộ kinh doanh
  { q: 'Tôi ốm phải nghỉ bán mấy tháng, có cần báo với nhà nước là tạm nghỉ kinh doanh không ạ?', expect: ['1.001570'], who: 'elderly' },
  { q: 'nghi ban may thang thi bao tam ngung kinh doanh o dau', expect: ['1.001570'], who: 'rural' },
  { q: 'tạm ngừng kinh doanh hộ kinh doanh', expect: ['1.001570'], who: 'young' },
  // 55. chấm dứt hộ kinh doanh
  { q: 'Tôi già rồi không bán hàng nữa, muốn trả lại giấy phép kinh doanh thì làm thủ tục gì ạ?', expect: ['1.001266'], who: 'elderly' },
  { q: 'dep quan luon roi, tra giay phep kinh doanh lai sao', expect: ['1.001266'], who: 'rural' },
  { q: 'cham dut hoat dong hkd', expect: ['1.001266'], who: 'young' },
  // 58. thành lập công ty TNHH
  { q: 'Con trai tôi muốn mở công ty trách nhiệm hữu hạn, nhờ tôi đi hỏi thủ tục thành lập thế nào ạ?', expect: ['2.001583', '2.001199'], who: 'elderly' },
  { q: 'muon mo cong ty nho thi dang ky o dau, ton bao lau', expect: ['2.001583', '2.001199', '2.001610', '2.002043', '2.002042'], who: 'rural' },
  { q: 'mở cty tnhh cần gì', expect: ['2.001583', '2.001199'], who: 'young' },
  // 59. thay đổi người đại diện
  { q: 'Công ty gia đình tôi muốn đổi giám đốc từ tôi sang con gái tôi, thì phải đăng ký thay đổi thế nào ạ?', expect: ['2.002011'], who: 'elderly' },
  { q: 'doi giam doc cong ty thi bao so ke hoach sao', expect: ['2.002011'], who: 'rural' },
  { q: 'thay doi nguoi dai dien theo phap luat', expect: ['2.002011'], who: 'young' },
  // 60. đổi địa chỉ trụ sở công ty
  { q: 'Công ty của cháu tôi chuyển văn phòng sang quận khác, có phải báo với cơ quan đăng ký kinh doanh không hả cô?', expect: ['2.002041'], who: 'elderly' },
  { q: 'cong ty doi dia chi tru so thi lam giay to gi', expect: ['2.002041'], who: 'rural' },
  { q: 'change địa chỉ trụ sở cty', expect: ['2.002041'], who: 'young' },
  // 61. giải thể doanh nghiệp
  { q: 'Công ty nhỏ của tôi làm ăn thua lỗ, giờ muốn đóng cửa giải thể cho xong thì thủ tục thế nào ạ?', expect: ['2.002023'], who: 'elderly' },
  { q: 'cong ty lam an lo qua muon giai the thi lam sao', expect: ['2.002023'], who: 'rural' },
  { q: 'giai the cong ty tnhh', expect: ['2.002023'], who: 'young' },
  // 62. thành lập chi nhánh
  { q: 'Công ty con tôi ở Hà Nội, giờ muốn mở thêm chi nhánh ở tỉnh nhà thì đăng ký ở đâu ạ?', expect: ['2.002069'], who: 'elderly' },
  { q: 'mo chi nhanh cong ty o tinh khac thi dang ky sao', expect: ['2.002069'], who: 'rural' },
  { q: 'dang ky chi nhanh cty', expect: ['2.002069'], who: 'young' },
  // 63. tạm ngừng kinh doanh doanh nghiệp
  { q: 'Công ty của tôi muốn tạm nghỉ một năm vì không có đơn hàng, phải thông báo cho ai ạ?', expect: ['2.002029'], who: 'elderly' },
  { q: 'cong ty muon tam nghi 1 nam thi bao o dau', expect: ['2.002029'], who: 'rural' },
  { q: 'tam ngung kinh doanh doanh nghiep', expect: ['2.002029'], who: 'young' },
  // 64. thành lập hợp tác xã
  { q: 'Mấy hộ trồng chè chúng tôi muốn góp vốn lập hợp tác xã, thì đăng ký ở đâu hả cô?', expect: ['1.005280'], who: 'elderly' },
  { q: 'may nha trong lua trong xom mun lap hop tac xa thi dang ky sao', expect: ['1.005280'], who: 'rural' },
  { q: 'thành lập htx nông nghiệp', expect: ['1.005280'], who: 'young' },
  // 65. giải thể hợp tác xã
  { q: 'Hợp tác xã của thôn tôi không còn hoạt động nữa, các xã viên muốn giải thể thì phải làm gì ạ?', expect: ['1.004982'], who: 'elderly' },
  { q: 'hop tac xa ko lam nua muon giai the thi lam sao', expect: ['1.004982'], who: 'rural' },
  { q: 'giai the htx', expect: ['1.004982'], who: 'young' },
  // 66. đăng ký xe máy mới
  { q: 'Tôi vừa mua cho cháu chiếc xe máy mới ở cửa hàng, giờ đi đăng ký lấy biển số thì ra công an xã hay lên huyện ạ?', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'mua chiec xe may moi, di bam bien so o dau vay may anh', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'dang ky xe may moi mua', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  // 67. sang tên xe
  { q: 'Tôi mua lại chiếc xe máy cũ của người quen ở tỉnh khác, giờ muốn sang tên cho đúng chủ thì làm thế nào hả cô?', expect: ['1.013076'], who: 'elderly' },
  { q: 'mua lai chiec xe cu cua nguoi ta ma chua sang ten, gio lam sao ta', expect: ['1.013076'], who: 'rural' },
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'young' },
  // 68. thu hồi đăng ký biển số xe
  { q: 'Chiếc xe máy cũ nhà tôi hỏng nát bán đồng nát rồi, có phải đi nộp lại biển số với cà vẹt không ạ?', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'xe hu ban ve chai roi thi tra bien so o dau', expect: ['1.013123', '1.013065'], who: 'rural' },
  { q: 'thu hoi dang ky bien so xe', expect: ['1.013123', '1.013065'], who: 'young' },
  // 69. đổi bằng lái xe
  { q: 'Bằng lái ô tô của tôi sắp hết hạn, tôi năm nay sáu mươi lăm tuổi rồi, muốn đổi bằng lái mới thì làm ở đâu ạ?', expect: ['3.000347'], who: 'elderly' },
  { q: 'bang lai xe het han may thang roi doi lai o dau, co phai thi lai hong', expect: ['3.000347'], who: 'rural' },
  { q: 'doi gplx het han', expect: ['3.000347'], who: 'young' },
  // 70. cấp lại bằng lái bị mất
  { q: 'Tôi đi chợ bị móc mất ví, mất cả bằng lái xe máy lẫn chứng minh nhân dân, giờ làm lại bằng lái thế nào ạ?', expect: ['3.000348'], who: 'elderly' },
  { q: 'lam mat bang lai xe roi lam lai sao', expect: ['3.000348'], who: 'rural' },
  { q: 'mất bằng lái xe máy làm lại ở đâu', expect: ['3.000348'], who: 'young' },
  // 71. đổi bằng lái nước ngoài
  { q: 'Con rể tôi người Úc sang Việt Nam làm việc, nó có bằng lái bên Úc, có đổi sang bằng Việt Nam được không hả cô?', expect: ['3.000351'], who: 'elderly' },
  { q: 'co bang lai o nuoc ngoai ve vn doi lai dc ko', expect: ['3.000351'], who: 'rural' },
  { q: 'doi bang lai nuoc ngoai sang gplx VN', expect: ['3.000351'], who: 'young' },
  // 72. giấy phép lái xe quốc tế
  { q: 'Tôi sắp sang Nhật thăm con, muốn lái xe bên đó, nghe nói phải có bằng lái quốc tế, xin ở đâu ạ?', expect: ['3.000353'], who: 'elderly' },
  { q: 'xin bang lai quoc te de di nuoc ngoai lai xe', expect: ['3.000353'], who: 'rural' },
  { q: 'cap IDP giay phep lai xe quoc te', expect: ['3.000353'], who: 'young' },
  // 73. thi bằng lái
  { q: 'Thằng cháu tôi mười tám tuổi muốn đi thi bằng lái xe máy, thi ở đâu và đăng ký thế nào ạ?', expect: ['3.000346'], who: 'elderly' },
  { q: 'muon thi bang lai xe may thi nop ho so o dau', expect: ['3.000346'], who: 'rural' },
  { q: 'thi bang A1', expect: ['3.000346'], who: 'young' },
  // 74. phù hiệu xe kinh doanh vận tải
  { q: 'Tôi có chiếc xe tải nhỏ chở hàng thuê, người ta bảo phải có phù hiệu mới được chạy, xin ở đâu ạ?', expect: ['2.002288'], who: 'elderly' },
  { q: 'xe tai cho hang thue phai co phu hieu, xin o dau', expect: ['2.002288'], who: 'rural' },
  { q: 'cap phu hieu xe tai', expect: ['2.002288'], who: 'young' },
  // 75. giấy phép kinh doanh vận tải
  { q: 'Tôi muốn mở một hãng xe khách nhỏ chạy tuyến huyện lên tỉnh, cần xin giấy phép kinh doanh vận tải ở đâu ạ?', expect: ['1.000703', '2.002285'], who: 'elderly' },
  { q: 'mo nha xe cho khach thi xin giay phep van tai o dau', expect: ['1.000703', '2.002285'], who: 'rural' },
  { q: 'giay phep kinh doanh van tai bang o to', expect: ['1.000703'], who: 'young' },
  // 76. đăng ký phương tiện thủy nội địa
  { q: 'Nhà tôi có chiếc ghe chở hàng trên sông, nghe nói giờ phải đăng ký như xe máy, làm ở đâu hả cô?', expect: ['1.004047', '1.004088'], who: 'elderly' },
  { q: 'ghe cho cat tren song co phai dang ky hong, dang ky o dau', expect: ['1.004047', '1.004088'], who: 'rural' },
  { q: 'dang ky phuong tien thuy noi dia', expect: ['1.004047', '1.004088'], who: 'young' },
  // 77. bằng thuyền trưởng / chứng chỉ lái tàu
  { q: 'Con tôi lái đò chở khách qua sông, người ta bắt phải có bằng lái tàu, nó đi học và thi ở đâu ạ?', expect: ['1.003135'], who: 'elderly' },
  { q: 'lai do cho khach qua song can bang gi, thi o dau', expect: ['1.003135'], who: 'rural' },
  { q: 'chung chi thuyen truong phuong tien thuy noi dia', expect: ['1.003135'], who: 'young' },
  // 78. bến khách ngang sông
  { q: 'Xã tôi có cái bến đò ngang, giờ muốn xin phép cho bến hoạt động đàng hoàng thì nộp hồ sơ ở đâu ạ?', expect: ['1.009455'], who: 'elderly' },
  { q: 'mo ben do ngang song cho khach thi xin phep o dau', expect: ['1.009455', '1.009453'], who: 'rural' },
  { q: 'giay phep hoat dong ben khach ngang song', expect: ['1.009455'], who: 'young' },
  // 79. đăng kiểm xe
  { q: 'Chiếc ô tô nhà tôi đến hạn đăng kiểm, có cần mang giấy tờ gì đi không hả cô?', expect: ['1.005103', '1.013089'], who: 'elderly' },
  { q: 'xe hoi toi han dang kiem roi di dau kiem', expect: ['1.005103', '1.013089'], who: 'rural' },
  { q: 'dang kiem oto', expect: ['1.005103', '1.013089'], who: 'young' },
  // 80. rút bảo hiểm xã hội một lần
  { q: 'Con gái tôi nghỉ làm ở công ty giày được hơn một năm rồi, giờ muốn rút tiền bảo hiểm xã hội một lần thì làm ở đâu ạ?', expect: ['1.001613'], who: 'elderly' },
  { q: 'nghi lam cong ty roi mun lanh bao hiem xa hoi mot lan thi lam sao, bao lau moi co tien', expect: ['1.001613'], who: 'rural' },
  { q: 'rút bhxh 1 lần', expect: ['1.001613'], who: 'young' },
  // 81. cấp lại sổ BHXH
  { q: 'Tôi làm mất cuốn sổ bảo hiểm xã hội hồi làm ở nhà máy, giờ xin cấp lại được không hả cô?', expect: ['1.002759'], who: 'elderly' },
  { q: 'so bao hiem xa hoi bi mat xin lai o dau', expect: ['1.002759'], who: 'rural' },
  { q: 'cap lai so bhxh bi mat', expect: ['1.002759'], who: 'young' },
  // 82. cấp lại thẻ BHYT
  { q: 'Thẻ bảo hiểm y tế của tôi bị rách mất số, đi khám người ta không nhận, xin cấp lại thẻ ở đâu ạ?', expect: ['1.002759'], who: 'elderly' },
  { q: 'the bao hiem y te bi mat lam lai o dau', expect: ['1.002759'], who: 'rural' },
  { q: 'cap lai the bhyt', expect: ['1.002759'], who: 'young' },
  // 83. mua BHYT hộ gia đình
  { q: 'Nhà tôi không ai đi làm công ty, muốn mua bảo hiểm y tế cho cả nhà theo hộ gia đình thì đăng ký ở đâu ạ?', expect: ['1.001939'], who: 'elderly' },
  { q: 'mua bao hiem y te ho gia dinh o mo, bao nhieu tien mot nguoi', expect: ['1.001939'], who: 'rural' },
  { q: 'mua bhyt hộ gia đình', expect: ['1.001939'], who: 'young' },
  // 84. chế độ thai sản
  { q: 'Con dâu tôi sinh con, nó có đóng bảo hiểm ở công ty, vậy tiền thai sản lãnh ở đâu ạ?', expect: ['2.000693'], who: 'elderly' },
  { q: 'vo tui sinh con, lanh tien thai san o dau', expect: ['2.000693'], who: 'rural' },
  { q: 'hưởng chế độ thai sản', expect: ['2.000693'], who: 'young' },
  // 85. trợ cấp mai táng / tử tuất BHXH
  { q: 'Ông nhà tôi là cán bộ hưu trí vừa mất, nghe nói gia đình được nhận tiền mai táng và tiền tuất, phải làm hồ sơ gì ạ?', expect: ['2.000821'], who: 'elderly' },
  { q: 'ba tui co luong huu moi mat, gia dinh lanh tien tu tuat o dau', expect: ['2.000821'], who: 'rural' },
  { q: 'huong tro cap tu tuat', expect: ['2.000821'], who: 'young' },
  // 87. BHXH tự nguyện
  { q: 'Tôi buôn bán ngoài chợ, muốn đóng bảo hiểm xã hội để về già có lương hưu thì đăng ký thế nào ạ?', expect: ['1.002179'], who: 'elderly' },
  { q: 'ban hang o cho muon dong bao hiem tu nguyen thi dang ky o dau', expect: ['1.002179'], who: 'rural' },
  { q: 'dang ky bhxh tu nguyen', expect: ['1.002179'], who: 'young' },
  // 96. hộ nghèo
  { q: 'Nhà tôi neo đơn, chồng mất sớm, làm không đủ ăn, muốn xin vào diện hộ nghèo thì làm đơn gửi ai ạ?', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'nha tui ngheo qua mun xin vo ho ngheo thi lam sao, gap ai', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'xet duyet ho ngheo can ngheo', expect: ['1.011607', '1.011606'], who: 'young' },
  // 101. kiểm dịch động vật vận chuyển
  { q: 'Tôi nuôi được đàn lợn hai chục con, giờ có lái buôn chở sang tỉnh khác bán, người ta bảo phải có giấy kiểm dịch, xin ở đâu ạ?', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho heo qua tinh khac ban can giay kiem dich hong, xin o dau vay may anh', expect: ['1.002338'], who: 'rural' },
  { q: 'kiem dich dong vat van chuyen ra khoi tinh', expect: ['1.002338'], who: 'young' },
  // 102. cơ sở an toàn dịch bệnh
  { q: 'Trại gà của tôi muốn được công nhận là cơ sở an toàn dịch bệnh để bán cho công ty, thì đăng ký ở đâu hả cô?', expect: ['1.011475'], who: 'elderly' },
  { q: 'trai ga muon dc chung nhan an toan dich benh thi lam sao', expect: ['1.011475'], who: 'rural' },
  { q: 'chung nhan co so an toan dich benh dong vat', expect: ['1.011475', '1.011472'], who: 'young' },
  // 103. giấy phép bán thuốc bảo vệ thực vật
  { q: 'Tôi định mở đại lý bán thuốc trừ sâu cho bà con trong xã, có phải xin giấy phép gì không ạ?', expect: ['1.004363'], who: 'elderly' },
  { q: 'mo tiem ban thuoc xit sau co can giay phep hong', expect: ['1.004363'], who: 'rural' },
  { q: 'giay chung nhan du dieu kien buon ban thuoc bvtv', expect: ['1.004363'], who: 'young' },
  // 105. kiểm dịch thực vật
  { q: 'Tôi gửi mấy thùng xoài sang Trung Quốc bán, người ta đòi giấy kiểm dịch thực vật, xin ở đâu hả cô?', expect: ['2.001046'], who: 'elderly' },
  { q: 'xuat trai cay qua trung quoc can giay kiem dich thuc vat xin o dau', expect: ['2.001046'], who: 'rural' },
  { q: 'kiem dich thuc vat xuat khau', expect: ['2.001046'], who: 'young' },
  // 106. đăng ký tàu cá
  { q: 'Con trai tôi mới đóng chiếc tàu đánh cá, giờ phải đăng ký tàu ở đâu thì mới được ra khơi ạ?', expect: ['1.003650'], who: 'elderly' },
  { q: 'ghe danh ca moi dong xong dang ky o dau de ra khoi', expect: ['1.003650'], who: 'rural' },
  { q: 'dang ky tau ca', expect: ['1.003650'], who: 'young' },
  // 107. giấy phép khai thác thủy sản
  { q: 'Tàu cá nhà tôi giấy phép khai thác sắp hết hạn, xin cấp lại giấy phép ở đâu ạ?', expect: ['1.004359'], who: 'elderly' },
  { q: 'giay phep danh bat ca het han roi xin lai o dau', expect: ['1.004359'], who: 'rural' },
  { q: 'cap giay phep khai thac thuy san', expect: ['1.004359'], who: 'young' },
  // 108. nuôi trồng thủy sản
  { q: 'Tôi đào ao nuôi tôm, nghe nói giờ phải đăng ký nuôi trồng thủy sản, có đúng không và làm ở đâu ạ?', expect: ['1.014801', '1.014834', '1.004692'], who: 'elderly' },
  { q: 'nuoi tom nuoi ca be co phai dang ky hong, dang ky o dau', expect: ['1.014801', '1.014834', '1.004692'], who: 'rural' },
  { q: 'xac nhan dang ky nuoi trong thuy san', expect: ['1.014801', '1.014834', '1.004692'], who: 'young' },
  // 109. vận chuyển gỗ / lâm sản
  { q: 'Nhà tôi trồng keo, giờ chặt bán cho xưởng, chở gỗ đi có phải xin giấy xác nhận nguồn gốc không ạ?', expect: ['1.000045'], who: 'elderly' },
  { q: 'chat keo ban cho xuong go can giay to chi de cho di', expect: ['1.000045'], who: 'rural' },
  { q: 'xac nhan nguon goc lam san', expect: ['1.000045'], who: 'young' },
  // 110. nuôi động vật hoang dã
  { q: 'Tôi muốn nuôi nhím với rắn để bán, có phải đăng ký với kiểm lâm không hả cô?', expect: ['1.004819'], who: 'elderly' },
  { q: 'nuoi nhim nuoi ran ho mang co can dang ky ko', expect: ['1.004819'], who: 'rural' },
  { q: 'dang ky trai nuoi dong vat hoang da', expect: ['1.004819'], who: 'young' },
  // 111. giấy phép trong phạm vi công trình thủy lợi
  { q: 'Tôi muốn làm cái cầu nhỏ bắc qua kênh thủy lợi để đi vào nhà, có phải xin phép ai không ạ?', expect: ['1.014849', '1.004427'], who: 'elderly' },
  { q: 'lam cai cau bac qua muong thuy loi vo nha co phai xin phep ai hong', expect: ['1.014849', '1.004427'], who: 'rural' },
  { q: 'cap phep hoat dong trong pham vi bao ve cong trinh thuy loi', expect: ['1.014849', '1.004427'], who: 'young' },
  // 113. giống cây trồng
  { q: 'Tôi nhân giống cây bưởi để bán cây con, có cần giấy chứng nhận gì về cây giống không ạ?', expect: ['1.008003'], who: 'elderly' },
  { q: 'ban cay giong bup ghep co can giay phep gi ko', expect: ['1.008003'], who: 'rural' },
  { q: 'cong nhan cay dau dong giong cay trong', expect: ['1.008003'], who: 'young' },
  // 114. giấy phép môi trường
  { q: 'Tôi mở xưởng làm đồ gỗ nhỏ, người ta bảo phải có giấy phép môi trường, xin ở đâu ạ?', expect: ['1.010727', '1.010719'], who: 'elderly' },
  { q: 'xuong cua go co can giay phep moi truong ko', expect: ['1.010727', '1.010719'], who: 'rural' },
  { q: 'cap giay phep moi truong', expect: ['1.010727', '1.010719'], who: 'young' },
  // 115. khoan giếng / nước dưới đất
  { q: 'Nhà tôi định khoan giếng lấy nước tưới vườn, có phải xin phép khai thác nước ngầm không hả cô?', expect: ['1.001662', '1.004223'], who: 'elderly' },
  { q: 'khoan gieng lay nuoc tuoi rau co phai xin phep hong', expect: ['1.001662', '1.004223'], who: 'rural' },
  { q: 'giay phep khai thac nuoc duoi dat', expect: ['1.004223', '1.000070', '1.001662'], who: 'young' },
  // 116. xả nước thải
  { q: 'Cơ sở chế biến hải sản của tôi thải nước ra sông, giờ muốn xin giấy phép xả thải cho đúng thì làm ở đâu ạ?', expect: ['1.010727', '1.010719'], who: 'elderly' },
  { q: 'xa nuoc thai ra kenh thi xin giay phep o dau', expect: ['1.010727', '1.010719'], who: 'rural' },
  { q: 'giay phep xa nuoc thai vao nguon nuoc', expect: ['1.010727', '1.010719'], who: 'young' },
  // 117. phiếu lý lịch tư pháp
  { q: 'Cháu tôi đi xuất khẩu lao động, người ta đòi giấy lý lịch tư pháp, xin ở đâu và bao lâu thì có ạ?', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'xin ly lich tu phap de di lam o dau', expect: ['3.000333', '3.000330'], who: 'rural' },
  { q: 'lltp số 1 online', expect: ['3.000333', '3.000330'], who: 'young' },
  // 118. trợ giúp pháp lý
  { q: 'Tôi là người nghèo, đang bị kiện vì chuyện đất, không có tiền thuê luật sư, có ai giúp miễn phí không hả cô?', expect: ['2.000829'], who: 'elderly' },
  { q: 'nha ngheo bi kien ko co tien thue luat su, co dc giup mien phi ko', expect: ['2.000829'], who: 'rural' },
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'young' },
  // 121. căn cước lần đầu
  { q: 'Cháu tôi mười bốn tuổi rồi, đi làm căn cước lần đầu thì có cần bố mẹ đi cùng không ạ?', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' },
  { q: 'con tui du tuoi lam can cuoc roi lam o dau', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'làm cccd cho con 14 tuổi', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' },
  // 122. cấp lại căn cước bị mất / đổi CMND
  {
    q: 'Tôi vẫn dùng chứng minh nhân dân chín số, nghe nói hết hạn phải đổi sang căn cước, tôi đi đổi ở đâu hả cô?',
    expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'],
    who: 'elderly',
  },
  { q: 'mat can cuoc roi lam lai o dau, ton bao nhieu', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'cấp lại cccd bị mất', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  // 123. hộ chiếu
  { q: 'Tôi muốn sang Mỹ thăm con, lần đầu làm hộ chiếu thì nộp ở đâu và mất bao lâu ạ?', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di nuoc ngoai o mo, lam o tinh hay o huyen', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'lam ho chieu online', expect: ['1.001456', '1.001471'], who: 'young' },
  // 124. báo mất hộ chiếu
  {
    q: 'Tôi đi du lịch về thì làm rơi mất hộ chiếu, có phải báo với công an không và xin cấp lại thế nào ạ?',
    expect: ['1.010386', '1.010385', '1.001445', '2.000539', '1.001456', '1.001471'],
    who: 'elderly',
  },
  { q: 'ho chieu bi mat roi bao mat o dau', expect: ['1.010386', '1.010385', '1.001445', '2.000539'], who: 'rural' },
  { q: 'trinh bao mat ho chieu', expect: ['1.010386', '1.010385', '1.001445', '2.000539'], who: 'young' },
  // 125. thẩm duyệt PCCC
  { q: 'Tôi định xây nhà trọ năm tầng cho thuê, người ta bảo phải duyệt thiết kế phòng cháy chữa cháy, làm ở đâu ạ?', expect: ['3.000489'], who: 'elderly' },
  { q: 'xay nha tro nhieu tang phai xin phong chay chua chay o dau', expect: ['3.000489'], who: 'rural' },
  { q: 'tham duyet thiet ke pccc', expect: ['3.000489'], who: 'young' },
  // 126. nghiệm thu PCCC
  { q: 'Xưởng may của con tôi làm xong hệ thống chữa cháy rồi, giờ phải mời công an đến nghiệm thu thì đăng ký thế nào ạ?', expect: ['3.000490', '3.000493'], who: 'elderly' },
  { q: 'xuong lam xong he thong chua chay roi, nghiem thu o dau', expect: ['3.000490', '3.000493'], who: 'rural' },
  { q: 'nghiem thu pccc', expect: ['3.000490', '3.000493'], who: 'young' },
  // 127. điều kiện ANTT kinh doanh karaoke / nhà nghỉ
  { q: 'Tôi mở nhà nghỉ mười phòng, người ta bảo phải có giấy chứng nhận đủ điều kiện về an ninh trật tự, xin ở đâu ạ?', expect: ['2.001478', '1.003204'], who: 'elderly' },
  { q: 'mo nha nghi can giay an ninh trat tu xin o cong an nao', expect: ['2.001478', '1.003204'], who: 'rural' },
  { q: 'giấy chứng nhận đủ điều kiện antt karaoke', expect: ['2.001478', '1.003204'], who: 'young' },
  // 128. giấy phép kinh doanh karaoke
  { q: 'mo quan karaoke thi xin giay phep o dau', expect: ['2.001478', '1.003204'], who: 'rural' },
  // 130. lưu trú
  { q: 'Nhà tôi có họ hàng ở quê lên chơi ngủ lại vài hôm, có phải báo cho công an không hả cô?', expect: ['2.001159'], who: 'elderly' },
  { q: 'nguoi quen toi nha ngu lai may dem co phai bao luu tru hong', expect: ['2.001159'], who: 'rural' },
  { q: 'thong bao luu tru', expect: ['2.001159'], who: 'young' },
  // 134. (likely absent) giấy chứng sinh
  { q: 'Con dâu tôi sinh ở nhà, không có giấy chứng sinh của bệnh viện, vậy có khai sinh cho cháu được không ạ?', expect: ['1.001193'], who: 'elderly' },
  { q: 'de o nha ko co giay chung sinh thi sao', expect: ['1.001193'], who: 'rural' },
  // 148. (likely absent) tổ chức lễ hội / cưới dựng rạp
  { q: 'Nhà tôi làm đám cưới cho con, muốn dựng rạp ra lòng đường một hôm, có phải xin phép phường không ạ?', expect: ['1.013274'], who: 'elderly' },
  { q: 'dung rap dam cuoi ra duong co can xin phep ko', expect: ['1.013274'], who: 'rural' },
  { q: 'xin phep su dung long duong de dam cuoi', expect: ['1.013274'], who: 'young' },
  // 150. (likely absent) chặt cây trên vỉa hè
  { q: 'Cây xà cừ trước cửa nhà tôi to quá, mùa mưa bão sợ đổ, tôi muốn xin chặt thì xin ở đâu ạ?', expect: ['1.002693'], who: 'elderly' },
  { q: 'cay tren le duong truoc nha muon chat thi xin phep ai', expect: ['1.002693'], who: 'rural' },
  { q: 'xin chat cay xanh via he', expect: ['1.002693'], who: 'young' },
  // 154. (likely absent) thẻ bảo hiểm cho người nghèo được cấp miễn phí
  { q: 'Nhà tôi hộ cận nghèo, nghe nói được nhà nước cho không thẻ bảo hiểm y tế, sao năm nay chưa thấy phát ạ?', expect: ['1.001939'], who: 'elderly' },
  { q: 'ho ngheo dc cap the bao hiem y te mien phi ma chua thay', expect: ['1.001939'], who: 'rural' },
  { q: 'bhyt mien phi ho ngheo', expect: ['1.001939'], who: 'young' },
  // 155. (likely absent) thương mại điện tử / bán hàng online
  { q: 'Cháu tôi bán quần áo trên mạng, có phải đăng ký kinh doanh gì không ạ?', expect: ['1.001612'], who: 'elderly' },
  { q: 'ban hang online tren facebook co phai dang ky kinh doanh ko', expect: ['1.001612'], who: 'rural' },
  { q: 'ban hang tiktok shop co can dkkd khong', expect: ['1.001612'], who: 'young' },
];

export const FOURTEENTH_NO_ANSWER: readonly string[] = [
  // 44. cung cấp thông tin đất đai
  'tra cứu thông tin thửa đất',
  // 56. giấy phép bán lẻ rượu
  'Tiệm tạp hóa của tôi có bán thêm rượu, người ta nói phải có giấy phép bán rượu riêng, xin ở đâu vậy cô?',
  'ban ruou de o tiem tap hoa co can giay phep hong',
  'giay phep ban le ruou',
  // 57. giấy phép bán thuốc lá
  'Tôi bán nước chè vỉa hè, có bán thêm thuốc lá, có phải xin giấy phép gì không ạ?',
  'ban thuoc la le thi xin giay phep o dau',
  'giay phep ban le thuoc la',
  // 86. lương hưu
  'Tôi đóng bảo hiểm đủ hai mươi năm rồi, năm nay đủ tuổi nghỉ hưu, làm hồ sơ hưởng lương hưu thì nộp ở đâu ạ?',
  'du tuoi nghi huu roi lam ho so lanh luong huu o dau',
  'ho so huong luong huu',
  // 88. công nhận liệt sĩ
  'Anh trai tôi đi bộ đội hy sinh năm bảy hai mà đến giờ vẫn chưa được công nhận liệt sĩ, gia đình muốn làm hồ sơ thì bắt đầu từ đâu ạ?',
  'ong chu tui hy sinh hoi danh my ma chua dc cong nhan liet si, gio lam răng',
  'thu tuc cong nhan liet si',
  // 89. thương binh
  'Bố tôi bị thương ở chiến trường, còn mảnh đạn trong người mà chưa được hưởng chế độ thương binh, làm hồ sơ ở đâu ạ?',
  'ba tui bi thuong hoi danh giac ma chua co che do thuong binh',
  'xac nhan thuong binh',
  // 90. mai táng phí người có công
  'Bác tôi là thương binh vừa qua đời, gia đình nghe nói được hỗ trợ tiền mai táng, xin ở đâu ạ?',
  'ong noi tui la cuu chien binh co cong moi mat, xin tien mai tang o dau',
  'tro cap mai tang nguoi co cong',
  // 91. di chuyển hài cốt liệt sĩ
  'Gia đình tôi muốn đưa hài cốt chú tôi là liệt sĩ từ nghĩa trang trong Nam về quê thì làm thủ tục gì ạ?',
  'muon boc mo liet si ve que thi xin phep o dau',
  'di chuyen hai cot liet si',
  // 92. chất độc da cam
  'Ông nhà tôi ngày xưa đánh Mỹ ở chiến trường B, giờ con cháu bị dị tật, nghe nói được hưởng chế độ chất độc da cam, làm sao ạ?',
  'con tui bi nhiem chat doc da cam tu ong noi, xin tro cap o dau',
  'che do nguoi nhiem chat doc hoa hoc',
  // 93. thăm viếng mộ liệt sĩ
  'Tôi muốn đi thăm mộ em trai là liệt sĩ ở nghĩa trang Trường Sơn, nghe nói nhà nước có hỗ trợ tiền đi lại, hỏi ở đâu ạ?',
  'di tham mo liet si co dc ho tro tien xe ko',
  'ho tro tham vieng mo liet si',
  // 94. trợ cấp người cao tuổi
  'Tôi năm nay tám mươi tuổi rồi, nghe nói người già trên tám mươi được lãnh tiền hàng tháng, đăng ký ở đâu hả cô?',
  'ma tui 80 tuoi roi dc lanh tien tro cap hong, lam sao',
  'tro cap nguoi cao tuoi tren 80',
  // 95. xác định mức độ khuyết tật
  'Cháu nội tôi bị bại não từ nhỏ, người ta bảo làm giấy xác nhận khuyết tật thì được trợ cấp, xin ở đâu ạ?',
  'con tui bi khuyet tat muon lam giay xac nhan khuyet tat',
  'xin giay xac nhan khuyet tat cho con',
  // 97. trợ cấp trẻ mồ côi
  'Thằng cháu ngoại tôi mồ côi cả cha lẫn mẹ, tôi đang nuôi, có được nhà nước trợ cấp gì không hả cô?',
  'chau mo coi tui dang nuoi co dc tien tro cap hang thang ko',
  'tro cap xa hoi tre mo coi',
  // 98. vào cơ sở bảo trợ xã hội
  'Bà cụ hàng xóm không con cháu, già yếu không ai chăm, có cách nào đưa bà vào trại dưỡng lão của nhà nước không ạ?',
  'ba cu ko co ai nuoi muon dua vao trung tam bao tro xa hoi',
  'tiep nhan vao co so bao tro xa hoi',
  // 99. hỗ trợ khẩn cấp thiên tai
  'Bão vừa rồi làm sập nhà tôi, tôi nghe nói nhà nước có hỗ trợ làm lại nhà, phải làm đơn gì ạ?',
  'nha bi bao lam sap het, xin ho tro o mo',
  'ho tro nha bi sap do bao lu',
  // 100. hỗ trợ mai táng bảo trợ xã hội
  'Cụ ông hàng xóm đang lãnh trợ cấp người già vừa mất, con cháu có được nhận tiền hỗ trợ chôn cất không ạ?',
  'ba tui dang lanh tro cap xa hoi moi mat, xin ho tro mai tang',
  'ho tro chi phi mai tang doi tuong bao tro xa hoi',
  // 104. buôn bán phân bón
  'Cửa hàng vật tư nông nghiệp nhà tôi muốn bán thêm phân bón, cần giấy chứng nhận đủ điều kiện ở đâu ạ?',
  'ban phan bon o tiem phai xin giay gi ko',
  'đủ điều kiện buôn bán phân bón',
  // 112. kinh tế trang trại
  'Gia đình tôi có hai chục héc ta vườn cây, muốn được công nhận là trang trại để vay vốn ưu đãi, thì làm sao ạ?',
  'vuon nha tui rong muon dc cong nhan kinh te trang trai',
  'chung nhan kinh te trang trai',
  // 119. hòa giải cơ sở
  'Hai vợ chồng con tôi cãi nhau suốt, tôi muốn nhờ tổ hòa giải ở thôn giúp thì làm thế nào ạ?',
  'vo chong thang con cai nhau hoai, mun nho to hoa giai o xom',
  'hoa giai o co so',
  // 120. thừa phát lại / lập vi bằng
  'Tôi cho người ta vay tiền mua nhà, muốn có giấy tờ làm chứng cho chắc, nghe nói lập vi bằng, ở đâu làm ạ?',
  'lap vi bang mua ban nha o dau',
  'lap vi bang thua phat lai',
  // 128. giấy phép kinh doanh karaoke
  'Con tôi muốn mở quán hát karaoke, ngoài giấy kinh doanh còn phải xin giấy phép gì của văn hóa không ạ?',
  'xin gp karaoke',
  // 129. giấy phép lao động người nước ngoài
  'Công ty con tôi thuê một anh kỹ sư người Trung Quốc, phải xin giấy phép lao động cho anh ấy ở đâu ạ?',
  'thue nguoi nuoc ngoai lam viec thi xin giay phep lao dong o dau',
  'work permit cho nguoi nuoc ngoai',
  // 131. (likely absent) giấy khám sức khỏe
  'Cháu tôi đi thi bằng lái, người ta đòi giấy khám sức khỏe, khám ở trạm y tế xã có được không ạ?',
  'xin giay kham suc khoe de di lam o dau re',
  'kham suc khoe xin viec',
  // 132. (likely absent) chuyển tuyến BHYT
  'Tôi muốn lên bệnh viện tỉnh khám mà vẫn được bảo hiểm trả tiền, xin giấy chuyển viện ở đâu hả cô?',
  'xin giay chuyen vien len tuyen tren de dc huong bao hiem',
  'giay chuyen tuyen bhyt',
  // 133. (likely absent) tiêm chủng
  'Cháu nội tôi hai tháng tuổi, tiêm phòng cho cháu ở đâu, có mất tiền không ạ?',
  'chich ngua cho con nit o tram y te xa may gio',
  'lich tiem chung cho be',
  // 134. (likely absent) giấy chứng sinh
  'xin lai giay chung sinh bi mat',
  // 135. (likely absent) nhập học lớp một
  'Cháu ngoại tôi năm nay vào lớp một, hộ khẩu ở quê mà ở với tôi trên phố, có xin học trường gần nhà được không ạ?',
  'con tui vo lop mot nam nay dang ky hoc o dau',
  'tuyen sinh lop 1 online',
  // 136. (likely absent) chuyển trường
  'Nhà tôi chuyển vào Nam sinh sống, thằng cháu đang học lớp bảy muốn chuyển trường theo thì làm thủ tục gì ạ?',
  'con tui chuyen truong tu ngoai bac vo nam thi can giay gi',
  'thu tuc chuyen truong thcs',
  // 137. (likely absent) cấp bản sao bằng tốt nghiệp
  'Tôi làm mất bằng tốt nghiệp cấp ba từ hồi xưa, giờ xin lại bản sao ở đâu ạ?',
  'mat bang tot nghiep cap 3 xin lai o dau',
  'cap ban sao bang tot nghiep thpt',
  // 138. (likely absent) miễn giảm học phí
  'Nhà tôi hộ nghèo, thằng con đang học cấp hai, có được miễn học phí không và làm đơn ở đâu ạ?',
  'con nha ngheo co dc mien hoc phi ko',
  'mien giam hoc phi ho ngheo',
  // 139. (likely absent) trợ cấp thất nghiệp
  'Con gái tôi bị công ty cho nghỉ việc, nghe nói được lãnh tiền thất nghiệp, đi đăng ký ở đâu ạ?',
  'bi nghi viec muon lanh tro cap that nghiep o dau',
  'đăng ký hưởng trợ cấp thất nghiệp',
  // 140. (likely absent) tranh chấp hợp đồng lao động
  'Con tôi làm công nhân bị chủ nợ lương ba tháng không trả, giờ muốn kiện thì gửi đơn đến đâu ạ?',
  'chu no luong ko tra, muon thua thi o dau',
  'bi cong ty no luong khieu nai o dau',
  // 141. (likely absent) đi xuất khẩu lao động
  'Thằng cháu tôi muốn đi làm việc bên Hàn Quốc theo chương trình của nhà nước, đăng ký ở đâu hả cô?',
  'muon di xuat khau lao dong nhat ban thi dang ky o dau cho uy tin',
  'dang ky di lam viec o han quoc eps',
  // 142. (likely absent) giới thiệu việc làm
  'Tôi năm mươi tuổi còn khỏe, muốn tìm việc làm bảo vệ hay quét dọn, có chỗ nào nhà nước giới thiệu việc không ạ?',
  'kiem viec lam o dau, trung tam gioi thieu viec lam o dau',
  'tim viec lam part time',
  // 143. (likely absent) lắp điện
  'Nhà tôi mới xây xong, muốn kéo điện về nhà thì đăng ký với ai ạ?',
  'nha moi cat xong mun keo dien vo nha thi lam sao',
  'dang ky lap dong ho dien',
  // 144. (likely absent) nước sạch
  'Xóm tôi chưa có nước máy, nhà tôi muốn lắp đồng hồ nước thì hỏi ở đâu ạ?',
  'lap nuoc may vo nha thi dang ky o dau',
  'dang ky cap nuoc sach',
  // 145. (likely absent) nộp phạt giao thông
  'Thằng con tôi bị công an giao thông phạt vượt đèn đỏ, giữ cả bằng lái, giờ nộp phạt ở đâu để lấy lại ạ?',
  'bi phat nguoi roi nop phat o dau de lay xe',
  'nop phat vi pham giao thong online',
  // 146. (likely absent) khiếu nại / tố cáo
  'Tôi muốn gửi đơn khiếu nại ông cán bộ địa chính xã làm sai, gửi đơn đến đâu thì người ta giải quyết ạ?',
  'muon thua can bo xa lam sai thi gui don o dau',
  'gui don khieu nai',
  // 147. (likely absent) hoạt động tôn giáo
  'Nhóm chúng tôi sinh hoạt đạo Phật tại gia, muốn đăng ký sinh hoạt tôn giáo tập trung thì làm sao ạ?',
  'nhom dao muon dang ky sinh hoat ton giao tap trung',
  'dang ky sinh hoat ton giao tap trung',
  // 149. (likely absent) đất nghĩa trang chôn cất
  'Bà nhà tôi yếu lắm rồi, tôi muốn xin trước một chỗ đất ở nghĩa trang xã để sau này chôn cất, hỏi ai ạ?',
  'xin dat chon o nghia trang xa thi hoi ai',
  'dang ky dat nghia trang',
  // 151. (likely absent) chó thả rông
  'Nhà bên cạnh thả chó rông cắn cả cháu tôi, tôi muốn báo chính quyền thì báo ở đâu ạ?',
  'cho nha ben tha rong can con nit, thua o dau',
  'phan anh cho tha rong',
  // 152. (likely absent) vay vốn ngân hàng chính sách
  'Tôi muốn vay ít vốn ưu đãi ở ngân hàng chính sách để nuôi bò, làm hồ sơ ở xã hay ở đâu ạ?',
  'vay von ngan hang chinh sach de nuoi bo thi lam sao',
  'vay von uu dai nhcsxh',
  // 153. (likely absent) thi tuyển công chức
  'Con gái tôi học xong đại học muốn thi vào làm công chức xã, hồ sơ nộp ở đâu hả cô?',
  'thi cong chuc xa nop ho so o dau',
  'thi tuyen cong chuc 2026',
];
