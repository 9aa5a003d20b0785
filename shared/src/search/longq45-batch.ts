import type { CitizenQuery } from './dev-set';

/**
 * Long elderly stories on civil status and residence (issue 17, helper session of 6 Dec 2026, batch longq45): 75
 * queries of 11 to 45 words written in one sitting at 22:49 UTC (docs/search-drafts/longq45-draft-20261206T2249Z.txt), before
 * any procedure name was grepped and before the engine was run on them: 25 situations x 3 phrasings, all in the
 * elderly voice — who they are, whose paper it is, what happened and when, then the request and a question (ở đâu,
 * mất bao lâu, có mất tiền không), mostly with diacritics, some with wrong or missing marks, fillers, or a wrong word
 * for the paper (giấy chứng tử, giấy hôn thú, giấy khai sanh, thường chú).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept (a newborn's birth also by the joint birth + health-card procedures, a late
 * birth also by the birth of a person who already has papers, a late death also by the re-registration of a death,
 * a lost or abolished hộ khẩu book by the confirmation of residence information). Two have no answer in this
 * catalogue (a divorce by consent, keeping the old hộ khẩu book): LONGQ45_NO_ANSWER. A wedding tent in the lane,
 * drafted as unanswerable, is answered by the temporary use of a road (1.013274) and stays labelled.
 * Split by alternation into LONGQ45_TUNE and LONGQ45_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const LATE_KS = ['1.001193', '1.004772'];
const LATE_KT = ['1.000656', '1.005461'];
const CAI_CHINH = ['1.004859'];
const TRICH_LUC = ['2.000635'];
const NHAN_CMC = ['1.001022'];
const BORN_ABROAD = ['2.000547', '2.000528'];
const XAC_NHAN_CU_TRU = ['1.010041'];

export const LONGQ45_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, con dâu tôi mới sinh thằng cháu nội được hơn tuần ở bệnh viện tỉnh, bố mẹ nó đi làm công ty trong Bình Dương chưa về được, bà nội đi làm giấy khai sinh cho cháu được không, cần mang những gì',
    expect: KS,
    who: 'elderly',
  },
  {
    q: 'Dạ cho tôi hỏi, đứa cháu ngoại tôi sinh tháng trước, mẹ nó ở cữ còn yếu, nhà tôi ở thôn Đông xã này, tôi muốn đăng ký giấy khai sanh cho cháu thì mất bao lâu có mất tiền không',
    expect: KS,
    who: 'elderly',
  },
  { q: 'con gái tôi sinh cháu ở trạm y tế xã đã có giấy chứng sinh rồi, giờ tôi ra đây làm giấy khai xinh cho cháu thì nộp ở đâu ạ', expect: KS, who: 'elderly' },
  {
    q: 'Tôi năm nay sáu mươi tám tuổi, hồi nhỏ mẹ sinh ở nhà ngoài quê không ai đi khai, cả đời chưa có giấy khai sinh, giờ làm lương hưu người ta đòi thì đăng ký khai sinh bây giờ có được không',
    expect: LATE_KS,
    who: 'elderly',
  },
  {
    q: 'Thưa anh, thằng cháu tôi nó mười hai tuổi rồi mà bố mẹ nó bỏ đi làm ăn xa từ lúc nó lọt lòng, chưa hề làm giấy khai sinh, giờ vào lớp sáu nhà trường đòi, khai sinh muộn thì làm sao',
    expect: LATE_KS,
    who: 'elderly',
  },
  {
    q: 'bà cụ nhà tôi ngoài tám mươi chưa bao giờ có giấy khai sinh, chỉ có sổ hộ khẩu cũ, con cháu muốn làm cho bà cái giấy khai sinh để làm căn cước thì ra đây làm được không',
    expect: LATE_KS,
    who: 'elderly',
  },
  {
    q: 'Dạ thưa cô, ông nhà tôi mất hôm mười lăm tháng trước ở nhà, đã chôn cất xong xuôi rồi, giờ tôi lên xã làm giấy chứng tử cho ông thì cần mang giấy tờ gì',
    expect: ['1.000656'],
    who: 'elderly',
  },
  {
    q: 'Bà mẹ chồng tôi năm nay chín mươi mốt tuổi vừa qua đời tuần trước tại bệnh viện huyện, bệnh viện có cho giấy báo tử, bây giờ đăng ký khai tử ở đâu mất bao nhiêu ngày',
    expect: ['1.000656'],
    who: 'elderly',
  },
  { q: 'cho tôi hỏi ông cụ thân sinh tôi mất ở nhà vì tuổi già, không nằm viện nên không có giấy báo tử, vậy khai tử cho ông cụ có được không cần ai làm chứng', expect: ['1.000656'], who: 'elderly' },
  {
    q: 'Bố tôi mất từ năm hai nghìn lẻ năm mà hồi đó gia đình không đi khai tử, giờ các con chia đất người ta hỏi giấy chứng tử của ông, bây giờ đi khai tử muộn được không',
    expect: LATE_KT,
    who: 'elderly',
  },
  { q: 'Thưa chú, bà nội các cháu mất đã hơn mười năm, hồi đó ở quê không ai khai báo, giờ làm thủ tục thừa kế cần giấy khai tử, đăng ký lại việc chết ấy ở đâu ạ', expect: LATE_KT, who: 'elderly' },
  {
    q: 'ông anh cả tôi chết từ hồi chiến tranh, chưa bao giờ có giấy báo tử, con cháu giờ cần giấy tờ để làm sổ đỏ thì đăng ký khai tử cho ông có được không mất bao lâu',
    expect: LATE_KT,
    who: 'elderly',
  },
  {
    q: 'Thằng cháu nội tôi nó sắp cưới vợ người làng bên, hai đứa đi làm ở Hà Nội không về được, tôi hỏi trước cho nó đăng ký kết hôn ở xã thì cần những giấy tờ gì',
    expect: ['1.000894'],
    who: 'elderly',
  },
  {
    q: 'Dạ cho bà hỏi, con gái út bà năm nay hai mươi sáu tuổi, nó với bạn trai tổ chức đám cưới xong rồi mà chưa làm giấy đăng ký kết hôn, giờ làm ở đâu có mất tiền không',
    expect: ['1.000894'],
    who: 'elderly',
  },
  { q: 'con trai tôi nó lấy vợ từ năm ngoái mà chưa có giấy hôn thú, giờ vợ nó có bầu sắp sinh muốn làm giấy kết hôn cho đàng hoàng thì hai đứa phải ra đâu', expect: ['1.000894'], who: 'elderly' },
  {
    q: 'Thưa cô, con trai tôi bốn mươi tuổi vẫn chưa vợ, nó muốn mua căn nhà ở thành phố ngân hàng bảo phải có giấy xác nhận độc thân, tôi ra xin giúp nó có được không',
    expect: ['1.004873'],
    who: 'elderly',
  },
  {
    q: 'Bà nhà tôi mất năm ngoái, giờ tôi muốn bán mảnh đất đứng tên một mình, phòng công chứng bảo phải có giấy xác nhận tình trạng hôn nhân, xin ở đâu mất mấy ngày',
    expect: ['1.004873'],
    who: 'elderly',
  },
  {
    q: 'cháu gái tôi đi xuất khẩu lao động sang Nhật định lấy chồng bên đó, bên ấy đòi giấy chứng nhận chưa kết hôn, ở nhà xin giấy xác nhận tình trạng hôn nhân cho cháu thế nào',
    expect: ['1.004873'],
    who: 'elderly',
  },
  {
    q: 'Giấy khai sinh của thằng con tôi ghi sai tên, đáng lẽ là Nguyễn Văn Hùng mà cán bộ ghi thành Hưng từ hồi xưa, giờ làm căn cước không khớp, xin sửa lại tên thì làm thế nào',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  {
    q: 'Dạ thưa anh, trong giấy khai sinh của tôi tên mẹ bị viết sai chữ Thị thành chữ Thi, mấy chục năm nay không để ý, giờ làm sổ đỏ người ta bắt cải chính thì nộp ở đâu',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  { q: 'giấy khai sanh của con gái tôi ghi sai họ, đáng lẽ họ Lê mà ghi thành họ Lý, tôi muốn xin đính chính lại cho đúng có mất tiền không ạ', expect: CAI_CHINH, who: 'elderly' },
  {
    q: 'Bà nhà tôi giấy khai sinh ghi năm sinh một chín năm mươi hai mà chứng minh thư lại ghi năm mươi ba, giờ làm lương hưu bị vướng, muốn sửa lại ngày sinh cho khớp thì làm sao',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, con tôi sinh ngày mười hai tháng ba mà trong giấy khai sinh lại ghi tháng tám, hồi đó cán bộ xã ghi nhầm, giờ nó đi thi đại học cần sửa ngày sinh thì làm ở đâu',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  { q: 'giấy khai sinh của ông cụ nhà tôi ghi sai ngày tháng năm sinh so với các giấy tờ khác, tôi muốn cải chính ngày sinh cho ông thì cần mang gì mất bao lâu', expect: CAI_CHINH, who: 'elderly' },
  {
    q: 'Nhà tôi bị lũ cuốn trôi hết đồ đạc năm ngoái, mất luôn giấy khai sinh của tôi mà sổ gốc ở xã cũng không còn lưu, giờ muốn làm lại giấy khai sinh thì thủ tục thế nào',
    expect: ['1.004884'],
    who: 'elderly',
  },
  {
    q: 'Dạ cho tôi hỏi, tôi sinh ở xã này từ năm năm lăm, giấy khai sinh bản chính bị chuột cắn rách nát hết, ủy ban bảo sổ lưu bị cháy rồi, đăng ký lại khai sinh ở đâu',
    expect: ['1.004884'],
    who: 'elderly',
  },
  {
    q: 'giay khai sinh cua toi bị mất từ hồi chuyển nhà, đã ra xã hỏi thì sổ hộ tịch cũ không còn, giờ tôi già rồi muốn xin cấp lại giấy khai sinh thì có được không',
    expect: ['1.004884'],
    who: 'elderly',
  },
  {
    q: 'Thằng cháu tôi nó đi học cần bản sao giấy khai sinh mà bản chính để đâu mất rồi, ngày xưa nó đăng ký khai sinh ở xã này, tôi xin trích lục bản sao cho nó được không',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, tôi cần mấy bản sao giấy khai sinh của tôi để làm hồ sơ hưởng chế độ, khai sinh làm ở đây từ xưa, xin bản trích lục thì mất tiền không mất bao lâu',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  { q: 'cho tôi hỏi giấy khai sinh bản gốc của con gái tôi bị rách hết rồi, sổ gốc vẫn còn lưu ở ủy ban, giờ xin cấp bản sao trích lục khai sinh cho nó ở đâu', expect: TRICH_LUC, who: 'elderly' },
  {
    q: 'Ông nhà tôi mất năm kia đã làm khai tử ở xã rồi, giờ các con làm thừa kế ngân hàng đòi mấy bản sao giấy chứng tử, bản cũ thất lạc, xin trích lục khai tử ở đâu',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  { q: 'Dạ tôi muốn xin thêm mấy bản sao giấy khai tử của bà cụ thân sinh tôi mất từ hai nghìn mười lăm, để làm chế độ mai táng với chia tài sản, có được không', expect: TRICH_LUC, who: 'elderly' },
  { q: 'bố chồng tôi chết mấy năm rồi, giấy chứng tử bản chính bị mất lúc chuyển nhà, giờ cần nộp cho bên bảo hiểm thì xin cấp lại bản sao giấy chứng tử thế nào', expect: TRICH_LUC, who: 'elderly' },
  {
    q: 'Tôi với ông nhà lấy nhau từ năm bảy mươi tám, có đăng ký kết hôn ở xã, nhưng giấy hôn thú bị mối ăn mất rồi, giờ cần làm giấy tờ đất xin bản sao trích lục kết hôn được không',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, giấy đăng ký kết hôn của vợ chồng con trai tôi làm ở xã này năm hai nghìn mười, nay nó mất bản chính, tôi xin giúp nó bản sao trích lục kết hôn thì cần gì',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  {
    q: 'cho bà hỏi vợ chồng bà đăng ký kết hôn ở đây lâu rồi mà giấy chứng nhận kết hôn bị cháy trong vụ cháy nhà, sổ ở xã vẫn còn, xin lại bản sao có mất tiền không',
    expect: TRICH_LUC,
    who: 'elderly',
  },
  {
    q: 'Vợ chồng tôi cưới nhau từ năm tám mươi có đăng ký ở xã cũ, nhưng cả giấy kết hôn lẫn sổ lưu ở xã đều mất hết do chiến tranh, giờ muốn đăng ký lại việc kết hôn thì làm sao',
    expect: ['1.004746'],
    who: 'elderly',
  },
  {
    q: 'Dạ thưa anh, ông bà tôi lấy nhau có làm giấy tờ hẳn hoi nhưng ủy ban xã bị bão tốc mái mất hết sổ sách, giấy của ông bà cũng không còn, đăng ký lại kết hôn cần những gì',
    expect: ['1.004746'],
    who: 'elderly',
  },
  { q: 'toi va ba nha toi dang ky ket hon nam 1975 ma gio giay to mat het, xa bao so goc khong con luu, muon lam lai giay ket hon thi co duoc khong', expect: ['1.004746'], who: 'elderly' },
  {
    q: 'Con trai với con dâu tôi mất vì tai nạn giao thông năm ngoái, để lại đứa cháu nội mới lên bảy, tôi là bà nội muốn làm giám hộ cho cháu để lo giấy tờ học hành thì làm thế nào',
    expect: ['1.004837'],
    who: 'elderly',
  },
  {
    q: 'Thưa cô, thằng cháu ngoại tôi bố mẹ ly hôn rồi bỏ đi biệt tăm, ông bà ngoại nuôi từ nhỏ, giờ muốn đăng ký làm người giám hộ cho cháu cho hợp pháp thì nộp ở đâu',
    expect: ['1.004837'],
    who: 'elderly',
  },
  { q: 'ông anh tôi bị tâm thần không tự lo được, vợ con không có, tôi là em ruột muốn đứng ra đăng ký giám hộ cho anh để lo chế độ thì cần mang những gì', expect: ['1.004837'], who: 'elderly' },
  {
    q: 'Con gái tôi nó có con với một anh ở xã bên nhưng không cưới, đứa bé ba tuổi rồi giấy khai sinh để trống tên bố, giờ anh ấy muốn nhận con thì làm thủ tục gì ở đâu',
    expect: NHAN_CMC,
    who: 'elderly',
  },
  {
    q: 'Dạ cho tôi hỏi, thằng con trai tôi nó có đứa con riêng với cô bạn gái, đứa bé đã khai sinh mang họ mẹ, giờ nó muốn làm giấy nhận cha con cho đứa bé có mất tiền không',
    expect: NHAN_CMC,
    who: 'elderly',
  },
  {
    q: 'thưa chú, cháu ngoại tôi sinh ra không có cha trong giấy khai sinh, nay bố đẻ nó về xin nhận con, hai bên đồng ý rồi, đăng ký nhận cha cho cháu thì cần giấy gì',
    expect: NHAN_CMC,
    who: 'elderly',
  },
  {
    q: 'Tôi năm nay bảy mươi, hồi nhỏ bị thất lạc mẹ do chiến tranh, nay tìm được mẹ đẻ rồi mà giấy tờ không ghi tên mẹ, muốn đăng ký nhận mẹ con cho hợp pháp được không',
    expect: NHAN_CMC,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, con nuôi của em gái tôi thật ra là con đẻ của một người đàn bà ở huyện khác, nay người mẹ ấy muốn xác nhận quan hệ mẹ con với đứa nhỏ thì làm ở đâu',
    expect: NHAN_CMC,
    who: 'elderly',
  },
  {
    q: 'cho tôi hỏi tôi có đứa con gái lúc sinh ra để người khác khai sinh hộ, giấy tờ không có tên tôi là mẹ, giờ muốn làm giấy nhận lại con thì có phải ra tòa không',
    expect: NHAN_CMC,
    who: 'elderly',
  },
  {
    q: 'Thằng cháu nội tôi tên là Nguyễn Văn Tèo, nó lớn rồi đi học bị bạn bè chế giễu mãi, bố mẹ nó muốn đổi sang tên khác cho đẹp thì thay đổi tên cho cháu làm ở đâu',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  {
    q: 'Dạ thưa anh, con gái tôi mười bốn tuổi, hồi nhỏ đặt tên theo họ cha, nay bố nó bỏ đi không nuôi, tôi muốn đổi họ cho con theo họ mẹ thì thủ tục thế nào có mất tiền không',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  {
    q: 'tôi muốn đổi tên của tôi vì tên cũ trùng với tên người trong họ, các cụ trong dòng họ bắt phải đổi, tôi đã bảy mươi tuổi rồi đổi tên có được không mất bao lâu',
    expect: CAI_CHINH,
    who: 'elderly',
  },
  {
    q: 'Con gái tôi lấy chồng Hàn Quốc, sinh cháu bên đó đã có giấy khai sinh nước ngoài, nay hai mẹ con về quê ở hẳn với tôi, muốn ghi vào sổ hộ tịch cho cháu ở Việt Nam thì làm sao',
    expect: BORN_ABROAD,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, thằng con trai tôi đi làm ở Đài Loan rồi cưới vợ bên đó, đã đăng ký kết hôn ở nước ngoài, giờ muốn ghi chú việc kết hôn đó vào sổ ở quê thì nộp hồ sơ ở đâu',
    expect: ['2.002189'],
    who: 'elderly',
  },
  {
    q: 'cho tôi hỏi cháu ngoại tôi sinh ở Nhật có giấy khai sinh tiếng Nhật rồi, giờ về Việt Nam học muốn làm giấy khai sinh Việt Nam cho cháu thì có phải khai lại không',
    expect: BORN_ABROAD,
    who: 'elderly',
  },
  {
    q: 'Tôi năm nay bảy mươi lăm, vợ mất rồi, ở quê một mình không ai chăm, con trai đón lên thành phố ở chung nhà nó, giờ tôi muốn nhập hộ khẩu vào nhà con thì làm thế nào',
    expect: ['1.004222'],
    who: 'elderly',
  },
  {
    q: 'Dạ thưa cô, bà nhà tôi với tôi mới chuyển về ở với con gái ở phường này được ba tháng, muốn đăng ký thường trú luôn ở đây để làm bảo hiểm y tế thì cần mang gì',
    expect: ['1.004222'],
    who: 'elderly',
  },
  {
    q: 'vợ chồng tôi mua được căn nhà nhỏ ở thị trấn rồi chuyển hẳn xuống ở, hộ khẩu vẫn để ở quê cũ, giờ muốn đăng ký thường chú ở nhà mới thì mất bao lâu có mất tiền không',
    expect: ['1.004222'],
    who: 'elderly',
  },
  {
    q: 'Thằng cháu nội tôi từ quê lên thành phố học đại học, ở trọ nhà tôi được hai tháng rồi, công an khu vực bảo phải đăng ký tạm trú cho nó, tôi làm giúp nó được không',
    expect: ['1.004194'],
    who: 'elderly',
  },
  {
    q: 'Thưa cô, tôi ở quê lên ở với con gái để trông cháu chắc khoảng một năm, không chuyển hộ khẩu, chỉ muốn đăng ký tạm trú ở nhà con thì nộp ở đâu cần giấy gì',
    expect: ['1.004194'],
    who: 'elderly',
  },
  {
    q: 'dạ nhà tôi có cho mấy đứa sinh viên với công nhân thuê phòng trọ, tôi là chủ nhà muốn khai báo tạm chú cho tụi nó thì làm ở đâu có mất tiền không',
    expect: ['1.004194', '2.001159'],
    who: 'elderly',
  },
  {
    q: 'Tôi sắp theo con sang Úc chơi chắc nửa năm mới về, nhà để trống, nghe nói phải báo công an là vắng mặt ở địa phương lâu ngày, khai báo tạm vắng thì làm thế nào',
    expect: ['1.003677'],
    who: 'elderly',
  },
  {
    q: 'Thưa anh, thằng con trai tôi đi xuất khẩu lao động ba năm, nó vẫn còn hộ khẩu ở nhà, tôi có phải đi khai báo tạm vắng cho nó không, làm ở đâu mất tiền không',
    expect: ['1.003677'],
    who: 'elderly',
  },
  { q: 'ông nhà tôi phải đi chữa bệnh ở bệnh viện Hà Nội dài ngày chắc vài tháng, người ta bảo phải khai tạm vắng ở công an xã, cho tôi hỏi cần mang những gì', expect: ['1.003677'], who: 'elderly' },
  {
    q: 'Ông nhà tôi mất được hai tháng rồi, đã làm khai tử, giờ trong sổ hộ khẩu vẫn còn tên ông, tôi muốn xóa tên ông ra khỏi hộ khẩu thì làm ở đâu có phải mang gì không',
    expect: ['1.003197'],
    who: 'elderly',
  },
  {
    q: 'Thưa cô, thằng con trai út tôi sang Mỹ định cư hẳn bên đó mười năm nay rồi mà vẫn còn tên trong hộ khẩu nhà tôi, giờ muốn xóa đăng ký thường trú cho nó thì làm sao',
    expect: ['1.003197'],
    who: 'elderly',
  },
  {
    q: 'cho tôi hỏi nhà tôi có đứa cháu đã chuyển vào Sài Gòn ở hẳn mấy năm, không về nữa, vẫn còn tên trong hộ khẩu, muốn cắt khẩu cho nó thì tôi đi làm được không',
    expect: ['1.003197'],
    who: 'elderly',
  },
  {
    q: 'Sổ hộ khẩu giấy nhà tôi công an thu rồi, giờ làm hồ sơ cho thằng cháu đi học người ta đòi giấy chứng minh nơi ở, tôi muốn xin giấy xác nhận thông tin cư trú thì xin ở đâu',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  {
    q: 'Dạ thưa chú, tôi đi làm thủ tục rút tiền gửi ngân hàng mà người ta bảo phải có giấy xác nhận nơi cư trú vì không còn sổ hộ khẩu, tôi già không biết dùng điện thoại, xin ở đâu',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  {
    q: 'cho bà hỏi bà cần giấy xác nhận bà đang ở thường trú tại xóm này để làm hồ sơ nhận trợ cấp người cao tuổi, ra công an xã xin xác nhận cư trú có mất tiền không',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  {
    q: 'Sổ hộ khẩu của nhà tôi bị mất từ hồi tết, trong đó có tên cả ông bà và hai đứa cháu, giờ muốn làm lại sổ hộ khẩu mới thì lên công an xã hay lên huyện',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, cuốn hộ khẩu cũ của gia đình tôi bị rách nát mất mấy trang, con cháu cần làm giấy tờ, tôi xin cấp lại hộ khẩu được không hay giờ phải làm giấy khác',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  {
    q: 'nhà tôi bị cháy mất cả sổ hộ khẩu lẫn giấy tờ, giờ không biết làm gì để chứng minh cả nhà đang ở đây, cho tôi hỏi bây giờ thay sổ hộ khẩu thì xin giấy gì',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  },
  { q: 'Thằng con trai thứ hai tôi lấy vợ rồi vẫn ở chung một hộ khẩu với ông bà, giờ nó làm nhà riêng cạnh bên muốn tách hộ ra làm chủ hộ riêng thì làm sao', expect: ['1.010038'], who: 'elderly' },
  {
    q: 'Dạ cho tôi hỏi, tôi già rồi muốn chuyển tên chủ hộ sang cho con trai cả đứng, vì tôi hay đau yếu không đi lại được, thay đổi chủ hộ thì có mất tiền không',
    expect: ['1.010039'],
    who: 'elderly',
  },
  { q: 'nhà tôi ba thế hệ chung một hộ khẩu, đứa con gái mới mua nhà ở thôn bên muốn tách khẩu ra lập hộ riêng, thủ tục tách hộ làm ở công an xã mất bao lâu', expect: ['1.010038'], who: 'elderly' },
  { q: 'cho tôi hỏi nhà tôi sắp tổ chức đám cưới cho thằng út, định dựng rạp ra ngoài đường ngõ làng ba ngày, có phải xin phép ai không, xin ở đâu', expect: ['1.013274'], who: 'elderly' },
];

export const LONGQ45_TUNE: readonly CitizenQuery[] = LONGQ45_BATCH.filter((_, i) => i % 2 === 0);
export const LONGQ45_HELD: readonly CitizenQuery[] = LONGQ45_BATCH.filter((_, i) => i % 2 === 1);

export const LONGQ45_NO_ANSWER: readonly CitizenQuery[] = [
  { q: 'Thưa cô, vợ chồng thằng con trai tôi lục đục mấy năm nay, giờ hai đứa thuận tình muốn ly hôn, con cái đã có ông bà nuôi, làm đơn ly hôn thì nộp ở xã được không', expect: [], who: 'elderly' },
  { q: 'Dạ công an thu sổ hộ khẩu giấy của nhà tôi rồi, tôi là người già cứ muốn giữ lại cuốn sổ làm kỷ niệm, xin lại cuốn sổ hộ khẩu cũ có được không', expect: [], who: 'elderly' },
];
