import type { CitizenQuery } from './dev-set';

/**
 * The twenty-first blind set for procedure search: 282 citizen queries (94 life situations × three voices),
 * labelled against the national crawl (server/seed/tthc/national-crawl.jsonl.gz).
 *
 * How and when it was written (6 December 2026, UTC):
 * - 20:38: the queries were drafted from knowledge of how people talk at a commune or province centre,
 *   before any procedure name in the crawl was read, and committed unchanged as
 *   docs/search-drafts/twentyfirst-draft-20261206T2038Z.txt
 *   (sha256 cea4729faebc78b541a44f09ab28313a5323d8397c47ab9a424e80592ee2b8a4). Every q below is copied
 *   from it byte for byte; none was reworded after the catalogue was opened.
 * - Situations are weighted like a counter's volume: civil status and certification first (1–27), then land,
 *   housing and building (28–40), residence and identity (41–49), business (50–56), vehicles (57–61),
 *   insurance and welfare (62–70), farming, forestry and fisheries (71–75), education and culture (76–80),
 *   labour, taxes and justice (81–86); 87–94 are needs guessed, before labelling, to lie outside a national
 *   procedure catalogue.
 * - Voices: elderly (full sentences, diacritics, kinship terms, old names of papers, "ở đâu", "mất bao lâu"),
 *   rural (no diacritics, Southern and Central words, chat shorthand such as "ko", "dc", "j", typos and
 *   words run together), young (short, abbreviations such as cccd, gplx, hkd, bhxh, a little English).
 * - Seen: HELPERS.md, STYLE.md, DOMAIN.md, CONTRIBUTING.md, the CitizenQuery interface, the seed README, the
 *   nineteenth set's header (as a format model), the blind-sets test and, after the draft's commit, the crawl.
 *   Not seen: the search engine, its lexicons, any other set or batch, other drafts, benches and search tests
 *   (only the file names in shared/src/search/, once, to pick a name). No search code was run and the set
 *   was not scored.
 *
 * How it was labelled: names were folded (no diacritics, đ→d) and grepped by field and keyword; conditions
 * and steps were read where the name left doubt. Each query lists every code a counter clerk would accept:
 * commune, province and central variants of one procedure, and liên thông procedures that also answer it.
 * The 17 mis-crawled records in the seed README were dropped before grepping. A need the catalogue lacks goes
 * to TWENTYFIRST_NO_ANSWER even when a neighbouring procedure shares its words.
 *
 * Counts: labelled 222 (elderly 74, rural 74, young 74); no answer 60 (elderly 20, rural 20, young 20).
 *
 * Judgement calls a reader could disagree with:
 * - 1: a newborn's birth also accepts both liên thông packages; 27 (the package itself) accepts the package
 *   with residence, and the birth + BHYT one only where the voice names no residence.
 * - 2: an adult never registered accepts plain birth registration and the one for people who already hold
 *   personal papers; re-registration (1.004884) is kept for 18, where the record once existed.
 * - 8: recognising a father accepts the stand-alone procedure and birth registration combined with it.
 * - 12, 13: copies of a birth or marriage record take the civil-status copy extract only, not the general
 *   "copy from the original register" (2.000908), which is kept for the diploma in 76 (no education
 *   procedure is in the crawl).
 * - 21: a translation accepts both commune translator variants, not the ones at missions abroad.
 * - 26: a power of attorney accepts signature certification (giấy ủy quyền) and certification of a property
 *   transaction (hợp đồng ủy quyền).
 * - 30, 31: the elderly heir also accepts certifying the estate division; every gift voice also accepts
 *   certifying the gift contract, beside the land-change registration.
 * - 34, 40: changing garden land to residential, and land whose term ran out, accept the commune and province
 *   records of the land-allocation procedure (its name covers change of use and extension); 40 also accepts
 *   the confirmation of continued agricultural use.
 * - 38: a boundary quarrel accepts commune mediation and the commune and province dispute rulings, not the
 *   ministerial one.
 * - 39: a land certificate with an old ID number is a change of holder details (biến động), not a correction.
 * - 46: "first cccd" in the young voice gives no age, so the under-14 variants are accepted too.
 * - 49: the elderly voice names no level, so the level-1 account is accepted beside level 2.
 * - 57: a new motorbike accepts first registration in person and both fully-online variants (made in Viet
 *   Nam, imported). 59: a licence "about to expire" is an exchange; an expired one accepts exchange and
 *   re-issue.
 * - 63: a torn BHYT card accepts re-issue and exchange at every level and the BHXH book/card procedure.
 * - 66: a pensioner's funeral grant is part of the survivor benefit (tử tuất).
 * - 73: selling planted acacia takes confirmation of the forest-product list, not the harvesting plans
 *   (natural or state-funded forest).
 * - 84: the elderly "which taxes when I sell land" also accepts the registration fee, the others only
 *   personal income tax on the transfer.
 * - No answer though a neighbour shares words: retail alcohol licence (55: only excise stamps), old-age and
 *   disability allowances (68, 69), unemployment benefit (70: only an authorisation to collect it), storm
 *   losses on crops (72: only animal-disease support and planted-forest damage checks), farm-economy
 *   certification (75: only large-scale livestock conditions), a lost wallet (90: only lost passports and
 *   travel papers).
 */
export const TWENTYFIRST_HELDOUT: readonly CitizenQuery[] = [
  // civil status and certification
  { q: 'Con dâu tôi mới sinh cháu nội được mấy hôm, giờ tôi muốn đi làm giấy khai sinh cho cháu thì cần mang giấy tờ gì ạ?', expect: ['1.001193', '2.001023', '2.000986'], who: 'elderly' },
  { q: 'con toi moi de dc 1 tuan, lam khai sanh cho no o dau vay', expect: ['1.001193', '2.001023', '2.000986'], who: 'rural' },
  { q: 'dk khai sinh cho con online', expect: ['1.001193', '2.001023', '2.000986'], who: 'young' },
  { q: 'Ông em năm nay sáu mươi tuổi mà hồi xưa ở quê chưa ai làm giấy khai sinh cho, bây giờ làm lại được không cô?', expect: ['1.001193', '1.004772'], who: 'elderly' },
  { q: 'ba toi lon tuoi roi ma chua co giay khai sanh bao gio, gio lam sao', expect: ['1.001193', '1.004772'], who: 'rural' },
  { q: 'nguoi lon chua tung dk khai sinh thi lam the nao', expect: ['1.001193', '1.004772'], who: 'young' },
  { q: 'Hai đứa nhỏ nhà tôi muốn làm giấy đăng ký kết hôn, phải ra xã nộp những gì ạ?', expect: ['1.000894'], who: 'elderly' },
  { q: 'tui voi ban gai muon lam giay hon thu, can giay to j', expect: ['1.000894'], who: 'rural' },
  { q: 'dang ky ket hon can mang gi', expect: ['1.000894'], who: 'young' },
  { q: 'Con gái tôi lấy chồng người Hàn Quốc, muốn đăng ký kết hôn ở bên mình thì làm ở đâu, mất bao lâu?', expect: ['2.000806'], who: 'elderly' },
  { q: 'con gai em lay chong dai loan, dang ky ket hon voi nguoi nuoc ngoai lam o dau', expect: ['2.000806'], who: 'rural' },
  { q: 'ket hon voi nguoi nuoc ngoai thu tuc sao', expect: ['2.000806'], who: 'young' },
  { q: 'Cháu tôi cần xin cái giấy chứng nhận độc thân để làm hồ sơ cưới, xin ở xã hay ở đâu ạ?', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay doc than de cuoi vo o dau z', expect: ['1.004873'], who: 'rural' },
  { q: 'xac nhan tinh trang hon nhan lam online dc ko', expect: ['1.004873'], who: 'young' },
  { q: 'Ông nhà tôi vừa mất tuần trước, bây giờ tôi phải đi khai tử cho ông, cần mang giấy tờ gì?', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba tui moi mat, di bao tu can nhung gi', expect: ['1.000656'], who: 'rural' },
  { q: 'lam giay chung tu cho ong', expect: ['1.000656'], who: 'young' },
  { q: 'Bố mẹ thằng cháu mất cả rồi, tôi là bà ngoại muốn đứng ra giám hộ cho nó thì làm thủ tục thế nào?', expect: ['1.004837'], who: 'elderly' },
  { q: 'chau tui mo coi cha me, tui muon dung ten giam ho cho no', expect: ['1.004837'], who: 'rural' },
  { q: 'dang ky giam ho cho em ruot chua du 18', expect: ['1.004837'], who: 'young' },
  { q: 'Con trai tôi với cô ấy chưa cưới mà đã có cháu, giờ muốn làm thủ tục nhận con cho cháu mang họ bố thì thế nào?', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'chua dang ky ket hon ma co con, gio ba no muon nhan con thi lam sao', expect: ['1.001022', '1.000689'], who: 'rural' },
  { q: 'thu tuc nhan cha cho con', expect: ['1.001022', '1.000689'], who: 'young' },
  { q: 'Tôi muốn đổi tên cho cháu gái vì tên cũ cháu bị bạn bè trêu chọc, có được không và làm ở đâu?', expect: ['1.004859'], who: 'elderly' },
  { q: 'muon doi ten cho con gai, ten cu xau qua', expect: ['1.004859'], who: 'rural' },
  { q: 'doi ten trong giay khai sinh', expect: ['1.004859'], who: 'young' },
  { q: 'Giấy khai sinh của tôi ghi sai năm sinh so với chứng minh nhân dân, bây giờ muốn sửa lại cho đúng thì làm sao ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sanh ghi sai ngay sinh, mun sua lai', expect: ['1.004859'], who: 'rural' },
  { q: 'cai chinh ngay sinh tren giay khai sinh', expect: ['1.004859'], who: 'young' },
  { q: 'Cháu tôi bố người Kinh, mẹ người Tày, giờ muốn đổi dân tộc cho cháu theo mẹ thì có làm được không?', expect: ['1.004859'], who: 'elderly' },
  { q: 'muon doi dan toc cho con theo dan toc me no', expect: ['1.004859'], who: 'rural' },
  { q: 'xac dinh lai dan toc', expect: ['1.004859'], who: 'young' },
  { q: 'Tôi làm mất bản chính giấy khai sinh rồi, muốn xin bản sao để nộp hồ sơ cho cháu đi học thì xin ở đâu ạ?', expect: ['2.000635'], who: 'elderly' },
  { q: 'mat giay khai sanh goc, xin ban sao lai o xa dc ko', expect: ['2.000635'], who: 'rural' },
  { q: 'xin trich luc khai sinh ban sao', expect: ['2.000635'], who: 'young' },
  { q: 'Giấy đăng ký kết hôn của vợ chồng tôi bị mối ăn mất, giờ muốn xin bản sao thì phải làm thế nào?', expect: ['2.000635'], who: 'elderly' },
  { q: 'giay ket hon bi chuot can het, xin lai ban sao sao', expect: ['2.000635'], who: 'rural' },
  { q: 'trich luc ket hon ban sao', expect: ['2.000635'], who: 'young' },
  { q: 'Tôi muốn công chứng mấy tờ sổ hộ khẩu với bằng tốt nghiệp để nộp hồ sơ xin việc cho con, làm ở xã có được không?', expect: ['2.000815'], who: 'elderly' },
  { q: 'photo cong chung giay to o dau re', expect: ['2.000815'], who: 'rural' },
  { q: 'chung thuc ban sao tu ban chinh', expect: ['2.000815'], who: 'young' },
  { q: 'Cô ơi cho tôi hỏi, muốn chứng thực chữ ký trên tờ giấy cam kết thì mang theo những gì?', expect: ['2.000884'], who: 'elderly' },
  { q: 'thi thuc chu ky tren don o xa dc hong', expect: ['2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' },
  { q: 'Tôi bán mảnh đất cho người cháu, hai bên làm hợp đồng mua bán rồi, giờ cần chứng thực ở xã thì làm sao?', expect: ['2.001035'], who: 'elderly' },
  { q: 'ban dat cho nguoi ta, lam hop dong chuyen nhuong chung thuc o xa', expect: ['2.001035'], who: 'rural' },
  { q: 'chung thuc hop dong mua ban dat', expect: ['2.001035'], who: 'young' },
  { q: 'Bố mẹ tôi mất để lại mảnh vườn, anh em trong nhà đã thỏa thuận chia nhau rồi, giờ phải làm giấy tờ chia thừa kế ở đâu?', expect: ['2.001406'], who: 'elderly' },
  { q: 'ba ma chet de lai dat, anh em chia gia tai can lam giay to gi', expect: ['2.001406'], who: 'rural' },
  { q: 'van ban thoa thuan phan chia di san', expect: ['2.001406'], who: 'young' },
  { q: 'Hồi chiến tranh sổ sách ở xã cháy hết, giấy khai sinh của tôi không còn bản nào, có đăng ký lại được không?', expect: ['1.004884'], who: 'elderly' },
  { q: 'so goc khai sanh bi chay mat het roi, dang ky lai duoc ko', expect: ['1.004884'], who: 'rural' },
  { q: 'dang ky lai khai sinh', expect: ['1.004884'], who: 'young' },
  { q: 'Tôi ngày xưa có làm giấy giá thú ở xã nhưng giờ mất cả giấy lẫn sổ, muốn đăng ký lại việc kết hôn thì có được không?', expect: ['1.004746'], who: 'elderly' },
  { q: 'giay ket hon hoi xua mat roi so cung ko con, dang ky lai ket hon', expect: ['1.004746'], who: 'rural' },
  { q: 'dk lai ket hon vi mat ban goc', expect: ['1.004746'], who: 'young' },
  { q: 'Con tôi ly hôn bên Mỹ theo bản án của tòa bên đó, giờ về nước muốn ghi chú vào sổ hộ tịch thì làm ở đâu?', expect: ['2.000554'], who: 'elderly' },
  { q: 'ly di o nuoc ngoai roi, ve viet nam ghi vao so ho tich sao', expect: ['2.000554'], who: 'rural' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: ['2.000554'], who: 'young' },
  { q: 'Tôi có giấy tờ tiếng Anh đã dịch ra tiếng Việt, cần chứng thực chữ ký của người dịch thì làm ở xã được không?', expect: ['2.000992', '2.001008'], who: 'elderly' },
  { q: 'giay tieng anh dich ra roi can chung thuc ban dich', expect: ['2.000992', '2.001008'], who: 'rural' },
  { q: 'chung thuc chu ky nguoi dich', expect: ['2.000992', '2.001008'], who: 'young' },
  { q: 'Thằng cháu tôi đi xuất khẩu lao động, người ta đòi phiếu lý lịch tư pháp, xin ở đâu và mất mấy ngày?', expect: ['3.000333'], who: 'elderly' },
  { q: 'xin ly lich tu phap di nhat o dau', expect: ['3.000333'], who: 'rural' },
  { q: 'phieu llpt so 1 online', expect: ['3.000333'], who: 'young' },
  { q: 'Vợ chồng tôi hiếm muộn, muốn nhận đứa cháu họ về làm con nuôi thì thủ tục thế nào ạ?', expect: ['2.001263'], who: 'elderly' },
  { q: 'muon xin con nuoi trong nuoc, can lam nhung gi', expect: ['2.001263'], who: 'rural' },
  { q: 'dang ky nhan con nuoi', expect: ['2.001263'], who: 'young' },
  { q: 'Tôi đang giám hộ cho đứa cháu, nay nó đã đủ mười tám tuổi, có phải làm giấy chấm dứt việc giám hộ không?', expect: ['1.004845'], who: 'elderly' },
  { q: 'chau du 18 tuoi roi, cham dut giam ho lam sao', expect: ['1.004845'], who: 'rural' },
  { q: 'cham dut giam ho', expect: ['1.004845'], who: 'young' },
  { q: 'Tôi già yếu rồi, muốn lập di chúc để lại nhà cho con út, ra ủy ban chứng thực có được không?', expect: ['2.001019'], who: 'elderly' },
  { q: 'lam di chuc de lai dat cho con, chung thuc o xa dc ko', expect: ['2.001019'], who: 'rural' },
  { q: 'chung thuc di chuc', expect: ['2.001019'], who: 'young' },
  { q: 'Tôi muốn làm giấy ủy quyền cho con trai đi làm thủ tục đất thay tôi, phải chứng thực ở đâu ạ?', expect: ['2.000884', '2.001035'], who: 'elderly' },
  { q: 'uy quyen cho thang con di lam so do dum', expect: ['2.000884', '2.001035'], who: 'rural' },
  { q: 'lam hop dong uy quyen', expect: ['2.000884', '2.001035'], who: 'young' },
  { q: 'Cháu tôi mới sinh, nghe nói làm khai sinh thì được làm luôn thẻ bảo hiểm y tế và nhập hộ khẩu một lần, có đúng không ạ?', expect: ['2.000986'], who: 'elderly' },
  { q: 'lam khai sanh luon the bhyt cho em be 1 lan dc ko', expect: ['2.001023', '2.000986'], who: 'rural' },
  { q: 'lien thong khai sinh thuong tru bhyt', expect: ['2.000986'], who: 'young' },
  // land, housing and building
  { q: 'Nhà tôi ở trên mảnh đất ông bà để lại từ trước năm 1980 mà chưa có sổ đỏ, giờ muốn làm sổ thì bắt đầu từ đâu?', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat o lau roi ma chua co so do, xin cap so lan dau', expect: ['1.013978'], who: 'rural' },
  { q: 'cap so do lan dau', expect: ['1.013978'], who: 'young' },
  { q: 'Tôi mua mảnh đất của hàng xóm, giờ muốn sang tên sổ đỏ sang tên mình thì mất bao lâu, nộp ở đâu?', expect: ['1.013831'], who: 'elderly' },
  { q: 'mua dat roi gio sang ten sodo sao', expect: ['1.013831'], who: 'rural' },
  { q: 'sang ten so hong', expect: ['1.013831'], who: 'young' },
  { q: 'Bố tôi mất không để lại di chúc, giờ chúng tôi muốn làm thủ tục nhận thừa kế đất để sang tên cho con cả thì làm sao?', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'dat cua ong ba de lai, gio dang ky thua ke so do', expect: ['1.013831'], who: 'rural' },
  { q: 'sang ten so do thua ke', expect: ['1.013831'], who: 'young' },
  { q: 'Tôi muốn cho con gái một phần đất để nó làm nhà, làm giấy tặng cho và sang tên thế nào ạ?', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'cho dat thang con, tang cho dat sang ten', expect: ['1.013831', '2.001035'], who: 'rural' },
  { q: 'tang cho dat cho con', expect: ['1.013831', '2.001035'], who: 'young' },
  { q: 'Nhà tôi bị lũ cuốn mất cái sổ đỏ rồi, giờ xin cấp lại thì phải làm sao?', expect: ['1.012786'], who: 'elderly' },
  { q: 'mat so do roi xin cap lai o dau', expect: ['1.012786'], who: 'rural' },
  { q: 'cap lai so do bi mat', expect: ['1.012786'], who: 'young' },
  { q: 'Tôi muốn tách thửa đất của tôi thành hai phần cho hai đứa con, phải làm thủ tục gì?', expect: ['1.012784'], who: 'elderly' },
  { q: 'tach thua cho 2 thang con dc ko', expect: ['1.012784'], who: 'rural' },
  { q: 'tach thua dat', expect: ['1.012784'], who: 'young' },
  { q: 'Tôi có mảnh đất trồng cây lâu năm, giờ muốn chuyển lên đất ở để làm nhà thì xin ở đâu ạ?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat vuon len tho cu', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyen muc dich su dung dat len dat o', expect: ['1.013949', '1.013823'], who: 'young' },
  { q: 'Tôi muốn mang sổ đỏ đi thế chấp vay ngân hàng, nghe nói phải đăng ký ở bên đất đai, có đúng không?', expect: ['1.011441'], who: 'elderly' },
  { q: 'the chap so do vay ngan hang dang ky o dau', expect: ['1.011441'], who: 'rural' },
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' },
  { q: 'Tôi trả hết nợ ngân hàng rồi, giờ muốn xóa thế chấp trên sổ đỏ thì làm ở đâu?', expect: ['1.011443'], who: 'elderly' },
  { q: 'tra no xong roi, xoa the chap so do', expect: ['1.011443'], who: 'rural' },
  { q: 'xoa dang ky the chap', expect: ['1.011443'], who: 'young' },
  { q: 'Tôi muốn xây lại căn nhà hai tầng trên đất của mình, có phải xin giấy phép xây dựng không và xin ở đâu?', expect: ['1.013225'], who: 'elderly' },
  { q: 'xay nha moi co can xin phep xay dung ko', expect: ['1.013225'], who: 'rural' },
  { q: 'xin gpxd nha o rieng le', expect: ['1.013225'], who: 'young' },
  { q: 'Nhà bên cạnh lấn sang đất nhà tôi gần một mét, tôi muốn nhờ chính quyền giải quyết thì làm đơn gửi ai?', expect: ['1.012812', '1.013967', '1.012805'], who: 'elderly' },
  { q: 'hang xom lan ranh dat, tranh chap dat dai thi lam sao', expect: ['1.012812', '1.013967', '1.012805'], who: 'rural' },
  { q: 'giai quyet tranh chap dat dai', expect: ['1.012812', '1.013967', '1.012805'], who: 'young' },
  { q: 'Sổ đỏ nhà tôi ghi số chứng minh cũ, giờ đổi sang căn cước rồi, có phải đi làm lại không?', expect: ['1.013833'], who: 'elderly' },
  { q: 'so do ghi so cmnd cu, gio doi cccd co phai cap nhat ko', expect: ['1.013833'], who: 'rural' },
  { q: 'update cccd tren so do', expect: ['1.013833'], who: 'young' },
  { q: 'Đất ruộng nhà tôi được giao từ năm 1993, nay hết thời hạn, có phải làm thủ tục gia hạn không?', expect: ['1.013947', '1.013949', '1.013823'], who: 'elderly' },
  { q: 'dat ruong het han su dung, gia han sao', expect: ['1.013947', '1.013949', '1.013823'], who: 'rural' },
  { q: 'gia han su dung dat nong nghiep', expect: ['1.013947', '1.013949', '1.013823'], who: 'young' },
  // residence and identity papers
  { q: 'Con dâu tôi về làm dâu, giờ muốn nhập hộ khẩu vào nhà tôi thì cần những giấy tờ gì?', expect: ['1.004222'], who: 'elderly' },
  { q: 'nhap ho khau cho vo ve nha chong', expect: ['1.004222'], who: 'rural' },
  { q: 'dk thuong tru cho vo', expect: ['1.004222'], who: 'young' },
  { q: 'Cháu tôi lên thành phố đi học, thuê trọ ở đó, có phải đăng ký tạm trú không và làm ở đâu?', expect: ['1.004194'], who: 'elderly' },
  { q: 'di lam thue tro o binh duong, dang ky tam tru', expect: ['1.004194'], who: 'rural' },
  { q: 'dk tam tru online', expect: ['1.004194'], who: 'young' },
  { q: 'Tôi cần cái giấy xác nhận nơi cư trú để nộp hồ sơ cho cháu, trước gọi là giấy xác nhận hộ khẩu, xin ở đâu?', expect: ['1.010041'], who: 'elderly' },
  { q: 'xin giay ct07 xac nhan cu tru', expect: ['1.010041'], who: 'rural' },
  { q: 'xac nhan thong tin cu tru ct07', expect: ['1.010041'], who: 'young' },
  { q: 'Con trai tôi chuyển vào Nam ở hẳn rồi, giờ muốn xóa tên nó trong hộ khẩu ở quê thì làm sao?', expect: ['1.003197'], who: 'elderly' },
  { q: 'cat khau thang con di lam xa', expect: ['1.003197'], who: 'rural' },
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' },
  { q: 'Tôi đi chữa bệnh ở Hà Nội mấy tháng, có phải báo tạm vắng với công an xã không?', expect: ['1.003677'], who: 'elderly' },
  { q: 'di lam an xa lau, khai bao tam vang', expect: ['1.003677'], who: 'rural' },
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' },
  { q: 'Cháu nội tôi năm nay tròn mười bốn tuổi, đi làm thẻ căn cước lần đầu thì phải đến đâu?', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' },
  { q: 'lam cancuoc cho con 14 tuoi', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'lam cccd lan dau', expect: ['1.014061', '2.000200', '1.001247', '1.014062', '1.012549', '1.012543'], who: 'young' },
  { q: 'Tôi đánh rơi cái thẻ căn cước ở chợ rồi, xin cấp lại thì mất bao lâu, có tốn tiền không?', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'lam rot cccd roi cap lai sao', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'cap lai cccd bi mat', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  { q: 'Tôi muốn sang Úc thăm con, làm hộ chiếu thì nộp ở đâu và mất bao lâu ạ?', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di nuoc ngoai tham con', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'lam passport online', expect: ['1.001456', '1.001471'], who: 'young' },
  { q: 'Người ta bảo phải có tài khoản định danh điện tử trên điện thoại, tôi già rồi không biết làm, ra đâu nhờ làm?', expect: ['3.000228', '1.011410'], who: 'elderly' },
  { q: 'kich hoat vneid muc 2 o dau', expect: ['3.000228'], who: 'rural' },
  { q: 'dang ky dinh danh dien tu muc 2', expect: ['3.000228'], who: 'young' },
  // household business and companies
  { q: 'Tôi muốn mở quán tạp hóa nhỏ trước nhà, có phải đăng ký kinh doanh không, đăng ký ở đâu?', expect: ['1.001612'], who: 'elderly' },
  { q: 'mo tiem tap hoa co can dang ky kinh doanh ko', expect: ['1.001612'], who: 'rural' },
  { q: 'dk hkd', expect: ['1.001612'], who: 'young' },
  { q: 'Tôi chuyển cửa hàng sang địa chỉ mới, giấy đăng ký hộ kinh doanh phải sửa lại thế nào?', expect: ['2.000720'], who: 'elderly' },
  { q: 'doi dia chi quan an tren giay phep kinh doanh', expect: ['2.000720'], who: 'rural' },
  { q: 'thay doi noi dung dk hkd', expect: ['2.000720'], who: 'young' },
  { q: 'Tôi già rồi không buôn bán nữa, muốn trả lại giấy phép kinh doanh của hộ thì làm sao?', expect: ['1.001266'], who: 'elderly' },
  { q: 'nghi ban luon roi, dong cua hkd sao', expect: ['1.001266'], who: 'rural' },
  { q: 'cham dut hoat dong ho kinh doanh', expect: ['1.001266'], who: 'young' },
  { q: 'Con tôi muốn lập công ty trách nhiệm hữu hạn để làm ăn, hồ sơ nộp ở đâu ạ?', expect: ['2.001583', '2.001199'], who: 'elderly' },
  { q: 'mo cong ty tnhh can lam nhung gi', expect: ['2.001583', '2.001199'], who: 'rural' },
  { q: 'thanh lap cty tnhh 1tv', expect: ['2.001583'], who: 'young' },
  { q: 'Mấy nhà trong thôn muốn góp vốn lập hợp tác xã nuôi bò, đăng ký ở đâu ạ?', expect: ['1.005280'], who: 'elderly' },
  { q: 'lap hop tac xa chan nuoi dang ky o dau', expect: ['1.005280'], who: 'rural' },
  { q: 'dang ky thanh lap htx', expect: ['1.005280'], who: 'young' },
  { q: 'Năm nay tôi ốm phải nghỉ bán mấy tháng, có phải báo tạm ngừng kinh doanh không?', expect: ['1.001570'], who: 'elderly' },
  { q: 'tam nghi ban vai thang bao voi ai', expect: ['1.001570'], who: 'rural' },
  { q: 'tam ngung kinh doanh hkd', expect: ['1.001570'], who: 'young' },
  // vehicles and driving
  { q: 'Tôi mới mua chiếc xe máy mới cho con, đăng ký biển số ở đâu, có phải lên tỉnh không?', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'mua xe may moi dangky bien so o dau', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'dk xe may moi', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  { q: 'Tôi mua lại chiếc xe máy cũ của người quen, giờ muốn sang tên cho đúng thì làm sao ạ?', expect: ['1.013076'], who: 'elderly' },
  { q: 'mua xe cu sang ten chinh chu', expect: ['1.013076'], who: 'rural' },
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'young' },
  { q: 'Bằng lái xe ô tô của tôi sắp hết hạn, đổi ở đâu và cần giấy khám sức khỏe không?', expect: ['3.000347'], who: 'elderly' },
  { q: 'bang lai het han doi o dau', expect: ['3.000347', '3.000348'], who: 'rural' },
  { q: 'doi gplx het han', expect: ['3.000347', '3.000348'], who: 'young' },
  { q: 'Tôi làm mất bằng lái xe máy rồi, xin cấp lại có phải thi lại không?', expect: ['3.000348'], who: 'elderly' },
  { q: 'mat bang lai xe cap lai co thi lai ko', expect: ['3.000348'], who: 'rural' },
  { q: 'cap lai gplx bi mat', expect: ['3.000348'], who: 'young' },
  { q: 'Chiếc xe máy cũ nhà tôi hỏng hẳn rồi, bán sắt vụn thì có phải nộp lại biển số không?', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'xe hu ban phe lieu, tra bien so sao', expect: ['1.013123', '1.013065'], who: 'rural' },
  { q: 'thu hoi dang ky bien so xe', expect: ['1.013123', '1.013065'], who: 'young' },
  // social and health insurance, welfare
  { q: 'Con dâu tôi vừa sinh, nó có đóng bảo hiểm ở công ty, giờ xin tiền chế độ thai sản thì làm ở đâu?', expect: ['2.000693'], who: 'elderly' },
  { q: 'de xong roi lanh tien thai san bhxh sao', expect: ['2.000693'], who: 'rural' },
  { q: 'huong che do thai san', expect: ['2.000693'], who: 'young' },
  { q: 'Thẻ bảo hiểm y tế của tôi bị rách, xin cấp lại thẻ mới ở đâu ạ?', expect: ['1.001294', '1.001327', '1.001321', '1.002438', '1.002759'], who: 'elderly' },
  { q: 'the bhyt bi rach xin cap lai cho tui voi', expect: ['1.001294', '1.001327', '1.001321', '1.002438', '1.002759'], who: 'rural' },
  { q: 'cap lai the bhyt', expect: ['1.001294', '1.001327', '1.001321', '1.002438', '1.002759'], who: 'young' },
  { q: 'Tôi làm ruộng, không có lương, muốn đóng bảo hiểm xã hội tự nguyện để sau này có lương hưu thì đăng ký ở đâu?', expect: ['1.002179'], who: 'elderly' },
  { q: 'dong bhxh tu nguyen cho nong dan dang ky o dau', expect: ['1.002179'], who: 'rural' },
  { q: 'tham gia bhxh tu nguyen', expect: ['1.002179'], who: 'young' },
  { q: 'Con tôi nghỉ làm công nhân về quê rồi, muốn lãnh bảo hiểm xã hội một lần thì làm hồ sơ thế nào?', expect: ['1.001613'], who: 'elderly' },
  { q: 'nghi lam cong ty roi, rut bao hiem 1 lan', expect: ['1.001613'], who: 'rural' },
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'young' },
  { q: 'Ông nhà tôi đang hưởng lương hưu thì mất, gia đình được nhận tiền mai táng phí không và làm ở đâu?', expect: ['2.000821'], who: 'elderly' },
  { q: 'ong mat roi lanh tien mai tang phi o dau', expect: ['2.000821'], who: 'rural' },
  { q: 'tro cap mai tang', expect: ['2.000821'], who: 'young' },
  { q: 'Nhà tôi khó khăn, muốn được xét vào hộ nghèo để được hỗ trợ thì làm đơn gửi đâu?', expect: ['1.011606', '1.011607'], who: 'elderly' },
  { q: 'xin vo ho ngheo, lam don o dau', expect: ['1.011606', '1.011607'], who: 'rural' },
  { q: 'xac nhan ho ngheo can ngheo', expect: ['1.011606', '1.011607'], who: 'young' },
  // farming, forestry, fisheries
  { q: 'Nhà tôi mới đóng chiếc tàu cá, muốn đăng ký tàu và xin giấy phép đi biển đánh bắt thì làm ở đâu?', expect: ['1.003650', '1.004359'], who: 'elderly' },
  { q: 'ghe moi dong xong, dang ky ghe di bien danh ca', expect: ['1.003650', '1.004359'], who: 'rural' },
  { q: 'giay phep khai thac thuy san', expect: ['1.004359'], who: 'young' },
  { q: 'Nhà tôi có mấy héc ta rừng keo tự trồng, giờ muốn chặt bán thì có phải xin phép không?', expect: ['1.000045'], who: 'elderly' },
  { q: 'chat keo rung trong ban co can xin phep ko', expect: ['1.000045'], who: 'rural' },
  { q: 'khai thac go rung trong', expect: ['1.000045'], who: 'young' },
  { q: 'Tôi muốn chở đàn lợn sang tỉnh khác bán, có phải làm giấy kiểm dịch không?', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho heo qua tinh khac ban kiem dich o dau', expect: ['1.002338'], who: 'rural' },
  { q: 'kiem dich dong vat van chuyen', expect: ['1.002338'], who: 'young' },
  // education and culture
  { q: 'Bằng tốt nghiệp cấp ba của tôi bị thất lạc, muốn xin bản sao bằng thì xin ở đâu ạ?', expect: ['2.000908'], who: 'elderly' },
  { q: 'mat bang tot nghiep cap 3 xin lai ban sao', expect: ['2.000908'], who: 'rural' },
  { q: 'cap ban sao bang tot nghiep thpt', expect: ['2.000908'], who: 'young' },
  // labour, taxes, justice
  { q: 'Con tôi mới đi làm, công ty bảo phải có mã số thuế cá nhân, đăng ký ở đâu ạ?', expect: ['1.008498'], who: 'elderly' },
  { q: 'lam ma so thue ca nhan o dau', expect: ['1.008498'], who: 'rural' },
  { q: 'dang ky mst ca nhan', expect: ['1.008498'], who: 'young' },
  { q: 'Tôi bán mảnh đất thì phải nộp những khoản thuế gì và nộp ở đâu ạ?', expect: ['1.007674', '1.007277'], who: 'elderly' },
  { q: 'ban dat dong thue thu nhap ca nhan bao nhieu', expect: ['1.007674'], who: 'rural' },
  { q: 'khai thue chuyen nhuong bat dong san', expect: ['1.007674'], who: 'young' },
  { q: 'Nhà tôi nghèo, bị người ta kiện ra tòa, có được nhà nước cử luật sư giúp miễn phí không?', expect: ['2.000829'], who: 'elderly' },
  { q: 'nha ngheo bi kien, xin luat su mien phi', expect: ['2.000829'], who: 'rural' },
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'young' },
  { q: 'Tòa xử rồi mà bên kia không chịu trả tiền cho tôi, tôi phải làm đơn yêu cầu thi hành án ở đâu?', expect: ['1.003091'], who: 'elderly' },
  { q: 'toa xu roi ma no ko tra tien, lam don thi hanh an', expect: ['1.003091'], who: 'rural' },
  { q: 'yeu cau thi hanh an dan su', expect: ['1.003091'], who: 'young' },
];

export const TWENTYFIRST_NO_ANSWER: readonly CitizenQuery[] = [
  // household business and companies
  { q: 'Tôi muốn bán rượu bia ở quán, có phải xin giấy phép riêng không?', expect: [], who: 'elderly' },
  { q: 'ban ruou o tiem co can giay phep ko', expect: [], who: 'rural' },
  { q: 'giay phep ban le ruou', expect: [], who: 'young' },
  // social and health insurance, welfare
  { q: 'Mẹ tôi năm nay tám mươi mốt tuổi, nghe nói được nhận trợ cấp người già, làm hồ sơ ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'ba noi tren 80 tuoi lanh tien tro cap nguoi gia', expect: [], who: 'rural' },
  { q: 'tro cap xa hoi nguoi cao tuoi', expect: [], who: 'young' },
  { q: 'Cháu tôi bị khuyết tật từ nhỏ, muốn làm giấy xác nhận khuyết tật để hưởng trợ cấp thì làm sao?', expect: [], who: 'elderly' },
  { q: 'con bi tat, xin giay chung nhan khuyet tat', expect: [], who: 'rural' },
  { q: 'xac dinh muc do khuyet tat', expect: [], who: 'young' },
  { q: 'Con tôi bị công ty cho nghỉ việc, nghe nói được nhận trợ cấp thất nghiệp, phải nộp hồ sơ ở đâu?', expect: [], who: 'elderly' },
  { q: 'bi nghi viec lanh tien that nghiep', expect: [], who: 'rural' },
  { q: 'huong tro cap that nghiep', expect: [], who: 'young' },
  // farming, forestry, fisheries
  { q: 'Bão vừa rồi làm đổ hết lúa với hoa màu nhà tôi, có được nhà nước hỗ trợ không và làm đơn ở đâu?', expect: [], who: 'elderly' },
  { q: 'bao lam hu het lua, xin ho tro thien tai', expect: [], who: 'rural' },
  { q: 'ho tro thiet hai do thien tai cho cay trong', expect: [], who: 'young' },
  { q: 'Nhà tôi làm trang trại nuôi gà với trồng cây ăn quả, muốn được công nhận là kinh tế trang trại thì làm sao?', expect: [], who: 'elderly' },
  { q: 'xin chung nhan trang trai', expect: [], who: 'rural' },
  { q: 'chung nhan kinh te trang trai', expect: [], who: 'young' },
  // education and culture
  { q: 'Gia đình tôi chuyển nhà sang tỉnh khác, muốn xin cho cháu chuyển trường thì làm thủ tục gì?', expect: [], who: 'elderly' },
  { q: 'chuyen truong cho con qua tinh khac', expect: [], who: 'rural' },
  { q: 'thu tuc chuyen truong thcs', expect: [], who: 'young' },
  { q: 'Cháu tôi bốn tuổi, muốn xin cho cháu vào trường mẫu giáo công lập của xã thì nộp hồ sơ ở đâu?', expect: [], who: 'elderly' },
  { q: 'xin cho con vo mau giao', expect: [], who: 'rural' },
  { q: 'dang ky tuyen sinh mam non', expect: [], who: 'young' },
  { q: 'Tôi muốn mở quán hát karaoke, có phải xin giấy phép không ạ?', expect: [], who: 'elderly' },
  { q: 'mo quan karaoke xin giay phep o dau', expect: [], who: 'rural' },
  { q: 'giay phep kinh doanh karaoke', expect: [], who: 'young' },
  { q: 'Làng tôi muốn tổ chức lễ hội đình đầu năm, có phải đăng ký với chính quyền không?', expect: [], who: 'elderly' },
  { q: 'to chuc le hoi dinh lang co phai xin phep ko', expect: [], who: 'rural' },
  { q: 'dang ky to chuc le hoi', expect: [], who: 'young' },
  // labour, taxes, justice
  { q: 'Công ty con tôi muốn thuê một người kỹ sư nước ngoài, phải xin giấy phép lao động ở đâu?', expect: [], who: 'elderly' },
  { q: 'cong ty thue nguoi nuoc ngoai lam viec xin giay phep', expect: [], who: 'rural' },
  { q: 'xin work permit cho nguoi nuoc ngoai', expect: [], who: 'young' },
  { q: 'Cháu tôi muốn đi làm việc ở Nhật theo hợp đồng, có phải đăng ký hợp đồng ở đâu không?', expect: [], who: 'elderly' },
  { q: 'di xuat khau lao dong dang ky hop dong o dau', expect: [], who: 'rural' },
  { q: 'dang ky hop dong di lam viec o nuoc ngoai', expect: [], who: 'young' },
  // guessed to lie outside a national procedure catalogue
  { q: 'Nhà tôi mới xây xong, muốn xin cấp số nhà thì hỏi ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'xin so nha cho nha moi xay', expect: [], who: 'rural' },
  { q: 'cap so nha', expect: [], who: 'young' },
  { q: 'Tôi nộp hồ sơ tuần trước rồi, giờ muốn biết hồ sơ của tôi đã xong chưa thì xem ở đâu?', expect: [], who: 'elderly' },
  { q: 'nop ho so roi ma chua thay tra, hoi o dau', expect: [], who: 'rural' },
  { q: 'tra cuu tinh trang ho so', expect: [], who: 'young' },
  { q: 'Nhà tôi muốn lắp đồng hồ nước máy, phải đăng ký với ai ạ?', expect: [], who: 'elderly' },
  { q: 'xin lap dongho nuoc may', expect: [], who: 'rural' },
  { q: 'dang ky lap nuoc sach', expect: [], who: 'young' },
  { q: 'Tôi bị mất cái ví ngoài chợ, có cả tiền lẫn giấy tờ, muốn trình báo thì đến đâu?', expect: [], who: 'elderly' },
  { q: 'bi moc tui mat vi, trinh bao o dau', expect: [], who: 'rural' },
  { q: 'trinh bao mat do', expect: [], who: 'young' },
  { q: 'Cháu tôi đến tuổi tiêm chủng, đăng ký tiêm cho cháu ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'dang ky chich ngua cho em be', expect: [], who: 'rural' },
  { q: 'dk tiem chung cho be', expect: [], who: 'young' },
  { q: 'Đường vào xóm tôi ngập nước lâu ngày, muốn kiến nghị xã sửa thì gửi đơn cho ai?', expect: [], who: 'elderly' },
  { q: 'duong xom ngap hoai, kien nghi xa sua duong', expect: [], who: 'rural' },
  { q: 'phan anh duong hu', expect: [], who: 'young' },
  { q: 'Nhà tôi có con chó, nghe nói phải tiêm phòng dại, đăng ký ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'chich ngua dai cho cho o dau', expect: [], who: 'rural' },
  { q: 'tiem phong dai cho cho', expect: [], who: 'young' },
  { q: 'Cho tôi hỏi ở trung tâm này đóng tiền điện ở quầy nào?', expect: [], who: 'elderly' },
  { q: 'dong tien dien o dau', expect: [], who: 'rural' },
  { q: 'thanh toan tien dien', expect: [], who: 'young' },
];
