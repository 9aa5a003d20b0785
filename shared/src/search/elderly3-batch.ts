import type { CitizenQuery } from './dev-set';

/**
 * A development batch for the elderly voice, third pass (issue 17, helper session of 6 Dec 2026): 98 queries
 * written in one sitting at 05:59 UTC, before any procedure name was grepped and before the engine was run on
 * them. Long polite sentences with diacritics (a few typed by a grandchild without them): a story before the
 * request (a death, a move, a loss, a child abroad, a paper from before 1975 or from the cooperative years), old
 * names of papers (chứng minh nhân dân, sổ hộ khẩu, bằng khoán, giấy tay, sổ hồng, sổ đỏ, cavet, sổ hưu),
 * honorifics and fillers ("cho tôi hỏi", "ạ", "cô chú ơi", "nhờ cán bộ"), the request at the start, at the end
 * or inside a question ("có được không", "phải làm sao", "mất bao lâu", "tốn bao nhiêu tiền"), and the people
 * it is for (cháu nội, con dâu, ông nhà tôi, bà cụ). Fields: civil status, residence, identity cards, pensions
 * and survivors, health insurance, merit, land inheritance and gifts, building, certification, vehicles,
 * passports, nationality, criminal records, poverty.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. 24 have no answer in this catalogue (the labour
 * ministry's allowances for the old, the disabled and people with merit, funeral allowances outside social
 * insurance, war graves): ELDERLY3_NO_ANSWER. Split by alternation: ELDERLY3_TUNE (read and tuned on) and
 * ELDERLY3_HELD (scored only).
 */
export const ELDERLY3_TUNE: readonly CitizenQuery[] = [
  { q: 'cho tôi hỏi ạ, cháu nội tôi mới sinh được một tháng, bố nó đi làm xa, tôi là bà nội có đi làm giấy khai sinh cho cháu được không', expect: ['1.001193'], who: 'elderly' },
  { q: 'cô chú ơi, giấy khai sinh của tôi làm từ hồi trước giải phóng bị rách hết rồi, xin cấp lại bản sao được không', expect: ['2.000635', '1.004884'], who: 'elderly' },
  { q: 'con dâu tôi là người nước ngoài, cháu nội sinh ở đây, đăng ký khai sinh cho cháu ở đâu ạ', expect: ['2.000528'], who: 'elderly' },
  { q: 'nhờ cán bộ xem giúp, con gái tôi lấy chồng Hàn Quốc, bên đó đòi giấy xác nhận độc thân thì xin ở đâu', expect: ['1.004873'], who: 'elderly' },
  { q: 'ông bà tôi lấy nhau từ năm 1960 không có giấy đăng ký kết hôn, giờ cần giấy để làm thừa kế thì làm sao', expect: ['1.000894'], who: 'elderly' },
  { q: 'tôi có đứa con nuôi từ nhỏ mà chưa làm giấy tờ, giờ muốn đăng ký nhận con nuôi cho đàng hoàng', expect: ['2.001263'], who: 'elderly' },
  { q: 'cho tôi hỏi giấy khai sinh của cháu bị ghi sai ngày sinh, muốn cải chính thì mất bao lâu ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'tôi già rồi về ở với con gái trên thị xã, muốn chuyển hộ khẩu về nhà con thì làm sao ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'bà nội tôi mất rồi mà vẫn còn tên trong hộ khẩu, giờ xóa tên cho bà thế nào ạ', expect: ['1.003197'], who: 'elderly' },
  { q: 'con trai tôi đi xuất khẩu lao động bên Nhật mấy năm, có phải khai tạm vắng không ạ', expect: ['1.003677'], who: 'elderly' },
  { q: 'tôi đi lại khó khăn, cán bộ có đến nhà làm căn cước cho người già không', expect: ['1.014061', '2.000200'], who: 'elderly' },
  { q: 'cho tôi hỏi thẻ căn cước gắn chip của tôi ghi sai quê quán thì sửa thế nào', expect: ['1.014063', '1.014060', '1.012564'], who: 'elderly' },
  { q: 'ông nhà tôi đang hưởng lương hưu thì mất, tôi có được lãnh tiền tử tuất không', expect: ['2.000821', '2.000717'], who: 'elderly' },
  { q: 'chồng tôi mất, tôi muốn nhận tiền mai táng phí bên bảo hiểm xã hội thì cần giấy tờ gì', expect: ['2.000821'], who: 'elderly' },
  { q: 'tôi đang nhận tiền hưu hằng tháng, nay muốn ủy quyền cho con gái lĩnh thay thì làm sao', expect: ['1.001601'], who: 'elderly' },
  { q: 'người trên 80 tuổi có được cấp thẻ bảo hiểm y tế miễn phí không cán bộ', expect: ['1.001939', '2.000639', '1.003116'], who: 'elderly' },
  { q: 'tôi muốn mua bảo hiểm y tế cho cả nhà theo hộ gia đình thì đăng ký ở đâu', expect: ['1.001939'], who: 'elderly' },
  { q: 'tôi là con liệt sĩ, có được cấp thẻ bảo hiểm y tế không ạ', expect: ['1.001939', '2.000639', '1.003116'], who: 'elderly' },
  { q: 'đất nhà tôi chỉ có bằng khoán từ thời chế độ cũ, giờ muốn làm sổ đỏ thì có được không', expect: ['1.013978'], who: 'elderly' },
  { q: 'tôi muốn làm giấy tặng cho con trai út mảnh đất đang ở, phải ra xã hay lên huyện ạ', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'đất hợp tác xã chia cho từ những năm 80, chưa bao giờ có giấy, giờ xin cấp lần đầu thế nào', expect: ['1.013978'], who: 'elderly' },
  { q: 'tôi muốn tách thửa đất chia cho ba đứa con trước khi tôi nhắm mắt thì làm sao', expect: ['1.012784'], who: 'elderly' },
  { q: 'nhà tôi có tranh chấp ranh giới đất với nhà hàng xóm, xin xã hòa giải giúp được không ạ', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'tôi già rồi muốn chuyển một phần đất vườn sang đất ở để con cất nhà thì làm sao', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'tôi muốn sửa lại căn nhà cấp bốn ở quê, có cần xin phép không cán bộ', expect: ['1.013229'], who: 'elderly' },
  { q: 'tôi già mắt kém, muốn làm giấy ủy quyền cho con trai đi làm giấy tờ thay, chứng thực ở đâu ạ', expect: ['2.000884', '2.001035'], who: 'elderly' },
  { q: 'chứng thực chữ ký cho tôi vào giấy xác nhận để con gửi sang nước ngoài thì làm ở đâu ạ', expect: ['2.000884'], who: 'elderly' },
  { q: 'tôi không biết chữ, muốn làm hợp đồng tặng cho nhà cho con thì chứng thực thế nào', expect: ['2.001035'], who: 'elderly' },
  { q: 'chồng tôi mất đã lâu, tôi muốn xin trợ cấp tuất hằng tháng vì tôi già không có thu nhập', expect: ['2.000821'], who: 'elderly' },
  { q: 'cavet xe máy của ông nhà tôi mất, ông mất rồi, giờ tôi muốn sang tên xe cho con trai thì làm sao', expect: ['1.013076'], who: 'elderly' },
  { q: 'bằng lái xe của tôi hạng A1 loại giấy cũ, giờ có phải đổi sang loại thẻ không', expect: ['3.000347'], who: 'elderly' },
  { q: 'cháu tôi sinh bên Đức, muốn ghi vào sổ hộ tịch ở Việt Nam việc khai sinh thì làm sao', expect: ['2.000547'], who: 'elderly' },
  { q: 'tôi muốn xin lý lịch tư pháp để làm hồ sơ đi thăm con bên Hàn thì xin ở đâu ạ', expect: ['3.000333'], who: 'elderly' },
  { q: 'giấy chứng nhận quyền sử dụng đất của tôi đã hết chỗ ghi biến động, xin đổi sổ mới ạ', expect: ['1.012783'], who: 'elderly' },
  { q: 'tôi muốn đăng ký kết hôn lần hai khi vợ trước đã mất, cần giấy tờ gì ạ', expect: ['1.000894'], who: 'elderly' },
  { q: 'làm giấy chứng tử cho mẹ tôi ạ, bà mất ở bệnh viện huyện hôm qua', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba ngoai em muon lam lai can cuoc vi bi mat, ba di lai kho khan', expect: ['1.014064', '2.001194'], who: 'elderly' },
];

/** The other half of the same sitting: scored before and after, its misses never read. */
export const ELDERLY3_HELD: readonly CitizenQuery[] = [
  { q: 'ông nhà tôi mất hồi tháng trước ở nhà, giờ tôi muốn làm giấy chứng tử cho ông thì phải làm sao ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'tôi sinh năm 1948, giấy khai sinh ghi sai tên mẹ tôi, giờ muốn sửa lại cho đúng thì làm thế nào', expect: ['1.004859'], who: 'elderly' },
  { q: 'bà cụ nhà tôi năm nay 92 tuổi, chưa từng có giấy khai sinh, giờ làm có được không cán bộ', expect: ['1.004772', '1.001193'], who: 'elderly' },
  { q: 'cháu ngoại tôi bố mẹ ly hôn, tôi nuôi nó, muốn đổi họ cho cháu theo họ mẹ có được không ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'tôi muốn xin trích lục khai tử của chồng tôi để làm hồ sơ hưởng chế độ tử tuất ạ', expect: ['2.000635'], who: 'elderly' },
  { q: 'anh tôi đi biệt tích mấy chục năm, nay có người báo là mất ở trong Nam, làm khai tử cho anh có được không', expect: ['1.000656'], who: 'elderly' },
  { q: 'con trai tôi có con với một cô nhưng chưa cưới, giờ nó muốn nhận con thì làm giấy gì ạ', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'sổ hộ khẩu nhà tôi giờ người ta nói không dùng nữa, vậy muốn chứng minh nơi ở thì xin giấy gì', expect: ['1.010041'], who: 'elderly' },
  { q: 'cháu tôi ở quê lên ở nhờ nhà tôi đi học, có phải khai báo tạm trú cho nó không cán bộ', expect: ['1.004194'], who: 'elderly' },
  { q: 'chứng minh nhân dân của tôi làm từ năm 1985 cũ lắm rồi, giờ đổi sang thẻ căn cước ở đâu ạ', expect: ['1.014061', '1.014063', '2.000200'], who: 'elderly' },
  { q: 'bà cụ nhà tôi bị mất chứng minh thư, giờ làm lại thì tốn bao nhiêu tiền', expect: ['1.014064', '2.001194'], who: 'elderly' },
  { q: 'tôi nghỉ hưu từ năm 1995, sổ hưu bị mất khi lũ lụt, xin cấp lại thế nào ạ', expect: ['1.002759'], who: 'elderly' },
  { q: 'tôi về hưu rồi, giờ chuyển về quê ở với con, muốn chuyển nơi nhận lương hưu về huyện thì làm sao', expect: ['1.001742'], who: 'elderly' },
  { q: 'tôi 62 tuổi mà đóng bảo hiểm chưa đủ 20 năm, có được đóng tiếp cho đủ để lãnh lương hưu không ạ', expect: ['1.002179'], who: 'elderly' },
  { q: 'thẻ bảo hiểm y tế của tôi bị mất, tôi già rồi đi khám bệnh thường xuyên, xin cấp lại ở đâu ạ', expect: ['1.002759', '1.001294', '1.001327'], who: 'elderly' },
  { q: 'thẻ bảo hiểm y tế của ông nhà tôi ghi sai năm sinh, muốn sửa lại thì làm sao', expect: ['1.002759', '1.002438', '1.001321'], who: 'elderly' },
  { q: 'tôi tham gia kháng chiến bị nhiễm chất độc da cam, giờ muốn xin hưởng chế độ thì làm sao', expect: ['1.004205'], who: 'elderly' },
  { q: 'ba má tôi mất không để lại di chúc, mấy anh em muốn khai nhận di sản thừa kế đất ruộng thì làm ở đâu ạ', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'hồi trước tôi mua miếng đất bằng giấy tay, không có công chứng, giờ xin cấp giấy chứng nhận được không cán bộ', expect: ['1.013978'], who: 'elderly' },
  { q: 'sổ đỏ của tôi đứng tên ông nhà tôi mà ông mất rồi, giờ sang tên sang cho tôi thì làm sao', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'sổ hồng bị mối ăn hết một góc, xin cấp đổi cái mới được không ạ', expect: ['1.012783'], who: 'elderly' },
  { q: 'diện tích trong sổ đỏ với đo thực tế khác nhau, muốn đo đạc lại và chỉnh sổ thì làm sao ạ', expect: ['1.012781', '1.012790', '1.012796'], who: 'elderly' },
  { q: 'tôi muốn thế chấp sổ đỏ vay tiền ngân hàng sửa nhà, đăng ký thế chấp ở đâu', expect: ['1.011441'], who: 'elderly' },
  { q: 'nhà tôi xây từ năm 1970 giờ dột nát, muốn xây lại có phải xin giấy phép xây dựng không ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'cho tôi hỏi muốn sao y mấy giấy tờ để nộp hồ sơ cho cháu thì ra xã làm được không', expect: ['2.000815'], who: 'elderly' },
  { q: 'tôi muốn lập di chúc để lại nhà cho con út, ra xã chứng thực có được không', expect: ['2.001019'], who: 'elderly' },
  { q: 'mấy anh em muốn làm văn bản thỏa thuận phân chia di sản của cha mẹ để lại, chứng thực ở xã được không', expect: ['2.001406'], who: 'elderly' },
  { q: 'con tôi ở bên Mỹ gửi về giấy tờ tiếng Anh, muốn dịch ra tiếng Việt và chứng thực bản dịch ở đâu', expect: ['2.000992', '2.001008'], who: 'elderly' },
  { q: 'nhà tôi khó khăn lắm, muốn xin làm hộ nghèo thì phải làm đơn gửi ai', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'giấy đăng ký xe máy bị mất lúc đi chợ, xin cấp lại cavet ở đâu ạ', expect: ['1.013080'], who: 'elderly' },
  { q: 'tôi muốn sang Úc thăm con gái, già rồi chưa có hộ chiếu, làm ở đâu và mất bao lâu ạ', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'con trai tôi định cư bên Mỹ có quốc tịch Mỹ, giờ muốn xin lại quốc tịch Việt Nam được không', expect: ['1.004757', '2.002038'], who: 'elderly' },
  { q: 'tôi có mảnh đất ông bà để lại từ trước năm 1975, không có giấy tờ gì, giờ đăng ký được không', expect: ['1.013978'], who: 'elderly' },
  { q: 'nhà tôi muốn cho thuê nhà lấy tiền dưỡng già, có phải đăng ký kinh doanh không cán bộ', expect: ['1.007689'], who: 'elderly' },
  { q: 'xin cấp lại sổ đỏ ạ, vì nhà tôi bị cháy năm ngoái, tôi già rồi không nhớ giấy tờ để đâu', expect: ['1.012786'], who: 'elderly' },
  { q: 'đăng ký thường trú cho bà nội về ở với gia đình cháu, bà đã 87 tuổi rồi, cần những gì ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'ông tôi là bệnh binh, nay già yếu muốn xin hưởng trợ cấp người phục vụ thì làm sao ạ', expect: ['1.004198'], who: 'elderly' },
];

/** Written in the same sitting; no procedure in this catalogue answers them. */
export const ELDERLY3_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'con tôi ở Đài Loan gửi giấy ủy quyền về cho tôi bán đất, giấy đó có cần chứng thực gì không', who: 'elderly' },
  { q: 'tôi làm hợp tác xã mấy chục năm, không có sổ bảo hiểm, có được hưởng lương hưu không', who: 'elderly' },
  { q: 'mẹ tôi ngoài 80 tuổi không có lương hưu, xin trợ cấp tuổi già ở xã được không cô', who: 'elderly' },
  { q: 'ông nội tôi 85 tuổi, đang nhận tiền người cao tuổi, nay chuyển về sống với tôi ở xã khác thì làm sao để nhận tiếp', who: 'elderly' },
  { q: 'bà cụ mất rồi, đang hưởng trợ cấp người cao tuổi, gia đình xin tiền mai táng ở xã ạ', who: 'elderly' },
  { q: 'bố tôi là liệt sĩ hy sinh năm 1972, giờ mẹ tôi mất, tôi muốn làm thờ cúng liệt sĩ thì làm sao ạ', who: 'elderly' },
  { q: 'ông nhà tôi là thương binh, mới mất tuần trước, gia đình được nhận trợ cấp gì và làm thủ tục thế nào', who: 'elderly' },
  { q: 'anh tôi hy sinh ở chiến trường Quảng Trị, nay tìm được mộ, tôi muốn xin di chuyển hài cốt liệt sĩ về quê', who: 'elderly' },
  { q: 'giấy báo tử liệt sĩ của anh tôi hồi chiến tranh bị mất, xin cấp lại được không', who: 'elderly' },
  { q: 'cha tôi có huân chương kháng chiến, ông mất rồi, gia đình có được trợ cấp một lần không', who: 'elderly' },
  { q: 'mẹ tôi là mẹ Việt Nam anh hùng, nay cụ già yếu muốn đi điều dưỡng thì đăng ký ở đâu', who: 'elderly' },
  { q: 'bà nội tôi là vợ liệt sĩ, muốn xin hỗ trợ sửa nhà ở cho người có công thì làm sao', who: 'elderly' },
  { q: 'mẹ tôi mất, bà được hưởng trợ cấp xã hội, gia đình muốn xin hỗ trợ chi phí mai táng', who: 'elderly' },
  { q: 'bố tôi là người có công mất, gia đình làm hồ sơ xin tiền mai táng phí thì nộp ở đâu ạ', who: 'elderly' },
  { q: 'con trai tôi bị tật từ nhỏ, đi đứng khó khăn, muốn xin giấy xác nhận khuyết tật thì đến đâu ạ', who: 'elderly' },
  { q: 'cháu tôi bị thiểu năng trí tuệ, tôi là ông nội muốn xin trợ cấp cho cháu hằng tháng', who: 'elderly' },
  { q: 'ông nhà tôi bị tai biến nằm một chỗ, có được xin trợ cấp người khuyết tật nặng không cô', who: 'elderly' },
  { q: 'giấy xác nhận khuyết tật của con tôi bị mất, xin cấp đổi lại được không', who: 'elderly' },
  { q: 'nhà tôi có hai ông bà già không có con cái, xin vào trung tâm bảo trợ xã hội được không ạ', who: 'elderly' },
  { q: 'nhà tôi bị bão làm sập mái, xin hỗ trợ khẩn cấp làm lại nhà ở đâu ạ', who: 'elderly' },
  { q: 'cháu nội tôi mồ côi cả cha lẫn mẹ, tôi nuôi, xin trợ cấp cho cháu được không', who: 'elderly' },
  { q: 'con tôi đi bộ đội hy sinh trong khi làm nhiệm vụ, gia đình muốn làm hồ sơ công nhận liệt sĩ', who: 'elderly' },
  { q: 'ba noi toi 84 tuoi chua co tro cap, muon lam ho so huong tro cap xa hoi hang thang', who: 'elderly' },
  { q: 'ong noi em la thuong binh moi mat, gia dinh muon lam tro cap mai tang', who: 'elderly' },
  { q: 'hồi xưa tôi làm giáo viên rồi nghỉ, giờ muốn xin xác nhận thời gian đóng bảo hiểm để tính lương hưu', who: 'elderly' },
];

/**
 * Two more sittings of the same session, after the first fixes (06:11 UTC, 30 queries; 06:18 UTC, 20 queries, one
 * with no answer moved to ELDERLY3_NO_ANSWER): other situations, written before grepping and labelled the same way.
 * Tune only: read and tuned on with ELDERLY3_TUNE.
 */
export const ELDERLY3_MORE: readonly CitizenQuery[] = [
  { q: 'thưa cán bộ, mẹ chồng tôi năm nay 88 tuổi nằm liệt giường, bà muốn làm di chúc mà không đi được thì có ai đến nhà chứng thực không', expect: ['2.001019'], who: 'elderly' },
  { q: 'vợ chồng tôi cưới nhau từ hồi năm 1978, giấy kết hôn hồi đó thất lạc mất rồi, giờ xin lại ở đâu ạ', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'tôi là người Hoa ở Chợ Lớn, hồi xưa khai sinh ghi dân tộc Kinh, giờ muốn xác định lại dân tộc thì làm sao', expect: ['1.004859'], who: 'elderly' },
  { q: 'con gái tôi sinh con ở bệnh viện tỉnh mà chồng nó không nhận, tôi muốn khai sinh cho cháu theo họ mẹ được không', expect: ['1.001193'], who: 'elderly' },
  { q: 'thằng cháu đích tôn của tôi mười lăm tuổi rồi, nó cần làm căn cước để đi thi, tôi dẫn nó đi được không', expect: ['1.014061', '2.000200'], who: 'elderly' },
  { q: 'năm ngoái ông nhà tôi mất, nay tôi muốn cắt hộ khẩu cho ông thì lên công an xã phải không ạ', expect: ['1.003197'], who: 'elderly' },
  { q: 'hai vợ chồng già chúng tôi muốn tách hộ ra ở riêng với thằng con trai cả thì làm giấy gì', expect: ['1.010038'], who: 'elderly' },
  { q: 'tôi về ở nhờ nhà em gái ở huyện bên được ba tháng, công an khu vực bảo phải khai báo, vậy khai cái gì', expect: ['1.004194'], who: 'elderly' },
  { q: 'nhà tôi ở ngoài bãi sông không có số nhà, cháu cần giấy xác nhận nơi ở để đi làm thì xin ở đâu', expect: ['1.010041'], who: 'elderly' },
  { q: 'tôi đóng bảo hiểm tự nguyện được mười năm rồi thì bị bệnh nặng, giờ muốn rút ra một lần có được không', expect: ['1.001613'], who: 'elderly' },
  { q: 'ông nhà tôi lãnh lương hưu bằng tiền mặt ở bưu điện, giờ muốn chuyển sang nhận qua tài khoản ngân hàng', expect: ['2.000740'], who: 'elderly' },
  { q: 'mẹ tôi đi khám bệnh tự trả tiền vì quên mang thẻ bảo hiểm, giờ xin thanh toán lại có được không', expect: ['1.001656'], who: 'elderly' },
  { q: 'bố tôi mất đã hai năm mà còn mấy tháng lương hưu chưa lĩnh, con cháu có được nhận thay không', expect: ['2.000717'], who: 'elderly' },
  { q: 'tôi làm cán bộ xã mấy chục năm, giờ nghỉ rồi muốn hưởng chế độ hưu thì nộp hồ sơ ở đâu', expect: ['2.000605'], who: 'elderly' },
  { q: 'nhà nước lấy đất nhà tôi mở rộng đường, tôi muốn hiến luôn mấy mét đất cho làng thì làm thủ tục gì', expect: ['1.013979'], who: 'elderly' },
  { q: 'miếng đất của cha mẹ để lại cho bốn anh em, giờ tôi muốn từ chối phần của mình cho em út', expect: ['2.001016'], who: 'elderly' },
  { q: 'tôi mua căn nhà của người ta từ năm 2010 bằng giấy viết tay có người làm chứng, giờ muốn làm sổ hồng đứng tên tôi', expect: ['1.013978', '1.012785'], who: 'elderly' },
  { q: 'cái sổ đỏ của nhà tôi in sai tên bố tôi, chữ Thịnh thành Thình, sửa lại ở đâu', expect: ['1.012796', '1.012790'], who: 'elderly' },
  { q: 'tôi vay ngân hàng xong rồi đã trả hết nợ, giờ muốn lấy sổ đỏ về thì phải xóa thế chấp ở đâu', expect: ['1.011443'], who: 'elderly' },
  { q: 'ông bà tôi có cái giấy chứng nhận quyền sở hữu nhà từ năm 1992, giờ muốn đổi sang sổ hồng mới', expect: ['1.012783'], who: 'elderly' },
  { q: 'con tôi xây nhà ba tầng ở thị trấn, cán bộ bảo phải có giấy phép, tôi xin giúp con được không', expect: ['1.013225'], who: 'elderly' },
  { q: 'tôi muốn công chứng hợp đồng mua bán miếng đất ruộng cho người trong xóm, ra xã có làm được không', expect: ['2.001035'], who: 'elderly' },
  { q: 'cháu tôi đi xuất khẩu lao động Nhật, công ty bắt nộp bản sao giấy khai sinh có chứng thực, làm ở đâu ạ', expect: ['2.000815', '2.000635'], who: 'elderly' },
  { q: 'tôi nhờ con rể đi nộp hồ sơ thay, có cần làm giấy ủy quyền chứng thực ở xã không', expect: ['2.000884', '2.001035'], who: 'elderly' },
  { q: 'nhà tôi mở quán bán nước chè nhỏ trước cổng, có phải đăng ký hộ kinh doanh không cán bộ', expect: ['1.001612'], who: 'elderly' },
  { q: 'con tôi đang làm thủ tục xuất cảnh sang Canada đoàn tụ, cần lý lịch tư pháp số 2 thì xin thế nào', expect: ['3.000333'], who: 'elderly' },
  { q: 'tôi bị mất hộ chiếu khi đi thăm con ở Sài Gòn về, phải báo mất ở đâu ạ', expect: ['1.010386', '1.010385', '1.001445'], who: 'elderly' },
  { q: 'ông ngoại tôi là bệnh binh công an về hưu, nay muốn làm hồ sơ hưởng trợ cấp thì đến đâu', expect: ['1.004198'], who: 'elderly' },
  { q: 'xe máy của tôi mua lại của người quen đã mấy năm mà chưa sang tên, giờ làm thế nào', expect: ['1.013076'], who: 'elderly' },
  { q: 'ông nhà tôi bị tai nạn lao động hồi còn làm ở nhà máy, giờ vết thương tái phát muốn giám định lại để hưởng chế độ', expect: ['1.001521'], who: 'elderly' },
  // A third sitting (06:18 UTC): questions of cost and time, fillers, old papers; labelled the same way.
  { q: 'cô chú ơi cho tôi hỏi, làm lại cái giấy khai sinh bị chuột cắn mất một nửa thì tốn bao nhiêu tiền', expect: ['2.000635', '1.004884'], who: 'elderly' },
  { q: 'nhờ cán bộ chỉ giúp, tôi 75 tuổi muốn đăng ký kết hôn với bà bạn già cùng xóm thì cần những giấy gì', expect: ['1.000894'], who: 'elderly' },
  { q: 'mẹ tôi mất ở nhà hôm kia, ở quê mình làm giấy báo tử mất bao lâu vậy cô', expect: ['1.000656'], who: 'elderly' },
  { q: 'tôi có cái sổ hộ khẩu cũ từ năm 1990, giờ muốn tách khẩu cho con trai ra riêng được không', expect: ['1.010038'], who: 'elderly' },
  { q: 'phải làm sao để nhập khẩu cho con dâu mới cưới về nhà chồng ạ', expect: ['1.004222'], who: 'elderly' },
  { q: 'ông bà ơi cho cháu hỏi, cháu muốn làm thẻ căn cước cho bà nội 90 tuổi không đi được thì phải làm sao', expect: ['1.014061', '2.000200', '1.014063'], who: 'elderly' },
  { q: 'tôi mất cái thẻ bảo hiểm y tế người nghèo, đi viện không có thẻ thì làm lại ở đâu', expect: ['1.002759', '1.001294', '1.001327'], who: 'elderly' },
  { q: 'tôi xin hỏi, đăng ký đất lần đầu cho mảnh vườn ông cha để lại từ thời hợp tác xã thì mất bao lâu', expect: ['1.013978'], who: 'elderly' },
  { q: 'nhà tôi được chia đất từ thời cải cách ruộng đất, chưa có giấy tờ, bây giờ muốn làm sổ có được không', expect: ['1.013978'], who: 'elderly' },
  { q: 'tôi muốn sang tên sổ đỏ cho thằng con út vì tôi già rồi, tốn bao nhiêu tiền thuế', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'hai ông bà già muốn viết di chúc chia đất cho các con, có cần ra xã làm chứng không', expect: ['2.001019'], who: 'elderly' },
  { q: 'cái bằng lái xe máy của ông nhà tôi bị mối xông nát, xin làm lại có phải thi lại không', expect: ['3.000348'], who: 'elderly' },
  { q: 'tôi đi rút lương hưu mà bưu điện bảo tên trong sổ sai với căn cước, giờ phải sửa ở đâu', expect: ['1.002759'], who: 'elderly' },
  { q: 'tôi muốn xin giấy xác nhận tôi còn độc thân để làm thủ tục đi Mỹ với con', expect: ['1.004873'], who: 'elderly' },
  { q: 'ông nhà tôi mất không để lại di chúc, sổ tiết kiệm đứng tên ông thì làm sao rút được', expect: ['2.001406'], who: 'elderly' },
  { q: 'tôi ở một mình, muốn đăng ký thường trú vào nhà thuê thì có được không ạ', expect: ['1.004222', '1.013314'], who: 'elderly' },
  { q: 'cho tôi hỏi chứng thực bản sao sổ hộ khẩu còn được không hay giờ phải làm giấy gì khác', expect: ['2.000815', '1.010041'], who: 'elderly' },
  { q: 'tôi muốn xin bản sao giấy chứng tử của bố tôi mất năm 1985 để làm hồ sơ đất', expect: ['2.000635'], who: 'elderly' },
  { q: 'bà cụ nhà tôi lú lẫn rồi, tôi muốn làm giám hộ để lo giấy tờ cho bà có được không', expect: ['1.004837'], who: 'elderly' },
];
