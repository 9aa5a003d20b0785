import type { CitizenQuery } from './dev-set';

/** Batch elderly74 (issue 17): elderly people (65 to 90) at a commune counter in the Red River delta or the centre, telling a long
 * story (15 to 45 words) before the ask, on errands other than land and civil status: pensions and social insurance, health
 * insurance cards, allowances for the old and the disabled, people of merit, ID cards and residence, vehicles and driving
 * licences, household businesses, certified copies and signatures, courts, enforcement and legal aid, taxes and fees. One voice
 * only (elderly), with grandmothers, grandfathers and old people asking for a neighbour or relative, some typed without
 * diacritics. All queries were written before the catalogue was read, in docs/search-drafts/elderly74-draft-20261207T1344Z.txt
 * (sha256 200c81f6005bf3aa12af35859459f062cd2e5038adf686f540f7203143b0f68a), then labelled against
 * server/seed/tthc/national-crawl.jsonl.gz with the query text kept byte for byte.
 * Counts: labelled 51 (elderly 51, rural 0, young 0), no answer 22. */
// Social insurance (BHXH): survivor benefits include the funeral grant (trợ cấp mai táng) and the monthly or lump-sum tuất.
const TU_TUAT = ['2.000821'];
const CHUYEN_NOI_HUONG_LUONG_HUU = ['1.001742'];
// Reissue, exchange or correction of the social insurance book and the health insurance card is one BHXH procedure.
const CAP_LAI_SO_THE_BHXH_BHYT = ['1.002759'];
const BHXH_MOT_LAN = ['1.001613'];
// Household health insurance is registered under "người chỉ tham gia BHYT". The Bộ Công an cấp/cấp lại thẻ BHYT records
// (1.001294, 2.000639 …) are for police staff and their relatives only, so they are not answers.
const BHYT_HO_GIA_DINH = ['1.001939'];
// Someone still holding a 9-digit CMND gets a first căn cước card ("cấp"), not a "cấp đổi" (commune, province, central).
const CAP_CAN_CUOC = ['1.014061', '2.000200', '1.001247'];
// The bedridden father's query does not say whether he already has a card: cấp or cấp đổi.
const CAP_HOAC_DOI_CAN_CUOC = ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'];
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194', '1.000757'];
const THUONG_TRU = ['1.004222'];
const TAM_VANG = ['1.003677'];
const TAM_TRU = ['1.004194'];
const XOA_THUONG_TRU = ['1.003197'];
const XAC_NHAN_CU_TRU = ['1.010041'];
// The buyer registers the transfer; the multi-owner case (handwritten sale, seller dead) is handled in the same procedure.
const SANG_TEN_XE = ['1.013076'];
// Scrapped vehicle: return registration and plate (counter or fully online).
const THU_HOI_DANG_KY_XE = ['1.013123', '1.013065'];
const CAP_LAI_DANG_KY_XE = ['1.013082', '1.013080'];
const DOI_GPLX = ['3.000347'];
const CAP_LAI_GPLX = ['3.000348'];
// A licence expired by more than the grace period is re-tested and issued under "Cấp giấy phép lái xe" (its dossier covers
// "giấy phép lái xe quá thời hạn sử dụng").
const GPLX_QUA_HAN = ['3.000346'];
const DANG_KY_HKD = ['1.001612'];
// The closure procedure itself checks tax obligations with the tax office, so no separate tax procedure is needed.
const CHAM_DUT_HKD = ['1.001266'];
const THAY_DOI_HKD = ['2.000720'];
const SAO_Y = ['2.000815'];
// Signature on a letter authorising someone to collect a pension, plus the BHXH procedure for collecting on someone's behalf.
const UY_QUYEN_LINH_LUONG_HUU = ['2.000884', '1.001601'];
// At the commune an authorisation over papers and savings is certified either as a transaction on movable property or, as a
// letter of authorisation, by signature certification.
const HOP_DONG_UY_QUYEN = ['2.001035', '2.000884'];
const DI_CHUC = ['2.001019'];
// The only court procedure for filing a lawsuit (online submission of đơn khởi kiện).
const KHOI_KIEN = ['3.000163'];
const SAO_BAN_AN = ['3.000165'];
const THI_HANH_AN = ['1.003091'];
const TRO_GIUP_PHAP_LY = ['2.000829'];
// A grandparent can ask by authorisation; the province procedure for citizens with a known residence.
const LY_LICH_TU_PHAP = ['3.000333'];
const THUE_CHO_THUE_NHA = ['1.007689'];
const MA_SO_THUE_CA_NHAN = ['1.008498'];
// A former employee who has left settles PIT directly with the tax office and claims the refund on that return.
const HOAN_THUE_TNCN = ['2.002233'];
const XAC_NHAN_SO_CMND = ['1.012566'];
const DINH_DANH_MUC_2 = ['3.000228'];

const ELDERLY74_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Chồng tôi là bộ đội nghỉ hưu, ông ấy mới mất tháng trước, tôi năm nay 78 tuổi không có lương hưu gì cả. Cho tôi hỏi tôi có được hưởng tiền tuất hàng tháng của ông không, làm giấy tờ ở đâu ạ?',
    expect: TU_TUAT,
    who: 'elderly',
  }, // s01
  { q: 'Ông nhà tui hưởng lương hưu mấy chục năm, nay ổng mất rồi, tui già yếu không ai nuôi con cái. Làm răng để được lãnh tiền tuất hằng tháng của ổng rứa cô?', expect: TU_TUAT, who: 'elderly' }, // s01
  {
    q: 'Bố tôi đang hưởng lương hưu thì mất hôm rằm vừa rồi, nghe nói bảo hiểm xã hội có trả tiền mai táng phí. Cô cho hỏi cần mang giấy chứng tử với những giấy gì đến nộp ạ?',
    expect: TU_TUAT,
    who: 'elderly',
  }, // s02
  {
    q: 'Tôi về hưu ở Nam Định, giờ già rồi chuyển vào Đà Nẵng ở với con gái cho tiện chăm sóc. Tôi muốn chuyển chỗ lĩnh lương hưu vào trong này thì làm thủ tục thế nào?',
    expect: CHUYEN_NOI_HUONG_LUONG_HUU,
    who: 'elderly',
  }, // s03
  {
    q: 'toi 81 tuoi, nhan luong huu o Thai Binh nhung nay ve o han voi con trai o Ha Noi, muon chuyen noi nhan luong huu ve day cho gan thi lam sao a',
    expect: CHUYEN_NOI_HUONG_LUONG_HUU,
    who: 'elderly',
  }, // s03
  {
    q: 'Hồi trước tôi làm công nhân nhà máy dệt Nam Định, có quyển sổ bảo hiểm xã hội mà nhà dột mưa ướt nát hết rồi, chữ không đọc được. Giờ xin cấp lại sổ bảo hiễm thì làm ở đâu cháu?',
    expect: CAP_LAI_SO_THE_BHXH_BHYT,
    who: 'elderly',
  }, // s04
  {
    q: 'Con trai tôi làm công ty giày được sáu năm thì nghỉ, giờ nó đi làm ăn xa không về được nên nhờ bà hỏi hộ. Muốn rút bảo hiểm xã hội một lần thì làm giấy tờ gì, bao lâu thì có tiền?',
    expect: BHXH_MOT_LAN,
    who: 'elderly',
  }, // s05
  {
    q: 'Bà đi chợ bị rơi mất cái ví, trong đó có cái thẻ bảo hiểm y tế người cao tuổi. Tuần sau bà phải lên huyện khám mắt, cấp lại thẻ bảo hiểm thì bà làm ở đâu hả cháu?',
    expect: CAP_LAI_SO_THE_BHXH_BHYT,
    who: 'elderly',
  }, // s06
  {
    q: 'the bao hiem y te cua ong bi chuot can rach mat mot nua, ten voi ngay sinh khong con doc duoc nua, ong muon xin doi the moi thi mat bao lau vay chau',
    expect: CAP_LAI_SO_THE_BHXH_BHYT,
    who: 'elderly',
  }, // s06
  {
    q: 'Thẻ bảo hiểm y tế của tôi ghi sai năm sinh, tôi sinh năm 1943 mà thẻ lại ghi 1948, đi khám bệnh viện tỉnh người ta không chịu. Xin sửa lại thông tin trên thẻ thì làm sao ạ?',
    expect: CAP_LAI_SO_THE_BHXH_BHYT,
    who: 'elderly',
  }, // s07
  {
    q: 'Hai vợ chồng tôi già rồi, không có lương hưu cũng chưa đủ 80 tuổi để nhà nước cấp thẻ. Giờ muốn mua bảo hiểm y tế theo hộ gia đình cho cả hai ông bà thì đóng tiền ở đâu?',
    expect: BHYT_HO_GIA_DINH,
    who: 'elderly',
  }, // s08
  {
    q: 'Tôi năm nay 76 tuổi vẫn dùng chứng minh nhân dân 9 số cấp từ năm 1990, đi rút tiền ngân hàng người ta bảo hết hạn rồi. Giờ tôi đi làm căn cước công dân gắn chip ở đâu ạ?',
    expect: CAP_CAN_CUOC,
    who: 'elderly',
  }, // s16
  {
    q: 'bo toi gia yeu nam liet giuong khong di duoc, toi muon lam the can cuoc cho cu thi cong an co xuong tan nha lam duoc khong hay phai cong cu ra tan noi',
    expect: CAP_HOAC_DOI_CAN_CUOC,
    who: 'elderly',
  }, // s16
  {
    q: 'Ông đi viện về thì bị mất cái thẻ căn cước, không biết rơi trên xe khách hay ở bệnh viện. Cấp lại căn cước thì ông phải ra công an xã hay lên huyện, mất bao nhiêu tiền hả cháu?',
    expect: CAP_LAI_CAN_CUOC,
    who: 'elderly',
  }, // s17
  {
    q: 'Vợ chồng tôi bán nhà dưới quê lên Hà Nội ở hẳn với con trai, nhà con tôi đứng tên nó. Giờ muốn nhập hộ khẩu của hai ông bà vào nhà con thì làm thế nào, cần giấy gì ạ?',
    expect: THUONG_TRU,
    who: 'elderly',
  }, // s18
  { q: 'Tui ở Nghệ An vô Huế ở với con gái để nó chăm, muốn chuyển hộ khẩu vô đây luôn cho tiện đi khám bệnh, phải mang theo giấy tờ chi hả o?', expect: THUONG_TRU, who: 'elderly' }, // s18
  {
    q: 'Tôi phải lên Hà Nội điều trị ở bệnh viện K ít nhất nửa năm, con cháu bảo phải báo công an xã là đi vắng dài ngày. Khai báo tạm vắng thì làm thế nào, có cần về tận nơi không?',
    expect: TAM_VANG,
    who: 'elderly',
  }, // s19
  {
    q: 'Cháu ngoại tôi ở dưới quê lên ở nhà bà để đi học cấp ba trên thị trấn, ở cả năm học. Bà phải đi đăng ký tạm chú cho cháu ở công an xã đúng không, cần mang theo những gì?',
    expect: TAM_TRU,
    who: 'elderly',
  }, // s20
  {
    q: 'Thằng con út tôi sang Đức định cư hẳn rồi, có quốc tịch bên đó, mà tên nó vẫn còn trong sổ hộ khẩu nhà tôi. Tôi muốn xóa tên nó khỏi hộ khẩu thì làm ở đâu ạ?',
    expect: XOA_THUONG_TRU,
    who: 'elderly',
  }, // s21
  {
    q: 'Sổ hộ khẩu bây giờ bị thu rồi, mà tôi cần giấy chứng minh chỗ ở để nộp hồ sơ cho cháu vào trường. Xin giấy xác nhận thông tin cư trú thì tôi làm ở công an xã phải không?',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  }, // s22
  {
    q: 'Cái sổ hộ khẩu nhà tui công an thu rồi, chừ đi làm giấy tờ người ta đòi giấy xác nhận cư trú, tui già rồi không biết bấm điện thoại, ra mô xin được rứa?',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  }, // s22
  {
    q: 'Tôi mua lại cái xe Cub cũ của ông hàng xóm từ mấy năm trước, chỉ viết giấy tay, giờ ông ấy mất rồi. Muốn sang tên xe máy sang tên tôi thì có làm được không, làm ở đâu?',
    expect: SANG_TEN_XE,
    who: 'elderly',
  }, // s23
  { q: 'Con trai cho tôi cái xe Wave để đi chợ, giấy đăng ký xe vẫn đứng tên nó. Tôi muốn làm thủ tục sang tên đổi chủ xe máy sang tên tôi thì mất bao lâu ạ?', expect: SANG_TEN_XE, who: 'elderly' }, // s23
  {
    q: 'Cái xe máy của ông hỏng nát từ lâu, bán sắt vụn rồi mà vẫn còn giữ cái đăng ký với biển số. Ông muốn nộp trả biển số, xóa tên xe đi cho khỏi bị phạt nguội thì làm ở đâu?',
    expect: THU_HOI_DANG_KY_XE,
    who: 'elderly',
  }, // s24
  {
    q: 'Bằng lái ô tô của tôi là loại giấy bìa cũ cấp từ năm 1995, nay muốn đổi sang bằng lái thẻ nhựa mới. Người già 70 tuổi như tôi có phải khám sức khỏe không, đổi ở đâu ạ?',
    expect: DOI_GPLX,
    who: 'elderly',
  }, // s25
  { q: 'bang lai xe may cua toi bi mat khi di do nam ngoai, gio toi muon xin cap lai bang lai A1 thi co phai thi lai khong a, toi 68 tuoi roi', expect: CAP_LAI_GPLX, who: 'elderly' }, // s26
  {
    q: 'Bằng lái xe ô tô của tôi hết hạn đã hơn một năm vì tôi ốm nằm viện, nay tôi muốn lái xe đưa vợ đi khám. Quá hạn như thế có phải thi lại không, làm thủ tục gì?',
    expect: GPLX_QUA_HAN,
    who: 'elderly',
  }, // s27
  {
    q: 'Tôi nghỉ hưu rồi, muốn mở cái quán tạp hóa nhỏ ngay trước nhà để bán thêm cho vui. Nghe nói phải có giấy phép kinh doanh hộ gia đình, vậy làm giấy đó ở xã hay lên huyện?',
    expect: DANG_KY_HKD,
    who: 'elderly',
  }, // s28
  {
    q: 'Bà bán nước chè, bánh kẹo ở đầu ngõ mấy chục năm nay, giờ cán bộ phường bảo phải đăng ký hộ kinh doanh. Bà già rồi không biết viết đơn, cháu chỉ bà làm ở đâu với?',
    expect: DANG_KY_HKD,
    who: 'elderly',
  }, // s28
  {
    q: 'Tôi có cái giấy phép kinh doanh hộ cá thể bán thuốc lá, bia rượu, nay già yếu không bán nữa. Muốn trả lại giấy phép, đóng cửa hàng luôn thì làm thủ tục gì để khỏi bị thu thuế?',
    expect: CHAM_DUT_HKD,
    who: 'elderly',
  }, // s29
  {
    q: 'Cửa hàng may của tôi đứng tên tôi trên giấy đăng ký hộ kinh doanh, nay tôi già muốn để con gái đứng tên thay tôi trông coi. Đổi tên chủ hộ kinh doanh thì làm thế nào ạ?',
    expect: THAY_DOI_HKD,
    who: 'elderly',
  }, // s30
  {
    q: 'Tôi cần phô tô công chứng mấy tờ giấy: quyết định nghỉ hưu, thẻ thương binh với căn cước, để nộp hồ sơ cho bảo hiểm. Ở ủy ban xã có chứng thực bản sao không, mỗi tờ bao nhiêu tiền?',
    expect: SAO_Y,
    who: 'elderly',
  }, // s31
  { q: 'ba muon sao y ban chinh cai bang tot nghiep cua thang chau de no nop xin viec, ba mang ban goc ra xa thi co lam luon trong buoi sang duoc khong chau', expect: SAO_Y, who: 'elderly' }, // s31
  {
    q: 'Tôi ốm không đi lĩnh lương hưu được, muốn viết giấy ủy quyền cho con dâu đi nĩnh thay hàng tháng. Bưu điện bảo phải có xã xác nhận chữ ký, vậy tôi mang giấy ra đâu ký?',
    expect: UY_QUYEN_LINH_LUONG_HUU,
    who: 'elderly',
  }, // s32
  {
    q: 'Hai ông bà già rồi, muốn làm hợp đồng ủy quyền cho con trai thay mặt đi làm các giấy tờ, rút tiền tiết kiệm. Làm hợp đồng ủy quyền ở ủy ban xã có được không hay phải ra phòng công chứng?',
    expect: HOP_DONG_UY_QUYEN,
    who: 'elderly',
  }, // s33
  {
    q: 'Tôi năm nay 85 tuổi, có cuốn sổ tiết kiệm với ít vàng, muốn viết di chúc để lại cho đứa cháu nội đã chăm tôi. Viết xong mang ra xã chứng thực di chúc thì cần mấy người làm chứng?',
    expect: DI_CHUC,
    who: 'elderly',
  }, // s34
  {
    q: 'Ông cho người cùng làng vay 50 triệu từ năm 2019, có giấy viết tay hẳn hoi mà đòi mãi không trả. Ông muốn làm đơn kiện ra tòa án huyện để đòi nợ thì viết thế nào, nộp ở đâu?',
    expect: KHOI_KIEN,
    who: 'elderly',
  }, // s35
  {
    q: 'Tòa đã xử buộc người ta trả tiền cho tôi từ năm ngoái mà họ vẫn không trả đồng nào. Tôi già rồi không biết kêu ai, giờ làm đơn yêu cầu thi hành án thì nộp ở chi cục thi hành án phải không?',
    expect: THI_HANH_AN,
    who: 'elderly',
  }, // s37
  {
    q: 'Bản án ly hôn của con gái tui buộc thằng chồng cũ cấp dưỡng nuôi con mà hơn năm nay nó không gửi đồng nào. Tui muốn hỏi làm đơn đòi thi hành án cấp dưỡng ra răng?',
    expect: THI_HANH_AN,
    who: 'elderly',
  }, // s37
  {
    q: 'Tôi là người già neo đơn, bị người ta lừa ký giấy vay nợ, giờ họ kiện ra tòa. Tôi không có tiền thuê luật sư, nghe nói nhà nước có trợ giúp pháp lý miễn phí, xin ở đâu ạ?',
    expect: TRO_GIUP_PHAP_LY,
    who: 'elderly',
  }, // s38
  {
    q: 'Ông là thương binh, đang có vụ tranh chấp tiền bạc với nhà hàng xóm sắp phải ra tòa. Ông muốn nhờ luật sư nhà nước giúp miễn phí thì làm đơn xin trợ giúp pháp lý gửi cho ai?',
    expect: TRO_GIUP_PHAP_LY,
    who: 'elderly',
  }, // s38
  {
    q: 'Thằng cháu nội tôi sắp đi xuất khẩu lao động Nhật Bản, công ty bảo phải có phiếu lý lịch tư pháp mà nó đang học tiếng ở xa. Ông đi xin hộ cháu được không, cần giấy gì?',
    expect: LY_LICH_TU_PHAP,
    who: 'elderly',
  }, // s39
  {
    q: 'Tôi có gian nhà mặt đường cho người ta thuê làm cửa hàng, mỗi tháng được mấy triệu. Cán bộ thuế bảo phải kê khai nộp thuế cho thuê nhà, người già như tôi khai ở đâu, nộp thế nào?',
    expect: THUE_CHO_THUE_NHA,
    who: 'elderly',
  }, // s40
  {
    q: 'Tôi muốn đăng ký mã số thuế cá nhân để con cái khai người phụ thuộc cho đỡ thuế. Tôi 72 tuổi không đi làm nữa, làm mã số thuế thì phải ra chi cục thuế hay ở xã ạ?',
    expect: MA_SO_THUE_CA_NHAN,
    who: 'elderly',
  }, // s41
  {
    q: 'Năm ngoái tôi đi làm bảo vệ cho công ty, họ trừ thuế thu nhập cá nhân mỗi tháng, nay tôi nghỉ hẳn rồi. Nghe nói được xin hoàn lại tiền thuế nộp thừa, làm ở đâu hả cô?',
    expect: HOAN_THUE_TNCN,
    who: 'elderly',
  }, // s42
  {
    q: 'Sổ tiết kiệm của tôi ghi số chứng minh nhân dân cũ, giờ tôi đổi sang căn cước số khác nên ngân hàng không cho rút. Họ bảo xin giấy xác nhận số chứng minh cũ, làm ở đâu ạ?',
    expect: XAC_NHAN_SO_CMND,
    who: 'elderly',
  }, // s49
  {
    q: 'Ông đi rút lương hưu, người ta bảo số căn cước mới không khớp với chứng minh thư cũ trong hồ sơ. Phải xin công an xác nhận hai số là một người thì làm giấy ở đâu?',
    expect: XAC_NHAN_SO_CMND,
    who: 'elderly',
  }, // s49
  {
    q: 'Con cháu bảo bà phải có tài khoản định danh điện tử mức 2 trên điện thoại thì mới làm giấy tờ online được. Bà già rồi không biết làm, ra công an xã nhờ làm giúp được không?',
    expect: DINH_DANH_MUC_2,
    who: 'elderly',
  }, // s50
  {
    q: 'Nhà tôi bị trộm đột nhập, mất cái túi đựng giấy tờ trong đó có cả giấy đăng ký xe máy. Xe vẫn còn nhưng đi đường sợ bị phạt, xin cấp lại cà vẹt xe thì làm ở đâu ạ?',
    expect: CAP_LAI_DANG_KY_XE,
    who: 'elderly',
  }, // s52
  {
    q: 'Tui làm mất cái giấy đăng ký xe máy mang tên tui, xe thì vẫn chạy hằng ngày đi ra chợ. Cấp lại giấy đăng ký xe thì lên công an huyện hay ở xã là được rồi o?',
    expect: CAP_LAI_DANG_KY_XE,
    who: 'elderly',
  }, // s52
  {
    q: 'Thằng con tôi bị tòa xử đi tù, gia đình không có bản án để lo giấy tờ cho vợ con nó. Tôi muốn xin trích lục bản án của tòa thì làm đơn ở tòa huyện phải không ạ?',
    expect: SAO_BAN_AN,
    who: 'elderly',
  }, // s55
];

export const ELDERLY74_TUNE: readonly CitizenQuery[] = ELDERLY74_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY74_HELD: readonly CitizenQuery[] = ELDERLY74_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for. Social protection (old-age and disability allowances, disability assessment,
 * care centres, funeral support), people of merit outside the police (war invalids, martyrs, Agent Orange, youth volunteers,
 * resistance medals; the seven "Công bố Danh mục … Hà Tĩnh" records coded 2.001428, 3.000226 … are crawl artefacts whose codes
 * belong to unrelated police procedures), the old commune officials' allowance, a pension statement, general complaints,
 * and a court declaration of a missing person. */
export const ELDERLY74_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tháng này mẹ tôi tròn 80 tuổi, không có lương hưu, không có trợ cấp gì. Nghe nói người già 80 được nhà nước cho tiền hàng tháng, vậy tôi làm đơn cho mẹ ở xã được không ạ?', who: 'elderly' }, // s09
  { q: 'Mệ tui năm ni đủ 80 tuổi rồi, con cái đi làm xa hết, mệ muốn xin tiền trợ cấp người già hàng tháng thì phải nộp giấy chi, nộp ở mô rứa cháu?', who: 'elderly' }, // s09
  { q: 'Thằng cháu nội tôi bị bại não từ bé, đi lại không được, nói cũng không rõ. Ông muốn đưa cháu đi xác định mức độ khuyết tật để xin giấy xác nhận khuyết tật thì làm thế nào?', who: 'elderly' }, // s10
  { q: 'chong toi bi tai bien liet nua nguoi da 3 nam nay, nghe noi duoc cap giay xac nhan khuyet tat roi huong tro cap, vay hoi dong xa danh gia thi nop don o dau a', who: 'elderly' }, // s10
  { q: 'Con gái tôi bị câm điếc đang lĩnh trợ cấp khuyết tật ở xã cũ, nay cả nhà dọn về quê ngoại ở huyện khác. Muốn chuyển tiền trợ cấp của cháu về xã mới thì làm giấy gì ạ?', who: 'elderly' }, // s11
  {
    q: 'Ông nhà tôi là thương binh hạng 2/4, hưởng trợ cấp thương binh bao năm nay, tuần trước ông mất. Tôi muốn hỏi làm hồ sơ nhận tiền mai táng và tiền tuất cho vợ thương binh ở đâu ạ?',
    who: 'elderly',
  }, // s12
  {
    q: 'Tôi đi bộ đội ở Quảng Trị những năm 72, 73, về sau sinh con bị dị tật, giờ tay chân tôi cũng run yếu. Tôi muốn làm hồ sơ hưởng chế độ nhiễm chất độc da cam thì bắt đầu từ đâu?',
    who: 'elderly',
  }, // s13
  {
    q: 'ong nha toi di chien truong B nhung nam chong My, ve bi benh tat lien mien, con chau bao ong bi nhiem chat doc hoa hoc. lam che do da cam cho ong thi nop ho so o xa hay huyen',
    who: 'elderly',
  }, // s13
  {
    q: 'Anh trai tôi hy sinh ở chiến trường Quảng Trị, mộ đã tìm thấy ở nghĩa trang Trường Sơn. Gia đình tôi muốn xin đưa hài cốt anh về quê an táng cho gần thì phải làm thủ tục gì?',
    who: 'elderly',
  }, // s14
  {
    q: 'Năm nào bà cũng muốn đi thăm mộ ông nhà là liệt sĩ ở nghĩa trang Vị Xuyên mà không có tiền. Nghe nói nhà nước hỗ trợ tiền tàu xe đi thăm mộ liệt sĩ, bà làm đơn ở đâu hả con?',
    who: 'elderly',
  }, // s14
  { q: 'Nhà tôi bị cháy năm ngoái, cháy mất cả tấm Bằng Tổ quốc ghi công của bố tôi là liệt sĩ treo trên bàn thờ. Tôi muốn xin cấp lại tấm bằng đó thì nộp đơn ở xã hay lên tỉnh ạ?', who: 'elderly' }, // s15
  {
    q: 'Con trai tôi đi làm ăn bên Lào rồi mất liên lạc hơn mười năm nay, tìm mãi không thấy. Tôi muốn làm đơn xin tòa tuyên bố con tôi mất tích để lo giấy tờ cho vợ con nó được không ạ?',
    who: 'elderly',
  }, // s36
  { q: 'Tôi đang lĩnh tiền trợ cấp người cao tuổi thì tự nhiên mấy tháng nay xã cắt không cho lĩnh nữa, hỏi thì không ai trả lời. Tôi muốn làm đơn khiếu nại thì gửi lên đâu ạ?', who: 'elderly' }, // s43
  {
    q: 'Bố tôi tham gia kháng chiến chống Pháp từ năm 1950, có giấy tờ đầy đủ mà chưa bao giờ được tặng huân chương kháng chiến. Con cháu làm hồ sơ đề nghị khen thưởng cho cụ thì nộp ở đâu?',
    who: 'elderly',
  }, // s44
  { q: 'Tôi đi thanh niên xung phong mở đường Trường Sơn từ năm 1968 đến 1972, về quê làm ruộng chưa được hưởng chế độ gì. Nghe nói được trợ cấp một lần, tôi làm hồ sơ ở đâu?', who: 'elderly' }, // s45
  {
    q: 'Tôi làm phó chủ tịch xã từ năm 1975 đến 1990 rồi nghỉ, không có lương hưu vì hồi đó không đóng bảo hiểm. Cán bộ xã già yếu nghỉ việc như tôi có được trợ cấp hàng tháng không ạ?',
    who: 'elderly',
  }, // s46
  { q: 'Bà cụ hàng xóm nhà tôi neo đơn không chồng con, ốm đau nằm một chỗ không ai chăm. Tôi muốn hỏi giúp bà làm đơn xin vào trung tâm bảo trợ xã hội của tỉnh thì làm sao?', who: 'elderly' }, // s47
  { q: 'Ông cụ hàng xóm đang hưởng trợ cấp xã hội hàng tháng vừa mất, con cháu nghèo quá không lo nổi đám. Nhà nước có hỗ trợ tiền mai táng cho ông không, ai đứng ra làm giấy?', who: 'elderly' }, // s48
  {
    q: 'Tôi về hưu năm 2010, năm nào cũng thấy tăng lương hưu mà không biết tính thế nào. Tôi muốn xin bảo hiểm xã hội in cho tờ xác nhận quá trình đóng và mức hưởng thì có được không?',
    who: 'elderly',
  }, // s51
  { q: 'Tôi là con liệt sĩ, bố hy sinh năm 1968, nay tôi đã 70 tuổi. Nghe nói thân nhân liệt sĩ được trợ cấp hàng tháng và thẻ bảo hiểm y tế, tôi làm hồ sơ ở xã được không?', who: 'elderly' }, // s53
  { q: 'Thẻ thương binh của tôi cấp từ năm 1985 giờ rách nát, mờ hết chữ rồi, đi đâu cũng không dùng được. Tôi muốn xin cấp lại thẻ thương binh mới thì làm đơn gửi ở đâu ạ?', who: 'elderly' }, // s54
  { q: 'Anh hàng xóm bị cụt chân đi xe lăn, nhà dột nát sắp sập, không có tiền sửa. Tôi muốn hỏi hộ anh ấy người khuyết tật nghèo có được hỗ trợ tiền làm nhà không?', who: 'elderly' }, // s56
];
