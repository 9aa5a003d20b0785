import type { CitizenQuery } from './dev-set';

/**
 * The nineteenth blind set for procedure search: 276 citizen queries (92 life situations × three voices),
 * labelled against the national crawl (server/seed/tthc/national-crawl.jsonl.gz).
 *
 * How and when it was written (6 December 2026, UTC):
 * - 17:14: the queries were drafted from knowledge of how people talk at a commune or province centre,
 *   before any procedure name in the crawl was read, and committed unchanged as
 *   docs/search-drafts/nineteenth-draft-20261206T1714Z.txt
 *   (sha256 77d6ce802a02e2db80a6fe2a461b06ff22788059a77e618f888dd84b2bc7882f). Every q below is copied
 *   from it byte for byte; none was reworded after the catalogue was opened.
 * - Situations are weighted like a counter's volume: civil status and certification first, then land,
 *   residence and identity, business, vehicles, insurance and welfare, farming, education, culture, labour,
 *   taxes; 85–92 are needs guessed, before labelling, to lie outside a national procedure catalogue.
 * - Voices: elderly (full sentences, diacritics, old names), rural (no diacritics, regional words, chat
 *   shorthand, typos), young (short, abbreviations, a little English).
 * - Seen: HELPERS.md, STYLE.md, DOMAIN.md, CONTRIBUTING.md, the CitizenQuery interface, the seed README and,
 *   after the draft's commit, the crawl. Not seen: the search engine, its lexicons, any other set or batch,
 *   other drafts, benches and search tests (only the file names in shared/src/search/, once, to pick a
 *   name). No search code was run and the set was not scored.
 *
 * How it was labelled: names were folded (no diacritics, đ→d) and grepped by field and keyword; steps,
 * dossiers and conditions were read where the name left doubt. Each query lists every code a counter clerk
 * would accept: commune, province and central variants of one procedure, and liên thông procedures that
 * also answer it. The 17 mis-crawled records in the seed README were never used. A need the catalogue lacks
 * goes to NINETEENTH_NO_ANSWER even when a neighbouring procedure shares its words.
 *
 * Counts: labelled 215 (elderly 72, rural 72, young 71); no answer 61 (elderly 20, rural 20, young 21).
 *
 * Judgement calls a reader could disagree with:
 * - 1: a newborn's birth also accepts the two liên thông packages (birth + BHYT, birth + residence + BHYT).
 * - 2: an adult never registered accepts plain birth registration and the one for people who already hold
 *   personal papers; re-registration (1.004884) is kept for situation 17, where a record once existed.
 * - 17: the young voice says only that the original paper is lost, so a copy extract is accepted too.
 * - 9: recognising a father accepts both the stand-alone procedure and birth registration combined with it.
 * - 20, 21: a power of attorney accepts both signature certification (a giấy ủy quyền) and certification of
 *   a property transaction (a hợp đồng ủy quyền); a translation accepts both translator variants at commune.
 * - 27: changing garden land to residential accepts the commune and the province record of one procedure.
 * - 29: rebuilding a one-storey house as two storeys accepts a new permit and a renovation permit.
 * - 30: a boundary quarrel accepts commune mediation and the commune and province dispute rulings, not the
 *   ministerial one.
 * - 33: a land certificate still showing an old ID number is a change of holder details (biến động), while
 *   a misspelt name is a correction (đính chính).
 * - 34: "is this plot in a planning zone" takes planning information; the young "look up a plot" has no
 *   land-data procedure in the crawl and is a no-answer (the generic TN&MT data request was not accepted).
 * - 38: leaving a residence accepts deletion of permanent residence and, where the query is about moving,
 *   registration at the new address.
 * - 44: the elderly voice does not say "level 2", so the level-1 account is also accepted.
 * - 46, 49: an unspecified "company" accepts every founding procedure; a shop moving address accepts the
 *   household-business and the company change.
 * - 50: giò chả and nước mắm are taken as MARD-managed food, so the agricultural food-safety certificate.
 * - 70: selling timber from a planted forest takes the forest-product list confirmation, not the commune
 *   approval of a harvesting plan (which the dossier ties to natural or liquidated forest).
 * - 74: a new fishing boat takes vessel registration and the fishing licence, not the building approval.
 * - 81: the elderly tax question on a land transfer accepts registration fee and personal income tax.
 * - No answer though a neighbour shares words: unemployment benefit (62: only an authorisation to collect
 *   benefits exists), pension (64: only the commune-official pension exists), martyrs' relatives (65: only
 *   police-specific merit procedures), old-age allowance and disability (67, 68: not in the crawl),
 *   environmental registration of a small workshop (72: only the environmental permit exists) and storm
 *   losses on crops (73: only support after animal disease exists).
 */
export const NINETEENTH_HELDOUT: readonly CitizenQuery[] = [
  // 1
  { q: 'Con dâu tôi mới sinh cháu được hai tuần, tôi muốn đi làm giấy khai sinh cho cháu thì cần mang giấy gì ạ?', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'ba tui mun lam khai sanh cho thang cu moi de can giay j', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'dk khai sinh cho con online tren VNeID dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  // 2
  { q: 'Ông anh tôi năm nay sáu mươi tuổi mà từ nhỏ chưa bao giờ có giấy khai sinh, bây giờ làm bổ sung được không ạ?', expect: ['1.001193', '1.004772'], who: 'elderly' },
  { q: 'hoi xua o que ko ai di khai sanh gio lon roi lam lai co dc hong', expect: ['1.001193', '1.004772'], who: 'rural' },
  { q: 'khai sinh qua han cho nguoi lon chua tung dk', expect: ['1.001193', '1.004772'], who: 'young' },
  // 3
  { q: 'Con gái tôi sắp cưới, hai đứa muốn đi làm giấy giá thú thì ra xã làm ở đâu ạ?', expect: ['1.000894'], who: 'elderly' },
  { q: 'tui voi ban gai mun di dang ky ket hon can mang nhung j', expect: ['1.000894'], who: 'rural' },
  { q: 'thu tuc dk ket hon can gi', expect: ['1.000894'], who: 'young' },
  // 4
  { q: 'Bố chồng tôi vừa mất hôm qua ở nhà, gia đình phải đi báo tử trong bao lâu và cần giấy gì ạ?', expect: ['1.000656'], who: 'elderly' },
  { q: 'ong noi moi mat nha tui di khai tu o dau v ad', expect: ['1.000656'], who: 'rural' },
  { q: 'lam giay chung tu cho nguoi than', expect: ['1.000656'], who: 'young' },
  // 5
  { q: 'Cháu tôi cần giấy xác nhận chưa có vợ để làm hồ sơ cưới ở tỉnh khác, xin ở đâu ạ?', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay doc than de vay ngan hang mat bao lau', expect: ['1.004873'], who: 'rural' },
  { q: 'xac nhan tinh trang hon nhan online', expect: ['1.004873'], who: 'young' },
  // 6
  { q: 'Giấy khai sinh gốc của tôi bị mối ăn mất rồi, giờ muốn xin lại bản sao thì làm thế nào?', expect: ['2.000635'], who: 'elderly' },
  { q: 'mat giay khai sanh goc roi xin ban sao lai o xa dc ko', expect: ['2.000635'], who: 'rural' },
  { q: 'trich luc ban sao giay khai sinh', expect: ['2.000635'], who: 'young' },
  // 7
  { q: 'Hồi đó đặt tên cho cháu nội bị trùng tên ông cố, nay gia đình muốn đổi tên cho cháu có được không ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'mun doi ten cho con gai ten xau qua bi ban che', expect: ['1.004859'], who: 'rural' },
  { q: 'doi ten con duoi 18 tuoi thu tuc', expect: ['1.004859'], who: 'young' },
  // 8
  { q: 'Giấy khai sinh của tôi ghi sai năm sinh so với chứng minh nhân dân, tôi muốn sửa lại thì làm sao?', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sanh ghi sai ngay sinh cua ma tui sua sao day', expect: ['1.004859'], who: 'rural' },
  { q: 'cai chinh thong tin ho tich sai ngay sinh', expect: ['1.004859'], who: 'young' },
  // 9
  { q: 'Con tôi sinh ra lúc hai đứa chưa cưới, bây giờ bố nó muốn nhận con để ghi tên cha vào khai sinh thì thủ tục thế nào?', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'ba no mun nhan con de co ten cha trong giay khai sanh', expect: ['1.001022', '1.000689'], who: 'rural' },
  { q: 'nhan cha con khi chua dk ket hon', expect: ['1.001022', '1.000689'], who: 'young' },
  // 10
  { q: 'Cháu gái tôi lấy chồng người Hàn Quốc, muốn đăng ký kết hôn ở Việt Nam thì nộp ở đâu, bao lâu có giấy?', expect: ['2.000806'], who: 'elderly' },
  { q: 'con tui lay chong dai loan lam giay ket hon o dau', expect: ['2.000806'], who: 'rural' },
  { q: 'dk ket hon voi nguoi nuoc ngoai', expect: ['2.000806'], who: 'young' },
  // 11
  { q: 'Tôi đã ly hôn bên Mỹ, về nước muốn kết hôn lại thì bản án bên đó có phải ghi vào sổ ở đây không ạ?', expect: ['2.000554'], who: 'elderly' },
  { q: 'ly di ben nhat roi ve vn mun lay vo moi can lam giay j', expect: ['2.000554'], who: 'rural' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: ['2.000554'], who: 'young' },
  // 12
  { q: 'Bố mẹ cháu tôi đều mất cả, tôi là bà ngoại muốn đứng ra nuôi và làm người giám hộ cho cháu thì đăng ký thế nào?', expect: ['1.004837'], who: 'elderly' },
  { q: 'chau mo coi cha me tui la ba mun lam giam ho cho no', expect: ['1.004837'], who: 'rural' },
  { q: 'dk giam ho cho tre mo coi', expect: ['1.004837'], who: 'young' },
  // 13
  { q: 'Tôi cần sao y mấy cái bằng và sổ hộ khẩu để nộp hồ sơ cho con, làm ở đâu và hết bao nhiêu tiền một trang?', expect: ['2.000815'], who: 'elderly' },
  { q: 'di cong chung giay to photo o xa lay nhiu tien 1 trang', expect: ['2.000815'], who: 'rural' },
  { q: 'chung thuc ban sao tu ban chinh', expect: ['2.000815'], who: 'young' },
  // 14
  { q: 'Tôi ký vào tờ đơn xin việc cho con, người ta bảo phải xác nhận chữ ký, vậy ra đâu làm ạ?', expect: ['2.000884'], who: 'elderly' },
  { q: 'xac nhan chu ky vo don cho con di lam', expect: ['2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky', expect: ['2.000884'], who: 'young' },
  // 15
  { q: 'Tôi bán một mảnh đất cho người cháu, hợp đồng mua bán có làm ở xã được hay phải ra phòng công chứng ạ?', expect: ['2.001035'], who: 'elderly' },
  { q: 'hop dong mua ban dat lam o ubnd xa dc hong', expect: ['2.001035'], who: 'rural' },
  { q: 'chung thuc hop dong chuyen nhuong dat', expect: ['2.001035'], who: 'young' },
  // 16
  { q: 'Bố mẹ tôi mất không để lại di chúc, anh em tôi thỏa thuận chia nhà đất thì giấy tờ phải làm ở đâu?', expect: ['2.001406'], who: 'elderly' },
  { q: 'ba ma mat ko co di chuc anh em chia dat lam giay j', expect: ['2.001406'], who: 'rural' },
  { q: 'van ban thoa thuan phan chia di san', expect: ['2.001406'], who: 'young' },
  // 17
  { q: 'Sổ hộ tịch ở xã cũ bị cháy hết, giấy khai sinh của tôi cũng mất, có đăng ký lại khai sinh được không?', expect: ['1.004884'], who: 'elderly' },
  { q: 'so bo xa cu bi mat het giay khai sanh tui mat lun lam lai sao', expect: ['1.004884'], who: 'rural' },
  { q: 'dang ky lai khai sinh khi mat ban goc', expect: ['1.004884', '2.000635'], who: 'young' },
  // 18
  { q: 'Vợ chồng tôi hiếm muộn, muốn nhận một đứa bé bên họ hàng về làm con nuôi thì phải làm thủ tục gì ạ?', expect: ['2.001263'], who: 'elderly' },
  { q: 'mun nhan con nuoi dua chau ben ngoai thi lam sao', expect: ['2.001263'], who: 'rural' },
  { q: 'thu tuc nhan con nuoi trong nuoc', expect: ['2.001263'], who: 'young' },
  // 19
  { q: 'Mẹ tôi là người Tày, bố là người Kinh, con tôi muốn đổi dân tộc theo mẹ có được không ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'con mun doi dan toc theo ma la nguoi khmer', expect: ['1.004859'], who: 'rural' },
  { q: 'xac dinh lai dan toc', expect: ['1.004859'], who: 'young' },
  // 20
  { q: 'Tôi già yếu đi lại khó, muốn ủy quyền cho con trai đi làm giấy tờ đất thay thì phải làm giấy gì ạ?', expect: ['2.001035', '2.000884'], who: 'elderly' },
  { q: 'lam giay uy quyen cho thang con di lam so do thay', expect: ['2.001035', '2.000884'], who: 'rural' },
  { q: 'chung thuc hop dong uy quyen', expect: ['2.001035', '2.000884'], who: 'young' },
  // 21
  { q: 'Con tôi đi du học, cần dịch học bạ sang tiếng Anh rồi chứng thực bản dịch thì ở đâu làm ạ?', expect: ['2.000992', '2.001008'], who: 'elderly' },
  { q: 'dich giay to sang tieng han roi xac nhan o dau', expect: ['2.000992', '2.001008'], who: 'rural' },
  { q: 'chung thuc ban dich tieng anh', expect: ['2.000992', '2.001008'], who: 'young' },
  // 22
  { q: 'Nhà tôi ở trên đất ông bà để lại từ năm tám mấy mà chưa bao giờ có sổ đỏ, giờ xin cấp lần đầu thì cần những gì?', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat o lau roi chua co so do mun lam so lan dau', expect: ['1.013978'], who: 'rural' },
  { q: 'cap GCN QSDĐ lan dau', expect: ['1.013978'], who: 'young' },
  // 23
  { q: 'Tôi mới mua lô đất của hàng xóm, hợp đồng đã công chứng xong, giờ sang tên sổ đỏ thì nộp ở đâu và mất bao lâu?', expect: ['1.013831'], who: 'elderly' },
  { q: 'mua dat roi sang ten so hong cho tui nhiu ngay', expect: ['1.013831'], who: 'rural' },
  { q: 'sang ten so do sau khi mua dat', expect: ['1.013831'], who: 'young' },
  // 24
  { q: 'Bố tôi mất, để lại thửa đất cho tôi theo di chúc, tôi muốn đứng tên trên sổ đỏ thì làm sao ạ?', expect: ['1.013831'], who: 'elderly' },
  { q: 'dat cua tia de lai cho tui mun dung ten so', expect: ['1.013831'], who: 'rural' },
  { q: 'dang ky bien dong dat thua ke', expect: ['1.013831'], who: 'young' },
  // 25
  { q: 'Nhà tôi bị lũ cuốn mất cuốn sổ đỏ, giờ xin cấp lại thì có phải đăng báo gì không ạ?', expect: ['1.012786'], who: 'elderly' },
  { q: 'so do bi chay mat roi xin cap lai sao', expect: ['1.012786'], who: 'rural' },
  { q: 'mat so hong xin cap lai', expect: ['1.012786'], who: 'young' },
  // 26
  { q: 'Tôi muốn chia mảnh đất ra làm ba để cho ba đứa con, mỗi đứa một sổ riêng thì làm thế nào?', expect: ['1.012784'], who: 'elderly' },
  { q: 'tach thua dat cho con can bao nhieu met moi dc tach', expect: ['1.012784'], who: 'rural' },
  { q: 'thu tuc tach thua', expect: ['1.012784'], who: 'young' },
  // 27
  { q: 'Tôi có mảnh vườn muốn chuyển lên đất ở để cho con cất nhà thì xin phép ở đâu, đóng tiền bao nhiêu?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat ruong len dat tho cu de cat nha', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyen muc dich su dung dat len dat o', expect: ['1.013949', '1.013823'], who: 'young' },
  // 28
  { q: 'Tôi muốn thế chấp sổ đỏ để vay ngân hàng cho con đi làm ăn, ngoài ngân hàng còn phải đăng ký ở đâu nữa không?', expect: ['1.011441'], who: 'elderly' },
  { q: 'the chap so do vay ngan hang phai dk o dau', expect: ['1.011441'], who: 'rural' },
  { q: 'dang ky the chap quyen su dung dat', expect: ['1.011441'], who: 'young' },
  // 29
  { q: 'Tôi định xây lại căn nhà cấp bốn thành nhà hai tầng, có phải xin giấy phép xây dựng không và nộp ở đâu?', expect: ['1.013225', '1.013229'], who: 'elderly' },
  { q: 'cat nha moi o que co can xin phep ko', expect: ['1.013225'], who: 'rural' },
  { q: 'xin GPXD nha o rieng le', expect: ['1.013225'], who: 'young' },
  // 30
  { q: 'Nhà bên cạnh lấn sang đất nhà tôi gần một mét, tôi muốn nhờ chính quyền giải quyết thì làm đơn gửi ai ạ?', expect: ['1.012812', '1.013967', '1.012805'], who: 'elderly' },
  { q: 'hang xom lan ranh dat nha tui thua kien o dau', expect: ['1.012812', '1.013967', '1.012805'], who: 'rural' },
  { q: 'giai quyet tranh chap dat dai', expect: ['1.012812', '1.013967', '1.012805'], who: 'young' },
  // 31
  { q: 'Đất ruộng giao cho nhà tôi từ năm chín ba nay sắp hết hạn, có phải làm gì để được tiếp tục canh tác không?', expect: ['1.013947'], who: 'elderly' },
  { q: 'dat ruong het thoi han su dung roi gia han sao', expect: ['1.013947'], who: 'rural' },
  { q: 'gia han su dung dat nong nghiep', expect: ['1.013947'], who: 'young' },
  // 32
  { q: 'Con tôi công nhân thu nhập thấp, muốn đăng ký mua nhà ở xã hội thì phải xin xác nhận gì ạ?', expect: ['1.014632', '1.115150'], who: 'elderly' },
  { q: 'cong nhan mun mua nha o xa hoi can giay xac nhan j', expect: ['1.014632', '1.115150'], who: 'rural' },
  { q: 'dieu kien mua nha o xa hoi', expect: ['1.014632', '1.115150'], who: 'young' },
  // 33
  { q: 'Sổ đỏ nhà tôi vẫn ghi số chứng minh nhân dân cũ, nay đổi sang căn cước rồi thì có phải sửa sổ không ạ?', expect: ['1.013833'], who: 'elderly' },
  { q: 'so do ghi sai ten ba tui mun sua lai', expect: ['1.012790', '1.012796'], who: 'rural' },
  { q: 'dinh chinh thong tin tren so do', expect: ['1.012790', '1.012796'], who: 'young' },
  // 34
  { q: 'Tôi định mua đất nhưng sợ dính quy hoạch, muốn xin thông tin thửa đất đó ở đâu ạ?', expect: ['1.014159'], who: 'elderly' },
  { q: 'coi dat co dinh quy hoach ko hoi o dau', expect: ['1.014159'], who: 'rural' },
  // 35
  { q: 'Tôi về ở với con trai trên phố, muốn nhập hộ khẩu vào nhà con thì cần mang giấy gì ạ?', expect: ['1.004222'], who: 'elderly' },
  { q: 'nhap ho khau cho vo ve nha chong', expect: ['1.004222'], who: 'rural' },
  { q: 'dk thuong tru online', expect: ['1.004222'], who: 'young' },
  // 36
  { q: 'Cháu tôi lên thành phố học đại học, ở trọ thì có phải đăng ký tạm trú không, ai làm cho nó?', expect: ['1.004194'], who: 'elderly' },
  { q: 'o tro di lam cong ty bat dk tam tru lam sao', expect: ['1.004194'], who: 'rural' },
  { q: 'dang ky tam tru cho sinh vien thue tro', expect: ['1.004194'], who: 'young' },
  // 37
  { q: 'Trường của cháu đòi giấy xác nhận nơi cư trú, tôi xin ở công an phường được không ạ?', expect: ['1.010041'], who: 'elderly' },
  { q: 'xin giay xac nhan cu tru ct07 o dau', expect: ['1.010041'], who: 'rural' },
  { q: 'xin CT07', expect: ['1.010041'], who: 'young' },
  // 38
  { q: 'Nhà tôi bán rồi chuyển đi tỉnh khác, hộ khẩu cũ có phải cắt không hay cứ nhập chỗ mới là được?', expect: ['1.004222', '1.003197'], who: 'elderly' },
  { q: 'cat ho khau cho con di lay chong xa', expect: ['1.003197', '1.004222'], who: 'rural' },
  { q: 'xoa dang ky thuong tru', expect: ['1.003197'], who: 'young' },
  // 39
  { q: 'Cháu nội tôi vừa tròn mười bốn tuổi, đi làm căn cước lần đầu thì cần bố mẹ đi cùng không ạ?', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' },
  { q: 'con tui 14 tuoi lam can cuoc lan dau o dau', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' },
  { q: 'lam CCCD lan dau', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' },
  // 40
  { q: 'Tôi đánh rơi mất thẻ căn cước trên đường đi chợ, làm lại có mất tiền không và bao lâu có?', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'mat cccd roi lam lai o cong an xa dc hong', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'cap lai CCCD bi mat', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  // 41
  { q: 'Tôi muốn làm hộ chiếu để sang Úc thăm con gái, người già có làm qua mạng được không hay phải lên tỉnh?', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di xuat khau lao dong o dau', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'lam passport online', expect: ['1.001456', '1.001471'], who: 'young' },
  // 42
  { q: 'Con tôi đi xuất khẩu lao động, công ty đòi phiếu lý lịch tư pháp, xin ở đâu và bao lâu có ạ?', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'xin ly lich tu phap de di lam nhat', expect: ['3.000333', '3.000330'], who: 'rural' },
  { q: 'xin LLTP so 1 qua VNeID', expect: ['3.000333', '3.000330'], who: 'young' },
  // 43
  { q: 'Tôi đi vào Nam chăm con đẻ vài tháng, có phải khai báo với công an xã là vắng nhà không ạ?', expect: ['1.003677'], who: 'elderly' },
  { q: 'di lam xa nha lau thang co phai khai bao tam vang ko', expect: ['1.003677'], who: 'rural' },
  { q: 'khai bao tam vang', expect: ['1.003677'], who: 'young' },
  // 44
  { q: 'Ông nhà tôi không biết dùng điện thoại, muốn kích hoạt tài khoản định danh điện tử thì ra đâu nhờ làm?', expect: ['3.000228', '1.011410'], who: 'elderly' },
  { q: 'kich hoat vneid muc 2 o dau z', expect: ['3.000228'], who: 'rural' },
  { q: 'dk dinh danh dien tu muc 2', expect: ['3.000228'], who: 'young' },
  // 45
  { q: 'Tôi muốn mở một tiệm tạp hóa nhỏ trước nhà, có phải đăng ký kinh doanh không và làm ở đâu ạ?', expect: ['1.001612'], who: 'elderly' },
  { q: 'mo quan com nho co can dk ho kinh doanh ko', expect: ['1.001612'], who: 'rural' },
  { q: 'dk HKD online', expect: ['1.001612'], who: 'young' },
  // 46
  { q: 'Con trai tôi muốn lập công ty trách nhiệm hữu hạn để buôn bán vật liệu, thủ tục ra sao ạ?', expect: ['2.001583', '2.001199'], who: 'elderly' },
  { q: 'mun thanh lap cong ty nho thi lam sao', expect: ['2.001583', '2.001199', '2.001610', '2.002043', '2.002042'], who: 'rural' },
  { q: 'thanh lap cong ty TNHH 1 thanh vien', expect: ['2.001583'], who: 'young' },
  // 47
  { q: 'Mấy hộ trồng rau trong xóm muốn lập hợp tác xã cho dễ bán hàng, đăng ký ở đâu ạ?', expect: ['1.005280'], who: 'elderly' },
  { q: 'may nha trong lua mun lap htx', expect: ['1.005280'], who: 'rural' },
  { q: 'dk thanh lap HTX', expect: ['1.005280'], who: 'young' },
  // 48
  { q: 'Tiệm may của tôi buôn bán ế quá nên muốn đóng cửa hẳn, có phải báo với nhà nước không ạ?', expect: ['1.001266'], who: 'elderly' },
  { q: 'dep quan ban nuoc roi mun cham dut ho kinh doanh', expect: ['1.001266'], who: 'rural' },
  { q: 'cham dut HKD', expect: ['1.001266'], who: 'young' },
  // 49
  { q: 'Cửa hàng của tôi dọn sang chỗ khác, giấy đăng ký kinh doanh có phải sửa địa chỉ không ạ?', expect: ['2.000720', '2.002041'], who: 'elderly' },
  { q: 'doi cho ban buon qua cho khac sua giay phep kinh doanh', expect: ['2.000720', '2.002041'], who: 'rural' },
  { q: 'thay doi dia chi HKD', expect: ['2.000720'], who: 'young' },
  // 50
  { q: 'Tôi làm giò chả bán cho chợ, người ta nói phải có giấy an toàn thực phẩm thì xin ở đâu?', expect: ['2.001827'], who: 'elderly' },
  { q: 'lam nuoc mam ban can giay an toan thuc pham ko', expect: ['2.001827'], who: 'rural' },
  { q: 'giay chung nhan ATTP co so san xuat', expect: ['2.001827'], who: 'young' },
  // 51
  { q: 'Tôi mới mua chiếc xe máy mới cho cháu, đăng ký biển số thì làm ở công an xã được không ạ?', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'mua xe may moi dk bien so o dau', expect: ['1.013067', '1.012575', '1.013066'], who: 'rural' },
  { q: 'dang ky xe may moi bien so dinh danh', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  // 52
  { q: 'Tôi mua lại chiếc xe máy cũ của người quen, giờ muốn sang tên cho đúng chủ thì làm thế nào ạ?', expect: ['1.013076'], who: 'elderly' },
  { q: 'mua xe cu sang ten xe chinh chu sao', expect: ['1.013076'], who: 'rural' },
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'young' },
  // 53
  { q: 'Bằng lái xe ô tô của tôi sắp hết hạn, đổi bằng mới thì nộp ở đâu, có phải thi lại không ạ?', expect: ['3.000347'], who: 'elderly' },
  { q: 'doi bang lai xe het han o dau', expect: ['3.000347'], who: 'rural' },
  { q: 'doi GPLX het han online', expect: ['3.000347'], who: 'young' },
  // 54
  { q: 'Tôi bị mất ví, trong đó có bằng lái xe máy, làm lại có phải thi lại không ạ?', expect: ['3.000348'], who: 'elderly' },
  { q: 'mat bang lai xe may roi cap lai dc hong', expect: ['3.000348'], who: 'rural' },
  { q: 'cap lai GPLX bi mat', expect: ['3.000348'], who: 'young' },
  // 55
  { q: 'Cháu tôi đủ mười tám tuổi muốn đi thi bằng lái xe máy thì đăng ký ở đâu ạ?', expect: ['3.000346'], who: 'elderly' },
  { q: 'thi bang lai xe may a1 dk o dau', expect: ['3.000346'], who: 'rural' },
  { q: 'dk thi GPLX hang A1', expect: ['3.000346'], who: 'young' },
  // 56
  { q: 'Nhà tôi đóng chiếc ghe nhỏ để chở hàng trên sông, có phải đăng ký với nhà nước không ạ?', expect: ['1.004088', '1.004047'], who: 'elderly' },
  { q: 'dong ghe moi cho lua co can dk ko', expect: ['1.004088', '1.004047'], who: 'rural' },
  { q: 'dang ky phuong tien thuy noi dia', expect: ['1.004088', '1.004047'], who: 'young' },
  // 57
  { q: 'Chiếc xe máy cũ của tôi hỏng nát, bán sắt vụn rồi, có phải trả lại biển số không ạ?', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'xe hu ban ve chai roi thu hoi bien so sao', expect: ['1.013123', '1.013065'], who: 'rural' },
  { q: 'thu hoi dang ky bien so xe', expect: ['1.013123', '1.013065'], who: 'young' },
  // 58
  { q: 'Cả nhà tôi làm nông không có bảo hiểm y tế, muốn mua theo hộ gia đình thì đăng ký ở đâu ạ?', expect: ['1.001939'], who: 'elderly' },
  { q: 'mua bao hiem y te ho gia dinh o dau re', expect: ['1.001939'], who: 'rural' },
  { q: 'mua BHYT ho gia dinh', expect: ['1.001939'], who: 'young' },
  // 59
  { q: 'Thẻ bảo hiểm y tế của tôi bị rách mất chữ, xin cấp lại thẻ mới thì làm ở đâu ạ?', expect: ['1.002759'], who: 'elderly' },
  { q: 'the bao hiem y te bi mat xin lai', expect: ['1.002759'], who: 'rural' },
  { q: 'cap lai the BHYT', expect: ['1.002759'], who: 'young' },
  // 60
  { q: 'Con dâu tôi nghỉ làm công ty hơn một năm rồi, muốn rút bảo hiểm xã hội một lần thì làm sao ạ?', expect: ['1.001613'], who: 'elderly' },
  { q: 'nghi lam cty roi rut bhxh 1 lan dc nhiu tien', expect: ['1.001613'], who: 'rural' },
  { q: 'rut BHXH 1 lan', expect: ['1.001613'], who: 'young' },
  // 61
  { q: 'Con gái tôi sinh con mà không đi làm, có đóng bảo hiểm tự nguyện, có được tiền hỗ trợ sinh con không?', expect: ['2.000693'], who: 'elderly' },
  { q: 'de con dc huong che do thai san lam sao', expect: ['2.000693'], who: 'rural' },
  { q: 'huong thai san BHXH', expect: ['2.000693'], who: 'young' },
  // 63
  { q: 'Bố tôi là cán bộ hưu trí vừa mất, gia đình được nhận tiền mai táng phí ở đâu ạ?', expect: ['2.000821'], who: 'elderly' },
  { q: 'ong gia mat lanh tien mai tang phi sao', expect: ['2.000821'], who: 'rural' },
  { q: 'tro cap mai tang BHXH', expect: ['2.000821'], who: 'young' },
  // 66
  { q: 'Nhà tôi neo đơn, chồng bệnh nặng, muốn xin được vào danh sách hộ nghèo thì viết đơn gửi ai ạ?', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'xin dc ho ngheo de co bao hiem', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'xet ho ngheo ho can ngheo', expect: ['1.011607', '1.011606'], who: 'young' },
  // 69
  { q: 'Tôi nuôi heo muốn chở một xe sang tỉnh khác bán, có phải xin giấy kiểm dịch không ạ?', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho heo qua tinh khac ban can kiem dich ko', expect: ['1.002338'], who: 'rural' },
  { q: 'kiem dich dong vat van chuyen', expect: ['1.002338', '2.000873'], who: 'young' },
  // 70
  { q: 'Nhà tôi trồng keo được bảy năm, giờ muốn khai thác bán gỗ thì có phải báo xã không ạ?', expect: ['1.000045'], who: 'elderly' },
  { q: 'chat cay keo rung trong ban go can giay j', expect: ['1.000045'], who: 'rural' },
  { q: 'khai thac go rung trong', expect: ['1.000045'], who: 'young' },
  // 71
  { q: 'Tôi định khoan giếng để tưới vườn cà phê, có phải đăng ký khai thác nước ngầm không ạ?', expect: ['1.001662'], who: 'elderly' },
  { q: 'khoan gieng tuoi ray phai dk hong', expect: ['1.001662'], who: 'rural' },
  { q: 'dang ky khai thac nuoc duoi dat', expect: ['1.001662'], who: 'young' },
  // 74
  { q: 'Chồng tôi đóng tàu cá mới để ra khơi, phải đăng ký tàu và xin giấy phép đánh bắt ở đâu ạ?', expect: ['1.003650', '1.004359'], who: 'elderly' },
  { q: 'tau ca moi dong dk va xin giay phep khai thac thuy san', expect: ['1.003650', '1.004359'], who: 'rural' },
  { q: 'cap giay phep khai thac thuy san', expect: ['1.004359'], who: 'young' },
  // 80
  { q: 'Tôi đi làm thuê lần đầu, công ty bảo phải có mã số thuế cá nhân, xin ở đâu ạ?', expect: ['1.008498'], who: 'elderly' },
  { q: 'lam ma so thue ca nhan o dau', expect: ['1.008498'], who: 'rural' },
  { q: 'dk MST ca nhan', expect: ['1.008498'], who: 'young' },
  // 81
  { q: 'Khi sang tên sổ đỏ thì phải đóng thuế và lệ phí trước bạ bao nhiêu, nộp ở đâu ạ?', expect: ['1.007277', '1.007674'], who: 'elderly' },
  { q: 'dong le phi truoc ba xe may bao nhieu', expect: ['1.007700'], who: 'rural' },
  { q: 'khai le phi truoc ba nha dat', expect: ['1.007277'], who: 'young' },
  // 82
  { q: 'Tôi buôn bán nhỏ ở chợ, năm nay bỏ thuế khoán thì phải kê khai thuế thế nào ạ?', expect: ['1.011022'], who: 'elderly' },
  { q: 'ban hang o cho dong thue khoan ra sao', expect: ['1.011022'], who: 'rural' },
  { q: 'khai thue HKD', expect: ['1.011022'], who: 'young' },
  // 83
  { q: 'Nhà tôi thuộc diện gia đình chính sách, có được miễn tiền thuế đất không ạ?', expect: ['1.007695'], who: 'elderly' },
  { q: 'mien thue dat phi nong nghiep cho ho ngheo', expect: ['1.007695'], who: 'rural' },
  { q: 'mien giam thue su dung dat', expect: ['1.007695'], who: 'young' },
  // 84
  { q: 'Con tôi làm hai công ty trong năm, muốn quyết toán thuế thu nhập cá nhân để lấy lại tiền thì làm sao?', expect: ['2.002233'], who: 'elderly' },
  { q: 'quyet toan thue tncn de hoan thue', expect: ['2.002233'], who: 'rural' },
  { q: 'quyet toan thue TNCN online', expect: ['2.002233'], who: 'young' },
];

/** Needs the catalogue does not answer (see the header); kept to check that search fails honestly. */
export const NINETEENTH_NO_ANSWER: readonly CitizenQuery[] = [
  // 34
  { q: 'tra cuu thong tin thua dat', expect: [], who: 'young' },
  // 62
  { q: 'Con trai tôi bị công ty cho nghỉ việc, nghe nói được nhận trợ cấp thất nghiệp thì nộp ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'bi nghi viec lanh tro cap that nghiep o dau', expect: [], who: 'rural' },
  { q: 'nop ho so tro cap that nghiep', expect: [], who: 'young' },
  // 64
  { q: 'Tôi sắp đủ tuổi nghỉ hưu, làm hồ sơ hưởng lương hưu thì cần chuẩn bị những gì ạ?', expect: [], who: 'elderly' },
  { q: 'du tuoi roi lam so luong huu o dau', expect: [], who: 'rural' },
  { q: 'thu tuc huong luong huu', expect: [], who: 'young' },
  // 65
  { q: 'Anh trai tôi là liệt sĩ, tôi là em ruột muốn hỏi chế độ thờ cúng liệt sĩ thì làm hồ sơ ở đâu?', expect: [], who: 'elderly' },
  { q: 'nha co liet si lanh tien tho cung sao', expect: [], who: 'rural' },
  { q: 'che do nguoi co cong voi cach mang', expect: [], who: 'young' },
  // 67
  { q: 'Mẹ tôi năm nay tám mươi mốt tuổi chưa có lương hưu, có được nhận tiền trợ cấp người già không?', expect: [], who: 'elderly' },
  { q: 'ma tui 80 tuoi lanh tien gia o dau', expect: [], who: 'rural' },
  { q: 'tro cap xa hoi nguoi cao tuoi', expect: [], who: 'young' },
  // 68
  { q: 'Cháu tôi bị bại não từ nhỏ, muốn xin giấy xác nhận khuyết tật để hưởng trợ cấp thì làm thế nào?', expect: [], who: 'elderly' },
  { q: 'con bi tat mun lam giay khuyet tat', expect: [], who: 'rural' },
  { q: 'xac dinh muc do khuyet tat', expect: [], who: 'young' },
  // 72
  { q: 'Con tôi mở xưởng mộc nhỏ trong xóm, người ta bảo phải đăng ký môi trường thì làm ở đâu?', expect: [], who: 'elderly' },
  { q: 'mo lo moc can dk moi truong ko', expect: [], who: 'rural' },
  { q: 'dang ky moi truong co so san xuat nho', expect: [], who: 'young' },
  // 73
  { q: 'Bão vừa rồi làm đổ hết vườn chuối nhà tôi, có được nhà nước hỗ trợ thiệt hại không và xin ở đâu?', expect: [], who: 'elderly' },
  { q: 'lua bi lut ngap het co dc ho tro ko', expect: [], who: 'rural' },
  { q: 'ho tro thiet hai thien tai cay trong', expect: [], who: 'young' },
  // 75
  { q: 'Cả nhà tôi chuyển vào Bình Dương làm ăn, muốn chuyển trường cho cháu đang học lớp bảy thì làm sao?', expect: [], who: 'elderly' },
  { q: 'chuyen truong cho con qua tinh khac', expect: [], who: 'rural' },
  { q: 'thu tuc chuyen truong THCS', expect: [], who: 'young' },
  // 76
  { q: 'Tôi làm mất bằng tốt nghiệp cấp ba từ lâu, giờ xin bản sao ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'mat bang tot nghiep cap 3 xin lai', expect: [], who: 'rural' },
  { q: 'cap ban sao bang tot nghiep THPT', expect: [], who: 'young' },
  // 77
  { q: 'Con tôi muốn mở quán hát karaoke, có phải xin giấy phép riêng không ạ?', expect: [], who: 'elderly' },
  { q: 'mo quan karaoke can giay phep j', expect: [], who: 'rural' },
  { q: 'giay phep kinh doanh karaoke', expect: [], who: 'young' },
  // 78
  { q: 'Làng tôi muốn tổ chức lễ hội đình làng đầu năm, có phải xin phép ai không ạ?', expect: [], who: 'elderly' },
  { q: 'to chuc le hoi dinh lang phai xin phep ko', expect: [], who: 'rural' },
  { q: 'dang ky to chuc le hoi', expect: [], who: 'young' },
  // 79
  { q: 'Xưởng của con tôi thuê một kỹ sư người Trung Quốc, có phải xin giấy phép lao động cho anh ta không?', expect: [], who: 'elderly' },
  { q: 'thue tho nguoc ngoai lam phai xin giay phep lao dong', expect: [], who: 'rural' },
  { q: 'xin work permit cho nguoi nuoc ngoai', expect: [], who: 'young' },
  // 85
  { q: 'Nhà tôi mới xây xong, muốn kéo điện về thì đăng ký với ai ạ?', expect: [], who: 'elderly' },
  { q: 'nha moi cat xin gan dong ho dien', expect: [], who: 'rural' },
  { q: 'dk lap dien sinh hoat moi', expect: [], who: 'young' },
  // 86
  { q: 'Điện thoại của tôi bị nhà mạng báo khóa sim vì chưa chuẩn hóa thông tin, làm ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'sim bi khoa 1 chieu cap nhat thong tin sao', expect: [], who: 'rural' },
  { q: 'chuan hoa thong tin thue bao', expect: [], who: 'young' },
  // 87
  { q: 'Tôi muốn mở tài khoản ngân hàng để nhận lương hưu qua thẻ thì làm ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'mo the atm nhan tien tro cap', expect: [], who: 'rural' },
  { q: 'mo tai khoan ngan hang online', expect: [], who: 'young' },
  // 88
  { q: 'Con trai tôi học xong chưa có việc làm, ở đây có chỗ giới thiệu việc làm không ạ?', expect: [], who: 'elderly' },
  { q: 'tim viec lam cong nhan o dau', expect: [], who: 'rural' },
  { q: 'tim viec part time gan day', expect: [], who: 'young' },
  // 89
  { q: 'Tối qua nhà tôi bị trộm dắt mất xe máy, tôi phải trình báo ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'bi trom xe may trinh bao cong an', expect: [], who: 'rural' },
  { q: 'trinh bao mat trom', expect: [], who: 'young' },
  // 90
  { q: 'Nhà hàng xóm hát karaoke đến khuya ồn quá, tôi muốn phản ánh thì gửi ai ạ?', expect: [], who: 'elderly' },
  { q: 'hang xom hat karaoke on qua bao ai', expect: [], who: 'rural' },
  { q: 'phan anh tieng on hang xom', expect: [], who: 'young' },
  // 91
  { q: 'Xóm tôi lâu nay không có xe rác vào thu gom, tôi muốn đăng ký thu gom rác thì hỏi ai ạ?', expect: [], who: 'elderly' },
  { q: 'dk xe rac toi lay rac o nha', expect: [], who: 'rural' },
  { q: 'dk thu gom rac sinh hoat', expect: [], who: 'young' },
  // 92
  { q: 'Cháu tôi năm nay vào lớp một, đăng ký nhập học cho cháu ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'dk cho con vo lop 1', expect: [], who: 'rural' },
  { q: 'tuyen sinh lop 1 online', expect: [], who: 'young' },
];
