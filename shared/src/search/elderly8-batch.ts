import type { CitizenQuery } from './dev-set';

/**
 * The elderly voice's eighth round (issue 17, helper session of 6 Dec 2026): 50 queries written in one sitting,
 * finished 10:01 UTC (docs/search-drafts/elderly8-draft-20261206T1001Z.txt), before any procedure name was grepped
 * and before the engine was run on them, over the trades and papers of an old person's working life: a household
 * shop, an eating stall, lottery tickets and home-made rice wine; a family brick company and a vegetable cooperative
 * (a son leaving, a new director, closing, pausing); a second-hand motorbike, a gnawed registration paper, a lost
 * plate, an old paper licence, a car from a son; a fishing boat (registered, licensed, sold); ponds, pigs, a
 * slaughter room, a veterinary shop, dying chickens, a buffalo sold across the province, rice fields turned to
 * orchards; acacia felled and carried; forest land without papers; building, repairing, raising a floor, a garden
 * wall, a neighbour's encroachment, adding the house to the red book; electricity and tap water; and papers named by
 * their look or old name ("cái giấy màu hồng", "tờ giấy có dấu đỏ của xã", "bằng khoán", "giấy phép con",
 * "sổ hộ nghèo", "bìa xanh"). Shapes: "cô ơi", "cháu ơi", "cho tôi hỏi", "ạ"; stories of a dead husband, a son
 * abroad, old age; six queries without marks.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept (a torn registration paper is exchanged, a lost one reissued,
 * and either desk would take it; a sold fishing boat is struck off and registered anew; felling planted acacia goes
 * to the harvest plan or the timber list; raising a floor is a repair-and-alteration permit, a garden wall a new
 * one). 8 have no answer in this catalogue, which holds no lottery agency, no food-service or liquor licence, no
 * relief for crops lost to storms, no electricity or water connection and no cadastral-map extract:
 * ELDERLY8_NO_ANSWER. Split by alternation into ELDERLY8_TUNE (tuned on) and ELDERLY8_HELD.
 */
export const ELDERLY8_BATCH: readonly CitizenQuery[] = [
  { q: 'Cô ơi tôi năm nay 66 tuổi, muốn mở cái quầy bán tạp hóa nho nhỏ trước nhà cho đỡ buồn thì có phải làm giấy phép kinh doanh không ạ', expect: ['1.001612'], who: 'elderly' },
  { q: 'chau oi ba muon mo quan ban bun rieu o dau ngo, nguoi ta bao phai dang ky ho kinh doanh, lam o dau chau', expect: ['1.001612'], who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi, cái hộ kinh doanh tạp hóa đứng tên ông ấy, giờ tôi muốn đổi sang tên tôi đứng thì làm thế nào cháu', expect: ['2.000720'], who: 'elderly' },
  { q: 'Tôi già rồi không buôn bán nữa, muốn trả lại cái giấy phép kinh doanh của cửa hàng thì phải làm thủ tục gì cô', expect: ['1.001266'], who: 'elderly' },
  { q: 'Nhà tôi ba bố con mở cái công ty nhỏ làm gạch, giờ thằng cả muốn rút ra không góp vốn nữa thì phải đăng ký thay đổi gì ạ', expect: ['2.002011', '2.002009'], who: 'elderly' },
  { q: 'Cô ơi tôi là giám đốc công ty gia đình, giờ già yếu rồi muốn giao cho con trai làm giám đốc thay, phải báo với nhà nước thế nào', expect: ['2.002011'], who: 'elderly' },
  { q: 'tôi muốn giải thể cái công ty của nhà vì làm ăn thua lỗ mãi, thủ tục giải thể làm ở đâu cháu', expect: ['2.002023'], who: 'elderly' },
  { q: 'Mấy hộ trong xóm muốn góp nhau lập hợp tác xã trồng rau sạch, bác được cử đi hỏi, lập hợp tác xã thì đăng ký ở đâu ạ', expect: ['1.005280'], who: 'elderly' },
  { q: 'ong muon tam ngung kinh doanh cai cong ty mot nam vi ong di mo, lam the nao chau', expect: ['2.002029'], who: 'elderly' },
  { q: 'Tôi mua lại cái xe máy cũ của ông hàng xóm, giấy tờ xe vẫn đứng tên ông ấy, giờ muốn sang tên sang tôi thì làm ở đâu ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Cháu ơi cái giấy đăng ký xe máy của ông bị chuột gặm rách hết rồi, xin cấp lại thì làm ở đâu', expect: ['1.013079', '1.013082', '1.013080'], who: 'elderly' },
  { q: 'bác bị mất cái biển số xe máy lúc đi chợ, giờ xin cấp lại biển số thế nào hả cô', expect: ['1.013082', '1.013080'], who: 'elderly' },
  { q: 'Tôi 72 tuổi rồi, cái bằng lái xe máy hạng A1 làm từ hồi xưa bằng giấy bìa, có phải đổi sang thẻ nhựa không cháu', expect: ['3.000347'], who: 'elderly' },
  { q: 'Ông có cái xe máy cũ nát không đi nữa, muốn bỏ đi thì có phải nộp lại giấy đăng ký với biển số không', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'Con trai tôi cho tôi cái ô tô cũ, giờ muốn sang tên cho tôi đứng thì làm những giấy gì ạ', expect: ['1.013076'], who: 'elderly' },
  { q: 'Nhà tôi có con thuyền đánh cá nhỏ, giờ muốn đăng ký cho nó đàng hoàng thì làm ở đâu ạ', expect: ['1.003650'], who: 'elderly' },
  { q: 'toi muon xin giay phep khai thac thuy san de di danh ca ngoai bien, lam o dau chau', expect: ['1.004359'], who: 'elderly' },
  { q: 'Tôi bán lại con tàu cá cho người cùng làng, phải làm giấy tờ sang tên tàu thế nào cô', expect: ['1.003650', '1.003681', '1.004344'], who: 'elderly' },
  { q: 'Cô ơi nhà tôi muốn đào ao nuôi tôm nuôi cá, có phải xin phép ai không ạ', expect: ['1.008004'], who: 'elderly' },
  { q: 'Bác nuôi mấy chục con lợn, giờ muốn làm trang trại to hơn, có phải đăng ký gì với xã không', expect: ['1.008128'], who: 'elderly' },
  { q: 'Tôi muốn mở cái lò mổ lợn nhỏ ở nhà để bán thịt ngoài chợ, phải xin giấy phép gì ạ', expect: ['2.001827'], who: 'elderly' },
  { q: 'Cho tôi hỏi tôi muốn mở cửa hàng bán thuốc thú y cho bà con trong xã thì phải có chứng chỉ gì', expect: ['1.001686'], who: 'elderly' },
  { q: 'Đàn gà nhà tôi chết hàng loạt, tôi sợ là dịch cúm gà, phải báo ai ạ, có được hỗ trợ gì không', expect: ['1.013997'], who: 'elderly' },
  { q: 'chau oi ba muon ban con trau sang tinh khac, nguoi ta bao phai co giay kiem dich, xin o dau', expect: ['1.002338'], who: 'elderly' },
  { q: 'Tôi muốn chuyển mấy sào ruộng lúa sang trồng cây ăn quả thì có phải xin phép không cháu', expect: ['1.008004'], who: 'elderly' },
  { q: 'Nhà tôi có mấy ha đồi trồng keo, giờ keo đến tuổi muốn chặt bán thì có phải xin phép khai thác gỗ không ạ', expect: ['1.011471', '1.011470', '1.000045'], who: 'elderly' },
  { q: 'bác muốn chở mấy xe gỗ keo đi bán, người ta hỏi giấy tờ nguồn gốc gỗ, xin ở đâu hả cô', expect: ['1.000045'], who: 'elderly' },
  { q: 'Ông được chia đất rừng từ hồi xưa nhưng chưa có giấy tờ gì, giờ muốn xin sổ đỏ đất rừng thì làm thế nào', expect: ['1.013978'], who: 'elderly' },
  { q: 'Tôi muốn xây lại cái nhà cấp bốn hai tầng trên đất nhà mình, có phải xin giấy phép xây dựng không ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'Cô ơi nhà tôi cũ quá muốn sửa lại mái với trát lại tường thôi, có phải xin phép không', expect: ['1.013229'], who: 'elderly' },
  { q: 'thang con toi muon coi noi them mot tang len tren nha, co phai xin phep xay dung khong chau', expect: ['1.013229'], who: 'elderly' },
  { q: 'Bác muốn xây cái tường rào quanh vườn cho khỏi trâu bò vào, có phải xin giấy phép không', expect: ['1.013225'], who: 'elderly' },
  { q: 'Nhà bên cạnh xây nhà lấn sang đất nhà tôi với làm nứt tường nhà tôi, tôi muốn làm đơn thì gửi ai ạ', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'Tôi xây nhà xong rồi, giờ muốn ghi cái nhà vào trong sổ đỏ thì làm thủ tục gì cháu', expect: ['1.013995'], who: 'elderly' },
  { q: 'Cô ơi tôi có cái giấy màu hồng người ta cấp cho đất nhà tôi, giờ bị mất rồi, xin lại thì làm thế nào', expect: ['1.012786'], who: 'elderly' },
  { q: 'bà có cái tờ giấy có dấu đỏ của xã xác nhận đất của ông bà để lại, giờ muốn đổi sang sổ đỏ thì làm thế nào cháu', expect: ['1.013978'], who: 'elderly' },
  { q: 'Nhà tôi còn cái bằng khoán đất từ thời trước giải phóng, giờ có dùng được để làm sổ đỏ không ạ', expect: ['1.013978'], who: 'elderly' },
  { q: 'Tôi mở hàng bán phân bón thuốc trừ sâu, người ta bảo phải có giấy phép con, giấy phép con là giấy gì, xin ở đâu', expect: ['1.004363'], who: 'elderly' },
  { q: 'Cháu ơi nhà bác thuộc diện hộ nghèo, muốn xin cái sổ hộ nghèo để được miễn giảm thì làm ở đâu', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'Năm nay nhà tôi thoát nghèo rồi nhưng vẫn còn khó khăn, nghe nói có diện cận nghèo, xin xác nhận hộ cận nghèo ở đâu ạ', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'Cái sổ hồng của căn nhà tôi mua từ năm 2005 ghi tên mỗi ông nhà tôi, giờ muốn thêm tên tôi vào thì làm thế nào', expect: ['1.013980', '1.013833'], who: 'elderly' },
  { q: 'ong co cai giay chung nhan quyen su dung dat bia xanh cu lam, gio muon doi sang so moi thi lam o dau', expect: ['1.012783'], who: 'elderly' },
];

/**
 * A second sitting over the same fields (docs/search-drafts/elderly8-more-draft-20261206T1008Z.txt, 10:08 UTC), written
 * after the first tuning and labelled the same way; scored once blind, then tuned on. Its 2 unanswerable questions (a
 * dog's rabies shot, an electricity bill disputed) join ELDERLY8_NO_ANSWER.
 */
export const ELDERLY8_MORE: readonly CitizenQuery[] = [
  { q: 'Cô ơi cái giấy đăng ký hộ kinh doanh của quán tạp hóa nhà tôi bị ướt mưa nhòe hết chữ rồi, xin lại cái khác thế nào ạ', expect: ['2.000575'], who: 'elderly' },
  { q: 'bác bán nước chè chén ở đầu ngõ, có phải đi đăng ký kinh doanh không cháu', expect: ['1.001612'], who: 'elderly' },
  { q: 'Tôi muốn đổi tên cái cửa hàng tạp hóa với chuyển sang địa chỉ mới ở chợ xã thì phải báo ai', expect: ['2.000720'], who: 'elderly' },
  { q: 'Cháu ơi công ty nhà bác muốn tăng thêm vốn vì thằng út góp thêm tiền, đăng ký thế nào', expect: ['2.002009'], who: 'elderly' },
  { q: 'Ông già rồi muốn bán lại cái doanh nghiệp tư nhân cho con rể đứng tên, làm thủ tục gì ạ', expect: ['2.002011'], who: 'elderly' },
  { q: 'hop tac xa cua thon lam an khong duoc, xa vien muon giai the thi lam the nao chau', expect: ['1.004982'], who: 'elderly' },
  { q: 'Ông có cái xe máy Cub đời cũ mua từ năm 1995, giấy tờ chỉ có cái giấy mua bán viết tay, giờ muốn đăng ký sang tên thì sao cháu', expect: ['1.013076'], who: 'elderly' },
  { q: 'Cái cà vẹt xe của tôi bị mất lúc đi chợ, giờ làm lại ở công an xã được không cô', expect: ['1.013082', '1.013080'], who: 'elderly' },
  { q: 'bà đi xe đạp điện thôi, có phải đăng ký biển số không cháu', expect: ['1.013067', '1.012575'], who: 'elderly' },
  { q: 'Tôi muốn đổi cái bằng lái xe máy bằng giấy sang loại thẻ nhựa thì đi đâu ạ', expect: ['3.000347'], who: 'elderly' },
  { q: 'Nhà tôi có cái ghe nhỏ chở khách qua sông, giờ muốn đăng ký cho đúng luật thì làm ở đâu cô', expect: ['1.004047', '1.004088'], who: 'elderly' },
  { q: 'Cái giấy chứng nhận đăng ký tàu cá của ông bị mất khi tàu bị chìm, xin lại ở đâu ạ', expect: ['1.003634'], who: 'elderly' },
  { q: 'Tôi nuôi tôm trong lồng bè trên sông, cán bộ bảo phải có giấy xác nhận nuôi, xin ở đâu ạ', expect: ['1.014801', '1.004692', '1.014834'], who: 'elderly' },
  { q: 'Bác muốn mở cái cửa hàng bán giống lúa, phân bón, thuốc trừ sâu cho bà con thì xin giấy gì', expect: ['1.004363'], who: 'elderly' },
  { q: 'Chuồng lợn nhà bác bị dịch tả lợn châu Phi phải tiêu hủy cả đàn, nhà nước có hỗ trợ không, làm đơn ở đâu', expect: ['1.013997'], who: 'elderly' },
  { q: 'Tôi được giao mấy ha rừng để trồng, giờ muốn chuyển sang trồng cây ăn quả thì có được không, xin phép ở đâu', expect: ['1.012694'], who: 'elderly' },
  { q: 'Rừng keo nhà bác bị cháy mất một nửa, có phải báo kiểm lâm xã để người ta xuống xem không', expect: ['1.012922'], who: 'elderly' },
  { q: 'Tôi muốn xây cái chuồng bò với cái nhà kho ở vườn thì có phải xin giấy phép xây dựng không ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'Cái giấy phép xây dựng nhà tôi xin năm ngoái mà chưa kịp xây, giờ hết hạn rồi, xin gia hạn ở đâu cháu', expect: ['1.013227'], who: 'elderly' },
  { q: 'Cô ơi cái sổ đỏ nhà tôi bị mối xông mất một góc, chữ vẫn đọc được, có phải đổi không', expect: ['1.012783'], who: 'elderly' },
  { q: 'Tôi còn giữ cái giấy chứng nhận hộ nghèo từ năm ngoái, năm nay xin công nhận lại thì làm thế nào ạ', expect: ['1.011606', '1.011607'], who: 'elderly' },
  { q: 'bà có cái giấy trắng ông bà viết tay chia đất cho các con, giờ muốn làm sổ đỏ cho từng đứa thì làm thế nào cháu', expect: ['1.013831', '1.012784', '1.013978'], who: 'elderly' },
];

/** The half tuned on: its misses were read. */
export const ELDERLY8_TUNE: readonly CitizenQuery[] = ELDERLY8_BATCH.filter((_, i) => i % 2 === 0);

/** The half scored only: its misses were never printed. */
export const ELDERLY8_HELD: readonly CitizenQuery[] = ELDERLY8_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (see the header). */
export const ELDERLY8_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi bán vé số dạo đã mười mấy năm nay, giờ muốn có cái giấy phép đại lý vé số đàng hoàng thì xin ở đâu ạ', who: 'elderly' },
  { q: 'bác mở quán cơm bình dân, cán bộ phường bảo phải có giấy chứng nhận an toàn thực phẩm, xin giấy đó ở đâu hả cháu', who: 'elderly' },
  { q: 'Cho tôi hỏi nhà tôi bán rượu ở quê, rượu tự nấu, có phải xin giấy phép bán rượu không ạ', who: 'elderly' },
  { q: 'Ruộng nhà tôi mất mùa vì bão lũ, nghe nói nhà nước có hỗ trợ cho nông dân bị thiên tai, làm đơn ở đâu ạ', who: 'elderly' },
  { q: 'Cháu ơi nhà tôi bị cắt điện mấy hôm nay, làm đơn kêu ở đây được không', who: 'elderly' },
  { q: 'Bác muốn kéo đường nước máy vào nhà thì đăng ký ở đâu hả cô', who: 'elderly' },
  { q: 'Tôi muốn lắp đồng hồ điện riêng cho nhà thằng con ở bên cạnh thì phải làm gì ạ', who: 'elderly' },
  { q: 'Tôi muốn xin trích lục cái bản đồ thửa đất nhà tôi để xem ranh giới với nhà hàng xóm, làm ở đâu cô', who: 'elderly' },
  { q: 'Nhà tôi nuôi chó, nghe nói phải tiêm phòng dại, có phải đăng ký ở đâu không cô', who: 'elderly' },
  { q: 'Nhà tôi bị tính tiền điện cao bất thường, muốn khiếu nại thì làm ở đâu cô', who: 'elderly' },
];
