import type { CitizenQuery } from './dev-set';

/**
 * The elderly voice's sixth round (issue 17, helper session of 6 Dec 2026): 73 queries written in one sitting by 08:49
 * UTC (docs/search-drafts/elderly6-draft-20261206T0848Z.txt), before any procedure name was grepped and before the
 * engine was run on them, over the fields a parallel round (civil status, residence, identity) left out: land (sổ đỏ,
 * sổ hồng, bằng khoán, giấy tay, tách thửa, chuyển mục đích, cấp đổi, thế chấp, tranh chấp, thừa kế), housing and
 * building permits, household business and small trade, vehicles and boats, farming, fisheries and animals, social
 * insurance and health cards (lương hưu, sổ hưu, mất sức, tử tuất, thai sản, tai nạn lao động), social allowances and
 * people with merit. The shapes: long polite sentences with a story before the request ("con trai tôi vay ngân
 * hàng…", "ông già rồi đi biển không nổi…"), a situation without a request verb ("sổ đỏ … rách nát hết, chữ mờ không
 * đọc được nữa ạ"), forms of address (cô ơi, cháu ơi, bà, bác, ông), questions about cost, time and place, old or
 * colloquial names (cà vẹt, ghe, heo, cất nhà, coi nới) and three lines typed without marks.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Merit procedures the catalogue holds only for the police
 * count when the query names no other service. Seventeen have no answer in this catalogue (old-age, disability,
 * funeral and care-home allowances, a worker's own pension claim, a retail alcohol licence, disaster aid to crops,
 * merit cases outside the police): ELDERLY6_NO_ANSWER. Scored whole once before any change: 85.7 / 92.9 % (n = 56).
 * Split by alternation into ELDERLY6_TUNE (tuned on) and ELDERLY6_HELD (scored only).
 */
export const ELDERLY6_BATCH: readonly CitizenQuery[] = [
  { q: 'Cô ơi cho tôi hỏi, nhà tôi có miếng đất ông bà để lại từ hồi trước, chỉ có giấy tay mua bán thôi, giờ muốn làm sổ đỏ thì phải làm sao ạ', expect: ['1.013978', '1.012785'], who: 'elderly' },
  { q: 'cháu ơi bác có cái bằng khoán đất từ thời chế độ cũ, giờ con cháu bảo phải đổi sang sổ mới, bác đi đâu làm', expect: ['1.013978'], who: 'elderly' },
  { q: 'Tôi già rồi, muốn chia đất cho ba đứa con mỗi đứa một phần, thì tách thửa ra như thế nào ạ', expect: ['1.012784'], who: 'elderly' },
  { q: 'xin hỏi đất vườn muốn chuyển lên đất ở để cho thằng út cất nhà thì làm thủ tục gì, tốn bao nhiêu tiền', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'Cái sổ đỏ nhà tôi cấp từ năm 1995, giờ rách nát hết, chữ mờ không đọc được nữa ạ', expect: ['1.012783'], who: 'elderly' },
  { q: 'con trai tôi vay ngân hàng, phải đem sổ đỏ đi thế chấp, người ta bảo phải ra đăng ký ở đâu đó, cô chỉ giúp bác', expect: ['1.011441'], who: 'elderly' },
  { q: 'Nhà tôi với nhà bên cạnh cãi nhau cái ranh đất mấy năm nay, đo đi đo lại không xong, giờ muốn nhờ xã hòa giải tranh chấp ạ', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'cho tôi hỏi ông nhà tôi mất rồi, đất đứng tên ông, giờ muốn sang tên cho mấy đứa con thừa kế thì làm giấy tờ gì', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'tôi bị mất sổ đỏ lúc dọn nhà, tìm hoài không thấy, có làm lại được không cháu', expect: ['1.012786'], who: 'elderly' },
  { q: 'Ngân hàng đã trả hết nợ rồi mà sổ đỏ vẫn còn ghi thế chấp, muốn xóa đi thì làm ở đâu ạ', expect: ['1.011443'], who: 'elderly' },
  { q: 'vợ chồng tôi mua lại căn nhà của người ta có sổ hồng, giờ muốn sang tên qua tên vợ chồng tôi ạ', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'Tôi tính cho đứa con gái miếng đất, làm giấy tặng cho ở đâu, có phải ra phòng công chứng không ạ', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'dat cua toi do lai thay rong hon trong giay, muon dinh chinh dien tich lai cho dung a', expect: ['1.012781', '1.012790', '1.012796'], who: 'elderly' },
  { q: 'cô ơi nhà tôi khai hoang miếng đất từ năm tám mấy, chưa có giấy tờ gì hết, giờ xin cấp giấy lần đầu được không', expect: ['1.013978'], who: 'elderly' },
  { q: 'làm sổ hồng mất bao lâu vậy cháu, tôi nộp hồ sơ ở đâu', expect: ['1.013978', '1.012787'], who: 'elderly' },
  { q: 'Nhà tôi là nhà cấp bốn lợp ngói đã dột nát, muốn đập ra xây lại hai tầng thì có phải xin phép không ạ', expect: ['1.013225', '1.013229'], who: 'elderly' },
  { q: 'cho tôi hỏi sửa lại cái mái nhà với nâng nền cho khỏi ngập nước thì có cần giấy phép gì không', expect: ['1.013229'], who: 'elderly' },
  { q: 'Tôi muốn cất cái nhà ở nông thôn trên đất của mình, xin giấy phép xây dựng ở xã hay ở huyện hả cháu', expect: ['1.013225'], who: 'elderly' },
  { q: 'nha toi o thanh pho muon coi noi them mot tang, xin phep o dau a', expect: ['1.013229', '1.013225'], who: 'elderly' },
  { q: 'Bà già rồi ở nhà mở cái tiệm tạp hóa nhỏ bán cho bà con trong xóm, có phải đăng ký gì không cháu', expect: ['1.001612'], who: 'elderly' },
  { q: 'tôi muốn mở quán bán cơm bình dân trước nhà, cần làm giấy phép kinh doanh hộ gia đình ở đâu ạ', expect: ['1.001612'], who: 'elderly' },
  { q: 'con tôi đi làm xa, cái quán nhà không ai trông nữa, giờ muốn đóng cửa thôi kinh doanh thì báo ở đâu', expect: ['1.001266'], who: 'elderly' },
  { q: 'tôi tạm nghỉ bán hàng mấy tháng để đi chữa bệnh thì có phải báo với ai không cô', expect: ['1.001570'], who: 'elderly' },
  { q: 'Bán bánh mì, xôi sáng ở đầu ngõ thì có cần giấy chứng nhận an toàn thực phẩm không ạ', expect: ['2.001827'], who: 'elderly' },
  { q: 'Giấy phép kinh doanh của nhà tôi ghi tên ông, giờ ông mất, muốn đổi lại tên bà đứng chủ hộ kinh doanh thì làm sao', expect: ['2.000720'], who: 'elderly' },
  { q: 'Cháu ơi ông muốn bán cái xe máy cũ cho người ta, phải làm giấy tờ sang tên thế nào', expect: ['1.013076', '1.013123', '2.001035'], who: 'elderly' },
  { q: 'Cái xe máy tôi hư không đi được nữa, bán sắt vụn rồi, nghe nói phải nộp lại giấy đăng ký với biển số phải không ạ', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'tôi làm mất cái cà vẹt xe, xin cấp lại ở đâu ạ', expect: ['1.013082', '1.013080'], who: 'elderly' },
  { q: 'Nhà tôi có chiếc ghe nhỏ chở hàng trên sông, người ta nói phải đăng ký phương tiện thủy, làm ở đâu cô', expect: ['1.004047', '1.004088'], who: 'elderly' },
  { q: 'Con tôi có chiếc tàu cá đi biển, giờ muốn xin giấy phép khai thác thủy sản thì làm sao', expect: ['1.004359'], who: 'elderly' },
  { q: 'cái bằng lái xe máy của tôi bằng giấy bìa cũ từ năm chín mấy, giờ muốn đổi qua thẻ nhựa', expect: ['3.000347'], who: 'elderly' },
  { q: 'Ông già rồi đi biển không nổi, cái tàu đánh cá muốn bán cho người khác thì xóa đăng ký tàu cá thế nào ạ', expect: ['1.003681'], who: 'elderly' },
  { q: 'Tôi nuôi mấy chục con heo ở nhà, giờ muốn chở đi bán tỉnh khác thì phải có giấy kiểm dịch phải không cháu', expect: ['1.002338'], who: 'elderly' },
  { q: 'Tôi trồng lúa mấy chục năm, giờ muốn chuyển sang trồng cây ăn trái trên đất lúa thì có phải xin phép không ạ', expect: ['1.008004'], who: 'elderly' },
  { q: 'đàn vịt nhà tôi bị dịch cúm chết hàng loạt, nhà nước có hỗ trợ gì không cô', expect: ['1.013997'], who: 'elderly' },
  { q: 'Tôi muốn làm cái trang trại nuôi bò, có được cấp giấy chứng nhận kinh tế trang trại không cháu', expect: ['1.008128'], who: 'elderly' },
  { q: 'cho tôi hỏi nuôi cá lồng trên sông thì phải đăng ký gì ạ', expect: ['1.014801', '1.004692', '1.014834'], who: 'elderly' },
  { q: 'tôi có mấy hecta rừng trồng keo, giờ khai thác bán thì phải báo với xã không ạ', expect: ['1.011471', '1.011470', '1.000045'], who: 'elderly' },
  { q: 'cái sổ bảo hiểm xã hội của tôi bị mất từ hồi công ty giải thể, giờ xin cấp lại được không cháu', expect: ['1.002759'], who: 'elderly' },
  { q: 'thẻ bảo hiểm y tế của ông bị rách, đi khám bệnh người ta không nhận, xin đổi cái thẻ mới thế nào', expect: ['1.002759', '1.002438', '1.001321'], who: 'elderly' },
  { q: 'Chồng tôi đang hưởng lương hưu thì mất tháng trước, cho tôi hỏi gia đình được nhận tiền tuất với tiền mai táng không ạ', expect: ['2.000821', '2.000717'], who: 'elderly' },
  { q: 'con dâu tôi mới sinh cháu, nó có đóng bảo hiểm ở công ty, giờ làm chế độ thai sản ở đâu ạ', expect: ['2.000693'], who: 'elderly' },
  { q: 'tôi nghỉ mất sức từ năm chín mấy, đang lãnh tiền hàng tháng ở bưu điện, giờ về quê ở với con thì chuyển nơi lãnh thế nào', expect: ['1.001742'], who: 'elderly' },
  { q: 'cho toi hoi toi dong bao hiem co muoi may nam, chua du nam de lanh luong huu, co rut mot lan duoc khong', expect: ['1.001613'], who: 'elderly' },
  { q: 'Tôi muốn mua bảo hiểm y tế cho cả nhà theo hộ gia đình thì đăng ký ở đâu ạ', expect: ['1.001939'], who: 'elderly' },
  { q: 'sổ hưu của tôi ghi sai năm sinh so với căn cước, muốn sửa lại ạ', expect: ['1.002759', '2.000740'], who: 'elderly' },
  { q: 'Tôi bị tai nạn lúc đang làm ở xưởng, gãy chân, công ty có đóng bảo hiểm, giờ tôi muốn hưởng chế độ tai nạn lao động', expect: ['1.001632'], who: 'elderly' },
  { q: 'Tôi năm mươi lăm tuổi làm ruộng, muốn đóng bảo hiểm xã hội tự nguyện để sau này có lương hưu, có đóng được không cô', expect: ['1.002179'], who: 'elderly' },
  { q: 'bà bị mất thẻ bảo hiểm, đi khám không được, làm lại ở đâu cháu', expect: ['1.002759', '1.001294', '1.001327'], who: 'elderly' },
  { q: 'Nhà tôi nghèo lắm, ông bệnh nằm một chỗ, muốn xin vào danh sách hộ nghèo thì làm đơn ở đâu ạ', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'cho toi hoi xin giay xac nhan ho can ngheo de chau di hoc duoc mien hoc phi', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'con gái tôi sinh ra bị dị tật, tôi từng ở chiến trường bị nhiễm chất độc da cam, cho tôi hỏi con có được hưởng chế độ không', expect: ['1.004205'], who: 'elderly' },
  { q: 'Bác tôi hy sinh ở chiến trường mà chưa được công nhận liệt sĩ, gia đình muốn làm hồ sơ đề nghị công nhận ạ', expect: ['1.004163'], who: 'elderly' },
  { q: 'phí sang tên sổ đỏ hết bao nhiêu tiền vậy cô', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'đổi thẻ bảo hiểm y tế thì lên xã hay lên huyện ạ', expect: ['1.002759', '1.002438', '1.001321'], who: 'elderly' },
  { q: 'Tôi là con của người đi kháng chiến bị nhiễm chất độc hóa học, bản thân bị bệnh từ nhỏ, xin hỏi có được trợ cấp hàng tháng không ạ', expect: ['1.004205'], who: 'elderly' },
];

/** Even positions: read and tuned on. */
export const ELDERLY6_TUNE: readonly CitizenQuery[] = ELDERLY6_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored only, never read while tuning. */
export const ELDERLY6_HELD: readonly CitizenQuery[] = ELDERLY6_BATCH.filter((_, i) => i % 2 === 1);

/** Written in the same sitting; the catalogue has no procedure a clerk would accept for them. */
export const ELDERLY6_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi là thương binh, nhà cửa xuống cấp lắm rồi, nghe nói nhà nước có hỗ trợ tiền sửa nhà cho người có công, tôi hỏi thử ạ', who: 'elderly' },
  { q: 'Cho tôi hỏi muốn bán rượu lẻ ở tiệm tạp hóa thì có phải xin giấy phép riêng không', who: 'elderly' },
  { q: 'Bão vừa rồi làm chết hết lứa gà với mất trắng ruộng lúa, cho tôi hỏi xin hỗ trợ thiệt hại thiên tai ở đâu ạ', who: 'elderly' },
  { q: 'Cô ơi tôi làm công nhân hai chục năm, nay đủ tuổi nghỉ rồi, muốn làm hồ sơ hưởng lương hưu thì nộp ở đâu ạ', who: 'elderly' },
  { q: 'Mẹ tôi năm nay tám mươi mốt tuổi, không có lương hưu, xin trợ cấp người cao tuổi hàng tháng ở đâu ạ', who: 'elderly' },
  { q: 'cháu nội tôi bị khuyết tật bẩm sinh, không nói được, muốn xin giấy xác nhận khuyết tật để hưởng trợ cấp', who: 'elderly' },
  { q: 'bà cụ hàng xóm sống một mình không con cái, mới mất, ai lo mai táng, có tiền hỗ trợ không cháu', who: 'elderly' },
  { q: 'Tôi đang lãnh tiền người già ở xã này, giờ dọn qua ở với con trai bên huyện khác thì có lãnh tiếp được không', who: 'elderly' },
  { q: 'Ông nhà tôi bị tai biến liệt nửa người, nằm một chỗ cần người chăm, có được trợ cấp không ạ', who: 'elderly' },
  { q: 'tôi già yếu không nơi nương tựa, muốn xin vào trung tâm bảo trợ xã hội ở', who: 'elderly' },
  { q: 'Ba tôi là liệt sĩ hy sinh năm 1972, giờ gia đình muốn cải táng đưa hài cốt về quê thì làm sao ạ', who: 'elderly' },
  { q: 'Cô ơi tôi bị thương hồi đi bộ đội ở biên giới, có giấy ra viện, giờ xin công nhận thương binh có được không', who: 'elderly' },
  { q: 'Thẻ thương binh của tôi bị mất, xin cấp lại ở đâu ạ', who: 'elderly' },
  { q: 'mẹ tôi là vợ liệt sĩ, đang hưởng tuất, giờ mất rồi, gia đình xin tiền mai táng thế nào', who: 'elderly' },
  { q: 'tôi tham gia kháng chiến chống Mỹ, có huân chương, nay muốn xin hưởng chế độ người hoạt động kháng chiến', who: 'elderly' },
  { q: 'ông tôi là người có công, đang hưởng trợ cấp ở đây, giờ chuyển về tỉnh khác sống với con thì hồ sơ chuyển làm sao', who: 'elderly' },
  { q: 'cho tôi hỏi ba má mất hết rồi, ai được nhận trợ cấp thờ cúng liệt sĩ ạ', who: 'elderly' },
];
