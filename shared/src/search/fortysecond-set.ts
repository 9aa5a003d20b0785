import type { CitizenQuery } from './dev-set';
// CitizenQuery is { q: string; expect: readonly string[]; who: 'elderly' | 'rural' | 'young' }

/** FORTYSECOND blind held-out set (issue 17). Persona: a mountain commune of western Nghệ An / Thanh Hóa (Thái and
 *  Mường villages, forest land, poor and near-poor households, cross-border labour to Laos, central-northern speech).
 *  Written 2026-12-07 (UTC) blind: queries drafted before the catalogue was opened, without seeing the engine, tests
 *  or other sets.
 *  Draft: docs/search-drafts/fortysecond-draft-20261207T1121Z.txt  sha256 2071dcff46051b9b7383612a5470d12ab94753d56e6588a945a676abf8e02cea
 *  246 queries (82 situations x 3 voices): 135 labelled (elderly 45, rural 45, young 45), 111 with no answer.
 *  Labels from server/seed/tthc/national-crawl.jsonl.gz. No query text changed after the draft commit. */
export const FORTYSECOND_HELDOUT: readonly CitizenQuery[] = [
  {
    q: 'Cháu tôi đẻ ở nhà trong bản từ năm kia, bọ mạ hắn đi làm bên Lào nỏ đi khai sinh, giờ tôi đi làm giấy khai sinh cho hắn có được không cán bộ?',
    expect: ['1.001193', '2.001023', '2.000986'],
    who: 'elderly',
  }, // late-birth-home-birth
  { q: 'khai sinh cho chau 3 tuoi de o nha chua lam giay', expect: ['1.001193', '2.001023', '2.000986'], who: 'rural' }, // late-birth-home-birth
  { q: 'dk khai sinh quá hạn', expect: ['1.001193', '2.001023', '2.000986'], who: 'young' }, // late-birth-home-birth
  { q: 'Tôi năm ni gần 60 tuổi rồi, cái giấy khai sinh hồi xưa bị cháy mất cùng cái nhà, giờ làm lại răng đây?', expect: ['1.004884', '1.004772', '2.000635'], who: 'elderly' }, // birth-reregister-adult
  { q: 'mat giay khai sinh tu nho lam lai the nao', expect: ['1.004884', '1.004772', '2.000635'], who: 'rural' }, // birth-reregister-adult
  { q: 'đăng ký lại khai sinh người lớn tuổi', expect: ['1.004884', '1.004772', '2.000635'], who: 'young' }, // birth-reregister-adult
  { q: 'Con gái tôi đẻ cháu bên Lào lúc đi làm thuê, giờ hai mẹ con về quê, muốn làm giấy khai sinh Việt Nam cho cháu thì làm ở mô?', expect: ['2.000528', '2.000547'], who: 'elderly' }, // birth-child-born-in-laos
  { q: 'con de ben lao ve khai sinh o xa dc ko', expect: ['2.000528', '2.000547'], who: 'rural' }, // birth-child-born-in-laos
  { q: 'khai sinh trẻ sinh ra ở Lào', expect: ['2.000528', '2.000547'], who: 'young' }, // birth-child-born-in-laos
  { q: 'Mạ tôi mới mất hôm tuần trước ở nhà, tôi lên xã làm giấy báo tử cho mạ thì cần mang chi theo?', expect: ['1.000656'], who: 'elderly' }, // death-registration
  { q: 'lam giay bao tu cho me moi mat', expect: ['1.000656'], who: 'rural' }, // death-registration
  { q: 'đăng ký khai tử', expect: ['1.000656'], who: 'young' }, // death-registration
  { q: 'Bọ tôi mất từ năm 2009 mà hồi nớ nhà nỏ ai đi báo tử, giờ anh em chia đất cần giấy chứng tử thì có làm được nữa không?', expect: ['1.000656'], who: 'elderly' }, // death-late-registration
  { q: 'bo mat lau roi chua khai tu gio lam bo sung', expect: ['1.000656'], who: 'rural' }, // death-late-registration
  { q: 'khai tử quá hạn người mất nhiều năm', expect: ['1.000656'], who: 'young' }, // death-late-registration
  { q: 'Thằng con trai tôi với con dâu về ở với nhau mấy năm rồi mà chưa đăng ký, giờ bọn hắn muốn lấy giấy kết hôn thì lên xã làm răng?', expect: ['1.000894'], who: 'elderly' }, // marriage-registration
  { q: 'dang ky ket hon o xa can giay to j', expect: ['1.000894'], who: 'rural' }, // marriage-registration
  { q: 'thủ tục đăng ký kết hôn', expect: ['1.000894'], who: 'young' }, // marriage-registration
  { q: 'Con trai tôi lấy vợ người Lào bên kia biên giới, bản hai bên gần nhau, giờ muốn đăng ký kết hôn cho đàng hoàng thì làm ở mô cháu?', expect: ['1.000094', '2.000806'], who: 'elderly' }, // marriage-lao-border
  { q: 'ket hon voi nguoi lao o bien gioi', expect: ['1.000094', '2.000806'], who: 'rural' }, // marriage-lao-border
  { q: 'đăng ký kết hôn với công dân Lào khu vực biên giới', expect: ['1.000094', '2.000806'], who: 'young' }, // marriage-lao-border
  { q: 'Con gái tôi sắp lấy chồng dưới xuôi, bên nớ đòi giấy xác nhận chưa có vợ chồng, xin ở xã được không?', expect: ['1.004873'], who: 'elderly' }, // single-status-confirmation
  { q: 'xin giay doc than de lay chong', expect: ['1.004873'], who: 'rural' }, // single-status-confirmation
  { q: 'xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' }, // single-status-confirmation
  {
    q: 'Thằng cháu tôi có con với con bé trong bản mà chưa cưới xin chi, giờ hắn muốn nhận đứa nhỏ là con mình cho có tên bố trong giấy thì làm răng?',
    expect: ['1.001022', '1.000689'],
    who: 'elderly',
  }, // paternity-recognition
  { q: 'nhan con chua dang ky ket hon them ten bo vao giay khai sinh', expect: ['1.001022', '1.000689'], who: 'rural' }, // paternity-recognition
  { q: 'đăng ký nhận cha con', expect: ['1.001022', '1.000689'], who: 'young' }, // paternity-recognition
  { q: 'Bọ mạ thằng cháu tôi mất cả rồi, tôi là bà nội nuôi hắn, giờ muốn làm giấy tờ đứng ra làm người giám hộ cho hắn thì phải làm chi?', expect: ['1.004837'], who: 'elderly' }, // guardianship-orphan-grandchild
  { q: 'ba noi nhan giam ho chau mo coi', expect: ['1.004837'], who: 'rural' }, // guardianship-orphan-grandchild
  { q: 'đăng ký giám hộ trẻ mồ côi', expect: ['1.004837'], who: 'young' }, // guardianship-orphan-grandchild
  { q: 'Trong giấy khai sinh của con tôi ghi dân tộc Kinh mà nhà tôi là người Thái, giờ muốn sửa lại cho đúng dân tộc thì xin ở mô?', expect: ['1.004859'], who: 'elderly' }, // ethnicity-name-correction
  { q: 'sua dan toc trong giay khai sinh bi sai', expect: ['1.004859'], who: 'rural' }, // ethnicity-name-correction
  { q: 'xác định lại dân tộc, cải chính hộ tịch', expect: ['1.004859'], who: 'young' }, // ethnicity-name-correction
  { q: 'Con dâu tôi quê bên huyện khác về làm dâu nhà tôi, giờ muốn nhập khẩu cho hắn vào sổ nhà tôi thì cần giấy chi?', expect: ['1.004222'], who: 'elderly' }, // permanent-residence-wife
  { q: 'nhap khau cho vo ve nha chong', expect: ['1.004222'], who: 'rural' }, // permanent-residence-wife
  { q: 'dky thường trú cho vợ', expect: ['1.004222'], who: 'young' }, // permanent-residence-wife
  { q: 'Thằng con tôi sắp đi làm bên Lào mấy tháng, công an xã có bắt phải báo vắng không, báo ở mô?', expect: ['1.003677'], who: 'elderly' }, // temporary-absence-laos
  { q: 'khai bao tam vang di lam lao', expect: ['1.003677'], who: 'rural' }, // temporary-absence-laos
  { q: 'khai báo tạm vắng', expect: ['1.003677'], who: 'young' }, // temporary-absence-laos
  { q: 'Bây giờ không còn sổ hộ khẩu nữa, con tôi đi làm hồ sơ xin việc người ta đòi giấy xác nhận cư trú, xin ở đâu hả cháu?', expect: ['1.010041'], who: 'elderly' }, // residence-confirmation-ct07
  { q: 'xin giay xac nhan cu tru ct07', expect: ['1.010041'], who: 'rural' }, // residence-confirmation-ct07
  { q: 'CT07 xác nhận thông tin cư trú', expect: ['1.010041'], who: 'young' }, // residence-confirmation-ct07
  { q: 'Cháu tôi năm ni 14 tuổi, nghe nói phải làm căn cước rồi, có phải đưa hắn lên tận huyện không hay làm ở xã được?', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' }, // citizen-id-first-child
  { q: 'lam can cuoc cho con 14 tuoi', expect: ['1.014061', '2.000200', '1.001247'], who: 'rural' }, // citizen-id-first-child
  { q: 'cấp thẻ căn cước lần đầu', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' }, // citizen-id-first-child
  { q: 'Tôi đi rừng đánh rơi mất cái thẻ căn cước rồi, giờ làm lại có mất tiền không, làm ở mô?', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' }, // citizen-id-lost
  { q: 'mat cccd lam lai', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' }, // citizen-id-lost
  { q: 'cấp lại căn cước bị mất', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' }, // citizen-id-lost
  { q: 'Mảnh đất vườn nhà tôi làm từ thời ông cha để lại, chưa có sổ đỏ chi cả, giờ muốn xin cấp sổ thì phải làm răng?', expect: ['1.013978'], who: 'elderly' }, // land-certificate-first
  { q: 'lam so do lan dau dat ong ba de lai', expect: ['1.013978'], who: 'rural' }, // land-certificate-first
  { q: 'cấp GCN quyền sử dụng đất lần đầu', expect: ['1.013978'], who: 'young' }, // land-certificate-first
  { q: 'Nhà tôi nhận khoán đất rừng của lâm trường từ lâu, nghe nói giờ nhà nước giao đất rừng cho dân, tôi muốn xin được giao thì nộp đơn ở mô?', expect: ['1.013949'], who: 'elderly' }, // forest-land-allocation
  { q: 'xin giao dat rung cho ho gia dinh', expect: ['1.013949'], who: 'rural' }, // forest-land-allocation
  { q: 'giao đất lâm nghiệp cho hộ gia đình', expect: ['1.013949'], who: 'young' }, // forest-land-allocation
  { q: 'Bọ tôi mất để lại mảnh đất, mấy anh em thống nhất cho tôi đứng tên, giờ làm sang tên thừa kế thì làm răng cháu?', expect: ['1.013831', '2.001406'], who: 'elderly' }, // land-inheritance
  { q: 'sang ten so do thua ke bo me de lai', expect: ['1.013831', '2.001406'], who: 'rural' }, // land-inheritance
  { q: 'đăng ký biến động đất thừa kế', expect: ['1.013831', '2.001406'], who: 'young' }, // land-inheritance
  { q: 'Tôi già rồi, muốn cho thằng út mảnh đất làm nhà, tặng cho con thì phải ra xã làm giấy chi?', expect: ['1.013831', '2.001035'], who: 'elderly' }, // land-gift-child
  { q: 'cho con dat sang ten so do', expect: ['1.013831', '2.001035'], who: 'rural' }, // land-gift-child
  { q: 'tặng cho quyền sử dụng đất cho con', expect: ['1.013831', '2.001035'], who: 'young' }, // land-gift-child
  { q: 'Nhà tôi muốn vay ngân hàng mấy chục triệu nuôi bò, họ bảo phải đem sổ đỏ đi đăng ký thế chấp, làm ở mô?', expect: ['1.011441'], who: 'elderly' }, // land-mortgage-bank
  { q: 'the chap so do vay ngan hang', expect: ['1.011441'], who: 'rural' }, // land-mortgage-bank
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: ['1.011441'], who: 'young' }, // land-mortgage-bank
  { q: 'Nhà hàng xóm lấn sang đất rẫy nhà tôi mấy mét, nói mãi hắn nỏ nghe, tôi muốn xã đứng ra hòa giải thì nộp đơn răng?', expect: ['1.012812'], who: 'elderly' }, // land-dispute-mediation
  { q: 'tranh chap dat voi hang xom hoa giai', expect: ['1.012812'], who: 'rural' }, // land-dispute-mediation
  { q: 'hòa giải tranh chấp đất đai', expect: ['1.012812'], who: 'young' }, // land-dispute-mediation
  { q: 'Lũ năm ngoái cuốn mất cái sổ đỏ nhà tôi rồi, giờ xin cấp lại có được không cán bộ?', expect: ['1.012786'], who: 'elderly' }, // land-certificate-lost
  { q: 'so do bi lu cuon mat xin cap lai', expect: ['1.012786'], who: 'rural' }, // land-certificate-lost
  { q: 'cấp lại sổ đỏ mất', expect: ['1.012786'], who: 'young' }, // land-certificate-lost
  { q: 'Con tôi muốn làm nhà trên mảnh đất vườn, người ta bảo phải chuyển lên đất ở mới làm được, thủ tục chuyển ra răng?', expect: ['1.013949'], who: 'elderly' }, // land-use-conversion-house
  { q: 'chuyen dat vuon sang dat o lam nha', expect: ['1.013949'], who: 'rural' }, // land-use-conversion-house
  { q: 'chuyển mục đích sử dụng đất sang đất ở', expect: ['1.013949'], who: 'young' }, // land-use-conversion-house
  { q: 'Nhà tôi ở trong bản định làm cái nhà xây hai tầng, có phải xin giấy phép chi không cháu?', expect: ['1.013225'], who: 'elderly' }, // house-building-permit
  { q: 'xay nha o ban co can giay phep ko', expect: ['1.013225'], who: 'rural' }, // house-building-permit
  { q: 'GPXD nhà ở nông thôn', expect: ['1.013225'], who: 'young' }, // house-building-permit
  { q: 'Nhà tôi nghèo muốn xin mấy cây gỗ trong rừng để dựng lại cái nhà sàn cho con, xin phép ở mô?', expect: ['1.011471'], who: 'elderly' }, // timber-harvest-house
  { q: 'xin khai thac go lam nha san', expect: ['1.011471'], who: 'rural' }, // timber-harvest-house
  { q: 'khai thác gỗ rừng tự nhiên làm nhà', expect: ['1.011471'], who: 'young' }, // timber-harvest-house
  { q: 'Rừng keo nhà tôi trồng đến kỳ chặt bán rồi, thương lái đòi giấy tờ nguồn gốc gỗ, tôi phải xin xác nhận ở mô?', expect: ['1.000045'], who: 'elderly' }, // planted-acacia-harvest-sale
  { q: 'chat keo ban can giay xac nhan nguon goc', expect: ['1.000045'], who: 'rural' }, // planted-acacia-harvest-sale
  { q: 'xác nhận bảng kê lâm sản rừng trồng', expect: ['1.000045'], who: 'young' }, // planted-acacia-harvest-sale
  { q: 'Nhà tôi ốm đau liên miên, làm không đủ ăn, muốn xin được vào diện hộ nghèo thì viết đơn gửi ai?', expect: ['1.011607', '1.011606'], who: 'elderly' }, // poor-household-recognition
  { q: 'xin vao ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' }, // poor-household-recognition
  { q: 'công nhận hộ nghèo, cận nghèo phát sinh', expect: ['1.011607', '1.011606'], who: 'young' }, // poor-household-recognition
  { q: 'Nhà tôi là nhà tạm dột nát, nghe nói có chương trình xóa nhà tạm cho hộ nghèo, tôi đăng ký ở mô?', expect: ['6.001435'], who: 'elderly' }, // poor-house-temporary-removal
  { q: 'ho tro lam nha cho ho ngheo xoa nha tam', expect: ['6.001435'], who: 'rural' }, // poor-house-temporary-removal
  { q: 'hỗ trợ xóa nhà tạm, nhà dột nát', expect: ['6.001435'], who: 'young' }, // poor-house-temporary-removal
  { q: 'Cái thẻ bảo hiểm y tế của tôi để trong túi áo đi nương bị mất rồi, đi khám bệnh không có thẻ, xin lại ở mô?', expect: ['1.002759'], who: 'elderly' }, // health-insurance-card-lost
  { q: 'mat the bhyt xin cap lai', expect: ['1.002759'], who: 'rural' }, // health-insurance-card-lost
  { q: 'cấp lại thẻ BHYT', expect: ['1.002759'], who: 'young' }, // health-insurance-card-lost
  { q: 'Nhà tôi mới được vào diện cận nghèo, có được nhà nước mua cho thẻ bảo hiểm y tế không, làm răng để được cấp?', expect: ['1.001939'], who: 'elderly' }, // health-insurance-near-poor
  { q: 'the bhyt ho can ngheo', expect: ['1.001939'], who: 'rural' }, // health-insurance-near-poor
  { q: 'cấp thẻ BHYT hộ cận nghèo, người DTTS', expect: ['1.001939'], who: 'young' }, // health-insurance-near-poor
  { q: 'Tôi làm nương rẫy, không có lương, muốn đóng bảo hiểm xã hội để sau ni già có lương hưu thì đăng ký ở mô?', expect: ['1.002179'], who: 'elderly' }, // voluntary-social-insurance
  { q: 'dong bao hiem xa hoi tu nguyen', expect: ['1.002179'], who: 'rural' }, // voluntary-social-insurance
  { q: 'đăng ký BHXH tự nguyện', expect: ['1.002179'], who: 'young' }, // voluntary-social-insurance
  { q: 'Con tôi làm công ty trong Bình Dương mấy năm rồi nghỉ về quê, muốn rút tiền bảo hiểm một lần thì làm ở mô?', expect: ['1.001613'], who: 'elderly' }, // social-insurance-lump-sum
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' }, // social-insurance-lump-sum
  { q: 'hưởng BHXH một lần', expect: ['1.001613'], who: 'young' }, // social-insurance-lump-sum
  { q: 'Con tôi muốn đi làm nước ngoài phải có hộ chiếu, làm hộ chiếu ở mô, có phải xuống tận tỉnh không?', expect: ['1.001456', '1.001471'], who: 'elderly' }, // passport
  { q: 'lam ho chieu o dau', expect: ['1.001456', '1.001471'], who: 'rural' }, // passport
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' }, // passport
  { q: 'Dân bản tôi hay sang bên Lào thăm họ hàng, nghe nói phải có giấy thông hành, xin cái giấy nớ ở mô?', expect: ['1.012680', '1.001280'], who: 'elderly' }, // border-pass-laos
  { q: 'giay thong hanh sang lao', expect: ['1.012680', '1.001280'], who: 'rural' }, // border-pass-laos
  { q: 'cấp giấy thông hành biên giới Việt - Lào', expect: ['1.012680', '1.001280'], who: 'young' }, // border-pass-laos
  { q: 'Tôi mua lại cái xe máy cũ của người trong bản, không có giấy tờ chi cả, giờ muốn đăng ký biển số cho khỏi bị bắt thì làm răng?', expect: ['1.013076', '1.013123', '1.013065'], who: 'elderly' }, // motorbike-registration-no-papers
  { q: 'xe may mua lai ko giay to dang ky', expect: ['1.013076', '1.013123', '1.013065'], who: 'rural' }, // motorbike-registration-no-papers
  { q: 'đăng ký xe máy không có giấy tờ nguồn gốc', expect: ['1.013076', '1.013123', '1.013065'], who: 'young' }, // motorbike-registration-no-papers
  { q: 'Thằng con tôi đi xe máy mà chưa có bằng, công an bắt hoài, giờ muốn thi lấy bằng lái xe máy thì đăng ký ở mô?', expect: ['3.000346'], who: 'elderly' }, // driving-license-a1
  { q: 'thi bang lai xe may a1', expect: ['3.000346'], who: 'rural' }, // driving-license-a1
  { q: 'cấp GPLX hạng A1', expect: ['3.000346'], who: 'young' }, // driving-license-a1
  { q: 'Con tôi đi xuất khẩu lao động, công ty đòi cái giấy lý lịch tư pháp, xin ở mô hả cháu?', expect: ['3.000333'], who: 'elderly' }, // criminal-record
  { q: 'xin ly lich tu phap', expect: ['3.000333'], who: 'rural' }, // criminal-record
  { q: 'phiếu lý lịch tư pháp số 1', expect: ['3.000333'], who: 'young' }, // criminal-record
  { q: 'Tôi cần mấy bản sao giấy khai sinh với căn cước có đóng dấu để nộp hồ sơ cho con, làm ở xã được không?', expect: ['2.000815'], who: 'elderly' }, // copy-certification
  { q: 'cong chung giay to photo', expect: ['2.000815'], who: 'rural' }, // copy-certification
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' }, // copy-certification
  { q: 'Tôi già yếu đi không được, muốn viết giấy ủy quyền cho con trai đi làm giấy tờ thay, phải ra xã ký xác nhận răng?', expect: ['2.000884'], who: 'elderly' }, // signature-certification-authorization
  { q: 'lam giay uy quyen cho con', expect: ['2.000884'], who: 'rural' }, // signature-certification-authorization
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: ['2.000884'], who: 'young' }, // signature-certification-authorization
  { q: 'Tôi bán cho nhà bên cạnh một mảnh đất rẫy, hai bên viết giấy tay rồi, giờ phải ra xã chứng hợp đồng thì làm răng?', expect: ['2.001035'], who: 'elderly' }, // land-contract-certification
  { q: 'chung thuc hop dong mua ban dat', expect: ['2.001035'], who: 'rural' }, // land-contract-certification
  { q: 'chứng thực hợp đồng chuyển nhượng quyền sử dụng đất', expect: ['2.001035'], who: 'young' }, // land-contract-certification
  { q: 'Nhà tôi người dân tộc, hộ nghèo, đang bị kiện chuyện đất, không biết luật, có ai giúp không mất tiền không?', expect: ['2.000829'], who: 'elderly' }, // legal-aid
  { q: 'tro giup phap ly mien phi', expect: ['2.000829'], who: 'rural' }, // legal-aid
  { q: 'yêu cầu trợ giúp pháp lý', expect: ['2.000829'], who: 'young' }, // legal-aid
  { q: 'Tôi muốn mở cái quán tạp hóa nhỏ ở đầu bản bán mắm muối, có phải đăng ký kinh doanh không?', expect: ['1.001612'], who: 'elderly' }, // household-business-shop
  { q: 'dang ky kinh doanh quan tap hoa', expect: ['1.001612'], who: 'rural' }, // household-business-shop
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], who: 'young' }, // household-business-shop
  { q: 'Tôi muốn bán mấy con bò cho lái buôn chở đi tỉnh khác, người ta bảo phải có giấy kiểm dịch, xin ở đâu?', expect: ['1.002338'], who: 'elderly' }, // livestock-transport-quarantine
  { q: 'kiem dich bo cho ra ngoai tinh', expect: ['1.002338'], who: 'rural' }, // livestock-transport-quarantine
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' }, // livestock-transport-quarantine
  { q: 'Thằng con tôi đi Lào về dính vào nghiện hút, gia đình muốn cho hắn cai ở nhà có cán bộ theo dõi, đăng ký ở mô?', expect: ['3.000527'], who: 'elderly' }, // drug-rehab-voluntary
  { q: 'dang ky cai nghien tai gia dinh', expect: ['3.000527'], who: 'rural' }, // drug-rehab-voluntary
  { q: 'đăng ký cai nghiện ma túy tự nguyện', expect: ['3.000527'], who: 'young' }, // drug-rehab-voluntary
];

export const FORTYSECOND_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  // forest-protection-payment: no procedure pays forest-environment-service money to households; only 1.000058/1.000095 (exemption for service users) — searched 'môi trường rừng', 'bảo vệ rừng', 'khoán'
  { q: 'Nhà tôi nhận giữ rừng mà tiền dịch vụ môi trường rừng năm ni chưa thấy trả, tôi hỏi ở mô đây?', who: 'elderly' },
  { q: 'tien giu rung chua duoc nhan', who: 'rural' },
  { q: 'chi trả dịch vụ môi trường rừng', who: 'young' },
  // elderly-social-allowance: social assistance (Bộ Y tế/Nội vụ) not in the crawl — searched 'trợ cấp', 'người cao tuổi', 'bảo trợ'
  { q: 'Tôi năm ni 80 tuổi rồi, nghe nói người già được nhà nước cho tiền hằng tháng, tôi phải làm giấy chi để được nhận?', who: 'elderly' },
  { q: 'tien tro cap nguoi gia 80 tuoi', who: 'rural' },
  { q: 'trợ cấp xã hội người cao tuổi', who: 'young' },
  // disability-certification: disability procedures not in the crawl — searched 'khuyết tật'
  { q: 'Thằng cháu tôi bị câm điếc từ nhỏ, người ta bảo phải có giấy xác nhận khuyết tật mới được hưởng, làm ở xã được không?', who: 'elderly' },
  { q: 'lam giay xac nhan khuyet tat cho con', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  // disability-allowance: disability allowance not in the crawl — searched 'khuyết tật', 'trợ cấp hằng tháng'
  { q: 'Con tôi bị tật nguyền nằm một chỗ, có giấy khuyết tật rồi, giờ xin tiền trợ cấp hằng tháng cho hắn thì làm răng?', who: 'elderly' },
  { q: 'tro cap nguoi khuyet tat nang', who: 'rural' },
  { q: 'trợ cấp hằng tháng người khuyết tật', who: 'young' },
  // orphan-allowance: child social assistance not in the crawl — searched 'mồ côi', 'trẻ em', 'bảo trợ'
  { q: 'Hai đứa cháu tôi mồ côi cả bọ lẫn mạ, tôi nuôi mà già rồi, có được nhà nước trợ cấp cho bọn hắn không?', who: 'elderly' },
  { q: 'tro cap tre mo coi', who: 'rural' },
  { q: 'trợ cấp trẻ em mồ côi', who: 'young' },
  // funeral-support-social: funeral support for social-assistance beneficiaries not in the crawl — searched 'mai táng', 'bảo trợ xã hội'
  { q: 'Ông nhà tôi đang hưởng tiền người già thì mất, nghe nói được hỗ trợ tiền mai táng, tôi làm đơn ở mô?', who: 'elderly' },
  { q: 'ho tro tien mai tang nguoi huong tro cap', who: 'rural' },
  { q: 'hỗ trợ chi phí mai táng đối tượng bảo trợ xã hội', who: 'young' },
  // disaster-emergency-house: emergency housing aid after landslides not in the crawl — searched 'thiên tai', 'khẩn cấp', 'sạt lở'
  { q: 'Nhà tôi bị sạt lở đất đổ mất một gian trong đợt mưa lũ vừa rồi, xin hỗ trợ làm lại nhà thì làm răng?', who: 'elderly' },
  { q: 'nha bi sat lo xin ho tro', who: 'rural' },
  { q: 'hỗ trợ khẩn cấp nhà bị thiên tai', who: 'young' },
  // hunger-rice-aid: rice relief not in the crawl — searched 'gạo', 'cứu đói'
  { q: 'Năm ni mất mùa, giáp hạt nhà tôi hết gạo, xã có cấp gạo cứu đói không, đăng ký ở mô?', who: 'elderly' },
  { q: 'xin gao cuu doi giap hat', who: 'rural' },
  { q: 'hỗ trợ gạo cứu đói', who: 'young' },
  // single-mother-allowance: single-parent assistance not in the crawl — searched 'đơn thân', 'trợ cấp'
  { q: 'Con gái tôi bị chồng bỏ, một mình nuôi hai đứa nhỏ, nhà thuộc hộ nghèo, có được trợ cấp chi không?', who: 'elderly' },
  { q: 'me don than nuoi con ngheo tro cap', who: 'rural' },
  { q: 'trợ cấp người đơn thân nghèo nuôi con', who: 'young' },
  // agent-orange-resistance: only the police-personnel variant 1.004205 exists; none for army veterans — searched 'chất độc hóa học', 'kháng chiến'
  { q: 'Ông nhà tôi đi bộ đội hồi chống Mỹ ở chiến trường, giờ đau ốm, con cháu bị dị tật, nghe nói được hưởng chất độc da cam, làm hồ sơ ra răng?', who: 'elderly' },
  { q: 'ho so chat doc da cam cho bo di bo doi', who: 'rural' },
  { q: 'chế độ người hoạt động kháng chiến nhiễm chất độc hóa học', who: 'young' },
  // martyr-grave-visit: grave-visit support for martyrs' relatives not in the crawl — searched 'liệt sĩ', 'mộ'
  { q: 'Anh trai tôi là liệt sĩ nằm ở nghĩa trang trong Quảng Trị, năm ni tôi muốn đi thăm mộ, có được nhà nước hỗ trợ tiền đi không?', who: 'elderly' },
  { q: 'ho tro di tham mo liet si', who: 'rural' },
  { q: 'hỗ trợ thăm viếng mộ liệt sĩ', who: 'young' },
  // veteran-funeral: funeral allowance for people with merit not in the crawl (police-only merit procedures) — searched 'mai táng', 'thương binh', 'người có công'
  { q: 'Bọ tôi là thương binh, vừa mất tháng trước, gia đình xin tiền mai táng phí theo chế độ thì làm ở mô?', who: 'elderly' },
  { q: 'mai tang phi thuong binh mat', who: 'rural' },
  { q: 'trợ cấp mai táng người có công', who: 'young' },
  // unemployment-benefit: unemployment benefit claim not in the crawl (only 1.001601 authorising someone to collect) — searched 'thất nghiệp'
  { q: 'Con gái tôi bị công ty cho nghỉ việc, về nhà rồi, nghe nói được hưởng tiền thất nghiệp, nộp giấy ở đây được không?', who: 'elderly' },
  { q: 'huong tro cap that nghiep', who: 'rural' },
  { q: 'trợ cấp thất nghiệp', who: 'young' },
  // work-in-laos-contract: registration of contracts to work abroad (labour) not in the crawl — searched 'đi làm việc ở nước ngoài', 'hợp đồng', 'người lao động', 'Lào'
  { q: 'Người ta rủ thằng con tôi sang Lào làm thuê cho công ty, tôi sợ bị lừa, có giấy tờ chi đăng ký cho hợp pháp không?', who: 'elderly' },
  { q: 'di lam ben lao can giay to gi', who: 'rural' },
  { q: 'đăng ký hợp đồng đi làm việc ở nước ngoài', who: 'young' },
  // vocational-training-rural: vocational training support not in the crawl — searched 'học nghề', 'đào tạo nghề'
  { q: 'Thằng cháu tôi học xong lớp 9 ở nhà, muốn đi học nghề sửa xe mà nhà nghèo, có được học miễn phí không?', who: 'elderly' },
  { q: 'hoc nghe mien phi cho con ho ngheo', who: 'rural' },
  { q: 'hỗ trợ đào tạo nghề lao động nông thôn', who: 'young' },
  // trafficking-victim-return: support for returned trafficking victims not in the crawl — searched 'mua bán người', 'nạn nhân'
  { q: 'Con gái tôi bị người ta lừa bán sang bên kia mấy năm, mới được đưa về, nghe nói được hỗ trợ, tôi phải làm giấy tờ chi?', who: 'elderly' },
  { q: 'con bi lua ban moi ve ho tro gi', who: 'rural' },
  { q: 'hỗ trợ nạn nhân bị mua bán người', who: 'young' },
  // homemade-liquor-license: liquor production licence (Công Thương) not in the crawl; only tax stamp procedures for liquor — searched 'rượu'
  { q: 'Nhà tôi nấu rượu ngô đem ra chợ bán, người ta bảo phải có giấy phép, xin giấy phép nấu rượu ở mô?', who: 'elderly' },
  { q: 'giay phep nau ruou thu cong ban', who: 'rural' },
  { q: 'giấy phép sản xuất rượu thủ công', who: 'young' },
  // complaint-hydropower-compensation: land-compensation complaints not in the crawl; only complaints against police — searched 'khiếu nại', 'bồi thường'
  { q: 'Nhà tôi bị thu hồi đất làm thủy điện mà tiền đền bù tính thiếu, tôi muốn làm đơn khiếu nại thì gửi ai?', who: 'elderly' },
  { q: 'khieu nai tien den bu dat thuy dien', who: 'rural' },
  { q: 'khiếu nại quyết định bồi thường thu hồi đất', who: 'young' },
  // denunciation-official: denunciation of a village/commune official not in the crawl; only denunciations against police — searched 'tố cáo'
  { q: 'Cán bộ thôn thu tiền của dân mà không có giấy biên nhận chi, tôi muốn tố cáo thì gửi đơn ở mô?', who: 'elderly' },
  { q: 'to cao can bo thu tien sai', who: 'rural' },
  { q: 'thủ tục tố cáo', who: 'young' },
  // school-transfer: education procedures not in the crawl — searched 'chuyển trường', 'học sinh', 'giáo dục'
  { q: 'Gia đình tôi chuyển về quê, thằng cháu đang học lớp 7 dưới xuôi, muốn chuyển về trường trên ni học thì làm răng?', who: 'elderly' },
  { q: 'chuyen truong cho con lop 7', who: 'rural' },
  { q: 'chuyển trường học sinh THCS', who: 'young' },
  // boarding-student-support: semi-boarding student support not in the crawl — searched 'bán trú', 'học sinh'
  { q: 'Cháu tôi học trường trên xã phải ở lại bán trú vì nhà xa, có được hỗ trợ tiền ăn gạo không?', who: 'elderly' },
  { q: 'ho tro hoc sinh ban tru tien an', who: 'rural' },
  { q: 'chính sách hỗ trợ học sinh bán trú', who: 'young' },
  // tuition-exemption: tuition exemption not in the crawl — searched 'học phí'
  { q: 'Nhà tôi hộ nghèo, con đi học cấp ba mà tiền học đóng không nổi, có được miễn học phí không, xin ở mô?', who: 'elderly' },
  { q: 'mien hoc phi ho ngheo', who: 'rural' },
  { q: 'miễn giảm học phí', who: 'young' },
  // diploma-copy-lost: diploma copies (education) not in the crawl — searched 'văn bằng', 'tốt nghiệp'
  { q: 'Cái bằng tốt nghiệp cấp hai của con tôi bị mối ăn mất, giờ đi làm người ta đòi, xin bản sao ở đâu?', who: 'elderly' },
  { q: 'mat bang tot nghiep cap 2 xin ban sao', who: 'rural' },
  { q: 'cấp bản sao văn bằng tốt nghiệp THCS', who: 'young' },
  // hospital-referral: hospital referral is done by health facilities, not in the crawl — searched 'chuyển tuyến', 'chuyển viện', 'bệnh viện'
  { q: 'Tôi bị đau gan, trạm y tế không chữa được, muốn xuống bệnh viện tỉnh mà đúng tuyến bảo hiểm thì xin giấy chuyển viện ở mô?', who: 'elderly' },
  { q: 'xin giay chuyen vien', who: 'rural' },
  { q: 'giấy chuyển tuyến BHYT', who: 'young' },
  // child-vaccination: vaccination is a health service, not in the crawl — searched 'tiêm'
  { q: 'Cháu tôi mới đẻ chưa được tiêm phòng mũi chi cả, muốn đưa đi tiêm thì đến đâu?', who: 'elderly' },
  { q: 'tiem phong cho tre so sinh', who: 'rural' },
  { q: 'lịch tiêm chủng mở rộng', who: 'young' },
  // medical-birth-certificate: giấy chứng sinh is issued by health facilities, not in the crawl — searched 'chứng sinh'
  { q: 'Con dâu tôi đẻ ở nhà, trạm y tế chưa cấp giấy chứng sinh cho cháu, muốn xin giấy chứng sinh thì đến mô?', who: 'elderly' },
  { q: 'de o nha ko co giay chung sinh', who: 'rural' },
  { q: 'cấp giấy chứng sinh', who: 'young' },
  // crop-disaster-support: support to restore production after disasters not in the crawl (1.012922 is planted-forest damage inspection only) — searched 'thiên tai', 'thiệt hại', 'khôi phục sản xuất'
  { q: 'Lũ quét vừa rồi cuốn mất ruộng lúa với mấy con trâu nhà tôi, có được nhà nước hỗ trợ giống, hỗ trợ tiền không?', who: 'elderly' },
  { q: 'lu cuon trau bo lua ho tro thiet hai', who: 'rural' },
  { q: 'hỗ trợ khôi phục sản xuất do thiên tai', who: 'young' },
  // seed-support: seed handouts to poor households not in the crawl — searched 'giống', 'hộ nghèo'
  { q: 'Xã có chương trình cấp giống ngô, giống lúa cho hộ nghèo không, nhà tôi muốn xin thì đăng ký với ai?', who: 'elderly' },
  { q: 'xin giong ngo cho ho ngheo', who: 'rural' },
  { q: 'hỗ trợ giống cây trồng hộ nghèo', who: 'young' },
  // poor-bank-loan: Social Policy Bank loans are a bank service, not in the crawl — searched 'vay vốn', 'cho vay', 'chính sách xã hội'
  { q: 'Nhà tôi hộ nghèo muốn vay tiền ngân hàng chính sách để nuôi dê, làm đơn vay ở mô?', who: 'elderly' },
  { q: 'vay von ngan hang chinh sach ho ngheo', who: 'rural' },
  { q: 'vay vốn NHCSXH hộ nghèo', who: 'young' },
  // electricity-connection: grid connection is a utility service, not in the crawl — searched 'điện'
  { q: 'Nhà tôi mới dựng ở rẫy xa bản, chưa có điện, muốn xin kéo điện về thì hỏi ai?', who: 'elderly' },
  { q: 'xin keo dien ve nha', who: 'rural' },
  { q: 'đăng ký cấp điện sinh hoạt', who: 'young' },
  // military-service-registration: military service registration (Bộ Quốc phòng) not in the crawl — searched 'nghĩa vụ quân sự', 'quân sự'
  { q: 'Thằng con tôi năm ni đủ 17 tuổi, nghe loa xã gọi đi đăng ký nghĩa vụ quân sự, phải mang giấy chi đi?', who: 'elderly' },
  { q: 'dang ky nghia vu quan su lan dau', who: 'rural' },
  { q: 'đăng ký NVQS lần đầu', who: 'young' },
  // homemade-gun-surrender: no procedure for citizens surrendering firearms (3.000389 is organisations receiving donated weapons; 1.013442 declares heirloom crude weapons) — searched 'vũ khí', 'giao nộp'
  { q: 'Nhà tôi còn khẩu súng kíp hồi xưa ông để lại đi săn, giờ muốn đem nộp cho công an thì có bị phạt chi không?', who: 'elderly' },
  { q: 'nop sung kip tu che', who: 'rural' },
  { q: 'giao nộp vũ khí thô sơ', who: 'young' },
  // buffalo-theft-report: reporting a theft is not an administrative procedure in the crawl — searched 'trình báo', 'mất trộm'
  { q: 'Đêm qua bọn hắn vào chuồng dắt mất con trâu nhà tôi, tôi đi trình báo ở mô để công an tìm giúp?', who: 'elderly' },
  { q: 'bi trom trau trinh bao', who: 'rural' },
  { q: 'trình báo mất trộm tài sản', who: 'young' },
  // sim-registration: SIM subscriber registration is a telecom service, not in the crawl — searched 'sim', 'thuê bao'
  { q: 'Cái điện thoại của tôi bị khóa sim, bảo phải đăng ký thông tin chính chủ, làm ở xã có được không?', who: 'elderly' },
  { q: 'dang ky sim chinh chu', who: 'rural' },
  { q: 'chuẩn hóa thông tin thuê bao', who: 'young' },
  // ethnic-priority-exam: no certification of admission-priority status; residence confirmation 1.010041 serves a different need — searched 'ưu tiên', 'dân tộc thiểu số', 'vùng khó khăn', 'tuyển sinh'
  { q: 'Cháu tôi thi đại học, trường bảo phải có giấy xác nhận người dân tộc ở vùng khó khăn để được cộng điểm ưu tiên, xin ở xã được không?', who: 'elderly' },
  { q: 'xac nhan vung kho khan cong diem uu tien', who: 'rural' },
  { q: 'giấy xác nhận đối tượng ưu tiên tuyển sinh', who: 'young' },
  // health-check-certificate: health check certificates are issued by clinics, not in the crawl — searched 'khám sức khỏe'
  { q: 'Con tôi đi làm công ty người ta đòi giấy khám sức khỏe, khám ở trạm xá xã có được không?', who: 'elderly' },
  { q: 'kham suc khoe di lam', who: 'rural' },
  { q: 'giấy khám sức khỏe', who: 'young' },
  // clean-water: rural water supply support not in the crawl — searched 'nước sạch', 'nước sinh hoạt'
  { q: 'Bản tôi mùa khô hết nước, muốn xin nhà nước làm bể nước, đường ống nước sạch thì làm đơn gửi ai?', who: 'elderly' },
  { q: 'xin nuoc sach ve ban', who: 'rural' },
  { q: 'hỗ trợ nước sinh hoạt tập trung', who: 'young' },
];
