import type { CitizenQuery } from './dev-set';

const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_NEW_OR_CHANGE = [...CARD_NEW, ...CARD_CHANGE];
const CARD_FIX = [...CARD_CHANGE, '1.012564', '1.014060'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const SANG_TEN = ['1.013076'];
const ESTATE = '2.001406';
const SANG_TEN_DI_SAN = [...SANG_TEN, ESTATE];
const REG_REVOKE = ['1.013123', '1.013065'];
const TRANSACTION = '2.001035';
const SELL = [...REG_REVOKE, ...SANG_TEN, TRANSACTION];
const LICENCE_EXPIRED = ['3.000347', '3.000348'];
const BHXH_ONCE = ['1.001613'];
const TU_TUAT = ['2.000821'];
const PENSION_MOVE = ['1.001742'];
const DA_CAM = ['1.004205'];
const BHYT_CARD = ['1.002759'];
const BHYT_LOST = [...BHYT_CARD, '1.001294', '1.001327'];
const BHYT_TORN = [...BHYT_LOST, '1.002438', '1.001321'];
const BHYT_DIRECT = ['1.001656'];
const HKD_NEW = ['1.001612'];
const HKD_END = ['1.001266'];
const MST_CLOSE = '1.007607';
const HKD_TAX = ['1.011022'];
const SAO_Y = ['2.000815'];
const SIGNATURE = ['2.000884'];
const UY_QUYEN = [...SIGNATURE, TRANSACTION];
const LINH_THAY = '1.001601';
const LLTP = ['3.000333', '3.000330'];
const PASSPORT = ['1.001456', '1.001471'];

/**
 * Elderly people telling long stories before the ask, in the fields that are not land or civil status (issue 17,
 * helper session of 7 Dec 2026): queries written in one sitting at 01:54 UTC
 * (docs/search-drafts/elderly60-draft-20261207T0154Z.txt), before any procedure name was grepped and before the
 * engine was run on them. 25 situations × 3 elderly speakers (a grandmother, a grandfather, an old person asking for
 * a neighbour), every one `who: 'elderly'`, 20–45 words with diacritics, wandering through names, years, illnesses,
 * the children's jobs and the queue before the need: the chip ID card at home for a bedridden man, a wrong birth year
 * on the card, the card lost with a wallet, an old motorbike still in a dead relative's name, selling a car, a driving
 * licence expired long ago, the one-off social insurance payment, the funeral allowance and the survivor's allowance
 * when a pensioner dies, moving a pension to another province, Agent Orange, a lost or torn health card, changing the
 * registered clinic, paying back a bill paid in cash, opening, closing and taxing a household shop, certified copies,
 * signatures, a power of attorney with a child abroad, the criminal record and the passport.
 * Labelled afterwards by grepping the crawl, with the codes earlier batches use (card twins at commune, province and
 * ministry; a dead man's motorbike accepts the transfer and the estate division, and selling it also the revocation
 * and the sale contract; the power of attorney accepts the signature and the transaction, and the proxy for social
 * insurance payments when the story is about a pension or insurance money). Three situations (a veteran's funeral
 * support, moving a martyr's remains, taking over a martyr's worship) have no procedure in the catalogue (as
 * social15/welfare23 found) and went with the six questions drafted as such to ELDERLY60_NO_ANSWER.
 */
export const ELDERLY60_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, ông nhà tôi năm nay tám mươi bảy tuổi, bị tai biến từ năm ngoái nằm một chỗ không đi được, mà cái thẻ căn cước gắn chip thì chưa làm, giờ cán bộ có đến tận nhà làm cho ông được không ạ?',
    expect: CARD_NEW_OR_CHANGE,
    who: 'elderly',
  },
  {
    q: 'Chào chú, tôi năm nay tám mươi hai, chân bị thoái hóa khớp đi lại khó lắm, con trai thì đi làm ở Bình Dương không ai chở lên đây, tôi muốn hỏi xin làm thẻ căn cước mà có người về tận nhà chụp ảnh lấy vân tay không?',
    expect: CARD_NEW_OR_CHANGE,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi hỏi giùm ông hàng xóm nhà bên, ông ấy chín mươi tuổi rồi, liệt hai chân, con cháu đi làm xa hết, ông chưa có căn cước gắn chip, nghe nói công an làm lưu động tại nhà, phải đăng ký thế nào ạ?',
    expect: CARD_NEW_OR_CHANGE,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi sinh năm bốn mươi tám, giấy khai sinh ghi rõ ràng, mà cái thẻ căn cước mới làm năm kia lại in thành năm năm mươi tám, đi lĩnh tiền ở bưu điện người ta cứ hỏi mãi, giờ tôi muốn sửa lại năm sinh trên thẻ thì làm sao?',
    expect: CARD_FIX,
    who: 'elderly',
  },
  {
    q: 'Anh cho tôi hỏi, cái thẻ căn cước của tôi ghi sai năm sinh, tôi sinh năm một nghìn chín trăm bốn mươi hai mà thẻ ghi bốn mươi ba, hồi đó đông người quá tôi không xem kỹ, giờ muốn đổi lại thẻ cho đúng thì phải mang giấy tờ gì?',
    expect: CARD_FIX,
    who: 'elderly',
  },
  {
    q: 'Tôi đến hỏi giúp bà cụ hàng xóm, bà ấy tám mươi tư tuổi, mắt kém không đọc được, con cháu mới phát hiện thẻ căn cước của bà ghi sai năm sinh so với hộ khẩu cũ, bây giờ muốn điều chỉnh lại thông tin trên thẻ thì làm ở đâu ạ?',
    expect: CARD_FIX,
    who: 'elderly',
  },
  {
    q: 'Khổ lắm cô ạ, sáng thứ bảy tôi đi chợ huyện mua mấy cân gạo, chen chúc thế nào bị móc mất cái ví, trong đó có ít tiền với cái thẻ căn cước, tiền thì thôi, giờ tôi muốn làm lại cái thẻ căn cước thì phải làm những gì?',
    expect: CARD_LOST,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi đi tàu ra Hà Nội thăm thằng cháu học đại học, lúc về mới biết rơi mất cái ví da cũ, trong có thẻ căn cước với thẻ bảo hiểm, tôi đã báo công an ga rồi, giờ xin cấp lại thẻ căn cước ở đây được không?',
    expect: CARD_LOST,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, bà Tư hàng xóm tôi năm nay tám mươi, đi lễ chùa hôm rằm bị rơi mất ví, mất luôn cái thẻ căn cước gắn chip, bà nhờ tôi hỏi giùm làm lại thẻ mất bao lâu và có tốn tiền không ạ?',
    expect: CARD_LOST,
    who: 'elderly',
  },
  {
    q: 'Cô ạ, ông nhà tôi mất năm hai nghìn mười chín vì bệnh phổi, để lại cái xe Dream cũ vẫn đứng tên ông, nay thằng út muốn chạy đi làm mà sợ công an hỏi giấy tờ, tôi muốn làm thủ tục sang tên xe máy của người đã chết cho con thì làm thế nào?',
    expect: SANG_TEN_DI_SAN,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi chút, cái xe Cub năm tám mươi mấy của ông anh tôi, ông ấy mất cách đây ba năm, giấy đăng ký vẫn tên ông ấy, các cháu ông ấy đều đồng ý để lại cho tôi đi, giờ muốn đổi sang tên tôi thì phải giấy tờ gì?',
    expect: SANG_TEN_DI_SAN,
    who: 'elderly',
  },
  {
    q: 'Chị ơi, tôi hỏi giùm chị hàng xóm góa chồng, anh ấy mất vì tai nạn năm kia, cái xe máy Wave vẫn đứng tên anh ấy, chị ấy muốn bán đi lấy tiền cho con đi học mà không biết làm sao chuyển tên chủ xe được ạ?',
    expect: [...SANG_TEN_DI_SAN, ...REG_REVOKE, TRANSACTION],
    who: 'elderly',
  },
  {
    q: 'Cô ơi, ông nhà tôi mua cái ô tô bảy chỗ đứng tên tôi từ năm hai nghìn mười lăm để chở cả nhà về quê, nay ông mất rồi, tôi già không lái được, có người hàng xóm hỏi mua, bán xe ô tô thì phải làm thủ tục gì ạ?',
    expect: SELL,
    who: 'elderly',
  },
  {
    q: 'Anh cho tôi hỏi, tôi năm nay bảy mươi tám, mắt mờ bác sĩ bảo không nên lái xe nữa, tôi định bán cái xe ô tô cho đứa cháu họ, người ta bảo phải nộp lại biển số và giấy đăng ký trước, việc đó làm ở đâu?',
    expect: SELL,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi thay ông Sáu hàng xóm, ông ấy nằm viện tim mạch cả tháng nay, cần tiền chữa bệnh nên bán cái xe tải nhỏ chở hàng ngày trước, người mua giục làm giấy tờ, thủ tục bán xe và sang tên phải làm như thế nào ạ?',
    expect: SELL,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi có cái bằng lái ô tô từ hồi còn đi làm ở công ty vận tải, hết hạn từ năm hai nghìn mười hai, giờ con gái mua xe muốn tôi thỉnh thoảng lái đưa cháu đi học, bằng quá hạn lâu thế có cấp lại được không ạ?',
    expect: LICENCE_EXPIRED,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi lái xe khách ba chục năm, nghỉ hưu năm hai nghìn mười lăm thì bằng lái hạng D cũng hết hạn luôn, nay thằng con mở xưởng cần người lái xe chở hàng, tôi muốn làm lại bằng lái đã quá hạn thì có phải thi lại không?',
    expect: LICENCE_EXPIRED,
    who: 'elderly',
  },
  {
    q: 'Cô cho tôi hỏi giúp anh hàng xóm, anh ấy đi xuất khẩu lao động bên Đài Loan tám năm mới về, bằng lái xe ô tô hết hạn từ lâu rồi, giờ muốn đi lái taxi, người ta bảo phải sát hạch lại, vậy làm hồ sơ ở đâu ạ?',
    expect: LICENCE_EXPIRED,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, con gái tôi làm công nhân may ở khu công nghiệp được bảy năm thì công ty đóng cửa, nó ở nhà trông con nhỏ hơn một năm rồi không đi làm lại, nó nhờ tôi hỏi giúp muốn rút bảo hiểm xã hội một lần thì làm ở đâu ạ?',
    expect: BHXH_ONCE,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi chút, tôi có đóng bảo hiểm xã hội mười hai năm khi làm bảo vệ cho công ty xây dựng, nay sáu mươi tám tuổi không đủ hai mươi năm để có lương hưu, tôi muốn nhận tiền bảo hiểm một lần cho xong thì làm hồ sơ thế nào?',
    expect: BHXH_ONCE,
    who: 'elderly',
  },
  {
    q: 'Chị ơi, tôi hỏi giùm cô hàng xóm, cô ấy bị ung thư giai đoạn cuối, trước làm ở nhà máy gạch mười năm có đóng bảo hiểm xã hội, nghe nói bệnh nặng thì được lĩnh bảo hiểm một lần luôn, giấy tờ phải chuẩn bị những gì?',
    expect: BHXH_ONCE,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, ông nhà tôi nghỉ hưu từ ngành giáo dục, ông mới mất tháng trước vì tuổi già, đám tang lo xong rồi, người ta bảo gia đình được nhận tiền mai táng phí của bảo hiểm xã hội, tôi muốn hỏi làm giấy tờ thế nào ạ?',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Anh ơi, bà cụ thân sinh tôi hưởng lương hưu bên bưu điện, cụ mất hôm mùng ba tết thọ chín mươi hai tuổi, anh em chúng tôi muốn làm thủ tục báo giảm lương hưu và xin trợ cấp mai táng thì nộp ở đâu?',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi thay bà hàng xóm, chồng bà là công nhân đường sắt về hưu, ông ấy mất tuần trước do đột quỵ, bà ấy không biết chữ nhiều, nhờ tôi hỏi giùm tiền mai táng của người hưởng lương hưu chết thì lĩnh thế nào ạ?',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, chồng tôi là bộ đội chuyển ngành sang lâm trường, có lương hưu, ông mất năm nay, tôi thì bảy mươi lăm tuổi không có lương gì, nghe nói vợ người hưu chết được hưởng tiền tuất hằng tháng, tôi muốn xin thì làm sao?',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, vợ tôi làm y tá bệnh viện huyện về hưu, bà ấy mất vì ung thư hồi tháng tám, tôi già rồi lại bị bệnh tiểu đường không có thu nhập, các con bảo tôi xin trợ cấp tuất hằng tháng, hồ sơ gồm những gì?',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi hỏi giúp thằng cháu mồ côi nhà bên, bố nó làm công nhân cao su đóng bảo hiểm hai mươi năm, mất vì tai nạn lao động, nó mới mười hai tuổi sống với bà nội, có được hưởng tiền tuất hằng tháng không ạ?',
    expect: TU_TUAT,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi hưởng lương hưu ở Nghệ An hai chục năm nay, giờ già yếu rồi con gái đón vào Sài Gòn ở cùng để tiện chăm sóc, mỗi tháng về quê lĩnh lương xa lắm, tôi muốn chuyển nơi nhận lương hưu vào đây thì làm thế nào?',
    expect: PENSION_MOVE,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi chút, tôi là cán bộ về hưu ở Thái Bình, năm nay chuyển lên Lạng Sơn ở với thằng con trai làm ở cửa khẩu, tiền lương hưu vẫn nhận ở dưới quê, tôi xin chuyển lương hưu lên tỉnh này có được không?',
    expect: PENSION_MOVE,
    who: 'elderly',
  },
  {
    q: 'Chị cho tôi hỏi giùm ông Bảy hàng xóm mới dọn đến, ông ấy về hưu ở Đắk Lắk, vợ mất nên ra đây ở với con gái, mỗi lần lĩnh lương hưu phải nhờ người nhận hộ rồi gửi ra, muốn chuyển hẳn nơi hưởng lương hưu về đây ạ.',
    expect: PENSION_MOVE,
    who: 'elderly',
  },
  {
    q: 'Thưa cô, chồng tôi đi bộ đội ở Tây Ninh những năm bảy hai bảy ba, về quê sinh con thì đứa con trai bị dị tật, ông thì bị ung thư phổi, bác sĩ bảo có thể do chất độc da cam, tôi muốn làm hồ sơ công nhận cho ông ạ.',
    expect: DA_CAM,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi đi chiến trường B từ năm sáu tám, bị phơi nhiễm chất độc hóa học, giờ bảy mươi chín tuổi mắc bệnh tiểu đường với bệnh da, đứa cháu ngoại cũng bị dị tật, xin được hưởng chế độ chất độc da cam thì làm thế nào?',
    expect: DA_CAM,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi hỏi thay ông cụ hàng xóm, ông đánh Mỹ ở miền Đông Nam Bộ, hai đứa con sinh ra đều bị thiểu năng, ông đã già lẫn rồi, vợ ông nhờ tôi hỏi thủ tục xin công nhận người bị nhiễm chất độc da cam ạ.',
    expect: DA_CAM,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi bảy mươi chín tuổi được nhà nước cấp thẻ bảo hiểm y tế miễn phí, hôm đi khám mắt ở bệnh viện huyện về thì rơi đâu mất cái thẻ, tháng sau lại phải đi tái khám huyết áp, tôi muốn xin cấp lại thẻ bảo hiểm y tế ạ.',
    expect: BHYT_LOST,
    who: 'elderly',
  },
  {
    q: 'Anh ơi, tôi là thương binh được cấp thẻ bảo hiểm y tế, lũ năm ngoái nước vào nhà trôi mất hết giấy tờ, thẻ bảo hiểm cũng mất, giờ đi khám bệnh phổi người ta đòi thẻ, làm lại cái thẻ bảo hiểm y tế thì nộp đâu?',
    expect: BHYT_LOST,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi hỏi giùm bà Năm nhà bên, bà ấy ở một mình, con cái đi làm xa, cái thẻ bảo hiểm y tế bị con chó gặm rách nát không đọc được chữ, bà muốn đổi thẻ mới để đi khám bệnh tim thì làm thế nào ạ?',
    expect: BHYT_TORN,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, thẻ bảo hiểm y tế của tôi đăng ký khám ở trạm y tế xã bên kia sông, đi đò xa lắm, tôi bị thấp khớp mỗi lần đi khám khổ sở, tôi muốn đổi nơi khám chữa bệnh ban đầu về bệnh viện huyện gần nhà được không ạ?',
    expect: BHYT_CARD,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi mới chuyển về ở với con gái ở thị trấn, thẻ bảo hiểm y tế vẫn ghi nơi đăng ký khám bệnh ở trạm xá xã cũ cách ba chục cây số, tôi muốn đổi nơi đăng ký khám bệnh ban đầu về gần đây thì làm sao?',
    expect: BHYT_CARD,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giúp ông cụ hàng xóm, ông bị suy thận phải chạy thận ở bệnh viện tỉnh, mà thẻ bảo hiểm y tế lại đăng ký ở phòng khám khu vực, mỗi lần đi phải xin giấy chuyển viện, ông muốn chuyển nơi đăng ký khám ban đầu ạ.',
    expect: BHYT_CARD,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tháng trước tôi về quê ngoại ăn giỗ thì bị ngã gãy tay, người nhà đưa vào bệnh viện tư gần đó mổ, lúc ấy quên mang thẻ bảo hiểm y tế nên phải trả hết tiền, giờ tôi muốn xin bảo hiểm thanh toán lại tiền viện phí ạ.',
    expect: BHYT_DIRECT,
    who: 'elderly',
  },
  {
    q: 'Anh cho tôi hỏi, tôi đi thăm con ở Đà Nẵng bị đau bụng cấp cứu, mổ ruột thừa hết mười mấy triệu, bệnh viện bảo thẻ bảo hiểm không dùng được vì không mang theo, tôi có giữ hóa đơn, giờ xin hoàn trả tiền khám chữa bệnh thế nào?',
    expect: BHYT_DIRECT,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giúp bà hàng xóm, bà đi cấp cứu đột quỵ ban đêm, con cái cuống quá không mang thẻ bảo hiểm y tế, phải tự trả tiền viện phí hết hai chục triệu, giờ bà muốn làm hồ sơ đề nghị thanh toán trực tiếp với bảo hiểm xã hội ạ.',
    expect: BHYT_DIRECT,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi nghỉ bán rau ngoài chợ vì đau lưng, giờ muốn mở cái quán tạp hóa nhỏ ngay trước cửa nhà bán mì gói, nước mắm, dầu ăn cho bà con trong xóm, nghe nói phải đăng ký kinh doanh hộ gia đình, làm ở đâu ạ?',
    expect: HKD_NEW,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi về hưu rồi ngồi không buồn, thằng con út thất nghiệp, hai bố con tính mở quán sửa xe đạp xe máy đầu ngõ, tôi muốn xin giấy phép đăng ký hộ kinh doanh cho đàng hoàng thì cần giấy tờ gì?',
    expect: HKD_NEW,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm chị hàng xóm, chồng chị ấy mất sớm, một mình nuôi ba con, chị muốn mở quán bán cơm bình dân ở nhà để kiếm sống, chị không biết chữ nhiều nên nhờ tôi hỏi thủ tục đăng ký hộ kinh doanh ạ.',
    expect: HKD_NEW,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, cái quán tạp hóa của tôi mở từ năm hai nghìn lẻ năm, giờ siêu thị mini mọc lên khắp nơi, bán không được, tôi lại hay ốm, các con bảo đóng cửa nghỉ hẳn, tôi muốn làm thủ tục chấm dứt hộ kinh doanh ạ.',
    expect: HKD_END,
    who: 'elderly',
  },
  {
    q: 'Anh ơi, quán sửa xe của tôi có đăng ký hộ kinh doanh, nay tôi tám mươi tuổi mắt mờ tay run không làm nổi nữa, thằng con lại đi nước ngoài, tôi muốn trả lại giấy đăng ký kinh doanh và nghỉ hẳn thì làm thế nào?',
    expect: HKD_END,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi thay bà Hai hàng xóm, bà ấy bán quán nước được mười năm, năm nay ông nhà bị tai biến phải ở nhà chăm ông, bà muốn đóng cửa quán, xóa tên hộ kinh doanh để khỏi phải nộp thuế nữa ạ.',
    expect: [...HKD_END, MST_CLOSE],
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi bán tạp hóa nhỏ ở nhà, năm nay chi cục thuế gửi giấy bảo phải khai thuế khoán, tôi già mắt kém không biết điền tờ khai, con cháu đi làm xa hết, tôi muốn hỏi hộ kinh doanh khai thuế thì làm ở đâu ạ?',
    expect: HKD_TAX,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi mở quán sửa xe có đăng ký, tháng trước thuế gửi thông báo tiền thuế khoán tăng gấp đôi, doanh thu thì ít lắm, khách chẳng có mấy, tôi muốn khai lại doanh thu để nộp thuế cho đúng thì làm sao?',
    expect: HKD_TAX,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm chị hàng xóm bán cơm bình dân, chị ấy mới đăng ký hộ kinh doanh, giờ không biết phải nộp thuế thế nào, kê khai ở đâu, mỗi năm nộp mấy lần, chị nhờ tôi hỏi giúp ạ.',
    expect: HKD_TAX,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, cháu gái tôi đang ôn thi đại học, nó nhờ bà đi photo giấy khai sinh, học bạ với căn cước rồi mang lên xã chứng thực bản sao để nộp hồ sơ, tôi hỏi cô làm ở bàn nào và mỗi tờ mất bao nhiêu tiền ạ?',
    expect: SAO_Y,
    who: 'elderly',
  },
  {
    q: 'Anh ơi, tôi cần làm mấy bản sao công chứng sổ hưu với quyết định nghỉ hưu để nộp cho bảo hiểm, con gái bảo phải mang bản gốc lên xã đóng dấu chứng thực, tôi đi từ sáng xếp hàng mãi, chứng thực bản sao ở đâu?',
    expect: SAO_Y,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi thay ông hàng xóm, ông ấy nhờ tôi mang bằng tốt nghiệp của thằng cháu ra chứng thực sao y bản chính để nó nộp hồ sơ xin việc, tôi không phải người nhà thì có chứng thực giùm được không ạ?',
    expect: SAO_Y,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, tôi viết cái giấy cam kết cho con gái vay tiền ngân hàng mua nhà, ngân hàng bảo chữ ký của tôi phải có xác nhận của xã, tôi đã bảy mươi mấy tuổi ký run tay, tôi muốn chứng thực chữ ký thì làm thế nào ạ?',
    expect: SIGNATURE,
    who: 'elderly',
  },
  {
    q: 'Chú cho tôi hỏi, tôi làm đơn đề nghị gửi công ty bảo hiểm nhân thọ, họ yêu cầu chứng thực chữ ký người viết đơn, tôi đi khám bệnh về tiện ghé qua đây, chứng thực chữ ký có cần mang theo người làm chứng không?',
    expect: SIGNATURE,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm ông cụ nhà bên, ông ấy không biết chữ, chỉ điểm chỉ được, cần ký vào tờ giấy xác nhận gửi con ở nước ngoài, người ta bảo phải chứng thực chữ ký hoặc điểm chỉ, người không biết ký thì làm thế nào ạ?',
    expect: SIGNATURE,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, thằng con cả tôi đi xuất khẩu lao động bên Hàn Quốc năm năm nay, nó có tiền bảo hiểm và mấy thứ giấy tờ cần giải quyết ở nhà, nó muốn làm giấy ủy quyền cho tôi đứng ra làm thay, ủy quyền thì làm ở đâu ạ?',
    expect: [...UY_QUYEN, LINH_THAY],
    who: 'elderly',
  },
  {
    q: 'Chú ơi, con gái tôi lấy chồng bên Đài Loan, nó có cái xe máy đứng tên để ở nhà, nó muốn ủy quyền cho bố bán giùm, nó gửi giấy về thì có phải chứng thực gì không, hay tôi phải làm hợp đồng ủy quyền ở đây?',
    expect: UY_QUYEN,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm bà hàng xóm, con bà ấy định cư bên Mỹ hai chục năm, bà già yếu rồi muốn lập giấy ủy quyền cho đứa cháu ở gần lo việc lĩnh lương hưu và giấy tờ nhà cửa, làm giấy ủy quyền có phải ra phòng công chứng không ạ?',
    expect: [...UY_QUYEN, LINH_THAY],
    who: 'elderly',
  },
  {
    q: 'Cô ơi, thằng cháu nội tôi học xong trung cấp, được công ty môi giới cho đi làm điều dưỡng ở Nhật Bản, họ đòi phiếu lý lịch tư pháp, bố mẹ nó đi làm ăn trong Nam, tôi là bà nội có xin giùm được không ạ?',
    expect: LLTP,
    who: 'elderly',
  },
  {
    q: 'Anh ơi, tôi bảy mươi hai tuổi, định sang Úc thăm con gái và ở lâu, sứ quán yêu cầu giấy chứng nhận không có tiền án tiền sự, cả đời tôi làm ruộng chưa vi phạm gì, giấy ấy xin ở đâu?',
    expect: LLTP,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi thay cô cháu hàng xóm, nó thi đỗ giáo viên hợp đồng trường tiểu học, nhà trường bắt nộp lý lịch tư pháp, nó đang đi tập huấn ở tỉnh chưa về, nhờ tôi hỏi xin lý lịch tư pháp ở đâu, mấy ngày có ạ?',
    expect: LLTP,
    who: 'elderly',
  },
  {
    q: 'Cô ơi, con gái tôi lấy chồng Hàn Quốc sinh cháu ngoại đầu lòng, nó mời tôi sang chơi mấy tháng, cả đời tôi chưa đi máy bay, chưa có hộ chiếu, tôi muốn làm hộ chiếu thì phải lên tỉnh hay làm ở huyện được ạ?',
    expect: PASSPORT,
    who: 'elderly',
  },
  {
    q: 'Chú ơi, tôi có cái hộ chiếu làm từ năm hai nghìn mười hai đi thăm con ở Đức, giờ hết hạn lâu rồi, năm nay con trai lại đón sang dự đám cưới cháu, tôi muốn làm lại hộ chiếu mới thì cần mang theo gì?',
    expect: PASSPORT,
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm ông bà hàng xóm, hai ông bà tám mươi tuổi muốn sang Mỹ thăm con trai định cư bên đó, chưa bao giờ làm hộ chiếu, đi lại khó khăn, có làm hộ chiếu online hay có ai đến nhà làm được không ạ?',
    expect: PASSPORT,
    who: 'elderly',
  },
];

/** Even positions: may be tuned on. */
export const ELDERLY60_TUNE: readonly CitizenQuery[] = ELDERLY60_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const ELDERLY60_HELD: readonly CitizenQuery[] = ELDERLY60_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No procedure in the catalogue: a veteran's or war invalid's funeral support, moving a martyr's remains, taking over
 * a martyr's worship (the catalogue's people-of-merit entries are only police ones and broken Hà Tĩnh notices), and
 * six questions drafted as unanswerable (the pension's payday, a bus, the old people's club outing, a medicine on TV,
 * the phone's language, the toilet).
 */
export const ELDERLY60_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Cô ơi, ông nhà tôi đi bộ đội chống Mỹ ở chiến trường Quảng Trị, có huân chương kháng chiến, ông mất tháng trước mà không có lương hưu, nghe nói người có công mất thì gia đình được hỗ trợ tiền mai táng, tôi muốn làm hồ sơ ạ.',
    who: 'elderly',
  },
  {
    q: 'Anh ơi, anh trai tôi là thương binh hạng hai trên bốn, mất hôm rằm tháng bảy, nhà chỉ có tôi là em lo đám, bà con bảo thương binh chết thì được trợ cấp mai táng và trợ cấp một lần, tôi phải làm giấy tờ gì?',
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm bà hàng xóm, chồng bà ấy là cựu chiến binh đánh biên giới phía Bắc năm bảy chín, ông mất hôm qua, nhà nghèo lắm, bà hỏi có được nhà nước hỗ trợ mai táng phí cho cựu chiến binh không ạ?',
    who: 'elderly',
  },
  {
    q: 'Thưa cô, chồng tôi hy sinh năm bảy mươi ba ở chiến trường Campuchia, mãi đến năm hai nghìn mười mới tìm được mộ ở nghĩa trang Tây Ninh, nay tôi tám mươi hai tuổi rồi, muốn đưa hài cốt ông về quê an táng trước khi tôi nhắm mắt ạ.',
    who: 'elderly',
  },
  {
    q: 'Anh ơi, bố tôi là liệt sĩ, mộ nằm ở nghĩa trang tận Bình Phước, mẹ tôi mất rồi, anh em chúng tôi cũng già cả, muốn đưa hài cốt bố về nghĩa trang quê nhà cho tiện hương khói, thủ tục di chuyển mộ liệt sĩ thế nào ạ?',
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giùm bà cụ hàng xóm, con trai bà là liệt sĩ hy sinh ở biên giới năm tám tư, mộ ở Hà Giang, bà chín mươi tuổi đi không nổi, muốn xin đưa hài cốt con về nghĩa trang xã mình thì giấy tờ ra sao ạ?',
    who: 'elderly',
  },
  {
    q: 'Cô ơi, chú em chồng tôi là liệt sĩ, trước mẹ chồng tôi nhận tiền thờ cúng, cụ mất năm ngoái rồi, họ hàng thống nhất để vợ chồng tôi thờ cúng chú, vậy tôi muốn nhận tiếp tiền trợ cấp thờ cúng liệt sĩ thì làm sao ạ?',
    who: 'elderly',
  },
  {
    q: 'Chú cho tôi hỏi, ông anh cả tôi hy sinh năm sáu tám không có vợ con, bố mẹ tôi mất cả rồi, giờ tôi là em trai đứng ra thờ cúng anh, người ta bảo phải làm giấy ủy quyền thờ cúng liệt sĩ mới được nhận trợ cấp, đúng không?',
    who: 'elderly',
  },
  {
    q: 'Tôi hỏi giúp ông hàng xóm, anh trai ông ấy là liệt sĩ, người thờ cúng trước là chị gái ông vừa mất vì bệnh gan, giờ gia đình cử ông ấy thờ cúng thay, cần làm những giấy tờ gì để hưởng tiền thờ cúng hàng năm ạ?',
    who: 'elderly',
  },
  { q: 'Cô ơi, tôi lĩnh lương hưu ở bưu điện xã, tháng này đến mùng mười rồi mà chưa thấy báo, bà con trong xóm cũng hỏi nhau, cô cho tôi hỏi tháng này bao giờ thì có lương hưu ạ?', who: 'elderly' },
  { q: 'Cô ơi, tôi đi khám ở bệnh viện huyện sáng nay, giờ muốn bắt xe buýt về xã Tân Lập, cô cho tôi hỏi xe buýt số mấy đi qua chợ xã và mấy giờ có chuyến cuối ạ?', who: 'elderly' },
  { q: 'Cô ơi, tôi năm nay tám mươi mốt, nghe loa phường nói hội người cao tuổi tổ chức đi tham quan đền Hùng, tôi muốn đăng ký đi cùng thì ghi tên ở đâu và mất bao nhiêu tiền ạ?', who: 'elderly' },
  { q: 'Anh ơi, hôm nọ tôi thấy trên ti vi nói thuốc bổ xương khớp chữa khỏi hẳn thoái hóa, con gái định mua cho tôi, anh cho tôi hỏi thuốc ấy có thật không hay lừa đảo ạ?', who: 'elderly' },
  {
    q: 'Cô ơi, cái điện thoại thông minh thằng cháu mua cho tôi cứ hiện chữ tiếng Anh, tôi không đọc được, cô chỉ giúp tôi cách chỉnh sang tiếng Việt để gọi video cho con bên Nhật với ạ.',
    who: 'elderly',
  },
  { q: 'Chú cho tôi hỏi, nhà vệ sinh ở trụ sở này ở đâu, tôi ngồi chờ từ sáng đến giờ, tuổi già đi tiểu nhiều, mà cái ghế chờ cũng cứng quá, chú chỉ giúp tôi với ạ.', who: 'elderly' },
];
