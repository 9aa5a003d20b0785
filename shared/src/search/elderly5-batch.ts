import type { CitizenQuery } from './dev-set';

/**
 * The elderly voice's fifth round (issue 17, helper session of 6 Dec 2026): 72 queries written in one sitting,
 * finished 08:48 UTC (docs/search-drafts/elderly5-draft-20261206T0849Z.txt), before any procedure name was grepped
 * and before the engine was run on them, over the family and identity papers an old person comes to the commune for:
 * birth (late, at home, for a grandchild, abroad, a foundling), death (the day after, years late, a copy for the
 * inheritance), marriage (never registered in 1975, with a foreigner, a lost giấy giá thú), single status,
 * guardianship and its end, adoption (a relative, a stepchild, from a pagoda, by a foreigner), name and record
 * corrections, acknowledging a father, residence (nhập khẩu lại, cắt khẩu, xoá tên người đã mất, đổi chủ hộ, tách
 * hộ, tạm trú, tạm vắng), the chứng minh nhân dân becoming a căn cước, justice records, certified copies, signatures
 * and contracts, wills and estates. The shapes aimed at: a long story before the request ("Ông nhà tôi mất hôm qua ở
 * nhà, con cháu phải…", "Tôi năm nay 72 tuổi…"), the request implied by a situation, questions about cost, time and
 * place ("mất bao nhiêu tiền", "bao lâu", "làm ở xã được không"), the old names (chứng minh thư, sổ hộ khẩu, giấy
 * giá thú, giấy khai sinh bản chính, sao y, không tiền án tiền sự) and one query without marks.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Two have no answer in this catalogue (a divorce settled by a
 * Vietnamese court, which the court itself reports; domestic violence): ELDERLY5_NO_ANSWER. Split by alternation into
 * ELDERLY5_TUNE (tuned on) and ELDERLY5_HELD.
 */
export const ELDERLY5_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cô ơi cho tôi hỏi, nhà tôi mới có thêm đứa cháu nội, bố mẹ nó đi làm xa, tôi là bà nội có đi làm giấy khai sinh cho cháu được không ạ',
    expect: ['1.001193', '2.000986', '2.001023'],
    who: 'elderly',
  },
  { q: 'cháu ơi con dâu tôi sinh được hơn một tháng rồi mà chưa đi khai sinh, giờ làm có bị phạt không, cần mang những giấy tờ gì', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'Tôi năm nay 72 tuổi, giấy khai sinh bản chính của tôi bị mối ăn mất rồi, giờ muốn xin cấp lại thì làm ở đâu ạ', expect: ['2.000635', '1.004884'], who: 'elderly' },
  { q: 'Hồi xưa tôi sinh ở nhà, không ai khai sinh cho, giờ già rồi mới cần giấy khai sinh để làm giấy tờ, có đăng ký muộn được không cô', expect: ['1.004772', '1.001193'], who: 'elderly' },
  { q: 'cho tôi hỏi xin bản sao giấy khai sinh cho thằng con út để nó nộp hồ sơ đi học thì mất bao nhiêu tiền ạ', expect: ['2.000635'], who: 'elderly' },
  { q: 'Ông nhà tôi mất hôm qua ở nhà, con cháu phải đi báo tử ở đâu, có cần giấy của bệnh viện không ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'bà cụ nhà tôi mất đã hơn 5 năm mà chưa ai đi khai tử, nay chia đất mới cần giấy chứng tử, giờ làm thế nào cô', expect: ['1.000656'], who: 'elderly' },
  { q: 'Cháu ơi cho bà xin trích lục khai tử của ông để làm thủ tục thừa kế', expect: ['2.000635'], who: 'elderly' },
  { q: 'năm ngoái anh trai tôi mất ở bên tỉnh khác, giấy chứng tử làm ở đó, giờ tôi ở đây xin bản sao có được không ạ', expect: ['2.000635'], who: 'elderly' },
  { q: 'Tôi với bà nhà tôi lấy nhau từ năm 1975, hồi đó chỉ làm đám cưới chứ không có giấy giá thú, giờ muốn đăng ký kết hôn có được không ạ', expect: ['1.000894'], who: 'elderly' },
  { q: 'thằng con tôi nó sắp cưới vợ, nhưng hai đứa ở hai xã khác nhau thì đăng ký kết hôn ở xã nào hả cô', expect: ['1.000894'], who: 'elderly' },
  { q: 'Con gái tôi muốn lấy chồng người Hàn Quốc, cho tôi hỏi thủ tục kết hôn với người nước ngoài làm ở đâu, mất bao lâu', expect: ['2.000806'], who: 'elderly' },
  { q: 'cô ơi tôi goá vợ đã lâu, nay muốn đi bước nữa, cần xin giấy xác nhận tình trạng hôn nhân thì xin ở đâu ạ', expect: ['1.004873'], who: 'elderly' },
  { q: 'Con tôi nó đi làm ở Nhật, cần giấy xác nhận độc thân gửi sang, bố mẹ ở nhà có đi xin hộ được không', expect: ['1.004873'], who: 'elderly' },
  { q: 'Cháu ơi, giấy giá thú của ông bà bị cháy mất trong vụ cháy nhà, giờ xin lại bản sao giấy đăng ký kết hôn được không', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'cho tôi hỏi con tôi ly hôn ở nước ngoài, về Việt Nam thì có phải làm thủ tục ghi vào sổ không ạ', expect: ['2.000554'], who: 'elderly' },
  { q: 'Con trai tôi bị tâm thần không tự lo được, tôi già rồi, muốn làm giám hộ cho nó thì đăng ký ở đâu cô', expect: ['1.004837'], who: 'elderly' },
  { q: 'Đứa cháu mồ côi cả bố lẫn mẹ, tôi là ông ngoại nuôi nó, có phải đăng ký giám hộ không hả cháu', expect: ['1.004837'], who: 'elderly' },
  { q: 'tôi bây giờ yếu rồi không làm giám hộ cho cháu nữa, muốn chuyển cho chú nó thì có phải làm giấy chấm dứt giám hộ không', expect: ['1.004845', '1.004837'], who: 'elderly' },
  { q: 'Vợ chồng tôi hiếm muộn, muốn nhận một đứa bé ở chùa về làm con nuôi, thủ tục thế nào ạ', expect: ['2.001263'], who: 'elderly' },
  { q: 'cô ơi tôi muốn nhận đứa cháu gọi bằng cô ruột làm con nuôi cho có giấy tờ đàng hoàng, làm ở xã được không', expect: ['2.001263'], who: 'elderly' },
  { q: 'Con riêng của vợ tôi, tôi nuôi từ bé, giờ muốn đăng ký nhận làm con nuôi để sau này nó được hưởng phần', expect: ['2.001263'], who: 'elderly' },
  { q: 'Thằng cháu tôi có người nước ngoài muốn xin về nuôi, cho tôi hỏi cho con nuôi ra nước ngoài thì làm ở đâu', expect: ['1.003976', '1.004878', '1.003160'], who: 'elderly' },
  { q: 'Giấy khai sinh của tôi ghi tên là Thị Bé, xấu quá, con cháu bảo đi đổi tên cho đẹp, có được đổi không cô', expect: ['1.004859'], who: 'elderly' },
  { q: 'Cho tôi hỏi trong giấy khai sinh của con tôi ghi sai năm sinh của bố nó, giờ muốn sửa lại thì làm sao ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'Cháu ơi bà đi làm sổ lương hưu mà ngày sinh trong chứng minh với giấy khai sinh không giống nhau, phải cải chính ở đâu', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sinh cua chau toi ghi sai dan toc, la nguoi Tay ma ghi Kinh, muon sua thi lam the nao a', expect: ['1.004859'], who: 'elderly' },
  { q: 'Con tôi theo họ mẹ, nay bố nó nhận rồi, muốn đổi sang họ bố thì có làm được không ạ', expect: ['1.004859'], who: 'elderly' },
  { q: 'Ông bà tôi ngày xưa khai sinh không có ngày tháng, chỉ có năm, nay muốn bổ sung ngày sinh vào thì làm thủ tục gì', expect: ['1.004859'], who: 'elderly' },
  { q: 'Thằng con tôi có với người ta ngoài giá thú, giờ nó lớn rồi tôi muốn làm giấy nhận con cho nó mang họ bố', expect: ['1.001022'], who: 'elderly' },
  { q: 'cô ơi có người đàn ông đến nhận là bố của cháu ngoại tôi, thủ tục nhận cha cho con làm ở đâu ạ', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'nhà tôi có thằng con đi làm xa về, giờ muốn nhập khẩu lại vào nhà bố mẹ thì phải làm sao cháu', expect: ['1.004222'], who: 'elderly' },
  { q: 'Sổ hộ khẩu nhà tôi bị chuột cắn rách hết, giờ nghe nói không dùng sổ nữa, vậy tôi phải làm gì để có giấy tờ cư trú ạ', expect: ['1.010041'], who: 'elderly' },
  { q: 'Cho tôi hỏi con gái tôi lấy chồng rồi, bây giờ cắt khẩu nó ra khỏi hộ nhà tôi thì làm ở đâu', expect: ['1.003197', '1.004222'], who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi, trong hộ khẩu vẫn còn tên ông, có phải đi xoá tên không ạ', expect: ['1.003197'], who: 'elderly' },
  { q: 'Tôi là chủ hộ mà giờ già yếu rồi, muốn đổi chủ hộ sang cho thằng con trai cả thì làm thế nào cô', expect: ['1.010039'], who: 'elderly' },
  { q: 'Vợ chồng thằng con tôi ra ở riêng, muốn tách hộ khẩu ra một sổ riêng thì phải làm những gì ạ', expect: ['1.010038'], who: 'elderly' },
  { q: 'Tôi lên thành phố ở với con trai để chữa bệnh chắc phải nửa năm, có phải đăng ký tạm trú không hả cháu', expect: ['1.004194'], who: 'elderly' },
  { q: 'nhà tôi có cho mấy đứa sinh viên thuê trọ, chủ nhà có phải đi khai báo tạm trú cho chúng nó không cô', expect: ['1.004194', '2.001159'], who: 'elderly' },
  { q: 'Tôi đi vào Nam chăm cháu mấy tháng, ở nhà không có ai, có cần khai báo tạm vắng với công an xã không ạ', expect: ['1.003677'], who: 'elderly' },
  { q: 'Cháu ơi bà cần giấy xác nhận nơi cư trú để đi làm sổ tiết kiệm, xin ở đâu vậy cháu', expect: ['1.010041'], who: 'elderly' },
  { q: 'Cho tôi hỏi gia hạn tạm trú thì phải đến công an phường hay làm trên mạng được ạ', expect: ['1.002755'], who: 'elderly' },
  {
    q: 'Chứng minh nhân dân của tôi làm từ năm 2000, giờ người ta bảo hết hạn rồi phải đổi sang thẻ căn cước, tôi đi đổi ở đâu',
    expect: ['1.014061', '1.014063', '2.000200', '2.001195'],
    who: 'elderly',
  },
  { q: 'Tôi đánh rơi mất cái chứng minh thư ở chợ rồi cô ơi, giờ làm lại mất bao lâu và có mất tiền không', expect: ['1.014064', '2.001194', '1.014061', '2.000200'], who: 'elderly' },
  { q: 'Ông nhà tôi 80 tuổi, đi lại không được, làm căn cước có cán bộ đến tận nhà làm cho không ạ', expect: ['1.014061', '2.000200', '1.014063'], who: 'elderly' },
  { q: 'thẻ căn cước của tôi bị gãy đôi, ảnh mờ hết, xin cấp đổi lại có tốn kém không cháu', expect: ['1.014063', '2.001195'], who: 'elderly' },
  { q: 'Cháu nội tôi mới 5 tuổi thì có phải làm căn cước cho nó không, nghe người ta nói trẻ con cũng làm được', expect: ['1.014062', '1.012549'], who: 'elderly' },
  { q: 'cho tôi hỏi tôi mới đổi tên trong giấy khai sinh rồi, cái căn cước có phải làm lại không a', expect: ['1.014063', '2.001195', '1.014060'], who: 'elderly' },
  { q: 'Thằng cháu tôi đi xin việc, người ta bảo nộp phiếu lý lịch tư pháp, bà xin hộ nó có được không', expect: ['3.000333'], who: 'elderly' },
  { q: 'Cô ơi cháu tôi đi xuất khẩu lao động cần giấy chứng nhận không tiền án tiền sự thì làm ở đâu ạ', expect: ['3.000333'], who: 'elderly' },
  { q: 'tôi muốn xin lý lịch tư pháp số 2 để làm hồ sơ xin quốc tịch cho con, nộp ở sở tư pháp phải không cô', expect: ['3.000333'], who: 'elderly' },
  { q: 'Con tôi nó ở nước ngoài về thăm nhà, nó muốn xin phiếu lý lịch tư pháp để mang sang bên đó thì bao lâu có', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'Cho tôi hỏi công chứng mấy tờ giấy khai sinh với sổ đỏ ra bản sao thì làm ở xã có được không, mất bao nhiêu một trang', expect: ['2.000815'], who: 'elderly' },
  { q: 'Cháu ơi bà cần sao y cái bằng tốt nghiệp của cháu để nộp hồ sơ, photo rồi đóng dấu ở đâu vậy cháu', expect: ['2.000815'], who: 'elderly' },
  { q: 'tôi không biết chữ, chỉ điểm chỉ được thôi, muốn chứng thực giấy ủy quyền cho con đi làm hộ thì có được không ạ', expect: ['2.000884'], who: 'elderly' },
  { q: 'Tôi làm giấy ủy quyền cho thằng con đi rút tiền lương hưu hộ, cần chứng thực chữ ký ở đâu cô', expect: ['2.000884'], who: 'elderly' },
  { q: 'Hai ông bà muốn làm hợp đồng tặng cho con gái mảnh đất, chứng thực ở ủy ban xã có được không ạ', expect: ['2.001035'], who: 'elderly' },
  { q: 'Cho tôi hỏi anh em tôi muốn mua bán căn nhà với nhau thì hợp đồng phải công chứng hay chứng thực ở xã cũng được', expect: ['2.001035'], who: 'elderly' },
  { q: 'Giấy tờ của tôi viết bằng tiếng Pháp từ hồi xưa, muốn dịch ra tiếng Việt rồi chứng thực bản dịch thì làm ở đâu', expect: ['2.001008', '2.000992', '2.000975'], who: 'elderly' },
  { q: 'Bố tôi mất không để lại di chúc, mấy anh em muốn chia đất của bố thì làm văn bản thỏa thuận phân chia di sản ở đâu ạ', expect: ['2.001406'], who: 'elderly' },
  { q: 'Tôi muốn viết di chúc để lại nhà cho thằng út, cần chứng thực di chúc ở xã có được không cô', expect: ['2.001019'], who: 'elderly' },
  { q: 'mẹ tôi mất để lại sổ tiết kiệm, anh em tôi không tranh chấp gì, làm văn bản khai nhận di sản thế nào ạ', expect: ['2.001406'], who: 'elderly' },
  { q: 'cô ơi tôi có phần thừa kế nhưng không muốn nhận, muốn nhường hết cho em gái thì làm giấy từ chối nhận di sản ở đâu', expect: ['2.001016'], who: 'elderly' },
  { q: 'Hai vợ chồng già muốn chia tài sản chung cho các con trước khi mất thì có phải làm văn bản gì không cháu', expect: ['2.001035', '2.001019'], who: 'elderly' },
  { q: 'Ông cụ nhà tôi mất rồi, giờ xin giấy xác nhận quan hệ cha con để làm thủ tục nhận tiền tuất có được không', expect: ['2.002516', '2.000635', '2.000821'], who: 'elderly' },
  { q: 'Thằng con tôi ra nước ngoài lâu rồi không về, giờ muốn xác nhận nó còn quốc tịch Việt Nam không thì hỏi ở đâu ạ', expect: ['1.005136', '1.005137'], who: 'elderly' },
  { q: 'Cháu ngoại tôi sinh bên Đài Loan, nay mẹ nó đưa về nước, muốn khai sinh cho nó ở quê thì làm thế nào ạ', expect: ['2.000528', '2.000547', '1.001193'], who: 'elderly' },
  { q: 'cô ơi cho tôi hỏi khai sinh cho đứa trẻ bị bỏ rơi trước cổng nhà tôi thì phải làm gì', expect: ['1.001193'], who: 'elderly' },
  { q: 'tôi muốn lấy lại cái giấy khai sinh bản chính, vì bản cũ bị nhòe mực không đọc được nữa, có được cấp lại không', expect: ['2.000635', '1.004884'], who: 'elderly' },
  { q: 'Tôi là người Việt ở nước ngoài lâu năm, nay về quê muốn xin trích lục giấy khai sinh ngày xưa thì có được không ạ', expect: ['2.000635'], who: 'elderly' },
];

/**
 * A second sitting (09:09 UTC, docs/search-drafts/elderly5-more-draft-20261206T0909Z.txt): 30 more queries in the same
 * voice and fields, written after the first tuning but before the engine was run on them, labelled the same way, then
 * tuned on (blind: 53.6 / 67.9 %, n=28). Two have no answer (a life certificate for a foreign pension; an adoption
 * never registered, both parents dead): ELDERLY5_NO_ANSWER.
 */
export const ELDERLY5_MORE: readonly CitizenQuery[] = [
  {
    q: 'Con gái tôi sinh cháu ở bệnh viện huyện, giấy chứng sinh có rồi, nhưng chồng nó chưa đăng ký kết hôn với nó, giờ làm khai sinh cho cháu thì ghi tên bố được không cô',
    expect: ['1.000689', '1.001193', '1.001022'],
    who: 'elderly',
  },
  {
    q: 'Bà cụ nhà tôi năm nay 95 tuổi, từ bé đến giờ chưa có giấy tờ gì, muốn làm cho cụ cái căn cước thì phải bắt đầu từ đâu ạ',
    expect: ['1.014061', '2.000200', '1.001193', '1.004772'],
    who: 'elderly',
  },
  { q: 'Thằng út nhà tôi đi tù về, giờ nó muốn đăng ký thường trú lại ở nhà thì cần giấy gì cháu', expect: ['1.004222'], who: 'elderly' },
  { q: 'cho tôi hỏi vợ chồng tôi đăng ký kết hôn năm 1990 ở xã cũ, nay xã sáp nhập rồi, sổ sách mất hết, có phải đăng ký lại không', expect: ['1.004746'], who: 'elderly' },
  { q: 'tôi già rồi mắt kém, không ký được nữa, người ta bảo chỉ cần lăn tay thôi, chứng thực như vậy có được không cô', expect: ['2.000884'], who: 'elderly' },
  { q: 'Chị gái tôi ở Mỹ muốn ủy quyền cho tôi bán căn nhà ở quê, giấy ủy quyền làm thế nào cho đúng ạ', expect: ['2.000884', '2.001035'], who: 'elderly' },
  { q: 'cháu ơi, giấy khai sinh của bà ghi quê quán ở Nam Định mà căn cước lại ghi Hà Nam, giờ sửa cái nào', expect: ['1.004859', '1.014060'], who: 'elderly' },
  { q: 'Ông anh họ tôi mới mất, không có vợ con gì, nhà đất của ông ấy thì ai được hưởng, anh em họ hàng làm giấy tờ ở đâu', expect: ['2.001406'], who: 'elderly' },
  { q: 'Cô ơi đứa cháu nội tôi bố mẹ nó bỏ nhau, mẹ nó đi lấy chồng khác, giờ tôi muốn nuôi nó và làm người giám hộ thì có được không', expect: ['1.004837'], who: 'elderly' },
  { q: 'Nhà tôi ở thuê mười mấy năm rồi, chủ nhà đồng ý cho nhập khẩu vào, thủ tục thế nào hả cháu', expect: ['1.004222', '1.013314'], who: 'elderly' },
  { q: 'Thằng con tôi đi nghĩa vụ quân sự, có phải xóa hộ khẩu của nó không cô', expect: ['1.003197'], who: 'elderly' },
  { q: 'Tôi bị lẫn rồi hay quên, muốn làm giấy ủy quyền cho con gái lo hết việc giấy tờ, phải ra xã ký hay mời người về nhà được không', expect: ['2.000884'], who: 'elderly' },
  { q: 'Cho tôi hỏi làm lại cái thẻ căn cước bị mất mà đang ở tỉnh khác thì có làm được ở đây không hay phải về quê', expect: ['1.014064', '2.001194'], who: 'elderly' },
  { q: 'Cháu gái tôi muốn đổi tên đệm từ Thị sang tên khác cho hiện đại, mà nó đã 20 tuổi rồi có đổi được không', expect: ['1.004859'], who: 'elderly' },
  { q: 'tôi có hai đứa con, một đứa khai sinh ghi họ Nguyễn, một đứa ghi họ Nguyễn Văn, giờ muốn sửa cho giống nhau', expect: ['1.004859'], who: 'elderly' },
  { q: 'Con trai tôi lấy vợ người Trung Quốc ở bên kia biên giới, cưới theo phong tục rồi, giờ đăng ký kết hôn ở xã có được không ạ', expect: ['1.000094', '2.000806'], who: 'elderly' },
  { q: 'tôi cần giấy xác nhận chưa từng đăng ký kết hôn để làm hồ sơ nhận con nuôi, xin ở xã nào', expect: ['1.004873'], who: 'elderly' },
  { q: 'Mẹ tôi mất ở bệnh viện bên Sài Gòn, bệnh viện cấp giấy báo tử rồi, giờ về quê làm khai tử được không hay phải làm ở trong đó', expect: ['1.000656'], who: 'elderly' },
  { q: 'Cháu ơi bà có mấy cuốn sổ tiết kiệm, muốn viết giấy để lại cho các con sau này, có cần ra xã đóng dấu không', expect: ['2.001019'], who: 'elderly' },
  { q: 'Bố mẹ tôi mất cả rồi, mảnh đất ở quê giờ năm anh em muốn để cho một người đứng tên, mấy người kia ký giấy nhường thì làm ở đâu', expect: ['2.001016', '2.001406'], who: 'elderly' },
  { q: 'Ông nhà tôi nằm liệt giường, muốn làm di chúc mà không đi được, cán bộ tư pháp có xuống nhà làm cho không ạ', expect: ['2.001019'], who: 'elderly' },
  { q: 'cho tôi hỏi giấy chứng nhận kết hôn bản chính bị mất thì làm sao có lại được, tôi cần để làm sổ đỏ đứng tên hai vợ chồng', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'Thằng cháu tôi đi học ở Hàn về cần lý lịch tư pháp để nộp công ty, nó đang ở Hà Nội mà hộ khẩu ở quê, xin ở đâu', expect: ['3.000333'], who: 'elderly' },
  { q: 'Cô ơi tôi muốn đăng ký tạm vắng cho thằng con đi lao động ở Đài Loan ba năm có cần không', expect: ['1.003677'], who: 'elderly' },
  { q: 'Bà chủ nhà bắt tôi phải có giấy đăng ký tạm trú mới cho thuê tiếp, tôi phải mang những gì đi làm', expect: ['1.004194'], who: 'elderly' },
  { q: 'tôi muốn xem trong hồ sơ cư trú nhà tôi còn những ai, có cách nào xin in ra được không cháu', expect: ['1.010041'], who: 'elderly' },
  { q: 'Cho tôi hỏi bản sao có chứng thực thì dùng được bao lâu, giấy tờ cũ photo từ năm ngoái có phải làm lại không', expect: ['2.000815'], who: 'elderly' },
  { q: 'Con tôi xin đi du học cần dịch giấy khai sinh và học bạ sang tiếng Anh có công chứng, làm ở phòng tư pháp được không', expect: ['2.001008', '2.000992', '2.000975'], who: 'elderly' },
];

/** The tune half (even positions): its misses were read while tuning. */
export const ELDERLY5_TUNE: readonly CitizenQuery[] = ELDERLY5_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const ELDERLY5_HELD: readonly CitizenQuery[] = ELDERLY5_BATCH.filter((_, i) => i % 2 === 1);

/** Asked at the counter but answered by no procedure in this catalogue. */
export const ELDERLY5_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Vợ chồng con tôi nó bỏ nhau rồi, toà xử xong rồi, giờ muốn ghi chú vào sổ hộ tịch việc ly hôn thì làm ở đâu ạ', who: 'elderly' },
  { q: 'Nhà tôi có đứa con dâu bị chồng đánh suốt, tôi muốn báo cho chính quyền can thiệp bạo lực gia đình thì đến đâu', who: 'elderly' },
  { q: 'bà muốn xin cái giấy chứng nhận là bà còn sống để gửi cho bảo hiểm bên Pháp, ở đây có làm không cháu', who: 'elderly' },
  { q: 'Ngày xưa ông bà tôi có nhận một đứa con nuôi nhưng không làm giấy tờ, giờ ông bà mất rồi, nó muốn được công nhận là con nuôi thì làm sao', who: 'elderly' },
];
