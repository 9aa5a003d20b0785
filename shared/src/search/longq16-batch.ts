import type { CitizenQuery } from './dev-set';

/**
 * Long queries (issue 17, helper session of 6 Dec 2026): 88 queries of 15 to 45 words written in one sitting at
 * 11:48 UTC (docs/search-drafts/longq16-draft-20261206T1148Z.txt), before any procedure name was grepped and before
 * the engine was run on them. Mostly the elderly voice with diacritics and the rural voice without, each a story —
 * who, when, where, why — with incidental words before and after the request, across civil status, land, residence,
 * identity, vehicles, business, social insurance, building, certification and poverty recognition.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. Thirteen have no answer in this catalogue (a restaurant's food-safety
 * certificate, an alcohol retail licence, a worker's pension, old-age and disability allowances, Agent Orange and
 * war-invalid benefits, consular legalisation, divorce, a private nursery, a lost medal certificate, a youth
 * volunteer's allowance, a lost poor-household book): LONGQ16_NO_ANSWER. Split by alternation into LONGQ16_TUNE
 * and LONGQ16_HELD.
 */
export const LONGQ16_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Chào cô, tôi năm nay bảy mươi hai tuổi rồi, ông nhà tôi mất hồi tháng trước ở bệnh viện huyện, giờ con cái bảo tôi phải ra xã làm giấy khai tử cho ông thì làm thế nào',
    expect: ['1.000656'],
    who: 'elderly',
  },
  { q: 'con gai toi moi sinh chau duoc hai tuan o tram y te xa, chong no di lam xa chua ve, gio toi muon di lam giay khai sinh cho chau thi can mang nhung gi', expect: ['1.001193'], who: 'rural' },
  {
    q: 'Cháu ơi bà hỏi chút, thằng cháu nội bà nó sắp lấy vợ người xã bên, nó nhờ bà lên đây xin cái giấy xác nhận tình trạng hôn nhân để nó đi đăng ký kết hôn',
    expect: ['1.004873'],
    who: 'elderly',
  },
  {
    q: 'hai dua con toi nam ngoai da lam dam cuoi theo phong tuc o que roi nhung chua di dang ky ket hon, gio co con sap sinh nen muon dang ky ket hon thi lam sao',
    expect: ['1.000894'],
    who: 'rural',
  },
  {
    q: 'Tôi có ông anh trai mất năm tám mươi mấy từ hồi còn chiến tranh, hồi đó không ai đi khai tử, giờ con cháu cần giấy tờ để làm thừa kế đất thì đăng ký khai tử lại được không',
    expect: ['1.000656', '1.005461'],
    who: 'elderly',
  },
  {
    q: 'ngay xua me toi sinh toi o nha khong co giay khai sinh, nay toi da ngoai nam muoi tuoi muon lam lai giay khai sinh de lam so huu tri thi phai lam the nao',
    expect: ['1.001193', '1.004772'],
    who: 'rural',
  },
  {
    q: 'Giấy khai sinh của tôi ghi sai tên mẹ, chữ Thị thành chữ Thi, bao nhiêu năm nay không để ý, giờ làm sổ đỏ người ta bắt sửa, vậy thay đổi cải chính hộ tịch ở đâu',
    expect: ['1.004859'],
    who: 'elderly',
  },
  {
    q: 'thang con trai toi ten xau qua bi ban be trong truong choc hoai, no muon doi ten khac cho dep, no moi muoi bon tuoi thi bo me lam thu tuc doi ten cho no duoc khong',
    expect: ['1.004859'],
    who: 'rural',
  },
  {
    q: 'Tôi với bà nhà sống với nhau từ năm bảy lăm, có làm đám cưới đàng hoàng mà không có giấy đăng ký kết hôn, giờ con cháu làm giấy tờ nhà đất cần, xin cấp lại giấy kết hôn được không',
    expect: ['1.000894', '1.004746'],
    who: 'elderly',
  },
  { q: 'o nha toi co nuoi mot dua chau mo coi ca cha lan me tu nho, gio muon lam giay to nhan con nuoi cho dang hoang de no di hoc thi phai nop ho so o dau', expect: ['2.001263'], who: 'rural' },
  {
    q: 'Con trai tôi nó có con với một cô gái nhưng hai đứa không cưới, đứa bé giờ ba tuổi rồi, giấy khai sinh bỏ trống tên cha, giờ nó muốn nhận con thì làm thủ tục gì',
    expect: ['1.001022'],
    who: 'elderly',
  },
  {
    q: 'ong ba noi toi de lai mieng dat ruong hai sao, ong ba mat ca roi, anh em trong nha da thong nhat chia nhau, gio muon sang ten so do theo thua ke thi lam sao',
    expect: ['1.013831', '2.001406'],
    who: 'rural',
  },
  {
    q: 'Năm ngoái tôi bán một nửa mảnh vườn cho ông hàng xóm, đã làm giấy tay và công chứng rồi, giờ ổng hỏi thủ tục tách thửa và sang tên cho ổng làm ở đâu vậy cháu',
    expect: ['1.012784', '1.013831'],
    who: 'elderly',
  },
  {
    q: 'nha toi o dat nay tu hoi ong noi khai hoang, o lien tuc may chuc nam khong tranh chap voi ai, chua co so do bao gio, gio muon lam so do lan dau thi phai lam giay to gi',
    expect: ['1.013978'],
    who: 'rural',
  },
  {
    q: 'Trận lũ năm rồi nước vô nhà cuốn trôi hết đồ đạc, cuốn sổ đỏ cũng mất luôn, giờ tôi già rồi muốn xin cấp lại giấy chứng nhận quyền sử dụng đất thì phải làm sao',
    expect: ['1.012786'],
    who: 'elderly',
  },
  { q: 'so do nha toi bi chuot gam rach mat mot goc, chu bi nhoe khong doc duoc, ngan hang khong chiu nhan the chap, muon cap doi so moi thi nop o dau', expect: ['1.012783'], who: 'rural' },
  {
    q: 'Tôi có miếng đất trồng lúa ở sau nhà, nay con trai lấy vợ muốn cất nhà ra riêng trên đó, nghe nói phải xin chuyển mục đích sử dụng đất sang đất ở trước, có đúng không',
    expect: ['1.013949', '1.013823'],
    who: 'elderly',
  },
  { q: 'hai vo chong toi muon the chap so do nha o ngan hang de vay tien cho con di xuat khau lao dong, ngan hang bao phai ra dang ky the chap, lam o dau vay', expect: ['1.011441'], who: 'rural' },
  {
    q: 'Ông cụ nhà tôi trước khi mất có cho con gái út mảnh đất, giờ hai bố con đã làm hợp đồng tặng cho rồi, còn phải đăng ký biến động đất đai ở văn phòng nào nữa',
    expect: ['1.013831'],
    who: 'elderly',
  },
  {
    q: 'so do cua nha toi cap tu nam chin muoi ghi dien tich sai voi thuc te, do lai thay du ra gan ba chuc met, muon dinh chinh lai so cho dung thi phai lam sao',
    expect: ['1.012790', '1.012796', '1.012781'],
    who: 'rural',
  },
  {
    q: 'Thằng con tôi đi làm ăn trong Sài Gòn mười năm nay rồi, giờ nó về quê ở hẳn với bố mẹ, tôi muốn đăng ký thường trú cho nó vào lại hộ khẩu nhà mình thì làm thế nào',
    expect: ['1.004222'],
    who: 'elderly',
  },
  {
    q: 'toi la nguoi o tinh khac ve day thue tro lam cong nhan o khu cong nghiep duoc ba thang roi, chu tro bao phai di dang ky tam tru, lam o dau co mat tien khong',
    expect: ['1.004194'],
    who: 'rural',
  },
  { q: 'Bà cụ mẹ chồng tôi năm nay chín mươi tuổi, mất rồi nhưng hộ khẩu vẫn còn tên bà, công an xã bảo phải xóa đăng ký thường trú cho bà, thủ tục đó làm sao', expect: ['1.003197'], who: 'elderly' },
  { q: 'toi sap di lam an o nuoc ngoai mot nam, nha chi con vo con o nha, nghe noi phai khai bao tam vang truoc khi di, vay khai tam vang o dau va can gi', expect: ['1.003677'], who: 'rural' },
  {
    q: 'Con dâu tôi về làm dâu nhà tôi từ năm ngoái nhưng hộ khẩu vẫn ở bên ngoại tận tỉnh khác, giờ muốn nhập hộ khẩu về nhà chồng cho con cái sau này đi học thì sao',
    expect: ['1.004222'],
    who: 'elderly',
  },
  {
    q: 'nha toi moi xay xong nha o dat moi, chuyen ca gia dinh ve do o, so nha da doi, gio muon dieu chinh thong tin ve cho o trong co so du lieu cu tru thi lam o dau',
    expect: ['1.010039'],
    who: 'rural',
  },
  {
    q: 'Tôi già rồi đi chợ bị móc túi mất cái ví, trong đó có thẻ căn cước, bảo hiểm y tế và ít tiền, giờ muốn làm lại thẻ căn cước thì lên công an huyện hay xã cháu',
    expect: ['1.014064', '2.001194', '1.000757'],
    who: 'elderly',
  },
  {
    q: 'can cuoc cong dan cua toi lam tu nam hai muoi tuoi, nay toi da bon muoi roi, nguoi ta bao phai di doi the moi, vay toi doi can cuoc o dau can mang gi',
    expect: ['1.014063', '2.001195', '1.000889'],
    who: 'rural',
  },
  {
    q: 'Chị hàng xóm dặn tôi ra đây làm cái tài khoản định danh điện tử mức hai trên điện thoại để nhận lương hưu, tôi không biết dùng điện thoại, cháu chỉ giúp bà với',
    expect: ['3.000228'],
    who: 'elderly',
  },
  {
    q: 'thang con toi vua du mười bon tuoi, dang hoc cap hai, thay giao bao phai lam can cuoc cho no de thi, lan dau lam can cuoc cho tre con thi mang theo gi',
    expect: ['1.014061', '2.000200', '1.001247'],
    who: 'rural',
  },
  {
    q: 'Hôm trước tôi đi làm căn cước mà người ta ghi sai ngày sinh của tôi, lệch mất một năm so với giấy khai sinh, giờ xin sửa lại thông tin trên thẻ được không',
    expect: ['1.014063', '1.014060', '1.012564'],
    who: 'elderly',
  },
  {
    q: 'toi vua mua lai chiec xe may cu cua ong ban o xa ben, tra tien xong roi, gio muon sang ten doi chu xe may cho minh dung ten thi phai lam giay to gi o dau',
    expect: ['1.013076'],
    who: 'rural',
  },
  {
    q: 'Con trai tôi mua cho tôi chiếc xe máy điện để đi chợ đi chùa cho tiện, cửa hàng bảo phải đi đăng ký biển số, người già như tôi có phải làm không, làm ở đâu',
    expect: ['1.013067', '1.012575', '1.013066'],
    who: 'elderly',
  },
  { q: 'bang lai xe o to hang b2 cua toi sap het han thang sau roi, toi chay xe dich vu nen khong the de het han duoc, muon doi bang lai thi nop o dau', expect: ['3.000347'], who: 'rural' },
  {
    q: 'Đêm qua nhà tôi bị trộm vào lấy mất giấy đăng ký xe máy cất trong tủ, may là xe còn, giờ muốn xin cấp lại giấy đăng ký xe thì làm thế nào cho nhanh',
    expect: ['1.013082', '1.013080'],
    who: 'elderly',
  },
  { q: 'chiec xe may cua ong noi toi da hu nat khong chay duoc nua, de lau roi, nghe noi phai lam thu tuc thu hoi dang ky va bien so xe, lam o dau', expect: ['1.013123', '1.013065'], who: 'rural' },
  {
    q: 'Bằng lái xe máy của tôi là loại giấy bìa cấp từ năm chín mươi mấy, giấy mủn hết rồi, con cháu bảo đổi sang thẻ nhựa mới được, đổi giấy phép lái xe ở đâu',
    expect: ['3.000347'],
    who: 'elderly',
  },
  {
    q: 'vo chong toi nghi lam ruong muon mo mot cai tiem tap hoa nho truoc nha ban hang tap hoa cho ba con trong xom, co phai dang ky ho kinh doanh khong, lam o dau',
    expect: ['1.001612'],
    who: 'rural',
  },
  {
    q: 'Ông nhà tôi đứng tên hộ kinh doanh tạp hóa, giờ ông yếu quá không làm được nữa, muốn chuyển cho con gái đứng tên thay thì thay đổi đăng ký hộ kinh doanh thế nào',
    expect: ['2.000720'],
    who: 'elderly',
  },
  { q: 'cua hang may va quan ao cua toi lam an thua lo hoai, nay toi muon dong cua luon, nghe noi phai lam thu tuc cham dut hoat dong ho kinh doanh, nop o dau', expect: ['1.001266'], who: 'rural' },
  {
    q: 'Mấy đứa con tôi góp vốn muốn thành lập một công ty trách nhiệm hữu hạn nhỏ làm gạch ở quê, nhờ tôi hỏi giùm thủ tục đăng ký doanh nghiệp làm ở đâu',
    expect: ['2.001199', '2.001583'],
    who: 'elderly',
  },
  { q: 'nha toi co ghe tau danh ca xa bo, nam nay muon dong them chiec tau moi lon hon, nghe noi phai xin giay phep khai thac thuy san, lam o dau', expect: ['1.004359'], who: 'rural' },
  { q: 'toi nghi viec o cong ty duoc hon mot nam roi, khong di lam tiep nua, muon rut bao hiem xa hoi mot lan de lay tien lam von nuoi heo thi lam the nao', expect: ['1.001613'], who: 'rural' },
  {
    q: 'Bà chị tôi đang hưởng lương hưu thì mất tuần trước, con cái nghe nói được hưởng tiền mai táng phí với tử tuất của bảo hiểm xã hội, vậy làm hồ sơ ở đâu',
    expect: ['2.000821', '2.000717'],
    who: 'elderly',
  },
  { q: 'vo toi sinh em be duoc mot thang, vo toi co dong bao hiem o cong ty, nghe noi duoc lanh tien thai san, vay thu tuc huong che do thai san lam the nao', expect: ['2.000693'], who: 'rural' },
  { q: 'Sổ bảo hiểm xã hội của tôi hồi làm ở hợp tác xã bị mối ăn mất rồi, giờ đi làm lương hưu người ta đòi sổ, xin cấp lại sổ bảo hiểm xã hội ở đâu', expect: ['1.002759'], who: 'elderly' },
  {
    q: 'the bao hiem y te cua me toi bi mat khi di kham benh o tram y te, me toi gia yeu hay om, can the de di kham, cap lai the bao hiem y te o dau',
    expect: ['1.002759', '1.001294', '1.001327'],
    who: 'rural',
  },
  {
    q: 'Năm nay mưa bão làm sập cái nhà cấp bốn cũ của tôi rồi, con cái gom tiền xây lại nhà hai tầng trên nền cũ, có phải xin giấy phép xây dựng nhà ở không cháu',
    expect: ['1.013225'],
    who: 'elderly',
  },
  {
    q: 'nha toi o mat duong lon, mai ton bi dot nat het roi, muon sua chua cai tao lai mai va noi them mot phong phia sau thi co can xin phep xay dung khong',
    expect: ['1.013229', '1.013225'],
    who: 'rural',
  },
  {
    q: 'Cháu gái tôi sắp đi du học bên Nhật, trường bên đó bắt nộp phiếu lý lịch tư pháp, nó nhờ ông đi làm giùm thì có được không, làm ở sở tư pháp phải không',
    expect: ['3.000333'],
    who: 'elderly',
  },
  {
    q: 'toi muon di lam viec o Han Quoc theo chuong trinh xuat khau lao dong, trung tam bao phai lam ho chieu truoc, lan dau lam ho chieu pho thong thi lam o dau',
    expect: ['1.001456', '1.001471'],
    who: 'rural',
  },
  {
    q: 'Tôi có mấy cái bằng tốt nghiệp với giấy khai sinh bản chính, con cái cần nộp hồ sơ xin việc, cần chứng thực bản sao từ bản chính ở ủy ban xã được không cháu',
    expect: ['2.000815'],
    who: 'elderly',
  },
  {
    q: 'nha toi nghe co chuong trinh ho tro nha ngheo, nha toi bon nguoi ma lam ruong khong du an, muon duoc xet cong nhan ho ngheo thi phai lam don gui ai',
    expect: ['1.011607', '1.011606'],
    who: 'rural',
  },
  {
    q: 'Mẹ tôi năm nay chín mươi hai tuổi, mắt kém không ký được, mấy anh em muốn làm giấy ủy quyền cho tôi lo việc đất đai, chứng thực hợp đồng ủy quyền ở xã được không',
    expect: ['2.001035', '2.000884'],
    who: 'elderly',
  },
  {
    q: 'ong ngoai toi mat khong de lai di chuc, co mot can nha voi mieng dat, may anh em muon lam van ban thoa thuan phan chia di san thua ke cho dung luat thi lam o dau',
    expect: ['2.001406'],
    who: 'rural',
  },
  { q: 'con toi sinh ben Dai Loan, ba me deu la nguoi Viet, gio ve nuoc song han o que, muon ghi vao so ho tich viec khai sinh o nuoc ngoai cho chau thi lam sao', expect: ['2.000547'], who: 'rural' },
  { q: 'Ông bà thông gia nhà tôi muốn xin giấy xác nhận cư trú để con dâu tôi làm thủ tục vay vốn ngân hàng chính sách, lên công an xã hay ủy ban xin vậy cháu', expect: ['1.010041'], who: 'elderly' },
  { q: 'thang em ho toi di nghia vu quan su ve, gio muon di lam cong nhan o tinh khac, cong ty doi giay xac nhan thong tin cu tru, vay xin o dau va mat bao lau', expect: ['1.010041'], who: 'rural' },
  {
    q: 'Năm ngoái đứa con gái út tôi lấy chồng người Hàn Quốc, giờ nó với chồng về nước muốn đăng ký kết hôn có yếu tố nước ngoài tại Việt Nam thì nộp ở đâu cháu',
    expect: ['2.000806'],
    who: 'elderly',
  },
  {
    q: 'Cái nhà tôi đang ở là nhà tập thể cũ được nhà nước phân từ thời bao cấp, giờ muốn làm giấy chứng nhận quyền sở hữu nhà ở cho con cháu yên tâm thì làm thế nào',
    expect: ['1.013978'],
    who: 'elderly',
  },
  {
    q: 'nha ben canh xay tuong lan sang dat nha toi may tac, noi chuyen khong duoc, gio muon lam don yeu cau hoa giai tranh chap dat dai o xa thi lam sao',
    expect: ['1.012812', '1.013967'],
    who: 'rural',
  },
  {
    q: 'Cháu ơi cho bà hỏi, đứa chắt của bà mới đẻ được hai tháng, bố mẹ nó đi làm xa, bà muốn làm thẻ bảo hiểm y tế cho trẻ dưới sáu tuổi cho nó thì làm ở đâu',
    expect: ['2.001023', '2.000986', '1.001939'],
    who: 'elderly',
  },
  { q: 'toi hoc xong lop mười hai o truong ban bo tuc ma bi mat bang tot nghiep trung hoc pho thong lau roi, nay di xin viec can bang, cap ban sao bang o dau', expect: ['2.000908'], who: 'rural' },
  {
    q: 'Bà già rồi, đi lại khó khăn, con cái ở xa hết, muốn xin đăng ký khai sinh cho đứa chắt sinh ở nhà, không có giấy chứng sinh của bệnh viện thì có được không',
    expect: ['1.001193'],
    who: 'elderly',
  },
  {
    q: 'xe o to cua cong ty toi da het han dang kiem tu thang truoc, tai xe bao phai dua di kiem dinh lai moi duoc chay, vay dang kiem xe o to o dau gan nhat',
    expect: ['1.005103', '1.013089'],
    who: 'rural',
  },
  { q: 'Tôi nuôi mấy chục con bò, muốn mở trang trại chăn nuôi lớn hơn ở ngoài đồng, cán bộ xã bảo phải có giấy chứng nhận đủ điều kiện chăn nuôi, xin ở đâu', expect: ['1.008128'], who: 'elderly' },
  {
    q: 'Con tôi học trường nghề xong về làm thợ điện, muốn mở tiệm sửa chữa điện tử nhỏ ở nhà, có phải lên huyện đăng ký kinh doanh hộ cá thể không, giấy tờ gì',
    expect: ['1.001612'],
    who: 'elderly',
  },
  { q: 'Tôi có đứa cháu mồ côi đang ở với tôi, bố mẹ nó mất vì tai nạn, nó mới mười tuổi, tôi muốn làm người giám hộ cho nó hợp pháp thì đăng ký giám hộ ở đâu', expect: ['1.004837'], who: 'elderly' },
  { q: 'toi lam tho xay o cong trinh bi nga giao ngay tay, cong ty co dong bao hiem, nghe noi duoc huong che do tai nan lao dong, lam ho so o dau cho nhanh', expect: ['1.001632'], who: 'rural' },
  {
    q: 'cha toi moi mat, cha co cuon so tiet kiem va so do dung ten rieng, may anh em can giay chung tu de khai nhan di san, ma truoc het can trich luc khai tu o dau',
    expect: ['2.000635'],
    who: 'rural',
  },
  { q: 'me toi o que moi mat hom qua, toi o xa ve, gio lam giay bao tu cho me o dau vay', expect: ['1.000656'], who: 'rural' },
  { q: 'Nhà tôi mới mua chiếc xe máy mới ở cửa hàng, muốn đăng ký xe lấy biển số thì đi đâu', expect: ['1.013067', '1.012575', '1.013066'], who: 'elderly' },
  { q: 'toi bi mat cai bang lai xe may khi di dam cuoi ben xa, lam lai bang lai o dau', expect: ['3.000348'], who: 'rural' },
  { q: 'Bố em 70 tuổi muốn đổi căn cước gắn chip mà không đi lại được, có làm tại nhà được không ạ', expect: ['1.014063', '2.001195', '1.000889'], who: 'young' },
  { q: 'dat nha toi dang la dat nong nghiep, muon len tho cu de xay nha cho con thi lam sao', expect: ['1.013949', '1.013823'], who: 'rural' },
];

/** The tuned half (even positions): its misses were read and the engine tuned on them. */
export const LONGQ16_TUNE: readonly CitizenQuery[] = LONGQ16_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const LONGQ16_HELD: readonly CitizenQuery[] = LONGQ16_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks. */
export const LONGQ16_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi về hưu rồi, ở nhà buồn muốn mở quán phở nhỏ ở đầu ngõ, con tôi bảo phải xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, xin ở đâu vậy', who: 'elderly' },
  { q: 'tiem tap hoa cua toi ban them ruou bia voi thuoc la cho khach trong xom, co nguoi bao phai xin giay phep ban le ruou moi duoc, xin o phong nao', who: 'rural' },
  { q: 'Tôi làm công nhân ở xí nghiệp may hai mươi năm, đóng bảo hiểm xã hội đầy đủ, nay đủ năm mươi lăm tuổi rồi, muốn làm hồ sơ hưởng lương hưu thì nộp ở đâu cháu', who: 'elderly' },
  { q: 'Tôi năm nay tám mươi mốt tuổi, sống một mình, không có lương hưu, nghe bà con nói người từ tám mươi tuổi trở lên được nhận trợ cấp xã hội hàng tháng, xin ở đâu', who: 'elderly' },
  { q: 'thang con toi bi bai nao tu nho, khong tu di lai duoc, nghe noi duoc huong tro cap cho nguoi khuyet tat, truoc het phai xac dinh muc do khuyet tat phai khong', who: 'rural' },
  { q: 'Ông nhà tôi hồi trước đi bộ đội đánh Mỹ, bị nhiễm chất độc da cam, giờ ông già yếu bệnh tật, con cháu muốn làm hồ sơ hưởng chế độ chất độc hóa học thì sao', who: 'elderly' },
  { q: 'ba toi la thuong binh, moi mat thang truoc o nha, nghe noi gia dinh duoc huong tro cap mai tang va tien tuat, lam ho so o dau phong lao dong hay xa', who: 'rural' },
  { q: 'Thằng cháu ngoại tôi học xong đại học rồi, nó muốn đi làm ở nước ngoài nên cần hợp pháp hóa lãnh sự cái bằng, nghe nói phải qua bộ ngoại giao, có đúng vậy không', who: 'elderly' },
  { q: 'chong toi bo di bien biet may nam nay khong ve, khong lien lac duoc gi ca, nay toi muon lam don ly hon don phuong thi nop o toa an hay o xa vay', who: 'rural' },
  { q: 'nha toi muon xin phep cho con gai toi mo lop day tre mam non tu thuc nho tai nha de trong tre trong xom, thu tuc cho phep thanh lap nhom tre lam o dau', who: 'rural' },
  { q: 'ong noi toi duoc tang huan chuong khang chien nhung bi that lac giay chung nhan huan chuong roi, gio con chau muon xin cap lai de lam che do thi nop o dau', who: 'rural' },
  { q: 'Hồi trẻ tôi đi thanh niên xung phong mấy năm ở Trường Sơn, nghe nói giờ được hưởng trợ cấp một lần cho thanh niên xung phong, tôi cần chuẩn bị giấy tờ gì', who: 'elderly' },
  { q: 'Tôi già rồi mắt kém, cháu ơi cho tôi hỏi làm lại cái sổ hộ nghèo bị mất thì ở đâu', who: 'elderly' },
];
