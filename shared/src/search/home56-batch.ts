import type { CitizenQuery } from './dev-set';
import { CHANGE_USE, PERMIT_NEW, PERMIT_REPAIR, PROJECT_HOUSE } from './land-codes';

/**
 * Homes, building and planning and where one lives, as told at the counter (issue 17, helper session of 7 Dec 2026):
 * 78 queries written in one sitting at 01:47 UTC (docs/search-drafts/home56-draft-20261207T0147Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 24 situations (buying, renting and proving the
 * right to social housing, renting and buying old state housing, an apartment's first pink book, repairing, rebuilding
 * or adding a floor, a house in the countryside, a house on rice land, a fence wall, demolition, the planned road and
 * the planning certificate, a permit about to lapse, a tenant's permanent and temporary residence, a widow moving in
 * with her son in the city, a mother-in-law taken in, removing the dead or the long gone from the household, a
 * residence confirmation for school, the house added to the land book) × 3 voices: elderly (long polite stories with
 * diacritics: thưa cô, bà năm nay bảy mươi hai tuổi), rural (no diacritics: tui, hong, dc, ko, cất nhà, cắt khẩu, vo)
 * and young (short: nhà ở xh, gpxd, đk tạm trú); plus six off-catalogue questions.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz, never by running the engine,
 * following house44's and resid30's conventions: buying social housing takes the developer's sale (1.115150) or the
 * commune's registration and condition confirmation (1.014632), renting it also the state-built lease (1.012896);
 * proof of low income also the commune's recognition of low-income workers (3.000412); old state housing the three
 * lease cases, or the sale and the sale of shared areas; an apartment bought from a developer the project buyer's
 * certificate; repairs the renovation permit, an added floor also the new permit; rebuilding, a country house and a
 * fence wall the new permit; a house on rice land the change of land use; the planned road and the planning
 * certificate the planning information (the certificate is no longer issued under that name); a lapsing permit both
 * extensions; a tenant's permanent residence also the commune's confirmation of floor area per head for a rented
 * place; a renter's stay told by the landlord the temporary residence and the stay notice; moving one's household book
 * to a child's home both registration and removal; the house built after the book the registration of assets on a
 * certified plot. No procedure answers demolishing one's own old house (no permit for it) nor the six off-catalogue
 * questions: HOME56_NO_ANSWER. Split by alternation into HOME56_TUNE (tuned on) and HOME56_HELD.
 */
const BUY_SOCIAL = ['1.115150', '1.014632'];
const RENT_SOCIAL = ['1.012896', ...BUY_SOCIAL];
const SOCIAL_INCOME = ['1.014632', '3.000412'];
const RENT_STATE = ['1.012892', '1.012898', '1.012897'];
const BUY_STATE = ['1.012893', '1.012894'];
const PROJECT_PAPER = [PROJECT_HOUSE];
const NEW = [PERMIT_NEW];
const REPAIR = [PERMIT_REPAIR];
const ADD_FLOOR = [PERMIT_REPAIR, PERMIT_NEW];
const EXTEND = ['1.013227', '1.013233'];
const PLAN_INFO = ['1.014159'];
const THUONG_TRU = ['1.004222'];
const XOA_THUONG_TRU = ['1.003197'];
const MOVE_IN = [...THUONG_TRU, ...XOA_THUONG_TRU];
const TENANT_PERM = [...THUONG_TRU, '1.013314'];
const TENANT_TEMP = ['1.004194', '2.001159'];
const XAC_NHAN_CU_TRU = ['1.010041'];
const HOUSE_ON_TITLE = ['1.013995'];

export const HOME56_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, vợ chồng con tôi đi làm công nhân ở khu công nghiệp mười năm nay vẫn ở trọ, nghe nói nhà nước có bán nhà ở xã hội, cho tôi hỏi chúng nó muốn mua thì làm hồ sơ thế nào ạ',
    expect: BUY_SOCIAL,
    who: 'elderly',
  },
  { q: 'vo chong tui lam cong nhan thu nhap thap muon mua nha o xa hoi thi nop ho so o dau', expect: BUY_SOCIAL, who: 'rural' },
  { q: 'mua nhà ở xh', expect: BUY_SOCIAL, who: 'young' },
  {
    q: 'Chào cháu, bà năm nay bảy mươi hai tuổi, không có nhà cửa gì, ở nhờ nhà người quen mãi cũng ngại, bà muốn xin thuê một căn nhà ở xã hội giá rẻ thì có được không cháu',
    expect: RENT_SOCIAL,
    who: 'elderly',
  },
  { q: 'tui ko co nha o, muon thue can nha o xa hoi cua nha nuoc gia re duoc hong', expect: RENT_SOCIAL, who: 'rural' },
  { q: 'thuê nhà ở xã hội', expect: RENT_SOCIAL, who: 'young' },
  {
    q: 'Cô ơi, con gái tôi nộp hồ sơ mua nhà ở xã hội ở chỗ dự án, bên đó bảo phải có giấy xác nhận của phường là chưa có nhà ở và thu nhập thấp, vậy tôi xin giấy đó ở đâu ạ',
    expect: SOCIAL_INCOME,
    who: 'elderly',
  },
  { q: 'xin giay xac nhan chua co nha o voi thu nhap thap de mua nha xa hoi lam o xa hay o dau', expect: SOCIAL_INCOME, who: 'rural' },
  { q: 'xác nhận điều kiện thu nhập mua nhà ở xã hội', expect: SOCIAL_INCOME, who: 'young' },
  {
    q: 'Thưa anh, gia đình tôi ở căn nhà tập thể của cơ quan cũ từ năm tám mươi mấy, nay nhà nước quản lý, tôi muốn làm hợp đồng thuê cho đàng hoàng thì làm thủ tục gì ạ',
    expect: RENT_STATE,
    who: 'elderly',
  },
  { q: 'nha tui dang o nhuoc la nha cua nha nuoc cho thue, gio muon lam lai hop dong thue thi lam sao', expect: RENT_STATE, who: 'rural' },
  { q: 'thuê nhà ở thuộc sở hữu nhà nước', expect: RENT_STATE, who: 'young' },
  {
    q: 'Thưa cô, nhà tôi thuê căn hộ tập thể của nhà nước đã hơn ba mươi năm, nay nghe nói được mua lại căn đang thuê, ông bà già rồi muốn mua để sau này để lại cho con cháu, phải làm sao ạ',
    expect: BUY_STATE,
    who: 'elderly',
  },
  { q: 'can nha tap the tui thue cua nha nuoc lau roi, nghe noi dc mua hoa gia, lam ho so mua o dau', expect: BUY_STATE, who: 'rural' },
  { q: 'mua nhà cũ thuộc sở hữu nhà nước đang thuê', expect: BUY_STATE, who: 'young' },
  {
    q: 'Chào cháu, năm năm trước tôi mua căn hộ chung cư của chủ đầu tư, trả đủ tiền rồi mà đến giờ vẫn chưa có sổ hồng, tôi muốn tự đi làm sổ thì nộp ở đâu cháu',
    expect: PROJECT_PAPER,
    who: 'elderly',
  },
  { q: 'mua can ho chung cu tra het tien roi ma chua co so hong, tu di lam so dc ko', expect: PROJECT_PAPER, who: 'rural' },
  { q: 'làm sổ hồng căn hộ chung cư', expect: PROJECT_PAPER, who: 'young' },
  {
    q: 'Thưa anh, căn nhà cấp bốn của tôi xây từ năm bảy mươi, mái dột tường nứt hết cả, giờ tôi muốn sửa lại mái và trát tường thì có phải xin giấy phép gì không anh',
    expect: REPAIR,
    who: 'elderly',
  },
  { q: 'nha tui cu qua muon sua lai cai mai voi lat lai nen co can xin phep ko', expect: REPAIR, who: 'rural' },
  { q: 'sửa nhà có cần giấy phép không', expect: REPAIR, who: 'young' },
  { q: 'Cô ơi, căn nhà cũ ông bà để lại đã xuống cấp lắm rồi, con trai tôi muốn đập đi xây lại nhà hai tầng cho cả nhà ở, vậy xin giấy phép xây dựng ở đâu ạ', expect: NEW, who: 'elderly' },
  { q: 'nha cu sap roi muon dap di xay lai nha moi thi xin giay phep xay dung o xa hay huyen', expect: NEW, who: 'rural' },
  { q: 'xin gpxd nhà ở riêng lẻ', expect: NEW, who: 'young' },
  {
    q: 'Thưa cán bộ, tôi ở dưới quê, trên đất thổ cư của nhà mình, muốn dựng căn nhà cấp bốn cho vợ chồng thằng út ra ở riêng, ở nông thôn như vậy có phải xin phép xây dựng không ạ',
    expect: NEW,
    who: 'elderly',
  },
  { q: 'xay nha o nong thon tren dat tho cu nha minh co phai xin phep xay dung hong', expect: NEW, who: 'rural' },
  { q: 'nhà ở nông thôn có phải xin phép xây dựng', expect: NEW, who: 'young' },
  {
    q: 'Thưa cô, tôi có mảnh ruộng lúa ngay sát đường, tuổi già muốn cất căn nhà nhỏ trên đó để ở cho gần con cái, không biết đất ruộng có được xây nhà không, phải làm giấy tờ gì ạ',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  { q: 'tui muon cat nha tren dat ruong, dat nong nghiep co xay nha dc ko, phai xin chuyen gi', expect: CHANGE_USE, who: 'rural' },
  { q: 'xây nhà trên đất nông nghiệp', expect: CHANGE_USE, who: 'young' },
  {
    q: 'Thưa anh, nhà tôi hiện có hai tầng, nay các cháu lớn rồi chật chội quá, tôi muốn xây thêm một tầng nữa lên trên thì có phải xin giấy phép cải tạo gì không anh',
    expect: ADD_FLOOR,
    who: 'elderly',
  },
  { q: 'nha chat qua muon coi them 1 tang len tren co phai xin phep ko', expect: ADD_FLOOR, who: 'rural' },
  { q: 'xây thêm tầng có cần xin phép', expect: ADD_FLOOR, who: 'young' },
  { q: 'Chào cháu, nhà bác có mảnh vườn giáp với nhà hàng xóm, bác muốn xây bức tường rào cho chắc chắn, không biết có phải lên xã xin phép xây dựng không cháu', expect: NEW, who: 'elderly' },
  { q: 'xay tuong rao quanh vuon nha tui co can giay phep xay dung ko', expect: NEW, who: 'rural' },
  { q: 'xin phép xây tường rào', expect: NEW, who: 'young' },
  {
    q: 'Cháu ơi, nghe người ta đồn là sắp mở đường lớn qua xóm, bác sợ mảnh đất nhà mình nằm trong quy hoạch làm đường, bác muốn hỏi xem thông tin quy hoạch thì hỏi ở đâu',
    expect: PLAN_INFO,
    who: 'elderly',
  },
  { q: 'dat nha tui co dinh quy hoach lam duong ko, muon coi thong tin quy hoach', expect: PLAN_INFO, who: 'rural' },
  { q: 'kiểm tra đất có dính quy hoạch không', expect: PLAN_INFO, who: 'young' },
  {
    q: 'Thưa anh, tôi định bán mảnh đất nhưng người mua đòi phải có giấy tờ chứng minh đất không vướng quy hoạch, vậy xin chứng chỉ quy hoạch hay giấy gì ở đâu anh',
    expect: PLAN_INFO,
    who: 'elderly',
  },
  { q: 'nguoi mua dat doi giay chung chi quy hoach, xin o dau vay', expect: PLAN_INFO, who: 'rural' },
  { q: 'xin chứng chỉ quy hoạch', expect: PLAN_INFO, who: 'young' },
  {
    q: 'Thưa cô, năm ngoái tôi xin được giấy phép xây nhà nhưng vì ốm đau nên chưa khởi công được, nay giấy phép sắp hết hạn, tôi muốn xin gia hạn thêm thì làm thế nào ạ',
    expect: EXTEND,
    who: 'elderly',
  },
  { q: 'giay phep xay dung sap het han ma chua xay, xin gia han duoc ko', expect: EXTEND, who: 'rural' },
  { q: 'gia hạn giấy phép xây dựng', expect: EXTEND, who: 'young' },
  {
    q: 'Chào cháu, tôi có căn nhà cho một gia đình thuê lâu dài đã mấy năm, nay họ muốn nhập hộ khẩu thường trú vào nhà tôi để con đi học, tôi là chủ nhà thì phải làm gì cháu',
    expect: TENANT_PERM,
    who: 'elderly',
  },
  { q: 'nguoi thue nha tui muon dang ky thuong tru vo nha tui duoc ko, lam sao', expect: TENANT_PERM, who: 'rural' },
  { q: 'đăng ký thường trú nhà thuê', expect: TENANT_PERM, who: 'young' },
  {
    q: 'Thưa anh, nhà tôi có mấy phòng trọ cho sinh viên và công nhân thuê, cán bộ công an nhắc phải đăng ký tạm trú cho họ, vậy tôi khai ở đâu, cần giấy tờ gì anh',
    expect: TENANT_TEMP,
    who: 'elderly',
  },
  { q: 'tui cho thue phong tro, phai dang ky tam tru cho may dua thue tro o dau', expect: TENANT_TEMP, who: 'rural' },
  { q: 'đk tạm trú phòng trọ', expect: TENANT_TEMP, who: 'young' },
  {
    q: 'Thưa cô, tôi năm nay đã bảy mươi, ông nhà mất rồi, ở quê một mình không ai chăm, con trai đón lên thành phố ở cùng, tôi muốn chuyển hộ khẩu lên nhà con thì làm sao ạ',
    expect: MOVE_IN,
    who: 'elderly',
  },
  { q: 'tui gia roi len thanh pho o voi con trai, muon chuyen khau len o han luon', expect: MOVE_IN, who: 'rural' },
  { q: 'chuyển hộ khẩu lên ở với con', expect: MOVE_IN, who: 'young' },
  {
    q: 'Chào anh, mẹ vợ tôi tuổi cao sức yếu, ở quê không ai chăm, vợ chồng tôi đón bà về ở cùng, muốn đăng ký thường trú cho bà vào hộ nhà tôi thì cần những giấy tờ gì',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  { q: 'ma tui gia yeu dua ve o chung, nhap khau cho ba vo so ho nha tui', expect: THUONG_TRU, who: 'rural' },
  { q: 'nhập hộ khẩu cho bố mẹ về ở cùng', expect: THUONG_TRU, who: 'young' },
  {
    q: 'Thưa cô, ông nhà tôi mất được ba tháng rồi, đã làm giấy chứng tử xong, giờ tôi có phải lên công an xã xóa tên ông ra khỏi hộ khẩu không, làm thế nào ạ',
    expect: XOA_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'ba tui mat roi, di cat khau cho ba o dau', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'xóa đăng ký thường trú người chết', expect: XOA_THUONG_TRU, who: 'young' },
  {
    q: 'Thưa anh, thằng em chồng tôi đi làm ăn xa biệt tích hơn mười năm nay, vẫn còn tên trong hộ khẩu nhà tôi, tôi muốn xóa tên nó ra khỏi hộ thì có được không anh',
    expect: XOA_THUONG_TRU,
    who: 'elderly',
  },
  { q: 'thang con tui di lam an xa bo nha lau roi ko ve, muon xoa ten no khoi ho khau', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'xóa thường trú người đi khỏi lâu năm', expect: XOA_THUONG_TRU, who: 'young' },
  { q: 'Cô ơi, cháu nội tôi năm nay vào lớp một, nhà trường bảo nộp giấy xác nhận cư trú vì không còn sổ hộ khẩu nữa, bà phải đi xin giấy đó ở đâu cô', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'truong doi giay xac nhan cu tru cho con nhap hoc, xin o dau', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'giấy xác nhận cư trú cho con đi học', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'Thưa anh, sổ đỏ nhà tôi cấp từ hồi chỉ có đất trống, nay đã xây nhà kiên cố rồi, tôi muốn ghi thêm căn nhà vào trong sổ thì làm thủ tục gì anh', expect: HOUSE_ON_TITLE, who: 'elderly' },
  { q: 'so do chi co dat chua co nha, gio xay nha roi muon dua nha vo so', expect: HOUSE_ON_TITLE, who: 'rural' },
  { q: 'bổ sung nhà vào sổ đỏ', expect: HOUSE_ON_TITLE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const HOME56_TUNE: readonly CitizenQuery[] = HOME56_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const HOME56_HELD: readonly CitizenQuery[] = HOME56_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No procedure of the catalogue answers these: demolishing one's own old house needs no permit (the catalogue has
 * relocation, not demolition), and flat prices, cheap rooms, a builder's wage, feng shui, a leaking roof and a mortgage
 * rate are no procedure at all.
 */
export const HOME56_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Thưa cô, căn nhà cũ trên đất nhà tôi bỏ hoang lâu rồi, sắp sập, tôi muốn phá dỡ đi cho an toàn thì có phải làm giấy tờ hay báo cho chính quyền không ạ', who: 'elderly' },
  { q: 'muon pha do cai nha cu sap sap co phai xin phep pha do ko', who: 'rural' },
  { q: 'giấy phép phá dỡ nhà', who: 'young' },
  { q: 'giá căn hộ chung cư quận 7 bây giờ bao nhiêu một mét vuông', who: 'young' },
  { q: 'tìm phòng trọ giá rẻ gần trường đại học', who: 'young' },
  { q: 'tho xay nha cap bon lay cong bao nhieu mot met vuong', who: 'rural' },
  { q: 'Cô ơi, năm nay tôi tuổi Mão, định xây nhà hướng đông nam, không biết có hợp phong thủy không cô', who: 'elderly' },
  { q: 'mai ton nha tui bi dot mua, goi ai toi sua cho', who: 'rural' },
  { q: 'lãi suất vay ngân hàng mua nhà bao nhiêu phần trăm', who: 'young' },
];
