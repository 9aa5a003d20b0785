import type { CitizenQuery } from './dev-set';

const KS = ['1.001193', '2.000986', '2.001023'];
const SINGLE = '1.004873';
const MARRY = '1.000894';
const CORRECT = '1.004859';
const GUARDIAN = '1.004837';
const EXTRACT = '2.000635';
const SIGNATURE = '2.000884';
const CONTRACT = '2.001035';
const TRANSFER = '1.013831';
const INHERIT = ['2.001406', TRANSFER];
const THUONG_TRU = '1.004222';
const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_NEW_OR_CHANGE = [...CARD_NEW, ...CARD_CHANGE];
const LINH_THAY = '1.001601';
const LIET_SI = '1.004163';
const HKD_NEW = '1.001612';

/**
 * The elderly voice's tenth round (issue 17, helper session of 6 Dec 2026): 69 questions written in one sitting at
 * 17:24 UTC (docs/search-drafts/elderly10-draft-20261206T1724Z.txt), before any procedure name was grepped and before
 * the engine was run on them. Long polite stories weighted like a commune counter's day: the relative who needs it
 * (con dâu, cháu nội, ông nhà tôi), the year and the place, the old names (giấy giá thú, hộ khẩu, cắt khẩu, chứng
 * minh nhân dân, sổ đỏ, cà vẹt, bằng lái, trích lục), the need told by what happened (the flood took the certificate,
 * the mice chewed it, the husband died, the son is abroad) and questions of where, how long, how much, which papers,
 * commune or district; five with mis-typed marks, three without marks.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine), following the labels earlier batches gave the same situations: every procedure a counter clerk would
 * accept, commune, province and ministry variants alike (a lost marriage paper is a copy of the extract or a
 * re-registration; a worn certificate is exchanged, a lost one reissued; selling part of a plot is the split and the
 * transfer; a signature for an authorisation is the signature or the contract attested; the army's merit claims take
 * the only ones this catalogue holds, the police's). Five have no answer: an old-age allowance and moving a merit
 * file to another province (neither is in this catalogue), a bus, an electricity bill and a hamlet meeting:
 * ELDERLY10_NO_ANSWER. Split by alternation into ELDERLY10_TUNE (tuned on) and ELDERLY10_HELD.
 */
export const ELDERLY10_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Dạ thưa chú, con dâu tôi mới sinh cháu nội ở bệnh viện huyện tuần trước, giờ nó còn ở cữ, tôi là bà nội đi làm giấy khai sinh cho cháu được không, cần mang giấy gì ạ',
    expect: KS,
    who: 'elderly',
  },
  { q: 'Ông nhà tôi mất hôm mùng 3 tết năm nay ở nhà, con cái đi làm xa hết, giờ tôi đi báo tử cho ông thì lên xã hay phải lên huyện hả cô', expect: ['1.000656'], who: 'elderly' },
  { q: 'Cho bà hỏi năm 1975 bà với ông cưới nhau ở quê có làm giấy giá thú, giờ mất rồi, muốn xin lại tờ giấy đó thì ở đâu, hết bao nhiêu tiền', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'Thằng cháu ngoại tôi sắp lấy vợ người tỉnh khác, nó nhờ tôi đi xin cái giấy xác nhận nó chưa vợ ở xã, bao lâu thì có hả cháu', expect: [SINGLE], who: 'elderly' },
  { q: 'tôi năm nay 78 tuổi, vợ tôi mất được 5 năm rồi, giờ tôi muốn đi bước nữa với bà cùng xóm thì ra xã đăng ký làm sao, con cái có phải ký không', expect: [MARRY], who: 'elderly' },
  { q: 'Giấy khai sinh của tôi từ hồi xưa ghi sai năm sinh, chứng minh nhân dân lại ghi khác, giờ làm sổ hưu bị vướng, muốn sửa lại thì làm thế nào', expect: [CORRECT], who: 'elderly' },
  { q: 'dạ cho tôi hỏi tên tôi trong giấy khai sinh là Nguyễn Thị Gái, nay muốn đổi tên cho đẹp hơn có được không, phải làm ở đâu ạ', expect: [CORRECT], who: 'elderly' },
  { q: 'Tôi sinh năm 1948 ở Nam Định, hồi đó loạn lạc không có làm giấy khai sinh, giờ già rồi mới cần để làm hồ sơ thì có làm được không cháu', expect: ['1.004772', '1.001193'], who: 'elderly' },
  { q: 'Con gái tôi đẻ con mà không có chồng, nay bố đứa bé muốn nhận con để cháu có tên bố trong giấy tờ thì làm thủ tục gì, ở xã có làm không', expect: ['1.001022', '1.000689'], who: 'elderly' },
  { q: 'Tôi muốn làm người giám hộ cho đứa cháu mồ côi, bố mẹ nó mất vì tai nạn năm ngoái, cần giấy tờ gì hả chú', expect: [GUARDIAN], who: 'elderly' },
  { q: 'Bà cụ nhà bên mất đã lâu mà chưa ai khai tử, giờ con cháu mới về lo đất đai, khai tử muộn vậy có bị phạt không, làm ở đâu ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'cho toi hoi muon xin ban sao giay khai sinh cua toi de bo sung ho so huong luong huu thi xin o dau, mat may ngay', expect: [EXTRACT], who: 'elderly' },
  { q: 'Dạ tôi có mấy cái giấy tờ nhà đất với sổ hộ khẩu cũ cần photo rồi chứng thực để nộp cho ngân hàng, ra xã chứng thực thì mất bao nhiêu tiền một trang ạ', expect: ['2.000815'], who: 'elderly' },
  { q: 'Tôi già rồi tay run, con trai ở Sài Gòn muốn tôi ký giấy ủy quyền cho nó bán đất thay, thì ký ở đâu cho có giá trị hả cô', expect: [SIGNATURE, CONTRACT], who: 'elderly' },
  { q: 'Ông bà tôi muốn làm di chúc chia đất cho 3 đứa con trước khi mất, ra xã có chứng thực di chúc được không hay phải lên phòng công chứng', expect: ['2.001019'], who: 'elderly' },
  { q: 'Chị tôi mất không để lại di chúc, anh em trong nhà đã thỏa thuận xong ai lấy phần nào, giờ làm giấy tờ chia thừa kế ở đâu ạ', expect: INHERIT, who: 'elderly' },
  { q: 'Mảnh đất ông cha để lại từ năm 1980, nhà tôi ở liền từ đó tới giờ mà chưa có sổ đỏ, giờ muốn làm sổ đỏ thì cần những gì, hết bao lâu', expect: ['1.013978'], who: 'elderly' },
  { q: 'Sổ đõ nhà tôi bị chuột cắn rách mất một góc, chữ mờ hết rồi, có xin cấp lại cái mới được không hả chú', expect: ['1.012783'], who: 'elderly' },
  { q: 'Hôm lũ năm ngoái nước cuốn mất cái sổ đỏ với cả giấy tờ trong nhà, giờ muốn xin lại sổ thì làm thế nào, có phải đăng báo không', expect: ['1.012786'], who: 'elderly' },
  { q: 'Tôi già rồi muốn cho đứa con út mảnh đất vườn 300 mét, làm giấy tặng cho con thì phải ra đâu, có mất thuế không cháu', expect: [TRANSFER, CONTRACT], who: 'elderly' },
  { q: 'Bố tôi mất để lại mảnh đất đứng tên ông, giờ anh em muốn sang tên sổ đỏ cho mẹ tôi đứng thì làm những bước gì ạ', expect: INHERIT, who: 'elderly' },
  { q: 'cho bác hỏi nhà bác bán bớt một phần đất cho người ta, phải tách thửa ra mới sang tên được, tách sổ thì làm ở đâu, mất bao lâu', expect: ['1.012784', TRANSFER], who: 'elderly' },
  {
    q: 'Tôi có mảnh ruộng lúa muốn chuyển lên làm đất ở để cho con cất nhà, xin chuyển mục đích thì có phải lên huyện không, tốn bao nhiêu',
    expect: ['1.013949', '1.013823', '1.013992'],
    who: 'elderly',
  },
  { q: 'Con tôi vay ngân hàng 200 triệu phải thế chấp sổ đỏ của tôi, ngân hàng bảo phải đi đăng ký thế chấp, cái đó làm ở đâu hả cô', expect: ['1.011441'], who: 'elderly' },
  { q: 'Nay con tôi trả hết nợ ngân hàng rồi, muốn xóa cái thế chấp trên sổ đỏ thì làm thủ tục gì ạ', expect: ['1.011443'], who: 'elderly' },
  { q: 'Nhà tôi với nhà hàng xóm tranh chấp cái ranh giới đất, cãi nhau mấy năm nay rồi, muốn nhờ xã ra hòa giải thì nộp đơn ở đâu', expect: ['1.012812', '1.013967'], who: 'elderly' },
  { q: 'Tôi muốn xây lại căn nhà cấp 4 đã dột nát ở quê, có phải xin giấy phép xây dựng không, xin ở đâu hả cháu', expect: ['1.013225', '1.013229'], who: 'elderly' },
  { q: 'Dạ cho hỏi đứa cháu nội tôi mới đẻ, muốn nhập hộ khẩu cho cháu vào nhà ông bà thì làm thế nào, giờ không còn sổ hộ khẩu nữa phải không', expect: [THUONG_TRU, '2.000986'], who: 'elderly' },
  { q: 'Tôi về ở với con trai trên thành phố cho tiện chăm sóc, muốn chuyển hộ khẩu từ quê lên ở với con thì cần giấy tờ gì ạ', expect: [THUONG_TRU], who: 'elderly' },
  { q: 'Cô em gái tôi lấy chồng xa, ông bà mất rồi, muốn cắt khẩu nó ra khỏi nhà thì ai đi làm, làm ở công an xã phải không', expect: ['1.003197', THUONG_TRU], who: 'elderly' },
  { q: 'Có người cháu họ ở quê lên nhà tôi ở trọ đi học đại học, tôi có phải đi khai báo tạm trú cho nó không, khai ở đâu ạ', expect: ['1.004194', '2.001159'], who: 'elderly' },
  { q: 'Tôi đi vào Nam chăm con gái sinh nở khoảng 3 tháng, nhà ở quê không có ai, có phải báo cho công an xã biết không hả chú', expect: ['1.003677'], who: 'elderly' },
  { q: 'Ngân hàng đòi giấy xác nhận nơi ở của tôi mà giờ không còn sổ hộ khẩu, xin cái xác nhận cư trú đó ở đâu, có mất tiền không', expect: ['1.010041'], who: 'elderly' },
  { q: 'cho bà hỏi cái chứng minh nhân dân của bà cũ lắm rồi, 9 số, giờ đi rút tiền không được, phải đổi sang thẻ căn cước mới thì đi đâu làm', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'Ông nhà tôi 85 tuổi nằm liệt giường không đi được, muốn làm căn cước cho ông thì công an có đến nhà làm không cháu', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'Tôi đi chợ bị móc túi mất cái căn cước công dân gắn chíp, giờ làm lại mất bao lâu, tốn bao nhiêu tiền ạ', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'Hồi trước tôi là giáo viên nghỉ hưu năm 2005, mới chuyển về ở với con ở tỉnh khác, muốn chuyển nơi lĩnh lương hưu về đây thì làm sao', expect: ['1.001742'], who: 'elderly' },
  { q: 'Chồng tôi là thương binh hưởng lương hưu, ông mất tháng trước, tôi nghe nói gia đình được nhận tiền mai táng với tiền tuất, làm hồ sơ ở đâu ạ', expect: ['2.000821'], who: 'elderly' },
  { q: 'Con trai tôi đi làm công ty được 7 năm rồi nghỉ, nó muốn rút bảo hiểm xã hội một lần, mà nó đi xuất khẩu lao động, tôi làm thay được không', expect: ['1.001613', LINH_THAY], who: 'elderly' },
  { q: 'Cái thẻ bảo hiễm y tế của tôi bị rách nát, đi khám bệnh người ta không nhận, xin cấp lại thẻ thì ở đâu hả cô', expect: ['1.002759'], who: 'elderly' },
  { q: 'tôi năm nay 80 tuổi rồi, nghe nói người già được cấp thẻ bảo hiểm y tế miễn phí, đăng ký ở đâu, cần giấy gì ạ', expect: ['1.001939', '2.000639', '1.003116'], who: 'elderly' },
  { q: 'Bố tôi đi bộ đội chống Mỹ, bị nhiễm chất độc da cam, con cháu bị dị tật, giờ muốn làm hồ sơ hưởng chế độ thì bắt đầu từ đâu ạ', expect: ['1.004205'], who: 'elderly' },
  { q: 'Anh trai tôi hy sinh ở chiến trường Quảng Trị năm 1972, giờ mới tìm được mộ, muốn làm hồ sơ công nhận liệt sĩ thì cần những giấy gì', expect: [LIET_SI], who: 'elderly' },
  { q: 'Tôi là vợ liệt sĩ, nay giấy chứng nhận gia đình liệt sĩ bị thất lạc, xin cấp lại thì có phải lên huyện không ạ', expect: [LIET_SI], who: 'elderly' },
  { q: 'Tôi mua lại chiếc xe máy cũ của ông hàng xóm, giấy tờ xe vẫn đứng tên ông ấy, giờ muốn sang tên cà vẹt qua tên tôi thì đến công an xã được không', expect: ['1.013076'], who: 'elderly' },
  { q: 'Con trai tôi mới mua cho tôi chiếc xe máy điện để đi chợ, xe điện có phải đi đăng ký biển số không, làm ở đâu hả chú', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'Cái bằng lái xe máy của tôi bằng giấy từ năm 1995, nghe nói phải đổi sang thẻ nhựa, đổi ở đâu, hết bao nhiêu tiền ạ', expect: ['3.000347'], who: 'elderly' },
  { q: 'cho toi hoi bang lai o to cua toi het han may nam roi, gio toi 65 tuoi muon gia han lai thi co phai thi lai khong', expect: ['3.000347', '3.000348'], who: 'elderly' },
  { q: 'Chiếc xe máy cũ của ông nhà tôi hỏng lâu rồi bán sắt vụn, giờ muốn nộp lại giấy đăng ký với biển số thì làm ở đâu ạ', expect: ['1.013123', '1.013065'], who: 'elderly' },
  { q: 'Tôi nghỉ hưu rồi muốn mở cái quán tạp hóa nhỏ trước nhà cho vui, có phải đăng ký kinh doanh không, ra xã hay lên huyện làm', expect: [HKD_NEW], who: 'elderly' },
  { q: 'Bà bán hàng nước ở đầu ngõ mấy chục năm, nay con gái muốn làm giấy phép kinh doanh hộ cá thể để đứng tên thay bà thì làm sao', expect: [HKD_NEW, '2.000720'], who: 'elderly' },
  { q: 'Tôi già yếu rồi muốn đóng cửa cái tiệm may đã đăng ký kinh doanh, không làm nữa thì phải báo ở đâu cho khỏi đóng thuế', expect: ['1.001266'], who: 'elderly' },
  { q: 'Con tôi mở quán ăn nhỏ bán cơm, người ta bảo phải có giấy chứng nhận an toàn thực phẩm, xin cái đó ở đâu hả cô', expect: ['2.001827'], who: 'elderly' },
  { q: 'Dạ thưa cô, nhà tôi nghèo, ông nhà tôi ốm đau liên miên, muốn xin xét hộ nghèo để được hỗ trợ thì nộp đơn ở đâu ạ', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'Tôi muốn xin giấy xác nhận của xã là tôi không có tiền án tiền sự để con tôi đi xuất khẩu lao động, phiếu lý lịch tư pháp xin ở đâu', expect: ['3.000333'], who: 'elderly' },
  { q: 'Chồng tôi bị tai biến nằm một chỗ, mất khả năng làm chủ, tôi muốn làm người giám hộ cho ông để lo giấy tờ đất đai thì đăng ký ở đâu', expect: [GUARDIAN], who: 'elderly' },
  { q: 'Con tôi đi làm ở Hàn Quốc có con ở bên đó, giờ về nước muốn đăng ký khai sinh cho cháu ở quê thì làm thế nào, có phải lên huyện không', expect: ['2.000528', '2.000547'], who: 'elderly' },
  { q: 'Tôi với bà nhà cưới từ năm 1970 mà chưa bao giờ đăng ký kết hôn, giờ làm thủ tục chia đất cho con người ta đòi giấy kết hôn, có đăng ký bù được không', expect: [MARRY], who: 'elderly' },
  { q: 'Dạ tôi muốn xin xác nhận tình trang hôn nhận để bán đất, mà vợ tôi mất rồi, ông cán bộ bảo phải có giấy đó, làm mất mấy ngày ạ', expect: [SINGLE], who: 'elderly' },
  { q: 'cho bac hoi bac muon xin trich luc khai tu cua ba nha bac mat nam 2010 de lam so do thua ke, xin o xa co duoc khong', expect: [EXTRACT], who: 'elderly' },
  { q: 'Tôi được con dâu đưa giấy tờ bằng tiếng Anh từ nước ngoài gửi về, muốn dịch ra tiếng Việt rồi chứng thực chữ ký người dịch ở xã được không', expect: ['2.001008', '2.000992'], who: 'elderly' },
  { q: 'Tôi muốn làm hợp đồng cho thuê nhà ở quê cho người ta mở quán, ra xã chứng thực hợp đồng được không hay phải ra công chứng', expect: [CONTRACT], who: 'elderly' },
  { q: 'Thẻ căn cuớc của tôi ghi sai quê quàn, con cháu bảo phải đi điều chỉnh lại, làm ở công an huyện hay công an xã hả cháu', expect: [...CARD_CHANGE, '1.012564', '1.014060'], who: 'elderly' },
  { q: 'Bà già rồi mắt kém, muốn con gái đi lĩnh lương hưu thay hàng tháng thì làm giấy ủy quyền lĩnh thay ở đâu ạ', expect: [LINH_THAY], who: 'elderly' },
];

/** The half tuned on: its misses were read. */
export const ELDERLY10_TUNE: readonly CitizenQuery[] = ELDERLY10_BATCH.filter((_, i) => i % 2 === 0);

/** The half scored only: its misses were never printed. */
export const ELDERLY10_HELD: readonly CitizenQuery[] = ELDERLY10_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (see the header). */
export const ELDERLY10_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi năm nay tròn 80, không có lương hưu, nghe nói được nhận tiền trợ cấp người cao tuổi hàng tháng, thì làm đơn ở đâu hả cháu', who: 'elderly' },
  { q: 'Ông cụ nhà tôi là người có công với cách mạng, được nhận trợ cấp hàng tháng, giờ chuyển về ở với con ở tỉnh khác thì muốn chuyển hồ sơ về đây nhận tiếp', who: 'elderly' },
  { q: 'Cháu ơi cho bà hỏi xe buýt đi bệnh viện tỉnh đón ở đâu, mấy giờ có chuyến hả cháu', who: 'elderly' },
  { q: 'Nhà tôi tháng này tiền điện tăng vọt lên cả triệu đồng, tôi muốn hỏi lại công ty điện thì gọi số nào ạ', who: 'elderly' },
  { q: 'Bà muốn hỏi nhà văn hóa thôn tối nay có họp tổ dân phố không, mấy giờ bắt đầu', who: 'elderly' },
];
