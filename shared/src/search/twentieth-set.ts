import type { CitizenQuery } from './dev-set';

/**
 * The twentieth blind set for procedure search: 282 citizen queries (94 life situations × three voices),
 * labelled against the national crawl (server/seed/tthc/national-crawl.jsonl.gz).
 *
 * How and when it was written (6 December 2026, UTC):
 * - 19:33: the queries were drafted from knowledge of how people talk at a commune or province centre,
 *   before any procedure name in the crawl was read, and committed unchanged as
 *   docs/search-drafts/twentieth-draft-20261206T1933Z.txt
 *   (sha256 30c20bcdad8ca024fc97b3518515938bb7902663ae5b352fb78773c726b5f1aa). Every q below is copied
 *   from it byte for byte; none was reworded after the catalogue was opened.
 * - Situations are weighted like a counter's volume: civil status and certification (1–25), land, housing and
 *   building (26–38), residence and identity (39–47), business (48–53), vehicles (54–59), insurance and welfare
 *   (60–69), farming, forestry and fisheries (70–75), education, culture, labour (76–82), taxes and justice
 *   (83–86); 87–94 are needs guessed, before labelling, to lie outside a national procedure catalogue.
 * - Voices: elderly (full polite sentences, diacritics, kinship terms, old names such as chứng minh thư, sổ hộ
 *   khẩu, bằng khoán), rural (no diacritics, Southern and Central words such as "khai sanh", "heo", "mo", "chi",
 *   chat shorthand, missing spaces), young (short, abbreviations such as cccd, gplx, hkd, bhxh, a little English).
 * - Seen: HELPERS.md, STYLE.md, DOMAIN.md, CONTRIBUTING.md, the CitizenQuery interface, the seed README, the
 *   header of the nineteenth set (as a format model), the blind-set test and, after the draft's commit, the
 *   crawl. Not seen: the search engine, its lexicons, any other set's queries or batch, other drafts, benches
 *   and search tests (only the file names in shared/src/search/, once, to pick a name). No search code was run
 *   and the set was not scored.
 *
 * How it was labelled: names and fields were folded (no diacritics, đ→d) and grepped by field and keyword;
 * steps, dossiers, conditions and agencies were read where the name left doubt. Each query lists every code a
 * counter clerk would accept: commune, province and central variants of one procedure, and liên thông
 * procedures that also answer it. The 17 mis-crawled records in the seed README were never used. A need the
 * catalogue lacks goes to TWENTIETH_NO_ANSWER even when a neighbouring procedure shares its words.
 *
 * Counts: labelled 219 (elderly 73, rural 73, young 73); no answer 63 (elderly 21, rural 21, young 21).
 *
 * Judgement calls a reader could disagree with:
 * - 1: a newborn's birth also accepts the two liên thông packages (birth + BHYT, birth + residence + BHYT).
 * - 2: a grown son never registered accepts plain birth registration and the one for people who already hold
 *   personal papers; re-registration (1.004884) is kept for 17, where the record once existed and was lost.
 * - 7: a death never declared years ago is a late khai tử, not đăng ký lại khai tử (that needs a lost record).
 * - 9: recognising a father accepts the stand-alone procedure and birth registration combined with it, except
 *   in the rural voice, whose child already holds a birth certificate.
 * - 13: gender after surgery is a no-answer: the civil-status change procedure (1.004859) names names,
 *   ethnicity and corrections, and neither its name nor its text mentions gender.
 * - 15, 16: a lost birth or marriage paper takes the copy extract (2.000635), not the generic copy from the
 *   original register (2.000908).
 * - 19: a giấy ủy quyền takes signature certification only (Decree 23 sends unpaid authorisations there); the
 *   elderly voice, authorising a son to collect a pension, also accepts the BHXH authorisation (1.001601).
 * - 20, 27: certifying a gift contract and registering a bought plot are kept apart: each query names one step.
 * - 28: a land inheritance accepts the land registration and the certified estate division, except the young
 *   "đăng ký thừa kế", which names the registration only.
 * - 31, 36: land-use change and the extension of an expired term accept the commune and province records of
 *   one procedure; the extension also accepts "xác nhận tiếp tục sử dụng đất nông nghiệp".
 * - 35: a boundary quarrel accepts commune mediation and the commune and province dispute rulings, not the
 *   ministerial one.
 * - 38: social housing takes the commune registration, which holds the housing-condition confirmation; the
 *   low-income worker recognition (3.000412) serves poverty programmes and was not accepted.
 * - 44: the young "trẻ em" may be 14 or 15, so both ID-card age bands are accepted there.
 * - 54, 59: a new motorbike accepts direct and fully online first registration; a boat already carrying goods
 *   takes first registration of a vessel in use, and only the young voice also the one not yet in use.
 * - 70: a newly built fishing boat takes vessel registration and the fishing licence, not the building approval.
 * - 72: selling planted acacia takes the forest-product list confirmation, not the commune approval of a
 *   harvesting plan, whose steps tie it to natural, state-owned or protection forest.
 * - No answer though a neighbour shares words: retail alcohol licence (53: only e-stamps for producers), old-age
 *   allowance, martyrs' worship and disability (67–69: only police-specific merit procedures), storm losses on
 *   rice (73: only support after animal disease and checks of damaged planted forest), unemployment benefit
 *   (81: only an authorisation to collect it), a lost wallet (93: only lost passports and travel papers).
 */
export const TWENTIETH_HELDOUT: readonly CitizenQuery[] = [
  // Civil status and certification
  { q: 'Con dâu tôi mới sinh cháu nội được hai tuần, tôi muốn đi làm giấy khai sinh cho cháu thì ra xã cần mang giấy tờ gì?', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'con toi moi de dc 10 ngay, di lam khai sanh cho no can mang j vay', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'dk khai sinh cho be moi sinh online dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  { q: 'Thằng út nhà tôi sinh ở nhà năm 2005, đến giờ vẫn chưa có giấy khai sinh, bây giờ làm có được không ạ?', expect: ['1.001193', '1.004772'], who: 'elderly' },
  { q: 'thang nho nha toi de o nha hoi xua chua lam khai sanh, gio lon roi lam dc ko', expect: ['1.001193', '1.004772'], who: 'rural' },
  { q: 'qua han dang ky khai sinh thi lam sao', expect: ['1.001193', '1.004772'], who: 'young' },
  { q: 'Con trai tôi sắp cưới vợ, hai đứa muốn ra ủy ban đăng ký kết hôn thì phải mang những giấy gì ạ?', expect: ['1.000894'], who: 'elderly' },
  { q: 'tui voi ban gai muon di dang ki ket hon o xa thi can giay to gi z', expect: ['1.000894'], who: 'rural' },
  { q: 'thu tuc dang ky ket hon can gi', expect: ['1.000894'], who: 'young' },
  { q: 'Cháu gái tôi muốn lấy chồng người Hàn Quốc, thủ tục đăng ký kết hôn với người nước ngoài làm ở đâu, mất bao lâu?', expect: ['2.000806'], who: 'elderly' },
  { q: 'con gai toi lay chong dai loan, lam giay ket hon voi nguoi nuoc ngoai o mo', expect: ['2.000806'], who: 'rural' },
  { q: 'dk ket hon voi nguoi nuoc ngoai o dau', expect: ['2.000806'], who: 'young' },
  { q: 'Tôi cần xin giấy xác nhận tình trạng hôn nhân để làm thủ tục mua đất, xin ở đâu ạ?', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay doc than de di lam ho so vay ngan hang o dau vay', expect: ['1.004873'], who: 'rural' },
  { q: 'xin giay xac nhan doc than', expect: ['1.004873'], who: 'young' },
  { q: 'Ông nhà tôi vừa mất hôm qua, con cháu phải đi báo tử cho ông ở đâu, cần mang theo những gì?', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba toi moi mat, di khai tu can giay chi', expect: ['1.000656'], who: 'rural' },
  { q: 'lam giay chung tu cho bo', expect: ['1.000656'], who: 'young' },
  { q: 'Mẹ chồng tôi mất đã mười năm nay mà hồi đó gia đình chưa đi khai tử, bây giờ muốn chia đất thì làm lại thế nào ạ?', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba noi mat lau roi ma chua lam giay bao tu, gio lam bo sung dc hem', expect: ['1.000656'], who: 'rural' },
  { q: 'khai tu tre cho ong mat tu 2015', expect: ['1.000656'], who: 'young' },
  { q: 'Bố mẹ cháu tôi mất cả rồi, tôi là bà nội muốn đứng ra giám hộ cho cháu thì phải đăng ký thế nào?', expect: ['1.004837'], who: 'elderly' },
  { q: 'ba ma thang chau mat het, toi muon lam nguoi giam ho cho no thi lam sao', expect: ['1.004837'], who: 'rural' },
  { q: 'dang ky giam ho cho chau', expect: ['1.004837'], who: 'young' },
  { q: 'Con gái tôi có con nhưng chưa cưới, nay bố đứa bé muốn nhận con thì làm thủ tục ở đâu ạ?', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'thang nho de ra chua co ten cha trong khai sanh, gio ba no muon nhan con thi lam sao', expect: ['1.001022'], who: 'rural' },
  { q: 'thu tuc nhan cha con', expect: ['1.001022', '1.000689'], who: 'young' },
  { q: 'Vợ chồng tôi hiếm muộn, muốn xin nhận một cháu làm con nuôi thì cần làm những giấy tờ gì?', expect: ['2.001263'], who: 'elderly' },
  { q: 'vo chong toi muon nhan dua chau lam con nuoi, dangky o dau', expect: ['2.001263'], who: 'rural' },
  { q: 'dk nhan con nuoi trong nuoc', expect: ['2.001263'], who: 'young' },
  { q: 'Cháu nội tôi tên khai sinh khó gọi quá, gia đình muốn đổi tên khác cho cháu có được không ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'muon doi ten cho con gai tai ten cu bi ban be choc, lam o dau', expect: ['1.004859'], who: 'rural' },
  { q: 'doi ten trong giay khai sinh', expect: ['1.004859'], who: 'young' },
  { q: 'Chồng tôi người Kinh, tôi người Tày, giờ các con muốn đổi sang dân tộc Tày theo mẹ thì làm thủ tục gì?', expect: ['1.004859'], who: 'elderly' },
  { q: 'con toi muon doi dan toc theo me la nguoi khmer dc ko', expect: ['1.004859'], who: 'rural' },
  { q: 'xac dinh lai dan toc cho con', expect: ['1.004859'], who: 'young' },
  { q: 'Giấy khai sinh của tôi ghi sai năm sinh so với chứng minh thư, bây giờ muốn cải chính lại thì ra đâu làm?', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sanh ghi sai ngay sinh cua toi, sua lai rang', expect: ['1.004859'], who: 'rural' },
  { q: 'cai chinh ngay sinh trong giay khai sinh', expect: ['1.004859'], who: 'young' },
  { q: 'Tôi làm mất giấy khai sinh bản chính rồi, xin cấp bản sao khai sinh ở đâu được ạ?', expect: ['2.000635'], who: 'elderly' },
  { q: 'xin ban sao khai sanh cho thang lon di nop ho so hoc', expect: ['2.000635'], who: 'rural' },
  { q: 'xin trich luc khai sinh ban sao', expect: ['2.000635'], who: 'young' },
  { q: 'Vợ chồng tôi làm mất giấy đăng ký kết hôn từ hồi năm tám mươi, giờ xin cấp lại bản sao thì làm sao?', expect: ['2.000635'], who: 'elderly' },
  { q: 'mat giay ket hon roi, xin lai ban sao o xa dc ko', expect: ['2.000635'], who: 'rural' },
  { q: 'trich luc ket hon online', expect: ['2.000635'], who: 'young' },
  { q: 'Giấy khai sinh của tôi mất từ thời chiến tranh, sổ ở xã cũng không còn, bây giờ đăng ký lại khai sinh được không?', expect: ['1.004884'], who: 'elderly' },
  { q: 'so ho tich o xa bi chay het, khai sanh cua toi ko con luu, lam lai sao', expect: ['1.004884'], who: 'rural' },
  { q: 'dang ky lai khai sinh khi so goc mat', expect: ['1.004884'], who: 'young' },
  { q: 'Tôi cần chứng thực mấy bản sao sổ hộ khẩu và giấy khai sinh để nộp hồ sơ cho con, ra xã làm được không?', expect: ['2.000815'], who: 'elderly' },
  { q: 'di cong chung may to giay photo o xa mat bao nhieu tien', expect: ['2.000815'], who: 'rural' },
  { q: 'chung thuc ban sao cccd', expect: ['2.000815'], who: 'young' },
  { q: 'Tôi viết giấy ủy quyền cho con trai đi nhận lương hưu thay, cần chứng thực chữ ký ở đâu ạ?', expect: ['2.000884', '1.001601'], who: 'elderly' },
  { q: 'can xac nhan chu ky tren giay uy quyen cua toi, lam o xa dc ko', expect: ['2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky giay uy quyen', expect: ['2.000884'], who: 'young' },
  { q: 'Tôi muốn làm hợp đồng tặng cho mảnh đất cho con trai út, chứng thực ở ủy ban xã có được không ạ?', expect: ['2.001035'], who: 'elderly' },
  { q: 'cho dat cho con, lam hop dong tang cho o xa chung thuc dc ko', expect: ['2.001035'], who: 'rural' },
  { q: 'chung thuc hop dong tang cho dat', expect: ['2.001035'], who: 'young' },
  { q: 'Tôi già rồi, muốn lập di chúc để lại nhà đất cho các con, ra xã chứng thực di chúc được không?', expect: ['2.001019'], who: 'elderly' },
  { q: 'ong gia toi muon lam di chuc de lai dat, chung thuc o dau', expect: ['2.001019'], who: 'rural' },
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' },
  { q: 'Bố mẹ tôi mất không để lại di chúc, anh em chúng tôi muốn làm văn bản thỏa thuận chia di sản thì chứng thực ở đâu?', expect: ['2.001406'], who: 'elderly' },
  { q: 'cha me mat ko co di chuc, anh em muon lam giay chia tai san thua ke', expect: ['2.001406'], who: 'rural' },
  { q: 'van ban thoa thuan phan chia di san', expect: ['2.001406'], who: 'young' },
  { q: 'Con gái tôi ly hôn ở bên Đài Loan rồi về nước, giờ muốn ghi vào sổ việc ly hôn đó để lấy chồng mới thì làm thế nào?', expect: ['2.000554'], who: 'elderly' },
  { q: 'con gai toi ly di ben han quoc ve, gio lam giay de dang ky ket hon lai', expect: ['2.000554'], who: 'rural' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: ['2.000554'], who: 'young' },
  { q: 'Cháu ngoại tôi sinh ở Nhật, đã có giấy khai sinh bên đó, giờ về Việt Nam muốn ghi vào sổ hộ tịch thì làm sao?', expect: ['2.000547'], who: 'elderly' },
  { q: 'con toi de ben nhat co giay khai sanh ben do, ve vn lam giay lai sao', expect: ['2.000547'], who: 'rural' },
  { q: 'ghi vao so ho tich khai sinh o nuoc ngoai', expect: ['2.000547'], who: 'young' },
  { q: 'Giấy khai sinh của tôi hồi xưa bỏ trống phần quê quán, giờ muốn bổ sung vào thì làm thủ tục gì ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'khai sanh cu thieu ten me, muon ghi them vo', expect: ['1.004859'], who: 'rural' },
  { q: 'bo sung thong tin ho tich', expect: ['1.004859'], who: 'young' },
  // Land, housing and building
  { q: 'Mảnh đất ông bà để lại từ trước năm 1980 vẫn chưa có bằng khoán gì, bây giờ xin cấp sổ đỏ lần đầu thì làm thế nào?', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat ong ba de lai chua co so do, lam so lan dau can j', expect: ['1.013978'], who: 'rural' },
  { q: 'cap so do lan dau', expect: ['1.013978'], who: 'young' },
  { q: 'Tôi mới mua mảnh đất của người quen, giờ muốn sang tên sổ đỏ sang tên mình thì làm ở đâu, mất bao lâu?', expect: ['1.013831'], who: 'elderly' },
  { q: 'mua dat roi gio sang ten so ra sao, bao lau co so', expect: ['1.013831'], who: 'rural' },
  { q: 'sang ten so do sau khi mua', expect: ['1.013831'], who: 'young' },
  { q: 'Bố tôi mất, sổ đỏ vẫn đứng tên bố, anh em chúng tôi muốn đứng tên thừa kế thì làm thủ tục gì?', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'dat cua ba toi de lai, gio sang ten thua ke cho anh em toi', expect: ['1.013831', '2.001406'], who: 'rural' },
  { q: 'dang ky thua ke quyen su dung dat', expect: ['1.013831'], who: 'young' },
  { q: 'Tôi muốn tách thửa đất chia cho ba đứa con, mỗi đứa một phần, thì cần làm hồ sơ gì?', expect: ['1.012784'], who: 'elderly' },
  { q: 'muon tachthua dat cho con lam nha rieng', expect: ['1.012784'], who: 'rural' },
  { q: 'tach thua dat', expect: ['1.012784'], who: 'young' },
  { q: 'Nhà tôi bị lũ cuốn mất cả sổ đỏ, bây giờ xin cấp lại thì phải làm sao ạ?', expect: ['1.012786'], who: 'elderly' },
  { q: 'so hong bi mat trom roi, xin cap lai o dau', expect: ['1.012786'], who: 'rural' },
  { q: 'mat so do xin cap lai', expect: ['1.012786'], who: 'young' },
  { q: 'Tôi có mảnh đất vườn, muốn chuyển lên đất thổ cư để làm nhà cho con thì xin ở đâu, có mất tiền không?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat ruong len tho cu de cat nha dc ko', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyen muc dich su dung dat len tho cu', expect: ['1.013949', '1.013823'], who: 'young' },
  { q: 'Tôi muốn thế chấp sổ đỏ để vay ngân hàng cho con đi học, đăng ký thế chấp ở đâu ạ?', expect: ['1.011441'], who: 'elderly' },
  { q: 'dem so do the chap vay von ngan hang, dang ky o dau', expect: ['1.011441'], who: 'rural' },
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' },
  { q: 'Tôi trả hết nợ ngân hàng rồi, giờ muốn xóa thế chấp trên sổ đỏ thì làm thủ tục gì?', expect: ['1.011443'], who: 'elderly' },
  { q: 'tra no xong roi, xoa the chap so do sao', expect: ['1.011443'], who: 'rural' },
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' },
  { q: 'Tôi muốn xây căn nhà hai tầng trên đất thổ cư của mình, có phải xin giấy phép xây dựng không, xin ở đâu?', expect: ['1.013225'], who: 'elderly' },
  { q: 'cat nha cap 4 o que co can xin phep xay dung ko', expect: ['1.013225'], who: 'rural' },
  { q: 'xin gpxd nha o rieng le', expect: ['1.013225'], who: 'young' },
  { q: 'Nhà bên cạnh lấn sang đất nhà tôi cả mét, tôi muốn gửi đơn ra xã giải quyết tranh chấp thì làm thế nào?', expect: ['1.012812', '1.013967', '1.012805'], who: 'elderly' },
  { q: 'hang xom lan ranh dat, muon thua ra xa giai quyet', expect: ['1.012812', '1.013967', '1.012805'], who: 'rural' },
  { q: 'giai quyet tranh chap dat dai', expect: ['1.012812', '1.013967', '1.012805'], who: 'young' },
  { q: 'Đất ruộng nhà tôi giao từ năm 1993 nay hết hạn sử dụng, có phải làm thủ tục gia hạn không ạ?', expect: ['1.013947', '1.013949', '1.013823'], who: 'elderly' },
  { q: 'dat ruong het han su dung roi, gia han sao', expect: ['1.013947', '1.013949', '1.013823'], who: 'rural' },
  { q: 'gia han su dung dat nong nghiep', expect: ['1.013947', '1.013949', '1.013823'], who: 'young' },
  { q: 'Cuốn sổ đỏ nhà tôi cấp từ lâu đã rách nát, mờ chữ, tôi muốn đổi sang sổ mới thì làm sao?', expect: ['1.012783'], who: 'elderly' },
  { q: 'so do cu bi rach, doi so moi dc ko', expect: ['1.012783'], who: 'rural' },
  { q: 'cap doi so do', expect: ['1.012783'], who: 'young' },
  { q: 'Con trai tôi là công nhân, thu nhập thấp, muốn mua nhà ở xã hội thì cần xác nhận những gì?', expect: ['1.014632'], who: 'elderly' },
  { q: 'cong nhan muon mua nha o xa hoi xin giay xac nhan o dau', expect: ['1.014632'], who: 'rural' },
  { q: 'xac nhan dieu kien mua noxh', expect: ['1.014632'], who: 'young' },
  // Residence and identity papers
  { q: 'Con dâu tôi về làm dâu đã lâu, giờ muốn nhập hộ khẩu về nhà chồng thì cần giấy tờ gì ạ?', expect: ['1.004222'], who: 'elderly' },
  { q: 'vo toi muon nhap ho khau ve nha toi thi lam sao', expect: ['1.004222'], who: 'rural' },
  { q: 'dk thuong tru cho vo', expect: ['1.004222'], who: 'young' },
  { q: 'Nhà tôi có mấy cháu sinh viên thuê trọ, chủ nhà phải đi đăng ký tạm trú cho các cháu ở đâu?', expect: ['1.004194'], who: 'elderly' },
  { q: 'toi di lam cty o binh duong, dang ky tam tru sao', expect: ['1.004194'], who: 'rural' },
  { q: 'dang ky tam tru online', expect: ['1.004194'], who: 'young' },
  { q: 'Tôi cần giấy xác nhận nơi cư trú để làm hồ sơ cho cháu đi học, bây giờ không còn sổ hộ khẩu thì xin ở đâu?', expect: ['1.010041'], who: 'elderly' },
  { q: 'xin giay xac nhan cu tru ct07 o mo', expect: ['1.010041'], who: 'rural' },
  { q: 'xin ct07', expect: ['1.010041'], who: 'young' },
  { q: 'Ông nhà tôi mất rồi, có phải đi xóa tên ông trong hộ khẩu không ạ?', expect: ['1.003197'], who: 'elderly' },
  { q: 'ba toi mat roi, xoa ten trong ho khau sao', expect: ['1.003197'], who: 'rural' },
  { q: 'xoa dang ky thuong tru nguoi mat', expect: ['1.003197'], who: 'young' },
  { q: 'Tôi đi vào Nam chăm con ốm mấy tháng, có phải khai báo tạm vắng với công an không?', expect: ['1.003677'], who: 'elderly' },
  { q: 'toi di lam xa vai thang, khai bao tam vang o dau', expect: ['1.003677'], who: 'rural' },
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' },
  { q: 'Cháu nội tôi mới lên lớp sáu, có phải làm căn cước cho cháu không, làm ở đâu ạ?', expect: ['1.014062', '1.012549', '1.012543'], who: 'elderly' },
  { q: 'lam can cuoc cho con nho duoi 14 tuoi o dau', expect: ['1.014062', '1.012549', '1.012543'], who: 'rural' },
  { q: 'lam cccd cho tre em', expect: ['1.014062', '1.012549', '1.012543', '1.014061', '2.000200', '1.001247'], who: 'young' },
  { q: 'Tôi đánh rơi mất chứng minh thư rồi, giờ làm lại căn cước thì có mất tiền không?', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'lam mat cccd roi, xin cap lai sao', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'cap lai cccd bi mat', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  { q: 'Tôi muốn làm hộ chiếu để sang Úc thăm con, làm ở đâu và mất bao lâu ạ?', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam passport di han quoc o dau', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'lam ho chieu online', expect: ['1.001456', '1.001471'], who: 'young' },
  { q: 'Cán bộ bảo tôi phải kích hoạt tài khoản định danh điện tử mức hai, tôi già rồi không biết làm thì ra đâu nhờ?', expect: ['3.000228'], who: 'elderly' },
  { q: 'dang ky dinh danh dien tu muc 2 o dau', expect: ['3.000228'], who: 'rural' },
  { q: 'kich hoat vneid muc 2', expect: ['3.000228'], who: 'young' },
  // Household business and companies
  { q: 'Tôi muốn mở quầy tạp hóa nhỏ trước nhà, có phải đăng ký kinh doanh không, đăng ký ở đâu?', expect: ['1.001612'], who: 'elderly' },
  { q: 'mo tiem tap hoa nho co can dang ky kinh doanh ko', expect: ['1.001612'], who: 'rural' },
  { q: 'dk hkd', expect: ['1.001612'], who: 'young' },
  { q: 'Cửa hàng của tôi chuyển sang địa chỉ mới, giấy đăng ký hộ kinh doanh có phải thay đổi không?', expect: ['2.000720'], who: 'elderly' },
  { q: 'doi dia chi quan an thi sua giay phep kinh doanh sao', expect: ['2.000720'], who: 'rural' },
  { q: 'thay doi thong tin hkd', expect: ['2.000720', '1.014034'], who: 'young' },
  { q: 'Tôi già yếu không buôn bán được nữa, muốn đóng cửa hàng, trả lại giấy phép kinh doanh thì làm thủ tục gì?', expect: ['1.001266'], who: 'elderly' },
  { q: 'nghi ban roi, dong giay phep kinh doanh ho sao', expect: ['1.001266'], who: 'rural' },
  { q: 'cham dut hkd', expect: ['1.001266'], who: 'young' },
  { q: 'Con trai tôi muốn thành lập công ty trách nhiệm hữu hạn, nộp hồ sơ ở đâu, bao lâu thì có giấy?', expect: ['2.001583', '2.001199'], who: 'elderly' },
  { q: 'muon mo cong ty tnhh thi lam giay to o dau', expect: ['2.001583', '2.001199'], who: 'rural' },
  { q: 'thanh lap cty tnhh 1 thanh vien', expect: ['2.001583'], who: 'young' },
  { q: 'Bà con trong thôn muốn cùng nhau thành lập hợp tác xã nuôi bò, đăng ký ở đâu ạ?', expect: ['1.005280'], who: 'elderly' },
  { q: 'may ho trong ap muon lap hop tac xa trong rau, dang ky sao', expect: ['1.005280'], who: 'rural' },
  { q: 'dang ky thanh lap htx', expect: ['1.005280'], who: 'young' },
  // Vehicles and driving
  { q: 'Tôi vừa mua chiếc xe máy mới cho cháu, đăng ký biển số ở đâu, có làm ở xã được không?', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'mua xe may moi, di bam bien so o dau', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'dk xe may moi mua', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  { q: 'Tôi mua lại chiếc xe máy cũ của người hàng xóm, giờ muốn sang tên chính chủ thì làm sao?', expect: ['1.013076'], who: 'elderly' },
  { q: 'mua xe cu roi, sang ten xe chinh chu sao', expect: ['1.013076'], who: 'rural' },
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'young' },
  { q: 'Bằng lái xe ô tô của tôi sắp hết hạn, đi đổi bằng ở đâu, cần những gì ạ?', expect: ['3.000347'], who: 'elderly' },
  { q: 'bang lai oto het han roi, doi o dau z', expect: ['3.000347'], who: 'rural' },
  { q: 'doi gplx het han online', expect: ['3.000347'], who: 'young' },
  { q: 'Tôi đánh mất bằng lái xe máy rồi, giờ xin cấp lại có phải thi lại không?', expect: ['3.000348'], who: 'elderly' },
  { q: 'mat bang lai xe may, cap lai sao', expect: ['3.000348'], who: 'rural' },
  { q: 'cap lai gplx bi mat', expect: ['3.000348'], who: 'young' },
  { q: 'Chiếc xe máy cũ nhà tôi hỏng nát không đi được nữa, muốn làm thủ tục thu hồi đăng ký biển số thì ra đâu?', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'xe cu hu bo di roi, tra bien so sao', expect: ['1.013123', '1.013065'], who: 'rural' },
  { q: 'thu hoi dang ky bien so xe', expect: ['1.013123', '1.013065'], who: 'young' },
  { q: 'Nhà tôi có chiếc ghe chở hàng trên sông, có phải đăng ký phương tiện thủy không, đăng ký ở đâu ạ?', expect: ['1.004047'], who: 'elderly' },
  { q: 'ghe cho hang tren song co phai dang ky ko', expect: ['1.004047'], who: 'rural' },
  { q: 'dang ky phuong tien thuy noi dia', expect: ['1.004047', '1.004088'], who: 'young' },
  // Social and health insurance, welfare
  { q: 'Cả nhà tôi làm ruộng, không có bảo hiểm y tế, muốn mua bảo hiểm y tế theo hộ gia đình thì đăng ký ở đâu?', expect: ['1.001939'], who: 'elderly' },
  { q: 'mua bao hiem y te cho ca nha o dau', expect: ['1.001939'], who: 'rural' },
  { q: 'mua bhyt ho gia dinh', expect: ['1.001939'], who: 'young' },
  { q: 'Con dâu tôi đi làm công ty có đóng bảo hiểm, vừa sinh cháu, làm chế độ thai sản thế nào ạ?', expect: ['2.000693'], who: 'elderly' },
  { q: 'vo toi moi sanh, lanh tien thai san sao', expect: ['2.000693'], who: 'rural' },
  { q: 'huong che do thai san', expect: ['2.000693'], who: 'young' },
  { q: 'Tôi nghỉ làm công nhân đã hơn một năm, muốn rút bảo hiểm xã hội một lần thì nộp hồ sơ ở đâu?', expect: ['1.001613'], who: 'elderly' },
  { q: 'nghi lam roi muon rut bao hiem xa hoi 1 lan', expect: ['1.001613'], who: 'rural' },
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'young' },
  { q: 'Bố tôi đang hưởng lương hưu thì mất, gia đình được nhận tiền mai táng phí không, làm ở đâu?', expect: ['2.000821'], who: 'elderly' },
  { q: 'ba toi an luong huu mat roi, lanh tien mai tang sao', expect: ['2.000821'], who: 'rural' },
  { q: 'tro cap mai tang bhxh', expect: ['2.000821'], who: 'young' },
  { q: 'Tôi buôn bán tự do, muốn tham gia bảo hiểm xã hội tự nguyện để sau này có lương hưu thì đăng ký ở đâu?', expect: ['1.002179'], who: 'elderly' },
  { q: 'dong bao hiem xa hoi tu nguyen o dau', expect: ['1.002179'], who: 'rural' },
  { q: 'dk bhxh tu nguyen', expect: ['1.002179'], who: 'young' },
  { q: 'Thẻ bảo hiểm y tế của tôi bị mất, giờ đi khám bệnh thì xin cấp lại thẻ ở đâu?', expect: ['1.002759'], who: 'elderly' },
  { q: 'the bhyt bi mat roi, xin lai ntn', expect: ['1.002759'], who: 'rural' },
  { q: 'cap lai the bhyt', expect: ['1.002759'], who: 'young' },
  { q: 'Nhà tôi khó khăn lắm, muốn được xét vào hộ nghèo thì làm đơn gửi ai ạ?', expect: ['1.011606', '1.011607'], who: 'elderly' },
  { q: 'xin xet ho ngheo cho nha toi', expect: ['1.011606', '1.011607'], who: 'rural' },
  { q: 'xac nhan ho ngheo', expect: ['1.011606', '1.011607'], who: 'young' },
  // Farming, forestry and fisheries
  { q: 'Tôi mới đóng chiếc tàu cá để đi biển, cần đăng ký tàu và xin giấy phép khai thác ở đâu ạ?', expect: ['1.003650', '1.004359'], who: 'elderly' },
  { q: 'dong ghe moi di bien, dang ky tau ca sao', expect: ['1.003650'], who: 'rural' },
  { q: 'dk tau ca + giay phep khai thac thuy san', expect: ['1.003650', '1.004359'], who: 'young' },
  { q: 'Đàn lợn nhà tôi bị dịch tả lợn châu Phi phải tiêu hủy hết, có được nhà nước hỗ trợ không?', expect: ['1.013997'], who: 'elderly' },
  { q: 'heo bi dich ta chau phi chet het, xin ho tro o dau', expect: ['1.013997'], who: 'rural' },
  { q: 'ho tro thiet hai dich benh vat nuoi', expect: ['1.013997'], who: 'young' },
  { q: 'Nhà tôi trồng rừng keo đến kỳ khai thác, bán gỗ thì có phải làm giấy tờ gì ở xã không?', expect: ['1.000045'], who: 'elderly' },
  { q: 'khai thac keo rung trong de ban can giay gi', expect: ['1.000045'], who: 'rural' },
  { q: 'thu tuc khai thac go rung trong', expect: ['1.000045'], who: 'young' },
  { q: 'Tôi muốn chở một xe lợn sang tỉnh khác bán, có phải xin giấy kiểm dịch không, xin ở đâu?', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho heo qua tinh khac ban, xin kiem dich o dau', expect: ['1.002338'], who: 'rural' },
  { q: 'kiem dich dong vat van chuyen ra khoi tinh', expect: ['1.002338'], who: 'young' },
  { q: 'Tôi muốn mở cửa hàng bán thuốc bảo vệ thực vật cho bà con, cần xin giấy chứng nhận đủ điều kiện gì?', expect: ['1.004363'], who: 'elderly' },
  { q: 'mo tiem ban thuoc sau thuoc co can giay phep j', expect: ['1.004363'], who: 'rural' },
  { q: 'giay chung nhan du dieu kien buon ban thuoc bvtv', expect: ['1.004363'], who: 'young' },
  // Taxes and justice
  { q: 'Năm ngoái tôi làm hai nơi, nay phải tự quyết toán thuế thu nhập cá nhân thì nộp ở đâu ạ?', expect: ['2.002233'], who: 'elderly' },
  { q: 'quyet toan thue thu nhap ca nhan sao, dc hoan thue ko', expect: ['2.002233'], who: 'rural' },
  { q: 'quyet toan thue tncn online', expect: ['2.002233'], who: 'young' },
  { q: 'Tôi chưa có mã số thuế cá nhân, giờ đăng ký mã số thuế ở đâu ạ?', expect: ['1.008498'], who: 'elderly' },
  { q: 'dang ky ma so thue ca nhan o dau', expect: ['1.008498'], who: 'rural' },
  { q: 'dk mst ca nhan', expect: ['1.008498'], who: 'young' },
  { q: 'Cháu tôi đi xuất khẩu lao động cần phiếu lý lịch tư pháp, xin ở đâu và mất mấy ngày?', expect: ['3.000333'], who: 'elderly' },
  { q: 'xin ly lich tu phap di lam o dau', expect: ['3.000333'], who: 'rural' },
  { q: 'lam phieu ltp so 1 online', expect: ['3.000333'], who: 'young' },
  { q: 'Nhà tôi nghèo, bị người ta kiện, muốn nhờ nhà nước trợ giúp pháp lý miễn phí thì xin ở đâu?', expect: ['2.000829'], who: 'elderly' },
  { q: 'nha ngheo bi kien, xin luat su mien phi o dau', expect: ['2.000829'], who: 'rural' },
  { q: 'yeu cau tro giup phap ly', expect: ['2.000829'], who: 'young' },
];

/** Needs the crawl has no procedure for (see the header): kept to check that search says so, never scored as hits. */
export const TWENTIETH_NO_ANSWER: readonly CitizenQuery[] = [
  // Civil status and certification
  { q: 'Cháu nhà tôi đã phẫu thuật chuyển đổi giới tính ở bệnh viện, giờ muốn sửa lại giới tính trên giấy khai sinh thì làm thế nào?', expect: [], who: 'elderly' },
  { q: 'con toi phau thuat xong roi, muon sua gioi tinh trong khai sanh', expect: [], who: 'rural' },
  { q: 'update gioi tinh tren giay to sau phau thuat', expect: [], who: 'young' },
  // Household business and companies
  { q: 'Tôi bán tạp hóa, muốn bán thêm rượu bia thì có phải xin giấy phép bán lẻ rượu không?', expect: [], who: 'elderly' },
  { q: 'ban ruou le o tiem co can giay phep ko', expect: [], who: 'rural' },
  { q: 'giay phep ban le ruou', expect: [], who: 'young' },
  // Social and health insurance, welfare
  { q: 'Mẹ tôi năm nay tròn tám mươi tuổi, nghe nói được nhận trợ cấp người cao tuổi, đăng ký ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'ba noi tren 80 tuoi lanh tien tro cap sao', expect: [], who: 'rural' },
  { q: 'tro cap xa hoi nguoi cao tuoi', expect: [], who: 'young' },
  { q: 'Anh trai tôi là liệt sĩ, tôi là người thờ cúng, muốn được nhận trợ cấp thờ cúng liệt sĩ thì làm thế nào?', expect: [], who: 'elderly' },
  { q: 'toi tho cung liet si, lanh tien tho cung sao', expect: [], who: 'rural' },
  { q: 'tro cap tho cung liet si', expect: [], who: 'young' },
  { q: 'Cháu tôi bị khuyết tật từ nhỏ, muốn xin giấy xác nhận khuyết tật để hưởng trợ cấp thì làm ở đâu?', expect: [], who: 'elderly' },
  { q: 'con toi bi tat, xin giay xac nhan khuyet tat', expect: [], who: 'rural' },
  { q: 'cap giay xac nhan khuyet tat', expect: [], who: 'young' },
  // Farming, forestry and fisheries
  { q: 'Trận lũ vừa rồi làm ngập hết ruộng lúa nhà tôi, làm đơn xin hỗ trợ thiệt hại ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'lua bi bao lu hu het, xin ho tro thien tai', expect: [], who: 'rural' },
  { q: 'ho tro thiet hai cay trong do thien tai', expect: [], who: 'young' },
  // Education, culture and labour
  { q: 'Con tôi chuyển nhà về quê, muốn xin chuyển trường cho cháu đang học cấp hai thì làm thế nào?', expect: [], who: 'elderly' },
  { q: 'xin chuyen truong cho con ve que hoc', expect: [], who: 'rural' },
  { q: 'thu tuc chuyen truong thcs', expect: [], who: 'young' },
  { q: 'Tôi làm mất bằng tốt nghiệp cấp ba từ lâu, giờ xin cấp bản sao ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'mat bang tot nghiep cap 3, xin lai ban sao', expect: [], who: 'rural' },
  { q: 'cap ban sao bang tot nghiep thpt', expect: [], who: 'young' },
  { q: 'Nhà tôi thuộc hộ nghèo, con đi học có được miễn giảm học phí không, làm đơn ở đâu?', expect: [], who: 'elderly' },
  { q: 'xin mien hoc phi cho con nha ngheo', expect: [], who: 'rural' },
  { q: 'mien giam hoc phi', expect: [], who: 'young' },
  { q: 'Tôi muốn mở quán karaoke ở thị trấn, xin giấy phép kinh doanh karaoke ở đâu?', expect: [], who: 'elderly' },
  { q: 'mo quan karaoke can giay phep gi', expect: [], who: 'rural' },
  { q: 'giay phep kinh doanh karaoke', expect: [], who: 'young' },
  { q: 'Làng tôi muốn tổ chức lễ hội đình vào tháng Giêng, có phải đăng ký với xã không ạ?', expect: [], who: 'elderly' },
  { q: 'ap to chuc le hoi cung dinh co can dang ky ko', expect: [], who: 'rural' },
  { q: 'dang ky to chuc le hoi', expect: [], who: 'young' },
  { q: 'Con tôi bị công ty cho nghỉ việc, nghe nói được hưởng trợ cấp thất nghiệp, nộp hồ sơ ở đâu?', expect: [], who: 'elderly' },
  { q: 'bi cty cho nghi viec, lanh tien that nghiep o dau', expect: [], who: 'rural' },
  { q: 'huong tro cap that nghiep', expect: [], who: 'young' },
  { q: 'Xưởng của tôi thuê một kỹ sư người Trung Quốc, phải xin giấy phép lao động cho anh ấy ở đâu?', expect: [], who: 'elderly' },
  { q: 'thue tho nuoc ngoai lam co can giay phep lao dong ko', expect: [], who: 'rural' },
  { q: 'xin work permit cho nguoi nuoc ngoai', expect: [], who: 'young' },
  // Needs guessed before labelling to lie outside a national procedure catalogue
  { q: 'Đèn đường trước ngõ nhà tôi hỏng cả tháng nay, tôi báo ai để người ta sửa ạ?', expect: [], who: 'elderly' },
  { q: 'den duong truoc hem hu lau roi, bao ai sua', expect: [], who: 'rural' },
  { q: 'bao hong den duong', expect: [], who: 'young' },
  { q: 'Nhà tôi mới xây, muốn kéo điện về và lắp công tơ điện thì đăng ký ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'nha moi cat xong muon keo dien lap dong ho dien', expect: [], who: 'rural' },
  { q: 'dang ky lap dat cong to dien moi', expect: [], who: 'young' },
  { q: 'Nhà hàng xóm hát karaoke đến nửa đêm, tôi già yếu mất ngủ, phản ánh với ai được ạ?', expect: [], who: 'elderly' },
  { q: 'hang xom hat karaoke toi khuya on qua, thua o dau', expect: [], who: 'rural' },
  { q: 'phan anh tieng on hang xom', expect: [], who: 'young' },
  { q: 'Gia đình tôi muốn xin một suất đất ở nghĩa trang của xã để an táng bố, xin ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'xin dat o nghia dia de chon ba toi', expect: [], who: 'rural' },
  { q: 'dang ky mo phan nghia trang', expect: [], who: 'young' },
  { q: 'Cháu nội tôi mới sinh, muốn đăng ký tiêm chủng cho cháu thì đến trạm y tế hay ủy ban ạ?', expect: [], who: 'elderly' },
  { q: 'dang ky chich ngua cho con nho o dau', expect: [], who: 'rural' },
  { q: 'lich tiem chung cho be', expect: [], who: 'young' },
  { q: 'Cháu trai tôi vừa đủ mười tám tuổi, đăng ký nghĩa vụ quân sự ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'thang con du 18 tuoi di dang ky nghia vu quan su o dau', expect: [], who: 'rural' },
  { q: 'dk nvqs lan dau', expect: [], who: 'young' },
  { q: 'Tôi đi chợ bị móc mất ví, trong đó có cả giấy tờ, tôi phải trình báo ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'bi moc tui mat vi, trinh bao o dau', expect: [], who: 'rural' },
  { q: 'trinh bao mat tai san', expect: [], who: 'young' },
  { q: 'Tôi muốn lên bệnh viện tỉnh khám mà vẫn được hưởng bảo hiểm, xin giấy chuyển tuyến ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'xin giay chuyen vien len tinh kham benh', expect: [], who: 'rural' },
  { q: 'xin giay chuyen tuyen bhyt', expect: [], who: 'young' },
];
