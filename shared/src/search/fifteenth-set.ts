/**
 * The fifteenth held-out set: citizen queries written blind, to measure the search honestly.
 *
 * How it was written: in one sitting, before any catalogue data was opened and without reading the
 * engine, its lexicons, benches, tests or any other query set (only the header of the fourteenth set,
 * for its format, and the CitizenQuery type), 54 life situations were drafted across the fields a
 * commune or province public-service centre handles (civil status, adoption, residence, identity
 * cards, justice records, certification, inheritance, land, construction, household businesses,
 * companies, cooperatives, vehicles and driving licences, social and health insurance, people with
 * merit, social assistance, poverty, animal health, fisheries, environment, passports,
 * security-conditioned trades, food safety), the last 8 of them chosen as likely absent from the
 * national catalogue (health checks, schools, electricity and water, traffic fines, labour export,
 * pensions, the health-insurance clinic, neighbour complaints). Each situation got one query per
 * voice: elderly (long polite sentences with diacritics, old names such as chứng minh nhân dân, hộ
 * khẩu, sổ đỏ, bằng lái, lương hưu; stories, implied requests, "cô ơi", "ạ"), rural (mostly without
 * diacritics, Southern and Central words such as khai sanh, de, hong, mun, tui, ghe, cat nha, con
 * nit, run-on) and young (short, abbreviations such as cccd, gplx, bhxh, bhyt, hkd, gpxd, lltp, đk,
 * qsdđ, some English). The draft (162 queries) was saved as plain text at 2026-12-06 07:57:52 UTC
 * with sha256 5187264fcdaafca5436fe7c67e670a69d19f4eb1da457c115f42968f64a569e2 (the whole file;
 * 19c88d02100697f03cb2c1036ccd74c160ddd792bab389112fac2d5d3cc39265 of its body, the lines after its
 * two header lines); no query was reworded or dropped afterwards.
 *
 * How it was labelled: only then were the names (with level, field and agency) in
 * server/seed/tthc/national-crawl.jsonl.gz grepped, diacritic-insensitively, for every code a counter
 * clerk would accept: commune-, province- and central-level variants of the same procedure (identity
 * cards, companies, driving licences, passports, security certificates) and procedures a clerk would
 * genuinely hand over for the situation (the combined birth, residence and health-card procedures
 * beside a newborn's birth; the certified contract beside a land gift or sale; the estate-division
 * document beside an inheritance; re-registration of a birth beside a lost birth paper; the
 * household-split and permanent-residence procedures for a son's family moving out). A query that no
 * procedure answers is in FIFTEENTH_NO_ANSWER: the crawl has no unemployment-benefit, old-age,
 * disability or disaster-relief procedure, no restaurant food-safety or small-workshop environmental
 * registration, no health, school, utility, fine, labour-export or pension-enquiry procedure, and
 * its merit and martyr procedures concern the police only. Queries naming a paper the crawl has
 * (gcn attp, giấy phép môi trường, hòa giải tranh chấp đất đai) were labelled with it even where the
 * situation's other voices found nothing. Changing the registered clinic was labelled with the
 * procedure that adjusts the health-insurance card. Every code was checked to exist in the crawl
 * (server/test/fifteenth-set.test.ts); the engine was never run on these queries.
 * One caveat: a grep for the CitizenQuery type in dev-set.ts printed about nine of that set's queries
 * (birth, death, marriage, single status) before the draft was written; none is repeated word for word.
 *
 * Counts: 124 labelled (40 elderly, 41 rural, 43 young); 38 without an answer (14 elderly, 13 rural,
 * 11 young).
 */
import type { CitizenQuery } from './dev-set';

export const FIFTEENTH_HELDOUT: readonly CitizenQuery[] = [
  // 1. khai sinh cho con mới sinh
  { q: 'cô ơi con dâu tôi mới sinh cháu ở trạm xá tuần trước, giờ tôi đi làm giấy khai sinh cho cháu thì cần mang những gì ạ', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'lam giay khai sanh cho con moi de o nha bao sanh hong co giay chung sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'đk khai sinh cho bé', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  // 2. khai tử
  { q: 'ông nhà tôi mới mất hôm rằm, các cháu bảo phải đi báo tử ở xã, cô chỉ giúp tôi với ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba tui moi mat mun lam giay bao tu', expect: ['1.000656'], who: 'rural' },
  { q: 'khai tử online', expect: ['1.000656'], who: 'young' },
  // 3. đăng ký kết hôn
  { q: 'thằng út nhà tôi sắp cưới vợ, hai đứa muốn đi đăng ký kết hôn thì làm ở đâu ạ', expect: ['1.000894'], who: 'elderly' },
  { q: 'dang ky ket hon o xa can giay to gi', expect: ['1.000894'], who: 'rural' },
  { q: 'thủ tục đkkh', expect: ['1.000894'], who: 'young' },
  // 4. xác nhận tình trạng hôn nhân
  { q: 'cô ơi tôi cần cái giấy xác nhận độc thân để con gái tôi đi làm hồ sơ lấy chồng ở tỉnh khác ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay xac nhan doc than de di lam', expect: ['1.004873'], who: 'rural' },
  { q: 'giấy xn tình trạng hôn nhân', expect: ['1.004873'], who: 'young' },
  // 5. trích lục / cấp lại bản sao giấy khai sinh
  { q: 'cái giấy khai sinh của tôi từ thời trước bị mối ăn mất rồi, giờ xin cấp lại bản sao có được không cô', expect: ['2.000635', '1.004884'], who: 'elderly' },
  { q: 'giay khai sanh bi mat mun xin lai ban sao', expect: ['2.000635', '1.004884'], who: 'rural' },
  { q: 'trích lục khai sinh', expect: ['2.000635'], who: 'young' },
  // 6. thay đổi, cải chính hộ tịch
  { q: 'tên tôi trong giấy khai sinh bị viết sai dấu, năm sinh cũng lệch, giờ muốn sửa lại cho đúng thì làm sao ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'sua ten trong giay khai sanh bi ghi sai', expect: ['1.004859'], who: 'rural' },
  { q: 'cải chính hộ tịch', expect: ['1.004859'], who: 'young' },
  // 7. nhận cha con
  { q: 'tôi muốn làm giấy nhận thằng bé là con của tôi vì hồi đó chưa cưới nên giấy khai sinh để trống tên cha ạ', expect: ['1.001022'], who: 'elderly' },
  { q: 'lam giay nhan con de bo sung ten cha', expect: ['1.001022'], who: 'rural' },
  { q: 'đk nhận cha mẹ con', expect: ['1.001022'], who: 'young' },
  // 8. giám hộ
  { q: 'bố mẹ cháu nó mất cả rồi, tôi là bà ngoại muốn đứng ra nuôi và làm người giám hộ cho cháu thì đăng ký thế nào ạ', expect: ['1.004837'], who: 'elderly' },
  { q: 'dang ky giam ho cho chau mo coi', expect: ['1.004837'], who: 'rural' },
  { q: 'đăng ký giám hộ', expect: ['1.004837'], who: 'young' },
  // 9. nhận con nuôi
  { q: 'vợ chồng tôi hiếm muộn, muốn nhận một đứa cháu bên họ về làm con nuôi cho đàng hoàng giấy tờ ạ', expect: ['2.001263'], who: 'elderly' },
  { q: 'xin nhan con nuoi trong nuoc', expect: ['2.001263'], who: 'rural' },
  { q: 'thủ tục nhận con nuôi', expect: ['2.001263'], who: 'young' },
  // 10. đăng ký thường trú
  { q: 'tôi mới về ở với con trai trên thành phố, muốn nhập hộ khẩu vào nhà con thì làm giấy tờ gì hả cô', expect: ['1.004222'], who: 'elderly' },
  { q: 'nhap ho khau ve nha chong', expect: ['1.004222'], who: 'rural' },
  { q: 'đk thường trú', expect: ['1.004222'], who: 'young' },
  // 11. tạm trú
  { q: 'cháu tôi lên tỉnh học, ở trọ nhà người ta, chủ nhà bảo phải đi khai tạm trú, vậy làm ở đâu ạ', expect: ['1.004194'], who: 'elderly' },
  { q: 'khai tam tru cho nguoi o tro', expect: ['1.004194'], who: 'rural' },
  { q: 'đk tạm trú online', expect: ['1.004194'], who: 'young' },
  // 12. xóa / tách hộ khẩu
  { q: 'tôi muốn tách hộ khẩu ra riêng cho vợ chồng thằng con cả vì chúng nó đã mua nhà ở chỗ khác rồi ạ', expect: ['1.010038', '1.004222'], who: 'elderly' },
  { q: 'tach ho khau ra rieng', expect: ['1.010038'], who: 'rural' },
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' },
  // 13. xác nhận thông tin cư trú
  { q: 'trường của cháu bảo nộp giấy xác nhận cư trú vì bây giờ không còn sổ hộ khẩu nữa, cô xin cho tôi cái giấy ấy ạ', expect: ['1.010041'], who: 'elderly' },
  { q: 'xin giay xac nhan cu tru thay so ho khau', expect: ['1.010041'], who: 'rural' },
  { q: 'xác nhận cư trú ct07', expect: ['1.010041'], who: 'young' },
  // 14. căn cước / chứng minh nhân dân
  {
    q: 'cái chứng minh nhân dân của tôi hết hạn lâu rồi, giờ đổi sang thẻ căn cước mới thì đi đâu làm ạ',
    expect: ['1.014063', '2.001195', '1.000889', '1.014061', '2.000200', '1.001247'],
    who: 'elderly',
  },
  { q: 'lam lai can cuoc bi mat', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'cấp đổi cccd', expect: ['1.014063', '2.001195', '1.000889'], who: 'young' },
  // 15. lý lịch tư pháp
  { q: 'con tôi đi xuất khẩu lao động, người ta đòi giấy lý lịch tư pháp, tôi xin giúp cháu được không cô', expect: ['3.000333'], who: 'elderly' },
  { q: 'xin phieu ly lich tu phap di lam', expect: ['3.000333'], who: 'rural' },
  { q: 'lltp số 1', expect: ['3.000333'], who: 'young' },
  // 16. chứng thực bản sao
  { q: 'tôi cần sao y mấy tờ giấy tờ nhà đất có đóng dấu đỏ để nộp cho ngân hàng ạ', expect: ['2.000815'], who: 'elderly' },
  { q: 'cong chung sao y giay to', expect: ['2.000815'], who: 'rural' },
  { q: 'chứng thực bản sao', expect: ['2.000815'], who: 'young' },
  // 17. chứng thực chữ ký
  { q: 'tôi làm giấy ủy quyền cho con đi lĩnh tiền thay, cần xã đóng dấu xác nhận chữ ký của tôi ạ', expect: ['2.000884'], who: 'elderly' },
  { q: 'chung thuc chu ky giay uy quyen', expect: ['2.000884'], who: 'rural' },
  { q: 'chứng thực chữ ký', expect: ['2.000884'], who: 'young' },
  // 18. chứng thực hợp đồng mua bán / tặng cho đất
  { q: 'tôi muốn làm giấy cho đứt mảnh vườn cho thằng con thứ hai, làm hợp đồng tặng cho thì ra xã ký ạ', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'lam hop dong cho dat cho con', expect: ['2.001035', '1.013831'], who: 'rural' },
  { q: 'công chứng hđ tặng cho qsdđ', expect: ['2.001035', '1.013831'], who: 'young' },
  // 19. thừa kế / khai nhận di sản
  { q: 'bố mẹ tôi mất không để lại di chúc, anh em chúng tôi muốn chia mảnh đất hương hỏa thì làm văn bản thế nào ạ', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'chia dat cua ba me de lai khong co di chuc', expect: ['2.001406', '1.013831'], who: 'rural' },
  { q: 'văn bản khai nhận di sản', expect: ['2.001406', '1.013831'], who: 'young' },
  // 20. cấp sổ đỏ lần đầu
  { q: 'mảnh đất ông bà để lại nhà tôi ở từ năm tám mươi mà chưa có sổ đỏ, giờ muốn làm sổ thì bắt đầu từ đâu ạ', expect: ['1.013978'], who: 'elderly' },
  { q: 'lam so do lan dau cho dat o lau nam', expect: ['1.013978'], who: 'rural' },
  { q: 'cấp gcn qsdđ lần đầu', expect: ['1.013978'], who: 'young' },
  // 21. sang tên sổ đỏ
  { q: 'tôi mua lại miếng đất của ông hàng xóm, giấy tay đã viết rồi, giờ sang tên sổ đỏ cho tôi thì làm thế nào', expect: ['1.013831', '1.012785', '2.001035'], who: 'elderly' },
  { q: 'sang ten so do mua ban dat', expect: ['1.013831', '1.012785', '2.001035'], who: 'rural' },
  { q: 'sang tên sổ hồng', expect: ['1.013831', '1.012785', '2.001035'], who: 'young' },
  // 22. cấp lại / cấp đổi sổ đỏ
  { q: 'nhà tôi bị lũ cuốn mất cái sổ đỏ rồi, xin cấp lại sổ khác có được không cô', expect: ['1.012786'], who: 'elderly' },
  { q: 'so do bi mat xin cap lai', expect: ['1.012786'], who: 'rural' },
  { q: 'cấp đổi sổ đỏ bị rách', expect: ['1.012783'], who: 'young' },
  // 23. tách thửa
  { q: 'tôi có mảnh đất to, muốn cắt ra chia cho ba đứa con mỗi đứa một phần thì phải làm giấy tách thửa ra sao ạ', expect: ['1.012784'], who: 'elderly' },
  { q: 'tach thua dat chia cho con', expect: ['1.012784'], who: 'rural' },
  { q: 'tách thửa', expect: ['1.012784'], who: 'young' },
  // 24. chuyển mục đích sử dụng đất
  { q: 'tôi muốn chuyển mảnh ruộng vườn sau nhà lên đất ở để cho con làm nhà ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat vuon len tho cu', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyển mđsdđ sang đất ở', expect: ['1.013949', '1.013823'], who: 'young' },
  // 25. giấy phép xây dựng nhà ở
  { q: 'nhà tôi cũ dột quá, muốn đập đi xây lại căn nhà hai tầng thì có phải xin phép ai không ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'xin phep cat nha o que', expect: ['1.013225'], who: 'rural' },
  { q: 'gpxd nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' },
  // 26. đăng ký hộ kinh doanh
  { q: 'con gái tôi muốn mở cái quán tạp hóa nhỏ trước nhà, cần xin giấy phép kinh doanh ở đâu ạ', expect: ['1.001612'], who: 'elderly' },
  { q: 'mun mo quan ban tap hoa can giay phep gi', expect: ['1.001612'], who: 'rural' },
  { q: 'đk hkd', expect: ['1.001612'], who: 'young' },
  // 27. thay đổi / chấm dứt hộ kinh doanh
  { q: 'tôi già rồi bán hàng không nổi, muốn trả lại giấy phép kinh doanh, nghỉ hẳn thì làm sao ạ', expect: ['1.001266'], who: 'elderly' },
  { q: 'dong cua tiem khong ban nua tra giay phep', expect: ['1.001266'], who: 'rural' },
  { q: 'tạm ngừng hkd', expect: ['1.001570'], who: 'young' },
  // 28. thành lập doanh nghiệp
  { q: 'thằng cháu tôi muốn lập công ty riêng để làm xây dựng thì phải đăng ký ở đâu ạ', expect: ['2.001583', '2.001199', '2.001610', '2.002043'], who: 'elderly' },
  { q: 'mo cong ty tnhh can lam gi', expect: ['2.001583', '2.001199'], who: 'rural' },
  { q: 'thành lập cty tnhh 1 thành viên', expect: ['2.001583'], who: 'young' },
  // 29. hợp tác xã
  { q: 'mấy hộ trồng lúa trong xóm muốn góp nhau lập hợp tác xã thì đăng ký thế nào ạ', expect: ['1.005280'], who: 'elderly' },
  { q: 'lap hop tac xa nong nghiep', expect: ['1.005280'], who: 'rural' },
  { q: 'đk thành lập htx', expect: ['1.005280'], who: 'young' },
  // 30. đăng ký xe máy
  { q: 'tôi mới mua chiếc xe máy cho con đi học, giờ đi làm giấy đăng ký và biển số thì ở đâu ạ', expect: ['1.013067', '1.012575'], who: 'elderly' },
  { q: 'dang ky xe may moi mua bien so', expect: ['1.013067', '1.012575'], who: 'rural' },
  { q: 'đk xe máy lấy biển', expect: ['1.013067', '1.012575'], who: 'young' },
  // 31. bằng lái xe cấp đổi / cấp lại
  { q: 'cái bằng lái ô tô của tôi sắp hết hạn, giờ đi đổi bằng mới thì nộp ở đâu ạ', expect: ['3.000347'], who: 'elderly' },
  { q: 'doi bang lai xe het han', expect: ['3.000347', '3.000348'], who: 'rural' },
  { q: 'đổi gplx', expect: ['3.000347'], who: 'young' },
  // 32. bảo hiểm y tế
  { q: 'tôi năm nay bảy mươi tư tuổi, nghe nói người già được cấp thẻ bảo hiểm y tế miễn phí, xin cho tôi với ạ', expect: ['1.001939'], who: 'elderly' },
  { q: 'lam the bao hiem y te cho con nit', expect: ['1.001939'], who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: ['1.002759'], who: 'young' },
  // 33. bảo hiểm xã hội một lần / sổ bhxh
  { q: 'tôi nghỉ làm công ty đã hơn một năm rồi, muốn rút bảo hiểm xã hội một lần thì làm sao hả cô', expect: ['1.001613'], who: 'elderly' },
  { q: 'rut bao hiem xa hoi mot lan', expect: ['1.001613'], who: 'rural' },
  { q: 'hưởng bhxh 1 lần', expect: ['1.001613'], who: 'young' },
  // 35. chế độ thai sản / tử tuất
  { q: 'chồng tôi đóng bảo hiểm hai chục năm rồi mất, tôi có được hưởng tiền tuất không ạ', expect: ['2.000821'], who: 'elderly' },
  { q: 'lanh tien mai tang phi cho ba', expect: ['2.000821'], who: 'rural' },
  { q: 'trợ cấp mai táng', expect: ['2.000821'], who: 'young' },
  // 39. hộ nghèo
  { q: 'nhà tôi khó khăn lắm, chồng ốm đau, muốn xin vào diện hộ nghèo để được hỗ trợ ạ', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'xin xac nhan ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'công nhận hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' },
  // 41. nông nghiệp - giống, vật tư, thú y
  { q: 'tôi nuôi mấy chục con heo, muốn xin giấy chứng nhận cơ sở an toàn dịch bệnh để bán cho công ty ạ', expect: ['1.011475'], who: 'elderly' },
  { q: 'xin giay kiem dich heo de cho di ban', expect: ['1.002338'], who: 'rural' },
  { q: 'chứng nhận attp cơ sở nông sản', expect: ['2.001827'], who: 'young' },
  // 42. thủy sản - tàu cá
  { q: 'thằng con tôi đóng chiếc ghe mới đi biển đánh cá, phải đăng ký tàu cá ở đâu ạ', expect: ['1.003650'], who: 'elderly' },
  { q: 'dang ky ghe danh ca', expect: ['1.003650'], who: 'rural' },
  { q: 'giấy phép khai thác thủy sản', expect: ['1.004359'], who: 'young' },
  // 43. môi trường
  { q: 'giấy phép môi trường', expect: ['1.010727', '1.010719'], who: 'young' },
  // 44. hộ chiếu
  { q: 'tôi muốn sang Hàn thăm con gái, chưa có hộ chiếu bao giờ, làm ở đâu ạ', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di nuoc ngoai', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' },
  // 45. phòng cháy chữa cháy / ngành nghề an ninh trật tự
  { q: 'tôi mở nhà nghỉ mấy phòng cho khách, người ta nói phải xin giấy an ninh trật tự, làm ở đâu ạ', expect: ['2.001478', '1.003204'], who: 'elderly' },
  { q: 'mo nha tro can giay an ninh trat tu', expect: ['2.001478', '1.003204'], who: 'rural' },
  { q: 'gcn đủ đk anttt', expect: ['2.001478', '1.003204'], who: 'young' },
  // 46. vệ sinh an toàn thực phẩm quán ăn
  { q: 'gcn attp', expect: ['2.001827'], who: 'young' },
  // 53. (likely absent) mua bảo hiểm xe / sổ khám bệnh
  { q: 'tôi muốn đổi nơi khám chữa bệnh ban đầu sang bệnh viện huyện cho gần nhà ạ', expect: ['1.002759'], who: 'elderly' },
  { q: 'doi noi kham benh ban dau', expect: ['1.002759'], who: 'rural' },
  { q: 'đổi nơi kcb bđ', expect: ['1.002759'], who: 'young' },
  // 54. (likely absent) rác thải / khiếu nại hàng xóm
  { q: 'lam don thua hang xom lan dat', expect: ['1.012812', '1.013967'], who: 'rural' },
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' },
];

/** Queries no procedure in the crawl answers; a good engine shows few or no confident results. */
export const FIFTEENTH_NO_ANSWER: readonly CitizenQuery[] = [
  // 34. trợ cấp thất nghiệp
  { q: 'con tôi bị công ty cho nghỉ việc, nghe nói được lĩnh tiền thất nghiệp thì nộp đơn ở đâu ạ', expect: [], who: 'elderly' },
  { q: 'lanh tien that nghiep', expect: [], who: 'rural' },
  { q: 'hưởng tc thất nghiệp', expect: [], who: 'young' },
  // 36. người có công
  { q: 'ông cụ nhà tôi là thương binh, giấy tờ thương binh bị thất lạc, xin cấp lại thì làm thế nào ạ', expect: [], who: 'elderly' },
  { q: 'cap lai giay chung nhan thuong binh', expect: [], who: 'rural' },
  { q: 'trợ cấp người có công', expect: [], who: 'young' },
  // 37. liệt sĩ
  { q: 'bác tôi hy sinh ở chiến trường năm bảy hai, nhà tôi muốn làm hồ sơ công nhận liệt sĩ và đi thăm viếng mộ ạ', expect: [], who: 'elderly' },
  { q: 'xin di tham mo liet si', expect: [], who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', expect: [], who: 'young' },
  // 38. trợ cấp xã hội người cao tuổi / khuyết tật
  { q: 'mẹ tôi tám mươi hai tuổi, không có lương hưu, nghe nói được trợ cấp hằng tháng thì làm hồ sơ ở đâu ạ', expect: [], who: 'elderly' },
  { q: 'tro cap nguoi khuyet tat hang thang', expect: [], who: 'rural' },
  { q: 'xác định mức độ khuyết tật', expect: [], who: 'young' },
  // 40. mai táng phí người nghèo / trợ cấp đột xuất
  { q: 'nhà hàng xóm tôi bị cháy hết, có được xã hỗ trợ gì không cô', expect: [], who: 'elderly' },
  { q: 'ho tro nha bi sap do bao', expect: [], who: 'rural' },
  { q: 'trợ giúp xã hội khẩn cấp', expect: [], who: 'young' },
  // 43. môi trường
  { q: 'tôi mở xưởng làm mộc nhỏ, người ta bảo phải đăng ký môi trường, cô hướng dẫn giúp tôi ạ', expect: [], who: 'elderly' },
  { q: 'dang ky moi truong cho xuong', expect: [], who: 'rural' },
  // 46. vệ sinh an toàn thực phẩm quán ăn
  { q: 'con tôi mở quán cơm bình dân, có phải xin giấy vệ sinh an toàn thực phẩm không ạ', expect: [], who: 'elderly' },
  { q: 'giay an toan thuc pham quan an', expect: [], who: 'rural' },
  // 47. (likely absent) cấp giấy chứng sinh / khám sức khỏe / đăng ký khám bệnh
  { q: 'tôi muốn đi khám sức khỏe để lấy giấy đi làm, ở trung tâm này có khám không cô', expect: [], who: 'elderly' },
  { q: 'kham suc khoe lay giay di lam', expect: [], who: 'rural' },
  { q: 'giấy khám sk', expect: [], who: 'young' },
  // 48. (likely absent) nhập học / chuyển trường
  { q: 'cháu tôi chuyển về đây ở với ông bà, muốn chuyển trường về trường làng thì xin ở đâu ạ', expect: [], who: 'elderly' },
  { q: 'xin chuyen truong cho con', expect: [], who: 'rural' },
  { q: 'tuyển sinh lớp 1', expect: [], who: 'young' },
  // 49. (likely absent) điện nước
  { q: 'nhà tôi muốn kéo đường điện mới vào nhà thì đăng ký ở đâu ạ', expect: [], who: 'elderly' },
  { q: 'dang ky lap dong ho nuoc', expect: [], who: 'rural' },
  { q: 'sang tên hợp đồng điện', expect: [], who: 'young' },
  // 50. (likely absent) nộp phạt giao thông
  { q: 'tôi bị công an phạt vì không đội mũ bảo hiểm, giờ nộp tiền phạt ở đâu ạ', expect: [], who: 'elderly' },
  { q: 'dong tien phat xe bi giu', expect: [], who: 'rural' },
  { q: 'nộp phạt vi phạm giao thông', expect: [], who: 'young' },
  // 51. (likely absent) giấy phép lao động / xuất khẩu lao động
  { q: 'con tôi muốn đi xuất khẩu lao động Nhật, nhà nước có hỗ trợ vay vốn gì không cô', expect: [], who: 'elderly' },
  { q: 'di xuat khau lao dong dai loan', expect: [], who: 'rural' },
  { q: 'vay vốn xklđ', expect: [], who: 'young' },
  // 52. (likely absent) lương hưu
  { q: 'tôi về hưu rồi mà tháng này chưa nhận được lương hưu, hỏi ở đâu ạ', expect: [], who: 'elderly' },
  { q: 'lanh luong huu o dau', expect: [], who: 'rural' },
  { q: 'tra cứu lương hưu', expect: [], who: 'young' },
  // 54. (likely absent) rác thải / khiếu nại hàng xóm
  { q: 'nhà bên cạnh nuôi chó sủa suốt đêm lại xả rác ra đường, tôi muốn làm đơn phản ánh thì nộp ở đâu ạ', expect: [], who: 'elderly' },
];
