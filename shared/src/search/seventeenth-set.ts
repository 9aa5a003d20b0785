/**
 * The seventeenth blind citizen query set: text the search was never tuned on, to measure it honestly.
 *
 * How it was written:
 * - 237 queries were drafted on 2026-12-06 from 11:45 UTC, before opening the catalogue, by a writer who never saw
 *   the engine, its lexicons, tests, benches or any earlier query set (only the CitizenQuery interface: lines 1–30
 *   of dev-set.ts, which also show the first two dev queries).
 * - 79 life situations, weighted like counter volume: civil status and certification 21, land, housing and building
 *   14, residence, identity, passports and justice 11, businesses and cooperatives 6, vehicles, licences and boats 5,
 *   social insurance, health cards, merit and poverty 7, farming, forestry, environment and trades 7, plus 8 guessed
 *   to be outside the national catalogue (72–79).
 * - Three queries per situation, one per voice ("who"): elderly (full sentences, diacritics, a reason or a relative,
 *   old names such as chứng minh nhân dân, hộ khẩu, sổ đỏ, giấy giá thú), rural (no diacritics, southern and
 *   northern words, chat shorthand, a typo or two), young (short, abbreviations, a few English words).
 * - The draft was frozen before labelling: docs/search-drafts/seventeenth-draft-20261206T1147Z.txt, sha256
 *   53a80a56512b4af7be672d5e8539b289d8192ad96aa80c6412e60c47114c8484. No query was reworded or dropped after that.
 *
 * How it was labelled: by grepping names, levels and fields of server/seed/tthc/national-crawl.jsonl.gz (diacritics
 * folded) and giving each query every code a counter clerk would accept: commune, province and central variants of
 * one procedure, and combined procedures that also answer it. 188 queries have an answer; 49 whose need the catalogue
 * lacks (social protection, merit, employment, health-sector food safety, liquor licences, ordinary complaints and
 * the 8 guesses) are in SEVENTEENTH_NO_ANSWER, even where a neighbouring procedure shares words.
 *
 * Judgement calls a reader could disagree with:
 * - Birth registration for a young child (1) also accepts the two combined birth + health card (+ residence)
 *   procedures for children under 6; a child's birth with the father's name while unmarried (2) accepts only the
 *   combined birth + acknowledgement procedure.
 * - A lost birth certificate with no other detail (6, young) also accepts the register-extract copy; the elderly and
 *   rural queries say the register is gone, so only re-registration.
 * - A power of attorney (15) accepts both signature certification (a one-sided giấy ủy quyền) and certification of a
 *   property transaction (a hợp đồng ủy quyền about land).
 * - Registering inherited land (24) also accepts certifying the inheritance division, the step that precedes it.
 * - A wrong middle name "to match the căn cước" (31, elderly) also accepts the change-of-holder-details registration.
 * - A landlord declaring renters (37, elderly) also accepts the lodging notice; "cutting" a household member's
 *   residence (44, elderly and rural) also accepts permanent registration at the new home, which removes the old one.
 * - A lost chứng minh nhân dân (39, elderly) also accepts a first căn cước card, since the old card cannot be reissued.
 * - A food-safety certificate with no context (52, young) gets the agricultural food-safety certificate; the eatery
 *   queries (52, elderly and rural) are no-answer, as eateries fall under the health sector, which is missing.
 * - Harvesting one's own planted acacia (66, elderly and rural) is no-answer: the catalogue's harvesting-plan approval
 *   covers state-owned and protection forests only; the bare query (66, young) accepts it.
 * - A 500-head pig farm (67) needs an environmental registration, which the catalogue lacks; the environmental
 *   permit is for larger works, so all three are no-answer. A veteran's funeral allowance (62) is no-answer: the
 *   only merit procedures here are for the police.
 */
import type { CitizenQuery } from './dev-set';

export const SEVENTEENTH_HELDOUT: readonly CitizenQuery[] = [
  // 1 civil: late birth registration, child never registered
  { q: 'Con dâu tôi sinh cháu được ba năm rồi mà chưa đi làm giấy khai sinh, giờ làm có bị phạt không ạ', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'be nha toi 3 tuoi chua lam khai sanh gio lam tre han dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'dk khai sinh tre han cho con', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  // 2 civil: birth registration naming the father, parents not married
  { q: 'Con gái tôi có con mà chưa đăng ký kết hôn, bây giờ muốn làm giấy khai sinh có tên bố đứa nhỏ thì làm thế nào', expect: ['1.000689'], who: 'elderly' },
  { q: 'chua co hon thu ma muon lam khai sanh cho con de ten cha dzo', expect: ['1.000689'], who: 'rural' },
  { q: 'lam giay khai sinh co ten bo khi chua dk ket hon', expect: ['1.000689'], who: 'young' },
  // 3 civil: marriage registration
  { q: 'Thằng út nhà tôi sắp cưới vợ, cho tôi hỏi đi làm giấy giá thú cần những gì', expect: ['1.000894'], who: 'elderly' },
  { q: 'dang ky ket hon o xa can giay to gi v', expect: ['1.000894'], who: 'rural' },
  { q: 'thu tuc dk ket hn', expect: ['1.000894'], who: 'young' },
  // 4 civil: certificate of single status (for a loan, for marrying elsewhere)
  { q: 'Tôi cần giấy xác nhận là tôi còn độc thân để nộp hồ sơ vay tiền mua nhà, xin ở đâu ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay xac nhan doc than de cuoi vo ben tinh khac', expect: ['1.004873'], who: 'rural' },
  { q: 'xac nhan tinh trang hon nhan lam o dau', expect: ['1.004873'], who: 'young' },
  // 5 civil: death registration
  { q: 'Bà nhà tôi mới mất hôm tuần trước, gia đình cần đi báo tử cho bà thì phải mang theo giấy tờ gì', expect: ['1.000656'], who: 'elderly' },
  { q: 'ong noi moi mat lam giay bao tu o xa', expect: ['1.000656'], who: 'rural' },
  { q: 'khai tu cho ng than', expect: ['1.000656'], who: 'young' },
  // 6 civil: re-registration of birth, original certificate and register lost
  { q: 'Giấy khai sinh của tôi bị thất lạc từ hồi chiến tranh, ở xã cũ cũng không còn sổ, giờ muốn làm lại thì làm sao', expect: ['1.004884'], who: 'elderly' },
  { q: 'khai sanh hoi xua mat tieu rui so goc o xa cung hong con', expect: ['1.004884'], who: 'rural' },
  { q: 'mat giay khai sinh ban goc lam lai', expect: ['1.004884', '2.000635'], who: 'young' },
  // 7 civil: certified extract copy of birth certificate
  { q: 'Cháu tôi cần mấy bản sao giấy khai sinh để nộp hồ sơ nhập học, xin trích lục ở đây được không', expect: ['2.000635', '2.000908'], who: 'elderly' },
  { q: 'xin ban sao khai sanh tu so goc', expect: ['2.000635', '2.000908'], who: 'rural' },
  { q: 'trich luc khai sinh ban sao', expect: ['2.000635', '2.000908'], who: 'young' },
  // 8 civil: change a child's given name
  { q: 'Hồi trước đặt tên cho cháu trùng tên ông nội nên nay gia đình muốn đổi tên cho cháu, có được không ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'muon doi ten cho thang nho ten cu xau qua', expect: ['1.004859'], who: 'rural' },
  { q: 'doi ten trong giay ks', expect: ['1.004859'], who: 'young' },
  // 9 civil: correct a wrong date of birth in the civil record
  { q: 'Giấy khai sinh của tôi ghi sai năm sinh so với chứng minh nhân dân, giờ muốn sửa lại cho khớp', expect: ['1.004859'], who: 'elderly' },
  { q: 'ngay sinh trong khai sanh ghi sai sua lai sao', expect: ['1.004859'], who: 'rural' },
  { q: 'sua sai ngay sinh tren giay ks', expect: ['1.004859'], who: 'young' },
  // 10 civil: father acknowledges a child already registered
  { q: 'Con trai tôi muốn nhận đứa con riêng của nó là con ruột, làm thủ tục ở đâu thưa anh chị', expect: ['1.001022'], who: 'elderly' },
  { q: 'lam giay nhan con cho con rieng', expect: ['1.001022'], who: 'rural' },
  { q: 'thu tuc nhan cha con', expect: ['1.001022'], who: 'young' },
  // 11 civil: guardianship for an orphaned grandchild
  { q: 'Cha mẹ cháu đều mất cả, tôi là bà ngoại muốn đứng ra làm người giám hộ cho cháu thì phải làm sao', expect: ['1.004837'], who: 'elderly' },
  { q: 'ba ngoai nuoi chau mo coi muon dung ten giam ho', expect: ['1.004837'], who: 'rural' },
  { q: 'dk giam ho cho tre mo coi', expect: ['1.004837'], who: 'young' },
  // 12 civil: marriage with a foreigner
  { q: 'Con gái tôi lấy chồng người Hàn Quốc, muốn làm giấy đăng ký kết hôn ở Việt Nam thì nộp ở đâu', expect: ['2.000806'], who: 'elderly' },
  { q: 'cuoi chong dai loan lam giay to ket hon o dau', expect: ['2.000806'], who: 'rural' },
  { q: 'ket hon voi nguoi nuoc ngoai', expect: ['2.000806'], who: 'young' },
  // 13 certification: certified copy from the original
  { q: 'Tôi muốn sao y mấy cuốn sổ, giấy tờ nhà có đóng dấu để nộp cho ngân hàng', expect: ['2.000815'], who: 'elderly' },
  { q: 'photo cong chung giay to o xa dc ko', expect: ['2.000815'], who: 'rural' },
  { q: 'cong chung ban sao cccd', expect: ['2.000815'], who: 'young' },
  // 14 certification: certify a signature
  { q: 'Tôi có tờ giấy cam kết cần xác nhận chữ ký, tôi ký trước mặt cán bộ có được không', expect: ['2.000884'], who: 'elderly' },
  { q: 'xac nhan chu ky vao don', expect: ['2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' },
  // 15 certification: power of attorney
  { q: 'Tôi già yếu đi lại khó khăn, muốn làm giấy ủy quyền cho con trai đi làm giấy tờ đất thay tôi', expect: ['2.000884', '2.001035'], who: 'elderly' },
  { q: 'lam giay uy quyen cho con di lam so do thay', expect: ['2.000884', '2.001035'], who: 'rural' },
  { q: 'hop dong uy quyen chung thuc o dau', expect: ['2.000884', '2.001035'], who: 'young' },
  // 16 certification: agreement dividing an inheritance
  { q: 'Bố mẹ tôi mất không để lại di chúc, anh em chúng tôi đã thỏa thuận chia đất, giờ cần chứng thực văn bản đó', expect: ['2.001406'], who: 'elderly' },
  { q: 'anh em chia dat cua cha me de lai lam giay thoa thuan', expect: ['2.001406'], who: 'rural' },
  { q: 'van ban thoa thuan phan chia di san', expect: ['2.001406'], who: 'young' },
  // 17 certification: make a will
  { q: 'Tôi tuổi đã cao muốn làm tờ di chúc để lại nhà cho đứa con út, xã có chứng cho không', expect: ['2.001019'], who: 'elderly' },
  { q: 'lam di chuc de lai dat cho con', expect: ['2.001019'], who: 'rural' },
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' },
  // 18 civil: change a child's ethnicity to the mother's
  { q: 'Vợ tôi người Tày, tôi người Kinh, giờ con muốn đổi sang dân tộc của mẹ thì làm thế nào', expect: ['1.004859'], who: 'elderly' },
  { q: 'doi dan toc cho con theo me', expect: ['1.004859'], who: 'rural' },
  { q: 'xac dinh lai dan toc', expect: ['1.004859'], who: 'young' },
  // 19 civil: record a divorce granted abroad
  { q: 'Tôi đã ly hôn bên Mỹ, nay về nước muốn lấy vợ mới thì có phải ghi vào sổ ở Việt Nam việc ly hôn ấy không', expect: ['2.000554'], who: 'elderly' },
  { q: 'ly di ben nuoc ngoai ve vn ghi so', expect: ['2.000554'], who: 'rural' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: ['2.000554'], who: 'young' },
  // 20 certification: certify a translation
  { q: 'Tôi có bằng cấp bằng tiếng Anh cần dịch ra tiếng Việt có xác nhận để nộp xin việc', expect: ['2.000992', '2.001008'], who: 'elderly' },
  { q: 'dich giay to tieng anh co dong moc', expect: ['2.000992', '2.001008'], who: 'rural' },
  { q: 'chung thuc ban dich', expect: ['2.000992', '2.001008'], who: 'young' },
  // 21 civil: re-registration of marriage, certificate burnt
  { q: 'Giấy đăng ký kết hôn của vợ chồng tôi từ năm tám mươi mấy bị cháy mất rồi, giờ xin làm lại được không', expect: ['1.004746'], who: 'elderly' },
  { q: 'giay hon thu bi chay mat lam lai', expect: ['1.004746'], who: 'rural' },
  { q: 'dk lai ket hon', expect: ['1.004746'], who: 'young' },
  // 22 land: first-time land-use certificate
  { q: 'Mảnh đất ông bà để lại gia đình ở từ năm bảy lăm đến giờ mà chưa có sổ đỏ, nay muốn làm sổ', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat o lau roi chua co so do muon xin cap so', expect: ['1.013978'], who: 'rural' },
  { q: 'cap so do lan dau', expect: ['1.013978'], who: 'young' },
  // 23 land: register transfer after buying a plot
  { q: 'Tôi mới mua lô đất của ông hàng xóm, hợp đồng công chứng rồi, giờ đi sang tên sổ đỏ nộp ở đâu', expect: ['1.013831'], who: 'elderly' },
  { q: 'mua dat roi sang ten so do o dau', expect: ['1.013831'], who: 'rural' },
  { q: 'sang ten so hong nha dat', expect: ['1.013831'], who: 'young' },
  // 24 land: register inherited house and land
  { q: 'Ba tôi mất để lại căn nhà đứng tên ông, giờ mấy chị em muốn sang tên cho người em út đứng tên', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'dat cha de lai sang ten cho con', expect: ['1.013831', '2.001406'], who: 'rural' },
  { q: 'sang ten so do thua ke', expect: ['1.013831', '2.001406'], who: 'young' },
  // 25 land: reissue a lost land certificate
  { q: 'Nhà tôi bị lũ cuốn mất cái sổ đỏ rồi, giờ xin cấp lại thì phải làm sao', expect: ['1.012786'], who: 'elderly' },
  { q: 'mat so do xin cap lai', expect: ['1.012786'], who: 'rural' },
  { q: 'mat so hong lam lai', expect: ['1.012786'], who: 'young' },
  // 26 land: split a plot between children
  { q: 'Tôi có mảnh đất muốn cắt ra cho hai đứa con mỗi đứa một phần, làm tách sổ thế nào', expect: ['1.012784'], who: 'elderly' },
  { q: 'tach thua dat chia cho con', expect: ['1.012784'], who: 'rural' },
  { q: 'tach so do', expect: ['1.012784'], who: 'young' },
  // 27 land: change garden land to residential land
  { q: 'Đất vườn nhà tôi muốn lên thổ cư để cất nhà cho con, thủ tục ra sao và đóng tiền bao nhiêu', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat vuon len tho cu', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyen muc dich su dung dat len dat o', expect: ['1.013949', '1.013823'], who: 'young' },
  // 28 building: construction permit for a house
  { q: 'Nhà tôi định đập nhà cũ xây lại hai tầng, có phải xin giấy phép xây dựng không', expect: ['1.013225'], who: 'elderly' },
  { q: 'xin phep cat nha moi', expect: ['1.013225'], who: 'rural' },
  { q: 'giay phep xay dung nha o', expect: ['1.013225'], who: 'young' },
  // 29 land: register a mortgage to borrow from a bank
  { q: 'Tôi muốn lấy sổ đỏ thế chấp ngân hàng vay ít vốn làm ăn, phải đăng ký ở đâu', expect: ['1.011441'], who: 'elderly' },
  { q: 'the chap so do vay ngan hang', expect: ['1.011441'], who: 'rural' },
  { q: 'dk the chap qsdd', expect: ['1.011441'], who: 'young' },
  // 30 land: boundary dispute with a neighbour
  { q: 'Nhà bên cạnh lấn sang đất nhà tôi gần một mét, tôi muốn xã đứng ra hòa giải', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'hang xom lan ranh dat muon xa giai quyet', expect: ['1.012812', '1.013967'], who: 'rural' },
  { q: 'tranh chap dat dai voi hang xom', expect: ['1.012812', '1.013967'], who: 'young' },
  // 31 land: correct an error on the land certificate
  { q: 'Sổ đỏ nhà tôi ghi sai tên đệm của tôi, giờ muốn sửa cho đúng với căn cước', expect: ['1.012790', '1.012796', '1.013833'], who: 'elderly' },
  { q: 'so do ghi sai ten sua lai', expect: ['1.012790', '1.012796'], who: 'rural' },
  { q: 'dinh chinh so do sai thong tin', expect: ['1.012790', '1.012796'], who: 'young' },
  // 32 land: extend the term of farmland use
  { q: 'Ruộng nhà tôi được giao từ năm chín ba, sổ ghi thời hạn đã hết, giờ có phải làm gia hạn không', expect: ['1.013947', '1.013949', '1.013823'], who: 'elderly' },
  { q: 'dat ruong het han su dung gia han', expect: ['1.013947', '1.013949', '1.013823'], who: 'rural' },
  { q: 'gia han dat nong nghiep', expect: ['1.013947', '1.013949', '1.013823'], who: 'young' },
  // 33 land: merge two adjoining plots
  { q: 'Tôi có hai thửa liền nhau, muốn gộp lại làm một sổ cho tiện', expect: ['1.012784'], who: 'elderly' },
  { q: 'gop 2 so do lam 1', expect: ['1.012784'], who: 'rural' },
  { q: 'hop thua dat', expect: ['1.012784'], who: 'young' },
  // 34 building: repair or renovate a house
  { q: 'Tôi muốn sửa lại mái nhà và nâng nền, có cần xin phép gì không', expect: ['1.013229'], who: 'elderly' },
  { q: 'sua nha co can xin phep ko', expect: ['1.013229'], who: 'rural' },
  { q: 'xin phep sua chua nha', expect: ['1.013229'], who: 'young' },
  // 35 land: delete a mortgage after repaying the loan
  { q: 'Tôi đã trả hết nợ ngân hàng, giờ muốn xóa thế chấp để lấy sổ đỏ về', expect: ['1.011443'], who: 'elderly' },
  { q: 'tra no xong roi xoa the chap', expect: ['1.011443'], who: 'rural' },
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' },
  // 36 residence: register permanent residence at a relative's home
  { q: 'Tôi mới về ở với con trai, muốn nhập hộ khẩu vào nhà nó thì phải làm gì', expect: ['1.004222'], who: 'elderly' },
  { q: 'nhap ho khau ve nha chong', expect: ['1.004222'], who: 'rural' },
  { q: 'dk thuong tru', expect: ['1.004222'], who: 'young' },
  // 37 residence: temporary residence for renters
  { q: 'Tôi có mấy phòng trọ cho công nhân thuê, phải khai báo tạm trú cho họ thế nào', expect: ['1.004194', '2.001159'], who: 'elderly' },
  { q: 'dang ky tam tru cho nguoi o tro', expect: ['1.004194'], who: 'rural' },
  { q: 'dk tam tru online', expect: ['1.004194'], who: 'young' },
  // 38 identity: first identity card for a teenager
  { q: 'Cháu nội tôi đủ mười bốn tuổi rồi, đi làm chứng minh nhân dân cho cháu ở đâu', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' },
  { q: 'lam can cuoc cho con 14 tuoi', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'lam cccd lan dau', expect: ['1.014061', '2.000200', '1.001247', '1.014062', '1.012549', '1.012543'], who: 'young' },
  // 39 identity: reissue a lost identity card
  { q: 'Tôi đi chợ bị móc túi mất cả chứng minh nhân dân, giờ làm lại cái mới thế nào', expect: ['1.014064', '2.001194', '1.000757', '1.014061', '2.000200', '1.001247'], who: 'elderly' },
  { q: 'mat can cuot lam lai', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'mat cccd cap lai', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  // 40 passport: first passport
  { q: 'Tôi muốn sang Úc thăm con gái, cần làm hộ chiếu thì nộp ở đâu ạ', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di xuat khau lao dong', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'lam passport', expect: ['1.001456', '1.001471'], who: 'young' },
  // 41 justice: criminal record certificate
  { q: 'Con tôi đi xuất khẩu lao động Nhật, người ta đòi giấy lý lịch tư pháp, xin ở đâu', expect: ['3.000333'], who: 'elderly' },
  { q: 'xin ly lich tu phap di nhat', expect: ['3.000333'], who: 'rural' },
  { q: 'llttp so 1', expect: ['3.000333'], who: 'young' },
  // 42 residence: declare a temporary absence
  { q: 'Tôi đi vào Nam trông cháu mấy tháng, có phải báo tạm vắng ở xã không', expect: ['1.003677'], who: 'elderly' },
  { q: 'khai bao tam vang di lam xa', expect: ['1.003677'], who: 'rural' },
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' },
  // 43 residence: confirmation of residence now the household book is gone
  { q: 'Bây giờ không còn sổ hộ khẩu nữa, con tôi nộp hồ sơ cần giấy chứng nhận hộ khẩu thì xin ở đâu', expect: ['1.010041'], who: 'elderly' },
  { q: 'xin giay xac nhan cu tru thay ho khau', expect: ['1.010041'], who: 'rural' },
  { q: 'giay xac nhan thong tin cu tru ct07', expect: ['1.010041'], who: 'young' },
  // 44 residence: remove permanent residence when moving away
  { q: 'Con gái tôi lấy chồng xa, muốn cắt hộ khẩu ở nhà tôi ra', expect: ['1.003197', '1.004222'], who: 'elderly' },
  { q: 'cat khau chuyen di', expect: ['1.003197', '1.004222'], who: 'rural' },
  { q: 'xoa thuong tru', expect: ['1.003197'], who: 'young' },
  // 45 identity: electronic ID account level 2
  { q: 'Cháu bảo tôi phải có tài khoản định danh trên điện thoại, ông già như tôi đăng ký thế nào', expect: ['3.000228'], who: 'elderly' },
  { q: 'kich hoat vneid muc 2', expect: ['3.000228'], who: 'rural' },
  { q: 'dk vneid lv2', expect: ['3.000228'], who: 'young' },
  // 46 justice: free legal aid
  { q: 'Tôi là hộ nghèo, có việc kiện tụng mà không có tiền thuê luật sư, nhà nước có giúp không', expect: ['2.000829'], who: 'elderly' },
  { q: 'xin tro giup phap ly mien phi', expect: ['2.000829'], who: 'rural' },
  { q: 'tu van luat mien phi', expect: ['2.000829'], who: 'young' },
  // 47 business: register a household business (grocery)
  { q: 'Tôi muốn mở quán tạp hóa nhỏ trước nhà, có phải làm giấy phép kinh doanh không', expect: ['1.001612'], who: 'elderly' },
  { q: 'dk kinh doanh ho ca the ban tap hoa', expect: ['1.001612'], who: 'rural' },
  { q: 'mo shop tap hoa can dk j', expect: ['1.001612'], who: 'young' },
  // 48 business: change a household business's address
  { q: 'Cửa hàng của tôi chuyển sang địa chỉ mới, giấy phép kinh doanh có phải sửa lại không', expect: ['2.000720'], who: 'elderly' },
  { q: 'doi dia chi tren giay phep kinh doanh ho ca the', expect: ['2.000720'], who: 'rural' },
  { q: 'thay doi noi dung dk hkd', expect: ['2.000720'], who: 'young' },
  // 49 business: set up a limited company
  { q: 'Con trai tôi muốn mở công ty trách nhiệm hữu hạn, nộp hồ sơ thành lập ở đâu', expect: ['2.001583', '2.001199'], who: 'elderly' },
  { q: 'mo cty tnhh can giay to gi', expect: ['2.001583', '2.001199'], who: 'rural' },
  { q: 'open cong ty tnhh', expect: ['2.001583', '2.001199'], who: 'young' },
  // 50 business: set up a cooperative
  { q: 'Mấy hộ trong xóm muốn góp nhau lập hợp tác xã nuôi tôm, đăng ký ở đâu ạ', expect: ['1.005280'], who: 'elderly' },
  { q: 'lap hop tac xa trong lua', expect: ['1.005280'], who: 'rural' },
  { q: 'dk htx', expect: ['1.005280'], who: 'young' },
  // 51 business: suspend a household business for a while
  { q: 'Tôi ốm nên muốn đóng cửa quán vài tháng, có phải báo với ai không', expect: ['1.001570'], who: 'elderly' },
  { q: 'tam nghi ban quan vai thang', expect: ['1.001570'], who: 'rural' },
  { q: 'tam ngung kinh doanh hkd', expect: ['1.001570'], who: 'young' },
  // 52 business: food safety certificate for a small eatery
  { q: 'giay atvstp', expect: ['2.001827'], who: 'young' },
  // 53 vehicle: register a new motorbike
  { q: 'Tôi mới mua chiếc xe máy cho con đi học, giờ đi đăng ký biển số ở đâu', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'bam bien so xe moi mua', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'dk xe may moi', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  // 54 vehicle: transfer ownership of a used motorbike
  { q: 'Tôi mua lại chiếc xe máy cũ của người quen, muốn sang tên cho đúng chủ thì làm thế nào', expect: ['1.013076'], who: 'elderly' },
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'rural' },
  { q: 'sang ten xe chinh chu', expect: ['1.013076'], who: 'young' },
  // 55 licence: renew an expiring driving licence
  { q: 'Bằng lái xe ô tô của tôi sắp hết hạn, đi đổi ở đâu', expect: ['3.000347'], who: 'elderly' },
  { q: 'doi bang lai xe het han', expect: ['3.000347', '3.000348'], who: 'rural' },
  { q: 'doi gplx', expect: ['3.000347'], who: 'young' },
  // 56 boats: register a new fishing boat
  { q: 'Nhà tôi đóng được chiếc tàu mới để đi biển đánh cá, cần đăng ký tàu ở đâu', expect: ['1.003650'], who: 'elderly' },
  { q: 'dang ky tau ca moi dong', expect: ['1.003650'], who: 'rural' },
  { q: 'dk tau ca', expect: ['1.003650'], who: 'young' },
  // 57 boats: register a river passenger boat
  { q: 'Tôi có chiếc đò chở khách qua sông, người ta bảo phải đăng ký phương tiện', expect: ['1.004047', '1.004088'], who: 'elderly' },
  { q: 'dang ky ghe cho khach tren song', expect: ['1.004047', '1.004088'], who: 'rural' },
  { q: 'dk phuong tien thuy noi dia', expect: ['1.004047', '1.004088'], who: 'young' },
  // 60 health insurance: reissue a lost health insurance card
  { q: 'Tôi làm mất cái thẻ bảo hiểm y tế rồi, đi khám bệnh không có thẻ, xin lại ở đâu', expect: ['1.002759'], who: 'elderly' },
  { q: 'mat the bhyt lam lai', expect: ['1.002759'], who: 'rural' },
  { q: 'cap lai the bhyt', expect: ['1.002759'], who: 'young' },
  // 61 poverty: be recognised as a poor household
  { q: 'Nhà tôi khó khăn lắm, chồng ốm liệt giường, muốn xin vào diện hộ nghèo', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'xin xet ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'dk ho can ngheo', expect: ['1.011607', '1.011606'], who: 'young' },
  // 63 social insurance: one-time withdrawal
  { q: 'Con tôi nghỉ làm công ty rồi, muốn rút tiền bảo hiểm xã hội một lần thì làm sao', expect: ['1.001613'], who: 'elderly' },
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' },
  { q: 'rut bao hiem 1 lan online', expect: ['1.001613'], who: 'young' },
  // 65 farming: quarantine for pigs sold to another province
  { q: 'Tôi bán một đàn heo cho lái buôn chở ra tỉnh khác, người ta đòi giấy kiểm dịch', expect: ['1.002338'], who: 'elderly' },
  { q: 'giay kiem dich heo van chuyen', expect: ['1.002338'], who: 'rural' },
  { q: 'kiem dich dong vat', expect: ['1.002338'], who: 'young' },
  // 66 forestry: harvest planted acacia
  { q: 'khai thac go rung trong', expect: ['1.011471', '1.011470'], who: 'young' },
  // 68 environment: permit to drill a groundwater well
  { q: 'Tôi muốn khoan giếng lấy nước ngầm tưới rẫy cà phê, có phải xin phép không', expect: ['1.001662', '1.004223'], who: 'elderly' },
  { q: 'khoan gieng nuoc ngam xin phep', expect: ['1.001662', '1.004223'], who: 'rural' },
  { q: 'giay phep khai thac nuoc duoi dat', expect: ['1.001662', '1.004223'], who: 'young' },
  // 69 trade: licence to sell pesticides
  { q: 'Tôi muốn mở cửa hàng bán thuốc trừ sâu, phân bón cho bà con trong xã', expect: ['1.004363'], who: 'elderly' },
  { q: 'mo tiem ban thuoc sau', expect: ['1.004363'], who: 'rural' },
  { q: 'giay phep ban thuoc bvtv', expect: ['1.004363'], who: 'young' },
];

/** Queries whose need the catalogue lacks; kept so a reader can see what the kiosk should decline, not scored. */
export const SEVENTEENTH_NO_ANSWER: readonly string[] = [
  // 52 business: food safety certificate for a small eatery
  'Tôi mở quán cơm bình dân, người ta bảo phải có giấy an toàn thực phẩm, xin ở đâu',
  'giay chung nhan ve sinh an toan thuc pham quan an',
  // 58 social: allowance for people over 80
  'Mẹ tôi năm nay tám mươi tuổi rồi, nghe nói được nhận tiền trợ cấp người già, làm hồ sơ ở đâu',
  'lanh tien tuoi gia 80 tuoi',
  'tro cap nguoi cao tuoi',
  // 59 social: disability certificate and allowance
  'Con tôi bị tật nguyền từ nhỏ, muốn làm giấy xác nhận khuyết tật để được hưởng trợ cấp',
  'xin tro cap cho con bi tat',
  'giay xac nhan khuyet tat',
  // 62 merit: funeral allowance when a war invalid dies
  'Bố tôi là thương binh vừa mất, gia đình có được nhận tiền mai táng không, làm giấy ở đâu',
  'tien mai tang cho thuong binh mat',
  'tro cap mai tang nguoi co cong',
  // 64 social insurance: unemployment benefit
  'Cháu tôi bị công ty cho nghỉ việc, nghe nói được hưởng trợ cấp thất nghiệp, đăng ký ở đâu',
  'lanh tro cap that nghiep',
  'huong tctn',
  // 66 forestry: harvest planted acacia
  'Nhà tôi có mấy héc ta keo trồng đã đến kỳ khai thác, có phải báo với xã không',
  'chat keo rung trong co can giay phep ko',
  // 67 environment: environmental registration for a pig farm
  'Tôi định mở trại heo khoảng năm trăm con, nghe nói phải làm giấy tờ môi trường',
  'trai heo lam dang ky moi truong',
  'dk moi truong trang trai',
  // 70 trade: licence to sell liquor
  'Quán tạp hóa nhà tôi có bán rượu bia, có cần giấy phép riêng không',
  'giay phep ban ruou',
  'gp ban le ruou',
  // 71 other: complaint against a commune decision
  'Tôi không đồng ý với quyết định của xã về việc thu hồi đất nhà tôi, muốn làm đơn khiếu nại',
  'lam don khieu nai len xa',
  'nop don khieu nai',
  // 72 guessed outside: a new electricity meter
  'Nhà tôi mới xây cần lắp công tơ điện, đăng ký với ai',
  'xin keo dien ve nha moi',
  'lap dong ho dien',
  // 73 guessed outside: enrol a child in grade 1
  'Cháu tôi năm nay vào lớp một mà hộ khẩu ở nơi khác, xin học ở trường gần nhà được không',
  'xin cho con vo lop 1',
  'tuyen sinh lop 1',
  // 74 guessed outside: child vaccination
  'Cháu tôi được hai tháng tuổi, đưa đi tiêm phòng ở đâu',
  'chich ngua cho con',
  'lich tiem vaccine cho be',
  // 75 guessed outside: re-register a phone SIM
  'Nhà mạng nhắn tin bảo phải chuẩn hóa thông tin sim, không làm thì bị khóa máy',
  'dang ky lai sim chinh chu',
  'chuan hoa thong tin thue bao',
  // 76 guessed outside: pay the electricity bill
  'Tôi muốn đóng tiền điện tháng này ở đây được không',
  'dong tien dien',
  'thanh toan hoa don dien',
  // 77 guessed outside: neighbour's karaoke noise
  'Nhà hàng xóm hát karaoke đến nửa đêm, tôi già ngủ không được, báo ai giải quyết',
  'hang xom hat karaoke on qua',
  'to cao tieng on karaoke',
  // 78 guessed outside: student loan from the social policy bank
  'Cháu tôi đỗ đại học mà nhà nghèo, muốn vay tiền ngân hàng chính sách cho cháu đi học',
  'vay von cho con di hoc dai hoc',
  'vay von sinh vien',
  // 79 guessed outside: a coach ticket home for Tet
  'Cho tôi hỏi mua vé xe khách về quê ăn Tết ở đâu',
  'mua ve xe ve que',
  'dat ve xe tet',
];
