/**
 * The citizen lexicon: how people at a one-stop counter name things, next to how the catalogue names them.
 * Every phrase of an entry — what people say ("say") and what the catalogue says ("means") — is one
 * concept, applied the same way to the catalogue's text when the index is built and to the query when it
 * is typed (lexicon-compile.ts). Phrases are matched without diacritics, as whole words, side by side; a word
 * people say alone is written with its marks ("cưới", "lợn"), so one typed with others ("cuối", "lớn") is not it.
 *
 * Written from knowledge of how people speak at commune and province counters (not from any test query),
 * by field. `source` says where an entry comes from:
 * - "counter": everyday words heard at the counter for the official term;
 * - "old name": a paper's name before a reform that people still use (CMND, sổ hộ khẩu, cavet);
 * - "abbreviation": short forms, both ways — in citizens' mouths and in the catalogue's own names;
 * - "regional": Southern and Central words and spellings for the Northern/official ones;
 * - "legal": terms the law uses interchangeably, or that citizens confuse with a neighbour (công chứng
 *   and chứng thực);
 * - "english": English names of papers and errands, replaced by the Vietnamese people say for them before a
 *   query is read (lexicon-english.ts).
 * Which side reads what: the "means" phrases, abbreviations and old names are read in the catalogue's
 * text and in queries alike (the catalogue writes "BHXH" and "bảo hiểm xã hội", "UBND" and "Ủy ban nhân
 * dân"); everyday and regional speech is read in queries only, because official text uses those words in
 * another sense ("đã mất tính năng" is not a death, "làm mất" in a name is not a reissue).
 * Staff add entries through the console (issue 17, part 5) in the same shape.
 */
export type { LexiconEntry } from './lexicon-entry';
import { contextEntry as c, type LexiconEntry, lexiconEntry as e } from './lexicon-entry';
import { LEXICON_CONTEXT } from './lexicon-context';
import { LEXICON_ENGLISH } from './lexicon-english';
import { LEXICON_EVENTS } from './lexicon-events';
import { LEXICON_FIELDS } from './lexicon-fields';
import { LEXICON_PLACES } from './lexicon-places';
import { LEXICON_REGIONAL } from './lexicon-regional';

/** An adult's age, as the old tell it (see the card for 14 and over, below). */
const GROWN_UP = [
  ...['hai muoi tuoi', 'ba muoi tuoi', 'bon muoi tuoi', 'nam muoi tuoi', 'sau muoi tuoi', 'bay muoi tuoi', 'tam muoi tuoi', 'chin muoi tuoi', 'du muoi tam tuoi', 'tren muoi tam tuoi'],
  // Old, said so: "bà già rồi, … làm căn cước cho bà".
  ...['gia roi', 'ba gia', 'ong gia', 'nguoi gia', 'cu gia', 'gia yeu', 'da gia', 'tuoi cao', 'lon tuoi', 'cao tuoi'],
  // …or as the old count their years, without "tuổi": "đã ngoài bảy mươi", "hơn sáu mươi rồi".
  ...['nam', 'sau', 'bay', 'tam', 'chin'].flatMap((n) => [`ngoai ${n} muoi`, `hon ${n} muoi`, `tren ${n} muoi`]),
];
/** The identity card itself lost, or asked to be made again. */
const CARD_LOST = ['mat the can cuoc', 'mat can cuoc', 'mat cccd', 'the can cuoc bi mat', 'can cuoc bi mat', 'lam lai the can cuoc', 'lam lai can cuoc', 'cap lai the can cuoc', 'cap lai can cuoc'];

// A breakfast stall kept, not opened ("bán quán ăn sáng ở chợ", "bán đồ ăn sáng"): folded, "sáng" is the "sang" of
// "cấp đổi sang" (a reissued paper), as in "mở quán ăn sáng" below; the stall is a household business.
const BREAKFAST_STALL = ['quan an sang', 'ban quan an sang', 'ban an sang', 'ban do an sang'];

const LEXICON_DAILY: readonly LexiconEntry[] = [
  // — Administration: abbreviations the catalogue's names use, and citizens too.
  e('hành chính', 'abbreviation', ['ubnd', 'uy ban'], ['uy ban nhan dan']),
  e('hành chính', 'abbreviation', ['hdnd'], ['hoi dong nhan dan']),
  e('hành chính', 'abbreviation', ['ubmttq', 'mat tran'], ['uy ban mat tran to quoc']),
  e('hành chính', 'abbreviation', ['tthc'], ['thu tuc hanh chinh']),
  e('hành chính', 'abbreviation', ['dvc', 'dich vu cong truc tuyen', 'nop online', 'nop truc tuyen', 'lam online', 'xin online', 'apply online', 'online'], ['truc tuyen']),
  e('hành chính', 'abbreviation', ['nd cp', 'nghi dinh chinh phu'], ['nghi dinh']),
  e('hành chính', 'abbreviation', ['cqnn', 'co quan nha nuoc'], ['co quan nha nuoc']),
  e('hành chính', 'abbreviation', ['ttg', 'thu tuong'], ['thu tuong chinh phu']),
  e(
    'hành chính',
    'counter',
    [
      'nguoi nuoc ngoai',
      'nuoc ngoai',
      'viet kieu',
      // Not "lấy chồng nước ngoài", "lấy chồng Hàn Quốc": the country is read apart, so "lấy chồng" is the marriage.
      'lay chong nhat',
      'lay chong tay',
      // Countries people name instead of "nước ngoài" (those whose citizens marry, work and give birth here most).
      'han quoc',
      'nhat ban',
      'dai loan',
      'trung quoc',
      'hoa ky',
      'nuoc my',
      'ben my',
      'ben nhat',
      'ben han',
      'ben dai loan',
      'ben trung quoc',
      'ben uc',
      'ben duc',
      'ben phap',
      'ben nga',
      'campuchia',
      'thai lan',
      ...['malaysia', 'singapore'],
      // …and with "bên" before them as the old say it ("mất bên Thái", "đi làm bên Malaysia"), else "bên" is a word of
      // its own to find.
      ...['ben thai', 'ben thai lan', 'ben campuchia', 'ben malaysia', 'ben singapore', 'ben canada'],
      // Japan and Korea named short as a birthplace ("sinh ở Nhật về"); not where one goes to work ("con đi Nhật", "sang
      // Hàn"), nor a spouse's nationality told ("sang Hàn lấy vợ người Hàn, … ghi vào sổ"): the story of another request.
      ...['sinh o nhat', 'de o nhat', 'sinh o han', 'de o han'],
      'sinh o nuoc ngoai',
      'sinh ben',
    ],
    ['co yeu to nuoc ngoai'],
  ),
  // The embassy that asks for a paper ("bên đại sứ quán đòi giấy khai sinh có dịch thuật"): who wants it, told; the paper
  // is made or certified here, not by the diplomatic service the embassy's words pull in (counter speech).
  e(
    'hành chính',
    'counter',
    ['đại sứ quán', 'lãnh sự quán', 'sứ quán'].flatMap((k) => [`${k} đòi`, `${k} yêu cầu`, `${k} bắt`, `${k} đòi hỏi`, `${k} bảo`]),
    [],
  ),
  // So too the notary who asks a seller for a paper, typed without marks ("bán đất mà công chứng đòi giấy xác nhận độc
  // thân"): who wants it, told; unmarked, "doi" would be read as "đổi" (cấp đổi) and "công chứng" as the deal to certify.
  e(
    'hành chính',
    'counter',
    ['cong chung', 'phong cong chung', 'van phong cong chung', 'ben cong chung', 'nguoi mua', 'ben mua'].flatMap((k) => [`${k} doi`, `${k} doi hoi`, `${k} yeu cau`]),
    [],
  ),
  // The official addressed, as people of the hill communes call whoever sits at the counter ("cán bộ ơi", "xin cán bộ
  // chỉ cho tôi", "phải làm giấy gì hả cán bộ"): a way of asking, no commune official's pension or complaint.
  e(
    'hành chính',
    'counter',
    ['can bo oi', 'xin can bo', 'nho can bo', 'hoi can bo', 'ha can bo', 'can bo chi', 'can bo chi cho', 'can bo chi giup', 'can bo giup', 'can bo huong dan', 'thua can bo'],
    [],
  ),
  // How a thing is to be done ("trông nom cháu theo pháp luật", "làm cho đúng luật"): every procedure is, so it names
  // none; read as its words it pulls in the names that cite the law (supervising a guardian, legal aid).
  e('hành chính', 'counter', ['theo phap luat', 'theo luat', 'dung phap luat', 'dung luat', 'cho dung luat', 'cho dung phap luat', 'theo quy dinh phap luat'], []),
  e('hành chính', 'abbreviation', ['vn'], ['viet nam']),
  e('hành chính', 'counter', ['mất', 'bi mat', 'danh mat', 'lam mat', 'that lac', 'lam lai', 'xin lai', 'cap moi lai', 'lam moi lai'], ['cap lai']),
  // A paper torn or damaged is exchanged (cấp đổi: the identity card, the driving licence, the vehicle's and the land's
  // papers alike); one lost is reissued (cấp lại). "Đổi" with its marks: folded, it is also "đòi" (to claim back: "kiện
  // đòi lại đất"), "đợi", "đời", "đôi", "đồi".
  e('hành chính', 'counter', ['doi moi', 'đổi', 'het han', 'het han su dung', 'doi sang moi', 'doi mau moi', 'bi rach', 'rách', 'rach nat', 'hư', 'hu hong', 'bi hong'], ['cap doi']),
  // "Đổi" inside a verb of its own is no exchange of a paper: changing (a representative, an address),
  // converting, amending. Each is a phrase, so the query is not cut "thay | đổi" (source: the catalogue's verbs).
  e('hành chính', 'legal', ['thay doi'], ['thay doi']),
  // "Bổ sung" typed without marks ("giờ làm bổ sung được không", "bo sung thong tin"): one verb, to add what is missing;
  // cut apart, "sung" alone is read as "súng" (weapons) and pulls in the arms permits.
  e('hành chính', 'legal', ['bo sung'], ['bo sung']),
  // The young say it in English: "update địa chỉ", "update thông tin" (counter speech).
  e('hành chính', 'counter', ['update'], ['thay doi', 'cap nhat']),
  e('hành chính', 'legal', ['chuyen doi'], ['chuyen doi']),
  e('hành chính', 'legal', ['sua doi'], ['sua doi']),
  e('hành chính', 'counter', ['xin lan dau', 'lam moi', 'lam lan dau', 'moi lam'], ['lan dau']),
  // "Ghi nhầm", the South's "ghi lộn": written by mistake, the same wrong detail (counter speech).
  e('hành chính', 'counter', ['sửa', 'sua sai', 'sua lai', 'bi sai', 'ghi sai', 'viet sai', 'in sai', 'ghi nham', 'viet nham', 'ghi lộn'], ['dinh chinh', 'cai chinh', 'dieu chinh']),
  e('hành chính', 'counter', ['keo dai', 'gia han them', 'xin them thoi gian'], ['gia han']),
  e('hành chính', 'counter', ['hủy', 'xoa ten'], ['xoa dang ky', 'cham dut']),

  // — Civil status (hộ tịch).
  e('Hộ tịch', 'regional', ['khai sanh', 'giay khai sanh', 'bo khai sanh'], ['khai sinh']),
  // …and the South's "sanh" in the registration's own phrases below ("mần giấy khai sanh cho thằng nhỏ"): read as the
  // paper alone, it was a copy of it that came first.
  e(
    'Hộ tịch',
    'regional',
    ['lam giay khai sanh', 'lam khai sanh', 'khai sanh cho con', 'khai sanh cho chau', 'di khai sanh', 'dang ki khai sanh', 'khai sanh qua han', 'khai sanh tre han'],
    ['dang ky khai sinh'],
  ),
  // The South's and the old papers' "chánh" for "chính" ("cải chánh lại năm sinh", "cải chánh hộ tịch" was the
  // South's official term before 1975): the correction of a civil-status record.
  e('Hộ tịch', 'regional', ['cai chanh', 'cai chanh lai', 'cai chanh ho tich'], ['thay doi cai chinh bo sung thong tin ho tich']),
  e(
    'Hộ tịch',
    'counter',
    [
      'lam giay khai sinh',
      'lam khai sinh',
      'khai sinh cho con',
      'khai sinh cho chau',
      'di khai sinh',
      'lam giay sinh',
      'khai sinh moi de',
      'dk khai sinh',
      'dang ki khai sinh',
      'khai sinh qua han',
      'khai sinh tre han',
    ],
    ['dang ky khai sinh'],
  ),
  e(
    'Hộ tịch',
    'counter',
    [
      'bao tu',
      'giay bao tu',
      'giay chung tu',
      'chung tu',
      'khai bao tu',
      'bao nguoi mat',
      'khai tu cho',
      'lam giay chet',
      // Plain speech, as mountain citizens say it: the paper of a death, the death reported ("giấy chết", "báo chết").
      'giay chet',
      'bao chet',
      'nguoi chet',
      'nguoi mat',
      'qua doi',
      'tu tran',
      've voi to tien',
      'khuat nui',
      'ta the',
      'da khuat',
    ],
    ['khai tu'],
  ),
  e(
    'Hộ tịch',
    'counter',
    ['lay vo', 'lay chong', 'cuoi vo', 'cuoi chong', 'cưới', 'lam giay ket hon', 'giay ket hon', 'dang ki ket hon', 'dk ket hon', 'lam dam cuoi', 'cuoi hoi'],
    ['dang ky ket hon', 'ket hon'],
  ),
  // Cheap home cooking as a shop sells it ("mở quán cơm bình dân"): what is sold, told; folded, "bình" is the "bình quân"
  // (average) of a residence's floor-area rule.
  e('Hộ kinh doanh', 'counter', ['com binh dan', 'quan com binh dan', 'quan binh dan', 'do an binh dan'], []),
  // A career told ("chồng tôi là bộ đội chuyển ngành sang lâm trường"): soldiers moved to civilian work, a story of who
  // the pensioner was, not a pension moved elsewhere (chuyển hưởng) nor anything else the catalogue names.
  e('Bảo hiểm xã hội', 'counter', ['chuyen nganh', 'chuyen nganh sang', 'bo doi chuyen nganh', 'quan nhan chuyen nganh', 'chuyen nganh ve'], []),
  // A wedding attended ("năm nay con trai lại đón sang dự đám cưới cháu"): where the story goes, no marriage registered.
  e('Hộ tịch', 'counter', ['du dam cuoi', 'di dam cuoi', 'di an cuoi', 'an cuoi', 'du le cuoi', 'di du dam cuoi', 'du dam cuoi chau', 'du cuoi'], []),
  // The marriage paper by its old names ("giấy giá thú" in the North, "hôn thú" in the South), still said by the old;
  // not "giá thú" alone: "con ngoài giá thú" is a child born out of wedlock.
  e('Hộ tịch', 'counter', ['giấy giá thú', 'tờ giá thú', 'giấy hôn thú', 'tờ hôn thú', 'hôn thú'], ['giay chung nhan ket hon']),
  e(
    'Hộ tịch',
    'counter',
    [
      'doc than',
      'giay doc than',
      'xac nhan doc than',
      'chung nhan doc than',
      'giay xac nhan doc than',
      'chua vo',
      'chua chong',
      'chua ket hon',
      'giay doc than',
      'chua lay vo',
      'chua lay chong',
      'khong lay vo',
      'khong lay chong',
      'chua tai hon',
      'khong tai hon',
    ],
    ['xac nhan tinh trang hon nhan', 'tinh trang hon nhan'],
  ),
  e(
    'Hộ tịch',
    'counter',
    [
      'ban sao khai sinh',
      'ban sao giay khai sinh',
      'sao giay khai sinh',
      'trich luc',
      'xin trich luc',
      'trich sao',
      'ban sao ket hon',
      'ban sao giay ket hon',
      'ban sao giay chung nhan ket hon',
      'ban sao khai tu',
      'ban sao giay chung tu',
      'xin lai giay khai sinh',
      'cap lai giay khai sinh',
    ],
    ['ban sao trich luc ho tich', 'trich luc ho tich', 'ban sao giay khai sinh'],
  ),
  e(
    'Hộ tịch',
    'counter',
    [
      'doi ten',
      'doi ho',
      // "Thay đổi" is read before "tên" otherwise, and a name change is any registry's ("muốn thay đổi tên cho cháu"); a
      // person's, not "thay đổi tên công ty", "… tên chủ xe" (lexicon-context.ts reads "đổi tên" of those).
      'thay doi ten cho',
      'thay doi ho ten',
      'thay doi ho cho',
      // …said again ("thay lại tên cho con"): "lại" is no small word a two-word phrase takes inside. "Đổi lại tên" is
      // read by what else is said (lexicon-context.ts): a plot's, a vehicle's or a shop's name is not a person's.
      'thay lai ten',
      'sua lai ten',
      // "Đặt lại tên cho con": folded, "đặt" is "đất", and the land's readings must not take it.
      'dat lai ten',
      'dat ten lai',
      'thay ten',
      'sua ten',
      'sua ho',
      'sua ngay sinh',
      'sua nam sinh',
      'sai ngay sinh',
      'sai nam sinh',
      'sai ten',
      'sai ho',
      'sua giay khai sinh',
      'sua khai sinh',
      'them ten cha',
      'bo sung ten cha',
      // A birth paper with the year only ("khai sinh không có ngày tháng, muốn bổ sung ngày sinh"); unmarked, "sung" is
      // "súng" (weapons) read alone.
      'bo sung ngay sinh',
      'bo sung ngay thang',
      'bo sung ngay thang sinh',
      'them ngay sinh',
      'ghi them ngay sinh',
      'bo sung que quan',
      'doi dan toc',
      'xac dinh lai dan toc',
      // The ethnicity written wrong at birth, as the old tell it.
      'ghi nham dan toc',
      'ghi sai dan toc',
      'sai dan toc',
      'nham dan toc',
      'sua dan toc',
      'sua lai dan toc',
      'ghi lai dan toc',
      'cai chinh',
      'cai chinh ho tich',
      'thay doi ho ten',
      'doi gioi tinh',
      // Recorded in the civil-status change since the law on gender reassignment (Bộ luật Dân sự 2015, art. 36).
      'xac dinh lai gioi tinh',
    ],
    ['thay doi cai chinh bo sung thong tin ho tich'],
  ),
  e(
    'Hộ tịch',
    'counter',
    [
      'nhan cha',
      'nhan me',
      'nhan con',
      'nhan cha cho con',
      'nhan bo',
      'nhan bo con',
      'nhan cha con',
      'nhan me con',
      'xac nhan cha con',
      // The tie itself confirmed of the living ("người mẹ ấy muốn xác nhận quan hệ mẹ con"); of the dead, see lexicon-context.ts.
      'xac nhan quan he cha con',
      'xac nhan quan he me con',
      'nhan lai con',
      'con ngoai gia thu',
      'con rieng',
      // One's own child from before ("đứa con trai riêng từ hồi còn trẻ"), and "nhận nó là con" (as one's child, not
      // "làm con", the adoption's word).
      ...['con trai rieng', 'con gai rieng', 'dua con rieng', 'nhan no la con', 'nhan la con', 'nhan han la con'],
      'la con de',
      'xac nhan con de',
      'nhan con de',
      'la con ruot',
      'xac nhan con ruot',
      // The father to stand named on the child's birth paper ("muốn ổng đứng tên cha trong khai sinh"), or his name
      // added to it ("thêm tên bố vào giấy khai sinh": the space left blank is filled by recognising him).
      'dung ten cha',
      'dung ten bo',
      'dung ten la cha',
      ...['them ten bo', 'them ten cha', 'ghi them ten bo', 'ghi them ten cha', 'bo sung ten bo', 'bo sung ten cha'],
    ],
    ['nhan cha me con'],
  ),
  e(
    'Nuôi con nuôi',
    'counter',
    [
      ...['xin con nuoi', 'nhan con nuoi', 'lam con nuoi', 'nhan nuoi', 'xin nuoi', 'nhan chau lam con', 'con nuoi', 'nhan ve nuoi', 'nhan chau ve nuoi', 'nhan chau nuoi', 'dem ve nuoi'],
      // An orphan taken home to be raised as one's own ("đem nó về nuôi như con ruột").
      ...['dem no ve nuoi', 'nhan no ve nuoi', 'dem chau ve nuoi', 'nuoi nhu con ruot', 'nuoi nhu con minh', 'nuoi nhu con de'],
      // A stepparent taking a spouse's child as their own adopts it (one's own child is "con riêng" alone: nhận con).
      ...['con trai rieng cua vo', 'con gai rieng cua vo', 'con trai rieng cua chong', 'con gai rieng cua chong'],
      ...['con rieng cua vo', 'con rieng cua chong', 'con rieng cua ong xa', 'con rieng cua ba xa', 'cha duong', 'bo duong', 'me ke'],
    ],
    ['nuoi con nuoi'],
  ),
  e(
    'Hộ tịch',
    'counter',
    [
      ...['nguoi giam ho', 'giam ho cho', 'trong nom', 'nuoi duong nguoi gia'],
      // The guardian to be changed ("đổi người giám hộ sang tôi", "chuyển việc giám hộ cho chú nó"): the catalogue has no
      // change of its own; the clerk ends one guardianship and registers the next, both named by "giám hộ". Read apart,
      // "đổi" is the exchange of a paper (cấp đổi).
      ...['doi', 'thay', 'thay doi', 'chuyen'].flatMap((v) => [`${v} nguoi giam ho`, `${v} giam ho`, `${v} viec giam ho`]),
      ...['doi nguoi lam giam ho', 'thay nguoi lam giam ho', 'giao viec giam ho', 'giao lai viec giam ho'],
    ],
    ['giam ho'],
  ),
  e('Hộ tịch', 'counter', ['giay khai sinh', 'to khai sinh', 'ban khai sinh', 'giay khai sanh'], ['giay khai sinh']),
  e(
    'Hộ tịch',
    'counter',
    [
      // Birth and marriage papers lost or made again are read in context (lexicon-context.ts).
      'mat giay chung tu',
      'giay chung tu bi mat',
      'lam lai giay chung tu',
      'xin lai giay chung tu',
    ],
    ['ban sao trich luc ho tich', 'trich luc ho tich'],
  ),
  e('Hộ tịch', 'counter', ['ly di', 'bo vo', 'bo chong', 'ghi chu ly hon'], ['ly hon']),
  e('Hộ tịch', 'counter', ['dang ky lai', 'khai lai', 'lam lai khai sinh', 'mat ca ban chinh', 'mat so goc'], ['dang ky lai']),

  // — Certification and notarisation: citizens say "công chứng" for what the commune certifies.
  e(
    'Chứng thực',
    'legal',
    ['cong chung', 'cong chung giay to', 'cong chung bang', 'cong chung so', 'thi thuc', 'dong dau', 'dong dau xac nhan'],
    ['chung thuc ban sao', 'ban sao tu ban chinh', 'chung thuc'],
  ),
  // A copy named as one ("photo công chứng", "sao y bản chính"): only the copy's certification, not any other
  // ("sao y" alone put the short "Chứng thực di chúc" first).
  e(
    'Chứng thực',
    'legal',
    [
      ...['photo cong chung', 'sao y', 'sao y ban chinh', 'sao chung thuc', 'cong chung ban sao', 'ban photo', 'photo', 'giong ban chinh', 'y ban chinh'],
      // Typed short ("ct bản sao cccd"): read alone, "ct" is any certification and the card's a signature's.
      'ct ban sao',
    ],
    ['chung thuc ban sao', 'ban sao tu ban chinh'],
  ),
  // The original brought along ("có cần mang bản gốc không"): what the names call "bản chính".
  e('Chứng thực', 'counter', ['ban goc', 'giay to goc', 'ban chinh goc'], ['ban chinh']),
  // "Chứng" alone is how many say "chứng thực" ("xã chứng chữ ký cho").
  e(
    'Chứng thực',
    'counter',
    ['ky ten xac nhan', 'xac nhan chu ky', 'cong chung chu ky', 'lan tay', 'diem chi', 'ky xac nhan', 'thi thuc chu ky', 'chứng chữ ký', 'chứng chữ kí'],
    ['chung thuc chu ky'],
  ),
  e(
    'Chứng thực',
    'counter',
    [
      'hop dong mua ban',
      'hop dong chuyen nhuong',
      'giay mua ban',
      'giay tay',
      // …and its longer name ("giấy viết tay").
      'giay viet tay',
      'hop dong uy quyen',
      // Someone to sign for an old or bedridden parent: what is made is the authorisation.
      // Not a bare "ký thay": it ends "đăng ký thay đổi".
      'ky giay to thay',
      'nguoi ky giay to thay',
      'ky ten thay',
      'nguoi ky thay',
      'dung ra ky thay',
      'ky thay cho',
      'hop dong tang cho',
      'hop dong the chap',
      'giay to mua ban dat',
      'hop dong mua ban dat',
      'giay mua ban nha',
      // The seller's paper as villagers name it ("giấy bán xe", "giấy bán đất"): the sale contract to certify.
      ...['giay ban xe', 'giay mua xe', 'giay ban dat', 'giay ban nha'],
    ],
    ['chung thuc giao dich', 'chung thuc hop dong', 'giao dich lien quan den tai san'],
  ),
  // A power of attorney for errands, unpaid and moving no property ("giấy ủy quyền cho con gái lo việc giấy tờ"): its
  // signature is what the commune certifies (Nghị định 23/2015/NĐ-CP, art. 24); one over a house or land is a
  // transaction (lexicon-context.ts).
  e('Chứng thực', 'legal', ['uy quyen', 'giay uy quyen', 'lam giay uy quyen', 'viet giay uy quyen', 'lam uy quyen'], ['chung thuc chu ky']),
  // …and by the word the old use for it ("làm cái giấy ủy thác cho con"): an entrustment is a bank's or a fund's
  // contract (ủy thác đầu tư, cho vay ủy thác), never a citizen's errand.
  e('Chứng thực', 'counter', ['uy thac', 'giay uy thac', 'lam giay uy thac', 'viet giay uy thac', 'lam uy thac'], ['chung thuc chu ky']),
  e('Chứng thực', 'counter', ['lam di chuc', 'viet di chuc', 'chia tai san khi chet', 'de lai tai san', 'chuc thu'], ['di chuc']),
  // A will said absent ("mất không để lại di chúc", "không có di chúc"): the estate passes by law, and the heirs divide
  // it by a document of their own, not the will's certification.
  e(
    'Chứng thực',
    'counter',
    [
      ...['khong de lai di chuc', 'khong co di chuc', 'khong lap di chuc', 'khong lam di chuc', 'chua lam di chuc', 'chua kip lam di chuc', 'khong viet di chuc'],
      // …and the will named as "a paper" ("ông nhà tui mất không có để lại giấy gì").
      ...['khong de lai giay gi', 'khong co de lai giay gi', 'khong de lai giay to gi', 'khong co de lai giay to gi', 'khong de lai giay', 'khong co giay gi de lai'],
    ],
    ['phan chia di san'],
  ),
  e(
    'Chứng thực',
    'counter',
    [
      ...['chia thua ke', 'chia tai san thua ke', 'thoa thuan chia tai san', 'phan chia tai san', 'de lai dat', 'bo me mat de lai', 'nhan thua ke', 'huong thua ke', 'thua ke'],
      // Whoever died and left it ("cha tôi mất để lại sổ tiết kiệm"): what was left is an estate, "mất" no loss.
      ...['mat de lai', 'chet de lai', 'qua doi de lai', 'mat co de lai', 'mat roi de lai'],
    ],
    ['phan chia di san', 'di san', 'thua ke'],
  ),
  // A will carried out ("sang tên theo di chúc", "nhận đất theo di chúc"): its maker has died and the heir takes what it
  // leaves (Bộ luật Dân sự 2015, art. 643: a will takes effect at the opening of the succession), not a will certified.
  e('Chứng thực', 'legal', ['theo di chuc', 'sang ten theo di chuc', 'nhan theo di chuc', 'huong theo di chuc', 'thua ke theo di chuc'], ['thua ke', 'di san']),
  // The estate's division named by its paper ("chứng thực văn bản thừa kế", "phân chia tài sản thừa kế"): the division,
  // not any procedure whose name says "di sản" (its refusal is named by refusing words, below).
  e(
    'Chứng thực',
    'counter',
    [
      ...['van ban thua ke', 'giay thua ke', 'van ban chia thua ke', 'giay chia thua ke', 'van ban phan chia', 'thoa thuan phan chia di san'],
      ...['phan chia tai san thua ke', 'phan chia thua ke', 'chia di san', 'chia tai san cua bo me', 'chia tai san cha me de lai'],
      // The heirs' declaration of what they receive, as people have heard it named at the notary's ("văn bản khai nhận di
      // sản"): the estate the commune certifies is the divided one; read as its words, "nhận di sản" is its renunciation.
      ...['khai nhan di san', 'khai nhan di san thua ke', 'van ban khai nhan di san', 'van ban khai nhan', 'khai nhan thua ke', 'nhan di san'],
    ],
    ['phan chia di san'],
  ),
  // A house or land inherited ("thừa kế nhà đất"): its division and its registration, not the tax on what real estate
  // brought ("nhà đất" is "bất động sản" in a tax's name).
  e(
    'Đất đai',
    'counter',
    ['thua ke nha dat', 'nha dat thua ke', 'thua ke nha', 'thua ke nha o', 'thua ke can nha', 'thua ke so do', 'thua ke mieng dat', 'thua ke manh dat'],
    ['phan chia di san', 'chuyen nhuong thua ke tang cho quyen su dung dat'],
  ),
  e(
    'Chứng thực',
    'counter',
    [
      'tu choi nhan thua ke',
      'khong nhan thua ke',
      'nhuong phan thua ke',
      // Said with a wish or a share in between ("không muốn nhận phần thừa kế"), and of the estate itself.
      'khong muon nhan thua ke',
      'khong muon nhan phan thua ke',
      'khong nhan phan thua ke',
      'khong lay phan thua ke',
      'tu choi thua ke',
      'tu choi phan thua ke',
      'nhuong thua ke',
      'khong nhan di san',
      'khong muon nhan di san',
      'tu choi di san',
    ],
    ['tu choi nhan di san'],
  ),
  e('Chứng thực', 'counter', ['dich thuat', 'dich cong chung', 'dich giay to', 'ban dich', 'dich ra tieng', 'dich sang tieng', 'dich ra tieng anh', 'dich sang tieng anh'], ['chu ky nguoi dich']),
  e(
    'Bảo hiểm y tế',
    'counter',
    [
      ...['tu bo tien', 'tu tra tien', 'bao hiem tra lai tien', 'bao hiem tra tien', 'hoan tien kham', 'hoan lai tien kham', 'quen mang the', 'quen the bao hiem'],
      // The money for medicine or a hospital stay asked back ("xin lại tiền thuốc đã mua khi đi viện").
      ...['xin lai tien thuoc', 'lay lai tien thuoc', 'xin lai tien vien phi', 'lay lai tien vien phi', 'thanh toan lai tien thuoc', 'thanh toan lai vien phi'],
    ],
    ['thanh toan truc tiep chi phi kham chua benh'],
  ),
  // Where the card says one is first seen ("đổi nơi khám chữa bệnh ban đầu"): a detail of the card, which the insurer changes.
  e(
    'Bảo hiểm y tế',
    'counter',
    [
      'doi noi kham ban dau',
      'doi noi kham chua benh ban dau',
      'chuyen noi kham ban dau',
      'doi noi dang ky kham',
      'dang ky kham ban dau',
      'noi kham chua benh ban dau',
      'doi tuyen kham',
      // …and said as the place one wants to be seen at ("muốn đổi về trạm y tế xã cho gần").
      'doi ve tram y te',
      'chuyen ve tram y te',
      'doi sang tram y te',
      'doi noi kham',
      'chuyen noi kham',
      'doi benh vien kham',
      'doi cho kham',
      // Said whole, "khám bệnh ban đầu" is the card's detail, not a visit's words pulling the treatment subsidies.
      'doi noi kham benh ban dau',
      'chuyen noi kham benh ban dau',
      'noi kham benh ban dau',
      // …and as the card's registration ("chuyển nơi đăng ký khám ban đầu", "đổi nơi đăng ký khám bệnh").
      ...['chuyen noi dang ky kham', 'doi noi dang ky kham benh', 'chuyen noi dang ky kham benh', 'noi dang ky kham benh', 'noi dang ky kham', 'dang ky kham ban dau'],
    ],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // A health card never had ("nghỉ hưu rồi mà chưa có thẻ bảo hiểm y tế"): the card issued, not the names that say who
  // "chưa tham gia bảo hiểm y tế" (militia and rescuers hurt on duty).
  c(
    'Bảo hiểm y tế',
    ['bhyt', 'bao hiem y te', 'the bao hiem', 'the y te'],
    // Not "không có thẻ": a card lost is not at hand either ("đi viện không có thẻ"). The card said with it: a bare
    // "chưa có thẻ" closing a question ("… được cấp thẻ không, tôi chưa có thẻ ạ") only repeats it.
    ['chua co the bao hiem', 'chua co the bao hiem y te', 'chua co the bhyt', 'chua co the y te', 'chua duoc cap the', 'chua lam the', 'chua tung co the bao hiem'],
    // As the card's own entry (below) says it, so the two are one concept.
    ['cap the bhyt', 'dang ky dong cap the bhyt'],
  ),
  // A pension stopped (a prison term, a stay abroad) and asked for again: paid on from the month it stopped.
  e(
    'Bảo hiểm xã hội',
    'counter',
    ['huong lai luong huu', 'huong tiep luong huu', 'lanh lai luong huu', 'linh lai luong huu', 'nhan lai luong huu', 'luong huu bi dung', 'tien huu bi dung', 'khoi phuc luong huu'],
    ['huong tiep luong huu'],
  ),

  // — Residence: the household book is gone, its words are not.
  e(
    'Cư trú',
    'old name',
    [
      'nhap ho khau',
      'chuyen ho khau',
      'len ho khau',
      'vao ho khau',
      'cho vao ho khau',
      'dang ky ho khau',
      'so ho khau',
      'lam ho khau',
      'nhap ho',
      'dang ky thuong tru',
      'cat khau den',
      // The South's "vô" for "vào".
      'vo ho khau',
      'nhap vo ho khau',
      'cho vo ho khau',
      'vo khau',
      // The household book's verb kept for the register that replaced it: "chuyển (nơi) thường trú" is registering anew.
      'chuyen thuong tru',
      'chuyen noi thuong tru',
      'doi noi thuong tru',
    ],
    ['dang ky thuong tru'],
  ),
  // The register itself, said bare: in the catalogue's names it is who may apply ("công dân có hộ khẩu thường trú ở tỉnh
  // biên giới", "thẻ thường trú cho người nước ngoài"), not the registering. Read in queries only.
  e('Cư trú', 'counter', ['ho khau', 'thuong tru', 'khau thuong tru'], ['dang ky thuong tru']),
  // Households put together ("gộp hộ về ở chung với bố mẹ", "nhập chung hộ khẩu"): one joins the other's register. Marked:
  // folded, "gộp hộ" is "góp họ" (a rotating savings club). Read in queries only.
  e('Cư trú', 'counter', ['gộp hộ', 'gộp hộ khẩu', 'gộp sổ hộ khẩu', 'gộp khẩu', 'nhập chung hộ', 'nhập chung hộ khẩu', 'nhập chung khẩu'], ['dang ky thuong tru']),
  // Said of the household book, but written in the catalogue for goods: an import, goods in transit. Read in queries only.
  e('Cư trú', 'counter', ['nhap khau', 'chuyen khau'], ['dang ky thuong tru']),
  e(
    'Cư trú',
    'old name',
    [
      ...['tach ho khau', 'tach khau', 'tach so ho khau', 'tach ho rieng', 'ra ho rieng', 'lap ho moi'],
      // A married son moving out, as the old tell it ("tách ra ở riêng thành một hộ khác").
      ...['tach ra o rieng', 'thanh mot ho khac', 'thanh ho khac', 'lam ho rieng'],
      // …or leaving the parents' household to head one's own ("tách khỏi hộ của bố", "làm chủ hộ riêng").
      ...['tach khoi ho', 'tach khoi ho khau', 'chu ho rieng', 'dung chu ho rieng'],
    ],
    ['tach ho'],
  ),
  e('Cư trú', 'old name', ['cat ho khau', 'cat khau', 'xoa ho khau', 'xoa khau', 'xoa ten trong ho khau', 'cat ten khoi ho khau', 'rut ho khau'], ['xoa dang ky thuong tru']),
  e(
    'Cư trú',
    'counter',
    [
      'khai bao tam tru',
      'tam tru tam vang',
      'dang ky tam tru',
      'o tro',
      'thue tro',
      'nha tro',
      'phong tro',
      'sinh vien o tro',
      'nguoi thue nha',
      'so tam tru',
      'kt3',
      // …and the short stay's book of before 2007, "KT4" (Thông tư 06/BNV 1997), still said by the old.
      'kt4',
      'o nho',
      'o nho nha',
      'len o nho',
    ],
    ['dang ky tam tru', 'tam tru'],
  ),
  e(
    'Cư trú',
    'counter',
    // "Đăng ký tạm vắng": the old register's words, said whole (not "đăng ký tạm", a vehicle's temporary plate).
    [
      'dang ky tam vang',
      'vang nha',
      'di lam xa',
      'di vang',
      'bao vang',
      'khai bao vang',
      'xin vang mat',
      'vang mat dai ngay',
      'di lau ngay',
      'di xa lau ngay',
      'vang lau ngay',
      'xa nha lau ngay',
      'di vien lau ngay',
    ],
    ['khai bao tam vang', 'tam vang'],
  ),
  e(
    'Cư trú',
    'counter',
    [
      'xac nhan cu tru',
      'xac nhan noi o',
      // "Giấy xác nhận đang sinh sống tại địa phương": what employers and schools ask citizens to bring.
      'dang sinh song',
      'dang song o',
      'dang song tai',
      'xac nhan noi cu tru',
      'giay xac nhan cu tru',
      'xac nhan dia chi',
      'xac nhan thuong tru',
      'xac nhan tam tru',
      'ct07',
      'mau ct07',
      'ct08',
      'thay so ho khau',
      'lam lai so ho khau',
      'so ho khau bi mat',
      'giay xac nhan ho khau',
      // What stands for the household book now, as people ask for it: "giấy tờ cư trú", "giấy chứng minh nơi ở".
      ...['giay to cu tru', 'giay to ve cu tru', 'giay cu tru', 'giay to chung minh cu tru', 'giay chung minh noi o', 'giay chung minh cu tru'],
      // What the register holds of one's household, asked to be seen or printed ("xem hồ sơ cư trú nhà tôi còn những ai").
      ...['ho so cu tru', 'xem ho so cu tru', 'in ho so cu tru', 'xem thong tin cu tru', 'in thong tin cu tru'],
    ],
    ['xac nhan thong tin ve cu tru'],
  ),
  e('Cư trú', 'counter', ['bao khach o', 'khach o qua dem', 'khach den o', 'bao luu tru', 'khai bao luu tru', 'khach tro'], ['thong bao luu tru']),

  // — Identity, passports, records.
  e(
    'Căn cước',
    'old name',
    [
      'cccd',
      'can cuoc cong dan',
      'the can cuoc cong dan',
      'cmnd',
      'chung minh nhan dan',
      'chung minh thu',
      'cmt',
      'can cuoc',
      'the can cuoc',
      'cmnd 9 so',
      'cmnd 12 so',
      'the cccd',
      'can cuoc gan chip',
      'the chip',
    ],
    ['the can cuoc'],
  ),
  e(
    'Căn cước',
    'counter',
    [
      'lam cccd',
      'lam can cuoc',
      'lam the can cuoc',
      'lam cmnd',
      'lam chung minh',
      'lam chung minh thu',
      'lam chung minh nhan dan',
      'lam can cuoc cong dan',
      'lam the chip',
      'bam van tay lam can cuoc',
    ],
    ['cap the can cuoc'],
  ),
  // The old card's number, asked to be confirmed for a bank or a land paper ("xin giấy xác nhận số chứng minh cũ").
  e(
    'Căn cước',
    'counter',
    ['xac nhan so chung minh', 'xac nhan so cmnd', 'giay xac nhan so chung minh', 'so chung minh cu', 'so cmnd cu', 'so chung minh nhan dan cu', 'xac nhan so cmt', 'so cmt cu'],
    ['xac nhan so chung minh nhan dan'],
  ),
  // …unless the child's age said is 14 or more (lexicon-context.ts): then the card for 14 and over.
  c('Căn cước', ['can cuoc'], ['can cuoc cho tre em', 'can cuoc cho be', 'can cuoc cho con', 'can cuoc tre duoi 14', 'can cuoc cho tre', 'lam can cuoc cho con'], ['nguoi duoi 14 tuoi'], {
    unless: [
      ...[' 14 tuoi', 'du 14', 'tron 14', ...['15', '16', '17', '18'].map((n) => `${n} tuoi`)],
      ...['bon', 'lam', 'sau', 'bay', 'tam', 'chin'].map((k) => `muoi ${k} tuoi`),
      // …or a grown child told by what only adults do: work, marry, serve, study at a university ("cho con để đi làm
      // công ty", "con sắp lấy vợ").
      ...['di lam', 'di lam cong ty', 'lam cong ty', 'vao cong ty', 'lam cong nhan', 'xin viec', 'xin di lam', 'xuat khau lao dong', 'di lao dong'],
      ...['lay vo', 'lay chong', 'cuoi vo', 'dai hoc', 'sinh vien', 'nghia vu quan su', 'di nghia vu', 'nhap ngu', 'di bo doi'],
    ],
  }),
  e('Căn cước', 'counter', ['tai khoan dinh danh', 'vneid', 'dinh danh dien tu', 'kich hoat vneid', 'tai khoan vneid'], ['tai khoan dinh danh dien tu', 'dinh danh dien tu']),
  // The account's level as people name it ("mức 2", the one that carries the card) is the catalogue's "mức độ 02": the
  // citizen's own account, not an organisation's.
  e('Căn cước', 'counter', ['muc 2', 'muc do 2', 'dinh danh muc 2', 'vneid muc 2', 'tai khoan muc 2', 'tai khoan dinh danh muc 2'], ['tai khoan dinh danh dien tu muc do 02']),
  e('Căn cước', 'counter', ['muc do 1', 'dinh danh muc 1', 'vneid muc 1', 'tai khoan muc 1', 'tai khoan dinh danh muc 1'], ['tai khoan dinh danh dien tu muc do 01']),
  e(
    'Xuất nhập cảnh',
    'counter',
    [
      'passport',
      'pasport',
      'ho chieu',
      'lam passport',
      'so ho chieu',
      'ho chieu pho thong',
      'lam ho chieu',
      'xin ho chieu',
      // The first one is the same issue as any other: the names say no "lần đầu", which would pull land's and vehicles'.
      'ho chieu lan dau',
      'lam ho chieu lan dau',
      'xin ho chieu lan dau',
      'cap ho chieu lan dau',
      'ho chieu di nuoc ngoai',
      // A passport out of date or worn is not renewed: a new one is issued.
      'ho chieu het han',
      'ho chieu sap het han',
      'gia han ho chieu',
      'gia han passport',
      'passport het han',
      'doi ho chieu',
      'doi passport',
      'lam lai ho chieu',
      'ho chieu bi rach',
      'ho chieu bi hu',
      'di xuat khau lao dong',
      'xuat khau lao dong',
      'di nuoc ngoai',
    ],
    ['cap ho chieu pho thong', 'ho chieu pho thong'],
  ),
  e('Xuất nhập cảnh', 'counter', ['mat ho chieu', 'bao mat ho chieu', 'ho chieu bi mat', 'mat passport'], ['trinh bao mat ho chieu']),
  // A trip abroad ("đi du lịch Thái Lan", "du lịch nước ngoài"): the traveller's passport, not a tourism business's
  // licence nor an eco-tourism project. A foreign tourist, or a tour company, is another request.
  c(
    'Xuất nhập cảnh',
    [
      ...['nuoc ngoai', 'ho chieu', 'passport', 'xuat canh', 'visa', 'thi thuc', 'chau au', 'hong kong'],
      ...['thai lan', 'han quoc', 'nhat ban', 'trung quoc', 'dai loan', 'singapore', 'malaysia', 'campuchia', 'my', 'uc', 'phap', 'duc', 'lao'],
    ],
    ['di du lich', 'du lich', 'sang du lich', 'ra nuoc ngoai du lich'],
    ['cap ho chieu pho thong', 'ho chieu pho thong'],
    { unless: ['nguoi nuoc ngoai', 'khach nuoc ngoai', 'khach tay', 'nguoi tay', 'khach quoc te', 'cong ty du lich', 'lu hanh', 'tour'] },
  ),
  e('Xuất nhập cảnh', 'abbreviation', ['xnc', 'xuat canh', 'nhap canh'], ['xuat nhap canh']),
  e(
    'Lý lịch tư pháp',
    'counter',
    [
      'lltp',
      'ltp',
      'ly lich',
      'ly lich tu phap',
      'phieu ly lich',
      'giay xac nhan khong tien an',
      'xac nhan khong tien an',
      'khong tien an tien su',
      'tien an tien su',
      'giay tu phap',
      'phieu so 1',
      'phieu so 2',
      'ly lich di lam',
      'ly lich xuat khau lao dong',
      // What it proves, as people say it: never in prison, no record.
      'tu toi',
      'ngoi tu',
      'tien an',
      'an tich',
      'xoa an tich',
      'an treo',
      'khong pham toi',
      // …and as the old put it: never mixed up with a court.
      ...['dinh liu toi toa an', 'dinh liu toa an', 'chua tung dinh liu toi toa an', 'khong dinh liu toi toa an', 'chua tung ra toa'],
      ...['chua tung pham toi', 'ly lich trong sach'],
      'het an',
      'da het an',
      'ra tu',
      'di tu ve',
    ],
    ['phieu ly lich tu phap', 'ly lich tu phap'],
  ),
  // "Vô" is the South's "vào".
  e('Quốc tịch', 'counter', ['nhap quoc tich', 'xin quoc tich', 'vao quoc tich', 'vo quoc tich', 'nhap tich', 'xin nhap tich', 'vo tich viet nam', 'lam nguoi viet nam'], ['nhap quoc tich viet nam']),
  e('Quốc tịch', 'counter', ['bo quoc tich', 'thoi quoc tich', 'tu bo quoc tich', 'xin thoi quoc tich'], ['thoi quoc tich viet nam']),

  // — Land: the colour of the certificate's cover, and what people do with it.
  e(
    'Đất đai',
    'counter',
    [
      // Written with their marks: "sơ đồ" is a plan, not the certificate.
      'sổ đỏ',
      'sổ hồng',
      // "Giấy đỏ" in the countryside, North and South; written with its marks: "giấy đó" is that paper.
      'giấy đỏ',
      'bia do',
      'bia hong',
      'so dat',
      'giay dat',
      'giay to dat',
      'giay to nha dat',
      'giay nha dat',
      // The South's elderly call the house's and the land's paper its "chủ quyền".
      'giay chu quyen',
      'giay chu quyen nha',
      'chu quyen nha',
      'chu quyen dat',
      'giay to nha',
      'bang khoan',
      'so nha dat',
      'gcn qsdd',
      'gcnqsdd',
      'gcn',
      'giay chung nhan dat',
      'so hong chung cu',
      'so hong can ho',
      'so can ho',
      'so chung cu',
      // The old name a paper by its look: "cái giấy màu hồng", "cuốn sổ màu đỏ" (the red one written with its marks:
      // folded, "giấy mẫu đó" is that form).
      'giay mau hong',
      'so mau hong',
      'bia mau hong',
      'giấy màu đỏ',
      'so mau do',
      'bia mau do',
    ],
    ['giay chung nhan quyen su dung dat', 'quyen su dung dat'],
  ),
  e(
    'Đất đai',
    'counter',
    [
      'lam so do',
      'lam so hong',
      'làm giấy đỏ',
      'xin giấy đỏ',
      'xin so do',
      'xin so hong',
      'cấp giấy đỏ',
      'cap so do',
      'cap so hong',
      'cap so do lan dau',
      'xin cap so do',
      'lam giay to dat',
      'lam bia do',
      'lam so dat',
      'hop thuc hoa dat',
      'dat chua co so',
      'dat chua co so do',
      'cap giay chung nhan lan dau',
      'dang ky dat lan dau',
      'dang ki dat dai',
    ],
    ['dang ky dat dai'],
  ),
  e(
    'Đất đai',
    'counter',
    [
      'sang ten',
      'sang ten so do',
      'sang ten so hong',
      'sang ten dat',
      'sang ten nha dat',
      'mua dat',
      'ban dat',
      'mua ban dat',
      'mua ban nha dat',
      'cho con dat',
      'cho dat',
      'tang cho dat',
      'tang dat',
      'cho tang dat',
      'thua ke dat',
      'chia dat cho con',
      'dat thua ke',
      'nhan chuyen nhuong',
      'chuyen nhuong dat',
      'chuyen ten so do',
      'don dien doi thua',
      // Farmland bought and sold among villagers ("mua lại mấy sào ruộng của bà con"): "ruộng" alone is what is grown.
      'mua ruong',
      'ban ruong',
      'mua lai ruong',
    ],
    ['dang ky bien dong', 'chuyen nhuong thua ke tang cho quyen su dung dat', 'chuyen nhuong quyen su dung dat'],
  ),
  // Land sold or bought named by its kind ("bán đất ruộng", "mua đất vườn"): read whole, or "bán đất" takes the "đất"
  // and "ruộng" alone is read as what is grown ("cây trồng"), a farming procedure over the sale.
  e(
    'Đất đai',
    'counter',
    [
      ...['ban dat ruong', 'mua dat ruong', 'ban dat vuon', 'mua dat vuon', 'ban dat ray', 'mua dat ray', 'ban dat tho', 'mua dat tho'],
      ...['ban dat tho cu', 'mua dat tho cu', 'ban dat nong nghiep', 'mua dat nong nghiep', 'ban dat rung', 'mua dat rung'],
      // …or by the piece before the kind ("mua lại miếng đất vườn của ông hàng xóm"), or "đất vườn" is read alone.
      ...['mua', 'mua lai', 'ban'].flatMap((deal) => ['mieng dat', 'manh dat', 'lo dat', 'thua dat'].flatMap((piece) => [`${deal} ${piece} vuon`, `${deal} ${piece} ruong`])),
    ],
    ['dang ky bien dong', 'chuyen nhuong thua ke tang cho quyen su dung dat', 'chuyen nhuong quyen su dung dat'],
  ),
  e(
    'Đất đai',
    'counter',
    [
      ...['tach so', 'tach so do', 'tach so hong', 'tach dat', 'tach thua', 'chia thua', 'cat dat', 'chia dat', 'tach thua dat', 'nhap thua', 'gop thua', 'hop thua', 'gop so', 'gop dat'],
      // The book split ("chia sổ đỏ hộ gia đình"), or one for each child ("mỗi đứa có sổ riêng"; folded, "mỗi" is "mới").
      ...['chia so do', 'chia so hong', 'so rieng', 'co so rieng', 'moi co so rieng', 'moi dua co so rieng', 'moi nguoi co so rieng', 'lam so rieng', 'ra so rieng'],
    ],
    ['tach thua hoac hop thua dat', 'tach thua', 'hop thua'],
  ),
  // Plots merged named by the pieces and the one book they become ("gộp hai mảnh đất … thành một sổ"): "gộp" with its
  // marks, since "góp" is the capital a plot is contributed as.
  e(
    'Đất đai',
    'counter',
    [
      ...['gộp mảnh', 'gộp mảnh đất', 'gộp miếng đất', 'gộp lô đất', 'gộp thửa đất', 'gộp sổ đỏ', 'gộp hai sổ'],
      ...['nhap manh dat', 'nhap mieng dat', 'nhap lo dat', 'nhap thua dat', 'nhap so do', 'hop nhat thua', 'hop nhat so'],
      ...['thanh mot so', 'thanh mot thua', 'lam mot so', 've mot so'],
      // …the count typed as a digit, as people type it ("gộp 2 sổ đỏ thành 1", "nhap 2 thua lai 1 so").
      ...['gộp 2 sổ', 'gộp 2 mảnh', 'gộp 2 thửa', 'gộp 2 lô', 'nhap 2 so', 'nhap 2 thua', 'nhap 2 manh', 'thanh 1 so', 'thanh 1 thua', 'lam 1 so', 've 1 so', 'lai 1 so'],
    ],
    ['hop thua'],
  ),
  e(
    'Đất đai',
    'counter',
    [
      'len tho cu',
      'chuyen tho cu',
      'lam tho cu',
      'tho cu',
      'chuyen dat vuon',
      'dat vuon',
      'chuyen dat nong nghiep',
      'chuyen len dat o',
      'chuyen sang dat o',
      'dat ruong thanh dat o',
      'chuyen doi muc dich',
      'doi muc dich dat',
      'chuyen dat lua',
      'len dat o',
      ...['len dat tho cu', 'sang dat tho cu', 'qua dat tho cu', 'thanh dat tho cu'],
      // The village's short "đất thổ" for residential land ("chuyển ruộng lên đất thổ").
      ...['len dat tho', 'sang dat tho', 'thanh dat tho'],
    ],
    ['chuyen muc dich su dung dat'],
  ),
  // "Đất thổ cư" named as the land something stands on ("xây nhà trên đất thổ cư") is told, no change of use: it names
  // no procedure (an empty reading, as places are: lexicon-places.ts).
  e('Đất đai', 'counter', ['dat tho cu', 'tren dat tho cu'], []),
  // …and so is the law's own "đất ở nông thôn" as the land a house goes up on ("xây nhà trên đất ở nông thôn"): read as
  // its words, "nông thôn" is the names' "quy hoạch đô thị và nông thôn" (planning information).
  e('Đất đai', 'counter', ['tren dat o nong thon', 'tren dat o tai nong thon', 'tren dat o o nong thon'], []),
  e(
    'Đất đai',
    'counter',
    // The bank people borrow from with land as security is named too ("ngân hàng nông nghiệp" is no farming).
    [
      'the chap',
      'the chap so do',
      'the so do',
      'cam so do',
      'vay ngan hang',
      'vay von ngan hang',
      'ngan hang nong nghiep',
      'agribank',
      'vay the chap',
      'cam dat',
      'the dat',
      'dang ky the chap',
      'dang ki the chap',
    ],
    ['dang ky bien phap bao dam', 'bien phap bao dam', 'the chap'],
  ),
  e(
    'Đất đai',
    'counter',
    [
      'xoa the chap',
      'xoa chap',
      'giai chap',
      'rut so do',
      'rut so do ngan hang',
      'tra no ngan hang lay so',
      // The loan paid off is the reason to clear the pledge: "đã trả hết nợ", "tất toán khoản vay".
      'tra het no',
      'tra xong no',
      'tra het no ngan hang',
      'tat toan',
      'tat toan khoan vay',
      'lay lai so do',
      'lay so do ve',
    ],
    ['xoa dang ky bien phap bao dam'],
  ),
  e(
    'Đất đai',
    'counter',
    ['doi so do', 'doi so hong', 'doi so cu', 'doi so moi', 'so cu sang so moi', 'so do cu', 'so rach', 'so nat', 'so bi rach', 'cap doi so do', 'cap doi so'],
    ['cap doi giay chung nhan quyen su dung dat'],
  ),
  e(
    'Đất đai',
    'counter',
    ['mat so do', 'mat so hong', 'so do bi mat', 'so hong bi mat', 'lam lai so do', 'lam lai so hong', 'cap lai so do', 'xin lai so do', 'chay mat so do'],
    ['cap lai giay chung nhan do bi mat'],
  ),
  // A house built after the certificate was issued: people ask to "write it into" the red book.
  e(
    'Đất đai',
    'counter',
    [
      'ghi them nha vao so',
      'ghi them can nha vao so',
      'ghi nha vao so do',
      'dua nha vao so do',
      'bo sung nha vao so',
      'bo sung nha vao so do',
      // The land office's own words, as the young and the forms say them ("đăng ký bổ sung tài sản gắn liền với đất").
      'bo sung tai san vao so',
      'bo sung tai san nha o',
      'bo sung nha o vao so',
      'dang ky bo sung tai san',
      'them nha vao so do',
      'cap nhat nha vao so do',
      'dang ky nha moi xay',
      'dang ky them nha',
      'ghi them tai san',
      'bo sung tai san tren dat',
      // A house built since the land's book was issued ("căn nhà mới xây trên đất đã có sổ").
      'can nha moi xay',
      'nha moi xay tren dat',
      'tren dat da co so',
      'tren dat da co so do',
      // …or told as what the book lacks ("sổ đỏ chỉ có đất, nhà mới xây chưa có trên sổ").
      ...['so chi co dat', 'so do chi co dat', 'so chi ghi dat', 'so do chi ghi dat', 'nha chua co tren so', 'nha chua co trong so'],
      ...['nha moi xay chua co', 'xay chua co tren so', 'chua co nha tren so', 'chua co nha trong so', 'chua ghi nha'],
    ],
    ['dang ky tai san gan lien voi thua dat'],
  ),
  // A plot's area is only ever written on its land paper: correcting the area ("đính chính diện tích", "sửa lại diện
  // tích cho đúng") is the land office's correction, whatever else the query calls the paper ("giấy", "giấy tờ").
  e(
    'Đất đai',
    'counter',
    [
      ...['sua so do', 'sai so do', 'so do sai ten', 'so do ghi sai', 'sua ten tren so do', 'sai dien tich', 'sai thong tin so do', 'dinh chinh dien tich', 'sua dien tich', 'sua lai dien tich'],
      // …or asked as what it should say ("làm lại sổ cho đúng diện tích", "ghi đúng diện tích thực tế").
      ...['cho dung dien tich', 'ghi dung dien tich', 'dung dien tich thuc te', 'dung voi dien tich thuc te'],
    ],
    ['dinh chinh giay chung nhan'],
  ),
  e(
    'Đất đai',
    'counter',
    [
      'tranh chap',
      'tranh chap dat',
      'lan chiem dat',
      'lan dat',
      'lan ranh',
      'ranh gioi dat',
      'cai nhau dat',
      'kien dat',
      'hang xom lan dat',
      'hang xom lan',
      'nha hang xom lan',
      'lan sang dat',
      'dat bi lan',
      'giai quyet tranh chap',
      // A shared path two households fight over, or one fences off.
      ...['loi di chung', 'ngo di chung', 'rao loi di', 'bit loi di', 'chan loi di'],
    ],
    ['tranh chap dat dai'],
  ),
  e('Đất đai', 'counter', ['dat o', 'dat xay nha', 'dat lam nha', 'xin dat', 'xin dat o', 'giao dat lam nha', 'cap dat'], ['giao dat', 'dat o']),
  // Land in the home village ("mảnh đất ở quê", "đất ở dưới quê"): the land, where it lies; read as its words, "đất ở" is
  // residential land to be allocated.
  e('Đất đai', 'counter', ['dat o que', 'dat o duoi que', 'dat o ngoai que', 'dat o trong que', 'nha dat o que'], ['quyen su dung dat']),
  // Said of farmland, "thuê" (rent) and "thuế" (tax) fold alike: the phrases are both entries', and the marks typed
  // decide (engine.ts, conceptsAsTyped).
  e(
    'Đất đai',
    'counter',
    // Land rented from the State or the commune ("thuê lại đất của nhà nước", "thuê đất công của xã").
    [
      'thue dat',
      'thue dat nha nuoc',
      'thue dat cua nha nuoc',
      'thue lai dat cua nha nuoc',
      'thue dat cong',
      'thue dat cua xa',
      'muon dat',
      'thue ruong',
      'thue dat ruong',
      'thue dat nong nghiep',
      'thue dat trong lua',
      'cho thue dat nong nghiep',
      'cho thue ruong',
    ],
    ['cho thue dat'],
  ),
  e('Đất đai', 'counter', ['den bu', 'den bu dat', 'giai toa', 'bi giai toa', 'thu hoi dat', 'tai dinh cu'], ['boi thuong ho tro tai dinh cu']),
  e('Đất đai', 'counter', ['bien dong dat', 'thay doi so do', 'cap nhat so do', 'thay doi thong tin so do', 'doi ten tren so do'], ['dang ky bien dong']),
  e('Đất đai', 'counter', ['tien su dung dat', 'tien dat', 'no tien dat', 'ghi no tien dat'], ['tien su dung dat']),
  // The map extract of a plot, as the land office and people call it ("trích lục bản đồ địa chính"): no civil-status extract.
  e(
    'Đất đai',
    'counter',
    [
      ...['do dat', 'do lai dat', 'do dac', 'trich do', 'ban do dia chinh'],
      ...['trich luc ban do', 'trich luc ban do dia chinh', 'trich luc dia chinh', 'trich luc thua dat'].flatMap((p) => [p, `xin ${p}`]),
    ],
    ['do dac', 'trich do ban do dia chinh'],
  ),
  e('Đất đai', 'abbreviation', ['bds', 'nha dat', 'dia oc'], ['bat dong san']),
  e('Đất đai', 'abbreviation', ['qsd', 'qsdd', 'qsh'], ['quyen su dung', 'quyen so huu']),

  // — Building and housing.
  e(
    'Xây dựng',
    'abbreviation',
    [
      'gpxd',
      'giay phep xd',
      'phep xay dung',
      'xin phep xay nha',
      'xin phep xay',
      'phep xay nha',
      'xin giay phep xay nha',
      'xay nha',
      'xay nha moi',
      'lam nha',
      'cat nha',
      'xay nha cap 4',
      'nha cap 4',
      'xay nha o',
      'giay phep xay nha',
    ],
    ['giay phep xay dung', 'nha o rieng le'],
  ),
  e(
    'Xây dựng',
    'counter',
    [
      ...['sua nha', 'sua chua nha', 'nang cap nha', 'coi noi nha', 'noi nha', 'len tang', 'xay them tang', 'cai tao nha', 'sua lai nha', 'do mai', 'sua sang', 'sua sang lai'],
      // A floor added on top, a mezzanine, a roof terrace: what families build on a house they already have.
      ...['nang tang', 'nang them tang', 'do them tang', 'them tang', 'gac lung', 'lam gac lung', 'xay gac', 'do gac', 'xay tum', 'lam tum'],
      // Spreading a house out ("cơi nới"), or a lean-to (chái) added on a country house's side or back.
      ...['coi noi', 'xay chai', 'lam chai', 'noi chai', 'them chai'],
    ],
    ['sua chua cai tao'],
  ),
  e('Xây dựng', 'counter', ['pha nha', 'do nha', 'pha do', 'don nha', 'di chuyen nha'], ['di doi']),
  // "Sửa chữa" is a repair, never a paper's correction (people say "sửa", "sửa lại" for that): read as itself, its
  // "sửa" is not the correction's. "Xuống cấp" (run down) tells the state of a house, no boat ("xuồng").
  e('Xây dựng', 'counter', ['sửa chữa'], ['sua chua']),
  e('Xây dựng', 'counter', ['xuống cấp'], []),
  e('Xây dựng', 'counter', ['chung chi xay dung', 'chung chi hanh nghe xay dung', 'chung chi ky su'], ['chung chi hanh nghe hoat dong xay dung']),
  e('Nhà ở', 'counter', ['nha xa hoi', 'thue nha xa hoi', 'nha o cho nguoi ngheo', 'nha gia re', 'noxh', 'nhxh'], ['nha o xa hoi']),
  // A cheap house the State lets ("nghe nói nhà nước có nhà cho thuê giá rẻ", "xin thuê nhà của nhà nước"): its social
  // housing, rented through the registration at the commune.
  e(
    'Nhà ở',
    'counter',
    ['nha cho thue gia re', 'thue nha gia re', 'nha nuoc cho thue nha', 'nha nuoc co nha cho thue', 'thue nha cua nha nuoc', 'thue nha nha nuoc'],
    ['thue nha o xa hoi', 'nha o xa hoi'],
  ),
  // Buying one is registered to buy, at the commune (Luật Nhà ở 2023, Nghị định 100/2024): the buyer's "mua" is that
  // registration's, not the "cho thuê mua" of the state-built flats a province lets.
  e('Nhà ở', 'counter', ['mua nha xa hoi', 'mua nha o xa hoi', 'mua can nha o xa hoi', 'mua can ho xa hoi'], ['dang ky mua thue mua thue nha o xa hoi', 'nha o xa hoi']),
  // The paper a buyer must bring, that they own no home (or under 15 m² a head), is confirmed at that same registration.
  e(
    'Nhà ở',
    'counter',
    ['xac nhan chua co nha', 'xac nhan chua co nha o', 'giay xac nhan chua co nha', 'xac nhan dieu kien nha o', 'xac nhan thuc trang nha o', 'xac nhan khong co nha'],
    ['dang ky mua thue mua thue nha o xa hoi', 'nha o xa hoi'],
  ),
  // The state's help to build or mend a poor or deserving family's home, and the cheap loan for it, as people ask it.
  e(
    'Nhà ở',
    'counter',
    ['ho tro lam nha', 'ho tro xay nha', 'ho tro sua nha', 'ho tro cat nha', 'vay von lam nha', 'vay von xay nha', 'vay von sua nha', 'vay tien lam nha', 'nha dot nat', 'xoa nha tam'],
    ['ho tro nha o', 'vay von de ho gia dinh ca nhan tu xay dung'],
  ),
  e('Nhà ở', 'counter', ['chung cu', 'can ho', 'nha chung cu', 'ban quan tri chung cu'], ['nha chung cu']),
  // The flats of the old collective blocks ("căn hộ tập thể", "khu tập thể") the state built for its staff and lets.
  e(
    'Nhà ở',
    'counter',
    ['nha tap the', 'nha nha nuoc', 'nha thue nha nuoc', 'can ho tap the', 'can tap the', 'khu tap the', 'phong tap the', 'nha tap the co quan'],
    ['nha o cu thuoc tai san cong', 'nha o cong vu'],
  ),
  // Official housing is lent to an official posted away, never sold: not the old state-owned housing.
  e('Nhà ở', 'counter', ['nha cong vu', 'o nha cong vu', 'xin nha cong vu'], ['nha o cong vu']),
  // The law's "nhà ở thuộc sở hữu nhà nước" (Luật Nhà ở 2014) is now "nhà ở cũ thuộc tài sản công"; people keep the old name.
  e('Nhà ở', 'old name', ['nha so huu nha nuoc', 'nha thuoc so huu nha nuoc', 'nha o thuoc so huu nha nuoc', 'nha cua nha nuoc'], ['nha o cu thuoc tai san cong']),
  e(
    'Nhà ở',
    'counter',
    [
      ...['mua nha nha nuoc', 'mua lai nha nha nuoc', 'mua nha tap the', 'mua lai nha tap the', 'mua nha so huu nha nuoc', 'mua nha thuoc so huu nha nuoc'],
      // The flat one has rented from the state for years, bought at last ("được mua lại căn đang thuê").
      ...['mua lai can dang thue', 'mua can dang thue', 'mua lai nha dang thue', 'mua nha dang thue', 'mua lai can ho dang thue', 'mua lai can ho tap the'],
    ],
    ['ban nha o cu thuoc tai san cong'],
  ),
  // "Hóa giá": the word people still use for buying the state-owned flat they live in.
  e('Nhà ở', 'counter', ['hoa gia', 'nha hoa gia', 'mua nha hoa gia', 'hoa gia nha'], ['ban nha o cu thuoc tai san cong']),

  // — Household business, companies, cooperatives.
  e(
    'Hộ kinh doanh',
    'abbreviation',
    [
      'hkd',
      'ho kd',
      'ho ca the',
      'ca the',
      'kinh doanh ca the',
      'kinh doanh ho gia dinh',
      'ho gia dinh kinh doanh',
      'buon ban nho',
      'tieu thuong',
      'ban hang online',
      'ban online',
      ...BREAKFAST_STALL,
    ],
    ['ho kinh doanh'],
  ),
  e(
    'Hộ kinh doanh',
    'abbreviation',
    [
      'gpkd',
      // The licence fee once gave the household licence its name: "giấy phép môn bài".
      'giay phep mon bai',
      'giay mon bai',
      'so mon bai',
      'giay phep kinh doanh',
      'giay phep kd',
      'dkkd',
      'dang ky kd',
      'dang ki kinh doanh',
      'giay dang ky kinh doanh',
      'xin giay phep kinh doanh',
      'lam giay phep kinh doanh',
      'mo quan',
      'mo cua hang',
      'mo tiem',
      'mo shop',
      'mo quan an',
      // Breakfast, the commonest stall: folded, "sáng" is the "sang" of "cấp đổi sang" (a reissued paper).
      'mo quan an sang',
      // A repair shop opened: read as its words, "sửa" is a paper's correction and "xe máy" a vehicle's papers.
      ...['mo tiem sua xe', 'mo tiem sua xe may', 'mo tiem sua xe dap', 'mo xuong sua xe'],
      'mo quan nuoc',
      'mo quan ca phe',
      'mo tap hoa',
      'ban tap hoa',
      'mo sap',
      'mo hang',
      'mo ho kinh doanh',
      'lap ho kinh doanh',
      'kinh doanh nho',
      // One more shop counted ("mở thêm một cửa hàng"): read as its syllables, "một cửa" is the one-stop office.
      ...['mo mot cua hang', 'mo them cua hang', 'mo them mot cua hang'],
    ],
    // …and the registration itself, as the catalogue names it when its paper is lost or its content changed.
    ['dang ky thanh lap ho kinh doanh', 'dang ky kinh doanh', 'dang ky ho kinh doanh'],
  ),
  e(
    'Hộ kinh doanh',
    'counter',
    [
      'nghi kinh doanh',
      'nghi ban',
      'dong cua',
      'dong cua hang',
      'dep quan',
      'thoi kinh doanh',
      'khong kinh doanh nua',
      'giai the ho',
      'dong cua ho kinh doanh',
      'nghi kinh doanh han',
      'cham dut kinh doanh',
      'huy giay phep kinh doanh',
    ],
    ['cham dut hoat dong ho kinh doanh', 'cham dut hoat dong'],
  ),
  e(
    'Hộ kinh doanh',
    'counter',
    [
      ...['nghi tam', 'nghi mot thoi gian', 'tam nghi', 'tam dong cua', 'tam dung kinh doanh', 'ngung kinh doanh', 'tam ngung'],
      // Whole, so "tạm | nghỉ kinh doanh" is not cut to the closing ("tạm nghỉ kinh doanh 3 tháng vì mẹ ốm").
      ...['tam nghi kinh doanh', 'tam nghi ban', 'tam nghi ban hang'],
      // The "tạm" said after, or the time told ("quán phải đóng cửa tạm", "đóng cửa mấy tháng đi chữa bệnh").
      ...['dong cua tam', 'dong cua tam thoi', 'dong cua may thang', 'dong cua vai thang', 'dong cua mot thoi gian', 'nghi ban may thang', 'nghi ban vai thang'],
      ...['nghi ban mot thoi gian', 'nghi kinh doanh mot thoi gian', 'nghi kinh doanh may thang', 'nghi kinh doanh vai thang'],
    ],
    ['tam ngung kinh doanh'],
  ),
  e(
    'Hộ kinh doanh',
    'counter',
    [
      'doi dia chi kinh doanh',
      'doi nganh nghe',
      'them nganh nghe',
      'doi ten cua hang',
      'doi ten ho kinh doanh',
      'doi chu ho',
      'doi dia diem kinh doanh',
      'thay doi giay phep kinh doanh',
      'sua giay phep kinh doanh',
    ],
    ['thay doi noi dung dang ky'],
  ),
  // The shop sold, said with it ("bán lại cái tiệm", "sang quán"): its new owner is registered in its place.
  e('Hộ kinh doanh', 'counter', ['ban lai tiem', 'ban tiem', 'ban lai cua hang', 'sang tiem', 'sang quan', 'sang lai tiem', 'sang lai quan'], ['thay doi noi dung dang ky ho kinh doanh']),
  e('Doanh nghiệp', 'abbreviation', ['dn', 'cong ty', 'cty'], ['doanh nghiep', 'cong ty']),
  e('Doanh nghiệp', 'abbreviation', ['tnhh', 'cty tnhh', 'trach nhiem huu han', 'mtv', 'mot thanh vien', '1 thanh vien', '2 thanh vien'], ['cong ty tnhh', 'trach nhiem huu han']),
  e('Doanh nghiệp', 'abbreviation', ['cp', 'cty cp', 'co phan'], ['cong ty co phan']),
  e('Doanh nghiệp', 'abbreviation', ['dntn', 'doanh nghiep tu nhan', 'cong ty tu nhan'], ['doanh nghiep tu nhan']),
  e(
    'Doanh nghiệp',
    'counter',
    ['mo cong ty', 'lap cong ty', 'thanh lap cong ty', 'dang ky cong ty', 'mo doanh nghiep', 'lap doanh nghiep', 'thanh lap doanh nghiep', 'dang ky doanh nghiep', 'dang ky thanh lap doanh nghiep'],
    ['thanh lap cong ty', 'thanh lap doanh nghiep', 'dang ky thanh lap cong ty', 'dang ky thanh lap doanh nghiep'],
  ),
  e('Doanh nghiệp', 'counter', ['dong cua cong ty', 'giai the cong ty', 'xoa cong ty', 'dong cong ty', 'pha san'], ['giai the doanh nghiep']),
  e(
    'Doanh nghiệp',
    'counter',
    ['doi giam doc', 'doi nguoi dai dien', 'doi nguoi dung ten', 'doi chu cong ty', 'doi dai dien phap luat', 'nguoi dai dien phap luat'],
    ['nguoi dai dien theo phap luat'],
  ),
  // "Thêm" between the verb and the capital is the same act ("tăng thêm vốn", a son "góp thêm vốn").
  e(
    'Doanh nghiệp',
    'counter',
    ['tang von', 'giam von', 'doi von', 'tang von dieu le', 'giam von dieu le', 'tang them von', 'gop them von', 'bo them von', 'rut bot von'],
    ['thay doi von dieu le', 'von dieu le'],
  ),
  e('Doanh nghiệp', 'abbreviation', ['vpdd', 'van phong dai dien', 'chi nhanh cong ty'], ['van phong dai dien', 'chi nhanh']),
  // A company's office for its customers, as owners name it: "văn phòng giao dịch" (a bank's is a "phòng giao dịch").
  e('Doanh nghiệp', 'counter', ['van phong giao dich'], ['van phong dai dien']),
  e('Hợp tác xã', 'abbreviation', ['htx', 'lhhtx'], ['hop tac xa', 'lien hiep hop tac xa']),
  e('Hợp tác xã', 'counter', ['lap htx', 'thanh lap htx', 'mo htx', 'dang ky htx', 'lap hop tac xa', 'thanh lap hop tac xa', 'mo hop tac xa'], ['dang ky thanh lap hop tac xa']),
  e('Hợp tác xã', 'counter', ['to hop tac', 'to san xuat', 'to hop'], ['to hop tac']),
  e(
    'Kinh doanh có điều kiện',
    'counter',
    ['cam do', 'tiem cam do', 'kinh doanh cam do', 'nha nghi', 'khach san', 'karaoke', 'massage', 'bar', 'vu truong', 'dich vu bao ve', 'an ninh trat tu', 'dieu kien anninh', 'giay an ninh trat tu'],
    ['du dieu kien ve an ninh trat tu'],
  ),
  // Carving seals is itself such a trade (ND 96/2016): the shop that makes them, not a seal's sample registration.
  e('Kinh doanh có điều kiện', 'counter', ['tiem khac dau', 'co so khac dau', 'kinh doanh khac dau', 'nghe khac dau', 'dich vu khac dau'], ['du dieu kien ve an ninh trat tu']),
  // Selling gas is a trade of both: the trade office's own licence (below, not in this catalogue) and the police's
  // security-and-order certificate ("kinh doanh khí" is on that list, ND 96/2016 as amended by ND 56/2023).
  // Written with their marks: "bán gà" (chicken) is no gas; "gas" needs none. LPG is the bottled gas itself ("khí dầu
  // mỏ hóa lỏng"), as shops and the trade's own papers name it.
  e(
    'Kinh doanh có điều kiện',
    'counter',
    ['bình ga', 'bán ga', 'đại lý ga', 'kinh doanh ga', 'kinh doanh gas', 'ban gas', 'binh gas', 'dai ly gas', 'cua hang gas', 'lpg', 'khi dau mo hoa long', 'khí hóa lỏng'],
    ['du dieu kien ve an ninh trat tu'],
  ),
  // "Làm con dâu", "đăng ký … con dâu" are a daughter-in-law: written with their marks.
  e('Con dấu', 'counter', ['khắc dấu', 'làm con dấu', 'đăng ký con dấu', 'dấu công ty', 'mẫu dấu'], ['mau con dau']),

  // — Tax.
  e(
    'Thuế',
    'abbreviation',
    [
      'ma so thue ca nhan',
      'mst ca nhan',
      'lam ma so thue',
      'dang ky ma so thue',
      'xin ma so thue',
      'dang ky thue ca nhan',
      'dang ki ma so thue',
      'ma so thue nguoi phu thuoc',
      'cap ma so thue ca nhan',
      'cap ma so thue',
    ],
    ['dang ky thue lan dau'],
  ),
  e('Thuế', 'abbreviation', ['mst', 'ma thue'], ['ma so thue']),
  e('Thuế', 'abbreviation', ['tncn', 'thue thu nhap', 'thue thu nhap ca nhan', 'quyet toan thue', 'thue luong'], ['thue thu nhap ca nhan']),
  // A wage earner settling the year's income tax, or asking back what was withheld: the catalogue names the person
  // ("cá nhân cư trú có thu nhập từ tiền lương"), not the tax.
  e(
    'Thuế',
    'counter',
    ['quyet toan thue tncn', 'quyet toan thue thu nhap ca nhan', 'tu quyet toan thue', 'hoan thue tncn', 'hoan thue thu nhap ca nhan', 'quyet toan thue luong'],
    ['quyet toan thue truc tiep voi co quan thue', 'ca nhan cu tru co thu nhap tu tien luong'],
  ),
  e(
    'Thuế',
    'counter',
    // Written with their marks: "thuê ruộng", "thuê nhà đất" are a lease (see lexicon-compile.ts, writtenAs).
    ['thue dat', 'thuế nhà đất', 'đóng thuế đất', 'nộp thuế đất', 'thuế đất ở', 'thuế đất phi nông nghiệp', 'thuế đất nông nghiệp', 'thuế ruộng'],
    ['thue su dung dat phi nong nghiep', 'thue su dung dat nong nghiep'],
  ),
  e('Thuế', 'counter', ['truoc ba', 'thue truoc ba', 'le phi truoc ba', 'nop truoc ba', 'dong truoc ba', 'phi truoc ba'], ['le phi truoc ba']),
  e(
    'Thuế',
    'counter',
    ['thue khoan', 'thue ho kinh doanh', 'dong thue kinh doanh', 'nop thue kinh doanh', 'thue ban hang', 'thue mon bai', 'dong thue mon bai', 'nop thue mon bai', 'le phi mon bai'],
    ['thue doi voi ho kinh doanh ca nhan kinh doanh', 'khai thue'],
  ),
  e('Thuế', 'counter', ['mien thue', 'giam thue', 'xin mien thue', 'xin giam thue'], ['mien giam']),
  // The land tax let off ("xin miễn thuế đất", "giảm thuế đất cho hộ nghèo"), read whole: "miễn thuế" read first left
  // "đất" alone, and the poor household beside it took the query to the poverty lists.
  e(
    'Thuế',
    'counter',
    ['mien thue dat', 'giam thue dat', 'mien giam thue dat', 'xin mien thue dat', 'xin giam thue dat', 'mien thue nha dat'],
    ['mien giam thue su dung dat phi nong nghiep', 'thue su dung dat nong nghiep'],
  ),
  e('Thuế', 'abbreviation', ['gtgt', 'vat', 'thue vat'], ['thue gia tri gia tang']),
  e('Thuế', 'abbreviation', ['tndn'], ['thue thu nhap doanh nghiep']),
  e('Thuế', 'abbreviation', ['hoa don do', 'hoa don vat', 'hoa don dien tu', 'hddt'], ['hoa don']),

  // — Social insurance, health insurance, unemployment.
  e('Bảo hiểm xã hội', 'abbreviation', ['bhxh', 'bh xa hoi', 'so bao hiem', 'so bhxh', 'bao hiem xa hoi', 'so bao hiem xa hoi'], ['bao hiem xa hoi']),
  // "Thẻ khám bệnh bảo hiểm", "thẻ bảo hiểm khám bệnh": the folk name and the insurance said together, one card.
  e(
    'Bảo hiểm y tế',
    'abbreviation',
    ['bhyt', 'bh y te', 'the bao hiem', 'the bhyt', 'the y te', 'bao hiem y te', 'bao hiem suc khoe', 'the kham benh', 'the bao hiem y te', 'the kham benh bao hiem', 'the bao hiem kham benh'],
    ['bao hiem y te'],
  ),
  e(
    'Bảo hiểm',
    'abbreviation',
    // "Bị mất việc" said whole: read from its first word, "bị mất" is a loss (a reissue).
    ['bhtn', 'bao hiem that nghiep', 'tro cap that nghiep', 'tien that nghiep', 'lanh that nghiep', 'mat viec', 'bi mat viec', 'mat viec lam', 'nghi viec lanh tien', 'bi cho nghi viec'],
    ['bao hiem that nghiep', 'tro cap that nghiep'],
  ),
  e('Bảo hiểm', 'abbreviation', ['tnld', 'tai nan lao dong', 'tai nan khi lam', 'bi tai nan o cong ty', 'bnn', 'benh nghe nghiep'], ['tai nan lao dong', 'benh nghe nghiep']),
  e('Bảo hiểm', 'abbreviation', ['dsphsk', 'duong suc', 'nghi duong suc', 'phuc hoi suc khoe'], ['duong suc phuc hoi suc khoe']),
  // The allowance said by what people call every benefit ("chế độ", "hưởng"), read whole so that the words do not
  // favour the other benefits' names ("hưởng chế độ ốm đau").
  e('Bảo hiểm xã hội', 'counter', ['che do duong suc', 'huong duong suc', 'tro cap duong suc', 'tien duong suc'], ['tro cap nghi duong suc phuc hoi suc khoe']),
  e('Bảo hiểm', 'abbreviation', ['kcb', 'kham benh', 'chua benh', 'kham chua benh', 'nam vien', 'vien phi'], ['kham chua benh']),
  e(
    'Bảo hiểm xã hội',
    'counter',
    [
      'rut bhxh',
      'rut bao hiem',
      'rut so bao hiem',
      'rut bao hiem xa hoi',
      'rut 1 lan',
      'rut mot lan',
      'lanh 1 lan',
      'lanh bao hiem 1 lan',
      'bhxh 1 lan',
      'bao hiem mot lan',
      // The number typed as a digit, as the word is ("bảo hiểm 1 lần").
      ...['bao hiem 1 lan', 'bhxh mot lan'],
      'chot so rut tien',
      'rut tien bao hiem',
      'lay tien bao hiem',
      // Topic first, as people who type keywords only put it ("bảo hiểm rút", "bhxh rút 1 lần").
      ...['bao hiem rut', 'bhxh rut', 'bao hiem xa hoi rut'],
    ],
    ['huong bao hiem xa hoi mot lan'],
  ),
  e(
    'Bảo hiểm xã hội',
    'counter',
    [
      'luong huu',
      'huong luong huu',
      've huu',
      'nghi huu',
      'lanh luong huu',
      'tien huu',
      'huong che do huu',
      'luong ve huu',
      'nhan luong huu',
      'so luong huu',
      'huu tri',
      'che do huu tri',
      'tien huu tri',
      'so huu tri',
    ],
    ['luong huu'],
  ),
  e(
    'Bảo hiểm xã hội',
    'counter',
    ['sinh con', 'sinh em be', 'nghi de', 'nghi sinh', 'tien sinh con', 'tien de', 'mang thai', 'co bau', 'bau bi', 'sinh de', 'huong thai san', 'tro cap sinh con'],
    ['thai san'],
  ),
  e('Bảo hiểm xã hội', 'counter', ['tro cap om dau', 'tien om dau', 'tien nghi om', 'huong om dau', 'che do nghi om'], ['che do om dau']),
  // Maternity pay, also as the old and the South say receiving it ("lãnh", "lĩnh"): read whole, since "lãnh trợ cấp"
  // alone is the monthly allowance.
  e(
    'Bảo hiểm xã hội',
    'counter',
    [
      'tro cap thai san',
      'tien thai san',
      'huong thai san',
      'tien sinh con',
      'tien de',
      'tro cap sinh con',
      ...['lanh', 'linh', 'nhan'].flatMap((w) => [`${w} tro cap thai san`, `${w} tien thai san`, `${w} thai san`]),
    ],
    ['che do thai san'],
  ),
  e('Bảo hiểm xã hội', 'counter', ['om dau', 'nghi om', 'nghi benh', 'om nam vien', 'tien nghi om', 'bi om', 'con om'], ['om dau']),
  e(
    'Bảo hiểm xã hội',
    'counter',
    [
      'tu tuat',
      'lanh tuat',
      'linh tuat',
      'tien tuat',
      // The allowance with the verb of receiving it ("vợ được lãnh tiền tuất"): read alone, "lãnh" is the "lĩnh thay" of
      // an authorisation to collect.
      ...['lanh', 'linh', 'nhan', 'huong'].flatMap((w) => [`${w} tien tuat`, `${w} tien tu tuat`, `${w} tro cap tuat`]),
      'tro cap tuat',
      'tien tu tuat',
      'nguoi huong luong huu chet',
      // The pension is the story, the death the request: "chồng tôi đang hưởng lương hưu thì mất".
      'nguoi huong luong huu mat',
      'nguoi huong luong huu qua doi',
      'huong luong huu thi mat',
      'huong luong huu thi qua doi',
      'huong luong huu da mat',
      'tuat hang thang',
      'huong tuat',
      // Said whole with "hằng tháng" ("được hưởng tiền tuất hằng tháng"): one phrase, not "tiền" and a month's words
      // that pull in every monthly allowance.
      ...['tien tuat hang thang', 'tro cap tuat hang thang', 'huong tuat hang thang', 'linh tuat hang thang', 'lanh tuat hang thang'],
      // The pensioner as the old say it ("vợ người hưu chết được hưởng tiền tuất").
      ...['nguoi huu chet', 'nguoi huu mat', 'nguoi huu qua doi', 'ong huu chet', 'ong huu mat'],
      'mai tang phi',
      'tro cap mai tang',
      'tien mai tang',
      'tien ma chay',
      'chi phi mai tang',
      'ho tro mai tang',
      // The funeral as it is spoken of ("ma chay", "đám ma", "đám tang"), the grant named the same ways.
      ...['ho tro', 'tro cap', 'chi phi'].flatMap((w) => [`${w} ma chay`, `${w} dam ma`, `${w} dam tang`]),
      'tien dam ma',
      'tien dam tang',
      'tien chon cat',
      'tro cap chon cat',
      // The funeral grant named with its fund ("trợ cấp mai táng bảo hiểm xã hội"): the fund is the survivors' one.
      'mai tang bao hiem xa hoi',
      'mai tang bhxh',
      'mai tang phi bao hiem xa hoi',
    ],
    ['che do tu tuat', 'tu tuat', 'mai tang'],
  ),
  e('Bảo hiểm xã hội', 'counter', ['bhxh tu nguyen', 'dong bao hiem tu nguyen', 'tu dong bao hiem', 'mua bao hiem xa hoi', 'tham gia bao hiem tu nguyen'], ['bao hiem xa hoi tu nguyen']),
  e(
    'Bảo hiểm y tế',
    'counter',
    [
      'mua bhyt',
      'mua bao hiem y te',
      'mua the bao hiem',
      'lam the bao hiem',
      'lam the bhyt',
      'cap the bhyt',
      'cap the bao hiem y te',
      'lam the bao hiem y te',
      'gia han bhyt',
      'gia han the bao hiem',
      'bhyt ho gia dinh',
      'bao hiem ho gia dinh',
      'bhyt cho nguoi gia',
      'the bhyt cho con',
    ],
    ['cap the bhyt', 'dang ky dong cap the bhyt'],
  ),
  e(
    'Bảo hiểm',
    'counter',
    [
      // "Lĩnh" in the North, "lãnh" in the South: both, with "hộ" or "thay".
      ...['lanh thay', 'nhan thay', 'nhan ho', 'lanh ho', 'uy quyen lanh', 'nguoi nha lanh thay', 'di lanh ho', 'linh ho', 'di linh ho', 'uy quyen linh', 'nguoi nha linh thay'],
      // The thing collected said between: "nhận lương hưu thay", "rút tiền thay".
      ...[
        'nhan luong huu thay',
        'lanh luong huu thay',
        'linh luong huu thay',
        'rut luong huu thay',
        'nhan luong huu ho',
        'lanh luong huu ho',
        'linh luong huu ho',
        'nhan tien thay',
        'lanh tien thay',
        'linh tien thay',
        'rut tien thay',
        'linh tien ho',
        'lanh tien ho',
      ],
      // …and said after ("lãnh thay lương hưu mỗi tháng"): the pension is what is collected, the collecting is asked.
      ...['lanh', 'linh', 'nhan'].flatMap((w) => [`${w} thay luong huu`, `${w} ho luong huu`, `${w} thay tien luong huu`]),
      // …and after "đi" ("nhờ tôi đi lĩnh thay lương hưu"), which folded would begin "đi lính", military service.
      ...['linh thay', 'linh luong huu thay', 'linh luong huu ho', 'linh tien thay', 'linh tien ho'].map((p) => `di ${p}`),
    ],
    ['linh thay'],
  ),
  e('Bảo hiểm', 'regional', ['lãnh', 'lanh tien', 'lanh luong'], ['linh']),
  // The police's own health-insurance cards are reissued and exchanged under the same words spelt out ("Cấp lại thẻ bảo
  // hiểm y tế"): the same request as the fund's "cấp lại, đổi … thẻ BHYT", so "cấp lại thẻ bhyt" finds both.
  e(
    'Bảo hiểm y tế',
    'abbreviation',
    ['cap lai the bao hiem y te', 'cap doi the bao hiem y te', 'doi the bao hiem y te', 'cap lai the bhyt', 'cap doi the bhyt', 'doi the bhyt'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  e('Bảo hiểm xã hội', 'counter', ['chuyen noi lanh', 'chuyen noi nhan luong huu', 'chuyen luong huu', 've que lanh luong', 'doi noi lanh'], ['chuyen huong sang dia ban khac']),
  e(
    'Bảo hiểm xã hội',
    'counter',
    ['doi the bhyt', 'sai the bhyt', 'sai so bhxh', 'mat so bhxh', 'mat the bhyt', 'gop so bhxh', 'gop so bao hiem', 'sua so bao hiem', 'the bhyt bi mat', 'cap lai so bhxh', 'cap lai the bhyt'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),

  // An adult's age told in words ("làm căn cước cho bà tôi bảy mươi tuổi"): the catalogue splits the card by "dưới 14
  // tuổi" / "từ đủ 14 tuổi trở lên", and the bare "tuổi" would otherwise pull the children's. Only with the card named:
  // an age told in a story about another paper ("tôi năm nay bảy mươi tuổi, giấy khai sinh bị mối ăn") is no card, and
  // the engine reads it as the story's filler (engine.ts, spokenNumbers).
  c('Cấp, quản lý căn cước', ['can cuoc', 'cccd', 'the can cuoc', 'chung minh', 'cmnd', 'chung minh thu', 'dinh danh', 'vneid'], GROWN_UP, ['tu du 14 tuoi tro len'], {
    unless: CARD_LOST,
  }),
  // …but the new card itself lost and made again ("bà tám mươi tuổi, mất thẻ căn cước rồi, làm lại"): the reissue is not
  // split by age, and the grown-up's first card came before it; the age is told. A lost old CMND still is a first card.
  c('Cấp, quản lý căn cước', CARD_LOST, GROWN_UP, []),

  // — Social protection, poverty, people with merit (named even where this catalogue lacks them).
  e(
    'Bảo trợ xã hội',
    'counter',
    ['tien gia', 'tien nguoi gia', 'tro cap nguoi gia', 'luong nguoi gia', 'tien 80 tuoi', 'tro cap 80 tuoi', 'tien tuoi gia', 'tro cap tuoi gia', 'nguoi gia', 'cu gia', 'nguoi lon tuoi'],
    ['nguoi cao tuoi'],
  ),
  e('Bảo trợ xã hội', 'counter', ['tro cap hang thang', 'tro cap xa hoi', 'tien tro cap', 'xin tro cap', 'huong tro cap', 'lanh tro cap', 'tien bao tro'], ['tro cap xa hoi hang thang', 'tro cap']),
  e(
    'Bảo trợ xã hội',
    'counter',
    ['tan tat', 'tat nguyen', 'nguoi tan tat', 'nguoi tat nguyen', 'khuyet tat', 'thieu nang', 'bai liet', 'tan tat bam sinh', 'giay khuyet tat', 'xac nhan tan tat'],
    ['nguoi khuyet tat', 'khuyet tat'],
  ),
  e(
    'Bảo trợ xã hội',
    'counter',
    ['mo coi', 'tre mo coi', 'mo coi cha me', 'khong noi nuong tua', 'tre bi bo roi', 'tre lang thang', 'mo coi cha', 'mo coi me'],
    ['tre em co hoan canh dac biet', 'tre em mo coi'],
  ),
  e('Bảo trợ xã hội', 'counter', ['me don than', 'don than nuoi con', 'nuoi con mot minh', 'ga trong nuoi con'], ['nguoi don than ngheo dang nuoi con']),
  e('Bảo trợ xã hội', 'counter', ['trai duong lao', 'vien duong lao', 'nha duong lao', 'gui nguoi gia', 'dua vao trung tam'], ['co so tro giup xa hoi', 'bao tro xa hoi']),
  e(
    'Giảm nghèo',
    'counter',
    [
      'ho ngheo',
      'so ho ngheo',
      'xin ho ngheo',
      'giay ho ngheo',
      'xac nhan ho ngheo',
      'giay chung nhan ho ngheo',
      'so ngheo',
      'ho can ngheo',
      'can ngheo',
      'xet ho ngheo',
      'binh xet ho ngheo',
      'xin can ngheo',
      'thoat ngheo',
    ],
    ['cong nhan ho ngheo ho can ngheo', 'ho ngheo ho can ngheo'],
  ),
  e('Người có công', 'counter', ['thuong binh', 'the thuong binh', 'giay thuong binh', 'bi thuong chien tranh', 'nguoi bi thuong'], ['thuong binh', 'nguoi duoc huong chinh sach nhu thuong binh']),
  // Sick soldiers have their own allowance; "mất sức" (the share of working capacity lost) is how they count it.
  e('Người có công', 'counter', ['benh binh', 'giay benh binh', 'mat suc', 'mat suc lao dong'], ['benh binh']),
  e(
    'Người có công',
    'counter',
    ['liet si', 'liet sy', 'gia dinh liet si', 'bang to quoc ghi cong', 'to quoc ghi cong', 'con liet si', 'vo liet si', 'bo me liet si', 'tro cap liet si'],
    ['liet si', 'than nhan liet si'],
  ),
  e('Người có công', 'counter', ['chat doc da cam', 'da cam', 'nhiem da cam', 'dioxin', 'nan nhan da cam'], ['chat doc hoa hoc']),
  e(
    'Người có công',
    'counter',
    ['nguoi co cong', 'co cong cach mang', 'cong voi cach mang', 'khang chien', 'cuu chien binh', 'ccb', 'bo doi cu', 'tham gia khang chien', 'di bo doi'],
    ['nguoi co cong voi cach mang', 'nguoi hoat dong khang chien'],
  ),
  e('Người có công', 'counter', ['me viet nam anh hung', 'ba me viet nam anh hung', 'me anh hung'], ['ba me viet nam anh hung']),

  // — Labour, education, health (ministries the national crawl lacks, for list-only imports).
  e('Lao động', 'abbreviation', ['gpld', 'giay phep lao dong', 'lao dong nuoc ngoai', 'nguoi nuoc ngoai di lam', 'work permit'], ['giay phep lao dong']),
  e('Lao động', 'abbreviation', ['hdld', 'hop dong lao dong', 'hop dong lam viec'], ['hop dong lao dong']),
  e('Lao động', 'counter', ['noi quy cong ty', 'noi quy'], ['noi quy lao dong']),
  e('Lao động', 'counter', ['hoc nghe', 'day nghe', 'truong nghe', 'trung cap nghe'], ['giao duc nghe nghiep']),
  e(
    'Giáo dục',
    'counter',
    ['chuyen truong', 'doi truong', 'chuyen lop', 'xin chuyen truong', 'xin hoc', 'nhap hoc', 'xin vao lop 1', 'vao lop 1', 'vao lop 6', 'vao lop 10'],
    ['chuyen truong', 'tuyen sinh'],
  ),
  e(
    'Giáo dục',
    'counter',
    ['bang cap 3', 'bang tot nghiep', 'bang cap', 'bang thpt', 'bang thcs', 'bang dai hoc', 'bang cu nhan', 'van bang', 'chung chi', 'bang cap 2', 'mat bang', 'ban sao bang'],
    ['van bang chung chi', 'ban sao van bang chung chi'],
  ),
  e('Giáo dục', 'abbreviation', ['thpt', 'cap 3', 'cap ba'], ['trung hoc pho thong']),
  // A copy of a diploma is issued from the school's register, the "sổ gốc".
  e('Giáo dục', 'counter', ['ban sao bang', 'ban sao bang tot nghiep', 'sao bang tot nghiep', 'xin lai bang', 'mat bang tot nghiep'], ['cap ban sao tu so goc']),
  e('Giáo dục', 'abbreviation', ['thcs', 'cap 2', 'cap hai'], ['trung hoc co so']),
  e('Giáo dục', 'counter', ['cap 1', 'cap mot', 'tieu hoc'], ['tieu hoc']),
  e('Giáo dục', 'counter', ['nha tre', 'mau giao', 'truong mau giao', 'nhom tre', 'lop mau giao', 'nhom tre doc lap', 'giu tre', 'trong tre'], ['mam non', 'co so giao duc mam non']),
  e('Giáo dục', 'counter', ['tien hoc', 'hoc phi', 'mien hoc phi', 'giam hoc phi', 'ho tro tien hoc', 'tien an trua'], ['mien giam hoc phi', 'ho tro chi phi hoc tap']),
  e('Y tế', 'counter', ['phong kham', 'mo phong kham', 'phong mach', 'mo phong mach', 'chung chi bac si', 'bac si', 'hanh nghe y'], ['kham benh chua benh', 'giay phep hoat dong kham benh chua benh']),
  e(
    'Y tế',
    'counter',
    ['quay thuoc', 'nha thuoc', 'mo nha thuoc', 'mo quay thuoc', 'tiem thuoc', 'thuoc tay', 'ban thuoc', 'chung chi duoc', 'duoc si'],
    ['kinh doanh duoc', 'chung chi hanh nghe duoc'],
  ),
  e('Y tế', 'counter', ['giay chung sinh', 'chung sinh', 'giay sinh', 'giay ra vien'], ['giay chung sinh']),
  e(
    'Y tế',
    'counter',
    [
      've sinh an toan thuc pham',
      'an toan ve sinh thuc pham',
      'vsattp',
      'atvstp',
      'attp',
      've sinh thuc pham',
      'giay an toan thuc pham',
      'giay phep ve sinh',
      'quan an',
      'bep an',
      'nha hang',
      'thuc pham sach',
    ],
    ['an toan thuc pham', 'co so du dieu kien an toan thuc pham'],
  ),

  // — Vehicles and driving.
  e(
    'Giao thông',
    'abbreviation',
    [
      ...['gplx', 'bang lai', 'bang lai xe', 'bang xe', 'bang lai xe may', 'bang lai o to', 'bang a1', 'bang a2', 'bang b1', 'bang b2', 'bang c', 'bang lai hang a1', 'bang hang a', 'lai xe'],
      // The motorbike's licence by the make the countryside calls every motorbike by, and the car's and the lorry's.
      ...[
        'bang xe may',
        'bang lai xe honda',
        'bang xe honda',
        'bang honda',
        'bang lai moto',
        'bang moto',
        'bang lai xe mo to',
        'bang xe hoi',
        'bang lai xe hoi',
        'bang o to',
        'bang xe tai',
        'bang lai xe tai',
      ],
    ],
    ['giay phep lai xe'],
  ),
  e(
    'Giao thông',
    'counter',
    [
      ...['doi bang lai', 'doi bang', 'bang het han', 'bang lai het han', 'doi bang lai xe', 'doi gplx', 'doi bang pet'],
      ...['bang lai xe het han', 'bang xe het han', 'bang xe may het han', 'bang lai xe may het han', 'bang o to het han', 'gplx het han'],
    ],
    ['doi giay phep lai xe'],
  ),
  e('Giao thông', 'counter', ['mat bang lai', 'bang lai bi mat', 'lam lai bang lai', 'cap lai bang lai', 'mat gplx'], ['cap lai giay phep lai xe']),
  // Getting one is said as exchanging the licence for it ("đổi bằng lái quốc tế"): the national licence is shown, not given
  // up. Longer than "đổi bằng lái xe" so the query is not cut before "quốc tế" (counter speech).
  e(
    'Giao thông',
    'counter',
    [
      ...['bang lai quoc te', 'bang quoc te', 'idp', 'lai xe nuoc ngoai', 'gplx quoc te', 'bang lai xe quoc te'],
      ...['doi bang lai quoc te', 'doi bang lai xe quoc te', 'doi bang quoc te', 'doi gplx quoc te', 'doi sang bang quoc te'],
    ],
    ['giay phep lai xe quoc te'],
  ),
  e(
    'Giao thông',
    'old name',
    ['cavet', 'ca vet', 'cavet xe', 'ca ve', 'giay xe', 'giay to xe', 'dang ky xe', 'giay dang ky xe', 'carte vert', 'giay chung nhan dang ky xe'],
    // The catalogue names the paper (chứng nhận đăng ký xe) and, for a first registration, the act:
    // "Đăng ký xe lần đầu…", "Đăng ký, cấp biển số xe lần đầu…".
    ['chung nhan dang ky xe', 'dang ky xe', 'dang ky cap bien so xe'],
  ),
  e('Giao thông', 'counter', ['bien so', 'bien so xe', 'bien xe', 'bang so', 'bam bien', 'bam so', 'bien kiem soat', 'lam bien so'], ['bien so xe']),
  e(
    'Giao thông',
    'counter',
    ['xe may', 'xe gan may', 'xe mo to', 'mo to', 'xe hon da', 'xe honda', 'xe so', 'xe tay ga', 'xe dien', 'o to', 'oto', 'xe hoi', 'xe con', 'xe tai', 'xe khach', 'xe moi mua', 'mua xe moi'],
    ['xe'],
  ),
  e(
    'Giao thông',
    'counter',
    ['sang ten xe', 'mua xe cu', 'ban xe', 'mua ban xe', 'doi chu xe', 'sang ten doi chu', 'xe chinh chu', 'rut ho so goc', 'rut ho so xe'],
    ['thay doi chu xe', 'dang ky sang ten xe'],
  ),
  e('Giao thông', 'counter', ['dang ky xe moi', 'dang ky xe lan dau', 'ra bien', 'lam giay xe moi', 'dang ky xe may moi'], ['dang ky cap bien so xe lan dau']),
  e('Giao thông', 'counter', ['phu hieu', 'phu hieu xe', 'lam phu hieu', 'xe hop dong', 'xe cong nghe', 'chay grab', 'kinh doanh van tai', 'chay xe dich vu'], ['phu hieu', 'kinh doanh van tai']),
  e('Giao thông', 'counter', ['xe qua tai', 'qua tai', 'qua kho', 'xe sieu truong', 'xe sieu trong', 'xe ben'], ['xe qua tai trong xe qua kho gioi han', 'luu hanh xe']),
  // The pavement used for a stall, a café's tables or parking ("đăng ký thuê một phần vỉa hè để buôn bán"): the
  // temporary use of the road and pavement the ward permits; "vỉa hè" names nothing else a citizen asks.
  e(
    'Giao thông',
    'counter',
    ['via he', 'thue via he', 'muon via he', 'su dung via he', 'lan chiem via he', 'ban hang via he', 'ban hang tren via he', 'giu xe via he', 'de xe tren via he'],
    ['su dung tam thoi long duong via he'],
  ),
  e('Giao thông', 'counter', ['dao duong', 'dao via he', 'thi cong tren duong', 'cat duong', 'dao duong ong nuoc'], ['thi cong cong trinh tren duong bo']),
  e('Giao thông', 'counter', ['dang kiem', 'kiem dinh xe', 'dang kiem xe'], ['kiem dinh an toan ky thuat']),
  e('Giao thông', 'counter', ['ghe', 'thuyền', 'ghe thuyen', 'tau thuyen', 'xuồng', 'ca nô'], ['phuong tien thuy noi dia']),

  // — Agriculture, fisheries, veterinary, water, environment.
  e('Thủy sản', 'counter', ['tau ca', 'thuyen ca', 'ghe ca', 'thuyen danh ca', 'tau danh ca', 'tau danh bat'], ['tau ca']),
  // "Khai thác cá" (fishing, as the fisheries office's own "khai thác" is said of the catch) is no mineral extraction.
  e('Thủy sản', 'counter', ['danh ca', 'danh bat', 'bat ca', 'di bien', 'ra khoi', 'danh bat hai san', 'khai thac hai san', 'khai thac ca'], ['khai thac thuy san']),
  // The fisher's licence by its everyday names is the catalogue's "giấy phép khai thác thủy sản", the paper itself.
  e('Thủy sản', 'counter', ['giay phep danh ca', 'giay phep danh bat', 'giay phep di bien', 'giay phep ra khoi', 'giay phep bat ca', 'phep danh ca'], ['giay phep khai thac thuy san']),
  e('Thủy sản', 'counter', ['nuoi ca', 'nuoi tom', 'ao nuoi', 'nuoi trong thuy san', 'lam dam tom'], ['nuoi trong thuy san']),
  e('Thú y', 'counter', ['heo', 'lợn', 'trau bo', 'ga vit', 'gia suc', 'gia cam', 'vat nuoi', 'con giong'], ['dong vat']),
  e('Thú y', 'counter', ['kiem dich heo', 'kiem dich lon', 'kiem dich', 'cho heo di tinh khac', 'van chuyen gia suc', 'cho lon di ban'], ['kiem dich dong vat']),
  e('Thú y', 'counter', ['dich benh', 'dich ta lon chau phi', 'cum gia cam', 'lon chet dich', 'ga chet dich', 'thiet hai dich benh', 'heo chet'], ['dich benh dong vat']),
  // Poultry lost to disease, as the farmer says it ("gà chết", "vịt chết dịch", "dịch cúm gà"): no person's death.
  e('Thú y', 'counter', ['ga chet', 'vit chet', 'ga vit chet', 'vit chet dich', 'dich cum ga', 'dich cum gia cam', 'cum ga', 'dich ga'], ['dich benh dong vat']),
  e('Chăn nuôi', 'counter', ['trang trai', 'nuoi heo', 'nuoi lon', 'nuoi ga', 'nuoi bo', 'chuong trai', 'lam trang trai'], ['chan nuoi', 'chan nuoi trang trai']),
  e('Trồng trọt', 'counter', ['bắp', 'ngô', 'lúa', 'ruộng', 'cay trong', 'hoa mau', 'cay an trai', 'mua mang'], ['cay trong', 'trong trot']),
  e('Trồng trọt', 'counter', ['bao lu', 'lu lut', 'han han', 'mat mua', 'lũ', 'thien tai'], ['thien tai', 'phong chong thien tai']),
  e('Trồng trọt', 'abbreviation', ['bvtv', 'thuoc tru sau', 'thuoc sau', 'thuoc bao ve thuc vat'], ['thuoc bao ve thuc vat']),
  e(
    'Tài nguyên nước',
    'counter',
    ['giếng', 'dao gieng', 'khoan gieng', 'gieng khoan', 'nuoc ngam', 'nuoc gieng', 'lay nuoc ngam', 'khai thac nuoc ngam', 'khoan nuoc'],
    ['nuoc duoi dat', 'khai thac nuoc duoi dat'],
  ),
  // Discharging is permitted by the environmental permit; "nước thải" alone in a name is the discharge's fee, which one
  // asking to discharge does not ask for ("phí nước thải" reads as the fee).
  e('Tài nguyên nước', 'counter', ['xa thai', 'xa nuoc thai', 'thai ra song', 'nuoc thai'], ['xa nuoc thai', 'giay phep moi truong']),
  e('Môi trường', 'abbreviation', ['dtm', 'bao cao dtm', 'danh gia moi truong'], ['danh gia tac dong moi truong']),
  // Not "bảo vệ môi trường": in names it is the environmental tax and fees and vehicles' inspection, never a permit.
  e('Môi trường', 'counter', ['giay phep moi truong', 'ho so moi truong', 'cam ket moi truong', 'ke hoach bao ve moi truong', 'dang ky moi truong'], ['giay phep moi truong']),
  e('Môi trường', 'counter', ['rác', 'rac thai', 'thu gom rac', 'chat thai ran'], ['chat thai']),
  e('Khoáng sản', 'counter', ['khai thac cat', 'hut cat', 'cat soi', 'khai thac da', 'mo da', 'dat san lap', 'lay dat'], ['khai thac khoang san']),
  e('Lâm nghiệp', 'counter', ['cat cay', 'chat cay', 'khai thac go', 'go rung', 'trong rung', 'dat rung'], ['khai thac lam san', 'rung']),

  // — Complaints, disputes, legal aid, courts, police matters.
  e(
    'Khiếu nại, tố cáo',
    'counter',
    ['khieu nai', 'gui don', 'lam don', 'don thu', 'phan anh', 'kien nghi', 'thua kien', 'kiện', 'don khieu nai', 'khong dong y quyet dinh', 'khieu kien'],
    ['khieu nai'],
  ),
  e('Khiếu nại, tố cáo', 'counter', ['to cao', 'to giac', 'bao cao sai pham', 'can bo sai pham', 'hanh vi sai trai', 'to can bo'], ['to cao']),
  // A letter said beside a denunciation ("làm đơn tố cáo", "viết đơn tố giác") is the denunciation's: no complaint too.
  c('Khiếu nại, tố cáo', ['to cao', 'to giac'], ['gui don', 'lam don', 'viet don', 'don thu', 'nop don'], ['to cao'], { unless: ['khieu nai'] }),
  e('Hòa giải', 'counter', ['hoa giai', 'giang hoa', 'xu hoa', 'cai nhau', 'mau thuan hang xom', 'to hoa giai'], ['hoa giai']),
  // Mediation told as tried and failed ("xã hòa giải không được, giờ muốn kiện"): the story before what is asked next.
  e('Hòa giải', 'counter', ['hoa giai khong thanh', 'hoa giai ko thanh', 'hoa giai khong duoc', 'hoa giai ko duoc', 'hoa giai that bai', 'hoa giai khong xong'], []),
  e('Trợ giúp pháp lý', 'counter', ['tu van luat', 'tu van phap luat', 'luat su mien phi', 'giup do phap ly', 'hoi luat', 'bi kien', 'bi nguoi ta kien'], ['tro giup phap ly']),
  e(
    'Tòa án',
    'counter',
    [
      ...['kien ra toa', 'nop don kien', 'khoi kien', 'ra toa', 'toa an', 'lam don khoi kien', 'viet don khoi kien', 'nop don khoi kien', 'lam don kien'],
      // The court named with its level ("ra tòa án huyện", "lên tòa tỉnh"), read whole: "ra tòa" read first left "án"
      // alone, a syllable of every name that mentions a judgment.
      ...['ra toa an', 'len toa', 'len toa an', 'toa an huyen', 'toa an tinh', 'toa huyen', 'toa tinh', 'ra toa an huyen', 'ra toa an tinh'],
    ],
    ['don khoi kien', 'toa an'],
  ),
  // A private debt claimed ("cho mượn tiền mà không trả, muốn kiện đòi nợ"): a civil suit, filed with the court; read as
  // its syllables, "đòi" folds with "đổi" (an exchange of a paper) and "nợ" is the tax names' arrears. A judgment
  // already given and not carried out is its enforcement (lexicon-fields.ts).
  e('Tòa án', 'counter', ['doi no', 'kien doi no', 'kien doi tien', 'doi lai tien cho vay', 'doi tien cho vay', 'doi tien cho muon'], ['don khoi kien']),
  // A divorce asked of the court is a petition filed: "làm đơn ly hôn" read whole ("làm đơn" read first is a complaint's
  // letter), and not every procedure naming a court ("giải thể … theo quyết định của Tòa án").
  e('Tòa án', 'counter', ['don ly hon', 'xin ly hon', 'ly hon don phuong', 'thuan tinh ly hon', 'lam don ly hon', 'viet don ly hon', 'nop don ly hon'], ['don khoi kien']),
  // A spouse's drinking and blows told before a divorce ("chồng rượu chè đánh đập"): the story, no liquor licence.
  e('Tòa án', 'counter', ['ruou che', 'say ruou', 'nghien ruou', 'nhau nhet', 'danh dap'], []),
  e('Tòa án', 'counter', ['ban an', 'sao ban an', 'xin ban an', 'trich luc ban an'], ['cap sao ban an']),
  e('Bồi thường nhà nước', 'counter', ['den bu oan', 'bi bat oan', 'oan sai', 'nha nuoc den bu'], ['boi thuong nha nuoc', 'yeu cau boi thuong']),
  e('Vũ khí', 'counter', ['no min', 'thuoc no', 'vat lieu no', 'min no', 'no mo da', 'phao', 'phao hoa', 'ban phao hoa'], ['vat lieu no', 'phao hoa']),
  e('Vũ khí', 'counter', ['súng', 'sung san', 'dao kiem', 'cong cu ho tro', 'dui cui dien', 'roi dien'], ['vu khi', 'cong cu ho tro']),
  e(
    'Phòng cháy, chữa cháy',
    'abbreviation',
    ['pccc', 'phong chay', 'chua chay', 'cuu hoa', 'binh cuu hoa', 'tham duyet pccc', 'nghiem thu pccc', 'giay pccc', 'phong chay chua chay'],
    ['phong chay chua chay', 'phong chay va chua chay'],
  ),
  e('Cai nghiện', 'counter', ['cai nghien', 'nghien ma tuy', 'trai cai nghien', 'ma tuy', 'nghien hut'], ['cai nghien ma tuy']),

  // — Culture, religion, awards, military service (list-only ministries).
  e('Văn hóa', 'counter', ['le hoi', 'to chuc le hoi', 'hoi lang', 'hoi choi', 'dam cuoi ngoai troi', 'bieu dien', 'van nghe', 'ca nhac', 'hat karaoke'], ['le hoi', 'bieu dien nghe thuat']),
  // A sign or banner put up is the advertising board itself ("biển quảng cáo"), not any advertising of a product.
  e(
    'Văn hóa',
    'counter',
    ['bang ron', 'bang ron quang cao', 'bien quang cao', 'pano', 'bang hieu', 'bien hieu', 'bang hieu quang cao', 'treo bang ron', 'treo bang hieu', 'treo bien', 'quang cao ngoai troi'],
    ['bien quang cao'],
  ),
  e('Văn hóa', 'counter', ['gia dinh van hoa', 'khu pho van hoa', 'thon van hoa', 'ap van hoa', 'lang van hoa'], ['danh hieu gia dinh van hoa']),
  e('Tôn giáo', 'counter', ['nha tho', 'sinh hoat ton giao', 'nhom dao', 'tin nguong', 'ton giao', 'miếu'], ['ton giao', 'tin nguong', 'sinh hoat ton giao tap trung']),
  e('Du lịch', 'counter', ['tour', 'cong ty du lich', 'lu hanh', 'huong dan vien', 'homestay', 'du lich'], ['kinh doanh dich vu lu hanh', 'du lich']),
  e(
    'Thi đua',
    'counter',
    ['khen thuong', 'bang khen', 'giay khen', 'danh hieu', 'lao dong tien tien', 'chien si thi dua', 'ky niem chuong', 'huan chuong'],
    ['thi dua khen thuong', 'danh hieu thi dua', 'khen thuong'],
  ),
  e(
    'Quân sự',
    'abbreviation',
    ['nvqs', 'di bo doi', 'di linh', 'nhap ngu', 'kham nghia vu', 'tam hoan nghia vu', 'hoan nghia vu', 'xuat ngu', 'phuc vien', 'giai ngu', 'cong an nghia vu', 'nghia vu cong an'],
    ['nghia vu quan su', 'nghia vu tham gia cong an nhan dan'],
  ),
  e(
    'Công thương',
    'counter',
    ['ban ruou', 'ruou', 'bia ruou', 'ban bia', 'dai ly ruou', 'thuoc la', 'ban thuoc la', 'xang dau', 'cay xang', 'ban xang', 'bình ga', 'bán ga'],
    ['kinh doanh ruou', 'ban le ruou', 'ban le san pham thuoc la', 'kinh doanh xang dau', 'kinh doanh khi'],
  ),
];

/** The whole lexicon: the commune's daily fields (above), the catalogue's other fields, and the readings that depend on the rest of the query. */
export const LEXICON: readonly LexiconEntry[] = [...LEXICON_DAILY, ...LEXICON_FIELDS, ...LEXICON_CONTEXT, ...LEXICON_EVENTS, ...LEXICON_REGIONAL, ...LEXICON_PLACES, ...LEXICON_ENGLISH];
