import type { CitizenQuery } from './dev-set';
/** THIRTYFIRST blind held-out set (issue 17). Persona: a peri-urban commune on the edge of Hà Nội that is becoming a ward
 *  (Đông Anh / Hoài Đức kind of place): farmland recovered for roads and industrial parks, compensation and resettlement plots,
 *  families splitting land to sell, houses built without permits, household businesses and craft-village workshops, returnees
 *  from labour export in Japan / Korea / Taiwan, young couples renting rooms, grandparents minding grandchildren, lost old papers,
 *  veterans, disabled relatives; elderly voices are lifelong farmers. Written 2026-12-07 (UTC) blind: queries drafted
 *  before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtyfirst-draft-20261207T0802Z.txt  sha256 c29c1eab0d35bf9c272ffffd039fcb04e00cf1f5205484eaf1beaf4714f5d61f
 *  351 queries (117 situations x 3 voices): 267 labelled (elderly 89, rural 89, young 89), 84 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYFIRST_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'cháu ơi con dâu bà mới sinh cháu ở bệnh viện Đông Anh được hai tuần, bố mẹ nó đi làm khu công nghiệp Thăng Long không nghỉ được, bà đi làm giấy khai sinh cho cháu có được không',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // birth-reg-grandchild
  { q: 'lam giay khai sinh cho chau noi bo me no di lam ca ko ve dc ba di lam thay dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // birth-reg-grandchild
  { q: 'làm KS cho con mới sinh online', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // birth-reg-grandchild
  { q: 'tôi năm nay bảy mươi hai tuổi, hồi xưa đẻ ở nhà không ai làm giấy khai sinh, giờ làm sổ đỏ người ta hỏi giấy khai sinh thì làm thế nào', expect: ['1.004772', '1.001193'], who: 'elderly' }, // late-birth-elderly
  { q: 'ong toi gia roi chua bao h co giay khai sinh gio lam dc ko', expect: ['1.004772', '1.001193'], who: 'rural' }, // late-birth-elderly
  { q: 'khai sinh cho người già chưa từng đăng ký', expect: ['1.004772', '1.001193'], who: 'young' }, // late-birth-elderly
  { q: 'ông nhà tôi mới mất hôm mùng ba, con cháu bảo phải ra xã báo tử, cô chỉ giúp tôi phải mang những gì', expect: ['1.000656'], who: 'elderly' }, // death-registration
  { q: 'bo moi mat can lam giay chung tu o xa ntn', expect: ['1.000656'], who: 'rural' }, // death-registration
  { q: 'khai tử', expect: ['1.000656'], who: 'young' }, // death-registration
  { q: 'thằng cháu ngoại tôi quê Thanh Hóa ra thuê trọ làm ở Vân Nội, nay nó cưới con bé người Kim Chung, đăng ký kết hôn ở đâu hả cháu', expect: ['1.000894'], who: 'elderly' }, // marriage-registration
  { q: 'dang ky ket hon o xa noi thue tro dc ko hay phai ve que', expect: ['1.000894'], who: 'rural' }, // marriage-registration
  { q: 'đăng ký kết hôn nơi tạm trú', expect: ['1.000894'], who: 'young' }, // marriage-registration
  { q: 'bà góa chồng lâu rồi, giờ bán mảnh đất ao người ta bắt xin giấy xác nhận độc thân, xin ở đâu cháu', expect: ['1.004873'], who: 'elderly' }, // marital-status-cert
  { q: 'xin giay xac nhan doc than de ban dat', expect: ['1.004873'], who: 'rural' }, // marital-status-cert
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // marital-status-cert
  { q: 'con trai tôi đi làm bên Đài Loan về, nó dẫn theo cô người yêu người Đài, giờ hai đứa muốn đăng ký kết hôn ở nhà thì làm ở đâu', expect: ['2.000806'], who: 'elderly' }, // marriage-foreigner
  { q: 'ket hon voi nguoi dai loan lam giay to o dau', expect: ['2.000806'], who: 'rural' }, // marriage-foreigner
  { q: 'đăng ký kết hôn với người nước ngoài', expect: ['2.000806'], who: 'young' }, // marriage-foreigner
  { q: 'con gái tôi đẻ cháu trước khi cưới, giấy khai sinh cháu để trống tên bố, nay hai đứa cưới rồi muốn ghi tên bố vào thì làm sao', expect: ['1.001022'], who: 'elderly' }, // paternity-recognition
  { q: 'khai sinh cua con ko co ten bo gio mun them ten bo vao', expect: ['1.001022'], who: 'rural' }, // paternity-recognition
  { q: 'nhận cha con', expect: ['1.001022'], who: 'young' }, // paternity-recognition
  { q: 'giấy khai sinh của tôi ghi sai năm sinh so với chứng minh thư, tên đệm lại viết là Thi thay vì Thị, giờ muốn sửa lại cho đúng', expect: ['1.004859'], who: 'elderly' }, // correct-birth-cert
  { q: 'giay khai sinh bi sai ten dem mun sua lai', expect: ['1.004859'], who: 'rural' }, // correct-birth-cert
  { q: 'cải chính hộ tịch sai năm sinh', expect: ['1.004859'], who: 'young' }, // correct-birth-cert
  { q: 'tôi mất bản chính giấy khai sinh rồi, muốn xin bản sao để cho thằng cháu đi học nghề, ra đâu xin hả cô', expect: ['2.000635'], who: 'elderly' }, // birth-cert-copy
  { q: 'xin ban sao giay khai sinh o dau', expect: ['2.000635'], who: 'rural' }, // birth-cert-copy
  { q: 'trích lục bản sao khai sinh', expect: ['2.000635'], who: 'young' }, // birth-cert-copy
  { q: 'con trai con dâu tôi làm ở Nhật, đẻ cháu bên đấy có giấy của Nhật rồi, giờ về quê ở hẳn thì cháu làm giấy tờ Việt Nam thế nào', expect: ['2.000547'], who: 'elderly' }, // child-born-abroad
  { q: 'con de ben han quoc co giay khai sinh han gio ve vn lam ntn', expect: ['2.000547'], who: 'rural' }, // child-born-abroad
  { q: 'ghi chú khai sinh con sinh ở Nhật', expect: ['2.000547'], who: 'young' }, // child-born-abroad
  { q: 'bố mẹ cháu nó mất cả rồi, tôi là bà nội nuôi cháu từ bé, giờ muốn làm giấy giám hộ cho cháu để còn lo giấy tờ đất của bố nó để lại', expect: ['1.004837'], who: 'elderly' }, // guardianship
  { q: 'dang ky giam ho cho chau mo coi', expect: ['1.004837'], who: 'rural' }, // guardianship
  { q: 'đăng ký giám hộ', expect: ['1.004837'], who: 'young' }, // guardianship
  { q: 'tôi với ông nhà cưới nhau năm bảy mươi tám, có giấy đăng ký kết hôn mà nhà dột mất rồi, giờ con cái làm thừa kế cần giấy đấy', expect: ['1.004746'], who: 'elderly' }, // re-register-marriage
  { q: 'giay ket hon tu nam 80 bi mat lam lai dc ko', expect: ['1.004746'], who: 'rural' }, // re-register-marriage
  { q: 'đăng ký lại kết hôn', expect: ['1.004746'], who: 'young' }, // re-register-marriage
  { q: 'cụ tôi mất từ năm tám mươi lăm, hồi đó không ai khai tử, giờ chia đất thì người ta đòi giấy chứng tử của cụ', expect: ['1.000656', '1.005461'], who: 'elderly' }, // late-death-registration
  { q: 'ong mat lau roi ko co giay chung tu gio lam bo sung ntn', expect: ['1.000656', '1.005461'], who: 'rural' }, // late-death-registration
  { q: 'đăng ký khai tử quá hạn', expect: ['1.000656', '1.005461'], who: 'young' }, // late-death-registration
  { q: 'vợ chồng thằng em tôi không có con, muốn nhận đứa cháu bên ngoại về làm con nuôi cho đàng hoàng giấy tờ, thủ tục thế nào', expect: ['2.001263'], who: 'elderly' }, // adoption
  { q: 'nhan con nuoi trong ho hang lam giay to o dau', expect: ['2.001263'], who: 'rural' }, // adoption
  { q: 'đăng ký nhận con nuôi', expect: ['2.001263'], who: 'young' }, // adoption
  { q: 'tôi bán nhà ngoài phố về ở với con ở Uy Nỗ, giờ muốn chuyển hộ khẩu về đây', expect: ['1.004222'], who: 'elderly' }, // permanent-residence
  { q: 'chuyen ho khau ve nha chong', expect: ['1.004222'], who: 'rural' }, // permanent-residence
  { q: 'đăng ký thường trú', expect: ['1.004222'], who: 'young' }, // permanent-residence
  { q: 'nhà tôi có mấy phòng cho công nhân thuê, công an thôn nhắc phải đăng ký tạm trú cho họ, làm ở đâu hả cháu', expect: ['1.004194'], who: 'elderly' }, // temporary-residence
  { q: 'dk tam tru cho nguoi thue tro', expect: ['1.004194'], who: 'rural' }, // temporary-residence
  { q: 'đăng ký tạm trú online', expect: ['1.004194'], who: 'young' }, // temporary-residence
  { q: 'con gái tôi ở trên Thái Nguyên về chơi ngủ lại mấy hôm có phải báo với công an không', expect: ['2.001159'], who: 'elderly' }, // overnight-stay-notice
  { q: 'co khach o lai qua dem bao luu tru o dau', expect: ['2.001159'], who: 'rural' }, // overnight-stay-notice
  { q: 'khai báo lưu trú', expect: ['2.001159'], who: 'young' }, // overnight-stay-notice
  { q: 'ông nhà tôi mất rồi mà trong hộ khẩu vẫn còn tên, muốn xóa tên ông đi', expect: ['1.003197'], who: 'elderly' }, // delete-permanent-residence
  { q: 'xoa ten nguoi mat trong ho khau', expect: ['1.003197'], who: 'rural' }, // delete-permanent-residence
  { q: 'xóa đăng ký thường trú người chết', expect: ['1.003197'], who: 'young' }, // delete-permanent-residence
  { q: 'cháu nội tôi năm nay mười bốn tuổi, cô giáo bảo đi làm căn cước, bà đưa đi thì phải làm sao', expect: ['1.014061', '2.000200'], who: 'elderly' }, // cccd-first-14
  { q: 'con 14 tuoi lam can cuoc o dau', expect: ['1.014061', '2.000200'], who: 'rural' }, // cccd-first-14
  { q: 'làm CCCD lần đầu', expect: ['1.014061', '2.000200'], who: 'young' }, // cccd-first-14
  { q: 'bà đi chợ Vân Trì bị móc túi mất cả ví lẫn thẻ căn cước, giờ làm lại thế nào', expect: ['1.014064', '2.001194'], who: 'elderly' }, // cccd-lost
  { q: 'mat cccd lam lai het bn tien', expect: ['1.014064', '2.001194'], who: 'rural' }, // cccd-lost
  { q: 'cấp lại CCCD gắn chip bị mất', expect: ['1.014064', '2.001194'], who: 'young' }, // cccd-lost
  { q: 'thằng út nhà tôi sắp hai mươi lăm tuổi, nghe nói căn cước đến tuổi phải đổi, có đúng không cháu', expect: ['1.014063', '2.001195'], who: 'elderly' }, // cccd-renew-25
  { q: 'cccd het han 25 tuoi doi o dau', expect: ['1.014063', '2.001195'], who: 'rural' }, // cccd-renew-25
  { q: 'đổi thẻ căn cước hết hạn', expect: ['1.014063', '2.001195'], who: 'young' }, // cccd-renew-25
  { q: 'vợ chồng thằng cả định đưa cháu sang Hàn, người ta bảo làm căn cước cho đứa cháu mới ba tuổi, trẻ con cũng làm được à', expect: ['1.014062', '1.012549'], who: 'elderly' }, // cccd-child-under-6
  { q: 'lam can cuoc cho tre duoi 6 tuoi', expect: ['1.014062', '1.012549'], who: 'rural' }, // cccd-child-under-6
  { q: 'cấp căn cước trẻ em dưới 6 tuổi', expect: ['1.014062', '1.012549'], who: 'young' }, // cccd-child-under-6
  { q: 'nhà trường bảo nộp giấy xác nhận cư trú cho cháu vào lớp một, tôi không biết xin ở đâu', expect: ['1.010041'], who: 'elderly' }, // residence-confirmation
  { q: 'xin giay xac nhan cu tru cho con di hoc', expect: ['1.010041'], who: 'rural' }, // residence-confirmation
  { q: 'xác nhận thông tin về cư trú', expect: ['1.010041'], who: 'young' }, // residence-confirmation
  { q: 'thằng con thứ hai cưới vợ ra ở riêng trên mảnh đất giãn dân, giờ muốn tách khẩu ra thành hộ riêng', expect: ['1.010038'], who: 'elderly' }, // split-household
  { q: 'tach ho khau cho con ra o rieng', expect: ['1.010038'], who: 'rural' }, // split-household
  { q: 'tách hộ', expect: ['1.010038'], who: 'young' }, // split-household
  { q: 'thằng cháu đi Nhật theo diện thực tập sinh, công ty bảo phải làm hộ chiếu trước, đi làm ở đâu', expect: ['1.001456'], who: 'elderly' }, // passport
  { q: 'lam ho chieu di xuat khau lao dong', expect: ['1.001456'], who: 'rural' }, // passport
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456'], who: 'young' }, // passport
  { q: 'con trai tôi sang Hàn Quốc đi làm ba năm, có cần khai báo gì với xã không', expect: ['1.003677'], who: 'elderly' }, // temporary-absence
  { q: 'di lam nuoc ngoai lau co phai khai tam vang ko', expect: ['1.003677'], who: 'rural' }, // temporary-absence
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // temporary-absence
  { q: 'mảnh đất nhà tôi ở từ thời ông cha để lại, từ trước năm tám mươi, chưa có sổ đỏ bao giờ, giờ muốn làm sổ thì bắt đầu từ đâu', expect: ['1.013978'], who: 'elderly' }, // first-land-cert
  { q: 'dat o lau doi chua co so do lam lan dau ntn', expect: ['1.013978'], who: 'rural' }, // first-land-cert
  { q: 'cấp sổ đỏ lần đầu', expect: ['1.013978'], who: 'young' }, // first-land-cert
  { q: 'tôi có mảnh đất hơn ba trăm mét, muốn chia ra ba phần cho ba đứa con trai mỗi đứa một sổ riêng', expect: ['1.012784'], who: 'elderly' }, // land-split
  { q: 'tach thua dat chia cho con', expect: ['1.012784'], who: 'rural' }, // land-split
  { q: 'tách sổ đỏ', expect: ['1.012784'], who: 'young' }, // land-split
  { q: 'tôi mua mảnh đất của ông hàng xóm ở xóm Đình, đã công chứng rồi, giờ sang tên sổ đỏ thì nộp ở đâu', expect: ['1.013831'], who: 'elderly' }, // land-transfer-buy
  { q: 'mua dat roi sang ten so do o dau', expect: ['1.013831'], who: 'rural' }, // land-transfer-buy
  { q: 'sang tên sổ đỏ chuyển nhượng', expect: ['1.013831'], who: 'young' }, // land-transfer-buy
  { q: 'vợ chồng tôi già rồi, muốn cho đứa con gái út mảnh đất vườn, làm giấy cho tặng thế nào cho chắc', expect: ['1.013831', '2.001035'], who: 'elderly' }, // land-gift-children
  { q: 'bo me cho con dat lam thu tuc tang cho', expect: ['1.013831', '2.001035'], who: 'rural' }, // land-gift-children
  { q: 'tặng cho quyền sử dụng đất', expect: ['1.013831', '2.001035'], who: 'young' }, // land-gift-children
  { q: 'bố mẹ tôi mất không để lại di chúc, năm anh em giờ thống nhất để lại đất cho anh cả, thủ tục khai nhận thừa kế thế nào', expect: ['1.013831', '2.001406'], who: 'elderly' }, // land-inheritance
  { q: 'bo me mat ko de di chuc anh em chia dat', expect: ['1.013831', '2.001406'], who: 'rural' }, // land-inheritance
  { q: 'thừa kế đất sang tên', expect: ['1.013831', '2.001406'], who: 'young' }, // land-inheritance
  { q: 'lúc dọn nhà để xây lại tôi làm thất lạc sổ đỏ, tìm mãi không thấy, giờ xin cấp lại thì thế nào', expect: ['1.012786'], who: 'elderly' }, // lost-land-cert
  { q: 'mat so do xin cap lai', expect: ['1.012786'], who: 'rural' }, // lost-land-cert
  { q: 'cấp lại sổ đỏ bị mất', expect: ['1.012786'], who: 'young' }, // lost-land-cert
  { q: 'sổ đỏ nhà tôi cấp từ năm chín mươi ba, rách nát hết rồi, chữ mờ không đọc được, muốn đổi sổ mới', expect: ['1.012783'], who: 'elderly' }, // renew-old-land-cert
  { q: 'so do cu rach doi so moi', expect: ['1.012783'], who: 'rural' }, // renew-old-land-cert
  { q: 'cấp đổi giấy chứng nhận quyền sử dụng đất', expect: ['1.012783'], who: 'young' }, // renew-old-land-cert
  { q: 'con trai tôi muốn vay ngân hàng Agribank hai trăm triệu mở xưởng, phải đem sổ đỏ đi thế chấp, đăng ký ở đâu', expect: ['1.011441'], who: 'elderly' }, // mortgage
  { q: 'the chap so do vay ngan hang', expect: ['1.011441'], who: 'rural' }, // mortgage
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // mortgage
  { q: 'tôi trả hết nợ ngân hàng rồi, ngân hàng trả lại sổ đỏ, giờ muốn xóa cái dòng thế chấp ở trong sổ', expect: ['1.011443'], who: 'elderly' }, // delete-mortgage
  { q: 'tra het no roi xoa the chap so do', expect: ['1.011443'], who: 'rural' }, // delete-mortgage
  { q: 'xóa đăng ký thế chấp', expect: ['1.011443'], who: 'young' }, // delete-mortgage
  { q: 'nhà tôi có năm trăm mét, trong sổ có hai trăm đất ở còn lại là đất vườn, muốn chuyển thêm lên đất ở để cho con xây nhà', expect: ['1.013949'], who: 'elderly' }, // change-land-use
  { q: 'chuyen dat vuon len tho cu', expect: ['1.013949'], who: 'rural' }, // change-land-use
  { q: 'chuyển mục đích sử dụng đất', expect: ['1.013949'], who: 'young' }, // change-land-use
  { q: 'nhà bên cạnh xây tường lấn sang đất nhà tôi gần nửa mét, nói mãi không nghe, tôi muốn xã đứng ra giải quyết', expect: ['1.012812', '1.013967'], who: 'elderly' }, // land-boundary-dispute
  { q: 'hang xom xay lan dat nha minh nho xa giai quyet', expect: ['1.012812', '1.013967'], who: 'rural' }, // land-boundary-dispute
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' }, // land-boundary-dispute
  { q: 'nhà tôi được nhận lô đất dịch vụ khi bị thu ruộng làm khu công nghiệp, bốc thăm được lô rồi mà chưa có sổ, làm thế nào', expect: ['1.013978'], who: 'elderly' }, // resettlement-plot-cert
  { q: 'dat tai dinh cu da boc tham chua co so do', expect: ['1.013978'], who: 'rural' }, // resettlement-plot-cert
  { q: 'cấp sổ đỏ đất tái định cư', expect: ['1.013978'], who: 'young' }, // resettlement-plot-cert
  { q: 'sổ đỏ nhà tôi ghi tên vợ tôi sai một chữ, ra ngân hàng người ta không chịu, muốn sửa lại tên cho đúng', expect: ['1.012796', '1.012790'], who: 'elderly' }, // correct-land-cert
  { q: 'so do ghi sai ten sua lai', expect: ['1.012796', '1.012790'], who: 'rural' }, // correct-land-cert
  { q: 'đính chính giấy chứng nhận', expect: ['1.012796', '1.012790'], who: 'young' }, // correct-land-cert
  { q: 'trên sổ đỏ vẫn ghi số chứng minh thư chín số cũ, giờ tôi có căn cước rồi, có phải đổi lại trong sổ không', expect: ['1.013833', '1.012566'], who: 'elderly' }, // update-land-cert-id
  { q: 'so do ghi so cmnd cu gio doi sang cccd', expect: ['1.013833', '1.012566'], who: 'rural' }, // update-land-cert-id
  { q: 'đăng ký biến động thay đổi thông tin người sử dụng đất', expect: ['1.013833', '1.012566'], who: 'young' }, // update-land-cert-id
  { q: 'tôi định mua một mảnh đất ở Tiên Dương mà sợ dính quy hoạch, có chỗ nào xem được không', expect: ['1.014159'], who: 'elderly' }, // land-info-planning
  { q: 'kiem tra dat co dinh quy hoach ko', expect: ['1.014159'], who: 'rural' }, // land-info-planning
  { q: 'tra cứu thông tin thửa đất quy hoạch', expect: ['1.014159'], who: 'young' }, // land-info-planning
  { q: 'ruộng lúa nhà tôi cạnh đường cấy không được nữa, nước thải ngập, muốn chuyển sang trồng cây ăn quả với đào ao thả cá', expect: ['1.008004'], who: 'elderly' }, // rice-to-other-crop
  { q: 'ruong lua chuyen sang trong rau nuoi ca co phai xin phep ko', expect: ['1.008004'], who: 'rural' }, // rice-to-other-crop
  { q: 'chuyển đổi cơ cấu cây trồng trên đất lúa', expect: ['1.008004'], who: 'young' }, // rice-to-other-crop
  { q: 'tôi xây nhà ba tầng trên đất có sổ rồi, giờ muốn ghi thêm cái nhà vào sổ đỏ để sau này con cái dễ', expect: ['1.013995'], who: 'elderly' }, // register-house-on-land
  { q: 'bo sung nha vao so do', expect: ['1.013995'], who: 'rural' }, // register-house-on-land
  { q: 'đăng ký tài sản gắn liền với đất', expect: ['1.013995'], who: 'young' }, // register-house-on-land
  { q: 'nhà tôi cấp bốn dột nát, giờ muốn phá đi xây nhà hai tầng, có phải xin phép không, xin ở đâu', expect: ['1.013225'], who: 'elderly' }, // building-permit
  { q: 'xin giay phep xay nha 3 tang', expect: ['1.013225'], who: 'rural' }, // building-permit
  { q: 'giấy phép xây dựng nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // building-permit
  { q: 'tôi muốn nâng nền với đổ thêm một tầng lên nhà cũ, có phải xin giấy phép không', expect: ['1.013229'], who: 'elderly' }, // renovation-permit
  { q: 'sua nha co can xin phep ko', expect: ['1.013229'], who: 'rural' }, // renovation-permit
  { q: 'giấy phép sửa chữa cải tạo nhà', expect: ['1.013229'], who: 'young' }, // renovation-permit
  { q: 'năm ngoái xin được giấy phép xây nhà mà chưa có tiền làm, giờ sắp hết hạn, có gia hạn được không', expect: ['1.013227'], who: 'elderly' }, // extend-building-permit
  { q: 'giay phep xay dung sap het han gia han', expect: ['1.013227'], who: 'rural' }, // extend-building-permit
  { q: 'gia hạn giấy phép xây dựng', expect: ['1.013227'], who: 'young' }, // extend-building-permit
  { q: 'nhà tôi xây từ năm hai nghìn mười không xin phép, giờ muốn làm giấy tờ cho cái nhà đấy hợp pháp thì có được không', expect: ['1.013995', '1.013978'], who: 'elderly' }, // built-without-permit
  { q: 'nha xay ko phep gio hop thuc hoa dc ko', expect: ['1.013995', '1.013978'], who: 'rural' }, // built-without-permit
  { q: 'hợp thức hóa nhà xây không phép', expect: ['1.013995', '1.013978'], who: 'young' }, // built-without-permit
  { q: 'đất nhà tôi nằm trong quy hoạch làm đường mà chưa biết bao giờ làm, muốn xây tạm cái nhà để ở có được cấp phép không', expect: ['1.013225'], who: 'elderly' }, // temporary-building-permit
  { q: 'dat dinh quy hoach xin xay nha tam', expect: ['1.013225'], who: 'rural' }, // temporary-building-permit
  { q: 'giấy phép xây dựng có thời hạn', expect: ['1.013225'], who: 'young' }, // temporary-building-permit
  { q: 'con dâu tôi muốn mở cửa hàng tạp hóa ngay mặt đường ba hai, phải đăng ký kinh doanh ở đâu hả cháu', expect: ['1.001612'], who: 'elderly' }, // household-business-register
  { q: 'mo tap hoa dang ky kinh doanh ho ca the', expect: ['1.001612'], who: 'rural' }, // household-business-register
  { q: 'đkkd hộ kinh doanh', expect: ['1.001612'], who: 'young' }, // household-business-register
  { q: 'quán bún của con gái tôi chuyển từ đầu làng ra chỗ chợ mới, có phải làm lại giấy đăng ký không', expect: ['2.000720'], who: 'elderly' }, // household-business-change
  { q: 'doi dia diem kinh doanh ho ca the', expect: ['2.000720'], who: 'rural' }, // household-business-change
  { q: 'thay đổi nội dung đăng ký hộ kinh doanh', expect: ['2.000720'], who: 'young' }, // household-business-change
  { q: 'xưởng mộc nhà tôi làm ăn thua lỗ, muốn nghỉ hẳn, trả lại giấy phép kinh doanh thì làm sao', expect: ['1.001266'], who: 'elderly' }, // household-business-close
  { q: 'nghi ban hang tra giay phep kinh doanh', expect: ['1.001266'], who: 'rural' }, // household-business-close
  { q: 'chấm dứt hoạt động hộ kinh doanh', expect: ['1.001266'], who: 'young' }, // household-business-close
  { q: 'con trai tôi đi Hàn hai năm, quán sửa xe máy đóng cửa, muốn tạm nghỉ kinh doanh chứ không bỏ hẳn', expect: ['1.001570'], who: 'elderly' }, // household-business-suspend
  { q: 'tam ngung kinh doanh vai thang', expect: ['1.001570'], who: 'rural' }, // household-business-suspend
  { q: 'tạm ngừng kinh doanh hộ cá thể', expect: ['1.001570'], who: 'young' }, // household-business-suspend
  { q: 'thằng cháu đi Nhật về có ít vốn muốn mở công ty làm cơ khí nhỏ, thủ tục thành lập công ty thế nào', expect: ['2.001583', '2.001199'], who: 'elderly' }, // company-setup
  { q: 'thanh lap cong ty tnhh 1 thanh vien', expect: ['2.001583', '2.001199'], who: 'rural' }, // company-setup
  { q: 'thành lập công ty TNHH', expect: ['2.001583', '2.001199'], who: 'young' }, // company-setup
  { q: 'mấy nhà trồng rau ở bãi Xuân Canh muốn góp lại lập hợp tác xã để bán rau sạch cho siêu thị', expect: ['1.005280'], who: 'elderly' }, // cooperative
  { q: 'lap hop tac xa rau sach', expect: ['1.005280'], who: 'rural' }, // cooperative
  { q: 'đăng ký thành lập hợp tác xã', expect: ['1.005280'], who: 'young' }, // cooperative
  { q: 'nhà tôi làm miến dong ở Dương Liễu mấy chục năm nay, giờ người ta đòi giấy an toàn thực phẩm mới cho bán vào siêu thị', expect: ['2.001827'], who: 'elderly' }, // food-safety-cert
  { q: 'xin giay an toan ve sinh thuc pham co so lam banh keo', expect: ['2.001827'], who: 'rural' }, // food-safety-cert
  { q: 'giấy chứng nhận đủ điều kiện ATTP', expect: ['2.001827'], who: 'young' }, // food-safety-cert
  { q: 'nhà tôi xây dãy nhà nghỉ gần sân bay Nội Bài, công an bảo phải có giấy chứng nhận an ninh trật tự mới được hoạt động', expect: ['2.001478'], who: 'elderly' }, // guesthouse-security
  { q: 'giay an ninh trat tu nha nghi', expect: ['2.001478'], who: 'rural' }, // guesthouse-security
  { q: 'chứng nhận đủ điều kiện ANTT kinh doanh lưu trú', expect: ['2.001478'], who: 'young' }, // guesthouse-security
  { q: 'xưởng dệt nhà tôi ở La Phù, đoàn kiểm tra bảo phải làm hồ sơ phòng cháy chữa cháy, nộp ở đâu', expect: ['3.000489', '3.000490'], who: 'elderly' }, // fire-safety-workshop
  { q: 'xuong lam ho so pccc o dau', expect: ['3.000489', '3.000490'], who: 'rural' }, // fire-safety-workshop
  { q: 'thẩm duyệt PCCC nhà xưởng', expect: ['3.000489', '3.000490'], who: 'young' }, // fire-safety-workshop
  { q: 'con tôi muốn mở quán karaoke ở mặt đường Võ Nguyên Giáp, phải xin những giấy gì', expect: ['2.001478'], who: 'elderly' }, // karaoke-license
  { q: 'mo quan karaoke can giay phep gi', expect: ['2.001478'], who: 'rural' }, // karaoke-license
  { q: 'giấy phép kinh doanh karaoke', expect: ['2.001478'], who: 'young' }, // karaoke-license
  { q: 'tôi cho thuê mấy phòng trọ, người ta bảo phải đăng ký mã số thuế mà nộp thuế cho thuê nhà, làm ở đâu', expect: ['1.007689', '1.008498'], who: 'elderly' }, // rental-income-tax
  { q: 'cho thue phong tro co phai dong thue ko dang ky o dau', expect: ['1.007689', '1.008498'], who: 'rural' }, // rental-income-tax
  { q: 'khai thuế cho thuê nhà trọ', expect: ['1.007689', '1.008498'], who: 'young' }, // rental-income-tax
  { q: 'tôi bán căn nhà duy nhất để về quê ở với con, nghe nói được miễn thuế thu nhập, làm giấy miễn thế nào', expect: ['1.007674'], who: 'elderly' }, // pit-exemption-sole-house
  { q: 'mien thue thu nhap ca nhan ban nha duy nhat', expect: ['1.007674'], who: 'rural' }, // pit-exemption-sole-house
  { q: 'miễn thuế TNCN chuyển nhượng nhà đất', expect: ['1.007674'], who: 'young' }, // pit-exemption-sole-house
  { q: 'năm nào cũng có giấy báo nộp thuế đất, năm nay tôi được miễn vì là thương binh có đúng không, làm đơn ở đâu', expect: ['1.007695'], who: 'elderly' }, // land-tax-exemption-veteran
  { q: 'mien giam thue dat cho thuong binh', expect: ['1.007695'], who: 'rural' }, // land-tax-exemption-veteran
  { q: 'miễn giảm thuế sử dụng đất phi nông nghiệp', expect: ['1.007695'], who: 'young' }, // land-tax-exemption-veteran
  { q: 'đàn lợn nhà tôi chết hết vì dịch tả lợn châu Phi, mấy chục con, nghe nói nhà nước có hỗ trợ, làm đơn ở đâu', expect: ['1.013997'], who: 'elderly' }, // swine-fever-support
  { q: 'lon chet dich ta chau phi xin ho tro', expect: ['1.013997'], who: 'rural' }, // swine-fever-support
  { q: 'hỗ trợ thiệt hại dịch bệnh động vật', expect: ['1.013997'], who: 'young' }, // swine-fever-support
  { q: 'con tôi muốn mở cửa hàng bán thuốc trừ sâu với phân bón ở chợ xã thì phải có những giấy gì', expect: ['1.004363'], who: 'elderly' }, // pesticide-shop
  { q: 'mo cua hang ban thuoc tru sau can giay gi', expect: ['1.004363'], who: 'rural' }, // pesticide-shop
  { q: 'giấy chứng nhận đủ điều kiện buôn bán thuốc BVTV', expect: ['1.004363'], who: 'young' }, // pesticide-shop
  { q: 'tôi muốn bán thêm thuốc thú y cho bà con nuôi gà nuôi lợn trong làng, có phải xin phép không', expect: ['1.001686'], who: 'elderly' }, // vet-drug-shop
  { q: 'ban thuoc thu y can giay phep ko', expect: ['1.001686'], who: 'rural' }, // vet-drug-shop
  { q: 'điều kiện buôn bán thuốc thú y', expect: ['1.001686'], who: 'young' }, // vet-drug-shop
  { q: 'tôi buôn lợn con mang từ Hà Nội lên Thái Nguyên bán, người ta bảo phải có giấy kiểm dịch', expect: ['1.002338'], who: 'elderly' }, // animal-transport-quarantine
  { q: 'cho lon di tinh khac can giay kiem dich', expect: ['1.002338'], who: 'rural' }, // animal-transport-quarantine
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' }, // animal-transport-quarantine
  { q: 'mấy nhà ở bãi Hải Bối muốn thả cá lồng trên sông Hồng, có phải đăng ký với ai không', expect: ['1.014801', '1.014834', '1.004692'], who: 'elderly' }, // cage-fish-farming
  { q: 'nuoi ca long tren song co can dang ky ko', expect: ['1.014801', '1.014834', '1.004692'], who: 'rural' }, // cage-fish-farming
  { q: 'đăng ký nuôi trồng thủy sản lồng bè', expect: ['1.014801', '1.014834', '1.004692'], who: 'young' }, // cage-fish-farming
  { q: 'nhà tôi có cây sưa với cây nhãn cổ trong vườn, có người đến hỏi mua mang đi, có phải xin giấy xác nhận gì không', expect: ['1.000045'], who: 'elderly' }, // garden-timber-sale
  { q: 'ban cay go trong vuon nha can xac nhan ko', expect: ['1.000045'], who: 'rural' }, // garden-timber-sale
  { q: 'xác nhận nguồn gốc gỗ khai thác vườn nhà', expect: ['1.000045'], who: 'young' }, // garden-timber-sale
  { q: 'cháu tôi mới mua cái xe máy mới, cửa hàng bảo tự đi đăng ký biển số, ra đâu đăng ký', expect: ['1.013067', '1.012575'], who: 'elderly' }, // motorbike-registration
  { q: 'mua xe may moi dang ky bien so o dau', expect: ['1.013067', '1.012575'], who: 'rural' }, // motorbike-registration
  { q: 'đăng ký xe máy mới', expect: ['1.013067', '1.012575'], who: 'young' }, // motorbike-registration
  { q: 'tôi mua lại cái xe Wave cũ của người làng bên, giấy xe vẫn đứng tên họ, giờ muốn sang tên', expect: ['1.013076'], who: 'elderly' }, // vehicle-ownership-transfer
  { q: 'sang ten xe may cu mua lai', expect: ['1.013076'], who: 'rural' }, // vehicle-ownership-transfer
  { q: 'sang tên xe máy', expect: ['1.013076'], who: 'young' }, // vehicle-ownership-transfer
  { q: 'bằng lái ô tô của thằng con tôi sắp hết hạn, nó chạy xe tải chở hàng cho khu công nghiệp, đổi ở đâu', expect: ['3.000347'], who: 'elderly' }, // license-renewal
  { q: 'doi bang lai xe het han', expect: ['3.000347'], who: 'rural' }, // license-renewal
  { q: 'đổi GPLX', expect: ['3.000347'], who: 'young' }, // license-renewal
  { q: 'thằng cháu mất cái ví có bằng lái xe máy, bằng cũ làm từ năm hai nghìn, giờ làm lại được không', expect: ['3.000348'], who: 'elderly' }, // license-lost
  { q: 'mat bang lai xe may lam lai', expect: ['3.000348'], who: 'rural' }, // license-lost
  { q: 'cấp lại GPLX bị mất', expect: ['3.000348'], who: 'young' }, // license-lost
  { q: 'con trai tôi có bằng lái ô tô bên Nhật, nay về nước muốn đổi sang bằng Việt Nam để lái xe', expect: ['3.000351'], who: 'elderly' }, // foreign-license-convert
  { q: 'bang lai xe han quoc doi sang bang vn dc ko', expect: ['3.000351'], who: 'rural' }, // foreign-license-convert
  { q: 'đổi bằng lái nước ngoài sang GPLX Việt Nam', expect: ['3.000351'], who: 'young' }, // foreign-license-convert
  { q: 'cái xe Cub cũ nhà tôi nát hết rồi, đã bán cho đồng nát, người ta bảo phải đi trả biển số, trả ở đâu', expect: ['1.013123', '1.013065'], who: 'elderly' }, // vehicle-deregistration
  { q: 'xe hong ban sat vun nop lai bien so', expect: ['1.013123', '1.013065'], who: 'rural' }, // vehicle-deregistration
  { q: 'thu hồi đăng ký biển số xe', expect: ['1.013123', '1.013065'], who: 'young' }, // vehicle-deregistration
  { q: 'thằng út nhà tôi mua cái xe tải nhỏ chở hàng thuê cho mấy xưởng, người ta bảo phải có phù hiệu mới chạy được', expect: ['2.002288', '1.000703'], who: 'elderly' }, // truck-badge
  { q: 'lam phu hieu xe tai cho hang', expect: ['2.002288', '1.000703'], who: 'rural' }, // truck-badge
  { q: 'cấp phù hiệu xe tải', expect: ['2.002288', '1.000703'], who: 'young' }, // truck-badge
  { q: 'nhà tôi mất ruộng rồi, chồng ốm nằm một chỗ, muốn xin xét hộ cận nghèo để được thẻ bảo hiểm', expect: ['1.011607', '1.011606'], who: 'elderly' }, // poor-household
  { q: 'xin xet ho can ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // poor-household
  { q: 'công nhận hộ nghèo hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // poor-household
  { q: 'thẻ bảo hiểm y tế của tôi bị rách, đi khám ở bệnh viện Đông Anh người ta không nhận, xin cấp lại thế nào', expect: ['1.002759'], who: 'elderly' }, // health-insurance-reissue
  { q: 'the bhyt bi mat xin cap lai', expect: ['1.002759'], who: 'rural' }, // health-insurance-reissue
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // health-insurance-reissue
  { q: 'thằng cháu nghỉ làm công nhân định đi Nhật, muốn rút tiền bảo hiểm xã hội một lần thì làm ở đâu', expect: ['1.001613'], who: 'elderly' }, // one-time-social-insurance
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' }, // one-time-social-insurance
  { q: 'hưởng BHXH một lần', expect: ['1.001613'], who: 'young' }, // one-time-social-insurance
  { q: 'tôi làm ruộng cả đời không có lương hưu, giờ muốn đóng bảo hiểm xã hội tự nguyện để về già có lương thì đăng ký ở đâu', expect: ['1.002179'], who: 'elderly' }, // voluntary-social-insurance
  { q: 'dong bao hiem tu nguyen cho nong dan', expect: ['1.002179'], who: 'rural' }, // voluntary-social-insurance
  { q: 'đăng ký BHXH tự nguyện', expect: ['1.002179'], who: 'young' }, // voluntary-social-insurance
  { q: 'cô ơi tôi cần sao y mấy cái giấy tờ, sổ hộ khẩu với giấy khai sinh, để nộp hồ sơ cho cháu', expect: ['2.000815'], who: 'elderly' }, // certify-copy
  { q: 'cong chung photo giay to o xa', expect: ['2.000815'], who: 'rural' }, // certify-copy
  { q: 'chứng thực bản sao', expect: ['2.000815'], who: 'young' }, // certify-copy
  { q: 'giấy tờ con tôi gửi từ Hàn Quốc về bằng chữ Hàn, dịch ra rồi, người ta bảo phải chứng thực chữ ký người dịch', expect: ['2.001008', '2.000992'], who: 'elderly' }, // certify-translator-signature
  { q: 'chung thuc ban dich giay to tieng nhat', expect: ['2.001008', '2.000992'], who: 'rural' }, // certify-translator-signature
  { q: 'chứng thực chữ ký người dịch', expect: ['2.001008', '2.000992'], who: 'young' }, // certify-translator-signature
  { q: 'tôi bán mảnh đất cho người cháu, hai bên viết giấy tay rồi, giờ muốn làm hợp đồng có xã chứng thực', expect: ['2.001035'], who: 'elderly' }, // certify-land-contract
  { q: 'lam hop dong mua ban dat chung thuc o xa', expect: ['2.001035'], who: 'rural' }, // certify-land-contract
  { q: 'chứng thực hợp đồng chuyển nhượng đất', expect: ['2.001035'], who: 'young' }, // certify-land-contract
  { q: 'con trai tôi đang ở Hàn Quốc không về được, muốn ủy quyền cho tôi đi làm thủ tục nhận tiền đền bù thay nó', expect: ['2.001035', '2.000884'], who: 'elderly' }, // power-of-attorney
  { q: 'lam giay uy quyen cho bo me lam thay', expect: ['2.001035', '2.000884'], who: 'rural' }, // power-of-attorney
  { q: 'chứng thực hợp đồng ủy quyền', expect: ['2.001035', '2.000884'], who: 'young' }, // power-of-attorney
  { q: 'mấy chị em tôi đã ngồi với nhau thỏa thuận chia phần nhà đất của mẹ, giờ cần xã xác nhận cái văn bản đấy', expect: ['2.001406'], who: 'elderly' }, // inheritance-division-agreement
  { q: 'chung thuc van ban chia tai san thua ke', expect: ['2.001406'], who: 'rural' }, // inheritance-division-agreement
  { q: 'chứng thực văn bản thỏa thuận phân chia di sản', expect: ['2.001406'], who: 'young' }, // inheritance-division-agreement
  { q: 'tôi già rồi muốn làm di chúc để lại nhà cho thằng út, làm ở xã có được không', expect: ['2.001019'], who: 'elderly' }, // will-certification
  { q: 'lam di chuc o ubnd xa', expect: ['2.001019'], who: 'rural' }, // will-certification
  { q: 'chứng thực di chúc', expect: ['2.001019'], who: 'young' }, // will-certification
  { q: 'thằng cháu đi xuất khẩu lao động sang Nhật, công ty bảo nộp lý lịch tư pháp, xin ở đâu', expect: ['3.000333'], who: 'elderly' }, // criminal-record
  { q: 'xin ly lich tu phap di xkld', expect: ['3.000333'], who: 'rural' }, // criminal-record
  { q: 'phiếu lý lịch tư pháp số 1', expect: ['3.000333'], who: 'young' }, // criminal-record
  { q: 'nhà tôi nghèo, bị người ta kiện chuyện đất, không có tiền thuê luật sư, có chỗ nào giúp không cháu', expect: ['2.000829'], who: 'elderly' }, // legal-aid
  { q: 'xin tro giup phap ly mien phi', expect: ['2.000829'], who: 'rural' }, // legal-aid
  { q: 'trợ giúp pháp lý', expect: ['2.000829'], who: 'young' }, // legal-aid
  { q: 'xưởng làm bún của nhà tôi phải khoan giếng lấy nước, nghe nói khoan giếng cũng phải đăng ký', expect: ['1.001662'], who: 'elderly' }, // groundwater-well
  { q: 'khoan gieng cho xuong co phai dang ky ko', expect: ['1.001662'], who: 'rural' }, // groundwater-well
  { q: 'đăng ký khai thác nước dưới đất', expect: ['1.001662'], who: 'young' }, // groundwater-well
  { q: 'vợ chồng đứa cháu thuê trọ mãi, giờ muốn đăng ký mua căn nhà ở xã hội ở khu công nghiệp, phải xin xác nhận gì ở xã', expect: ['1.014632', '3.000412', '1.115150'], who: 'elderly' }, // social-housing-eligibility
  { q: 'xac nhan dieu kien mua nha o xa hoi', expect: ['1.014632', '3.000412', '1.115150'], who: 'rural' }, // social-housing-eligibility
  { q: 'xác nhận đối tượng mua nhà ở xã hội', expect: ['1.014632', '3.000412', '1.115150'], who: 'young' }, // social-housing-eligibility
  { q: 'tôi nhận lương hưu qua bưu điện, giờ con cháu bảo làm thẻ ngân hàng mà tôi không biết làm ở đâu', expect: ['2.000740'], who: 'elderly' }, // pension-bank-card
  { q: 'lam the atm cho ba gia nhan luong huu', expect: ['2.000740'], who: 'rural' }, // pension-bank-card
  { q: 'mở tài khoản ngân hàng cho người già', expect: ['2.000740'], who: 'young' }, // pension-bank-card
];

export const THIRTYFIRST_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // compensation-complaint: the only complaint procedures in the crawl are complaints against the police force; no general first-time administrative complaint on land recovery/compensation
  { q: 'đất ruộng nhà tôi bị thu hồi làm đường Vành đai bốn, giá đền bù thấp quá, tôi muốn làm đơn khiếu nại', who: 'elderly' },
  { q: 'khieu nai tien den bu dat lam duong', who: 'rural' },
  { q: 'khiếu nại quyết định thu hồi đất', who: 'young' },
  // public-farmland-lease: leasing commune public-purpose (5%) land is done by the commune through auction; no procedure in the crawl (the land allocation/lease procedure is for non-auction cases)
  { q: 'xã có mấy mẫu đất công ích ven đê bỏ không, tôi muốn thuê để trồng rau thì làm đơn ở đâu', who: 'elderly' },
  { q: 'thue dat cong ich xa trong rau', who: 'rural' },
  { q: 'thuê đất nông nghiệp công ích', who: 'young' },
  // handmade-liquor: no licence for handmade liquor production in the crawl (industry & trade procedures absent; only electronic liquor stamps)
  { q: 'nhà tôi nấu rượu gạo ở làng Vân bao đời nay, giờ muốn bán rượu đóng chai có nhãn thì phải xin giấy gì', who: 'elderly' },
  { q: 'nau ruou thu cong ban phai xin giay phep j', who: 'rural' },
  { q: 'giấy phép sản xuất rượu thủ công', who: 'young' },
  // liquor-retail: no liquor retail licence in the crawl (industry & trade procedures absent)
  { q: 'quán tạp hóa nhà tôi có bán mấy chai rượu bia, nghe nói bán rượu phải có giấy phép riêng à', who: 'elderly' },
  { q: 'giay phep ban le ruou tap hoa', who: 'rural' },
  { q: 'giấy phép bán lẻ rượu', who: 'young' },
  // tobacco-retail: no tobacco retail licence in the crawl (industry & trade procedures absent)
  { q: 'bán thuốc lá ở quán nước đầu cầu có phải xin phép không cháu', who: 'elderly' },
  { q: 'xin giay phep ban thuoc la', who: 'rural' },
  { q: 'giấy phép bán lẻ sản phẩm thuốc lá', who: 'young' },
  // environment-registration: no environmental registration (đăng ký môi trường) procedure in the crawl; only environmental permits and EIA
  { q: 'xưởng tái chế nhựa của nhà tôi bị nhắc phải đăng ký môi trường, không biết làm đơn thế nào', who: 'elderly' },
  { q: 'dang ky moi truong cho xuong san xuat nho', who: 'rural' },
  { q: 'đăng ký môi trường', who: 'young' },
  // storm-crop-damage: no support procedure for crops damaged by natural disasters (only forest damage inspection and tax relief)
  { q: 'bão vừa rồi nước sông Hồng lên ngập hết bãi rau nhà tôi ở Nam Hồng, mất trắng cả vụ, có được hỗ trợ gì không', who: 'elderly' },
  { q: 'rau mau bi ngap mat trang xin ho tro thien tai', who: 'rural' },
  { q: 'hỗ trợ thiệt hại do thiên tai cây trồng', who: 'young' },
  // farm-certification: no economic-farm (kinh tế trang trại) certification; only livestock-farm conditions for large-scale farms
  { q: 'nhà tôi nhận thầu hơn hai héc ta ven đê nuôi cá với trồng bưởi, nghe nói được công nhận trang trại thì được vay vốn', who: 'elderly' },
  { q: 'xin cong nhan kinh te trang trai', who: 'rural' },
  { q: 'chứng nhận kinh tế trang trại', who: 'young' },
  // old-age-allowance: no social-protection procedures (monthly allowance for the elderly) in the crawl
  { q: 'tôi năm nay tám mươi tuổi rồi, nghe nói người già được nhận tiền hàng tháng, tôi phải làm giấy tờ gì', who: 'elderly' },
  { q: 'ba 80 tuoi lam tro cap nguoi gia', who: 'rural' },
  { q: 'trợ cấp xã hội người cao tuổi', who: 'young' },
  // disability-assessment: no disability-level assessment procedure in the crawl
  { q: 'thằng cháu nội tôi bị thiểu năng từ bé, không nói được, muốn làm giấy xác nhận khuyết tật cho cháu', who: 'elderly' },
  { q: 'xac nhan khuyet tat cho con', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // disability-allowance: no social allowance for people with disabilities in the crawl
  { q: 'con gái tôi bị liệt hai chân sau tai nạn ở xưởng, đã có giấy khuyết tật rồi, có được trợ cấp hằng tháng không', who: 'elderly' },
  { q: 'nguoi khuyet tat nang xin tro cap hang thang', who: 'rural' },
  { q: 'trợ cấp hàng tháng người khuyết tật', who: 'young' },
  // funeral-allowance: no social-protection funeral support; BHXH survivor benefit applies only to insured people, not social-allowance recipients
  { q: 'bà chị tôi đang hưởng trợ cấp người già thì mất, nghe nói gia đình được hỗ trợ tiền mai táng', who: 'elderly' },
  { q: 'ho tro mai tang phi nguoi gia', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // agent-orange-veteran: only the police-force variant exists (at provincial police); nothing for army veterans
  { q: 'tôi đi bộ đội ở Quảng Trị năm bảy hai, giờ con tôi sinh ra bị dị tật, nghe nói bị nhiễm chất độc da cam thì được hưởng chế độ', who: 'elderly' },
  { q: 'cuu chien binh nhiem chat doc da cam lam che do', who: 'rural' },
  { q: 'chế độ người hoạt động kháng chiến nhiễm chất độc hóa học', who: 'young' },
  // martyr-worship: no martyr worship allowance procedure (only police-force martyr recognition)
  { q: 'anh trai tôi là liệt sĩ hy sinh ở biên giới, bố mẹ tôi mất cả rồi, giờ tôi đứng ra thờ cúng thì có được nhận tiền thờ cúng không', who: 'elderly' },
  { q: 'nhan tien tho cung liet si khi bo me mat', who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', who: 'young' },
  // martyr-remains-relocation: no procedure for relocating martyrs' remains in the crawl
  { q: 'gia đình tôi tìm được mộ chú tôi là liệt sĩ ở nghĩa trang trong Quảng Trị, muốn đưa hài cốt về nghĩa trang quê mình', who: 'elderly' },
  { q: 'dua hai cot liet si ve que', who: 'rural' },
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' },
  // unemployment-benefit: no unemployment benefit claim procedure (only authorising someone to collect it)
  { q: 'con dâu tôi làm công ty điện tử ở khu công nghiệp Thăng Long bị cắt giảm, nghỉ việc rồi, nghe nói được nhận trợ cấp thất nghiệp', who: 'elderly' },
  { q: 'nghi viec o kcn lam bao hiem that nghiep', who: 'rural' },
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' },
  // denunciation: the only denunciation procedures concern police officers; nothing for reporting land encroachment
  { q: 'có người đổ đất lấp ao làng ban đêm, tôi muốn tố cáo mà không biết gửi đơn ở đâu', who: 'elderly' },
  { q: 'gui don to cao lan chiem dat cong', who: 'rural' },
  { q: 'tố cáo vi phạm', who: 'young' },
  // village-festival: no festival registration/notification (culture procedures absent)
  { q: 'làng tôi năm nay mở hội đình lớn, có rước kiệu, ban khánh tiết bảo phải báo cáo xin phép xã', who: 'elderly' },
  { q: 'to chuc le hoi lang xin phep xa', who: 'rural' },
  { q: 'đăng ký tổ chức lễ hội', who: 'young' },
  // military-service-registration: no military-service registration procedure (defence procedures absent)
  { q: 'thằng cháu đủ mười tám tuổi, năm nay phải đi đăng ký nghĩa vụ quân sự, mà nó lại đang định đi Nhật thì tính sao', who: 'elderly' },
  { q: 'dang ky nghia vu quan su lan dau', who: 'rural' },
  { q: 'đăng ký NVQS lần đầu', who: 'young' },
  // electricity-new-meter: utility service, not an administrative procedure
  { q: 'nhà con trai tôi mới xây xong muốn lắp công tơ điện riêng, đăng ký với ai hả cháu', who: 'elderly' },
  { q: 'lap cong to dien moi cho nha moi xay', who: 'rural' },
  { q: 'đăng ký lắp điện mới EVN', who: 'young' },
  // clean-water-connection: utility service, not an administrative procedure
  { q: 'xóm tôi giếng khoan bị nhiễm asen, muốn đăng ký dùng nước máy sạch thì hỏi ở đâu', who: 'elderly' },
  { q: 'dang ky lap nuoc may sach', who: 'rural' },
  { q: 'lắp đồng hồ nước sạch', who: 'young' },
  // compensation-payment-date: question about a project payment schedule, not a procedure
  { q: 'đất nhà tôi bị lấy làm đường từ năm ngoái, ký hết giấy rồi mà chưa thấy nhận tiền đền bù, bao giờ thì được trả', who: 'elderly' },
  { q: 'bao gio dc nhan tien den bu giai phong mat bang', who: 'rural' },
  { q: 'lịch chi trả tiền đền bù Vành đai 4', who: 'young' },
  // sim-registration: telecom operator service, not an administrative procedure
  { q: 'cái điện thoại của tôi nhà mạng nhắn tin bảo phải cập nhật thông tin không thì khóa sim, tôi không biết làm', who: 'elderly' },
  { q: 'sim bi khoa 1 chieu cap nhat thong tin', who: 'rural' },
  { q: 'chuẩn hóa thông tin thuê bao', who: 'young' },
  // job-industrial-park: job search at a factory; no employment-service procedure in the crawl
  { q: 'con gái tôi học hết lớp mười hai, muốn xin vào làm công nhân khu công nghiệp Thăng Long, nộp hồ sơ ở đâu', who: 'elderly' },
  { q: 'xin viec cong nhan kcn thang long', who: 'rural' },
  { q: 'tuyển công nhân KCN Bắc Thăng Long', who: 'young' },
  // grave-relocation-road: grave relocation support is part of the compensation plan, not a citizen procedure in the crawl
  { q: 'mộ các cụ nhà tôi nằm giữa ruộng bị thu hồi làm đường, người ta bảo phải cất bốc đi, được hỗ trợ bao nhiêu', who: 'elderly' },
  { q: 'di doi mo trong ruong bi thu hoi', who: 'rural' },
  { q: 'hỗ trợ di dời mộ giải phóng mặt bằng', who: 'young' },
  // hospital-appointment: hospital booking, not an administrative procedure
  { q: 'tôi đau khớp gối lâu năm, muốn lên bệnh viện Bạch Mai khám thì đặt lịch ở đâu', who: 'elderly' },
  { q: 'dat lich kham benh vien bach mai', who: 'rural' },
  { q: 'đặt lịch khám online', who: 'young' },
  // grade1-enrolment: school enrolment; no education procedures in the crawl
  { q: 'cháu nội tôi sang năm vào lớp một, bố mẹ nó thuê trọ ở đây mà hộ khẩu ở quê, có được học trường làng không', who: 'elderly' },
  { q: 'dang ky cho con vao lop 1 truong cong', who: 'rural' },
  { q: 'tuyển sinh lớp 1 trái tuyến', who: 'young' },
  // traffic-fine-payment: no fine-payment / camera-fine lookup procedure in the crawl
  { q: 'thằng con tôi bị phạt nguội vượt đèn đỏ ở cầu Nhật Tân, giờ nộp phạt ở đâu', who: 'elderly' },
  { q: 'nop phat nguoi o dau', who: 'rural' },
  { q: 'tra cứu phạt nguội', who: 'young' },
];
