import type { CitizenQuery } from './dev-set';

/** Batch trade93 (issue 17): small traders, stall holders, farmers selling produce and drivers at a commune or ward counter or the provincial centre — opening, moving, pausing, handing over or closing a household business, tax for a household business, a food stall or a grocery selling alcohol and cigarettes, a market stall, livestock farms and farm-input shops, a motorbike, car or truck bought or sold, plates and registration papers lost, driving licences lost, expired or to be exchanged, a river boat and a fishing boat. Voices: elderly (the old person or a plain adult, with diacritics, telling the story first), rural (phone typing mostly without diacritics, trade slang and abbreviations: hkd, mst, bsx, gplx, cavet, k, ko, dc, j, ntn), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/trade93-draft-20261207T1718Z.txt, sha256 81a530184677512ecbe25ca9c57207695ce824a90cca381067c39ffbf6e09413; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 105 (elderly 35, rural 35, young 35), no answer 15. */
// Registering a household business at the commune; the first-time tax code comes with it through the one-stop link.
const DANG_KY_HKD = ['1.001612'];
// Change of registered household-business content; its text names the address (also to another commune) and the change of head.
const THAY_DOI_HKD = ['2.000720'];
// Pausing a household business: the registration notice, and the tax-side pause for one taxed without business registration (the citizen cannot tell which).
const TAM_NGUNG_HKD = ['1.001570', '1.007042'];
// Ending a household business for good.
const CHAM_DUT_HKD = ['1.001266'];
// Reissue of a lost or damaged household-business certificate.
const CAP_LAI_GCN_HKD = ['2.000575'];
// Change of owner (sang tên); its dossier includes the withdrawal, also when the old owner does not come, and a move to another province.
const SANG_TEN_XE = ['1.013076'];
// Withdrawal of registration and plate by the seller, at the counter or fully online.
const THU_HOI_DKX = ['1.013123', '1.013065'];
// Reissue of a lost registration paper or plate, at the counter or fully online.
const CAP_LAI_DKX = ['1.013082', '1.013080'];
// First registration of a new vehicle, at the counter or fully online for domestically assembled vehicles.
const DANG_KY_XE_LAN_DAU = ['1.013067', '1.012575'];
// Reissue of a lost driving licence (commune police receive it).
const CAP_LAI_GPLX = ['3.000348'];
// An expired licence is re-examined and issued under 3.000346 (its text names quá thời hạn); one still valid is exchanged under 3.000347.
const GPLX_HET_HAN = ['3.000346', '3.000347'];
// Exchange of a driving licence, e.g. the old paper one for a PET card.
const DOI_GPLX = ['3.000347'];
// Examination and first issue of a driving licence.
const CAP_GPLX = ['3.000346'];
// International driving permit.
const GPLX_QUOC_TE = ['3.000353'];
// First registration of an inland-waterway craft, already in service or not yet (the owner cannot tell).
const DANG_KY_PTTND = ['1.004047', '1.004088'];
// Registering a fishing boat and its fishing licence, the two things the buyer asks for.
const TAU_CA = ['1.003650', '1.004359'];
// Tax declaration of a household business, lump-sum included.
const KHAI_THUE_HKD = ['1.011022'];
// A tax code for a household business: first tax registration for one outside business registration, or given with the household-business registration.
const MST_HKD = ['1.008498', '1.001612'];
// Tax reduction for household businesses hit by natural disaster.
const GIAM_THUE_THIEN_TAI = ['3.000083'];
// Livestock facility ID: its steps are the declaration of livestock keeping (kê khai hoạt động chăn nuôi).
const KE_KHAI_CHAN_NUOI = ['1.014952'];
// Quarantine certificate for land animals moved out of the province.
const KIEM_DICH_DONG_VAT = ['1.002338'];
// Certificate of eligibility for large-scale livestock farms.
const DU_DK_CHAN_NUOI = ['1.008128'];
// Food-safety certificate for a farm/fishery food producer (commune or province); the only facility food-safety certificate in the catalogue.
const ATTP_NONG_SAN = ['2.001827'];
// Security-and-order certificate for conditional trades, which include trading gas (provincial police).
const ANTT_KINH_DOANH = ['2.001478'];
// Certificate of eligibility to trade pesticides.
const BUON_BAN_THUOC_BVTV = ['1.004363'];
// Certificate to trade veterinary drugs, and the vet practice certificate the shop holder needs.
const THUOC_THU_Y = ['1.001686', '1.004756'];
// Exchange of registration; its text names a change of paint colour.
const DOI_DKX = ['1.013079'];
// Periodic inspection certificate and sticker for motor vehicles other than motorbikes.
const KIEM_DINH_XE = ['1.005103'];
// First registration also covers special-use machinery (xe máy chuyên dùng, TT 79/2024).
const DANG_KY_XE_CHUYEN_DUNG = ['1.013067'];
// Temporary registration and plate, at the counter or fully online.
const DANG_KY_XE_TAM_THOI = ['1.013086', '1.013083'];
// Temporary use of roadway or sidewalk for another purpose (commune level exists).
const VIA_HE = ['1.013274'];

const TRADE93_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ thưa cô, tôi mới mở cái quán bún bò trước nhà, giờ muốn làm giấy tờ đăng ký hộ kinh doanh cho đàng hoàng thì làm sao ạ', expect: DANG_KY_HKD, who: 'elderly' }, // s01
  { q: 'mo quan an nho truoc nha can dang ki hkd k, lam o dau', expect: DANG_KY_HKD, who: 'rural' }, // s01
  { q: 'dang ky ho kinh doanh moi', expect: DANG_KY_HKD, who: 'young' }, // s01
  { q: 'Chị ơi, tiệm tạp hóa của tôi dời qua chợ bên kia xã rồi, giờ cái giấy phép kinh doanh có phải làm lại địa chỉ không chị', expect: THAY_DOI_HKD, who: 'elderly' }, // s02
  { q: 'chuyen dia diem hkd sang xa khac thi lam thu tuc j', expect: THAY_DOI_HKD, who: 'rural' }, // s02
  { q: 'thay doi dia chi ho kinh doanh', expect: THAY_DOI_HKD, who: 'young' }, // s02
  { q: 'Dạ năm nay tôi đau ốm nằm viện, cái sạp phải nghỉ bán mấy tháng, muốn báo tạm ngừng kinh doanh để khỏi bị tính thuế thì nộp giấy gì ạ', expect: TAM_NGUNG_HKD, who: 'elderly' }, // s03
  { q: 'tam ngung kinh doan hkd 3 thang bao o dau', expect: TAM_NGUNG_HKD, who: 'rural' }, // s03
  { q: 'tam ngung ho kinh doanh', expect: TAM_NGUNG_HKD, who: 'young' }, // s03
  { q: 'Bác già rồi không buôn bán nổi nữa, muốn trả lại cái giấy đăng ký hộ kinh doanh, chấm dứt luôn thì phải làm sao con', expect: CHAM_DUT_HKD, who: 'elderly' }, // s04
  { q: 'dong cua tiem luon, cham dut hkd thu tuc ntn', expect: CHAM_DUT_HKD, who: 'rural' }, // s04
  { q: 'cham dut ho kinh doanh', expect: CHAM_DUT_HKD, who: 'young' }, // s04
  { q: 'Tôi đứng tên hộ kinh doanh mấy chục năm nay, giờ muốn giao lại cho thằng con trai đứng tên thì có được không, làm giấy tờ gì', expect: THAY_DOI_HKD, who: 'elderly' }, // s05
  { q: 'doi chu ho kinh doanh sang ten con trai dc ko', expect: THAY_DOI_HKD, who: 'rural' }, // s05
  { q: 'thay doi chu ho kinh doanh', expect: THAY_DOI_HKD, who: 'young' }, // s05
  { q: 'Hôm bữa nước ngập vô nhà, cái giấy chứng nhận đăng ký hộ kinh doanh bị ướt rách hết rồi, giờ xin cấp lại được không cô', expect: CAP_LAI_GCN_HKD, who: 'elderly' }, // s09
  { q: 'mat giay dkkd ho ca the xin cap lai', expect: CAP_LAI_GCN_HKD, who: 'rural' }, // s09
  { q: 'cap lai giay dang ky ho kinh doanh', expect: CAP_LAI_GCN_HKD, who: 'young' }, // s09
  { q: 'Tôi mua lại chiếc xe Honda cũ của người hàng xóm, có giấy mua bán tay rồi, giờ muốn sang tên qua tên tôi thì ra công an xã được không', expect: SANG_TEN_XE, who: 'elderly' }, // s10
  { q: 'mua xe may cu sang ten doi chu lam o dau, can giay to j', expect: SANG_TEN_XE, who: 'rural' }, // s10
  { q: 'sang ten xe may', expect: SANG_TEN_XE, who: 'young' }, // s10
  { q: 'Tôi bán chiếc xe máy cho người ta rồi mà họ chưa đi sang tên, sợ sau này họ vi phạm thì phạt tôi, tôi muốn báo đã bán xe thì làm sao', expect: THU_HOI_DKX, who: 'elderly' }, // s11
  { q: 'ban xe roi muon thu hoi dang ky bsx de ko bi phat nguoi', expect: THU_HOI_DKX, who: 'rural' }, // s11
  { q: 'thu hoi dang ky bien so xe', expect: THU_HOI_DKX, who: 'young' }, // s11
  { q: 'Dạ tôi đi chợ bị móc túi, mất cái bóp có cà vẹt xe với giấy tờ, giờ xin cấp lại giấy đăng ký xe thì làm sao ạ', expect: CAP_LAI_DKX, who: 'elderly' }, // s12
  { q: 'mat cavet xe may lam lai o dau', expect: CAP_LAI_DKX, who: 'rural' }, // s12
  { q: 'cap lai dang ky xe bi mat', expect: CAP_LAI_DKX, who: 'young' }, // s12
  { q: 'Chiếc xe của tôi chạy đường đất bị rớt mất cái biển số hồi nào không hay, giờ xin làm lại biển số được không', expect: CAP_LAI_DKX, who: 'elderly' }, // s13
  { q: 'rot mat bsx xe may xin cap lai bien', expect: CAP_LAI_DKX, who: 'rural' }, // s13
  { q: 'cap lai bien so xe', expect: CAP_LAI_DKX, who: 'young' }, // s13
  { q: 'Con gái tôi mới mua chiếc xe máy mới ở cửa hàng, họ bảo tự đi đăng ký biển số, ở xã mình đăng ký được không cháu', expect: DANG_KY_XE_LAN_DAU, who: 'elderly' }, // s14
  { q: 'xe moi mua can dk bien so o cong an xa dc k', expect: DANG_KY_XE_LAN_DAU, who: 'rural' }, // s14
  { q: 'dang ky xe may moi', expect: DANG_KY_XE_LAN_DAU, who: 'young' }, // s14
  { q: 'Tôi mua lại chiếc xe tải nhỏ của người ở tỉnh khác để chở rau đi bỏ mối, giờ muốn đổi biển về tỉnh mình, đứng tên mình thì thủ tục sao ạ', expect: SANG_TEN_XE, who: 'elderly' }, // s15
  { q: 'mua oto cu tinh khac ve sang ten doi bien', expect: SANG_TEN_XE, who: 'rural' }, // s15
  { q: 'sang ten xe o to khac tinh', expect: SANG_TEN_XE, who: 'young' }, // s15
  { q: 'Tôi làm rớt cái bằng lái xe hồi đi đám cưới ở quê, tìm hoài không thấy, bây giờ xin cấp lại bằng lái thì nộp ở đâu', expect: CAP_LAI_GPLX, who: 'elderly' }, // s16
  { q: 'mat gplx a1 lam lai the nao', expect: CAP_LAI_GPLX, who: 'rural' }, // s16
  { q: 'cap lai bang lai xe bi mat', expect: CAP_LAI_GPLX, who: 'young' }, // s16
  { q: 'Cái bằng lái xe tải của tôi hết hạn mấy tháng nay rồi, tôi chạy xe chở heo, giờ muốn đổi lại bằng mới có phải thi lại không', expect: GPLX_HET_HAN, who: 'elderly' }, // s17
  { q: 'bang lai b2 het han doi lai o dau co phai thi lai k', expect: GPLX_HET_HAN, who: 'rural' }, // s17
  { q: 'doi bang lai xe het han', expect: GPLX_HET_HAN, who: 'young' }, // s17
  { q: 'Tôi có cái bằng lái xe máy bằng giấy từ hồi xưa, nghe nói phải đổi sang thẻ nhựa, vậy đổi ở đâu cho tiện', expect: DOI_GPLX, who: 'elderly' }, // s18
  { q: 'doi bang lai giay sang the pet', expect: DOI_GPLX, who: 'rural' }, // s18
  { q: 'doi gplx giay sang the nhua', expect: DOI_GPLX, who: 'young' }, // s18
  { q: 'Tôi năm nay năm mấy tuổi mà chưa có bằng lái xe máy, đi chợ sợ bị bắt, giờ muốn đăng ký thi bằng thì ghi danh ở đâu', expect: CAP_GPLX, who: 'elderly' }, // s19
  { q: 'dk thi bang lai xe may a1 o dau', expect: CAP_GPLX, who: 'rural' }, // s19
  { q: 'thi bang lai xe may', expect: CAP_GPLX, who: 'young' }, // s19
  { q: 'Nhà tôi đóng chiếc ghe chở lúa chạy trên sông, nghe nói ghe có máy phải đăng ký, vậy đăng ký ghe ở đâu ạ', expect: DANG_KY_PTTND, who: 'elderly' }, // s20
  { q: 'dang ky ghe tau cho hang tren song, phuong tien thuy noi dia', expect: DANG_KY_PTTND, who: 'rural' }, // s20
  { q: 'dang ky phuong tien thuy noi dia', expect: DANG_KY_PTTND, who: 'young' }, // s20
  { q: 'Thằng con tôi mới mua chiếc tàu cá đi biển, giờ phải đăng ký tàu với cấp giấy phép khai thác thì làm ở chỗ nào', expect: TAU_CA, who: 'elderly' }, // s21
  { q: 'dk tau ca moi mua, giay phep khai thac thuy san', expect: TAU_CA, who: 'rural' }, // s21
  { q: 'dang ky tau ca', expect: TAU_CA, who: 'young' }, // s21
  { q: 'Tôi bán tạp hóa nhỏ, năm nào cũng đóng thuế khoán, năm nay doanh thu ít hơn muốn khai lại để giảm thuế thì khai ở đâu', expect: KHAI_THUE_HKD, who: 'elderly' }, // s22
  { q: 'hkd khai thue khoang nop o dau', expect: KHAI_THUE_HKD, who: 'rural' }, // s22
  { q: 'khai thue ho kinh doanh', expect: KHAI_THUE_HKD, who: 'young' }, // s22
  { q: 'Người ta nói hộ kinh doanh phải có mã số thuế, tôi mới mở tiệm may, làm mã số thuế ở đâu vậy', expect: MST_HKD, who: 'elderly' }, // s23
  { q: 'lam mst cho ho kinh doanh ca the', expect: MST_HKD, who: 'rural' }, // s23
  { q: 'dang ky ma so thue ho kinh doanh', expect: MST_HKD, who: 'young' }, // s23
  { q: 'Năm rồi lũ cuốn sạch hàng hóa trong tiệm, tôi phải nghỉ bán, có được miễn giảm thuế không, làm đơn ở đâu', expect: GIAM_THUE_THIEN_TAI, who: 'elderly' }, // s24
  { q: 'bi lu mat hang xin mien giam thue hkd', expect: GIAM_THUE_THIEN_TAI, who: 'rural' }, // s24
  { q: 'mien giam thue ho kinh doanh thien tai', expect: GIAM_THUE_THIEN_TAI, who: 'young' }, // s24
  { q: 'Nhà tôi nuôi được chừng ba chục con heo với mấy trăm con gà sau vườn, cán bộ thú y nói phải kê khai chăn nuôi, kê khai ở đâu ạ', expect: KE_KHAI_CHAN_NUOI, who: 'elderly' }, // s26
  { q: 'ke khai chan nuôi heo quy mo nho o xa', expect: KE_KHAI_CHAN_NUOI, who: 'rural' }, // s26
  { q: 'ke khai hoat dong chan nuoi', expect: KE_KHAI_CHAN_NUOI, who: 'young' }, // s26
  { q: 'Tôi xuất bán một xe heo đi tỉnh khác, thương lái nói phải có giấy kiểm dịch, vậy xin kiểm dịch ở trạm thú y hả cô', expect: KIEM_DICH_DONG_VAT, who: 'elderly' }, // s27
  { q: 'xin giay kiem dich heo van chuyen ra khoi tinh', expect: KIEM_DICH_DONG_VAT, who: 'rural' }, // s27
  { q: 'kiem dich dong vat van chuyen', expect: KIEM_DICH_DONG_VAT, who: 'young' }, // s27
  { q: 'Tôi mở rộng trại gà lên mấy ngàn con, nghe nói trang trại lớn phải có giấy chứng nhận đủ điều kiện chăn nuôi, xin ở đâu', expect: DU_DK_CHAN_NUOI, who: 'elderly' }, // s28
  { q: 'trai ga lon xin gcn du dk chan nuoi', expect: DU_DK_CHAN_NUOI, who: 'rural' }, // s28
  { q: 'chung nhan du dieu kien chan nuoi', expect: DU_DK_CHAN_NUOI, who: 'young' }, // s28
  { q: 'Tôi làm bánh tráng ở nhà đem ra chợ bán với bỏ mối cho mấy tiệm, giờ họ đòi giấy an toàn thực phẩm cơ sở sản xuất, tôi xin ở đâu', expect: ATTP_NONG_SAN, who: 'elderly' }, // s29
  { q: 'co so lam banh trang tai nha xin giay attp', expect: ATTP_NONG_SAN, who: 'rural' }, // s29
  { q: 'giay attp co so san xuat nho', expect: ATTP_NONG_SAN, who: 'young' }, // s29
  { q: 'Tôi muốn mở đại lý bán bình ga nhỏ ở đầu xóm, bán ga thì có cần xin giấy phép gì đặc biệt không cô', expect: ANTT_KINH_DOANH, who: 'elderly' }, // s30
  { q: 'mo cua hang ban gas binh can giay chung nhan du dk ko', expect: ANTT_KINH_DOANH, who: 'rural' }, // s30
  { q: 'giay phep cua hang ban gas', expect: ANTT_KINH_DOANH, who: 'young' }, // s30
  { q: 'Tiệm vật tư nông nghiệp của tôi muốn bán thêm thuốc bảo vệ thực vật, thuốc trừ sâu, phải xin giấy gì', expect: BUON_BAN_THUOC_BVTV, who: 'elderly' }, // s32
  { q: 'xin giay phep ban thuoc tru sau thuoc bvtv', expect: BUON_BAN_THUOC_BVTV, who: 'rural' }, // s32
  { q: 'chung nhan buon ban thuoc bvtv', expect: BUON_BAN_THUOC_BVTV, who: 'young' }, // s32
  { q: 'Tôi học chăn nuôi thú y ra, giờ muốn mở tiệm bán thuốc thú y, cám cho bà con thì xin giấy phép ở đâu ạ', expect: THUOC_THU_Y, who: 'elderly' }, // s33
  { q: 'mo tiem thuoc thu y can chung chi hanh nghe ko', expect: THUOC_THU_Y, who: 'rural' }, // s33
  { q: 'giay phep ban thuoc thu y', expect: THUOC_THU_Y, who: 'young' }, // s33
  { q: 'Tôi muốn sơn lại chiếc xe máy màu khác cho mới, vậy có phải khai báo đổi màu sơn trong giấy đăng ký xe không', expect: DOI_DKX, who: 'elderly' }, // s34
  { q: 'doi mau son xe may co phai dk lai ko', expect: DOI_DKX, who: 'rural' }, // s34
  { q: 'doi mau son xe', expect: DOI_DKX, who: 'young' }, // s34
  { q: 'Chiếc xe tải nhỏ chở hàng của nhà tôi tới hạn đăng kiểm, mà xe nằm ở quê xa, có đăng kiểm chỗ nào gần không', expect: KIEM_DINH_XE, who: 'elderly' }, // s35
  { q: 'xe tai nho het han dang kiem kiem dinh o dau', expect: KIEM_DINH_XE, who: 'rural' }, // s35
  { q: 'dang kiem xe o to', expect: KIEM_DINH_XE, who: 'young' }, // s35
  { q: 'Hợp tác xã tôi mới mua cái máy cày với máy gặt đập liên hợp, chạy ngoài đường thì có phải đăng ký biển số không', expect: DANG_KY_XE_CHUYEN_DUNG, who: 'elderly' }, // s36
  { q: 'dang ky bien so may cay xe cong nong', expect: DANG_KY_XE_CHUYEN_DUNG, who: 'rural' }, // s36
  { q: 'dang ky xe may chuyen dung', expect: DANG_KY_XE_CHUYEN_DUNG, who: 'young' }, // s36
  { q: 'Tôi mua xe ô tô mới ở thành phố mà chưa có biển, muốn chạy về quê xa mấy trăm cây số để làm giấy, có xin biển tạm được không', expect: DANG_KY_XE_TAM_THOI, who: 'elderly' }, // s37
  { q: 'xin bien so tam cho oto moi chay ve que', expect: DANG_KY_XE_TAM_THOI, who: 'rural' }, // s37
  { q: 'dang ky xe tam thoi', expect: DANG_KY_XE_TAM_THOI, who: 'young' }, // s37
  { q: 'Chiếc xe máy tôi mua lại qua ba bốn đời chủ, người đứng tên trong cà vẹt giờ đi đâu không biết, tôi muốn làm cho xe đứng tên mình thì sao', expect: SANG_TEN_XE, who: 'elderly' }, // s38
  { q: 'xe qua nhieu doi chu ko lien lac dc chu cu lam sao sang ten', expect: SANG_TEN_XE, who: 'rural' }, // s38
  { q: 'xe qua nhieu chu sang ten', expect: SANG_TEN_XE, who: 'young' }, // s38
  { q: 'Con tôi đi lao động bên Nhật, nó muốn xin bằng lái xe quốc tế để mang theo, làm ở đâu vậy anh', expect: GPLX_QUOC_TE, who: 'elderly' }, // s39
  { q: 'xin gplx quoc te o tinh', expect: GPLX_QUOC_TE, who: 'rural' }, // s39
  { q: 'bang lai xe quoc te', expect: GPLX_QUOC_TE, who: 'young' }, // s39
  { q: 'Tôi muốn bày hàng trái cây ra một phần vỉa hè trước nhà cho dễ bán, có phải xin phép phường không, xin ra sao', expect: VIA_HE, who: 'elderly' }, // s40
  { q: 'xin phep su dung tam thoi via he de ban hang', expect: VIA_HE, who: 'rural' }, // s40
  { q: 'xin phep su dung via he', expect: VIA_HE, who: 'young' }, // s40
];

export const TRADE93_TUNE: readonly CitizenQuery[] = TRADE93_BATCH.filter((_, i) => i % 2 === 0);
export const TRADE93_HELD: readonly CitizenQuery[] = TRADE93_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the licences to retail alcohol and cigarettes (no industry-and-trade procedures are catalogued), the food-safety certificate of an eatery (no health-sector procedures), renting a stall in a commune market, and the certificate to trade fertiliser (only its production and import are catalogued). */
export const TRADE93_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Dạ tiệm tạp hóa nhà tôi muốn bán thêm rượu chai, bia, nghe nói bán rượu phải có giấy phép, xin ở đâu vậy cô', who: 'elderly' }, // s06
  { q: 'xin giay phep ban le ruou cho tiem tap hoa', who: 'rural' }, // s06
  { q: 'giay phep ban ruou', who: 'young' }, // s06
  { q: 'Thưa anh, quán nước của tôi có bán thêm thuốc lá gói, mấy ông quản lý thị trường nói phải có giấy phép bán thuốc lá, tôi xin ở đâu', who: 'elderly' }, // s07
  { q: 'gp ban le thuoc la o xa lam sao', who: 'rural' }, // s07
  { q: 'giay phep ban thuoc la', who: 'young' }, // s07
  { q: 'Quán cơm nhà tôi bán cho công nhân, bên y tế xuống nói phải có giấy chứng nhận vệ sinh an toàn thực phẩm, tôi không biết xin chỗ nào', who: 'elderly' }, // s08
  { q: 'quan com binh dan co can giay atvstp ko, xin o dau', who: 'rural' }, // s08
  { q: 'chung nhan an toan thuc pham quan an', who: 'young' }, // s08
  { q: 'Tôi muốn thuê một sạp trong chợ xã để bán cá, phải làm đơn gửi ai, ban quản lý chợ hay ủy ban', who: 'elderly' }, // s25
  { q: 'xin thue sap cho ban ca', who: 'rural' }, // s25
  { q: 'thue ki ot cho', who: 'young' }, // s25
  { q: 'Tôi bán phân bón cho bà con trong xóm đã lâu, nay đoàn kiểm tra nói phải có giấy đủ điều kiện buôn bán phân bón, làm ở đâu', who: 'elderly' }, // s31
  { q: 'gcn du dk buon ban phan bon', who: 'rural' }, // s31
  { q: 'giay phep ban phan bon', who: 'young' }, // s31
];
