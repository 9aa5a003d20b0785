import type { CitizenQuery } from './dev-set';

/**
 * The elderly voice's seventh round (issue 17, helper session of 6 Dec 2026): 76 queries written in one sitting,
 * finished 09:33 UTC (docs/search-drafts/elderly7-draft-20261206T0933Z.txt), before any procedure name was grepped
 * and before the engine was run on them, over the papers an old person asks about beyond the family register:
 * passports and giấy thông hành (first, renewed, for a grandchild, lost abroad, the fee), justice records (for a son
 * going to work abroad, "không tiền án tiền sự", a spent sentence, for a grandchild just out of prison), certified
 * copies, signatures and contracts (a shaky hand's power of attorney, a motorbike sold to a nephew, a translation),
 * gifts and sales of land and houses between relatives (sang tên sổ đỏ cho con, the tax, a gift taken back), wills
 * and estates (at home, amended, refused shares, the ancestral plot), complaints and denunciations, people with
 * merit (thương binh, liệt sĩ, chất độc da cam, dân công hoả tuyến), social allowances (the over-80s, disability,
 * orphans, poor households), health-insurance cards for the old, and what a procedure needs, costs and takes. The
 * shapes aimed at: asking on behalf of a child, grandchild, spouse or dead parents; the request buried mid-story
 * ("Chuyện là thế này cô ạ…"); "cô ơi", "cháu ơi", "cho tôi hỏi", "ạ"; three queries without marks.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept, following the earlier sets where they settled a reading
 * (the police-run merit procedures answer thương binh, liệt sĩ and chất độc da cam; a complaint about a land
 * decision or a village head has no procedure). 23 have no answer in this catalogue, which holds no social-protection
 * allowance, no general complaint or reception procedure, no merit benefit for survivors, graves or convalescence,
 * and no legalisation of a paper made abroad: ELDERLY7_NO_ANSWER. Split by alternation into ELDERLY7_TUNE (tuned on)
 * and ELDERLY7_HELD.
 */
export const ELDERLY7_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cô ơi tôi năm nay 68 tuổi rồi, con gái tôi lấy chồng bên Hàn Quốc nó mời sang chơi, tôi chưa đi máy bay bao giờ, muốn làm cái hộ chiếu thì làm ở đâu ạ',
    expect: ['1.001456', '1.001471'],
    who: 'elderly',
  },
  { q: 'cháu ơi cái hộ chiếu của tôi làm từ năm 2012 hết hạn rồi, giờ muốn làm lại quyển mới thì có phải chụp ảnh lại không', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'Cho tôi hỏi, tôi già rồi đi lại khó khăn, có thể làm hộ chiếu qua mạng ở nhà được không hay phải lên tận tỉnh ạ', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'Thằng cháu nội tôi mới 5 tuổi, bố mẹ nó đi làm bên Nhật muốn đón nó sang, ông bà có được đi làm hộ chiếu cho cháu không cô', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'tôi đánh mất quyển hộ chiếu lúc đi chùa ở Thái Lan về, giờ phải khai báo mất ở đâu cháu', expect: ['1.010386', '1.010385', '1.001445', '2.000539'], who: 'elderly' },
  {
    q: 'Bà con hàng xóm bảo đi nước ngoài phải có giấy thông hành, thế giấy thông hành với hộ chiếu khác nhau thế nào, tôi sang Trung Quốc thăm em gái thì làm giấy nào ạ',
    expect: ['1.003494', '1.003133', '1.001456'],
    who: 'elderly',
  },
  { q: 'Con trai tôi nó sắp đi xuất khẩu lao động, công ty bảo phải có phiếu lý lịch tư pháp, tôi là mẹ có đi xin hộ nó được không ạ', expect: ['3.000333'], who: 'elderly' },
  { q: 'cô ơi cho tôi hỏi cái giấy chứng nhận không tiền án tiền sự bây giờ gọi là gì, xin ở công an hay ở đâu', expect: ['3.000333'], who: 'elderly' },
  { q: 'Tôi hồi trẻ có bị án treo vì đánh nhau, đã lâu lắm rồi, giờ muốn xin giấy xác nhận là đã được xóa án tích thì làm thế nào ạ', expect: ['3.000333'], who: 'elderly' },
  { q: 'Cháu tôi nó định cư bên Úc cần lý lịch tư pháp số 2, nó không về được, ông bà ở nhà làm thay có được không, mất bao lâu thì có', expect: ['3.000333'], who: 'elderly' },
  { q: 'Tôi có mấy cái bằng với sổ hộ khẩu cũ muốn đi photo công chứng để nộp hồ sơ cho con, ra ủy ban xã làm hay phải ra phòng công chứng ạ', expect: ['2.000815'], who: 'elderly' },
  { q: 'cháu ơi chứng thực bản sao giấy tờ mỗi trang bao nhiêu tiền, tôi có chục tờ', expect: ['2.000815'], who: 'elderly' },
  { q: 'Tôi già rồi tay run ký không được như trước, giờ làm giấy ủy quyền cho con trai đi rút tiền lương hưu thì phải chứng thực chữ ký ở đâu ạ', expect: ['2.000884', '1.001601'], who: 'elderly' },
  { q: 'Cho tôi hỏi, tôi bán cái xe máy cũ cho đứa cháu họ, hai bên viết giấy tay rồi, có cần ra xã chứng thực hợp đồng không', expect: ['2.001035'], who: 'elderly' },
  { q: 'Hợp đồng mua bán nhà ông bà làm với người ta từ năm 1998 viết tay, bây giờ muốn chứng thực lại có được không cô', expect: ['2.001035'], who: 'elderly' },
  { q: 'Tôi cần dịch cái giấy khai sinh ra tiếng Anh để gửi cho con bên Mỹ, dịch xong phải chứng thực chữ ký người dịch ở đâu', expect: ['2.001008', '2.000992', '2.000975'], who: 'elderly' },
  { q: 'Ông bà tôi có mảnh đất hơn 300 mét, giờ muốn cho thằng con út một nửa để nó làm nhà, thủ tục tặng cho đất con cái làm thế nào ạ', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'cô ơi vợ chồng tôi già rồi muốn sang tên sổ đỏ cho con gái luôn, làm hợp đồng tặng cho có mất thuế không', expect: ['2.001035', '1.013831', '1.007674'], who: 'elderly' },
  {
    q: 'Tôi bán mảnh vườn cho em ruột tôi, anh em trong nhà với nhau thì làm hợp đồng chuyển nhượng ở đâu, có phải nộp thuế thu nhập không ạ',
    expect: ['2.001035', '1.007674', '1.013831'],
    who: 'elderly',
  },
  { q: 'Nhà tôi bố mẹ cho từ hồi xưa chỉ nói miệng, sổ đỏ vẫn đứng tên bố tôi, nay bố mẹ đều mất rồi thì tôi làm sao sang tên được cháu', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'Thằng con cả nó mua lại căn nhà của em nó, giấy tờ xong xuôi rồi, giờ đi đăng ký biến động sang tên ở đâu ạ', expect: ['1.013831'], who: 'elderly' },
  { q: 'bà nội cho cháu gái căn nhà cấp 4 ở quê, cháu nó đang ở thành phố, làm hợp đồng tặng cho nhà ở thì cháu phải về ký không', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'Tôi năm nay 80 tuổi, có căn nhà với mảnh đất, muốn viết di chúc để lại cho các con cho khỏi tranh chấp sau này, di chúc có cần công chứng không ạ', expect: ['2.001019'], who: 'elderly' },
  { q: 'cho tôi hỏi ông nhà tôi viết di chúc tay rồi ký, giờ muốn mang lên ủy ban chứng thực di chúc có được không', expect: ['2.001019'], who: 'elderly' },
  { q: 'Bố mẹ tôi mất không để lại di chúc, anh em năm người muốn chia mảnh đất hương hỏa, làm văn bản thỏa thuận phân chia di sản ở đâu ạ', expect: ['2.001406'], who: 'elderly' },
  { q: 'cháu ơi mẹ tôi mất, các anh chị đều nhường phần cho tôi, thế thì làm giấy từ chối nhận di sản như thế nào', expect: ['2.001016'], who: 'elderly' },
  {
    q: 'Bà chị dâu tôi tự ý chiếm hết đất của bố mẹ để lại, anh em không thỏa thuận được, muốn nhờ xã hòa giải tranh chấp đất đai thì nộp đơn ở đâu cô',
    expect: ['1.012812', '1.013967'],
    who: 'elderly',
  },
  { q: 'Ông cụ nhà tôi mất đã được ba năm, để lại sổ tiết kiệm với mảnh đất, giờ các con muốn khai nhận di sản thừa kế thì cần giấy tờ gì ạ', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'tôi muốn sửa lại di chúc đã viết năm ngoái vì thằng con thứ hai nó bất hiếu, có được hủy di chúc cũ không', expect: ['2.001019', '2.000913'], who: 'elderly' },
  { q: 'Nhà hàng xóm xây tường lấn sang đất nhà tôi gần nửa mét, tôi nói mãi không nghe, giờ viết đơn khiếu nại thì gửi ai ạ', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'tôi đi bộ đội ở chiến trường B năm 1972, bị thương ở chân nhưng chưa bao giờ được giám định, giờ muốn làm hồ sơ công nhận thương binh có muộn không cô', expect: ['1.004089'], who: 'elderly' },
  { q: 'Chồng tôi đi chiến trường về bị nhiễm chất độc da cam, con trai tôi sinh ra bị dị tật, cho tôi hỏi con tôi có được hưởng chế độ không', expect: ['1.004205'], who: 'elderly' },
  { q: 'cháu ơi mẹ liệt sĩ thì có được làm lại cái bằng Tổ quốc ghi công bị mất không, nhà tôi bị lụt trôi mất rồi', expect: ['1.004163'], who: 'elderly' },
  { q: 'nhà tôi năm nay làm ăn thất bát, chồng ốm nằm một chỗ, tôi muốn xin xét vào hộ nghèo thì nộp đơn cho ai ạ', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'Cho tôi hỏi người già trên 80 tuổi có được cấp thẻ bảo hiểm y tế miễn phí không, tôi năm nay 82 mà chưa có thẻ ạ', expect: ['2.000639', '1.003116', '1.001939'], who: 'elderly' },
  { q: 'Cái thẻ bảo hiểm y tế của tôi bị rách nát hết rồi, chữ mờ không đọc được, muốn đổi thẻ mới thì làm ở đâu cháu', expect: ['1.002759', '1.002438', '1.001321'], who: 'elderly' },
  { q: 'tôi bị mất thẻ bhyt lúc đi chợ, hôm sau phải đi khám bệnh định kỳ, cấp lại có nhanh không cô', expect: ['1.002759', '1.001294', '1.001327'], who: 'elderly' },
  { q: 'Ông bà già rồi muốn đổi nơi khám chữa bệnh ban đầu về trạm y tế xã cho gần nhà thì làm thủ tục gì ạ', expect: ['1.002759'], who: 'elderly' },
  { q: 'Mẹ tôi 75 tuổi, không có lương hưu, muốn mua bảo hiểm y tế theo hộ gia đình cho bà thì mua ở đâu, một năm bao nhiêu tiền', expect: ['1.001939'], who: 'elderly' },
  {
    q: 'Cô ơi, tôi muốn làm lại giấy chứng minh nhân dân vì cái cũ ố vàng rồi, mà nghe nói giờ phải làm căn cước, thế thì đi làm ở đâu và mang theo những gì ạ',
    expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'],
    who: 'elderly',
  },
  { q: 'cho tôi hỏi làm lý lịch tư pháp thì phải nộp bao nhiêu tiền và bao lâu thì lấy được ạ', expect: ['3.000333'], who: 'elderly' },
  { q: 'Tôi muốn làm thủ tục sang tên nhà cho con thì phải mang những giấy tờ gì, có cần cả giấy đăng ký kết hôn của vợ chồng tôi không', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'Làm hộ chiếu bây giờ hết bao nhiêu tiền hả cô, ở quê tôi người ta bảo phải mất cả triệu bạc', expect: ['1.001456', '1.001471'], who: 'elderly' },
  {
    q: 'Chuyện là thế này cô ạ, nhà tôi có ba anh em, bố mẹ mất sớm, anh cả đi lính rồi mất tích, chị hai đi lấy chồng xa, tôi ở lại giữ nhà thờ họ, giờ muốn làm sổ đỏ đứng tên mình thì các anh chị phải làm giấy gì cho tôi, tôi cũng không biết bắt đầu từ đâu',
    expect: ['2.001406', '2.001016', '1.013831'],
    who: 'elderly',
  },
  {
    q: 'tôi có đứa con gái đi lấy chồng Đài Loan mười mấy năm, nay nó ly hôn muốn đưa con về nước nhập quốc tịch Việt Nam cho cháu, bà ngoại ở nhà có làm hồ sơ giúp được không',
    expect: ['2.002039'],
    who: 'elderly',
  },
  {
    q: 'Hôm trước tôi ra xã xin xác nhận vào đơn vay vốn cho thằng cháu, ông cán bộ bảo phải có giấy xác nhận hộ nghèo mới vay được ưu đãi, vậy giấy xác nhận hộ nghèo thì xin ở đâu ạ',
    expect: ['1.011607', '1.011606'],
    who: 'elderly',
  },
  {
    q: 'Năm ngoái tôi ngã gãy chân, nằm viện mấy tháng, giờ ra viện mới biết thẻ bảo hiểm y tế hết hạn từ lâu, tôi là bố liệt sĩ thì có được cấp thẻ không mất tiền không cô',
    expect: ['2.000639', '1.003116', '1.001939'],
    who: 'elderly',
  },
  {
    q: 'Thằng cháu tôi nó đi tù về được hai năm, giờ xin việc người ta đòi lý lịch tư pháp, nó ngại không dám đi, tôi làm ông nội có đi xin giúp được không, mang theo những gì',
    expect: ['3.000333'],
    who: 'elderly',
  },
  {
    q: 'Ông bà sống ở quê, con trai làm ăn trên Hà Nội bị công an phạt, giờ muốn khiếu nại quyết định xử phạt vi phạm hành chính thì làm thế nào cháu',
    expect: ['1.004335', '1.003504', '1.000178'],
    who: 'elderly',
  },
  { q: 'tôi nghe nói cha mẹ có thể đòi lại đất đã cho con nếu con không nuôi dưỡng, có đúng không, hủy hợp đồng tặng cho thì làm ở đâu ạ', expect: ['2.000913'], who: 'elderly' },
  { q: 'Mẹ chồng tôi 90 tuổi nằm liệt giường, không đi công chứng được, có cách nào mời công chứng viên đến tận nhà để lập di chúc không ạ', expect: ['2.001019'], who: 'elderly' },
  { q: 'cho toi hoi lam ho chieu cho nguoi gia 70 tuoi can giay to gi a', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'tôi muon chung thuc ban sao so ho khau va giay khai sinh o dau a, mat bao nhieu tien', expect: ['2.000815'], who: 'elderly' },
];

/**
 * A second sitting (09:51 UTC, docs/search-drafts/elderly7-more-draft-20261206T0951Z.txt): 30 more queries in the same
 * voice and fields, written after the first tuning but before the engine was run on them, labelled the same way, then
 * tuned on. One has no answer (a mortgage on land to be cleared): ELDERLY7_NO_ANSWER.
 */
export const ELDERLY7_MORE: readonly CitizenQuery[] = [
  {
    q: 'Bà cháu tôi định sang Mỹ thăm con, người ta bảo phải làm hộ chiếu trước rồi mới xin thị thực, vậy hộ chiếu làm ở công an tỉnh hay công an huyện hả cháu',
    expect: ['1.001456', '1.001471'],
    who: 'elderly',
  },
  { q: 'Quyển hộ chiếu của ông bị nước mưa làm ướt nhòe hết trang ảnh rồi, giờ có phải làm quyển khác không cô', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'Cháu ơi trước tôi báo mất hộ chiếu rồi, nay lại tìm thấy trong tủ, có dùng lại được không hay bỏ đi', expect: ['1.010384', '1.010382'], who: 'elderly' },
  {
    q: 'Tôi già rồi muốn đi sang bên Lào thăm mộ ông anh, nghe nói ở tỉnh giáp biên có giấy thông hành đi cho nhanh, tôi ở Nghệ An thì làm được không ạ',
    expect: ['1.001280', '1.012680'],
    who: 'elderly',
  },
  { q: 'Con rể tôi là người nước ngoài, làm việc ở đây mấy năm, công ty bắt nộp lý lịch tư pháp, nó không biết tiếng thì tôi dẫn nó đi xin ở đâu ạ', expect: ['3.000333'], who: 'elderly' },
  { q: 'Cô ơi cháu tôi thi vào công an, trên bảo phải nộp phiếu lý lịch tư pháp số hai, tôi hỏi khác số một chỗ nào', expect: ['3.000333'], who: 'elderly' },
  { q: 'Tôi có quyển sổ đỏ với giấy kết hôn muốn sao y ra mấy bản để đi vay ngân hàng, ông bà già rồi không biết làm ở đâu', expect: ['2.000815'], who: 'elderly' },
  { q: 'Bà tôi không biết chữ, muốn làm giấy cho con cháu đi nhận tiền hộ, thì điểm chỉ vào giấy có cần xã chứng thực không ạ', expect: ['2.000884'], who: 'elderly' },
  { q: 'Tôi lỡ làm hợp đồng cho thuê nhà với người ta ở ủy ban rồi, nay hai bên muốn sửa lại giá thuê thì có phải làm lại từ đầu không', expect: ['2.000913'], who: 'elderly' },
  { q: 'Ông bà muốn xin lại bản sao cái hợp đồng tặng cho đất đã làm ở xã năm 2015 vì bản của mình thất lạc mất rồi', expect: ['2.000942'], who: 'elderly' },
  { q: 'Vợ chồng tôi có hai mảnh đất, muốn chia cho hai thằng con mỗi đứa một mảnh khi còn sống, làm giấy cho con như thế nào thì được ạ', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'Đứa cháu ngoại tôi nó ở trên thành phố, ông bà ở quê muốn cho nó mảnh đất nhưng nó không về được, ông bà ký trước thì có được không cô', expect: ['2.001035', '1.013831'], who: 'elderly' },
  { q: 'Cô ơi con tôi nó mua đất của người làng bằng giấy viết tay từ năm 2005, người bán chết rồi, giờ muốn làm sổ đỏ thì làm thế nào', expect: ['1.013978'], who: 'elderly' },
  {
    q: 'chồng tôi mất đột ngột không để lại lời nào, sổ đỏ đứng tên hai vợ chồng, giờ tôi muốn sang tên hết cho tôi thì các con phải ký gì không ạ',
    expect: ['2.001406', '2.001016', '1.013831'],
    who: 'elderly',
  },
  { q: 'Mẹ tôi ngày trước có viết di chúc để hết cho thằng út, mấy anh chị khác không chịu, thì di chúc đó có giá trị không, làm ở đâu mới đúng', expect: ['2.001019'], who: 'elderly' },
  { q: 'Cho tôi hỏi nhà tôi với nhà bác họ tranh nhau cái ngõ đi chung, cãi nhau mãi, giờ lên xã nhờ giải quyết thì làm đơn gì ạ', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'Tôi bị cán bộ công an xã quát mắng rồi giữ xe vô lý, muốn làm đơn tố cáo thì nộp cho ai cháu', expect: ['1.004327', '1.003482'], who: 'elderly' },
  { q: 'Bố tôi đi bộ đội bị thương mất một bàn tay, đã có giấy chứng nhận thương binh, nay bố già yếu muốn hỏi có được tăng trợ cấp không ạ', expect: ['1.004089'], who: 'elderly' },
  { q: 'Ông ngoại tôi là liệt sĩ mà đến giờ gia đình vẫn chưa có bằng Tổ quốc ghi công, mẹ tôi muốn làm hồ sơ xin cấp thì nộp ở đâu', expect: ['1.004163'], who: 'elderly' },
  { q: 'Tôi là vợ liệt sĩ, năm nay đã 78 tuổi, muốn hỏi chế độ hàng tháng cho thân nhân liệt sĩ bây giờ là bao nhiêu', expect: ['1.004163'], who: 'elderly' },
  { q: 'ông nhà tôi đi kháng chiến ở Trường Sơn về, mấy đứa cháu sinh ra cứ ốm yếu, bác sĩ bảo có thể do chất độc hóa học, gia đình có được làm hồ sơ không ạ', expect: ['1.004205'], who: 'elderly' },
  { q: 'Nhà tôi thuộc diện hộ nghèo năm ngoái, năm nay làm ăn khá hơn rồi, có phải đi báo để thoát nghèo không cô', expect: ['1.011608', '1.011606'], who: 'elderly' },
  { q: 'Bà cụ nhà tôi 85 tuổi, có thẻ bảo hiểm y tế của người cao tuổi, nhưng thẻ ghi sai năm sinh, giờ muốn sửa lại thì làm ở đâu', expect: ['1.002759'], who: 'elderly' },
  { q: 'Tôi đóng bảo hiểm y tế tự nguyện cho cả nhà, năm nay muốn đóng tiếp thì ra bưu điện hay ra xã hả cháu', expect: ['1.001939'], who: 'elderly' },
  { q: 'cô ơi cho tôi hỏi thẻ bảo hiểm y tế hết hạn rồi thì gia hạn ở đâu, cần mang những gì', expect: ['1.001939', '1.002759'], who: 'elderly' },
  { q: 'Ông nhà tôi mất tháng trước, đang có lương hưu, con cháu phải làm gì để nhận tiền tuất với tiền mai táng ạ', expect: ['2.000821'], who: 'elderly' },
  { q: 'Tôi muốn hỏi con tôi bị tai nạn lao động mất rồi, vợ nó còn trẻ, ông bà nội có được hưởng chế độ tử tuất hàng tháng không', expect: ['2.000821'], who: 'elderly' },
  { q: 'toi muon lam ho chieu cho chau noi 3 tuoi thi can nhung giay to gi, co can bo me no di cung khong', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'cho toi hoi chung thuc chu ky o xa co mat tien khong a', expect: ['2.000884'], who: 'elderly' },
];

/** The half tuned on: its misses were read. */
export const ELDERLY7_TUNE: readonly CitizenQuery[] = ELDERLY7_BATCH.filter((_, i) => i % 2 === 0);

/** The half scored only: its misses were never printed. */
export const ELDERLY7_HELD: readonly CitizenQuery[] = ELDERLY7_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (see the header). */
export const ELDERLY7_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'cô ơi cán bộ địa chính xã đo đất nhà tôi sai, tôi muốn khiếu nại cái quyết định thu hồi đất đó thì làm đơn như thế nào', who: 'elderly' },
  { q: 'Tôi muốn tố cáo ông trưởng thôn ăn chặn tiền hỗ trợ người nghèo của bà con trong xóm, gửi đơn tố cáo ở đâu thì người ta giải quyết ạ', who: 'elderly' },
  { q: 'Gửi đơn khiếu nại lên huyện mấy tháng rồi mà không thấy trả lời, tôi già rồi đi lại mãi không được, giờ phải làm sao cháu', who: 'elderly' },
  { q: 'cho tôi hỏi có chỗ nào tiếp công dân để tôi đến trình bày trực tiếp chuyện đất đai nhà tôi không ạ', who: 'elderly' },
  { q: 'Bố tôi là thương binh hạng 2/4, ông mất năm ngoái, mẹ tôi có được hưởng trợ cấp tuất hàng tháng không, làm hồ sơ ở đâu ạ', who: 'elderly' },
  { q: 'Anh trai tôi hy sinh năm 1968, gia đình có giấy báo tử, nay muốn đi tìm mộ liệt sĩ và xin di chuyển hài cốt về quê thì làm thủ tục gì ạ', who: 'elderly' },
  { q: 'Tôi là con liệt sĩ, nghe nói được ưu đãi trong giáo dục cho cháu, vậy cháu nội liệt sĩ có được miễn học phí không ạ', who: 'elderly' },
  { q: 'Ông nhà tôi có công với cách mạng, được tặng huân chương kháng chiến, nay ông mất thì gia đình được trợ cấp mai táng phí không, cần giấy gì', who: 'elderly' },
  { q: 'cho tôi hỏi người có công bây giờ muốn đi điều dưỡng phục hồi sức khỏe thì đăng ký ở đâu ạ', who: 'elderly' },
  { q: 'Tôi năm nay 81 tuổi, không có lương hưu, nghe nói người trên 80 được nhận tiền trợ cấp của nhà nước hàng tháng, làm hồ sơ ở đâu cô', who: 'elderly' },
  { q: 'cô ơi bà cụ hàng xóm tôi 76 tuổi, sống một mình, không con cái, thuộc hộ nghèo, bà có được hưởng trợ cấp xã hội không', who: 'elderly' },
  { q: 'Thằng cháu ngoại tôi bị bại não từ bé, đi lại không được, muốn làm giấy xác nhận khuyết tật để được hưởng trợ cấp thì đến đâu ạ', who: 'elderly' },
  { q: 'con gái tôi bị câm điếc bẩm sinh, năm nay 30 tuổi rồi mà chưa được xác định mức độ khuyết tật, gia đình có được xin giám định lại không', who: 'elderly' },
  { q: 'Hai vợ chồng con trai tôi mất trong tai nạn giao thông, để lại hai đứa nhỏ, ông bà già nuôi cháu thì có được trợ cấp trẻ mồ côi không ạ', who: 'elderly' },
  { q: 'Tôi đang nhận trợ cấp người cao tuổi ở quê, giờ lên thành phố ở với con, muốn chuyển tiền trợ cấp lên đây thì làm sao cô', who: 'elderly' },
  { q: 'Bà cụ nhà tôi mới mất, đang hưởng trợ cấp xã hội hàng tháng, giờ con cháu có phải báo để thôi hưởng không, có được tiền mai táng không', who: 'elderly' },
  { q: 'cháu ơi nhà tôi thuộc hộ cận nghèo, có được hỗ trợ làm nhà không, năm ngoái bão làm sập mất mái rồi', who: 'elderly' },
  { q: 'thủ tục xin trợ cấp cho người khuyết tật nặng mất bao lâu thì được duyệt hả cháu, tôi nộp từ tháng trước mà chưa thấy gì', who: 'elderly' },
  {
    q: 'Hồi chiến tranh ông nhà tôi đi dân công hỏa tuyến mấy năm trời, về già bệnh tật suốt, các cụ cùng làng bảo ông được hưởng chế độ, tôi muốn hỏi làm hồ sơ hưởng chế độ dân công hỏa tuyến thì cần những gì ạ',
    who: 'elderly',
  },
  { q: 'cháu ơi con tôi nó ở nước ngoài muốn ủy quyền cho tôi bán mảnh đất đứng tên nó, thì giấy ủy quyền làm bên đó có dùng được ở đây không', who: 'elderly' },
  { q: 'Tôi bị liệt nửa người sau đợt tai biến, con cháu muốn làm thủ tục để tôi được hưởng chế độ người khuyết tật, nhưng tôi đã có lương hưu rồi thì có được không cô', who: 'elderly' },
  { q: 'Em trai tôi là bộ đội xuất ngũ, bị nhiễm chất độc hóa học khi đi chiến trường Campuchia, em mất rồi, em dâu tôi có được hưởng trợ cấp gì không', who: 'elderly' },
  { q: 'co oi cho toi hoi xin tro cap nguoi cao tuoi thi nop don o dau', who: 'elderly' },
  { q: 'Chuyện dài lắm cô ạ, hồi trước tôi cho người em họ mượn sổ đỏ đi vay tiền, nay nó không trả, ngân hàng đòi xiết nhà, giờ tôi muốn xóa thế chấp để lấy lại sổ thì làm thế nào', who: 'elderly' },
];
