import type { CitizenQuery } from './dev-set';

/**
 * The three voices' twelfth round on civil status and certification (issue 17, helper session of 6 Dec 2026): 90
 * queries written in one sitting at 11:47 UTC (docs/search-drafts/hotich12-draft-20261206T1147Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 45 elderly (long stories with a relative, a place,
 * a year, a reason), 23 rural (no diacritics, typos), 22 young (short, "đk", "ct", "hđ", "xn"). Fields: hộ tịch
 * (birth, late and re-registration, marriage, single status, death, changes and corrections, recognising a parent,
 * guardianship, adoption, copies of extracts, a foreign spouse or a child born abroad) and chứng thực (copies,
 * signatures, translations, transactions, wills, inheritance).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. Conventions of the earlier batches kept: a child's birth also accepts the
 * two linked birth-plus-insurance procedures; a lost certificate accepts a copy or re-registration; a letter of
 * authority accepts the signature or the transaction. A child born abroad accepts the foreign-element birth and the
 * recording of a birth registered abroad; a Chinese or Cambodian spouse also accepts the border-area variant. The
 * catalogue has no citizen-side notarisation, so "công chứng giấy tờ" expects the certified copy. Every draft query
 * has an answer: HOTICH12_NO_ANSWER is empty. Split by alternation into HOTICH12_TUNE and HOTICH12_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KS_UNREGISTERED_ADULT = ['1.004772', '1.001193'];
const KS_AGAIN = '1.004884';
const KS_FOREIGN = ['2.000528', '1.000110'];
const GHI_KHAC = '2.000547';
const BORN_ABROAD = ['2.000528', GHI_KHAC];
const KH = '1.000894';
const KH_NN = '2.000806';
const KH_FOREIGN = [KH_NN, '1.000094'];
const KH_AGAIN = '1.004746';
const GHI_KH = '2.002189';
const GHI_LY_HON = '2.000554';
const SINGLE = '1.004873';
const KT = '1.000656';
const KT_FOREIGN = '1.001766';
const COPY = '2.000635';
const SO_GOC = '2.000908';
const CHANGE = '1.004859';
const RECOGNISE = ['1.001022', '1.000689'];
const RECOGNISE_FOREIGN = '2.000779';
const GUARDIAN = '1.004837';
const ADOPT = '2.001263';
const ADOPT_AGAIN = '2.001255';
const SAO_Y = '2.000815';
const SIGNATURE = '2.000884';
const TRANSACTION = '2.001035';
const SIGNATURE_OR_TRANSACTION = [SIGNATURE, TRANSACTION];
const TRANSLATOR = ['2.001008', '2.000992'];
const WILL = '2.001019';
const INHERIT = '2.001406';

export const HOTICH12_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, cháu nội tôi sinh ở nhà bên ngoại dưới quê từ năm ngoái mà bố mẹ nó đi làm ăn xa chưa làm giấy khai sinh, bây giờ tôi là bà nội có đi làm thay được không',
    expect: KS,
    who: 'elderly',
  },
  {
    q: 'Tôi năm nay bảy mươi tuổi, hồi xưa sinh ở nhà không có giấy khai sinh, giờ con cháu bảo phải có giấy khai sinh để làm lương hưu, tôi phải làm sao',
    expect: KS_UNREGISTERED_ADULT,
    who: 'elderly',
  },
  { q: 'Giấy khai sinh của tôi từ thời bao cấp bị mối ăn mất rồi, sổ gốc ở xã cũng cháy hết trong trận lụt năm tám mươi, xin hỏi đăng ký lại khai sinh thế nào', expect: [KS_AGAIN], who: 'elderly' },
  { q: 'Con gái tôi lấy chồng người Hàn Quốc, nay nó muốn về quê đăng ký kết hôn với chồng nó ở Việt Nam thì cần những giấy tờ gì ạ', expect: [KH_NN], who: 'elderly' },
  { q: 'Cháu gái tôi sắp lấy chồng Đài Loan, bên ấy đòi giấy xác nhận tình trạng hôn nhân, nhờ cô chỉ giúp xin ở đâu', expect: [SINGLE], who: 'elderly' },
  { q: 'Ông nhà tôi mất ở bệnh viện tỉnh hôm thứ bảy, bây giờ tôi phải đi báo tử cho ông ở đâu, mang theo những gì', expect: [KT], who: 'elderly' },
  { q: 'Bà cụ thân sinh ra tôi mất từ năm 1995 mà hồi đó gia đình không đi khai tử, nay làm thủ tục chia đất thì cán bộ đòi giấy chứng tử, xin hỏi làm thế nào', expect: [KT], who: 'elderly' },
  { q: 'Tôi muốn xin một bản sao giấy khai sinh của thằng con út, bản chính nó để ở trong Nam mất rồi, làm ở xã có được không', expect: [COPY], who: 'elderly' },
  { q: 'Trong giấy khai sinh của tôi ghi sai năm sinh so với chứng minh thư, về hưu người ta bắt phải sửa cho khớp, thưa cô thủ tục cải chính thế nào', expect: [CHANGE], who: 'elderly' },
  { q: 'Con trai tôi tên hồi nhỏ ở nhà là Tí, giấy khai sinh cũng ghi là Tí, giờ nó lớn ngại tên xấu muốn đổi tên cho đàng hoàng thì làm ở đâu', expect: [CHANGE], who: 'elderly' },
  { q: 'Tôi người dân tộc Tày nhưng hồi trước giấy tờ ghi dân tộc Kinh, nay muốn xác định lại dân tộc cho đúng thì phải làm gì', expect: [CHANGE], who: 'elderly' },
  { q: 'Con gái tôi có đứa con với anh kia mà chưa cưới xin gì, giờ anh ấy muốn nhận con để cháu có tên bố trong giấy khai sinh, thủ tục thế nào ạ', expect: RECOGNISE, who: 'elderly' },
  { q: 'Ông bà tôi già rồi, đứa cháu mồ côi cả bố lẫn mẹ, tôi muốn làm người giám hộ cho cháu để lo việc học hành thì làm giấy gì', expect: [GUARDIAN], who: 'elderly' },
  { q: 'Vợ chồng tôi hiếm muộn, muốn xin một đứa bé ở chùa về nuôi làm con nuôi cho hợp pháp thì phải đến đâu đăng ký', expect: [ADOPT], who: 'elderly' },
  { q: 'Nhờ cô xem giúp, tôi cần sao y bản chính mấy cái sổ đỏ với giấy khai sinh để nộp hồ sơ cho cháu đi học, làm ở ủy ban có nhanh không', expect: [SAO_Y], who: 'elderly' },
  { q: 'Tôi già rồi mắt kém, muốn làm di chúc để lại mảnh vườn cho thằng út, có cần ra ủy ban chứng thực di chúc không', expect: [WILL], who: 'elderly' },
  { q: 'Bố mẹ tôi mất cả rồi để lại căn nhà, anh em chúng tôi muốn thỏa thuận phân chia di sản thừa kế thì chứng thực ở đâu', expect: [INHERIT], who: 'elderly' },
  { q: 'Tôi muốn cho con gái mảnh đất làm nhà, cán bộ địa chính bảo phải có hợp đồng tặng cho được chứng thực, vậy tôi làm ở xã được không', expect: [TRANSACTION], who: 'elderly' },
  { q: 'Tôi là bà ngoại, thằng cháu sinh bên Nhật theo bố mẹ nó đi xuất khẩu lao động, nay mẹ nó đưa về nước thì đăng ký khai sinh cho nó ở đâu', expect: BORN_ABROAD, who: 'elderly' },
  { q: 'Vợ chồng tôi cưới từ năm bảy mươi lăm, hồi ấy chỉ làm mâm cơm chứ không đăng ký, nay con cái bảo phải có giấy đăng ký kết hôn để làm sổ đỏ chung, làm sao đây', expect: [KH], who: 'elderly' },
  { q: 'Giấy đăng ký kết hôn của vợ chồng tôi thất lạc trong lúc chuyển nhà, xin hỏi xin lại bản sao trích lục kết hôn ở đâu', expect: [COPY, KH_AGAIN], who: 'elderly' },
  {
    q: 'Thưa chú, tôi ở nhà một mình, con trai đi nước ngoài lâu rồi, người ta bảo muốn bán nhà thì phải chứng thực chữ ký trong giấy ủy quyền của nó gửi về, có đúng không',
    expect: [SIGNATURE],
    who: 'elderly',
  },
  { q: 'Bà nhà tôi mất năm ngoái, bây giờ tôi muốn đi bước nữa với một bà cùng xóm, cần giấy xác nhận độc thân thì xin ở đâu', expect: [SINGLE], who: 'elderly' },
  {
    q: 'Con gái tôi ly hôn ở tòa rồi, giờ nó muốn lấy chồng khác thì có phải ghi vào sổ hộ tịch việc ly hôn không, ra xã hỏi người ta bảo ghi chú ly hôn gì đó',
    expect: [SINGLE, KH, GHI_LY_HON],
    who: 'elderly',
  },
  {
    q: 'Đứa con nuôi tôi nuôi từ bé nhưng chưa làm giấy tờ, nay nó lớn rồi, tôi muốn đăng ký việc nuôi con nuôi cho nó có quyền thừa kế thì làm thế nào',
    expect: [ADOPT, ADOPT_AGAIN],
    who: 'elderly',
  },
  { q: 'Tôi có bà chị ở bên Mỹ về, bà ấy muốn nhận lại đứa con riêng bỏ lại hồi năm bảy lăm, giờ xác nhận cha mẹ con thế nào được', expect: [RECOGNISE_FOREIGN, '1.001022'], who: 'elderly' },
  { q: 'Cháu tôi học xong đi du học Úc, người ta đòi bản dịch giấy khai sinh có chứng thực chữ ký người dịch, bà muốn hỏi làm ở phòng tư pháp có được không', expect: TRANSLATOR, who: 'elderly' },
  { q: 'Tôi có bằng khen, giấy chứng nhận thương binh cũ, muốn photo công chứng mấy bản để nộp cho phòng lao động, làm ở đâu rẻ nhất', expect: [SAO_Y], who: 'elderly' },
  { q: 'Ông nội các cháu ngày xưa tên khai sinh là Nguyễn Văn Tèo nhưng giấy tờ đất ghi Nguyễn Văn Teo không có dấu, giờ làm sao cho giấy khai sinh khớp với sổ đỏ', expect: [CHANGE], who: 'elderly' },
  {
    q: 'Vợ tôi người Trung Quốc sang lấy tôi đã hơn mười năm, hai đứa con sinh ra ở đây, nay muốn đăng ký khai sinh cho đứa út mà mẹ nó là người nước ngoài thì thế nào',
    expect: KS_FOREIGN,
    who: 'elderly',
  },
  { q: 'Thằng con trai tôi sang Hàn lấy vợ người Hàn, đăng ký kết hôn bên ấy rồi, giờ về có phải ghi vào sổ hộ tịch ở Việt Nam không', expect: [GHI_KH], who: 'elderly' },
  { q: 'Ông cụ nhà tôi chết ở bên Lào khi đi làm thuê, bên ấy có cấp giấy chứng tử, về nước thì phải làm gì để ghi vào sổ', expect: [GHI_KHAC], who: 'elderly' },
  { q: 'Tôi nhận nuôi đứa cháu họ từ nhỏ, giờ muốn đổi họ của cháu theo họ nhà tôi thì phải xin thay đổi họ ở đâu', expect: [CHANGE, ADOPT], who: 'elderly' },
  { q: 'Bà hàng xóm tôi bị lẫn, không tự lo được, con cái ở xa, chính quyền bảo cần có người giám hộ, vậy tôi muốn làm giám hộ cho bà thì đăng ký thế nào', expect: [GUARDIAN], who: 'elderly' },
  { q: 'Cô ơi cho tôi hỏi, trong sổ hộ khẩu cũ tôi là Lê Thị Hường mà giấy khai sinh lại ghi Lê Thị Hương, sửa cái nào, làm ở đâu', expect: [CHANGE], who: 'elderly' },
  { q: 'Gia đình tôi nghèo, con gái tôi đẻ ở trạm xá xã mà không có tiền nộp lệ phí, làm giấy khai sinh cho cháu có mất tiền không', expect: KS, who: 'elderly' },
  { q: 'Tôi muốn làm giấy ủy quyền cho con trai thay tôi đi rút sổ tiết kiệm vì chân tôi yếu, có phải chứng thực ở xã không', expect: SIGNATURE_OR_TRANSACTION, who: 'elderly' },
  { q: 'Thưa cô, con dâu tôi là người Campuchia, chưa có giấy tờ gì, hai vợ chồng ăn ở với nhau lâu rồi, giờ muốn đăng ký kết hôn cho đàng hoàng', expect: KH_FOREIGN, who: 'elderly' },
  { q: 'Tôi muốn xin trích lục khai tử của ông nhà tôi để làm chế độ tử tuất, bản cũ bị ướt nhòe hết chữ rồi', expect: [COPY], who: 'elderly' },
  { q: 'Đứa cháu ngoại tôi bố mẹ chia tay, mẹ nó lấy chồng khác, giờ ông bố dượng muốn nhận nó làm con nuôi thì có được không, làm ở đâu', expect: [ADOPT], who: 'elderly' },
  { q: 'Giấy khai sinh của tôi ghi quê quán sai tên xã cũ, bây giờ xã đã sáp nhập đổi tên, tôi có phải sửa lại không', expect: [CHANGE], who: 'elderly' },
  { q: 'Ông già tôi có giấy tờ mua bán đất viết tay từ năm chín mươi, giờ muốn làm hợp đồng chuyển nhượng có chứng thực của xã để sang tên', expect: [TRANSACTION], who: 'elderly' },
  { q: 'Con rể tôi mất vì tai nạn giao thông bên Malaysia, con gái tôi muốn khai tử cho chồng ở quê thì được không ạ', expect: [GHI_KHAC, KT_FOREIGN], who: 'elderly' },
  { q: 'Tôi muốn hỏi cô, người ta bảo giấy khai sinh bản sao phải có dấu đỏ mới hợp lệ, vậy tôi xin cấp bản sao từ sổ gốc ở đâu', expect: [COPY, SO_GOC], who: 'elderly' },
  { q: 'Bà cụ tôi chín mươi tuổi rồi không đi được, muốn lập di chúc tại nhà thì cán bộ tư pháp có đến nhà chứng thực không', expect: [WILL], who: 'elderly' },
  { q: 'lam giay khai sinh cho con moi de thi can gi', expect: KS, who: 'rural' },
  { q: 'dang ky khai sinh qua han cho con 3 tuoi o xa', expect: KS, who: 'rural' },
  { q: 'xin giay xac nhan doc than de lay chong', expect: [SINGLE], who: 'rural' },
  { q: 'khai tu cho ba noi moi mat', expect: [KT], who: 'rural' },
  { q: 'lam lai giay khai sinh bi mat', expect: [KS_AGAIN, COPY], who: 'rural' },
  { q: 'dang ki ket hon voi nguoi trung quoc o dau', expect: KH_FOREIGN, who: 'rural' },
  { q: 'con de ben dai loan ve nuoc lam giay to sao', expect: BORN_ABROAD, who: 'rural' },
  { q: 'sua ngay sinh trong giay khai sin', expect: [CHANGE], who: 'rural' },
  { q: 'thay doi ten cho con gai', expect: [CHANGE], who: 'rural' },
  { q: 'nhan con rieng cua chong', expect: [ADOPT], who: 'rural' },
  { q: 'xin lam bo me nuoi dua nho ngoai duong', expect: [ADOPT], who: 'rural' },
  { q: 'cong chung giay to o xa', expect: [SAO_Y], who: 'rural' },
  { q: 'chung thuc hop dong mua ban dat', expect: [TRANSACTION], who: 'rural' },
  { q: 'lam hd tang cho nha cho con ct o dau', expect: [TRANSACTION], who: 'rural' },
  { q: 'xac nhan tinh trang hon nhan de vay ngan hang', expect: [SINGLE], who: 'rural' },
  { q: 'ban sao trich luc khai sinh', expect: [COPY], who: 'rural' },
  { q: 'doi dan toc cho con theo cha', expect: [CHANGE], who: 'rural' },
  { q: 'lay chong han quoc can giay gi', expect: [KH_NN, SINGLE], who: 'rural' },
  { q: 'chứng thực chữ ký giấy uỷ quyền đi bán xe', expect: SIGNATURE_OR_TRANSACTION, who: 'rural' },
  { q: 'bổ sung tên cha vào giấy khai sinh', expect: ['1.001022', CHANGE], who: 'rural' },
  { q: 'lam giam ho cho em trai bi tam than', expect: [GUARDIAN], who: 'rural' },
  { q: 'đăng ký lại kết hôn mất giấy', expect: [KH_AGAIN, COPY], who: 'rural' },
  { q: 'ct van ban phan chia di san', expect: [INHERIT], who: 'rural' },
  { q: 'đk khai sinh online', expect: KS, who: 'young' },
  { q: 'giấy xác nhận độc thân', expect: [SINGLE], who: 'young' },
  { q: 'trích lục kết hôn', expect: [COPY], who: 'young' },
  { q: 'sao y giấy tờ', expect: [SAO_Y], who: 'young' },
  { q: 'ct chữ ký', expect: [SIGNATURE], who: 'young' },
  { q: 'đổi tên', expect: [CHANGE], who: 'young' },
  { q: 'kết hôn với người nước ngoài', expect: KH_FOREIGN, who: 'young' },
  { q: 'khai sinh con có yếu tố nước ngoài', expect: KS_FOREIGN, who: 'young' },
  { q: 'đk kết hôn cần gì', expect: [KH], who: 'young' },
  { q: 'cải chính hộ tịch', expect: [CHANGE, '2.000748'], who: 'young' },
  { q: 'ct hđ thuê nhà', expect: [TRANSACTION], who: 'young' },
  { q: 'hđ mua bán xe ct ở đâu', expect: [TRANSACTION], who: 'young' },
  { q: 'xác định lại giới tính giấy tờ', expect: [CHANGE], who: 'young' },
  { q: 'nhận cha cho con', expect: RECOGNISE, who: 'young' },
  { q: 'ghi chú kết hôn ở nước ngoài', expect: [GHI_KH], who: 'young' },
  { q: 'khai tử online', expect: [KT], who: 'young' },
  { q: 'chứng thực bản dịch', expect: TRANSLATOR, who: 'young' },
  { q: 'xn tình trạng hôn nhân', expect: [SINGLE], who: 'young' },
  { q: 'thay đổi họ cho con theo mẹ', expect: [CHANGE], who: 'young' },
  { q: 'trich luc ho tich', expect: [COPY], who: 'young' },
  { q: 'con sinh ở nhật về làm khai sinh', expect: BORN_ABROAD, who: 'young' },
  { q: 'đăng ký giám hộ', expect: [GUARDIAN], who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const HOTICH12_TUNE: readonly CitizenQuery[] = HOTICH12_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const HOTICH12_HELD: readonly CitizenQuery[] = HOTICH12_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks: none in this round. */
export const HOTICH12_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
