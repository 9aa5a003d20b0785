import type { CitizenQuery } from './dev-set';

/**
 * A stress set for procedure search (issue 17), written by the tuner of the tenth session (4 Dec 2026): a DEVELOPMENT
 * set, tuned on, not a measure of unseen phrasing. Elderly voice only (whole polite sentences that tell the life
 * situation), aimed at the concepts the development sets missed most: a story that outranks the request, "chứng minh"
 * as a verb (not the old ID card), "đứng tên" (putting land, a house or a vehicle in one's name), allowances for
 * veterans and people with merit, changes to an ordinary company, renting farmland from the commune, and negation
 * ("chưa bao giờ có giấy khai sinh"). The queries were written first, then labelled by grepping the catalogue's names
 * (server/seed/tthc/national-crawl.jsonl.gz), never by running the engine. Veterans' queries take the Công an
 * "Chính sách" procedures as answers, as the development set does: the catalogue has no other.
 */
export const STRESS_SET: readonly CitizenQuery[] = [
  // A story, then the request.
  { q: 'Chồng tôi mất được ba năm rồi, nay tôi muốn đi bước nữa nên cần xin giấy xác nhận độc thân ở đâu ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'Mẹ tôi mất để lại căn nhà, anh em chúng tôi đã thỏa thuận xong, giờ muốn chứng thực văn bản chia di sản thì làm sao ạ', expect: ['2.001406'], who: 'elderly' },
  { q: 'Nhà tôi mới xây xong, cháu nội tôi mới sinh, giờ tôi muốn đăng ký thường trú cho cháu vào nhà đó thì làm thế nào ạ', expect: ['1.004222', '2.000986'], who: 'elderly' },
  { q: 'Con gái tôi lấy chồng ở tỉnh khác, giờ nó muốn chuyển hộ khẩu về nhà chồng thì làm thủ tục gì ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'Nhà tôi bị cháy hết giấy tờ, giờ tôi muốn xin lại bản sao giấy khai sinh cho con thì làm sao ạ', expect: ['2.000635', '1.004884'], who: 'elderly' },
  { q: 'Tôi mua lại căn nhà cũ của hàng xóm, giờ muốn sửa chữa cải tạo lại thì có phải xin giấy phép không ạ', expect: ['1.013229'], who: 'elderly' },
  { q: 'Vợ tôi mất rồi, tôi ở với con trai, giờ muốn tách hộ ra ở riêng thì làm thủ tục gì ạ', expect: ['1.010038'], who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi, tôi cần bản sao trích lục khai tử để làm giấy tờ ở ngân hàng thì xin ở đâu ạ', expect: ['2.000635'], who: 'elderly' },
  { q: 'Con tôi sắp lấy vợ, mảnh đất đang đứng tên tôi, giờ tôi muốn cho con mảnh đất đó thì làm sao ạ', expect: ['1.013831', '2.001035'], who: 'elderly' },
  // "Chứng minh" as a verb.
  { q: 'Tôi muốn làm giấy để chứng minh là tôi đang sống một mình chưa có vợ ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'Ngân hàng bảo tôi phải có giấy chứng minh là tôi đang ở tại địa phương, tôi xin giấy đó ở đâu ạ', expect: ['1.010041'], who: 'elderly' },
  { q: 'Cho tôi hỏi muốn chứng minh hai vợ chồng tôi đã cưới nhau mà giấy đăng ký kết hôn bị mất rồi thì làm sao ạ', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'Trường học đòi giấy chứng minh gia đình tôi là hộ nghèo, tôi phải xin ở đâu ạ', expect: ['1.011606', '1.011607'], who: 'elderly' },
  { q: 'Cho tôi hỏi tôi muốn làm giấy chứng minh tôi chưa từng bị tù tội để đi làm ở nước ngoài ạ', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'Tôi cần chứng minh cháu bé là con ruột của tôi để giấy khai sinh có tên bố thì làm thủ tục gì ạ', expect: ['1.000689', '1.001022'], who: 'elderly' },
  { q: 'Để chứng minh mảnh đất là của nhà tôi từ trước đến giờ, tôi muốn làm sổ đỏ lần đầu thì làm sao ạ', expect: ['1.013978'], who: 'elderly' },
  { q: 'Công ty bảo tôi phải nộp giấy tờ chứng minh nơi ở hiện tại, tôi xin xác nhận cư trú ở đâu ạ', expect: ['1.010041'], who: 'elderly' },
  // "Đứng tên".
  { q: 'Bố mẹ tôi cho tôi mảnh đất, giờ tôi muốn đứng tên trên sổ đỏ thì làm thủ tục gì ạ', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'Tôi mua đất của người ta bằng giấy viết tay từ lâu, giờ muốn được đứng tên thì làm sao ạ', expect: ['1.013831', '1.012785'], who: 'elderly' },
  { q: 'Chồng tôi mất rồi, sổ đỏ đứng tên ông ấy, giờ tôi muốn chuyển sang tên tôi thì làm sao ạ', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'Căn nhà bố mẹ để lại cho mấy anh em, giờ anh em thống nhất để một mình tôi đứng tên thì có được không ạ', expect: ['1.013831', '2.001406', '1.013980'], who: 'elderly' },
  { q: 'Cho tôi hỏi thủ tục để con trai tôi cùng đứng tên sổ đỏ với vợ chồng tôi ạ', expect: ['1.013980', '1.013831'], who: 'elderly' },
  { q: 'Xe máy tôi mua lại của người quen vẫn đứng tên chủ cũ, giờ muốn đứng tên tôi thì làm gì ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Nhà tôi mua từ năm 2010, giấy tờ vẫn đứng tên chủ cũ, bây giờ muốn đứng tên mình thì phải làm gì ạ', expect: ['1.013831', '1.012785'], who: 'elderly' },
  { q: 'Tôi được ông bà cho thừa kế mảnh vườn, muốn làm giấy tờ cho tôi đứng tên ạ', expect: ['1.013831'], who: 'elderly' },
  // Veterans and people with merit.
  { q: 'Bố tôi là thương binh, tôi muốn hỏi thủ tục xin trợ cấp hằng tháng cho ông ạ', expect: ['1.004089'], who: 'elderly' },
  { q: 'Ông tôi đi bộ đội bị nhiễm chất độc da cam, giờ muốn xin chế độ thì làm thế nào ạ', expect: ['1.004205'], who: 'elderly' },
  { q: 'Anh trai tôi hy sinh ở biên giới, gia đình muốn làm thủ tục công nhận liệt sĩ thì phải làm sao ạ', expect: ['1.004163'], who: 'elderly' },
  { q: 'Bố tôi là bệnh binh, cho tôi hỏi thủ tục hưởng trợ cấp bệnh binh ạ', expect: ['1.004198'], who: 'elderly' },
  { q: 'Ông nội tôi hoạt động cách mạng từ trước năm 1945, gia đình muốn xin công nhận cho ông thì làm sao ạ', expect: ['1.004151'], who: 'elderly' },
  { q: 'Tôi đi chiến trường B, C, K hồi trước, nghe nói được trợ cấp một lần thì xin thế nào ạ', expect: ['1.003220', '1.003799'], who: 'elderly' },
  { q: 'Mẹ tôi là mẹ liệt sĩ, gia đình muốn xin bằng Tổ quốc ghi công thì làm ở đâu ạ', expect: ['1.004163'], who: 'elderly' },
  { q: 'Ông tôi được phong anh hùng lực lượng vũ trang, nay muốn xin hưởng trợ cấp thì làm sao ạ', expect: ['1.004209'], who: 'elderly' },
  // An ordinary company's changes.
  { q: 'Công ty của con tôi muốn đổi tên và chuyển địa chỉ trụ sở sang chỗ khác thì làm thủ tục gì ạ', expect: ['2.002041'], who: 'elderly' },
  { q: 'Tôi muốn rút vốn ra khỏi công ty trách nhiệm hữu hạn góp chung với bạn, đổi thành viên thì làm sao ạ', expect: ['2.002011', '2.002009'], who: 'elderly' },
  { q: 'Công ty cổ phần của gia đình tôi muốn đổi người đại diện theo pháp luật thì đăng ký thế nào ạ', expect: ['2.002011'], who: 'elderly' },
  { q: 'Con trai tôi có công ty nhỏ, giờ muốn mở thêm một chi nhánh ở tỉnh bên thì làm sao ạ', expect: ['2.002069'], who: 'elderly' },
  { q: 'Công ty tôi muốn tăng vốn điều lệ thì phải đăng ký thay đổi thế nào ạ', expect: ['2.002009'], who: 'elderly' },
  { q: 'Công ty làm ăn khó khăn, tôi muốn tạm ngừng kinh doanh một năm thì thủ tục thế nào ạ', expect: ['2.002029'], who: 'elderly' },
  { q: 'Công ty tôi muốn bổ sung thêm ngành nghề kinh doanh thì phải báo ở đâu ạ', expect: ['2.002041'], who: 'elderly' },
  { q: 'Chi nhánh công ty tôi đổi địa chỉ thì phải đăng ký thay đổi thế nào ạ', expect: ['2.002045'], who: 'elderly' },
  // Renting farmland.
  { q: 'Tôi muốn thuê thêm đất ruộng của xã để trồng lúa thì xin ở đâu ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'Nhà tôi muốn thuê đất công của xã để đào ao nuôi cá thì làm thủ tục gì ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'Tôi định thuê mấy sào đất nông nghiệp của nhà nước để làm trang trại chăn nuôi thì cần xin gì ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'Tôi muốn thuê đất bãi bồi ven sông của xã để trồng rau thì làm giấy tờ gì ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  // Negation: what the citizen never had.
  { q: 'Tôi năm nay đã già mà chưa bao giờ được làm giấy khai sinh, giờ muốn làm thì ở đâu ạ', expect: ['1.004772', '1.001193'], who: 'elderly' },
  { q: 'Con tôi sinh ở nhà, từ lúc sinh đến giờ chưa đăng ký khai sinh, nay cháu đã mười tuổi thì làm sao ạ', expect: ['1.001193', '1.004772'], who: 'elderly' },
  { q: 'Vợ chồng tôi ở với nhau hai mươi năm nhưng chưa từng đăng ký kết hôn, giờ muốn đăng ký thì làm sao ạ', expect: ['1.000894'], who: 'elderly' },
  { q: 'Đất ông bà để lại chưa bao giờ được cấp sổ đỏ, giờ tôi muốn làm sổ thì làm sao ạ', expect: ['1.013978'], who: 'elderly' },
  { q: 'Tôi chưa từng có chứng minh nhân dân, giờ muốn làm căn cước lần đầu thì làm ở đâu ạ', expect: ['1.014061', '2.000200', '1.001247'], who: 'elderly' },
  { q: 'Bà tôi không có giấy khai sinh gì cả, giờ muốn làm cho bà thì làm sao ạ', expect: ['1.004772', '1.001193', '1.004884'], who: 'elderly' },
  // A second batch, written after the first four changes to check that they hold for phrasings not tuned on.
  { q: 'Cháu tôi mở công ty được hai năm, giờ muốn đổi trụ sở về nhà mới thì báo ở đâu ạ', expect: ['2.002041'], who: 'elderly' },
  { q: 'Công ty trách nhiệm hữu hạn của tôi có thêm người góp vốn, muốn thêm thành viên thì làm thủ tục gì ạ', expect: ['2.002011', '2.002009'], who: 'elderly' },
  { q: 'Doanh nghiệp của gia đình tôi muốn lập thêm văn phòng đại diện ở thành phố thì làm sao ạ', expect: ['2.002069'], who: 'elderly' },
  { q: 'Công ty tôi muốn giảm vốn điều lệ vì làm ăn thua lỗ thì làm thủ tục ở đâu ạ', expect: ['2.002009'], who: 'elderly' },
  { q: 'Xã có mấy mẫu đất công ích, tôi muốn xin thuê để trồng cây ăn trái thì làm thế nào ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'Tôi muốn thuê lại ruộng của nhà nước để nuôi tôm thì cần giấy tờ gì ạ', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'Cơ quan đòi tôi giấy tờ chứng minh tôi còn độc thân để làm hồ sơ, tôi xin ở đâu ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'Tôi cần chứng minh nơi cư trú để cho con đi học, xin giấy ở đâu ạ', expect: ['1.010041'], who: 'elderly' },
  { q: 'Muốn chứng minh tôi không có tiền án để xin việc thì làm giấy gì ạ', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'Cho tôi hỏi làm sao để chứng minh tôi là người gốc Việt Nam ạ', expect: ['2.001895'], who: 'elderly' },
  { q: 'Anh tôi bán lại mảnh đất cho tôi, giờ tôi muốn đứng tên sổ đỏ thì làm gì ạ', expect: ['1.013831'], who: 'elderly' },
  { q: 'Bà ngoại cho tôi căn nhà, muốn chuyển qua cho tôi đứng tên thì thủ tục thế nào ạ', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'Ô tô tôi mua lại vẫn đứng tên người bán, nay muốn chuyển sang tên tôi ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Sổ hồng đang đứng tên vợ tôi, giờ muốn thêm tên tôi vào thì làm sao ạ', expect: ['1.013980', '1.013831'], who: 'elderly' },
  { q: 'Ông tôi là thương binh hạng 2/4, muốn hỏi chế độ trợ cấp cho thương binh ạ', expect: ['1.004089'], who: 'elderly' },
  { q: 'Bà nội tôi là vợ liệt sĩ, gia đình muốn xin lại giấy chứng nhận gia đình liệt sĩ ạ', expect: ['1.004163'], who: 'elderly' },
  { q: 'Bố tôi bị nhiễm chất độc hóa học khi đi kháng chiến, con cháu có được trợ cấp gì không ạ', expect: ['1.004205'], who: 'elderly' },
  { q: 'Bố tôi mất để lại cho tôi chiếc xe máy, giờ tôi muốn sang tên xe thì làm sao ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Vợ tôi sinh con được một tuần, giờ tôi muốn đăng ký tạm trú cho cả nhà ở chỗ mới thì làm sao ạ', expect: ['1.004194'], who: 'elderly' },
  { q: 'Con tôi chưa bao giờ được làm căn cước, nay cháu mười lăm tuổi thì làm thế nào ạ', expect: ['1.014061', '2.000200'], who: 'elderly' },
  { q: 'Ông bà tôi sống với nhau cả đời mà chưa từng đăng ký kết hôn, giờ muốn làm giấy kết hôn thì làm sao ạ', expect: ['1.000894'], who: 'elderly' },
  { q: 'Tôi mất giấy khai sinh từ hồi nhỏ, giờ không còn bản chính nữa, muốn làm lại thì ở đâu ạ', expect: ['2.000635', '1.004884'], who: 'elderly' },
  // A third batch, written after the second was scored, on veterans, stories, negation and lost papers.
  { q: 'Ông nhà tôi là bệnh binh mất sức 61%, muốn hỏi về chế độ trợ cấp hằng tháng ạ', expect: ['1.004198'], who: 'elderly' },
  { q: 'Bố tôi trước là công an, đi chiến đấu ở chiến trường B rồi về quê, nghe nói có trợ cấp một lần thì làm sao ạ', expect: ['1.003220', '1.003799'], who: 'elderly' },
  { q: 'Tôi là thân nhân liệt sĩ, muốn xin cấp giấy chứng nhận gia đình liệt sĩ thì làm thế nào ạ', expect: ['1.004163'], who: 'elderly' },
  { q: 'Ông tôi được công nhận là anh hùng lao động thời kháng chiến, gia đình muốn xin trợ cấp cho ông ạ', expect: ['1.004209'], who: 'elderly' },
  { q: 'Chú tôi bị thương khi đi chiến đấu, giờ muốn làm hồ sơ hưởng chế độ thương binh thì làm sao ạ', expect: ['1.004089'], who: 'elderly' },
  { q: 'Cụ nhà tôi tham gia cách mạng từ năm 1944, muốn được công nhận là lão thành cách mạng ạ', expect: ['1.004151'], who: 'elderly' },
  { q: 'Bà tôi đi kháng chiến bị ảnh hưởng chất độc màu da cam, muốn xin chế độ cho bà ạ', expect: ['1.004205'], who: 'elderly' },
  { q: 'Con trai tôi mới cưới vợ, giờ vợ nó muốn nhập hộ khẩu về nhà tôi thì làm sao ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'Nhà tôi bị bão làm sập, giờ muốn xây lại nhà thì có phải xin giấy phép xây dựng không ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'Con tôi đi xuất khẩu lao động ở Nhật về, giờ muốn đăng ký tạm trú ở thành phố thì làm sao ạ', expect: ['1.004194'], who: 'elderly' },
  { q: 'Chồng tôi mất đã lâu, giờ tôi muốn đăng ký kết hôn với người khác thì cần giấy gì ạ', expect: ['1.000894', '1.004873'], who: 'elderly' },
  { q: 'Cháu tôi sinh ra ở bệnh viện huyện được một tháng, bây giờ tôi muốn đi làm giấy khai sinh cho cháu ạ', expect: ['1.001193', '2.001023', '2.000986'], who: 'elderly' },
  { q: 'Ông tôi mất để lại sổ tiết kiệm và mảnh đất, các con muốn làm văn bản chia di sản thì chứng thực ở đâu ạ', expect: ['2.001406'], who: 'elderly' },
  { q: 'Tôi bán xe máy cho người quen rồi, giờ người ta muốn sang tên xe thì tôi phải làm gì ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Mẹ tôi năm nay tám mươi tuổi mà chưa từng có giấy khai sinh, muốn làm cho mẹ thì làm sao ạ', expect: ['1.004772', '1.001193', '1.004884'], who: 'elderly' },
  { q: 'Con tôi chưa có giấy khai sinh vì bố mẹ chưa đăng ký kết hôn, giờ muốn làm cho cháu ạ', expect: ['1.001193', '1.000689'], who: 'elderly' },
  { q: 'Nhà tôi chưa bao giờ đăng ký tạm trú ở đây, giờ công an bảo phải đăng ký thì làm sao ạ', expect: ['1.004194'], who: 'elderly' },
  { q: 'Tôi chưa có mã số thuế cá nhân, giờ muốn đăng ký thì làm ở đâu ạ', expect: ['1.008498'], who: 'elderly' },
  { q: 'Mảnh đất nhà tôi ở từ năm 1990 mà chưa bao giờ được cấp giấy chứng nhận, giờ muốn làm thì thế nào ạ', expect: ['1.013978'], who: 'elderly' },
  { q: 'Giấy chứng nhận kết hôn của ông bà tôi bị mối ăn mất rồi, giờ xin lại ở đâu ạ', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'Tôi làm rơi mất giấy khai sinh của con, giờ xin bản sao ở đâu ạ', expect: ['2.000635'], who: 'elderly' },
];
