import type { CitizenQuery } from './dev-set';

/**
 * A development batch for the elderly voice, fourth pass (issue 17, helper session of 6 Dec 2026): 71 queries
 * written in one sitting at 07:04 UTC, before any procedure name was grepped and before the engine was run on
 * them, in situations the third pass did not cover: guardianship and adoption of orphaned grandchildren (the
 * deaths told first), first land certificates asked "cho mảnh đất" (for, not a gift) beside real gifts to a
 * grandchild, old driving licences exchanged for the card, a household business closed or handed to a son,
 * papers changed after the old ID number, joint names on a land book, household health insurance renewed, the
 * first clinic moved, guests staying overnight, a stay extended, a vehicle sold or newly bought, a fishing boat.
 * Shapes: the story before or after the request, a concept named twice (the request in the other mention),
 * honorifics and fillers, questions about cost and place, a grandchild typing without diacritics.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Five have no answer in this catalogue (a war invalid
 * widow's allowance, funeral money for people with merit, a wrong pension deduction, unemployment benefit,
 * compensation when land is taken): ELDERLY4_NO_ANSWER. Split by alternation: ELDERLY4_TUNE (read and tuned
 * on) and ELDERLY4_HELD (scored only).
 */
export const ELDERLY4_TUNE: readonly CitizenQuery[] = [
  {
    q: 'thưa cán bộ, con trai với con dâu tôi mất trong vụ tai nạn năm ngoái, để lại hai đứa cháu nhỏ, tôi là bà nội muốn đứng ra làm người giám hộ cho hai cháu',
    expect: ['1.004837'],
    who: 'elderly',
  },
  { q: 'bằng lái xe ô tô của tôi là loại giấy bìa cũ từ năm 1998, giờ muốn đổi sang loại thẻ nhựa thì nộp ở đâu ạ', expect: ['3.000347'], who: 'elderly' },
  { q: 'cháu ngoại tôi mồ côi mẹ, bố nó bỏ đi biệt tích, tôi nuôi nó từ bé, giờ muốn làm thủ tục nhận cháu làm con nuôi', expect: ['2.001263'], who: 'elderly' },
  { q: 'nhà tôi có cái sổ đỏ đứng tên ông nhà tôi, ghi số chứng minh cũ, giờ tôi đổi sang căn cước rồi có phải đăng ký thay đổi trong sổ không', expect: ['1.013833'], who: 'elderly' },
  { q: 'ông nội cháu ngày xưa đi lính chế độ cũ, giờ muốn xin cấp hộ chiếu đi Mỹ thăm con thì có được không', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'tôi muốn sang tên cái hộ kinh doanh bán thuốc bắc của tôi cho thằng con trai đứng tên thì làm sao ạ', expect: ['2.000720'], who: 'elderly' },
  { q: 'tôi nghỉ hưu rồi, thẻ bảo hiểm y tế đăng ký khám ở bệnh viện tỉnh xa quá, muốn đổi về trạm y tế xã cho gần', expect: ['1.002759', '1.002438', '1.001321'], who: 'elderly' },
  { q: 'tôi đi làm công nhân từ năm 1980, có đóng bảo hiểm, giờ mất sổ bảo hiểm xã hội, cấp lại được không ạ', expect: ['1.002759'], who: 'elderly' },
  { q: 'thưa cô, tôi có bản chính bằng tốt nghiệp của cháu, muốn sao y ra mấy bản để cháu nộp xin việc', expect: ['2.000815'], who: 'elderly' },
  { q: 'cháu nội tôi học đại học trên thành phố, đang ở trọ, tạm trú của nó sắp hết hạn thì gia hạn thế nào', expect: ['1.002755'], who: 'elderly' },
  { q: 'ông nhà tôi mất, đã làm giấy chứng tử, giờ muốn xóa tên ông trong sổ hộ khẩu thì ra công an xã phải không', expect: ['1.003197'], who: 'elderly' },
  { q: 'thằng cháu ngoại tôi sinh ở nhà không có giấy chứng sinh, giờ làm khai sinh cho nó cần ai làm chứng', expect: ['1.001193'], who: 'elderly' },
  { q: 'tôi năm nay 70 tuổi, muốn làm lại thẻ căn cước vì thẻ cũ bị gãy đôi', expect: ['1.014063', '1.014064', '2.001195', '2.001194'], who: 'elderly' },
  { q: 'cho tôi hỏi, đất nông nghiệp nhà tôi được giao năm 1993, nghe nói hết hạn sử dụng rồi, giờ xin gia hạn thế nào', expect: ['1.013947'], who: 'elderly' },
  { q: 'vợ chồng tôi muốn tặng cho thằng cháu nội mảnh đất ở phía sau nhà, làm hợp đồng tặng cho ở đâu ạ', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'cái sổ đỏ nhà tôi bị đứa cháu nghịch xé rách, muốn xin cấp đổi lại', expect: ['1.012783'], who: 'elderly' },
  { q: 'tôi muốn xây tường rào quanh nhà, có phải xin giấy phép xây dựng không ạ', expect: ['1.013225'], who: 'elderly' },
  { q: 'cháu tôi sắp đi du học Úc, cần dịch giấy khai sinh sang tiếng Anh có công chứng thì làm ở đâu', expect: ['2.000992', '2.001008'], who: 'elderly' },
  { q: 'tôi đã mua xe máy mới cho cháu nội, giờ đăng ký biển số xe ở đâu ạ, công an xã có làm không', expect: ['1.013067', '1.012575'], who: 'elderly' },
  { q: 'hộ chiếu của tôi hết hạn từ lâu, giờ muốn làm lại để đi thăm con ở Đức thì làm ở đâu ạ', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'nhà tôi thuộc hộ cận nghèo năm ngoái, năm nay muốn xin xác nhận để cháu được miễn học phí', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'ông nhà tôi có chiếc thuyền đánh cá nhỏ, muốn đăng ký tàu cá thì đến đâu ạ', expect: ['1.003650'], who: 'elderly' },
  { q: 'con gái tôi ly hôn ở bên Mỹ rồi, giờ về nước muốn ghi chú việc ly hôn vào sổ hộ tịch', expect: ['2.000554'], who: 'elderly' },
  { q: 'cháu tôi đủ 18 tuổi rồi, bà không làm giám hộ nữa thì có phải làm thủ tục chấm dứt giám hộ không', expect: ['1.004845'], who: 'elderly' },
  { q: 'chị gái tôi mất ở bên Pháp, gia đình muốn ghi chú khai tử ở Việt Nam để chia thừa kế', expect: ['2.000547'], who: 'elderly' },
  { q: 'tôi muốn làm giấy xác nhận nhà tôi có quốc tịch Việt Nam để con ở nước ngoài làm hồ sơ', expect: ['1.005136'], who: 'elderly' },
  { q: 'nhờ cán bộ chỉ giúp, tôi được cấp giấy chứng nhận đất rồi mà sai diện tích so với thực tế, muốn đính chính lại', expect: ['1.012796', '1.012790', '1.012781'], who: 'elderly' },
  { q: 'tôi già rồi muốn chia tài sản cho các con khi còn sống để khỏi tranh chấp, lập văn bản thế nào ở đâu', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'ba toi gia roi muon lam giay uy quyen cho toi di rut tien luong huu thay thi lam o dau', expect: ['1.001601', '2.000884'], who: 'elderly' },
  { q: 'ong ngoai em muon doi bang lai xe may cu sang the pet', expect: ['3.000347'], who: 'elderly' },
  { q: 'tôi muốn đăng ký tạm vắng vì đi vào Nam chăm con gái sinh nở mấy tháng', expect: ['1.003677'], who: 'elderly' },
  { q: 'nhà tôi có người mất ở bệnh viện tỉnh, đã làm khai tử, giờ muốn làm hồ sơ hưởng trợ cấp mai táng bảo hiểm xã hội cho ông', expect: ['2.000821'], who: 'elderly' },
  { q: 'cho tôi hỏi, tôi đóng bảo hiểm y tế theo hộ gia đình, năm nay muốn gia hạn thẻ cho cả nhà thì đóng tiền ở đâu', expect: ['1.001939'], who: 'elderly' },
];

/** The other half of the same sitting: scored before and after, its misses never read. */
export const ELDERLY4_HELD: readonly CitizenQuery[] = [
  { q: 'tôi muốn làm giấy chứng nhận quyền sử dụng đất cho mảnh đất vườn nhà tôi ở từ năm 1985 đến giờ, chưa có giấy gì cả', expect: ['1.013978'], who: 'elderly' },
  { q: 'cho tôi hỏi, ông nhà tôi mất năm 2019, đã làm khai tử rồi, giờ tôi muốn đăng ký kết hôn với ông bạn già thì cần giấy gì', expect: ['1.000894'], who: 'elderly' },
  { q: 'tôi bán miếng đất ruộng cho người cùng xóm, đã viết giấy tay, giờ muốn làm hợp đồng chuyển nhượng cho đúng thì chứng thực ở đâu', expect: ['2.001035'], who: 'elderly' },
  { q: 'bà cụ nhà tôi 95 tuổi, tên trong giấy khai sinh là Thị Mẹo, bà muốn đổi tên cho đẹp có được không ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'tôi mở tiệm tạp hóa nhỏ mười mấy năm, nay già yếu muốn nghỉ bán, đóng cửa hộ kinh doanh thì làm thủ tục gì', expect: ['1.001266'], who: 'elderly' },
  { q: 'con gái tôi lấy chồng người Đài Loan, giờ về Việt Nam đăng ký kết hôn với nó ở tỉnh được không ạ', expect: ['2.000806'], who: 'elderly' },
  { q: 'cháu ơi bà hỏi, sổ bảo hiểm xã hội của bà ghi sai năm sinh, bà muốn sửa lại cho khớp với căn cước', expect: ['1.002759'], who: 'elderly' },
  { q: 'tôi muốn viết di chúc để lại mảnh đất cho thằng cháu đích tôn, cán bộ chứng thực giúp tôi ở xã được không', expect: ['2.001019'], who: 'elderly' },
  { q: 'nhà tôi có khách ở quê lên chơi ngủ lại mấy hôm, có phải khai báo lưu trú với công an không ạ', expect: ['2.001159'], who: 'elderly' },
  { q: 'con trai tôi chuyển vào Sài Gòn sống hẳn rồi, ở quê có phải xóa đăng ký thường trú của nó không', expect: ['1.003197'], who: 'elderly' },
  { q: 'tôi có cái giấy chứng nhận kết hôn từ năm 1975 nhưng bị ghi sai tên tôi, muốn cải chính', expect: ['1.004859'], who: 'elderly' },
  { q: 'con tôi đi làm ở Hàn Quốc, cháu nội sinh bên đó, giờ bế về nước muốn làm khai sinh thì sao', expect: ['2.000528', '2.000547'], who: 'elderly' },
  { q: 'bà ngoại em tên trên căn cước ghi sai dấu, em muốn đưa bà đi sửa lại thì làm ở đâu ạ', expect: ['1.014063', '1.014060', '2.001195'], who: 'elderly' },
  { q: 'tôi có hai thửa đất liền nhau, muốn gộp lại thành một sổ cho tiện thì làm sao ạ', expect: ['1.012784'], who: 'elderly' },
  { q: 'tôi mua lại mảnh đất có sổ đỏ của người ta rồi, giờ muốn làm thủ tục sang tên sổ cho mảnh đất đó', expect: ['1.013831'], who: 'elderly' },
  { q: 'nhà tôi xây từ năm 1990, giờ muốn làm sổ hồng cho căn nhà, tức là chứng nhận quyền sở hữu nhà, thì làm sao', expect: ['1.013995', '1.013978'], who: 'elderly' },
  { q: 'con tôi ở nước ngoài gửi về giấy ủy quyền, tôi muốn làm hợp đồng ủy quyền cho em trai bán đất thay thì chứng thực ở đâu', expect: ['2.001035', '2.000884'], who: 'elderly' },
  { q: 'ông nhà tôi muốn bán chiếc xe máy cũ, sau khi bán thì có phải làm thủ tục thu hồi đăng ký xe không', expect: ['1.013065', '1.013123'], who: 'elderly' },
  { q: 'cái bằng lái xe máy của tôi bị mất khi đi chợ, tôi già rồi có phải thi lại không hay chỉ xin cấp lại', expect: ['3.000348'], who: 'elderly' },
  { q: 'tôi cần phiếu lý lịch tư pháp để xin việc làm bảo vệ, tôi 60 tuổi rồi có được cấp không', expect: ['3.000333'], who: 'elderly' },
  { q: 'con dâu tôi sinh con, nó có đóng bảo hiểm ở công ty, giờ muốn nhận tiền thai sản thì nộp ở đâu', expect: ['2.000693'], who: 'elderly' },
  { q: 'tôi muốn xin giấy xác nhận tình trạng hôn nhân để bán mảnh đất riêng của tôi, chồng tôi mất đã lâu', expect: ['1.004873'], who: 'elderly' },
  { q: 'tôi có giấy khai sinh của cháu ghi tên cha bỏ trống, nay bố nó về nhận con thì làm thủ tục nhận cha', expect: ['1.001022'], who: 'elderly' },
  { q: 'tôi muốn xin bản sao trích lục khai sinh cho con trai để làm hồ sơ nhập ngũ', expect: ['2.000635'], who: 'elderly' },
  { q: 'bà cụ mất lâu rồi, hồi đó không ai đi khai tử, giờ con cháu mới làm thì có được không ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'cho tôi hỏi đăng ký kết hôn ở xã có mất tiền không, hai đứa cháu tôi sắp cưới', expect: ['1.000894'], who: 'elderly' },
  { q: 'con tôi đi xuất khẩu lao động về, muốn chuyển tên trên sổ đỏ từ tôi sang nó, tôi còn sống khỏe mạnh thì làm hợp đồng gì', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'dạ con hỏi giùm ông ngoại, ông muốn làm lại giấy đăng ký xe máy vì bị ướt mục hết chữ', expect: ['1.013080', '1.013082', '1.013079'], who: 'elderly' },
  { q: 'ba noi em mat roi, em muon lam giay chung tu cho ba noi, lam o xa hay o huyen', expect: ['1.000656'], who: 'elderly' },
  { q: 'cho bà hỏi, bà muốn nhập hộ khẩu cho đứa cháu ngoại về ở với bà để nó đi học trường làng', expect: ['1.004222'], who: 'elderly' },
  { q: 'mẹ tôi 80 tuổi không biết chữ, muốn điểm chỉ vào giấy tờ thì chứng thực điểm chỉ ở đâu ạ', expect: ['2.000884'], who: 'elderly' },
  { q: 'tôi về hưu từ lâu, nay chuyển vào ở với con trong Nam, muốn chuyển lương hưu vào trong đó nhận', expect: ['1.001742'], who: 'elderly' },
  { q: 'hai vợ chồng già tôi muốn làm sổ đỏ chung tên hai vợ chồng chứ không để một mình ông đứng tên thì làm sao', expect: ['1.013980', '1.013833'], who: 'elderly' },
];

/** Written in the same sitting; no procedure in this catalogue answers them. */
export const ELDERLY4_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'chồng tôi là thương binh hạng hai vừa mất, tôi là vợ có được hưởng trợ cấp tuất hằng tháng của người có công không', who: 'elderly' },
  { q: 'bố tôi tham gia kháng chiến chống Pháp, có huy chương, giờ cụ mất muốn xin tiền mai táng theo chế độ người có công', who: 'elderly' },
  { q: 'tôi làm giáo viên về hưu, lương hưu tháng này bị trừ sai, muốn hỏi lại bên bảo hiểm xã hội thì làm đơn gì', who: 'elderly' },
  { q: 'con trai tôi bị công ty cho nghỉ việc, nó muốn xin trợ cấp thất nghiệp, tôi đi hỏi giúp', who: 'elderly' },
  { q: 'nhà tôi bị nhà nước thu hồi đất làm đường, tôi muốn biết tiền bồi thường và hỗ trợ tái định cư hỏi ở đâu', who: 'elderly' },
];

/**
 * A second sitting of the same session (07:07 UTC, 10 queries), before the engine was run on them: the kinds of
 * misreading the third pass left (a death told before a guardianship, "cho mảnh đất" meaning for, an old licence
 * "đổi sang loại thẻ", a concept named twice), in new words; labelled the same way. Tune only.
 */
export const ELDERLY4_MORE: readonly CitizenQuery[] = [
  { q: 'con gái tôi mất năm ngoái, con rể bỏ đi biệt tăm, tôi là bà ngoại nhận nuôi hai đứa cháu, muốn làm giám hộ cho chúng nó', expect: ['1.004837'], who: 'elderly' },
  { q: 'mẹ của hai đứa nhỏ mất vì bệnh, bố nó đi tù, tôi là bà nội xin làm người giám hộ cho cháu được không ạ', expect: ['1.004837'], who: 'elderly' },
  { q: 'tôi muốn làm giấy chứng nhận quyền sử dụng đất cho mảnh ruộng ông bà để lại, chưa có giấy tờ gì', expect: ['1.013978'], who: 'elderly' },
  { q: 'xin cán bộ cho tôi làm sổ đỏ cho miếng đất nhà tôi ở từ năm 1990 đến nay', expect: ['1.013978'], who: 'elderly' },
  { q: 'cái bằng lái ô tô bằng giấy bìa của ông nhà tôi vẫn còn hạn, có bắt buộc phải đổi sang loại thẻ không', expect: ['3.000347'], who: 'elderly' },
  { q: 'bằng lái xe máy cũ của tôi là loại giấy, tôi muốn đổi sang thẻ nhựa cho khỏi rách', expect: ['3.000347'], who: 'elderly' },
  { q: 'tôi muốn xin cấp lại căn cước, cái căn cước cũ bị mất khi đi chợ hôm qua', expect: ['1.014064', '2.001194'], who: 'elderly' },
  { q: 'tôi muốn đăng ký tạm trú cho đứa cháu, nó ở quê lên ở nhà tôi để đi học, ở tạm ba năm', expect: ['1.004194'], who: 'elderly' },
  { q: 'sổ đỏ nhà tôi đứng tên bố tôi, bố mất rồi, giờ anh em muốn sang tên sổ đỏ cho mẹ tôi', expect: ['1.013831', '2.001406'], who: 'elderly' },
  { q: 'tôi muốn làm lại giấy khai sinh cho ông nhà tôi, giấy khai sinh cũ của ông bị cháy', expect: ['2.000635', '1.004884'], who: 'elderly' },
];
