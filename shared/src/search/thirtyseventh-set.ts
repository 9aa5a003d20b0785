import type { CitizenQuery } from './dev-set';
// CitizenQuery is { q: string; expect: readonly string[]; who: 'elderly' | 'rural' | 'young' }

/** THIRTYSEVENTH blind held-out set (issue 17). Persona: a Central Highlands commune of Đắk Lắk — coffee and pepper
 *  farmers, Ê Đê neighbours, families who came from the North and Centre decades ago (mixed northern/central speech),
 *  land from old state farms, forest land, motorbikes, children working in Ho Chi Minh City.
 *  Written 2026-12-07 (UTC) blind: queries drafted before the catalogue was opened, without seeing the engine, tests or other sets.
 *  Draft: docs/search-drafts/thirtyseventh-draft-20261207T1045Z.txt  sha256 0b0f073117de3a6b557ee7445204509432a7cfe2931b94cf4d11b3d677b640d0
 *  240 queries (80 situations x 3 voices): 151 labelled (elderly 51, rural 50, young 50), 89 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const THIRTYSEVENTH_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, đứa cháu nội tui đẻ ở nhà trong buôn, giờ lên ba tuổi rồi mà chưa làm giấy khai sinh, giờ làm muộn thì có được không, có bị phạt không?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // birth-late-registration
  { q: 'lam giay khai sin cho chau 3 tuoi chua dk', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' }, // birth-late-registration
  { q: 'đăng ký khai sinh quá hạn', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' }, // birth-late-registration
  { q: 'Giấy khai sinh của tôi làm từ hồi ngoài Thái Bình, mất lâu rồi, ủy ban ngoài đó cũng không còn sổ, bây giờ tôi muốn làm lại thì làm thế nào ạ?', expect: ['1.004884'], who: 'elderly' }, // birth-re-registration
  { q: 'mat giay khai sinh goc ngoai bac xin lam lai', expect: ['1.004884'], who: 'rural' }, // birth-re-registration
  { q: 'đăng ký lại khai sinh khi sổ gốc bị mất', expect: ['1.004884'], who: 'young' }, // birth-re-registration
  {
    q: 'Thằng con trai tôi với con bé người Ê Đê trong buôn đã làm đám cưới theo phong tục rồi, giờ muốn ra xã đăng ký cho đàng hoàng thì cần mang những giấy gì?',
    expect: ['1.000894'],
    who: 'elderly',
  }, // marriage-registration
  { q: 'dang ky ket hon can giay to gi', expect: ['1.000894'], who: 'rural' }, // marriage-registration
  { q: 'thủ tục đk kết hôn', expect: ['1.000894'], who: 'young' }, // marriage-registration
  {
    q: 'Con gái tui đi làm trong thành phố Hồ Chí Minh, hộ khẩu vẫn ở nhà, giờ nó muốn lấy chồng trong đó, người ta bảo về xin giấy xác nhận còn độc thân, mần răng ạ?',
    expect: ['1.004873'],
    who: 'elderly',
  }, // single-status-confirmation
  { q: 'xin giay doc than cho con o sai gon', expect: ['1.004873'], who: 'rural' }, // single-status-confirmation
  { q: 'giấy xác nhận tình trạng hôn nhân để kết hôn', expect: ['1.004873'], who: 'young' }, // single-status-confirmation
  { q: 'Ông nhà tôi mới mất hôm tuần trước ở nhà, con cháu lo ma chay xong rồi, giờ phải ra xã báo tử thì cần những gì hả cô?', expect: ['1.000656'], who: 'elderly' }, // death-registration
  { q: 'bao tu cho chong moi mat', expect: ['1.000656'], who: 'rural' }, // death-registration
  { q: 'đăng ký khai tử', expect: ['1.000656'], who: 'young' }, // death-registration
  { q: 'Tên con tôi là tên người Ê Đê, hồi làm giấy khai sinh cán bộ ghi sai chữ, giờ đi làm căn cước không khớp, muốn sửa lại tên cho đúng thì làm ở đâu?', expect: ['1.004859'], who: 'elderly' }, // name-correction
  { q: 'giay khai sinh ghi sai ten con sua lai', expect: ['1.004859'], who: 'rural' }, // name-correction
  { q: 'cải chính họ tên trong giấy khai sinh', expect: ['1.004859'], who: 'young' }, // name-correction
  { q: 'Cháu tôi bố người Kinh, mẹ người Ê Đê, hồi khai sinh ghi dân tộc Kinh, giờ mẹ nó muốn đổi theo dân tộc Ê Đê của mẹ thì có được không?', expect: ['1.004859'], who: 'elderly' }, // ethnicity-redetermination
  { q: 'doi dan toc cho con theo me e de', expect: ['1.004859'], who: 'rural' }, // ethnicity-redetermination
  { q: 'xác định lại dân tộc cho con', expect: ['1.004859'], who: 'young' }, // ethnicity-redetermination
  {
    q: 'Con gái tôi có đứa con với anh kia mà chưa cưới xin gì, giấy khai sinh của thằng bé bỏ trống tên cha, nay anh ấy muốn nhận con thì phải làm thủ tục gì?',
    expect: ['1.001022'],
    who: 'elderly',
  }, // father-child-recognition
  { q: 'lam giay nhan con cho bo dua nho', expect: ['1.001022'], who: 'rural' }, // father-child-recognition
  { q: 'đăng ký nhận cha con', expect: ['1.001022'], who: 'young' }, // father-child-recognition
  { q: 'Bố mẹ đứa cháu tôi mất cả rồi do tai nạn, tôi là bà nội đang nuôi nó, người ta bảo phải làm giấy giám hộ mới lo giấy tờ cho nó được, vậy làm ở đâu ạ?', expect: ['1.004837'], who: 'elderly' }, // guardianship-grandchild
  { q: 'ba noi lam giam ho cho chau mo coi', expect: ['1.004837'], who: 'rural' }, // guardianship-grandchild
  { q: 'đăng ký giám hộ cho cháu', expect: ['1.004837'], who: 'young' }, // guardianship-grandchild
  { q: 'Cái giấy đăng ký kết hôn của vợ chồng tôi làm từ năm tám mấy, giờ rách nát hết, làm sổ đỏ người ta đòi bản sao, tôi xin lại bản sao ở đâu được?', expect: ['2.000635'], who: 'elderly' }, // civil-status-extract-copy
  { q: 'xin ban sao giay ket hon bi rach', expect: ['2.000635'], who: 'rural' }, // civil-status-extract-copy
  { q: 'cấp bản sao trích lục kết hôn', expect: ['2.000635'], who: 'young' }, // civil-status-extract-copy
  { q: 'Nhà tôi vô đây làm rẫy mười mấy năm rồi mà hộ khẩu vẫn còn ở ngoài Nghệ An, giờ muốn chuyển hẳn vô đây thì phải làm răng?', expect: ['1.004222'], who: 'elderly' }, // permanent-residence
  { q: 'chuyen ho khau tu nghe an vao dak lak', expect: ['1.004222'], who: 'rural' }, // permanent-residence
  { q: 'đăng ký thường trú chuyển từ tỉnh khác', expect: ['1.004222'], who: 'young' }, // permanent-residence
  { q: 'Mùa hái cà phê nhà tôi có thuê mấy người ở Quảng Ngãi vô ở lại trong rẫy, có phải khai báo với công an xã không, làm như thế nào?', expect: ['1.004194', '2.001159'], who: 'elderly' }, // temporary-residence-seasonal-workers
  { q: 'khai bao tam tru cho nguoi hai ca phe', expect: ['1.004194', '2.001159'], who: 'rural' }, // temporary-residence-seasonal-workers
  { q: 'đăng ký tạm trú cho lao động thời vụ', expect: ['1.004194', '2.001159'], who: 'young' }, // temporary-residence-seasonal-workers
  { q: 'Thằng cháu tôi xin việc trong Bình Dương, công ty bảo nộp giấy xác nhận cư trú, bây giờ sổ hộ khẩu không còn dùng nữa thì xin cái giấy đó ở đâu?', expect: ['1.010041'], who: 'elderly' }, // residence-confirmation-ct07
  { q: 'xin giay xac nhan cu tru cho chau di lam', expect: ['1.010041'], who: 'rural' }, // residence-confirmation-ct07
  { q: 'xin CT07 xác nhận cư trú', expect: ['1.010041'], who: 'young' }, // residence-confirmation-ct07
  { q: 'Con trai tôi đi làm trong Sài Gòn cả năm mới về, có phải khai tạm vắng ở xã không hay là thôi cũng được?', expect: ['1.003677'], who: 'elderly' }, // temporary-absence-declaration
  { q: 'khai tam vang con di lam xa', expect: ['1.003677'], who: 'rural' }, // temporary-absence-declaration
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // temporary-absence-declaration
  { q: 'Đứa cháu tôi mười bốn tuổi, trường bảo đi làm căn cước để thi cử, có cần mang theo bố mẹ nó không, làm ở công an xã hay lên tỉnh?', expect: ['1.014061', '2.000200'], who: 'elderly' }, // id-card-child
  { q: 'lam can cuoc cho con 14 tuoi', expect: ['1.014061', '2.000200'], who: 'rural' }, // id-card-child
  { q: 'cấp thẻ căn cước lần đầu cho trẻ em', expect: ['1.014061', '2.000200'], who: 'young' }, // id-card-child
  { q: 'Tôi đi rẫy làm rơi mất cái thẻ căn cước rồi, tìm mãi không thấy, giờ đi làm lại thì có mất tiền không, bao lâu thì có?', expect: ['1.014064', '2.001194'], who: 'elderly' }, // id-card-lost-reissue
  { q: 'mat cccd lam lai', expect: ['1.014064', '2.001194'], who: 'rural' }, // id-card-lost-reissue
  { q: 'cấp lại thẻ căn cước bị mất', expect: ['1.014064', '2.001194'], who: 'young' }, // id-card-lost-reissue
  {
    q: 'Đất rẫy nhà tôi là đất nông trường cũ giao khoán từ hồi những năm chín mươi, trồng cà phê mấy chục năm rồi mà chưa có bìa đỏ, giờ muốn làm sổ thì phải làm sao?',
    expect: ['1.013978'],
    who: 'elderly',
  }, // first-land-certificate-state-farm
  { q: 'lam so do lan dau dat nong truong cu', expect: ['1.013978'], who: 'rural' }, // first-land-certificate-state-farm
  { q: 'cấp GCN quyền sử dụng đất lần đầu', expect: ['1.013978'], who: 'young' }, // first-land-certificate-state-farm
  { q: 'Tôi muốn cho thằng út cái lô đất ở cạnh nhà để nó ra riêng, làm giấy tặng cho rồi sang tên sổ đỏ cho nó thì làm ở đâu?', expect: ['1.013831', '2.001035'], who: 'elderly' }, // land-gift-to-child
  { q: 'cho con dat sang ten so do', expect: ['1.013831', '2.001035'], who: 'rural' }, // land-gift-to-child
  { q: 'thủ tục tặng cho quyền sử dụng đất cho con', expect: ['1.013831', '2.001035'], who: 'young' }, // land-gift-to-child
  {
    q: 'Bố tôi mất không để lại di chúc, mấy anh em đã thống nhất để mảnh vườn tiêu lại cho tôi, giờ muốn đứng tên sổ đỏ thì phải làm những giấy tờ gì ạ?',
    expect: ['1.013831', '2.001406', '2.001016'],
    who: 'elderly',
  }, // land-inheritance
  { q: 'dat cua bo mat chia thua ke sang ten', expect: ['1.013831', '2.001406', '2.001016'], who: 'rural' }, // land-inheritance
  { q: 'khai nhận di sản thừa kế đất đai', expect: ['1.013831', '2.001406', '2.001016'], who: 'young' }, // land-inheritance
  { q: 'Nhà tôi bị cháy hồi năm ngoái, cái bìa đỏ đất rẫy cháy mất rồi, giờ xin cấp lại có được không?', expect: ['1.012786'], who: 'elderly' }, // lost-red-book
  { q: 'so do bi chay mat xin cap lai', expect: ['1.012786'], who: 'rural' }, // lost-red-book
  { q: 'cấp lại sổ đỏ bị mất', expect: ['1.012786'], who: 'young' }, // lost-red-book
  { q: 'Mảnh đất nhà tôi rộng, tôi muốn tách ra làm ba thửa chia cho ba đứa con, thì phải làm đơn tách thửa ở đâu?', expect: ['1.012784'], who: 'elderly' }, // plot-split
  { q: 'tach thua dat chia cho con', expect: ['1.012784'], who: 'rural' }, // plot-split
  { q: 'thủ tục tách thửa đất', expect: ['1.012784'], who: 'young' }, // plot-split
  { q: 'Tôi có miếng đất trồng cà phê sát đường, muốn chuyển một phần lên đất ở để làm cái nhà cho con, có được không và phải nộp tiền bao nhiêu?', expect: ['1.013949'], who: 'elderly' }, // land-use-conversion
  { q: 'chuyen dat ca phe len tho cu', expect: ['1.013949'], who: 'rural' }, // land-use-conversion
  { q: 'chuyển mục đích sử dụng đất nông nghiệp sang đất ở', expect: ['1.013949'], who: 'young' }, // land-use-conversion
  { q: 'Nhà bên cạnh trồng hàng tiêu lấn sang đất tôi gần một mét, nói mãi không được, giờ tôi muốn xã đứng ra hòa giải thì làm đơn thế nào?', expect: ['1.012812', '1.013967'], who: 'elderly' }, // land-boundary-dispute
  { q: 'tranh chap ranh gioi dat voi hang xom', expect: ['1.012812', '1.013967'], who: 'rural' }, // land-boundary-dispute
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812', '1.013967'], who: 'young' }, // land-boundary-dispute
  { q: 'Tôi muốn lấy sổ đỏ thế chấp ngân hàng vay tiền chăm cà phê, ngân hàng bảo phải đăng ký thế chấp ở bên đất đai, là làm ở đâu ạ?', expect: ['1.011441'], who: 'elderly' }, // land-mortgage-registration
  { q: 'the chap so do vay ngan hang', expect: ['1.011441'], who: 'rural' }, // land-mortgage-registration
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // land-mortgage-registration
  { q: 'Sổ đỏ đất rẫy của tôi ghi thời hạn sử dụng đến năm 2025, giờ hết hạn rồi thì có bị thu đất không, xin gia hạn thế nào?', expect: ['1.013947', '1.013949'], who: 'elderly' }, // agricultural-land-term-extension
  { q: 'so do dat ray het han 50 nam gia han', expect: ['1.013947', '1.013949'], who: 'rural' }, // agricultural-land-term-extension
  { q: 'gia hạn thời hạn sử dụng đất nông nghiệp', expect: ['1.013947', '1.013949'], who: 'young' }, // agricultural-land-term-extension
  { q: 'Nhà tôi người Ê Đê, mấy đời làm rẫy bên bìa rừng, nghe nói nhà nước có giao rừng cho dân giữ, tôi muốn xin nhận thì phải làm đơn ở đâu?', expect: ['1.013949', '1.014832'], who: 'elderly' }, // forest-land-allocation
  { q: 'xin giao dat rung cho ho dan', expect: ['1.013949', '1.014832'], who: 'rural' }, // forest-land-allocation
  { q: 'giao rừng cho hộ gia đình', expect: ['1.013949', '1.014832'], who: 'young' }, // forest-land-allocation
  { q: 'Tôi định xây lại cái nhà cấp bốn thành nhà hai tầng ở mặt đường, có phải xin phép xây dựng không hay cứ xây là được?', expect: ['1.013225'], who: 'elderly' }, // house-building-permit
  { q: 'xin giay phep xay nha 2 tag', expect: ['1.013225'], who: 'rural' }, // house-building-permit
  { q: 'GPXD nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' }, // house-building-permit
  { q: 'Con dâu tôi muốn mở đại lý thu mua cà phê với bán phân bón ở ngã ba, người ta bảo phải đăng ký kinh doanh, ra xã làm hay phải lên tỉnh?', expect: ['1.001612'], who: 'elderly' }, // household-business-register
  { q: 'dang ky kinh doanh dai ly ca phe', expect: ['1.001612'], who: 'rural' }, // household-business-register
  { q: 'đăng ký HKD', expect: ['1.001612'], who: 'young' }, // household-business-register
  { q: 'Cái quán tạp hóa của tôi bán ế quá, tôi già rồi muốn đóng cửa nghỉ hẳn, có phải báo với nhà nước để khỏi đóng thuế nữa không?', expect: ['1.001266'], who: 'elderly' }, // household-business-close
  { q: 'nghi ban quan tap hoa bao cham dut kinh doanh', expect: ['1.001266'], who: 'rural' }, // household-business-close
  { q: 'chấm dứt hoạt động hộ kinh doanh', expect: ['1.001266'], who: 'young' }, // household-business-close
  { q: 'Thằng con tôi học xong muốn mở cửa hàng bán thuốc trừ sâu, thuốc cỏ cho bà con làm cà phê, nghe nói phải có giấy chứng nhận đủ điều kiện, xin ở đâu?', expect: ['1.004363'], who: 'elderly' }, // pesticide-shop-certificate
  { q: 'mo cua hang ban thuoc tru sau can giay gi', expect: ['1.004363'], who: 'rural' }, // pesticide-shop-certificate
  { q: 'giấy chứng nhận đủ điều kiện buôn bán thuốc BVTV', expect: ['1.004363'], who: 'young' }, // pesticide-shop-certificate
  { q: 'Tôi cần mấy bản sao sổ đỏ với căn cước có đóng dấu đỏ để nộp ngân hàng, ra xã nhờ sao y có được không, mất bao nhiêu tiền?', expect: ['2.000815'], who: 'elderly' }, // certified-copy
  { q: 'cong chung giay to photo', expect: ['2.000815'], who: 'rural' }, // certified-copy
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // certified-copy
  { q: 'Tôi già yếu đi lại khó, muốn viết giấy ủy quyền cho con trai đi lĩnh tiền và làm giấy tờ thay, giấy ấy có cần ra xã xác nhận chữ ký không?', expect: ['2.000884'], who: 'elderly' }, // signature-authorization
  { q: 'lam giay uy quyen cho con', expect: ['2.000884'], who: 'rural' }, // signature-authorization
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: ['2.000884'], who: 'young' }, // signature-authorization
  { q: 'Tôi bán lại năm sào rẫy cho người cùng thôn, hai bên viết giấy tay rồi, người ta bảo phải ra xã chứng thực hợp đồng mới sang tên được, có đúng không?', expect: ['2.001035'], who: 'elderly' }, // land-sale-contract-certification
  { q: 'chung thuc hop dong mua ban dat', expect: ['2.001035'], who: 'rural' }, // land-sale-contract-certification
  { q: 'chứng thực hợp đồng chuyển nhượng QSDĐ', expect: ['2.001035'], who: 'young' }, // land-sale-contract-certification
  { q: 'Năm nay cà phê mất mùa, nhà tôi túng quá, chồng lại ốm đau, muốn xin vào hộ nghèo hay cận nghèo thì phải báo với ai?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // poor-household-recognition
  { q: 'xin vao ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // poor-household-recognition
  { q: 'rà soát công nhận hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' }, // poor-household-recognition
  { q: 'Thằng con tôi làm công ty giày trong Bình Dương sáu năm, nay nghỉ về quê làm rẫy, nó muốn rút tiền bảo hiểm xã hội một lần thì làm ở đây được không?', expect: ['1.001613'], who: 'elderly' }, // one-time-social-insurance
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' }, // one-time-social-insurance
  { q: 'hưởng BHXH một lần', expect: ['1.001613'], who: 'young' }, // one-time-social-insurance
  { q: 'Tôi làm nông không có lương hưu, nghe nói đóng bảo hiểm tự nguyện thì về già có lương, tôi năm nay năm mươi lăm tuổi thì đóng còn kịp không?', expect: ['1.002179'], who: 'elderly' }, // voluntary-social-insurance
  { q: 'dong bao hiem xa hoi tu nguyen cho nong dan', expect: ['1.002179'], who: 'rural' }, // voluntary-social-insurance
  { q: 'đăng ký BHXH tự nguyện', expect: ['1.002179'], who: 'young' }, // voluntary-social-insurance
  { q: 'Thẻ bảo hiểm y tế cả nhà tôi hết hạn rồi, năm nay muốn mua tiếp theo hộ gia đình thì mua ở xã hay ở đâu, một người bao nhiêu tiền?', expect: ['1.001939'], who: 'elderly' }, // household-health-insurance-card
  { q: 'mua bhyt ho gia dinh', expect: ['1.001939'], who: 'rural' }, // household-health-insurance-card
  { q: 'gia hạn BHYT hộ gia đình', expect: ['1.001939'], who: 'young' }, // household-health-insurance-card
  { q: 'Đàn lợn nhà tôi bị dịch tả lợn châu Phi chết hết mười mấy con, phải tiêu hủy, nghe nói nhà nước có hỗ trợ thì làm đơn thế nào?', expect: ['1.013997'], who: 'elderly' }, // swine-fever-compensation
  { q: 'heo chet dich ta chau phi xin ho tro', expect: ['1.013997'], who: 'rural' }, // swine-fever-compensation
  { q: 'hỗ trợ thiệt hại dịch tả lợn châu Phi', expect: ['1.013997'], who: 'young' }, // swine-fever-compensation
  {
    q: 'Nhà tôi trồng keo với bạch đàn trên đất rừng được giao, nay đến kỳ khai thác bán cho xưởng, người ta bảo phải có giấy xác nhận nguồn gốc gỗ, xin ở đâu?',
    expect: ['1.000045'],
    who: 'elderly',
  }, // planted-timber-origin
  { q: 'xac nhan nguon goc go keo trong', expect: ['1.000045'], who: 'rural' }, // planted-timber-origin
  { q: 'xác nhận bảng kê lâm sản gỗ rừng trồng', expect: ['1.000045'], who: 'young' }, // planted-timber-origin
  { q: 'Tôi muốn chở mấy con bò bán ra ngoài Bình Định, người ta bảo đi đường phải có giấy kiểm dịch, làm ở đâu ạ?', expect: ['1.002338'], who: 'elderly' }, // cattle-transport-quarantine
  { q: 'giay kiem dich bo cho di tinh khac', expect: ['1.002338'], who: 'rural' }, // cattle-transport-quarantine
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' }, // cattle-transport-quarantine
  { q: 'Tôi muốn khoan cái giếng sâu để tưới cà phê mùa khô, có phải xin phép ai không, hay khoan luôn được?', expect: ['1.001662', '1.004223'], who: 'elderly' }, // groundwater-well-permit
  { q: 'khoan gieng tuoi ca phe co can xin phep', expect: ['1.001662', '1.004223'], who: 'rural' }, // groundwater-well-permit
  { q: 'giấy phép khai thác nước dưới đất', expect: ['1.001662', '1.004223'], who: 'young' }, // groundwater-well-permit
  { q: 'Tôi mới mua chiếc xe máy mới cho thằng con đi học, cửa hàng đưa hóa đơn rồi, giờ đăng ký biển số ở công an xã hay phải lên huyện?', expect: ['1.013067', '1.012575'], who: 'elderly' }, // motorbike-registration
  { q: 'dang ky bien so xe may moi mua', expect: ['1.013067', '1.012575'], who: 'rural' }, // motorbike-registration
  { q: 'đăng ký xe mô tô lần đầu', expect: ['1.013067', '1.012575'], who: 'young' }, // motorbike-registration
  { q: 'Tôi mua lại chiếc Wave cũ của người trong xóm, giấy xe vẫn đứng tên người ta, giờ muốn sang tên cho mình thì làm sao?', expect: ['1.013076'], who: 'elderly' }, // motorbike-transfer-second-hand
  { q: 'sang ten xe may cu', expect: ['1.013076'], who: 'rural' }, // motorbike-transfer-second-hand
  { q: 'thủ tục sang tên xe máy', expect: ['1.013076'], who: 'young' }, // motorbike-transfer-second-hand
  { q: 'Cái bằng lái xe ô tô của tôi học từ hồi còn ngoài quê, sắp hết hạn rồi, giờ đổi ở đâu, có phải thi lại không?', expect: ['3.000347', '3.000348'], who: 'elderly' }, // driving-licence-renewal
  { q: 'doi bang lai xe het han', expect: ['3.000347', '3.000348'], who: 'rural' }, // driving-licence-renewal
  { q: 'đổi GPLX', expect: ['3.000347', '3.000348'], who: 'young' }, // driving-licence-renewal
  { q: 'Con gái tôi lấy chồng bên Đài Loan, tôi muốn sang thăm cháu ngoại, phải làm hộ chiếu ở đâu, người già có làm được không?', expect: ['1.001456'], who: 'elderly' }, // passport
  { q: 'lam ho chieu di dai loan tham con', expect: ['1.001456'], who: 'rural' }, // passport
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456'], who: 'young' }, // passport
  { q: 'Thằng cháu tôi nộp hồ sơ đi làm, người ta đòi giấy lý lịch tư pháp, là giấy chứng nhận không có tiền án ấy, xin ở đâu hả chú?', expect: ['3.000333'], who: 'elderly' }, // criminal-record
  { q: 'xin ly lich tu phap', expect: ['3.000333'], who: 'rural' }, // criminal-record
  { q: 'cấp phiếu LLTP số 1', expect: ['3.000333'], who: 'young' }, // criminal-record
  {
    q: 'Con dâu tôi đẻ ở trạm y tế mà làm mất giấy chứng sinh rồi, không có giấy đó thì có làm khai sinh được không, xin lại giấy chứng sinh ở đâu?',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  }, // birth-certificate-hospital
  { q: 'Con gái tôi chồng nó rượu chè đánh đập suốt, giờ nó muốn ly hôn, thì làm đơn ở xã hay phải lên tòa án?', expect: ['3.000163'], who: 'elderly' }, // divorce-court
  { q: 'lam don ly hon', expect: ['3.000163'], who: 'rural' }, // divorce-court
  { q: 'thủ tục ly hôn đơn phương', expect: ['3.000163'], who: 'young' }, // divorce-court
  { q: 'Nhà tôi chuyển qua trồng sầu riêng, thương lái bảo phải có mã số vùng trồng mới xuất khẩu được, giá cao hơn, xin cái mã đó ở đâu?', expect: ['1.014776'], who: 'elderly' }, // durian-growing-area-code
  { q: 'xin ma so vung trong sau rieng', expect: ['1.014776'], who: 'rural' }, // durian-growing-area-code
  { q: 'cấp mã số vùng trồng', expect: ['1.014776'], who: 'young' }, // durian-growing-area-code
  { q: 'Năm nào cũng lo mất mùa, tôi muốn mua bảo hiểm cho vườn cà phê với hồ tiêu, có chỗ nào nhận bảo hiểm nông nghiệp không?', expect: ['1.005412'], who: 'elderly' }, // crop-insurance-coffee
  { q: 'mua bao hiem cay ca phe', expect: ['1.005412'], who: 'rural' }, // crop-insurance-coffee
  { q: 'bảo hiểm nông nghiệp cây cà phê', expect: ['1.005412'], who: 'young' }, // crop-insurance-coffee
  { q: 'Tôi bán cà phê cho công ty, họ đòi mã số thuế cá nhân mới trả tiền, tôi là nông dân chưa có mã số thuế thì đăng ký ở đâu?', expect: ['1.008498'], who: 'elderly' }, // personal-tax-code
  { q: 'dang ky ma so thue ca nhan', expect: ['1.008498'], who: 'rural' }, // personal-tax-code
  { q: 'đăng ký MST cá nhân', expect: ['1.008498'], who: 'young' }, // personal-tax-code
];

export const THIRTYSEVENTH_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // liquor-retail-licence: no alcohol retail licence (Công Thương) in the crawl; only tax/customs stamp procedures mention rượu
  { q: 'Nhà tôi mở quán tạp hóa, muốn bán thêm rượu chai với bia cho bà con trong buôn, có phải xin giấy phép bán rượu không?', who: 'elderly' },
  { q: 'xin giay phep ban ruou', who: 'rural' },
  { q: 'giấy phép bán lẻ rượu', who: 'young' },
  // elderly-social-allowance: no bảo trợ xã hội procedures in the crawl (searched trợ cấp xã hội, cao tuổi, hằng tháng)
  { q: 'Năm nay tôi tròn tám mươi tuổi, không có lương hưu gì cả, nghe nói nhà nước có tiền cho người già hằng tháng, tôi phải làm đơn ở đâu ạ?', who: 'elderly' },
  { q: 'tien tro cap nguoi gia 80 tuoi', who: 'rural' },
  { q: 'trợ cấp xã hội hằng tháng người cao tuổi', who: 'young' },
  // disability-level-certification: no xác định mức độ khuyết tật procedure in the crawl (searched khuyết tật)
  { q: 'Đứa cháu tôi bị câm điếc bẩm sinh, giờ muốn xin giấy xác nhận khuyết tật để được hưởng chế độ thì phải đưa cháu đi đâu?', who: 'elderly' },
  { q: 'xin giay khuyet tat cho chau', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // funeral-support: no social-assistance funeral support; only BHXH tử tuất and security-force regimes mention mai táng
  { q: 'Ông cụ nhà tôi đang hưởng trợ cấp người già thì mất, nghe nói nhà nước có hỗ trợ tiền mai táng, con cháu phải làm giấy tờ gì để nhận?', who: 'elderly' },
  { q: 'tien ho tro mai tang nguoi gia', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng', who: 'young' },
  // emergency-support-house-collapse: no hỗ trợ khẩn cấp for households in the crawl; khẩn cấp only appears in dam/road/customs procedures
  { q: 'Trận lốc tối hôm qua làm sập mái nhà tôi với nhà mấy hộ trong thôn, có được xã hỗ trợ gì không, cần làm đơn như thế nào?', who: 'elderly' },
  { q: 'nha bi sap do mua loc xin ho tro', who: 'rural' },
  { q: 'hỗ trợ khẩn cấp nhà bị sập do thiên tai', who: 'young' },
  // orphan-grandchild-allowance: no trợ cấp for orphans in the crawl; mồ côi only appears in adoption procedures
  { q: 'Tôi đang nuôi hai đứa cháu mồ côi cả cha lẫn mẹ, nhà nghèo, muốn xin trợ cấp cho hai đứa nó đi học thì làm như thế nào?', who: 'elderly' },
  { q: 'tro cap tre mo coi', who: 'rural' },
  { q: 'trợ cấp hằng tháng cho trẻ em mồ côi', who: 'young' },
  // agent-orange-veteran: only the Công an nhân dân variant (1.004205, for police personnel) exists; nothing for army veterans
  { q: 'Tôi đi bộ đội ở chiến trường Tây Nguyên từ năm bảy hai, giờ các con sinh ra đứa nào cũng ốm yếu, tôi muốn làm hồ sơ chất độc da cam thì nộp ở đâu?', who: 'elderly' },
  { q: 'lam che do chat doc da cam', who: 'rural' },
  { q: 'hồ sơ hưởng chế độ người nhiễm chất độc hóa học', who: 'young' },
  // martyr-remains-relocation: no di chuyển hài cốt liệt sĩ procedure (searched hài cốt, liệt sĩ/liệt sỹ)
  { q: 'Anh trai tôi là liệt sĩ, mộ đang ở nghĩa trang liệt sĩ trong này, gia đình muốn đưa hài cốt anh về quê ngoài Hà Tĩnh thì phải xin phép thế nào?', who: 'elderly' },
  { q: 'di chuyen hai cot liet si ve que', who: 'rural' },
  { q: 'thủ tục di chuyển hài cốt liệt sĩ', who: 'young' },
  // unemployment-benefit: no trợ cấp thất nghiệp claim procedure; only authorising someone to collect (1.001601)
  { q: 'Con gái tôi bị công ty trong thành phố cho nghỉ việc, giờ về quê, nó có đóng bảo hiểm thất nghiệp, muốn nhận tiền thì có làm ở Đắk Lắk được không?', who: 'elderly' },
  { q: 'nhan tro cap that nghiep', who: 'rural' },
  { q: 'hồ sơ hưởng trợ cấp thất nghiệp', who: 'young' },
  // work-in-korea-eps: no procedure on sending workers abroad (searched Hàn Quốc, xuất khẩu lao động, lao động đi làm việc)
  { q: 'Thằng cháu tôi muốn đi làm nông nghiệp bên Hàn Quốc theo chương trình nhà nước cho đỡ tốn tiền môi giới, đăng ký ở đâu ạ?', who: 'elderly' },
  { q: 'dang ky di xuat khau lao dong han quoc', who: 'rural' },
  { q: 'đi làm việc Hàn Quốc theo EPS', who: 'young' },
  // drought-damage-support: no hỗ trợ khôi phục sản xuất for crop damage (searched thiên tai, thiệt hại, hạn hán)
  { q: 'Mùa khô năm nay hạn quá, giếng cạn, vườn cà phê chết khô gần một nửa, xã có hỗ trợ cho dân bị thiệt hại không, phải kê khai ra sao?', who: 'elderly' },
  { q: 'ca phe chet do han han xin ho tro', who: 'rural' },
  { q: 'hỗ trợ thiệt hại cây trồng do hạn hán', who: 'young' },
  // land-compensation-complaint: no general khiếu nại procedure; complaint procedures in the crawl are only against Công an nhân dân
  { q: 'Nhà nước làm đường cao tốc lấy mất một phần rẫy cà phê nhà tôi, tiền đền bù tính thiếu cây, tôi không đồng ý thì làm đơn khiếu nại gửi ai?', who: 'elderly' },
  { q: 'khieu nai tien den bu dat', who: 'rural' },
  { q: 'khiếu nại quyết định bồi thường thu hồi đất', who: 'young' },
  // school-transfer: no education procedures in the crawl (searched chuyển trường, học sinh, giáo dục)
  { q: 'Vợ chồng thằng con tôi làm trong Sài Gòn, giờ gửi đứa cháu đang học lớp bảy về quê cho ông bà nuôi, muốn chuyển trường về đây thì làm sao?', who: 'elderly' },
  { q: 'chuyen truong cho chau tu sai gon ve', who: 'rural' },
  { q: 'thủ tục chuyển trường THCS', who: 'young' },
  // military-service-registration: no đăng ký nghĩa vụ quân sự; only selection for police service (1.001303)
  { q: 'Thằng cháu tôi năm nay đủ mười bảy tuổi, nghe loa xã đọc là phải đi đăng ký nghĩa vụ quân sự, có cần mang giấy tờ gì theo không?', who: 'elderly' },
  { q: 'dang ky nghia vu quan su lan dau', who: 'rural' },
  { q: 'đăng ký NVQS tuổi 17', who: 'young' },
  // birth-certificate-hospital: reissue of giấy chứng sinh is a health-facility matter, absent from the crawl (searched chứng sinh); the elderly voice also asks about khai sinh and is labelled
  { q: 'mat giay chung sinh xin lai', who: 'rural' },
  { q: 'cấp lại giấy chứng sinh', who: 'young' },
  // driving-health-check: no health-examination procedure (searched khám sức khỏe)
  { q: 'Tôi muốn đi thi bằng lái xe máy, người ta bảo phải có giấy khám sức khỏe, khám ở trạm y tế xã được không hay phải lên bệnh viện?', who: 'elderly' },
  { q: 'kham suc khoe thi bang lai', who: 'rural' },
  { q: 'giấy khám sức khỏe lái xe', who: 'young' },
  // hospital-referral: no chuyển tuyến/chuyển viện procedure (searched chuyển tuyến)
  { q: 'Tôi bị bệnh tim, bệnh viện huyện bảo phải lên Buôn Ma Thuột hoặc vào Sài Gòn mổ, muốn được bảo hiểm trả tiền thì xin giấy chuyển viện thế nào?', who: 'elderly' },
  { q: 'xin giay chuyen vien bhyt', who: 'rural' },
  { q: 'giấy chuyển tuyến BHYT', who: 'young' },
  // policy-bank-loan: no Ngân hàng Chính sách household loan procedure (searched vay vốn, Ngân hàng Chính sách)
  { q: 'Nhà tôi hộ cận nghèo, muốn vay ngân hàng chính sách ít vốn mua thêm con bò, phải làm đơn qua hội nông dân hay ra xã?', who: 'elderly' },
  { q: 'vay von ngan hang chinh sach', who: 'rural' },
  { q: 'vay vốn NHCSXH hộ cận nghèo', who: 'young' },
  // electricity-connection: electricity supply contracts are not in the catalogue (searched điện, công tơ)
  { q: 'Tôi làm cái chòi ngoài rẫy, muốn kéo điện vô để bơm nước tưới cà phê thì đăng ký với điện lực hay với xã?', who: 'elderly' },
  { q: 'keo dien vao ray tuoi ca phe', who: 'rural' },
  { q: 'đăng ký lắp công tơ điện mới', who: 'young' },
  // sim-registration: telecom subscriber standardisation is not in the crawl (searched thuê bao, viễn thông)
  { q: 'Cái sim điện thoại của tôi bị khóa, người ta bảo phải chuẩn hóa thông tin thuê bao theo căn cước, tôi không biết làm thì ra đâu nhờ?', who: 'elderly' },
  { q: 'sim bi khoa cap nhat thong tin', who: 'rural' },
  { q: 'chuẩn hóa thông tin thuê bao di động', who: 'young' },
  // vaccination-record: no vaccination record procedure (searched tiêm chủng)
  { q: 'Cháu tôi sắp vào lớp một, nhà trường đòi sổ tiêm chủng mà nhà làm mất, giờ xin lại ở trạm y tế hay ở đâu?', who: 'elderly' },
  { q: 'mat so tiem chung cho con', who: 'rural' },
  { q: 'xác nhận tiêm chủng cho trẻ', who: 'young' },
  // motorbike-theft-report: no crime-report procedure; trình báo only for lost passports/ABTC/giấy thông hành
  { q: 'Tối qua nhà tôi bị trộm dắt mất chiếc xe máy để ngoài sân, giờ đi trình báo công an thì làm thế nào, có lấy lại được không?', who: 'elderly' },
  { q: 'bi mat trom xe may trinh bao', who: 'rural' },
  { q: 'trình báo mất xe máy', who: 'young' },
  // coffee-replanting-support: no tái canh support procedure (searched tái canh, cà phê)
  { q: 'Vườn cà phê nhà tôi già cỗi hơn hai mươi năm rồi, nghe nói nhà nước có chương trình hỗ trợ tái canh, cho giống, cho vay, tôi đăng ký ở đâu?', who: 'elderly' },
  { q: 'ho tro tai canh ca phe', who: 'rural' },
  { q: 'chính sách hỗ trợ tái canh cà phê', who: 'young' },
  // grade1-enrolment: no school enrolment procedure (searched tuyển sinh, lớp 1, học sinh)
  { q: 'Năm nay đứa cháu ngoại tôi lên lớp một, hộ khẩu nó ở trong thành phố mà nó ở với tôi, có xin học trường làng được không?', who: 'elderly' },
  { q: 'dang ky cho chau vao lop 1', who: 'rural' },
  { q: 'tuyển sinh lớp 1 trái tuyến', who: 'young' },
  // korea-visa-visit-child: foreign visas are issued by foreign embassies; the crawl only has visas for foreigners entering Vietnam
  { q: 'Thằng con tôi đang làm việc bên Hàn Quốc, nó muốn đón bố mẹ sang chơi một tháng, xin thị thực thì làm ở đâu hả cô?', who: 'elderly' },
  { q: 'xin visa han quoc tham con', who: 'rural' },
  { q: 'xin visa Hàn Quốc thăm thân', who: 'young' },
  // clean-water-connection: no household water-connection procedure (searched nước sạch, đấu nối)
  { q: 'Giếng nhà tôi mùa khô cạn hết, nghe nói xã có đường ống nước sạch, tôi muốn đăng ký lắp đồng hồ nước về nhà thì gặp ai?', who: 'elderly' },
  { q: 'dang ky lap nuoc sach', who: 'rural' },
  { q: 'đăng ký đấu nối nước sinh hoạt', who: 'young' },
  // sick-leave-certificate: the sick-leave certificate is issued by the hospital, absent from the crawl; the benefit itself is claimed via the employer
  { q: 'Con dâu tôi làm công nhân, ốm nằm viện một tuần, công ty bảo về phải có giấy nghỉ ốm để hưởng bảo hiểm, xin giấy đó ở đâu?', who: 'elderly' },
  { q: 'xin giay nghi om huong bhxh', who: 'rural' },
  { q: 'giấy chứng nhận nghỉ việc hưởng BHXH', who: 'young' },
  // land-price-lookup: no bảng giá đất look-up procedure (searched giá đất, cung cấp thông tin đất đai)
  { q: 'Tôi muốn biết đất rẫy mặt đường chỗ tôi nhà nước tính giá bao nhiêu một mét, để tính tiền chuyển đất, thì hỏi ở đâu?', who: 'elderly' },
  { q: 'bang gia dat nha nuoc dak lak', who: 'rural' },
  { q: 'tra cứu bảng giá đất', who: 'young' },
  // boarding-support-ethnic: no boarding-pupil support procedure (searched bán trú, học sinh)
  { q: 'Đứa cháu tôi người Ê Đê học cấp hai ở trường xa nhà phải ở lại trọ, nghe nói có tiền với gạo hỗ trợ học sinh bán trú, làm hồ sơ thế nào?', who: 'elderly' },
  { q: 'ho tro hoc sinh ban tru gao tien an', who: 'rural' },
  { q: 'hỗ trợ học sinh bán trú dân tộc thiểu số', who: 'young' },
  // tuition-exemption: no tuition exemption procedure (searched học phí, miễn giảm)
  { q: 'Nhà tôi hộ nghèo, đứa con gái đang học trung cấp ở thành phố, nghe nói được miễn học phí, phải xin giấy xác nhận gì ở xã?', who: 'elderly' },
  { q: 'mien hoc phi ho ngheo', who: 'rural' },
  { q: 'hồ sơ miễn giảm học phí', who: 'young' },
];
