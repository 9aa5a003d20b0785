import type { CitizenQuery } from './dev-set';

/**
 * A development batch for the elderly voice, second pass (issue 17, helper session of 6 Dec 2026): 44 queries
 * written in one sitting at 04:11 UTC, before any procedure name was grepped and before the engine was run on
 * them, aimed at the kinds of miss the first elderly round left: place names inside the story (Sài Gòn, Hà Nội,
 * Đà Nẵng, Cần Thơ, Bình Dương, Đồng Nai, Long An, Tây Ninh, Huế, Thanh Hóa, Nghệ An, Hải Phòng, Bắc Ninh,
 * Quảng Trị; "trên thành phố", "dưới quê", "ngoài Bắc", "trong Nam"), time clauses ("hồi trước", "hồi còn",
 * "lúc", "năm ngoái", "hồi xưa"), deaths and accidents told beside a hospital or a company, "đi làm ăn xa" said
 * of someone else, and "nuôi" in a guardianship story. Shapes vary: place first, time first, request first.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Four have no answer in this catalogue (a court's
 * declaration of disappearance, a divorce, recognition of merit, a war invalid's file): STORY_NO_ANSWER.
 * This is a development set: its misses were read and the engine tuned on them.
 */
export const STORY_DEV: readonly CitizenQuery[] = [
  { q: 'tôi ở Sài Gòn mới về quê, muốn đăng ký thường trú lại ở xã mình thì làm sao cô', expect: ['1.004222'], who: 'elderly' },
  { q: 'con trai tôi lấy vợ người Hà Nội, giờ hai đứa muốn đăng ký kết hôn ở ngoài đó hay ở đây ạ', expect: ['1.000894'], who: 'elderly' },
  { q: 'hồi trước tôi làm ở Đà Nẵng, giờ về hưu muốn xin cấp lại sổ bảo hiểm xã hội bị mất', expect: ['1.002759'], who: 'elderly' },
  { q: 'cháu tôi sinh ở Cần Thơ mà chưa làm giấy khai sinh, giờ về quê làm được không ạ', expect: ['1.001193'], who: 'elderly' },
  { q: 'tôi ở dưới quê lên thành phố chữa bệnh, mất căn cước rồi thì xin cấp lại ở đâu', expect: ['1.014064', '2.001194'], who: 'elderly' },
  { q: 'con gái tôi làm công nhân ở Bình Dương, nó nhờ tôi ở nhà làm giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'elderly' },
  { q: 'tôi có miếng đất ở Đồng Nai, giờ muốn sang tên cho con thì làm thủ tục gì', expect: ['1.013831', '2.001035'], who: 'elderly' },
  { q: 'hồi còn trẻ tôi có bằng lái xe máy, giờ mất rồi muốn cấp lại', expect: ['3.000348'], who: 'elderly' },
  { q: 'lúc tôi sinh con đầu lòng ở Long An chưa làm khai sinh, giờ nó lớn rồi đăng ký khai sinh muộn được không', expect: ['1.001193', '1.004772'], who: 'elderly' },
  { q: 'năm ngoái tôi làm mất sổ đỏ lúc dọn nhà, giờ xin cấp lại thế nào ạ', expect: ['1.012786'], who: 'elderly' },
  { q: 'hồi đó ông bà tôi không đăng ký kết hôn, giờ tôi muốn đăng ký kết hôn cho ông bà được không', expect: ['1.000894'], who: 'elderly' },
  { q: 'con tôi ở Tây Ninh bị tai nạn giao thông mất ở bệnh viện, tôi muốn làm giấy khai tử cho nó', expect: ['1.000656'], who: 'elderly' },
  { q: 'chồng tôi làm ở công ty xây dựng bị tai nạn lao động qua đời, tôi muốn làm khai tử', expect: ['1.000656'], who: 'elderly' },
  { q: 'tôi nuôi đứa cháu ngoại từ nhỏ vì bố mẹ nó mất, giờ muốn làm giám hộ cho nó', expect: ['1.004837'], who: 'elderly' },
  { q: 'bố mẹ cháu đi làm ăn xa, tôi là bà nội ở nhà nuôi cháu, muốn đăng ký giám hộ', expect: ['1.004837'], who: 'elderly' },
  { q: 'tôi ở Huế vào đây ở với con, muốn đăng ký tạm trú thì cần giấy gì ạ', expect: ['1.004194'], who: 'elderly' },
  { q: 'hồi trước tôi ở Hà Nội có hộ khẩu, giờ chuyển vào trong Nam muốn nhập hộ khẩu ở đây', expect: ['1.004222'], who: 'elderly' },
  { q: 'mẹ tôi mất ở bệnh viện Chợ Rẫy trên Sài Gòn, giờ đưa về quê làm giấy báo tử ở đâu ạ', expect: ['1.000656'], who: 'elderly' },
  { q: 'cha tôi hồi còn sống có để lại di chúc, giờ anh em tôi muốn chia thừa kế nhà đất', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'lúc còn đi làm ở công ty tôi có đóng bảo hiểm, giờ muốn lãnh bảo hiểm xã hội một lần', expect: ['1.001613'], who: 'elderly' },
  { q: 'tôi ở Đà Nẵng về, muốn xin giấy xác nhận cư trú cho cháu đi học', expect: ['1.010041'], who: 'elderly' },
  { q: 'năm ngoái con tôi sinh ở bệnh viện tỉnh, giờ mới đi làm khai sinh có bị phạt không', expect: ['1.001193'], who: 'elderly' },
  { q: 'hồi xưa tôi đăng ký kết hôn ở Cần Thơ, giờ mất giấy muốn xin bản sao trích lục', expect: ['2.000635', '1.004746'], who: 'elderly' },
  { q: 'nó làm ở Bình Dương bị tai nạn chết, công ty có đền, giờ tôi cần giấy khai tử để lo giấy tờ', expect: ['1.000656'], who: 'elderly' },
  { q: 'tôi muốn chứng thực bản sao căn cước để gửi cho con ở ngoài Hà Nội', expect: ['2.000815'], who: 'elderly' },
  { q: 'con tôi đi làm ăn xa ở Đồng Nai, nhờ tôi làm hộ thủ tục đăng ký khai sinh cho cháu', expect: ['1.001193'], who: 'elderly' },
  { q: 'ông bà tôi nuôi đứa trẻ bị bỏ rơi ở cổng chùa từ hồi còn nhỏ, giờ muốn nhận làm con nuôi', expect: ['2.001263'], who: 'elderly' },
  { q: 'hồi trước vợ chồng tôi ở Tây Ninh, nay về đây muốn tách hộ cho con trai', expect: ['1.010038'], who: 'elderly' },
  { q: 'lúc ông nhà tôi mất ở trên thành phố không ai làm khai tử, giờ tôi đăng ký khai tử muộn được không', expect: ['1.000656'], who: 'elderly' },
  { q: 'tôi ở Long An lên thăm con, bị mất giấy tờ tùy thân, giờ xin cấp căn cước ở đây được không', expect: ['1.014064', '2.001194'], who: 'elderly' },
  { q: 'cháu tôi làm ở công ty Hàn Quốc ở Bắc Ninh, muốn xin phiếu lý lịch tư pháp để đi xuất khẩu lao động', expect: ['3.000333'], who: 'elderly' },
  { q: 'tôi người Thanh Hóa vào Sài Gòn ở với con lâu rồi, muốn cắt hộ khẩu ngoài quê chuyển vào đây', expect: ['1.004222', '1.003197'], who: 'elderly' },
  { q: 'hồi còn con gái tôi lấy chồng Đài Loan, giờ về nước muốn ghi chú ly hôn ở nước ngoài', expect: ['2.000554'], who: 'elderly' },
  { q: 'năm ngoái chồng tôi mất vì tai nạn ở công trường, tôi muốn hưởng chế độ tử tuất', expect: ['2.000821'], who: 'elderly' },
  { q: 'bà ngoại tôi ở Nghệ An sống một mình, tôi muốn đưa bà về đây đăng ký thường trú ở nhà tôi', expect: ['1.004222'], who: 'elderly' },
  { q: 'tôi ở Hải Phòng, con trai tôi ở Sài Gòn sinh con, tôi muốn biết làm khai sinh cho cháu ở đâu', expect: ['1.001193'], who: 'elderly' },
  { q: 'hồi trước đất này của ông bà ở Bình Dương để lại, giờ muốn làm sổ đỏ lần đầu', expect: ['1.013978', '1.012753'], who: 'elderly' },
  { q: 'tôi bán nhà ở Đà Nẵng, người mua cần tôi công chứng hợp đồng mua bán nhà', expect: ['2.001035'], who: 'elderly' },
  { q: 'con dâu tôi người Đồng Nai mới sinh cháu, tôi đi đăng ký khai sinh cho cháu được không', expect: ['1.001193'], who: 'elderly' },
  { q: 'chồng tôi mất năm ngoái ở bệnh viện Bạch Mai ngoài Hà Nội, tôi muốn đổi tên chủ hộ trong hộ khẩu', expect: ['1.010039'], who: 'elderly' },
];

export const STORY_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'ông nhà tôi ngày xưa đi bộ đội ngoài Bắc, giờ tôi muốn xin xác nhận là người có công', who: 'elderly' },
  { q: 'thằng con tôi đi làm ăn xa ở trong Nam mấy năm nay không liên lạc, tôi muốn tuyên bố nó mất tích', who: 'elderly' },
  { q: 'chồng tôi đi làm ăn xa biệt tăm, giờ tôi muốn ly hôn thì làm sao', who: 'elderly' },
  { q: 'ông nhà tôi hồi chiến tranh bị thương ở Quảng Trị, giờ muốn làm hồ sơ thương binh', who: 'elderly' },
];
