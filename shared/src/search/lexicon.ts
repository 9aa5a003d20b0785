/**
 * The citizen lexicon: how people at a one-stop counter name things, next to how the catalogue names them.
 * Every phrase of an entry — what people say ("say") and what the catalogue says ("means") — is one
 * concept, applied the same way to the catalogue's text when the index is built and to the query when it
 * is typed (lexicon-compile.ts). Phrases are matched without diacritics, as whole words, side by side.
 *
 * Written from knowledge of how people speak at commune and province counters (not from any test query),
 * by field. `source` says where an entry comes from:
 * - "counter": everyday words heard at the counter for the official term;
 * - "old name": a paper's name before a reform that people still use (CMND, sổ hộ khẩu, cavet);
 * - "abbreviation": short forms, both ways — in citizens' mouths and in the catalogue's own names;
 * - "regional": Southern and Central words and spellings for the Northern/official ones;
 * - "legal": terms the law uses interchangeably, or that citizens confuse with a neighbour (công chứng
 *   and chứng thực).
 * Which side reads what: the "means" phrases, abbreviations and old names are read in the catalogue's
 * text and in queries alike (the catalogue writes "BHXH" and "bảo hiểm xã hội", "UBND" and "Ủy ban nhân
 * dân"); everyday and regional speech is read in queries only, because official text uses those words in
 * another sense ("đã mất tính năng" is not a death, "làm mất" in a name is not a reissue).
 * Staff add entries through the console (issue 17, part 5) in the same shape.
 */
export type { LexiconEntry } from './lexicon-entry';
import { type LexiconEntry, lexiconEntry as e } from './lexicon-entry';
import { LEXICON_FIELDS } from './lexicon-fields';

const LEXICON_DAILY: readonly LexiconEntry[] = [
  // — Administration: abbreviations the catalogue's names use, and citizens too.
  e('hành chính', 'abbreviation', ['ubnd', 'uy ban'], ['uy ban nhan dan']),
  e('hành chính', 'abbreviation', ['hdnd'], ['hoi dong nhan dan']),
  e('hành chính', 'abbreviation', ['ubmttq', 'mat tran'], ['uy ban mat tran to quoc']),
  e('hành chính', 'abbreviation', ['tthc'], ['thu tuc hanh chinh']),
  e('hành chính', 'abbreviation', ['dvc', 'dich vu cong truc tuyen', 'nop online', 'nop truc tuyen', 'lam online', 'online'], ['truc tuyen']),
  e('hành chính', 'abbreviation', ['nd cp', 'nghi dinh chinh phu'], ['nghi dinh']),
  e('hành chính', 'abbreviation', ['cqnn', 'co quan nha nuoc'], ['co quan nha nuoc']),
  e('hành chính', 'abbreviation', ['ttg', 'thu tuong'], ['thu tuong chinh phu']),
  e('hành chính', 'counter', ['nguoi nuoc ngoai', 'nuoc ngoai', 'viet kieu', 'lay chong nuoc ngoai', 'lay vo nuoc ngoai', 'lay chong han quoc', 'lay chong dai loan', 'lay chong trung quoc', 'lay chong nhat', 'lay chong tay'], ['co yeu to nuoc ngoai']),
  e('hành chính', 'abbreviation', ['vn'], ['viet nam']),
  e('hành chính', 'counter', ['mat', 'bi mat', 'danh mat', 'lam mat', 'that lac', 'bi rach', 'rach', 'hu', 'hu hong', 'bi hong', 'lam lai', 'xin lai', 'cap moi lai', 'lam moi lai'], ['cap lai']),
  e('hành chính', 'counter', ['doi moi', 'doi', 'het han', 'het han su dung', 'doi sang moi', 'doi mau moi'], ['cap doi']),
  e('hành chính', 'counter', ['xin lan dau', 'lam moi', 'lam lan dau', 'moi lam'], ['lan dau']),
  e('hành chính', 'counter', ['sua', 'sua sai', 'sua lai', 'bi sai', 'ghi sai', 'viet sai', 'in sai'], ['dinh chinh', 'cai chinh', 'dieu chinh']),
  e('hành chính', 'counter', ['keo dai', 'gia han them', 'xin them thoi gian'], ['gia han']),
  e('hành chính', 'counter', ['huy', 'xoa ten'], ['xoa dang ky', 'cham dut']),

  // — Civil status (hộ tịch).
  e('Hộ tịch', 'regional', ['khai sanh', 'giay khai sanh', 'lam khai sanh', 'bo khai sanh'], ['khai sinh']),
  e('Hộ tịch', 'counter', ['lam giay khai sinh', 'lam khai sinh', 'khai sinh cho con', 'khai sinh cho chau', 'di khai sinh', 'lam giay sinh', 'khai sinh moi de', 'dk khai sinh', 'dang ki khai sinh', 'khai sinh qua han', 'khai sinh tre han'], ['dang ky khai sinh']),
  e('Hộ tịch', 'counter', ['bao tu', 'giay bao tu', 'giay chung tu', 'chung tu', 'khai bao tu', 'bao nguoi mat', 'khai tu cho', 'lam giay chet', 'nguoi chet', 'nguoi mat', 'da mat', 'qua doi', 'mat roi', 'tu tran'], ['khai tu']),
  e('Hộ tịch', 'counter', ['lay vo', 'lay chong', 'cuoi vo', 'cuoi chong', 'cuoi', 'lam giay ket hon', 'giay ket hon', 'dang ki ket hon', 'dk ket hon', 'lam dam cuoi', 'cuoi hoi'], ['dang ky ket hon', 'ket hon']),
  e('Hộ tịch', 'counter', ['doc than', 'giay doc than', 'xac nhan doc than', 'chung nhan doc than', 'giay xac nhan doc than', 'chua vo', 'chua chong', 'chua ket hon', 'giay doc than'], ['xac nhan tinh trang hon nhan', 'tinh trang hon nhan']),
  e('Hộ tịch', 'counter', ['ban sao khai sinh', 'ban sao giay khai sinh', 'sao giay khai sinh', 'trich luc', 'xin trich luc', 'trich sao', 'ban sao ket hon', 'ban sao giay chung tu', 'xin lai giay khai sinh', 'cap lai giay khai sinh'], ['ban sao trich luc ho tich', 'trich luc ho tich', 'ban sao giay khai sinh']),
  e('Hộ tịch', 'counter', ['doi ten', 'doi ho', 'thay ten', 'sua ten', 'sua ho', 'sua ngay sinh', 'sua nam sinh', 'sai ngay sinh', 'sai nam sinh', 'sai ten', 'sai ho', 'sua giay khai sinh', 'sua khai sinh', 'them ten cha', 'bo sung ten cha', 'doi dan toc', 'xac dinh lai dan toc', 'cai chinh', 'cai chinh ho tich', 'thay doi ho ten', 'doi gioi tinh'], ['thay doi cai chinh bo sung thong tin ho tich']),
  e('Hộ tịch', 'counter', ['nhan cha', 'nhan me', 'nhan con', 'nhan cha cho con', 'nhan bo', 'nhan bo con', 'nhan cha con', 'nhan me con', 'xac nhan cha con', 'con ngoai gia thu', 'con rieng'], ['nhan cha me con']),
  e('Nuôi con nuôi', 'counter', ['xin con nuoi', 'nhan con nuoi', 'lam con nuoi', 'nhan nuoi', 'xin nuoi', 'nhan chau lam con', 'con nuoi'], ['nuoi con nuoi']),
  e('Hộ tịch', 'counter', ['nguoi giam ho', 'giam ho cho', 'trong nom', 'nuoi duong nguoi gia'], ['giam ho']),
  e('Hộ tịch', 'counter', ['giay khai sinh', 'to khai sinh', 'ban khai sinh', 'giay khai sanh'], ['giay khai sinh']),
  e('Hộ tịch', 'counter', ['mat giay khai sinh', 'giay khai sinh bi mat', 'lam lai giay khai sinh', 'mat giay chung tu', 'giay chung tu bi mat', 'lam lai giay chung tu', 'xin lai giay chung tu', 'mat giay ket hon', 'giay ket hon bi mat', 'lam lai giay ket hon', 'xin lai giay ket hon', 'mat giay dang ky ket hon'], ['ban sao trich luc ho tich', 'trich luc ho tich']),
  e('Hộ tịch', 'counter', ['ly di', 'bo vo', 'bo chong', 'ly hon o nuoc ngoai', 'ghi chu ly hon'], ['ly hon']),
  e('Hộ tịch', 'counter', ['dang ky lai', 'khai lai', 'lam lai khai sinh', 'mat ca ban chinh', 'mat so goc'], ['dang ky lai']),

  // — Certification and notarisation: citizens say "công chứng" for what the commune certifies.
  e('Chứng thực', 'legal', ['cong chung', 'cong chung giay to', 'photo cong chung', 'sao y', 'sao y ban chinh', 'sao chung thuc', 'cong chung ban sao', 'ban photo', 'photo', 'cong chung bang', 'cong chung so', 'thi thuc'], ['chung thuc ban sao', 'ban sao tu ban chinh', 'chung thuc']),
  e('Chứng thực', 'counter', ['ky ten xac nhan', 'xac nhan chu ky', 'cong chung chu ky', 'lan tay', 'diem chi', 'ky xac nhan', 'thi thuc chu ky'], ['chung thuc chu ky']),
  e('Chứng thực', 'counter', ['hop dong mua ban', 'hop dong chuyen nhuong', 'giay mua ban', 'giay tay', 'hop dong uy quyen', 'uy quyen', 'giay uy quyen', 'hop dong tang cho', 'hop dong the chap', 'giay to mua ban dat', 'hop dong mua ban dat', 'giay mua ban nha'], ['chung thuc giao dich', 'chung thuc hop dong', 'giao dich lien quan den tai san']),
  e('Chứng thực', 'counter', ['lam di chuc', 'viet di chuc', 'chia tai san khi chet', 'de lai tai san', 'chuc thu'], ['di chuc']),
  e('Chứng thực', 'counter', ['chia thua ke', 'chia tai san thua ke', 'khai nhan thua ke', 'thoa thuan chia tai san', 'phan chia tai san', 'de lai dat', 'bo me mat de lai', 'nhan thua ke', 'huong thua ke', 'thua ke'], ['phan chia di san', 'di san', 'thua ke']),
  e('Chứng thực', 'counter', ['tu choi nhan thua ke', 'khong nhan thua ke', 'nhuong phan thua ke'], ['tu choi nhan di san']),
  e('Chứng thực', 'counter', ['dich thuat', 'dich cong chung', 'dich giay to', 'ban dich'], ['chu ky nguoi dich']),

  // — Residence: the household book is gone, its words are not.
  e('Cư trú', 'old name', ['nhap ho khau', 'nhap khau', 'chuyen ho khau', 'chuyen khau', 'len ho khau', 'vao ho khau', 'cho vao ho khau', 'dang ky ho khau', 'ho khau', 'so ho khau', 'lam ho khau', 'nhap ho', 'thuong tru', 'dang ky thuong tru', 'cat khau den', 'khau thuong tru'], ['dang ky thuong tru']),
  e('Cư trú', 'old name', ['tach ho khau', 'tach khau', 'tach so ho khau', 'tach ho rieng', 'ra ho rieng', 'lap ho moi'], ['tach ho']),
  e('Cư trú', 'old name', ['cat ho khau', 'cat khau', 'xoa ho khau', 'xoa khau', 'xoa ten trong ho khau', 'cat ten khoi ho khau', 'rut ho khau'], ['xoa dang ky thuong tru']),
  e('Cư trú', 'counter', ['khai bao tam tru', 'tam tru tam vang', 'dang ky tam tru', 'o tro', 'thue tro', 'nha tro', 'phong tro', 'sinh vien o tro', 'nguoi thue nha', 'so tam tru', 'the tam tru', 'kt3'], ['dang ky tam tru', 'tam tru']),
  e('Cư trú', 'counter', ['vang nha', 'di lam xa', 'di vang', 'bao vang', 'khai bao vang', 'xin vang mat', 'vang mat dai ngay'], ['khai bao tam vang', 'tam vang']),
  e('Cư trú', 'counter', ['xac nhan cu tru', 'xac nhan noi o', 'xac nhan noi cu tru', 'giay xac nhan cu tru', 'xac nhan dia chi', 'xac nhan thuong tru', 'xac nhan tam tru', 'ct07', 'mau ct07', 'ct08', 'thay so ho khau', 'lam lai so ho khau', 'so ho khau bi mat', 'giay xac nhan ho khau'], ['xac nhan thong tin ve cu tru']),
  e('Cư trú', 'counter', ['bao khach o', 'khach o qua dem', 'khach den o', 'bao luu tru', 'khai bao luu tru', 'khach tro'], ['thong bao luu tru']),

  // — Identity, passports, records.
  e('Căn cước', 'old name', ['cccd', 'can cuoc cong dan', 'the can cuoc cong dan', 'cmnd', 'chung minh nhan dan', 'chung minh thu', 'chung minh', 'cmt', 'can cuoc', 'the can cuoc', 'cmnd 9 so', 'cmnd 12 so', 'the cccd', 'can cuoc gan chip', 'the chip'], ['the can cuoc']),
  e('Căn cước', 'counter', ['lam cccd', 'lam can cuoc', 'lam the can cuoc', 'lam cmnd', 'lam chung minh', 'lam chung minh thu', 'lam chung minh nhan dan', 'lam can cuoc cong dan', 'lam the chip', 'bam van tay lam can cuoc'], ['cap the can cuoc']),
  e('Căn cước', 'counter', ['can cuoc cho tre em', 'can cuoc cho be', 'can cuoc cho con', 'can cuoc tre duoi 14', 'can cuoc cho tre', 'lam can cuoc cho con'], ['nguoi duoi 14 tuoi']),
  e('Căn cước', 'counter', ['tai khoan dinh danh', 'vneid', 'dinh danh dien tu', 'kich hoat vneid', 'tai khoan vneid', 'muc 2', 'dinh danh muc 2'], ['tai khoan dinh danh dien tu', 'dinh danh dien tu']),
  e('Xuất nhập cảnh', 'counter', ['passport', 'pasport', 'ho chieu', 'lam passport', 'so ho chieu', 'ho chieu pho thong', 'lam ho chieu', 'xin ho chieu', 'ho chieu di nuoc ngoai', 'di xuat khau lao dong', 'xuat khau lao dong', 'di nuoc ngoai'], ['cap ho chieu pho thong', 'ho chieu pho thong']),
  e('Xuất nhập cảnh', 'counter', ['mat ho chieu', 'bao mat ho chieu', 'ho chieu bi mat', 'mat passport'], ['trinh bao mat ho chieu']),
  e('Xuất nhập cảnh', 'abbreviation', ['xnc', 'xuat canh', 'nhap canh'], ['xuat nhap canh']),
  e('Lý lịch tư pháp', 'counter', ['lltp', 'ly lich', 'ly lich tu phap', 'phieu ly lich', 'giay xac nhan khong tien an', 'xac nhan khong tien an', 'khong tien an tien su', 'tien an tien su', 'giay tu phap', 'phieu so 1', 'phieu so 2', 'ly lich di lam', 'ly lich xuat khau lao dong'], ['phieu ly lich tu phap', 'ly lich tu phap']),
  e('Quốc tịch', 'counter', ['nhap quoc tich', 'xin quoc tich', 'vao quoc tich', 'lam nguoi viet nam'], ['nhap quoc tich viet nam']),
  e('Quốc tịch', 'counter', ['bo quoc tich', 'thoi quoc tich', 'tu bo quoc tich', 'xin thoi quoc tich'], ['thoi quoc tich viet nam']),

  // — Land: the colour of the certificate's cover, and what people do with it.
  e('Đất đai', 'counter', ['so do', 'so hong', 'bia do', 'bia hong', 'so dat', 'giay dat', 'giay to dat', 'giay to nha dat', 'giay nha dat', 'giay to nha', 'bang khoan', 'so nha dat', 'gcn qsdd', 'gcnqsdd', 'gcn', 'giay chung nhan dat', 'so hong chung cu'], ['giay chung nhan quyen su dung dat', 'quyen su dung dat']),
  e('Đất đai', 'counter', ['lam so do', 'lam so hong', 'cap so do', 'cap so hong', 'cap so do lan dau', 'xin cap so do', 'lam giay to dat', 'lam bia do', 'lam so dat', 'hop thuc hoa dat', 'dat chua co so', 'dat chua co so do', 'cap giay chung nhan lan dau', 'dang ky dat lan dau', 'dang ki dat dai'], ['dang ky dat dai']),
  e('Đất đai', 'counter', ['sang ten', 'sang ten so do', 'sang ten so hong', 'sang ten dat', 'sang ten nha dat', 'mua dat', 'ban dat', 'mua ban dat', 'mua ban nha dat', 'cho con dat', 'cho dat', 'tang cho dat', 'tang dat', 'cho tang dat', 'thua ke dat', 'chia dat cho con', 'dat thua ke', 'nhan chuyen nhuong', 'chuyen nhuong dat', 'chuyen ten so do', 'don dien doi thua'], ['dang ky bien dong', 'chuyen nhuong thua ke tang cho quyen su dung dat', 'chuyen nhuong quyen su dung dat']),
  e('Đất đai', 'counter', ['tach so', 'tach so do', 'tach so hong', 'tach dat', 'tach thua', 'chia thua', 'cat dat', 'chia dat', 'tach thua dat', 'nhap thua', 'gop thua', 'hop thua', 'gop so', 'gop dat'], ['tach thua hoac hop thua dat', 'tach thua', 'hop thua']),
  e('Đất đai', 'counter', ['len tho cu', 'chuyen tho cu', 'lam tho cu', 'tho cu', 'chuyen dat vuon', 'dat vuon', 'chuyen dat nong nghiep', 'chuyen len dat o', 'chuyen sang dat o', 'dat ruong thanh dat o', 'chuyen doi muc dich', 'doi muc dich dat', 'chuyen dat lua', 'len dat o'], ['chuyen muc dich su dung dat']),
  e('Đất đai', 'counter', ['the chap', 'the chap so do', 'the so do', 'cam so do', 'vay ngan hang', 'vay the chap', 'cam dat', 'the dat', 'dang ky the chap', 'dang ki the chap'], ['dang ky bien phap bao dam', 'bien phap bao dam', 'the chap']),
  e('Đất đai', 'counter', ['xoa the chap', 'giai chap', 'rut so do', 'rut so do ngan hang', 'tra no ngan hang lay so'], ['xoa dang ky bien phap bao dam']),
  e('Đất đai', 'counter', ['doi so do', 'doi so hong', 'doi so cu', 'doi so moi', 'so cu sang so moi', 'so do cu', 'so rach', 'so nat', 'so bi rach', 'cap doi so do', 'cap doi so'], ['cap doi giay chung nhan quyen su dung dat']),
  e('Đất đai', 'counter', ['mat so do', 'mat so hong', 'so do bi mat', 'so hong bi mat', 'lam lai so do', 'lam lai so hong', 'cap lai so do', 'xin lai so do', 'chay mat so do'], ['cap lai giay chung nhan do bi mat']),
  e('Đất đai', 'counter', ['sua so do', 'sai so do', 'so do sai ten', 'so do ghi sai', 'sua ten tren so do', 'sai dien tich', 'sai thong tin so do'], ['dinh chinh giay chung nhan']),
  e('Đất đai', 'counter', ['tranh chap', 'tranh chap dat', 'lan chiem dat', 'lan dat', 'lan ranh', 'ranh gioi dat', 'cai nhau dat', 'kien dat', 'hang xom lan dat', 'dat bi lan', 'giai quyet tranh chap'], ['tranh chap dat dai']),
  e('Đất đai', 'counter', ['dat o', 'dat xay nha', 'dat lam nha', 'xin dat', 'xin dat o', 'giao dat lam nha', 'cap dat'], ['giao dat', 'dat o']),
  e('Đất đai', 'counter', ['thue dat', 'thue dat nha nuoc', 'muon dat'], ['cho thue dat']),
  e('Đất đai', 'counter', ['den bu', 'den bu dat', 'giai toa', 'bi giai toa', 'thu hoi dat', 'tai dinh cu'], ['boi thuong ho tro tai dinh cu']),
  e('Đất đai', 'counter', ['bien dong dat', 'thay doi so do', 'cap nhat so do', 'thay doi thong tin so do', 'doi ten tren so do'], ['dang ky bien dong']),
  e('Đất đai', 'counter', ['tien su dung dat', 'tien dat', 'no tien dat', 'ghi no tien dat'], ['tien su dung dat']),
  e('Đất đai', 'counter', ['do dat', 'do lai dat', 'do dac', 'trich do', 'ban do dia chinh'], ['do dac', 'trich do ban do dia chinh']),
  e('Đất đai', 'abbreviation', ['bds', 'nha dat', 'dia oc'], ['bat dong san']),
  e('Đất đai', 'abbreviation', ['qsd', 'qsdd', 'qsh'], ['quyen su dung', 'quyen so huu']),

  // — Building and housing.
  e('Xây dựng', 'abbreviation', ['gpxd', 'giay phep xd', 'phep xay dung', 'xin phep xay nha', 'xin phep xay', 'phep xay nha', 'xin giay phep xay nha', 'xay nha', 'xay nha moi', 'lam nha', 'cat nha', 'xay nha cap 4', 'nha cap 4', 'xay nha o', 'giay phep xay nha'], ['giay phep xay dung', 'nha o rieng le']),
  e('Xây dựng', 'counter', ['sua nha', 'sua chua nha', 'nang cap nha', 'coi noi nha', 'noi nha', 'len tang', 'xay them tang', 'cai tao nha', 'sua lai nha', 'do mai'], ['sua chua cai tao']),
  e('Xây dựng', 'counter', ['pha nha', 'do nha', 'pha do', 'don nha', 'di chuyen nha'], ['di doi']),
  e('Xây dựng', 'counter', ['chung chi xay dung', 'chung chi hanh nghe xay dung', 'chung chi ky su'], ['chung chi hanh nghe hoat dong xay dung']),
  e('Nhà ở', 'counter', ['nha xa hoi', 'mua nha xa hoi', 'thue nha xa hoi', 'nha o cho nguoi ngheo', 'nha gia re'], ['nha o xa hoi']),
  e('Nhà ở', 'counter', ['chung cu', 'can ho', 'nha chung cu', 'ban quan tri chung cu'], ['nha chung cu']),
  e('Nhà ở', 'counter', ['nha cong vu', 'nha tap the', 'nha nha nuoc', 'nha thue nha nuoc'], ['nha o cu thuoc tai san cong', 'nha o cong vu']),

  // — Household business, companies, cooperatives.
  e('Hộ kinh doanh', 'abbreviation', ['hkd', 'ho kd', 'ho ca the', 'ca the', 'kinh doanh ca the', 'kinh doanh ho gia dinh', 'ho gia dinh kinh doanh', 'buon ban nho', 'tieu thuong', 'ban hang online', 'ban online'], ['ho kinh doanh']),
  e('Hộ kinh doanh', 'abbreviation', ['gpkd', 'giay phep kinh doanh', 'giay phep kd', 'dkkd', 'dang ky kd', 'dang ki kinh doanh', 'giay dang ky kinh doanh', 'xin giay phep kinh doanh', 'lam giay phep kinh doanh', 'mo quan', 'mo cua hang', 'mo tiem', 'mo shop', 'mo quan an', 'mo quan nuoc', 'mo quan ca phe', 'mo tap hoa', 'ban tap hoa', 'mo sap', 'mo hang', 'mo ho kinh doanh', 'lap ho kinh doanh', 'kinh doanh nho'], ['dang ky thanh lap ho kinh doanh', 'dang ky kinh doanh']),
  e('Hộ kinh doanh', 'counter', ['nghi kinh doanh', 'nghi ban', 'dong cua', 'dong cua hang', 'dep quan', 'thoi kinh doanh', 'khong kinh doanh nua', 'giai the ho', 'dong cua ho kinh doanh', 'nghi kinh doanh han', 'cham dut kinh doanh', 'huy giay phep kinh doanh'], ['cham dut hoat dong ho kinh doanh', 'cham dut hoat dong']),
  e('Hộ kinh doanh', 'counter', ['nghi tam', 'nghi mot thoi gian', 'tam nghi', 'tam dong cua', 'tam dung kinh doanh', 'ngung kinh doanh', 'tam ngung'], ['tam ngung kinh doanh']),
  e('Hộ kinh doanh', 'counter', ['doi dia chi kinh doanh', 'doi nganh nghe', 'them nganh nghe', 'doi ten cua hang', 'doi ten ho kinh doanh', 'doi chu ho', 'doi dia diem kinh doanh', 'thay doi giay phep kinh doanh', 'sua giay phep kinh doanh'], ['thay doi noi dung dang ky']),
  e('Doanh nghiệp', 'abbreviation', ['dn', 'cong ty', 'cty'], ['doanh nghiep', 'cong ty']),
  e('Doanh nghiệp', 'abbreviation', ['tnhh', 'cty tnhh', 'trach nhiem huu han', 'mtv', 'mot thanh vien', '1 thanh vien', '2 thanh vien'], ['cong ty tnhh', 'trach nhiem huu han']),
  e('Doanh nghiệp', 'abbreviation', ['cp', 'cty cp', 'co phan'], ['cong ty co phan']),
  e('Doanh nghiệp', 'abbreviation', ['dntn', 'doanh nghiep tu nhan', 'cong ty tu nhan'], ['doanh nghiep tu nhan']),
  e('Doanh nghiệp', 'counter', ['mo cong ty', 'lap cong ty', 'thanh lap cong ty', 'dang ky cong ty', 'mo doanh nghiep', 'lap doanh nghiep', 'thanh lap doanh nghiep', 'dang ky doanh nghiep', 'dang ky thanh lap doanh nghiep'], ['thanh lap cong ty', 'thanh lap doanh nghiep', 'dang ky thanh lap cong ty', 'dang ky thanh lap doanh nghiep']),
  e('Doanh nghiệp', 'counter', ['dong cua cong ty', 'giai the cong ty', 'xoa cong ty', 'dong cong ty', 'pha san'], ['giai the doanh nghiep', 'giai the']),
  e('Doanh nghiệp', 'counter', ['doi giam doc', 'doi nguoi dai dien', 'doi nguoi dung ten', 'doi chu cong ty', 'doi dai dien phap luat', 'nguoi dai dien phap luat'], ['nguoi dai dien theo phap luat']),
  e('Doanh nghiệp', 'counter', ['tang von', 'giam von', 'doi von'], ['thay doi von dieu le', 'von dieu le']),
  e('Doanh nghiệp', 'abbreviation', ['vpdd', 'van phong dai dien', 'chi nhanh cong ty'], ['van phong dai dien', 'chi nhanh']),
  e('Hợp tác xã', 'abbreviation', ['htx', 'lhhtx'], ['hop tac xa', 'lien hiep hop tac xa']),
  e('Hợp tác xã', 'counter', ['lap htx', 'thanh lap htx', 'mo htx', 'dang ky htx', 'lap hop tac xa', 'thanh lap hop tac xa', 'mo hop tac xa'], ['dang ky thanh lap hop tac xa']),
  e('Hợp tác xã', 'counter', ['to hop tac', 'to san xuat', 'to hop'], ['to hop tac']),
  e('Kinh doanh có điều kiện', 'counter', ['cam do', 'tiem cam do', 'kinh doanh cam do', 'nha nghi', 'khach san', 'karaoke', 'massage', 'bar', 'vu truong', 'dich vu bao ve', 'an ninh trat tu', 'dieu kien anninh', 'giay an ninh trat tu'], ['du dieu kien ve an ninh trat tu']),
  e('Con dấu', 'counter', ['khac dau', 'lam con dau', 'dang ky con dau', 'dau cong ty', 'mau dau'], ['mau con dau']),

  // — Tax.
  e('Thuế', 'abbreviation', ['ma so thue ca nhan', 'mst ca nhan', 'lam ma so thue', 'dang ky ma so thue', 'xin ma so thue', 'dang ky thue ca nhan', 'dang ki ma so thue', 'ma so thue nguoi phu thuoc', 'cap ma so thue ca nhan', 'cap ma so thue'], ['dang ky thue lan dau']),
  e('Thuế', 'abbreviation', ['mst', 'ma thue'], ['ma so thue']),
  e('Thuế', 'abbreviation', ['tncn', 'thue thu nhap', 'thue thu nhap ca nhan', 'quyet toan thue', 'thue luong'], ['thue thu nhap ca nhan']),
  e('Thuế', 'counter', ['thue dat', 'thue nha dat', 'dong thue dat', 'nop thue dat', 'thue dat o', 'thue dat phi nong nghiep', 'thue dat nong nghiep', 'thue ruong'], ['thue su dung dat phi nong nghiep', 'thue su dung dat nong nghiep']),
  e('Thuế', 'counter', ['truoc ba', 'thue truoc ba', 'le phi truoc ba', 'nop truoc ba', 'dong truoc ba', 'phi truoc ba'], ['le phi truoc ba']),
  e('Thuế', 'counter', ['thue khoan', 'thue ho kinh doanh', 'dong thue kinh doanh', 'nop thue kinh doanh', 'thue ban hang'], ['thue doi voi ho kinh doanh ca nhan kinh doanh', 'khai thue']),
  e('Thuế', 'counter', ['mien thue', 'giam thue', 'xin mien thue', 'xin giam thue'], ['mien giam']),
  e('Thuế', 'abbreviation', ['gtgt', 'vat', 'thue vat'], ['thue gia tri gia tang']),
  e('Thuế', 'abbreviation', ['tndn'], ['thue thu nhap doanh nghiep']),
  e('Thuế', 'abbreviation', ['hoa don do', 'hoa don vat', 'hoa don dien tu'], ['hoa don']),

  // — Social insurance, health insurance, unemployment.
  e('Bảo hiểm xã hội', 'abbreviation', ['bhxh', 'bh xa hoi', 'so bao hiem', 'so bhxh', 'bao hiem xa hoi', 'so bao hiem xa hoi'], ['bao hiem xa hoi']),
  e('Bảo hiểm y tế', 'abbreviation', ['bhyt', 'bh y te', 'the bao hiem', 'the bhyt', 'the y te', 'bao hiem y te', 'bao hiem suc khoe', 'the kham benh', 'the bao hiem y te'], ['bao hiem y te']),
  e('Bảo hiểm', 'abbreviation', ['bhtn', 'bao hiem that nghiep', 'tro cap that nghiep', 'tien that nghiep', 'lanh that nghiep', 'mat viec', 'nghi viec lanh tien', 'bi cho nghi viec'], ['bao hiem that nghiep', 'tro cap that nghiep']),
  e('Bảo hiểm', 'abbreviation', ['tnld', 'tai nan lao dong', 'tai nan khi lam', 'bi tai nan o cong ty', 'bnn', 'benh nghe nghiep'], ['tai nan lao dong', 'benh nghe nghiep']),
  e('Bảo hiểm', 'abbreviation', ['dsphsk', 'duong suc', 'nghi duong suc', 'phuc hoi suc khoe'], ['duong suc phuc hoi suc khoe']),
  e('Bảo hiểm', 'abbreviation', ['kcb', 'kham benh', 'chua benh', 'kham chua benh', 'nam vien', 'vien phi'], ['kham chua benh']),
  e('Bảo hiểm xã hội', 'counter', ['rut bhxh', 'rut bao hiem', 'rut so bao hiem', 'rut bao hiem xa hoi', 'rut 1 lan', 'rut mot lan', 'lanh 1 lan', 'lanh bao hiem 1 lan', 'bhxh 1 lan', 'bao hiem mot lan', 'chot so rut tien', 'rut tien bao hiem', 'lay tien bao hiem'], ['huong bao hiem xa hoi mot lan']),
  e('Bảo hiểm xã hội', 'counter', ['luong huu', 'huong luong huu', 've huu', 'nghi huu', 'lanh luong huu', 'tien huu', 'huong che do huu', 'luong ve huu', 'nhan luong huu'], ['luong huu']),
  e('Bảo hiểm xã hội', 'counter', ['sinh con', 'sinh em be', 'nghi de', 'nghi sinh', 'tien sinh con', 'tien de', 'mang thai', 'co bau', 'bau bi', 'sinh de', 'huong thai san', 'tro cap sinh con'], ['thai san']),
  e('Bảo hiểm xã hội', 'counter', ['tro cap om dau', 'tien om dau', 'tien nghi om', 'huong om dau', 'che do nghi om'], ['che do om dau']),
  e('Bảo hiểm xã hội', 'counter', ['tro cap thai san', 'tien thai san', 'huong thai san', 'tien sinh con', 'tien de', 'tro cap sinh con'], ['che do thai san']),
  e('Bảo hiểm xã hội', 'counter', ['om dau', 'nghi om', 'nghi benh', 'om nam vien', 'tien nghi om', 'bi om', 'con om', ], ['om dau']),
  e('Bảo hiểm xã hội', 'counter', ['tu tuat', 'tien tuat', 'tro cap tuat', 'tien tu tuat', 'nguoi huong luong huu chet', 'mai tang phi', 'tro cap mai tang', 'tien mai tang', 'tien ma chay', 'chi phi mai tang', 'ho tro mai tang', 'tien chon cat', 'tro cap chon cat'], ['che do tu tuat', 'tu tuat', 'mai tang']),
  e('Bảo hiểm xã hội', 'counter', ['bhxh tu nguyen', 'dong bao hiem tu nguyen', 'tu dong bao hiem', 'mua bao hiem xa hoi', 'tham gia bao hiem tu nguyen'], ['bao hiem xa hoi tu nguyen']),
  e('Bảo hiểm y tế', 'counter', ['mua bhyt', 'mua bao hiem y te', 'mua the bao hiem', 'lam the bao hiem', 'lam the bhyt', 'cap the bhyt', 'cap the bao hiem y te', 'lam the bao hiem y te', 'gia han bhyt', 'gia han the bao hiem', 'bhyt ho gia dinh', 'bao hiem ho gia dinh', 'bhyt cho nguoi gia', 'the bhyt cho con'], ['cap the bhyt', 'dang ky dong cap the bhyt']),
  e('Bảo hiểm', 'counter', ['lanh thay', 'nhan thay', 'nhan ho', 'lanh ho', 'uy quyen lanh', 'nguoi nha lanh thay', 'di lanh ho'], ['linh thay']),
  e('Bảo hiểm', 'regional', ['lanh', 'lanh tien', 'lanh luong'], ['linh']),
  e('Bảo hiểm xã hội', 'counter', ['chuyen noi lanh', 'chuyen noi nhan luong huu', 'chuyen luong huu', 've que lanh luong', 'doi noi lanh'], ['chuyen huong sang dia ban khac']),
  e('Bảo hiểm xã hội', 'counter', ['doi the bhyt', 'sai the bhyt', 'sai so bhxh', 'mat so bhxh', 'mat the bhyt', 'gop so bhxh', 'gop so bao hiem', 'sua so bao hiem', 'the bhyt bi mat', 'cap lai so bhxh', 'cap lai the bhyt'], ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt']),

  // — Social protection, poverty, people with merit (named even where this catalogue lacks them).
  e('Bảo trợ xã hội', 'counter', ['tien gia', 'tien nguoi gia', 'tro cap nguoi gia', 'luong nguoi gia', 'tien 80 tuoi', 'tro cap 80 tuoi', 'tien tuoi gia', 'tro cap tuoi gia', 'nguoi gia', 'cu gia', 'nguoi lon tuoi'], ['nguoi cao tuoi']),
  e('Bảo trợ xã hội', 'counter', ['tro cap hang thang', 'tro cap xa hoi', 'tien tro cap', 'xin tro cap', 'huong tro cap', 'lanh tro cap', 'tien bao tro'], ['tro cap xa hoi hang thang', 'tro cap']),
  e('Bảo trợ xã hội', 'counter', ['tan tat', 'tat nguyen', 'nguoi tan tat', 'nguoi tat nguyen', 'khuyet tat', 'thieu nang', 'bai liet', 'tan tat bam sinh', 'giay khuyet tat', 'xac nhan tan tat'], ['nguoi khuyet tat', 'khuyet tat']),
  e('Bảo trợ xã hội', 'counter', ['mo coi', 'tre mo coi', 'mo coi cha me', 'khong noi nuong tua', 'tre bi bo roi', 'tre lang thang', 'mo coi cha', 'mo coi me'], ['tre em co hoan canh dac biet', 'tre em mo coi']),
  e('Bảo trợ xã hội', 'counter', ['me don than', 'don than nuoi con', 'nuoi con mot minh', 'ga trong nuoi con'], ['nguoi don than ngheo dang nuoi con']),
  e('Bảo trợ xã hội', 'counter', ['trai duong lao', 'vien duong lao', 'nha duong lao', 'gui nguoi gia', 'dua vao trung tam'], ['co so tro giup xa hoi', 'bao tro xa hoi']),
  e('Giảm nghèo', 'counter', ['ho ngheo', 'so ho ngheo', 'xin ho ngheo', 'giay ho ngheo', 'xac nhan ho ngheo', 'giay chung nhan ho ngheo', 'so ngheo', 'ho can ngheo', 'can ngheo', 'xet ho ngheo', 'binh xet ho ngheo', 'xin can ngheo', 'thoat ngheo'], ['cong nhan ho ngheo ho can ngheo', 'ho ngheo ho can ngheo']),
  e('Người có công', 'counter', ['thuong binh', 'benh binh', 'the thuong binh', 'giay thuong binh', 'mat suc', 'bi thuong chien tranh', 'nguoi bi thuong'], ['thuong binh', 'nguoi duoc huong chinh sach nhu thuong binh']),
  e('Người có công', 'counter', ['liet si', 'liet sy', 'gia dinh liet si', 'bang to quoc ghi cong', 'to quoc ghi cong', 'con liet si', 'vo liet si', 'bo me liet si', 'tro cap liet si'], ['liet si', 'than nhan liet si']),
  e('Người có công', 'counter', ['chat doc da cam', 'da cam', 'nhiem da cam', 'dioxin', 'nan nhan da cam'], ['chat doc hoa hoc']),
  e('Người có công', 'counter', ['nguoi co cong', 'co cong cach mang', 'cong voi cach mang', 'khang chien', 'cuu chien binh', 'ccb', 'bo doi cu', 'tham gia khang chien', 'di bo doi'], ['nguoi co cong voi cach mang', 'nguoi hoat dong khang chien']),
  e('Người có công', 'counter', ['me viet nam anh hung', 'ba me viet nam anh hung', 'me anh hung'], ['ba me viet nam anh hung']),

  // — Labour, education, health (ministries the national crawl lacks, for list-only imports).
  e('Lao động', 'abbreviation', ['gpld', 'giay phep lao dong', 'lao dong nuoc ngoai', 'nguoi nuoc ngoai di lam', 'work permit'], ['giay phep lao dong']),
  e('Lao động', 'abbreviation', ['hdld', 'hop dong lao dong', 'hop dong lam viec'], ['hop dong lao dong']),
  e('Lao động', 'counter', ['noi quy cong ty', 'noi quy'], ['noi quy lao dong']),
  e('Lao động', 'counter', ['hoc nghe', 'day nghe', 'truong nghe', 'trung cap nghe'], ['giao duc nghe nghiep']),
  e('Giáo dục', 'counter', ['chuyen truong', 'doi truong', 'chuyen lop', 'xin chuyen truong', 'xin hoc', 'nhap hoc', 'xin vao lop 1', 'vao lop 1', 'vao lop 6', 'vao lop 10'], ['chuyen truong', 'tuyen sinh']),
  e('Giáo dục', 'counter', ['bang cap 3', 'bang tot nghiep', 'bang cap', 'bang thpt', 'bang thcs', 'bang dai hoc', 'bang cu nhan', 'van bang', 'chung chi', 'bang cap 2', 'mat bang', 'ban sao bang'], ['van bang chung chi', 'ban sao van bang chung chi']),
  e('Giáo dục', 'abbreviation', ['thpt', 'cap 3', 'cap ba'], ['trung hoc pho thong']),
  e('Giáo dục', 'abbreviation', ['thcs', 'cap 2', 'cap hai'], ['trung hoc co so']),
  e('Giáo dục', 'counter', ['cap 1', 'cap mot', 'tieu hoc'], ['tieu hoc']),
  e('Giáo dục', 'counter', ['nha tre', 'mau giao', 'truong mau giao', 'nhom tre', 'lop mau giao', 'nhom tre doc lap', 'giu tre', 'trong tre'], ['mam non', 'co so giao duc mam non']),
  e('Giáo dục', 'counter', ['tien hoc', 'hoc phi', 'mien hoc phi', 'giam hoc phi', 'ho tro tien hoc', 'tien an trua'], ['mien giam hoc phi', 'ho tro chi phi hoc tap']),
  e('Y tế', 'counter', ['phong kham', 'mo phong kham', 'phong mach', 'mo phong mach', 'chung chi bac si', 'bac si', 'hanh nghe y'], ['kham benh chua benh', 'giay phep hoat dong kham benh chua benh']),
  e('Y tế', 'counter', ['quay thuoc', 'nha thuoc', 'mo nha thuoc', 'mo quay thuoc', 'tiem thuoc', 'thuoc tay', 'ban thuoc', 'chung chi duoc', 'duoc si'], ['kinh doanh duoc', 'chung chi hanh nghe duoc']),
  e('Y tế', 'counter', ['giay chung sinh', 'chung sinh', 'giay sinh', 'giay ra vien'], ['giay chung sinh']),
  e('Y tế', 'counter', ['ve sinh an toan thuc pham', 'vsattp', 'attp', 've sinh thuc pham', 'giay an toan thuc pham', 'giay phep ve sinh', 'quan an', 'bep an', 'nha hang', 'thuc pham sach'], ['an toan thuc pham', 'co so du dieu kien an toan thuc pham']),

  // — Vehicles and driving.
  e('Giao thông', 'abbreviation', ['gplx', 'bang lai', 'bang lai xe', 'bang xe', 'bang lai xe may', 'bang lai o to', 'bang a1', 'bang a2', 'bang b1', 'bang b2', 'bang c', 'bang lai hang a1', 'bang hang a', 'lai xe'], ['giay phep lai xe']),
  e('Giao thông', 'counter', ['doi bang lai', 'doi bang', 'bang het han', 'bang lai het han', 'doi bang lai xe', 'doi gplx', 'doi bang pet'], ['doi giay phep lai xe']),
  e('Giao thông', 'counter', ['mat bang lai', 'bang lai bi mat', 'lam lai bang lai', 'cap lai bang lai', 'mat gplx'], ['cap lai giay phep lai xe']),
  e('Giao thông', 'counter', ['bang lai quoc te', 'bang quoc te', 'idp', 'lai xe nuoc ngoai'], ['giay phep lai xe quoc te']),
  e('Giao thông', 'old name', ['cavet', 'ca vet', 'cavet xe', 'ca ve', 'giay xe', 'giay to xe', 'dang ky xe', 'giay dang ky xe', 'carte vert', 'giay chung nhan dang ky xe'], ['chung nhan dang ky xe']),
  e('Giao thông', 'counter', ['bien so', 'bien so xe', 'bien xe', 'bang so', 'bam bien', 'bam so', 'bien kiem soat', 'lam bien so'], ['bien so xe']),
  e('Giao thông', 'counter', ['xe may', 'xe gan may', 'xe mo to', 'mo to', 'xe hon da', 'xe honda', 'xe so', 'xe tay ga', 'xe dien', 'o to', 'oto', 'xe hoi', 'xe con', 'xe tai', 'xe khach', 'xe moi mua', 'mua xe moi'], ['xe']),
  e('Giao thông', 'counter', ['sang ten xe', 'mua xe cu', 'ban xe', 'mua ban xe', 'doi chu xe', 'sang ten doi chu', 'xe chinh chu', 'rut ho so goc', 'rut ho so xe'], ['thay doi chu xe', 'dang ky sang ten xe']),
  e('Giao thông', 'counter', ['dang ky xe moi', 'dang ky xe lan dau', 'ra bien', 'lam giay xe moi', 'dang ky xe may moi'], ['dang ky cap bien so xe lan dau']),
  e('Giao thông', 'counter', ['phu hieu', 'phu hieu xe', 'lam phu hieu', 'xe hop dong', 'xe cong nghe', 'chay grab', 'kinh doanh van tai', 'chay xe dich vu'], ['phu hieu', 'kinh doanh van tai']),
  e('Giao thông', 'counter', ['xe qua tai', 'qua tai', 'qua kho', 'xe sieu truong', 'xe sieu trong', 'xe ben'], ['xe qua tai trong xe qua kho gioi han', 'luu hanh xe']),
  e('Giao thông', 'counter', ['dao duong', 'dao via he', 'thi cong tren duong', 'cat duong', 'dao duong ong nuoc'], ['thi cong cong trinh tren duong bo']),
  e('Giao thông', 'counter', ['dang kiem', 'kiem dinh xe', 'dang kiem xe'], ['kiem dinh an toan ky thuat']),
  e('Giao thông', 'counter', ['ghe', 'thuyen', 'ghe thuyen', 'tau thuyen', 'xuong', 'ca no'], ['phuong tien thuy noi dia']),

  // — Agriculture, fisheries, veterinary, water, environment.
  e('Thủy sản', 'counter', ['tau ca', 'thuyen ca', 'ghe ca', 'thuyen danh ca', 'tau danh ca', 'dang ky tau', 'dang ky thuyen', 'tau danh bat'], ['tau ca']),
  e('Thủy sản', 'counter', ['danh ca', 'danh bat', 'bat ca', 'di bien', 'ra khoi', 'danh bat hai san', 'giay phep danh ca', 'giay phep di bien', 'khai thac hai san'], ['khai thac thuy san']),
  e('Thủy sản', 'counter', ['nuoi ca', 'nuoi tom', 'ao nuoi', 'nuoi trong thuy san', 'lam dam tom'], ['nuoi trong thuy san']),
  e('Thú y', 'counter', ['heo', 'lon', 'trau bo', 'ga vit', 'gia suc', 'gia cam', 'vat nuoi', 'con giong'], ['dong vat']),
  e('Thú y', 'counter', ['kiem dich heo', 'kiem dich lon', 'kiem dich', 'cho heo di tinh khac', 'van chuyen gia suc', 'cho lon di ban'], ['kiem dich dong vat']),
  e('Thú y', 'counter', ['dich benh', 'dich ta lon chau phi', 'cum gia cam', 'lon chet dich', 'ga chet dich', 'thiet hai dich benh', 'heo chet'], ['dich benh dong vat']),
  e('Chăn nuôi', 'counter', ['trang trai', 'nuoi heo', 'nuoi lon', 'nuoi ga', 'nuoi bo', 'chuong trai', 'lam trang trai', 'xin phep chan nuoi'], ['chan nuoi', 'chan nuoi trang trai']),
  e('Trồng trọt', 'counter', ['bap', 'ngo', 'lua', 'ruong', 'cay trong', 'hoa mau', 'cay an trai', 'mua mang'], ['cay trong', 'trong trot']),
  e('Trồng trọt', 'counter', ['bao lu', 'lu lut', 'han han', 'mat mua', 'lu', 'thien tai'], ['thien tai', 'phong chong thien tai']),
  e('Trồng trọt', 'abbreviation', ['bvtv', 'thuoc tru sau', 'thuoc sau', 'thuoc bao ve thuc vat'], ['thuoc bao ve thuc vat']),
  e('Tài nguyên nước', 'counter', ['gieng', 'dao gieng', 'khoan gieng', 'gieng khoan', 'nuoc ngam', 'nuoc gieng', 'lay nuoc ngam', 'khai thac nuoc ngam', 'khoan nuoc'], ['nuoc duoi dat', 'khai thac nuoc duoi dat']),
  e('Tài nguyên nước', 'counter', ['xa thai', 'xa nuoc thai', 'thai ra song', 'nuoc thai'], ['xa nuoc thai', 'nuoc thai']),
  e('Môi trường', 'abbreviation', ['dtm', 'bao cao dtm', 'danh gia moi truong'], ['danh gia tac dong moi truong']),
  e('Môi trường', 'counter', ['giay phep moi truong', 'ho so moi truong', 'cam ket moi truong', 'ke hoach bao ve moi truong', 'dang ky moi truong'], ['giay phep moi truong', 'bao ve moi truong']),
  e('Môi trường', 'counter', ['rac', 'rac thai', 'thu gom rac', 'chat thai ran'], ['chat thai']),
  e('Khoáng sản', 'counter', ['khai thac cat', 'hut cat', 'cat soi', 'khai thac da', 'mo da', 'dat san lap', 'lay dat'], ['khai thac khoang san']),
  e('Lâm nghiệp', 'counter', ['cat cay', 'chat cay', 'khai thac go', 'go rung', 'trong rung', 'dat rung'], ['khai thac lam san', 'rung']),

  // — Complaints, disputes, legal aid, courts, police matters.
  e('Khiếu nại, tố cáo', 'counter', ['khieu nai', 'gui don', 'lam don', 'don thu', 'phan anh', 'kien nghi', 'thua kien', 'kien', 'don khieu nai', 'khong dong y quyet dinh', 'khieu kien'], ['khieu nai']),
  e('Khiếu nại, tố cáo', 'counter', ['to cao', 'to giac', 'bao cao sai pham', 'can bo sai pham', 'hanh vi sai trai', 'to can bo'], ['to cao']),
  e('Hòa giải', 'counter', ['hoa giai', 'giang hoa', 'xu hoa', 'cai nhau', 'mau thuan hang xom', 'to hoa giai'], ['hoa giai']),
  e('Trợ giúp pháp lý', 'counter', ['tu van luat', 'tu van phap luat', 'luat su mien phi', 'giup do phap ly', 'hoi luat'], ['tro giup phap ly']),
  e('Tòa án', 'counter', ['kien ra toa', 'nop don kien', 'khoi kien', 'ra toa', 'toa an', 'don ly hon', 'xin ly hon', 'ly hon don phuong', 'thuan tinh ly hon'], ['don khoi kien', 'toa an']),
  e('Tòa án', 'counter', ['ban an', 'sao ban an', 'xin ban an', 'trich luc ban an'], ['cap sao ban an']),
  e('Bồi thường nhà nước', 'counter', ['den bu oan', 'bi bat oan', 'oan sai', 'nha nuoc den bu'], ['boi thuong nha nuoc', 'yeu cau boi thuong']),
  e('Vũ khí', 'counter', ['no min', 'thuoc no', 'vat lieu no', 'min no', 'no mo da', 'phao', 'phao hoa', 'ban phao hoa'], ['vat lieu no', 'phao hoa']),
  e('Vũ khí', 'counter', ['sung', 'sung san', 'sung hoi', 'dao kiem', 'cong cu ho tro', 'dui cui dien', 'roi dien'], ['vu khi', 'cong cu ho tro']),
  e('Phòng cháy, chữa cháy', 'abbreviation', ['pccc', 'phong chay', 'chua chay', 'cuu hoa', 'binh cuu hoa', 'tham duyet pccc', 'nghiem thu pccc', 'giay pccc', 'phong chay chua chay'], ['phong chay chua chay', 'phong chay va chua chay']),
  e('Cai nghiện', 'counter', ['cai nghien', 'nghien ma tuy', 'trai cai nghien', 'ma tuy', 'nghien hut'], ['cai nghien ma tuy']),

  // — Culture, religion, awards, military service (list-only ministries).
  e('Văn hóa', 'counter', ['le hoi', 'to chuc le hoi', 'hoi lang', 'hoi choi', 'dam cuoi ngoai troi', 'bieu dien', 'van nghe', 'ca nhac', 'hat karaoke'], ['le hoi', 'bieu dien nghe thuat']),
  e('Văn hóa', 'counter', ['bang ron', 'bang ron quang cao', 'bien quang cao', 'pano', 'bang hieu', 'treo bang ron', 'quang cao ngoai troi'], ['bien quang cao', 'quang cao']),
  e('Văn hóa', 'counter', ['gia dinh van hoa', 'khu pho van hoa', 'thon van hoa', 'ap van hoa', 'lang van hoa'], ['danh hieu gia dinh van hoa']),
  e('Tôn giáo', 'counter', ['nha tho', 'sinh hoat ton giao', 'nhom dao', 'tin nguong', 'ton giao', 'mieu'], ['ton giao', 'tin nguong', 'sinh hoat ton giao tap trung']),
  e('Du lịch', 'counter', ['tour', 'cong ty du lich', 'lu hanh', 'huong dan vien', 'homestay', 'du lich'], ['kinh doanh dich vu lu hanh', 'du lich']),
  e('Thi đua', 'counter', ['khen thuong', 'bang khen', 'giay khen', 'danh hieu', 'lao dong tien tien', 'chien si thi dua', 'ky niem chuong', 'huan chuong'], ['thi dua khen thuong', 'danh hieu thi dua', 'khen thuong']),
  e('Quân sự', 'abbreviation', ['nvqs', 'di bo doi', 'di linh', 'nhap ngu', 'kham nghia vu', 'tam hoan nghia vu', 'hoan nghia vu', 'xuat ngu', 'phuc vien', 'giai ngu', 'cong an nghia vu', 'nghia vu cong an'], ['nghia vu quan su', 'nghia vu tham gia cong an nhan dan']),
  e('Công thương', 'counter', ['ban ruou', 'ruou', 'bia ruou', 'ban bia', 'dai ly ruou', 'thuoc la', 'ban thuoc la', 'xang dau', 'cay xang', 'ban xang', 'binh ga', 'ban ga'], ['kinh doanh ruou', 'ban le ruou', 'ban le san pham thuoc la', 'kinh doanh xang dau', 'kinh doanh khi']),
];

/** The whole lexicon: the commune's daily fields (above) and the catalogue's other fields. */
export const LEXICON: readonly LexiconEntry[] = [...LEXICON_DAILY, ...LEXICON_FIELDS];
