import { contextEntry as c, type LexiconEntry, lexiconEntry as e } from './lexicon-entry';

/** Dues asked back: paid twice, paid too much (dues58). */
const DUES_BACK = [
  ...['dong thua', 'dong trung', 'bi trung', 'dong du', 'dong du tien', 'tien dong thua', 'tien thua', 'dong hai lan', 'dong 2 lan', 'dong hai noi', 'dong 2 noi'],
  ...['lay lai tien', 'lay lai tien dong', 'hoan tien', 'hoan tien dong', 'hoan tra', 'hoan lai', 'tra lai tien', 'duoc tra lai'],
];

/**
 * The citizen lexicon for the catalogue's other fields — trade, transport, finance, justice professions,
 * natural resources, planning — and more of the commune's daily words (see lexicon.ts for the sources
 * and which side reads what). Written from how owners, drivers, fishers, farmers and small traders name
 * these things at a province counter and on the phone line, and from the abbreviations the catalogue's
 * own names and the portal's field names use.
 */
/** A company, as its owners name it (and write it: "dn", "giải thể dn"): next to one, "đổi tên", "đổi địa chỉ" are changes to its registration. */
const COMPANY = ['cong ty', 'cty', 'doanh nghiep', 'dn', 'tnhh', 'co phan'];

/** A boat's papers lost with it and to be made again: the registration is reissued, not struck off. */
const PAPERS_REMADE = ['lam lai', 'cap lai', 'xin lai', 'mat giay', 'mat het', 'mat so'];

/** What a boat carries, as boatmen say it ("ghe chở lúa", "xuồng chở cát"): told, the cargo is not what is asked for. */
const BOAT_CARGO = ['cho lua', 'cho gao', 'cho cat', 'cho da', 'cho trai cay', 'cho phan', 'cho vat lieu', 'cho rom', 'cho dua'];

/**
 * A foreigner staying, as hosts name one: "người nước ngoài", or by nationality ("con rể người Hàn Quốc"), for the
 * countries whose citizens marry, work and visit here most. Not "người Lào", "người Anh", "người Thái": "người lao
 * động", "người anh" (an elder brother), and the Thái people of the north-west read the same.
 */
const FOREIGN_GUEST = [
  ...['nguoi nuoc ngoai', 'khach nuoc ngoai', 'khach tay', 'nguoi tay', 'ong tay', 'khach quoc te', 'viet kieu'],
  ...['nguoi han quoc', 'nguoi nhat', 'nguoi nhat ban', 'nguoi trung quoc', 'nguoi dai loan', 'nguoi my', 'nguoi uc'],
  ...['nguoi phap', 'nguoi duc', 'nguoi nga', 'nguoi campuchia', 'nguoi singapore', 'nguoi malaysia'],
];

/** The catalogue's name for the buyer's certificate in a developer's project. */
const PROJECT_BUYER = 'cho nguoi nhan chuyen nhuong quyen su dung dat quyen so huu nha o cong trinh xay dung trong du an';
/** A flat in a building, and its paper. */
const FLAT = ['chung cu', 'can ho', 'nha chung cu', 'can ho chung cu', 'so hong chung cu', 'so hong can ho', 'so chung cu', 'so can ho'];
/** What is done with a flat or its paper once had, or a building's own affairs. */
const FLAT_PAPER_HAD = ['ban quan tri', 'nha o xa hoi', 'nha xa hoi', 'doi', 'cap doi', 'mat', 'sang ten', 'mua ban', 'the chap'];
/** A flat's paper asked for, not yet had. */
const FLAT_PAPER_ASKED = [
  ...['lam so', 'lam so do', 'lam so hong', 'cap so', 'cap so do', 'cap so hong', 'xin so', 'ra so', 'chua co so'],
  // …or told as not yet given ("mua chung cư mấy năm mà chưa được cấp sổ hồng"; 7 Dec 2026, home62).
  ...['chua duoc cap so', 'chua duoc cap so hong', 'chua cap so', 'chua duoc lam so', 'chua ra so', 'de co so'],
];

/** Plants, seedlings and produce carried, as growers name them (plant quarantine at home, nature63). */
const PLANTS_CARRIED = ['thuc vat', 'kiem dich thuc vat', 'kdtv', 'cay giong', 'hat giong', 'cu giong', 'trai cay', 'cam giong', 'nong san'];
/** A buyer from another province ("lái buôn ở tỉnh khác vào mua"): what is sold to them crosses the boundary. */
const FROM_ELSEWHERE = ['o tinh khac', 'tu tinh khac', 'nguoi tinh khac'];

/** Wild animals people keep, as they name them (see the ranger's entries below). */
const WILD_KEPT = [
  'nhim',
  'con nhim',
  'ran ho mang',
  'nuoi ran',
  'ky da',
  'con tran',
  'nuoi tran',
  'gấu',
  'con gấu',
  'gau ngua',
  'nuoi gau',
  'con dui',
  'nuoi dui',
  'dong vat hoang da',
  'dong vat rung',
  'con ca sau',
  'nuoi ca sau',
  'con vẹt',
  'chim yeng',
  'nuoi huou',
  'huou sao',
];
/** Farm animals named with a neighbour (bare "lon", "bo", "de" fold as "lớn", "bố", "để"). */
const FARM_ANIMALS = ['heo', 'con heo', 'trau', 'con trau', 'con bò', 'bò', 'dan bo', 'con lon', 'nuoi lon', 'con ga', 'nuoi ga', 'vit', 'con de', 'gia suc', 'gia cam'];

export const LEXICON_FIELDS: readonly LexiconEntry[] = [
  // — Abbreviations in the catalogue's own names, read both ways.
  e('hành chính', 'abbreviation', ['tw', 'trung uong'], ['trung uong']),
  e('hành chính', 'abbreviation', ['nhnn', 'ngan hang nha nuoc'], ['ngan hang nha nuoc']),
  e('hành chính', 'abbreviation', ['kbnn', 'kho bac'], ['kho bac nha nuoc']),
  e('hành chính', 'abbreviation', ['nsnn', 'ngan sach'], ['ngan sach nha nuoc']),
  e('hành chính', 'abbreviation', ['qd', 'quyet dinh so'], ['quyet dinh']),
  e('hành chính', 'abbreviation', ['gcn'], ['giay chung nhan']),
  e('hành chính', 'abbreviation', ['cqt', 'chi cuc thue', 'cuc thue', 'co quan thue'], ['co quan thue']),
  e('hành chính', 'abbreviation', ['tnmt', 'tai nguyen moi truong', 'phong tai nguyen', 'so tai nguyen'], ['tai nguyen va moi truong']),
  e('hành chính', 'abbreviation', ['ldtbxh', 'lao dong thuong binh', 'phong lao dong', 'so lao dong'], ['lao dong thuong binh va xa hoi']),
  e('hành chính', 'abbreviation', ['nn ptnt', 'nong nghiep phat trien nong thon', 'phong nong nghiep', 'so nong nghiep'], ['nong nghiep va phat trien nong thon', 'nong nghiep va moi truong']),
  e('hành chính', 'abbreviation', ['gtvt', 'so giao thong'], ['giao thong van tai']),
  e('hành chính', 'abbreviation', ['kh dt', 'ke hoach dau tu', 'so ke hoach'], ['ke hoach va dau tu']),
  e('hành chính', 'abbreviation', ['cong an xa', 'cong an phuong', 'cong an huyen', 'cong an tinh', 'po lit', 'cs'], ['cong an']),
  e('hành chính', 'counter', ['bo phan mot cua', 'mot cua', 'trung tam hanh chinh cong', 'tiep nhan ho so'], ['bo phan mot cua', 'trung tam phuc vu hanh chinh cong']),

  // — Civil status and certification: more of the commune's daily words.
  e(
    'Hộ tịch',
    'counter',
    ['khai sinh cho con ngoai gia thu', 'con chua co cha', 'khong co giay ket hon', 'chua dang ky ket hon ma co con'],
    ['dang ky khai sinh ket hop nhan cha me con', 'dang ky khai sinh ket hop dang ky nhan cha me con'],
  ),
  e('Hộ tịch', 'counter', ['cuoi lai', 'ket hon lai', 'dang ky ket hon lai', 'mat so ket hon'], ['dang ky lai ket hon']),
  e('Hộ tịch', 'counter', ['khai tu lai', 'lam lai giay chet'], ['dang ky lai khai tu']),
  // A death never registered, registered late ("khai tử trễ", "chết lâu rồi chưa khai"), is a death registration, not a
  // re-registration, which is for a registered death whose book and papers are lost (Nghị định 123/2015, art. 24-25).
  e('Hộ tịch', 'legal', ['khai tu tre', 'khai tu muon', 'khai tu qua han', 'chet lau roi chua khai', 'mat lau roi chua khai'], ['khai tu']),
  e('Hộ tịch', 'counter', ['sinh o nuoc ngoai', 'de o nuoc ngoai', 'ket hon o nuoc ngoai', 'ghi chu', 'ghi vao so'], ['ghi vao so ho tich']),
  // "Ghi chú" is the old name of recording what was registered abroad, said of the event recorded.
  e('Hộ tịch', 'old name', ['ghi chu ket hon', 'ghi chu viec ket hon'], ['ghi vao so ho tich viec ket hon']),
  e('Hộ tịch', 'old name', ['ghi chu ly hon', 'ghi chu viec ly hon'], ['ghi vao so ho tich viec ly hon']),
  // …and of a birth, death, guardianship or recognition registered abroad ("ghi chú khai tử" for a sister who died in
  // France), which the catalogue records as "việc hộ tịch khác"; an adoption has its own book (Nuôi con nuôi).
  e(
    'Hộ tịch',
    'old name',
    ['khai tu', 'khai sinh', 'giam ho', 'nhan cha me con', 'nhan cha con'].flatMap((k) => [`ghi chu ${k}`, `ghi chu viec ${k}`]),
    ['ghi vao so ho tich viec ho tich khac'],
  ),
  e('Hộ tịch', 'counter', ['lam khai sinh luu dong', 'can bo xuong tan nha', 'vung sau vung xa'], ['luu dong']),
  e(
    'Hộ tịch',
    'counter',
    ['trich luc khai tu', 'ban sao giay chung tu', 'ban sao chung tu', 'trich luc ket hon', 'ban sao giay ket hon', 'sao giay ket hon'],
    ['ban sao trich luc ho tich', 'trich luc ho tich'],
  ),
  // …and said as the surname it goes to ("muốn đổi con sang họ bố", "cho nó lấy họ bố"): the same change.
  e(
    'Hộ tịch',
    'counter',
    ['doi ho theo me', 'doi ho theo bo', 'lay ho me', 'lay ho cha', 'doi ho cho con', 'doi ten cho con', 'sua ten cho con', 'sang ho bo', 'sang ho cha', 'sang ho me', 'lay ho bo', 'doi sang ho'],
    ['thay doi cai chinh bo sung thong tin ho tich'],
  ),
  e(
    'Chứng thực',
    'counter',
    ['cong chung hop dong', 'cong chung giay ban nha', 'cong chung mua ban', 'cong chung nha dat', 'cong chung sang ten', 'ky hop dong tai xa'],
    // The catalogue's name is "Chứng thực giao dịch liên quan đến tài sản…": a contract is a transaction.
    ['chung thuc hop dong giao dich', 'chung thuc giao dich'],
  ),
  e(
    'Chứng thực',
    'counter',
    ['sao y giay to', 'sao y cong chung', 'photo sao y', 'chung thuc giay to', 'chung ban sao', 'chứng giấy tờ', 'chứng bằng', 'chứng học bạ'],
    ['chung thuc ban sao tu ban chinh'],
  ),
  // A paper one holds named right after "chứng thực" (as "công chứng sổ", "công chứng bằng"): its copy is certified.
  e(
    'Chứng thực',
    'counter',
    [
      ...['chung thuc so ho khau', 'chung thuc ho khau', 'chung thuc giay khai sinh', 'chung thuc khai sinh', 'chung thuc can cuoc', 'chung thuc cccd'],
      ...['chung thuc bang', 'chung thuc bang lai', 'chung thuc hoc ba'],
    ],
    ['chung thuc ban sao tu ban chinh'],
  ),
  e('Công chứng', 'counter', ['van phong cong chung', 'phong cong chung', 'mo van phong cong chung', 'lam cong chung vien', 'the cong chung'], ['van phong cong chung', 'cong chung vien']),
  e('Thừa phát lại', 'counter', ['thua phat lai', 'lap vi bang', 'vi bang', 'tong dat giay to'], ['thua phat lai', 'vi bang']),
  // Becoming a lawyer (the practising certificate) and opening a law firm are different procedures.
  e('Luật sư', 'counter', ['the luat su', 'chung chi luat su', 'lam luat su', 'hanh nghe luat su', 'thi luat su', 'muon lam luat su'], ['chung chi hanh nghe luat su']),
  e('Luật sư', 'counter', ['mo van phong luat', 'van phong luat', 'cong ty luat', 'mo cong ty luat'], ['to chuc hanh nghe luat su']),
  e('Giám định tư pháp', 'counter', ['giam dinh', 'giam dinh vien', 'giam dinh adn', 'giam dinh thuong tat'], ['giam dinh tu phap']),
  // …but a war invalid's wound assessed again ("thương binh hạng 4 muốn giám định lại thương tật") is the invalid's
  // allowance reviewed, not a forensic office.
  c(
    'Người có công',
    ['thuong binh', 'bi thuong', 'chien truong', 'bo doi', 'di linh', 'khang chien', 'cuu chien binh', 'mat suc'],
    ['giam dinh', 'giam dinh lai', 'giam dinh thuong tat', 'giam dinh lai thuong tat', 'giam dinh vet thuong'],
    ['thuong binh'],
    { unless: ['tai nan lao dong', 'tnld', 'cong ty', 'benh nghe nghiep'] },
  ),
  e('Đấu giá', 'counter', ['dau gia', 'ban dau gia', 'dau gia dat', 'mua dat dau gia', 'dau gia vien'], ['dau gia tai san']),
  e('Thi hành án', 'counter', ['thi hanh an', 'thi hanh ban an', 'doi no theo ban an', 'cuong che thi hanh', 'an dan su'], ['thi hanh an dan su']),
  // A judgment the other side does not carry out ("tòa xử rồi mà họ vẫn không trả", "thắng kiện mà không chịu bồi
  // thường"): what is asked is its enforcement, from the civil judgment enforcement office, not another lawsuit.
  c(
    'Thi hành án',
    ['toa', 'toa an', 'toa xu', 'ban an', 'quyet dinh cua toa', 'thang kien', 'xu thang'],
    [
      ...['khong tra', 'van khong tra', 'khong chiu tra', 'chua tra', 'khong tra no', 'khong tra tien', 'chay no', 'quyt no'],
      ...['khong boi thuong', 'khong chiu boi thuong', 'khong cap duong', 'khong chiu cap duong', 'khong chiu thi hanh'],
      // …and the debt the court judged, told: the judgment's sum, not a loan or a payment in a procedure's name.
      ...['cho vay', 'cho vay tien', 'cho muon tien', 'vay tien', 'muon tien', 'no tien', 'doi no', 'doi tien', 'lay lai tien'],
      // …and made to pay ("làm gì để họ trả tiền", "bắt họ trả"): the enforcement asked, not the reason for another thing.
      ...['de ho tra', 'de ho tra tien', 'de ho tra no', 'bat ho tra', 'buoc ho tra', 'bat tra no', 'buoc tra no'],
    ],
    ['thi hanh an dan su'],
    { unless: ['tra loi'] },
  ),
  // …and the court and its judgment, told beside the debt unpaid ("tòa đã xử…, bản án có hiệu lực cả năm rồi mà họ vẫn
  // không trả"): the thing to enforce, not a paper asked (its copy, or the land registered after a judgment, whose names hold "bản án").
  c(
    'Thi hành án',
    [
      ...['khong tra', 'van khong tra', 'khong chiu tra', 'chua tra', 'khong tra no', 'khong tra tien', 'chay no', 'quyt no'],
      ...['khong boi thuong', 'khong chiu boi thuong', 'khong cap duong', 'khong chiu cap duong', 'khong chiu thi hanh'],
      ...['de ho tra', 'de ho tra tien', 'de ho tra no', 'bat ho tra', 'buoc ho tra', 'bat tra no', 'buoc tra no'],
    ],
    ['ban an', 'ban an co hieu luc', 'ban an da co hieu luc', 'quyet dinh cua toa', 'toa', 'toa an', 'toa xu', 'toa da xu', 'toa xu roi'],
    ['thi hanh an dan su'],
    { unless: ['ban sao', 'sao ban an', 'trich luc', 'xin lai', 'cap lai', 'khang cao', 'tra loi'] },
  ),
  e('Quản tài viên', 'counter', ['pha san doanh nghiep', 'quan ly thanh ly tai san', 'thanh ly tai san'], ['quan tai vien', 'pha san']),
  e('Hòa giải thương mại', 'counter', ['trong tai', 'kien thuong mai', 'tranh chap hop dong', 'tranh chap kinh doanh'], ['trong tai thuong mai', 'hoa giai thuong mai']),
  e('Bồi thường nhà nước', 'counter', ['bi oan', 'tu oan', 'doi boi thuong', 'nha nuoc boi thuong', 'xin boi thuong'], ['boi thuong nha nuoc', 'yeu cau boi thuong']),
  e('Đăng ký biện pháp bảo đảm', 'counter', ['the chap xe', 'cam xe', 'the chap o to', 'vay mua xe tra gop', 'mua xe tra gop', 'the chap tai san'], ['bien phap bao dam bang dong san', 'the chap']),

  // — Residence and identity.
  e('Cư trú', 'counter', ['gia han tam tru', 'het han tam tru', 'tam tru het han', 'keo dai tam tru'], ['gia han tam tru']),
  e('Cư trú', 'counter', ['xoa tam tru', 'cat tam tru', 'het o tro', 'chuyen tro'], ['xoa dang ky tam tru']),
  // A bride moving to her husband's family (or a groom to his wife's), as the hill communes' custom has it: "sang nhà
  // chồng", "về ở nhà vợ".
  e(
    'Cư trú',
    'counter',
    ['ve que o', 'chuyen ve que', 've nha chong', 've o voi', 'chuyen ve o', 'chuyen nha', 'sang nha chong', 'sang o nha chong', 've nha vo', 'sang nha vo', 've o nha vo'],
    ['dang ky thuong tru'],
  ),
  // …but a stay told with its length ("thằng cháu về ở với bà mấy tháng", "lên ở nhờ một thời gian") is temporary, and
  // so is one beside the temporary register named ("đăng ký tạm trú cho vợ về ở với em").
  c(
    'Cư trú',
    ['may thang', 'vai thang', 'it thang', 'ba thang', 'sau thang', 'nua nam', 'mot thoi gian', 'it lau', 'tam thoi', 'o tam', 'may tuan', 'tam tru'],
    ['ve o voi', 've o', 'o voi', 'len o voi', 'ra o voi', 'xuong o voi', 'o chung', 'o cung', 'o nho'],
    // As the register's own entry (lexicon.ts) says it, so the two are one concept.
    ['dang ky tam tru', 'tam tru'],
    { unless: ['nhap khau', 'thuong tru', 'ho khau', 'luon'] },
  ),
  e(
    'Căn cước',
    'counter',
    [
      // "Đổi" with its marks: folded, it is also "đòi" ("người ta đòi chứng minh chỗ ở", "ngân hàng đòi căn cước"), a
      // paper asked for, not exchanged. Typed without marks, it is still read as the exchange.
      'đổi cccd',
      'đổi căn cước',
      'đổi thẻ căn cước',
      'đổi cmnd',
      'đổi chứng minh',
      'đổi chứng minh thư',
      'đổi sang căn cước',
      'can cuoc het han',
      'cccd het han',
      'du 25 tuoi',
      'du 40 tuoi',
      'du 60 tuoi',
    ],
    ['cap doi the can cuoc'],
  ),
  e(
    'Căn cước',
    'counter',
    ['mat cccd', 'mat can cuoc', 'mat cmnd', 'mat chung minh', 'mat chung minh thu', 'cccd bi mat', 'can cuoc bi mat', 'lam lai cccd', 'lam lai can cuoc', 'cap lai cccd', 'cap lai can cuoc'],
    ['cap lai the can cuoc'],
  ),
  e('Căn cước', 'counter', ['khoa cccd', 'khoa can cuoc', 'khoa vneid', 'mo khoa vneid', 'mo khoa tai khoan', 'bi khoa tai khoan'], ['khoa can cuoc dien tu', 'mo khoa tai khoan dinh danh dien tu']),
  e('Căn cước', 'counter', ['nguoi goc viet', 'khong quoc tich', 'giay chung nhan can cuoc'], ['giay chung nhan can cuoc']),
  // A province on the border, as people say it ("ở tỉnh giáp biên có giấy thông hành"): the names' "biên giới".
  e('Xuất nhập cảnh', 'counter', ['giap bien', 'giap bien gioi', 'sat bien gioi', 'tinh bien gioi', 'vung bien'], ['bien gioi']),
  // A passport reported lost and then found ("báo mất hộ chiếu rồi, nay lại tìm thấy, có dùng lại được không"): its
  // validity restored, not the loss reported again.
  c('Xuất nhập cảnh', ['ho chieu', 'passport'], ['tim thay', 'tim lai duoc', 'tim duoc', 'tim ra', 'dung lai', 'dung lai duoc'], ['khoi phuc gia tri su dung ho chieu']),
  // Being of Vietnamese origin, to be proved ("làm sao để chứng minh tôi là người gốc Việt Nam"): the confirmation of
  // origin, not the identity certificate of one whose nationality is unsettled.
  c('Quốc tịch', ['xac nhan', 'giay xac nhan', 'chung minh', 'chung nhan'], ['nguoi goc viet', 'nguoi goc viet nam', 'goc viet nam'], ['xac nhan la nguoi goc viet nam'], {
    unless: ['can cuoc', 'quoc tich', 'co so du lieu'],
  }),
  // A visa, a residence card and an extension of stay are three procedures of the immigration office; one
  // entry for all three read any of them as the others.
  e('Xuất nhập cảnh', 'counter', ['xin visa', 'visa', 'lam visa', 'xin thi thuc', 'thi thuc cho nguoi nuoc ngoai', 'bao lanh nguoi nuoc ngoai'], ['cap thi thuc', 'thi thuc']),
  e(
    'Xuất nhập cảnh',
    'counter',
    ['gia han visa', 'visa het han', 'het han visa', 'keo dai visa', 'o lai them', 'gia han o lai', 'gia han tam tru cho nguoi nuoc ngoai', 'gia han the tam tru'],
    ['gia han tam tru'],
  ),
  e('Xuất nhập cảnh', 'counter', ['the tam tru', 'the tam tru nguoi nuoc ngoai', 'lam the tam tru', 'trc', 'the cu tru nguoi nuoc ngoai'], ['cap the tam tru', 'the tam tru']),
  e('Xuất nhập cảnh', 'counter', ['the thuong tru', 'dinh cu o viet nam', 'o han o viet nam', 'thuong tru cho nguoi nuoc ngoai'], ['the thuong tru']),
  e('Xuất nhập cảnh', 'counter', ['mien thi thuc', 'giay mien thi thuc', 'mien visa', 'visa 5 nam'], ['giay mien thi thuc']),
  // A foreign guest staying at a hotel, guesthouse or a family's home is declared by the host: the foreigners'
  // temporary-stay declaration, not the hotel's security licence nor a Vietnamese resident's registration.
  c(
    'Xuất nhập cảnh',
    FOREIGN_GUEST,
    [
      ...['khai bao', 'khai bao tam tru', 'bao tam tru', 'dang ky tam tru', 'khach san', 'nha nghi', 'homestay', 'o nha dan', 'o tro'],
      ...['thue nha', 'thue phong', 'o nha minh', 'luu tru', 'bao cong an'],
    ],
    ['khai bao tam tru cho nguoi nuoc ngoai'],
  ),
  // A landlord or host ("chủ trọ", "chủ nhà") declaring the one who rents or stays: the host's notice of stay, not the
  // foreigners' declaration unless a foreigner is named (above). Not "đăng ký tạm trú" as well: that phrase, typed on
  // its own, would then be read through this entry too and lose its own reading.
  c(
    'Cư trú',
    ['chu tro', 'chu nha tro', 'chu phong tro', 'chu khu tro', 'chu nha', 'chu cho thue'],
    ['khai bao cho nguoi thue', 'khai bao nguoi thue', 'khai bao cho nguoi o tro', 'khai bao nguoi o tro', 'bao cho nguoi thue'],
    ['thong bao luu tru'],
    { unless: FOREIGN_GUEST },
  ),
  // Nationality: taking it back after giving it up, and proving one has it.
  e('Quốc tịch', 'counter', ['xin lai quoc tich', 'lay lai quoc tich', 'khoi phuc quoc tich', 'nhap lai quoc tich', 'tro lai quoc tich'], ['tro lai quoc tich viet nam']),
  e('Quốc tịch', 'counter', ['xac nhan quoc tich', 'chung minh quoc tich', 'giay quoc tich', 'con quoc tich viet nam khong'], ['xac nhan co quoc tich viet nam']),
  e('Xuất nhập cảnh', 'counter', ['vao khu vuc bien gioi', 'len bien gioi', 'giay vao bien gioi', 'di bien gioi'], ['khu vuc bien gioi']),
  e('Xuất nhập cảnh', 'abbreviation', ['abtc', 'the doanh nhan apec', 'the apec'], ['the di lai doanh nhan apec']),

  // — Land, building, planning, housing.
  e('Đất đai', 'counter', ['xin giao dat', 'xin dat lam nha', 'mua dat cua nha nuoc', 'dat du an'], ['giao dat']),
  e('Đất đai', 'counter', ['dat hien cho duong', 'hien dat', 'hien dat lam duong', 'cho dat lam duong', 'nhuong dat lam duong'], ['tang cho quyen su dung dat cho nha nuoc']),
  e(
    'Đất đai',
    'counter',
    // "Sổ trắng" and "bằng khoán điền thổ": the South's papers of the old regime, which the first certificate replaces.
    [
      ...['dat chua co giay to', 'dat khai hoang', 'dat ong cha de lai', 'dat cha ong', 'dat to tien', 'dat cu', 'dat o lau nam', 'so trang', 'bang khoan dien tho', 'giay to che do cu'],
      // …and "văn tự", the old deed of sale (văn tự bán đất, văn tự đoạn mãi) the old still hold (old name).
      ...['van tu ban dat', 'van tu mua ban', 'van tu doan mai', 'van tu dat', 'van tu nha'],
    ],
    ['dang ky dat dai', 'lan dau doi voi ho gia dinh ca nhan'],
  ),
  // "Sử dụng ổn định, không có tranh chấp": the land law's ground for a first certificate, which the commune confirms
  // in it; said whole, so its "tranh chấp" is no dispute asked to be settled.
  e(
    'Đất đai',
    'legal',
    [
      ...['su dung on dinh', 'dat su dung on dinh', 'su dung dat on dinh'],
      ...['on dinh khong tranh chap', 'on dinh khong co tranh chap', 'su dung on dinh khong tranh chap', 'su dung on dinh khong co tranh chap'],
    ],
    ['dang ky dat dai', 'lan dau doi voi ho gia dinh ca nhan'],
  ),
  e('Đất đai', 'counter', ['xoa no tien dat', 'tra no tien dat', 'xoa ghi no', 'ghi no truoc ba'], ['xoa ghi no tien su dung dat']),
  e('Đất đai', 'counter', ['dat trong lua', 'dat ruong', 'dat lua', 'dat nong nghiep', 'dat trong cay'], ['dat nong nghiep', 'dat trong lua']),
  e(
    'Quy hoạch',
    'counter',
    [
      ...['xem quy hoach', 'hoi quy hoach', 'dat co dinh quy hoach khong', 'thong tin quy hoach', 'ban do quy hoach', 'quy hoach treo', 'chi gioi duong do'],
      // Whether one's plot is in a planning zone, as asked at the counter: "đất dính quy hoạch", "nằm trong quy hoạch".
      ...['dinh quy hoach', 'bi dinh quy hoach', 'nam trong quy hoach', 'vuong quy hoach', 'tra cuu quy hoach', 'kiem tra quy hoach'],
      // Looked up the short way ("tra", the South's "coi"), or named as the land-use plan it is read on.
      ...['tra quy hoach', 'coi quy hoach', 'tra thong tin quy hoach', 'quy hoach su dung dat'],
      // Old names (Luật Xây dựng 2014, Luật Quy hoạch đô thị 2009) of the planning the information is now given on.
      ...['chung chi quy hoach', 'quy hoach xay dung'],
      // The road's boundary a plot may lie within (lộ giới, chỉ giới): what the planning information states.
      ...['lo gioi', 'dinh lo gioi', 'lo gioi duong', 'chi gioi xay dung', 'quy hoach mo duong', 'quy hoach lo gioi'],
      // A plot a plan takes for a road or a school is "bị quy hoạch": the information says whether and how.
      ...['bi quy hoach', 'quy hoach lam duong', 'dinh quy hoach lam duong'],
    ],
    ['cung cap thong tin quy hoach', 'quy hoach do thi va nong thon'],
  ),
  // "Hoàn công": what builders and families call the completion of a building, checked at its acceptance.
  e('Xây dựng', 'counter', ['hoan cong', 'lam hoan cong', 'thu tuc hoan cong', 'ho so hoan cong', 'hoan cong nha'], ['nghiem thu hoan thanh cong trinh']),
  // A temporary permit on land a plan will take ("giấy phép xây dựng có thời hạn" in the law); never a bare "giấy phép
  // tạm", which begins "giấy phép tạm nhập" and "cấp phép tạm trú".
  e('Xây dựng', 'legal', ['giay phep xay dung tam', 'xay dung tam', 'phep xay tam', 'gpxd tam', 'giay phep xay dung co thoi han', 'xay tam', 'cat tam'], ['giay phep xay dung']),
  e('Xây dựng', 'counter', ['xay tuong rao', 'xay hang rao', 'xay nha tam', 'nha tam', 'xay nha xuong', 'nha xuong', 'xay kho', 'xay chuong trai'], ['giay phep xay dung']),
  e('Xây dựng', 'counter', ['dieu chinh giay phep xay dung', 'sua ban ve', 'doi thiet ke', 'thay doi thiet ke'], ['dieu chinh giay phep xay dung']),
  e('Xây dựng', 'counter', ['mat giay phep xay dung', 'giay phep xay dung bi mat', 'cap lai giay phep xay dung'], ['cap lai giay phep xay dung']),
  e('Xây dựng', 'counter', ['ban ve xay dung', 'ban ve nha', 'thiet ke nha', 'tham dinh ban ve', 'tham dinh thiet ke'], ['thiet ke xay dung', 'tham dinh']),
  e('Kiến trúc', 'counter', ['kien truc su', 'chung chi kien truc'], ['chung chi hanh nghe kien truc']),
  e('Hạ tầng kỹ thuật', 'counter', ['chat cay', 'chat cay xanh', 'cat cay', 'don cay', 'chat ha cay', 'cay xanh duong pho', 'di doi cay', 'cay bong mat'], ['chat ha dich chuyen cay xanh']),
  e('Hạ tầng kỹ thuật', 'counter', ['nghia trang', 'mo ma', 'boc mo', 'cai tang', 'chon cat', 'dat nghia trang'], ['nghia trang']),
  e('Nhà ở', 'counter', ['mua nha', 'ban nha', 'mua can ho', 'ban can ho', 'nha o thuong mai', 'mua nha du an'], ['mua ban nha o']),
  e('Nhà ở', 'counter', ['nha cho nguoi co cong', 'ho tro lam nha', 'ho tro nha o', 'xay nha cho ho ngheo', 'nha tinh nghia', 'nha dai doan ket', 'xoa nha tam'], ['ho tro nha o']),
  // A poor household building or mending its home asks the state's housing support, not a building permit.
  c('Nhà ở', ['ho ngheo', 'ho can ngheo', 'nha ngheo', 'gia dinh ngheo'], ['xay nha', 'lam nha', 'cat nha', 'sua nha', 'mần nhà', 'dung nha'], ['ho tro nha o']),
  e(
    'Kinh doanh bất động sản',
    'counter',
    ['moi gioi nha dat', 'moi gioi bat dong san', 'co dat', 'san bat dong san', 'san giao dich nha dat'],
    ['moi gioi bat dong san', 'san giao dich bat dong san'],
  ),

  // — Vehicles, roads, waterways, railways, aviation.
  e('Đăng ký xe', 'counter', ['xe da ban', 'ban xe roi', 'xe hu khong dung', 'xe nat', 'xe phe lieu', 'huy xe', 'nop lai bien so', 'tra bien so'], ['thu hoi chung nhan dang ky xe bien so xe']),
  e(
    'Đăng ký xe',
    'counter',
    ['mat bien so', 'bien so bi mat', 'mat cavet', 'mat giay xe', 'mat dang ky xe', 'cap lai cavet', 'lam lai cavet', 'cavet bi mat', 'giay to xe bi mat'],
    ['cap lai chung nhan dang ky xe bien so xe'],
  ),
  e('Đăng ký xe', 'counter', ['doi cavet', 'doi bien so', 'doi bien', 'bien so mo', 'doi bien vang', 'cavet cu', 'doi giay dang ky xe'], ['doi chung nhan dang ky xe bien so xe']),
  e('Đăng ký xe', 'counter', ['bien tam', 'bien so tam', 'xe chay tam', 'dang ky tam'], ['dang ky xe tam thoi']),
  e(
    'Sát hạch lái xe',
    'counter',
    [
      'thi bang',
      'thi bang lai',
      'thi lai xe',
      'hoc lai xe',
      'hoc bang lai',
      'thi sat hach',
      'thi bang a1',
      'thi bang b2',
      'lay bang lai',
      'nang hang bang lai',
      'nang hang bang',
      'nang hang gplx',
      'thi nang hang',
      'len bang',
    ],
    ['cap giay phep lai xe', 'sat hach'],
  ),
  e('Sát hạch lái xe', 'counter', ['truong day lai xe', 'trung tam day lai', 'day lai xe', 'thay day lai'], ['dao tao lai xe']),
  // A licence one does not have yet, "made" ("làm bằng lái xe máy cho con", "đi làm bằng lái ô tô"): it is sat for and
  // issued, not exchanged; "làm lại bằng lái" (reissue) is its own phrase.
  e('Sát hạch lái xe', 'counter', ['lam bang lai', 'lam bang lai xe', 'lam gplx', 'di lam bang lai', 'lam bang xe'], ['cap giay phep lai xe', 'sat hach']),
  // A licence lost, said with "đổi" as the countryside says any new paper for an old one ("đổi bằng lái bị mất"): the
  // reissue, for there is nothing to hand in to exchange.
  c(
    'Sát hạch lái xe',
    ['bi mat', 'lam mat', 'danh mat', 'that lac', 'mất', 'mat roi', 'bi trom', 'bi moc tui'],
    ['doi bang lai', 'doi bang', 'doi bang lai xe', 'doi gplx', 'doi bang xe'],
    ['cap lai giay phep lai xe'],
  ),
  // A licence expiring said with its class or a word between ("bằng lái B2 sắp hết hạn", "bằng lái của tôi hết hạn
  // rồi"): its exchange, not the identity card's that the bare "hết hạn" (cấp đổi) finds first.
  c(
    'Sát hạch lái xe',
    ['bang lai', 'bang lai xe', 'gplx', 'giay phep lai xe', 'bang xe', ...['a1', 'a2', 'b1', 'b2', 'c', 'd', 'e', 'fc'].map((h) => `bang ${h}`)],
    ['het han', 'sap het han', 'het han roi', 'qua han', 'het thoi han', 'het date'],
    ['doi giay phep lai xe'],
    { unless: ['can cuoc', 'cccd', 'cmnd', 'chung minh', 'ho chieu', 'dang kiem'] },
  ),
  // "Rút sổ" said of a job left ("nghỉ việc rồi rút sổ", "công ty chốt sổ cho rút"): the social insurance book cashed
  // in once; not the land book ("rút sổ đỏ" from a bank is its own phrase).
  c(
    'Bảo hiểm xã hội',
    ['nghi viec', 'thoi viec', 'mat viec', 'cong ty', 'cong nhan', 'xi nghiep', 'bhxh', 'bao hiem', 'chot so'],
    ['rut so', 'rut so ra', 'rut cai so', 'rut so ve'],
    ['huong bao hiem xa hoi mot lan'],
    { unless: ['so do', 'so hong', 'ngan hang', 'the chap'] },
  ),
  // A social insurance book "made" ("làm sổ bảo hiểm xã hội lần đầu", "xin sổ bhxh cho con mới đi làm"): the book issued
  // when one first pays in (cấp sổ BHXH), not the one-time payment "lần" would find; one lost is reissued instead.
  c(
    'Bảo hiểm xã hội',
    ['bao hiem', 'bhxh'],
    ['lam so bao hiem xa hoi', 'lam so bhxh', 'lam so bao hiem', 'xin so bhxh', 'xin so bao hiem', 'xin so bao hiem xa hoi', 'cap so bhxh', 'cap so bao hiem'],
    ['cap so bhxh'],
    { unless: ['mất', 'bi mat', 'lam mat', 'that lac', 'hu', 'rach', 'uot', 'sai', 'sua', 'gop'] },
  ),
  e('Đăng kiểm', 'counter', ['tem dang kiem', 'so dang kiem', 'kiem dinh o to', 'kiem dinh xe may chuyen dung', 'xe cong trinh', 'xe cau', 'may xuc', 'xe lu'], ['kiem dinh', 'xe may chuyen dung']),
  e('Đường bộ', 'counter', ['xe khach tuyen co dinh', 'mo tuyen xe', 'nha xe', 'chay tuyen', 'xe buyt', 'xe bus'], ['tuyen co dinh', 'van tai hanh khach']),
  e('Đường bộ', 'counter', ['dau noi duong', 'lam duong vao nha', 'mo loi vao', 'mo duong ngang'], ['dau noi', 'duong ngang']),
  // "Bến đò" with its marks: "bên đó" (over there: "cưới ở bên đó rồi") folds the same.
  e('Đường thủy', 'counter', ['bến đò', 'do ngang', 'ben thuyen', 'ben xuong', 'chay do'], ['ben thuy noi dia', 'ben khach ngang song']),
  // A landing built or opened for boats to moor ("làm bến cho ghe cập vào"): the commune agrees its design, then
  // announces it open. With their marks: "làm bên đó" (works over there) folds the same.
  e(
    'Đường thủy',
    'counter',
    [
      ...['làm bến', 'xây bến', 'mở bến', 'làm bến đò', 'xây bến đò', 'mở bến đò', 'làm bến thuyền', 'làm bến ghe', 'làm cầu tàu', 'xây cầu tàu'],
      // Asked as a licence ("cấp phép bến đò"), as for most things one opens; not a boat's leave to sail from a landing.
      ...['cấp phép bến đò', 'cấp phép bến khách', 'cấp phép bến thuyền', 'giấy phép bến đò', 'giấy phép bến khách'],
    ],
    ['xay dung ben thuy noi dia', 'cong bo hoat dong ben thuy noi dia', 'xay dung ben khach ngang song', 'cong bo hoat dong ben khach ngang song'],
  ),
  // The boats themselves, as their owners call them: a ferry, a sampan, a motor canoe are all "phương tiện thủy nội địa".
  e(
    'Đường thủy',
    'counter',
    ['ghe', 'xuồng', 'thuyền', 'ghe do', 'ghe may', 'xuồng máy', 'thuyen may', 'con do', 'chiec do', 'cai do', 'do may', 'chay do may', 'do cho khach', 'ca nô', 'sa lan', 'tau song'],
    ['phuong tien thuy noi dia', 'duong thuy noi dia'],
  ),
  e('Đường thủy', 'counter', ['bang lai tau', 'bang thuyen truong', 'bang lai ca no', 'chung chi lai tau', 'lai ghe'], ['chung chi chuyen mon thuyen vien', 'giay chung nhan kha nang chuyen mon']),
  e('Hàng hải', 'counter', ['tau bien', 'tau hang', 'dang ky tau bien', 'thuyen vien', 'so thuyen vien'], ['tau bien', 'thuyen vien']),
  e('Hàng không', 'counter', ['may bay', 'flycam', 'drone', 'bay flycam', 'thiet bi bay'], ['tau bay', 'tau bay khong nguoi lai']),
  e('Đường sắt', 'counter', ['xe lua', 'tau hoa', 'duong tau', 'lai tau'], ['duong sat']),
  e('Giao thông', 'counter', ['cho hang nguy hiem', 'cho xang dau', 'cho hoa chat', 'cho gas', 'xe cho hang nguy hiem'], ['van chuyen hang hoa nguy hiem']),

  // — Finance, banking, customs, securities, insurance business.
  e(
    'Ngân hàng',
    'counter',
    ['tien rach', 'tien hu', 'tien chay', 'tien nat', 'tien bi rach', 'doi tien hu', 'doi tien rach', 'doi tien chay', 'tien moi chuot can'],
    ['doi tien khong du tieu chuan luu thong'],
  ),
  e('Ngân hàng', 'counter', ['nghi tien gia', 'kiem tra tien gia'], ['giam dinh tien gia']),
  e('Ngân hàng', 'abbreviation', ['tctd', 'to chuc tin dung', 'quy tin dung', 'quy tin dung nhan dan'], ['to chuc tin dung', 'quy tin dung nhan dan']),
  e('Ngân hàng', 'counter', ['doi ngoai te', 'doi do', 'doi usd', 'quay doi ngoai te', 'dai ly doi tien', 'doi tien nuoc ngoai'], ['dai ly doi ngoai te', 'ngoai te']),
  e('Ngân hàng', 'counter', ['vang mieng', 'mua ban vang', 'tiem vang', 'kinh doanh vang'], ['kinh doanh vang mieng', 'vang']),
  e('Hải quan', 'counter', ['hai quan', 'to khai hai quan', 'khai hai quan', 'thong quan', 'lam thu tuc hai quan', 'xuat khau', 'nhap khau hang', 'hang nhap'], ['thu tuc hai quan']),
  e(
    'Hải quan',
    'counter',
    [
      'hang xach tay',
      'mang hang ve',
      'hanh ly',
      'qua bieu tu nuoc ngoai',
      'hang bieu tang',
      'hang gui tu nuoc ngoai',
      'qua bieu',
      'nhan qua bieu',
      'hang gui ve',
      'qua gui ve',
      'thung hang gui ve',
      'hang viet kieu gui ve',
    ],
    ['hanh ly', 'qua bieu tang'],
  ),
  e('Hải quan', 'abbreviation', ['xnk', 'xuat nhap khau'], ['xuat khau nhap khau']),
  e('Hải quan', 'abbreviation', ['co xuat xu', 'giay xuat xu'], ['giay chung nhan xuat xu']),
  e('Chứng khoán', 'counter', ['co phieu', 'chung khoan', 'choi chung khoan', 'tai khoan chung khoan', 'san chung khoan', 'trai phieu'], ['chung khoan']),
  e('Bảo hiểm', 'counter', ['dai ly bao hiem', 'ban bao hiem', 'bao hiem nhan tho', 'cong ty bao hiem'], ['dai ly bao hiem', 'doanh nghiep bao hiem']),
  e('Kế toán', 'counter', ['ke toan', 'kiem toan', 'chung chi ke toan', 'dich vu ke toan', 'lam ke toan'], ['ke toan', 'kiem toan', 'dich vu ke toan']),
  e(
    'Thuế',
    'counter',
    ['hoan thue', 'lay lai tien thue', 'dong thua thue', 'nop thua thue', 'tra lai thue', 'xin hoan thue', 'hoan lai thue', 'hoan lai tien thue', 'quyet toan hoan thue', 'quyet toan de hoan thue'],
    ['hoan thue', 'hoan nop thua'],
  ),
  e('Thuế', 'counter', ['thue cho thue nha', 'cho thue nha', 'cho thue phong tro', 'cho thue tro', 'thue nha cho thue'], ['cho thue tai san']),
  // …and said beside the tax paid on it ("cho thuê nhà phải nộp thuế"), the landlord's own declaration of the rent, which
  // the names call "cho thuê bất động sản"; not beside the lease's contract.
  c(
    'Thuế',
    ['nop thue', 'dong thue', 'khai thue', 'chiu thue', 'mat thue', 'tinh thue', 'thue tncn', 'thue thu nhap'],
    ['thue cho thue nha', 'cho thue nha', 'cho thue phong tro', 'cho thue tro', 'cho thue cua hang', 'cho thue mat bang', 'cho thue ki ot'],
    ['cho thue bat dong san', 'cho thue tai san'],
    { unless: ['hop dong', 'chung thuc'] },
  ),
  e('Thuế', 'counter', ['thue ban nha', 'thue ban dat', 'thue chuyen nhuong', 'thue sang ten', 'thue mua ban dat'], ['thu nhap tu chuyen nhuong bat dong san']),
  e('Thuế', 'counter', ['nguoi phu thuoc', 'giam tru gia canh', 'dang ky nguoi phu thuoc'], ['nguoi phu thuoc', 'giam tru gia canh']),
  e('Thuế', 'counter', ['quyet toan thue thu nhap ca nhan', 'quyet toan tncn', 'quyet toan thue tncn', 'quyet toan thue luong'], ['quyet toan thue thu nhap ca nhan']),
  // Settling one's own income tax ("tự đi quyết toán"), not through the employer: the settlement made with the tax office.
  e('Thuế', 'counter', ['tu quyet toan', 'tu di quyet toan', 'tu minh quyet toan', 'tu lam quyet toan'], ['quyet toan thue truc tiep voi co quan thue']),
  // A paper saying one's taxes are paid ("xác nhận không nợ thuế"), asked for a visa, a loan or a tender.
  e(
    'Thuế',
    'counter',
    ['xac nhan da nop thue', 'xac nhan nop thue', 'xac nhan nop du thue', 'xac nhan khong no thue', 'giay khong no thue', 'xac nhan nghia vu thue', 'hoan thanh nghia vu thue'],
    ['xac nhan thuc hien nghia vu thue'],
  ),
  // A personal tax code's details changed or put right ("cập nhật mã số thuế theo căn cước mới"): the change of tax
  // registration, not a first one.
  e(
    'Thuế',
    'counter',
    [
      ...['cap nhat ma so thue', 'cap nhat mst', 'sua ma so thue', 'sua mst', 'sua thong tin ma so thue', 'doi thong tin ma so thue', 'doi thong tin mst'],
      ...['thay doi thong tin ma so thue', 'cap nhat thong tin ma so thue', 'cap nhat thong tin dang ky thue', 'sua thong tin dang ky thue', 'doi thong tin dang ky thue'],
    ],
    ['thay doi thong tin dang ky thue'],
  ),
  c('Thuế', ['ma so thue', 'mst'], ['sua', 'sua lai', 'sua cho khop', 'cho khop', 'cap nhat', 'ghi sai', 'sai thong tin', 'khong khop'], ['thay doi thong tin dang ky thue']),
  // The registration fee on a car or a motorbike: the tax office's declarations name houses, land and boats, and file
  // every vehicle under "tài sản khác", so the vehicle said beside the fee is that declaration's other asset.
  c(
    'Thuế',
    ['truoc ba', 'le phi truoc ba', 'thue truoc ba', 'phi truoc ba'],
    ['xe', 'xe may', 'xe gan may', 'xe mo to', 'mo to', 'xe hon da', 'xe tay ga', 'xe dien', 'o to', 'oto', 'xe hoi', 'xe con', 'xe tai', 'xe khach'],
    ['tai san khac'],
  ),
  e(
    'Đầu tư',
    'counter',
    ['du an dau tu', 'xin du an', 'chu truong dau tu', 'giay chung nhan dau tu', 'nha dau tu nuoc ngoai', 'von nuoc ngoai', 'fdi', 'dau tu nuoc ngoai', 'dau tu vao viet nam'],
    ['dang ky dau tu', 'chu truong dau tu'],
  ),
  e('Đầu tư', 'abbreviation', ['kcn', 'khu cong nghiep', 'kkt', 'khu kinh te', 'cum cong nghiep'], ['khu cong nghiep', 'khu kinh te']),
  e('Đầu tư', 'abbreviation', ['ppp', 'doi tac cong tu'], ['doi tac cong tu']),
  // A company's changes, each to the catalogue's words for it: "thay đổi nội dung đăng ký doanh nghiệp" is said in
  // full only by the special cases (a company split or merged), the ordinary procedures name what changes.
  c('Doanh nghiệp', COMPANY, ['doi ten', 'doi lai ten', 'doi ten goi', 'doi ten cong ty'], ['doi ten cua doanh nghiep']),
  c(
    'Doanh nghiệp',
    COMPANY,
    ['doi dia chi', 'chuyen dia chi', 'doi tru so', 'chuyen tru so', 'doi dia chi tru so', 'chuyen dia chi tru so', 'doi dia chi cong ty'],
    ['thay doi dia chi tru so chinh'],
    { unless: ['chi nhanh', 'van phong dai dien', 'dia diem kinh doanh'] },
  ),
  c('Doanh nghiệp', COMPANY, ['doi nganh nghe', 'them nganh nghe', 'bo sung nganh nghe', 'them nganh', 'doi nganh'], ['thay doi nganh nghe kinh doanh']),
  c('Doanh nghiệp', COMPANY, ['nguoi dai dien', 'lam nguoi dai dien', 'giam doc', 'lam giam doc'], ['nguoi dai dien theo phap luat'], {
    unless: ['chi nhanh', 'van phong dai dien'],
  }),
  // A company closed for good is dissolved; one closed for a while suspends its business (tạm ngừng).
  c('Doanh nghiệp', COMPANY, ['dong cua', 'dong cua luon', 'giai the', 'nghi luon', 'khong lam nua', 'thoi kinh doanh', 'dẹp'], ['giai the doanh nghiep'], {
    unless: ['tam', 'tam ngung', 'tam nghi', 'mot thoi gian', 'chi nhanh', 'van phong dai dien'],
  }),
  c('Doanh nghiệp', COMPANY, ['doi thanh vien', 'them thanh vien', 'rut von', 'chuyen nhuong von', 'ban von', 'ban lai von', 'ban phan von gop'], ['thay doi thanh vien']),
  // A company inherited from an owner or member who died passes to the heir: the change of owner or of member (the
  // catalogue's "chủ sở hữu", "thành viên", "chủ doanh nghiệp chết"), not the sharing of an estate of land.
  c('Doanh nghiệp', COMPANY, ['thua ke', 'nhan thua ke', 'duoc thua ke', 'huong thua ke', 'de lai'], ['thay doi chu so huu', 'thay doi thanh vien'], { unless: ['thue'] }),
  e(
    'Doanh nghiệp',
    'counter',
    [
      'mo chi nhanh',
      'mo them chi nhanh',
      'lap chi nhanh',
      'lap them chi nhanh',
      'thanh lap chi nhanh',
      'dang ky chi nhanh',
      'mo van phong dai dien',
      'lap van phong dai dien',
      'lap them van phong dai dien',
      'mo them van phong dai dien',
    ],
    ['dang ky hoat dong chi nhanh'],
  ),
  e('Doanh nghiệp', 'counter', ['tam ngung cong ty', 'cong ty tam nghi', 'tam dung cong ty', 'cong ty nghi tam'], ['tam ngung kinh doanh']),
  e('Doanh nghiệp', 'counter', ['mat giay phep kinh doanh cong ty', 'mat dang ky doanh nghiep', 'cap lai giay dang ky doanh nghiep'], ['cap lai giay chung nhan dang ky doanh nghiep']),
  e('Doanh nghiệp', 'counter', ['doanh nghiep nho', 'cong ty nho', 'doanh nghiep nho va vua', 'sme', 'khoi nghiep', 'start up'], ['doanh nghiep nho va vua']),
  e(
    'Hộ kinh doanh',
    'counter',
    ['mat giay phep kinh doanh', 'giay phep kinh doanh bi mat', 'lam lai giay phep kinh doanh', 'cap lai giay phep kinh doanh'],
    ['cap lai giay chung nhan dang ky ho kinh doanh'],
  ),
  e(
    'Hộ kinh doanh',
    'counter',
    ['tap hoa', 'quan tap hoa', 'tiem tap hoa', 'quan nuoc', 'quan an', 'quan com', 'quan pho', 'tiem toc', 'tiem sua xe', 'tiem may', 'sap cho', 'ban ngoai cho', 'quan cafe', 'quan ca phe'],
    ['ho kinh doanh'],
  ),
  // Eating and drinking places and the village bakery ("lò bánh mì": folded, "lò" is "lô", a consignment).
  e('Hộ kinh doanh', 'counter', ['quan nhau', 'quan bia', 'quan lau', 'lo banh mi', 'lo banh', 'tiem banh'], ['ho kinh doanh']),

  // — Agriculture, forestry, water, environment, minerals, weather.
  e(
    'Trồng trọt',
    'counter',
    // Farmers name the kind they spray: against weeds, snails, rats, planthoppers ("sâu rầy", not "rẫy", a hill field)
    // are pesticides all the same; "bán thuốc sâu" is no pharmacy's "bán thuốc".
    [
      ...['thuoc tru sau', 'thuoc bao ve thuc vat', 'thuoc sau', 'ban thuoc tru sau', 'ban thuoc sau', 'dai ly thuoc sau', 'bvtv'],
      ...['thuoc diet co', 'thuoc co', 'thuoc xit co', 'thuoc oc', 'thuoc diet oc', 'thuoc phun', 'thuoc sau ray', 'thuoc ray', 'thuoc tri ray'],
    ],
    ['thuoc bao ve thuc vat'],
  ),
  e('Trồng trọt', 'counter', ['phan bon', 'ban phan bon', 'dai ly phan bon', 'san xuat phan bon'], ['phan bon']),
  e('Trồng trọt', 'counter', ['giong cay', 'cay giong', 'vuon uom', 'giong lua', 'cay dau dong'], ['giong cay trong', 'cay dau dong']),
  e(
    'Trồng trọt',
    'counter',
    [
      ...['chuyen dat lua sang trong cay', 'doi ruong trong cay', 'chuyen doi cay trong', 'trong cay tren dat lua'],
      // How a farmer says it: the field "moved over" to another crop; the Mekong Delta's raised beds ("lên líp").
      ...['chuyen sang trong cay', 'ruong chuyen sang trong', 'chuyen ruong sang trong', 'bo lua trong cay', 'bo lua sang trong', 'thoi cay lua', 'len lip trong cay', 'len lip'],
      // A pond dug in the field for fish or shrimp is the same change of rice land (Nghị định 112/2024/NĐ-CP).
      ...['dao ao', 'dao ao tha ca', 'dao ao nuoi ca', 'dao ao nuoi tom', 'chuyen ruong sang nuoi ca', 'chuyen ruong sang nuoi tom', 'ruong sang ao'],
    ],
    ['chuyen doi co cau cay trong'],
  ),
  e('Chăn nuôi', 'counter', ['thuc an chan nuoi', 'cam con', 'cam gia suc', 'thuc an gia suc'], ['thuc an chan nuoi']),
  // A vet's practising certificate is the licence people name ("giấy phép hành nghề thú y", "giấy phép thú y").
  e('Thú y', 'counter', ['giay phep hanh nghe thu y', 'giay phep thu y'], ['chung chi hanh nghe thu y']),
  e('Thú y', 'counter', ['thuoc thu y', 'ban thuoc thu y', 'tiem thu y', 'bac si thu y', 'chua benh cho cho meo', 'phong kham thu y'], ['thuoc thu y', 'hanh nghe thu y']),
  // The catalogue names no slaughter procedure: a slaughterhouse is among the places the agriculture office certifies
  // for food safety (Thông tư 38/2018/TT-BNNPTNT), the farm-food procedure.
  e(
    'Thú y',
    'counter',
    ['lo mo', 'giet mo', 'lo giet mo', 'mo heo', 'lo mo gia suc', 'mổ lợn', 'mổ trâu bò', 'mo gia suc', 'mo gia cam'],
    ['giet mo', 'co so du dieu kien an toan thuc pham', 'thuc pham nong lam thuy san'],
  ),
  // Foods a farming or fishing household makes to sell ("làm nước mắm bán", "phơi khô cá mực", "làm giò chả"): fishery
  // and farm products, whose makers the agriculture office certifies for food safety (Thông tư 38/2018/TT-BNNPTNT).
  e(
    'Thủy sản',
    'counter',
    [
      ...['nuoc mam', 'lam nuoc mam', 'u nuoc mam', 'mam tom', 'mam ruoc', 'lam mam', 'muoi mam', 'ca kho', 'muc kho', 'tom kho', 'phoi kho', 'lam kho ca'],
      ...['gio cha', 'lam gio cha', 'cha lua', 'nem chua', 'lap xuong', 'lam lap xuong', 'banh trang', 'lam banh trang'],
    ],
    ['thuc pham nong lam thuy san', 'co so du dieu kien an toan thuc pham'],
  ),
  // "Chó dại", "chó cắn" with their marks: "cho (có) cần" is a question.
  e('Thú y', 'counter', ['tiem phong', 'chich ngua', 'tiem phong dai', 'chó dại', 'chó cắn'], ['tiem phong', 'benh dai']),
  e('Nông nghiệp', 'counter', ['ho tro nong dan', 'ho tro san xuat', 'thien tai mat mua', 'lu lut mat mua', 'mat mua', 'ho tro giong'], ['ho tro san xuat nong nghiep', 'ho tro khoi phuc san xuat']),
  e('Nông nghiệp', 'counter', ['ocop', 'san pham ocop', 'nong san sach', 'vietgap', 'chung nhan vietgap'], ['ocop', 'nong nghiep tot']),
  // Timber on the road travels with a list of forest products the ranger's office stamps (bảng kê lâm sản).
  e(
    'Lâm nghiệp',
    'counter',
    ['van chuyen go', 'van chuyen go rung trong', 'cho go', 'cho go rung trong', 'ban go', 'xuong go', 'nguon goc go', 'cua xe go'],
    ['lam san', 'nguon goc lam san', 'bang ke lam san'],
  ),
  // Keepers name the animal, often apart from "nuôi" ("nuôi mấy con nhím"): the porcupine, cobra, monitor lizard,
  // python and crocodile are the ones kept most. Not a bare "rắn" (folds as "rán", fried), "trăn" ("trần") or
  // "cá sấu" ("cả sáu", all six).
  e(
    'Kiểm lâm',
    'counter',
    [
      ...['dong vat hoang da', 'trai nuoi dong vat', 'cites', 'nuoi ran', 'nuoi nhim', 'nuoi ca sau', 'nuoi chim', 'nuoi ky da'],
      ...['nhim', 'ran ho mang', 'ky da', 'nuoi tran', 'con tran', 'con ca sau'],
      // forest66: the bamboo rat, the parrot and the hill myna, the sika deer, as keepers name them.
      ...['nuoi dui', 'con dui', 'chuot dui', 'trai dui', 'nuôi vẹt', 'con vẹt', 'chim vẹt', 'chim vet', 'chim yeng', 'con yeng', 'yểng', 'nuoi huou', 'huou sao', 'trai huou'],
    ],
    ['dong vat rung', 'nuoi dong vat rung', 'cites'],
  ),
  e('Thủy lợi', 'counter', ['kenh muong', 'muong nuoc', 'dap nuoc', 'ho chua', 'bờ đê', 'de dieu', 'xay tren de', 'lan chiem kenh', 'cong trinh thuy loi'], ['cong trinh thuy loi', 'de dieu']),
  // The dyke named by its parts, as people living at one say it ("nhà ở chân đê", "đổ bê tông lên mặt đê"). "Đê" folds
  // to "để", and a word typed without marks may be either: only phrases no "để" reads so ("con để", "mất để lại" do).
  e('Đê điều', 'counter', ['chân đê', 'lên mặt đê', 'ven đê', 'sát đê', 'hành lang đê', 'hành lang bảo vệ đê'], ['de dieu']),
  e('Thủy lợi', 'counter', ['nuoc tuoi', 'tien nuoc tuoi', 'tuoi ruong', 'bom nuoc tuoi'], ['thuy loi']),
  e('Tài nguyên nước', 'counter', ['gieng khoan', 'khoan gieng', 'gieng nuoc', 'nuoc ngam', 'nuoc gieng', 'lay nuoc ngam', 'dao gieng', 'nuoc mach', 'bom nuoc ngam'], ['nuoc duoi dat']),
  e('Tài nguyên nước', 'counter', ['lay nuoc song', 'bom nuoc song', 'nuoc mat', 'dung nuoc song'], ['nuoc mat']),
  e('Môi trường', 'counter', ['o nhiem', 'khoi bui', 'tieng on', 'mui hoi', 'xa rac', 'o nhiem moi truong'], ['bao ve moi truong', 'o nhiem moi truong']),
  e('Môi trường', 'counter', ['phi nuoc thai', 'phi moi truong', 'tien moi truong', 'phi bao ve moi truong'], ['phi bao ve moi truong']),
  e('Khoáng sản', 'counter', ['mo cat', 'bai cat', 'khai thac dat', 'mo dat', 'lo gach', 'mo da', 'lay cat song', 'vang sa khoang', 'dao vang'], ['khai thac khoang san', 'khoang san']),
  e('Biển và hải đảo', 'counter', ['lan bien', 'nuoi bien', 'bai tam', 'mat nuoc bien', 'dung bien'], ['giao khu vuc bien', 'su dung khu vuc bien']),
  e('Khí tượng', 'counter', ['thoi tiet', 'du bao thoi tiet', 'tram do mua', 'do mua', 'tram thoi tiet'], ['khi tuong thuy van']),
  e('Đo đạc', 'counter', ['do ve', 'ban do', 'cong ty do dac', 'dich vu do dac'], ['do dac ban do']),

  // — Security-conditioned trades, weapons, fire, data.
  e(
    'Phòng cháy, chữa cháy',
    'counter',
    ['binh chua chay', 'nghiem thu chay', 'duyet chay', 'ho so chay no', 'kiem tra chay no', 'chay no', 'thiet ke pccc', 'nghiem thu phong chay'],
    ['phong chay chua chay', 'tham dinh thiet ke ve phong chay chua chay', 'nghiem thu ve phong chay chua chay'],
  ),
  e('Vũ khí', 'counter', ['vu khi tho so', 'gươm', 'vu khi gia truyen', 'do gia bao', 'trung bay vu khi'], ['vu khi tho so']),
  e('Vũ khí', 'counter', ['ban phao', 'phao hoa tet', 'phao hoa dam cuoi', 'mua phao hoa', 'phao hoa no'], ['phao hoa']),
  e('Dữ liệu', 'counter', ['du lieu ca nhan', 'thong tin ca nhan', 'bao mat thong tin', 'lo thong tin', 'lo du lieu'], ['bao ve du lieu ca nhan', 'du lieu ca nhan']),
  e('An toàn thông tin', 'counter', ['an ninh mang', 'bao mat mang', 'phan mem bao mat', 'chong virus'], ['an toan thong tin mang', 'an ninh mang']),
  // — More everyday names for what people come to do (counter): rebuilding, haulage, land use running out, guns for sport.
  e(
    'Xây dựng',
    'counter',
    ['pha do nha', 'pha nha cu', 'do nha cu', 'xay lai', 'xay lai nha', 'xay nha moi', 'dap di xay lai', 'lam nha moi', 'cat nha'],
    ['cap giay phep xay dung moi', 'giay phep xay dung'],
  ),
  e(
    'Đường bộ',
    'counter',
    ['xe tai cho hang', 'cho hang', 'cho hang thue', 'xe cho hang', 'van tai hang hoa', 'chay xe tai', 'xe dau keo', 'xe container'],
    ['kinh doanh van tai bang xe o to', 'phu hieu'],
  ),
  e(
    'Đất đai',
    'counter',
    // One entry, not two: "gia hạn sử dụng đất" read as two concepts found only the weaker in the commune's procedure
    // (Xác nhận tiếp tục sử dụng đất nông nghiệp). The elderly name the plot and the allotment running out.
    [
      ...['gia han su dung dat', 'het han su dung dat', 'het thoi han su dung dat', 'gia han dat', 'dat het han', 'dat het thoi han', 'dat nong nghiep het han'],
      ...['ruong het han', 'dat ruong het han', 'het han giao dat', 'het thoi han giao dat', 'xin tiep tuc su dung dat', 'tiep tuc su dung ruong', 'tiep tuc cay cay'],
    ],
    ['tiep tuc su dung dat nong nghiep', 'gia han su dung dat'],
  ),
  // Said of farmland, the extension is the commune's confirmation that a household goes on using it (the 2024 land law
  // extends farmland by itself), not the province's extension of land leased or allotted to a project.
  c(
    'Đất đai',
    ['dat nong nghiep', 'dat ruong', 'ruộng', 'dat lua', 'dat trong lua', 'dat vuon', 'dat trong cay', 'dat san xuat'],
    ['gia han', 'gia han su dung dat', 'het han', 'het han su dung dat', 'het thoi han', 'het thoi han su dung dat', 'gia han dat', 'dat het han'],
    ['tiep tuc su dung dat nong nghiep'],
  ),
  // The paper "made again" because the land's term ran out ("đất nông nghiệp hết thời hạn sử dụng rồi, phải đi làm lại
  // giấy"): the term going on (Xác nhận tiếp tục sử dụng đất nông nghiệp), not a certificate reissued as if lost.
  c(
    'Đất đai',
    ['het thoi han su dung', 'het han su dung', 'het thoi han su dung dat', 'het han su dung dat', 'het han giao dat', 'het thoi han giao dat'],
    ['lam lai giay', 'lam lai so', 'lam giay lai', 'lam so lai', 'lam lai giay to', 'doi lai giay', 'doi giay'],
    ['tiep tuc su dung dat nong nghiep'],
  ),
  // The land use right let ("cho thuê quyền sử dụng đất"): a land user's own right to let it (Luật Đất đai 2024, the
  // rights of individuals using land), registered as a change; the State leases land ("cho thuê đất"), never a right.
  e(
    'Đất đai',
    'legal',
    ['cho thue quyen su dung dat', 'cho thue lai quyen su dung dat', 'cho thue quyen sd dat', 'cho thue qsdd'],
    ['cho thue cho thue lai quyen su dung dat', 'dang ky bien dong quyen su dung dat'],
  ),
  // Land leased running out ("gia hạn thuê đất", "hết hạn thuê đất"): the term of use is adjusted, or farmland's use
  // confirmed to go on; not a new lease. "Thuê" with its marks: "gia hạn thuế" is a tax deferred.
  e(
    'Đất đai',
    'counter',
    [
      ...['gia hạn thuê đất', 'hết hạn thuê đất', 'thuê đất hết hạn', 'gia hạn hợp đồng thuê đất', 'hết hạn hợp đồng thuê đất'],
      ...['gia hạn thời hạn thuê đất', 'kéo dài thời hạn thuê đất', 'thuê tiếp đất', 'xin thuê tiếp', 'gia hạn thời hạn sử dụng đất'],
    ],
    ['dieu chinh thoi han su dung dat', 'tiep tuc su dung dat nong nghiep'],
  ),
  e('Vũ khí', 'counter', ['sung hoi', 'sung the thao', 'sung ban bia', 'sung tap ban'], ['vu khi the thao']),
  e(
    'Kế toán',
    'counter',
    ['chung chi ke toan', 'chung chi hanh nghe ke toan', 'thi ke toan', 'thi kiem toan', 'chung chi kiem toan'],
    ['chung chi kiem toan vien hoac chung chi ke toan vien', 'chung chi ke toan vien'],
  ),
  e('Công chứng', 'counter', ['chung chi cong chung vien', 'chung chi hanh nghe cong chung', 'hanh nghe cong chung', 'lam cong chung vien'], ['bo nhiem cong chung vien', 'the cong chung vien']),

  // — Fifth session (3 Dec 2026): what owners, farmers and boatmen call a trade's own papers (counter knowledge
  // of the permits each trade needs, written by trade; not from any test query).
  e('Chăn nuôi', 'counter', ['giay phep chan nuoi', 'xin phep chan nuoi', 'giay phep trang trai', 'giay phep nuoi heo', 'giay phep nuoi lon', 'dieu kien chan nuoi'], ['du dieu kien chan nuoi']),
  // Someone raising pigs who asks what paper they need means the livestock farm's certificate.
  c('Chăn nuôi', ['nuoi heo', 'nuoi lon', 'nuoi ga', 'nuoi vit', 'nuoi bo', 'chan nuoi', 'trang trai', 'chuong trai'], ['giay phep', 'xin phep', 'giay to', 'dang ky'], ['du dieu kien chan nuoi']),
  // Fish or shrimp farmers asking to register: the register of aquaculture (cages, key species).
  c(
    'Thủy sản',
    ['nuoi tom', 'nuoi ca', 'ao nuoi', 'nuoi trong thuy san', 'long be', 'nuoi ca long', 'dam tom'],
    ['dang ky', 'giay phep', 'xin phep', 'giay to'],
    ['xac nhan dang ky nuoi trong thuy san', 'xac nhan nuoi trong thuy san'],
    // Not fish raised in the rice field: the change of crops on rice land (lexicon-context.ts).
    { unless: ['ruong lua', 'dat lua', 'dat trong lua', 'trong lua', 'cay lua'] },
  ),
  // …and fishermen asking for the paper to go to sea with ("xin phép cho ghe ra khơi đánh cá", "tàu ra khơi cần giấy phép
  // gì"): the fishing licence, not the approval to fish in another country's waters that shares its words.
  c(
    'Thủy sản',
    ['danh ca', 'danh bat', 'ra khoi', 'di bien', 'bat ca', 'khai thac thuy san', 'khai thac hai san'],
    ['giay phep', 'xin phep', 'can giay phep', 'cap phep', 'xin giay phep'],
    ['giay phep khai thac thuy san'],
    { unless: ['nuoc ngoai', 'vung bien quoc te', 'hai ngoai', 'nhap khau', 'nuoi'] },
  ),
  // "Ra biển" said of a boat is going to sea ("tàu cá phải đăng ký mới được ra biển"), not the plates a new vehicle gets
  // ("ra biển số", lexicon.ts): why the boat's paper is asked, no vehicle's.
  // Bare "tau" is also "tậu" (to buy) folded: the boat named with its neighbours.
  c('Thủy sản', ['ghe', 'thuyen', 'tau ca', 'tau thuyen', 'chiec tau', 'con tau', 'ghe ca', 'thuyen ca', 'danh ca', 'danh bat', 'bat ca', 'ngu dan'], ['ra bien', 'ra bien khoi'], []),
  // "Nhập khẩu" is moving into a household register in everyday speech; said of goods, it is an import.
  c('Hải quan', ['hang', 'hang hoa', 'lo hang', 'hai quan', 'to khai', 'container', 'thue', 'may moc', 'xe', 'o to'], ['nhap khau', 'nhap hang'], ['nhap khau']),
  // Boatmen's papers: the skipper's and engineer's certificates, the seaman's book (a train driver's licence is "giấy phép lái tàu").
  e(
    'Đường thủy',
    'counter',
    ['bang lai tau thuyen', 'giay phep lai tau thuyen', 'lai tau thuyen', 'bang thuyen truong', 'bang may truong', 'bang lai ghe', 'lai ghe', 'lai ca no', 'bang lai ca no'],
    ['giay chung nhan kha nang chuyen mon', 'chung chi chuyen mon'],
  ),
  // …and the licence said beside the boat ("chạy đò mà chưa có bằng, muốn thi bằng lái", "chứng chỉ thuyền trưởng"): a
  // boatman's certificate, not a driving licence.
  c(
    'Đường thủy',
    ['ghe', 'xuong', 'thuyen', 'ca no', 'sa lan', 'tau song', 'chay do', 'lai do', 'do may', 'con do', 'cho do', 'thuy noi dia'],
    ['bang lai', 'lay bang lai', 'thi bang lai', 'lam bang lai', 'hoc bang lai', 'thi bang', 'chung chi', 'thuyen truong', 'may truong', 'chung chi thuyen truong'],
    ['giay chung nhan kha nang chuyen mon', 'chung chi chuyen mon'],
    { unless: ['xe', 'o to', 'mo to', 'tau bien', 'tau ca', 'danh ca'] },
  ),
  // …the same licence got by an exam ("chưa có bằng", "đi học thi lấy bằng", "chứng chỉ lái"), and asked of a river
  // ship ("bằng lái tàu thủy"): the inland boatman's certificate, not the seafarers' (dues58).
  c(
    'Đường thủy',
    ['ghe', 'xuong', 'thuyen', 'ca no', 'sa lan', 'tau song', 'chay do', 'lai do', 'do may', 'con do', 'cho do', 'thuy noi dia', 'duong thuy'],
    ['chua co bang', 'lay bang', 'thi lay bang', 'hoc thi', 'hoc lay bang', 'thi bang lai ghe', 'chung chi lai', 'bang lai do', 'bang lai thuyen'],
    ['chung chi chuyen mon', 'giay chung nhan kha nang chuyen mon chung chi chuyen mon'],
    { unless: ['xe', 'o to', 'mo to', 'tau bien', 'tau ca', 'danh ca'] },
  ),
  c(
    'Đường thủy',
    ['tau thuy', 'tau song', 'thuy noi dia'],
    ['bang lai tau', 'bang lai tau thuy', 'bang tau thuy'],
    ['chung chi chuyen mon', 'giay chung nhan kha nang chuyen mon chung chi chuyen mon'],
    {
      unless: ['tau bien', 'hang hai'],
    },
  ),
  e('Hàng hải', 'counter', ['thuyen vien', 'chung chi thuyen vien', 'lam thuyen vien', 'di tau bien', 'so thuyen vien'], ['so thuyen vien', 'thuyen vien']),
  // Drivers and hauliers say "giấy phép vận tải" for the transport business licence (the international
  // permits are a specialist's, see audience.ts).
  e(
    'Đường bộ',
    'counter',
    ['giay phep van tai', 'gpkdvt', 'xin giay phep van tai', 'giay phep xe khach', 'giay phep chay xe dich vu', 'giay phep van tai hang hoa', 'mo cong ty van tai'],
    ['giay phep kinh doanh van tai'],
  ),
  // Traders say "mua bán" or "bán" for what the catalogue calls "buôn bán" (of pesticides, fertiliser, veterinary drugs).
  e('hành chính', 'counter', ['mua ban', 'ban le', 'ban si', 'mo dai ly', 'dai ly ban'], ['buon ban']),
  // Coal and ores are minerals; their licence is the mining licence. Not bare "than": folded, it is also "thân" (the
  // story's "ông cụ thân sinh", "người thân"), and the lexicon cannot write a word without marks as one typed so.
  e('Khoáng sản', 'counter', ['mo than', 'khai thac than', 'than da', 'quặng', 'mo quang', 'khai thac quang', 'quang sat', 'titan', 'da voi'], ['khai thac khoang san', 'khoang san']),
  // Felling trees is the timber harvest plan the commune or province approves.
  e('Lâm nghiệp', 'counter', ['chat cay rung', 'chat rung', 'cat cay rung', 'khai thac rung', 'ha cay', 'ban go rung trong', 'khai thac rung trong'], ['khai thac go']),
  // …and so is felling a planted timber crop by its trees' names (acacia, melaleuca, eucalyptus, rubber, pine), which
  // growers call their garden, not a forest: "cắt cây keo trong vườn" is not the street trees' felling.
  c(
    'Lâm nghiệp',
    ['keo', 'cay keo', 'vuon keo', 'rung keo', 'tram', 'cay tram', 'bach dan', 'cay bach dan', 'cao su', 'cay cao su', 'thong', 'cay thong'],
    ['cat', 'chat', 'cat cay', 'chat cay', 'don', 'don cay', 'ha cay', 'khai thac', 'thu hoach'],
    ['khai thac go'],
  ),
  // Timber carried away (a lorry of wood, logs sold to a mill) travels with the list of forest products the ranger confirms;
  // the grower counts it in lorries ("chở mấy xe gỗ keo").
  e('Kiểm lâm', 'counter', ['cho go', 'van chuyen go', 'xe cho go', 'cho go di ban', 'van chuyen lam san', 'cho cui', 'xe go', 'chuyen go'], ['bang ke lam san', 'lam san']),
  // The "legal origin" a buyer asks of timber sold at home ("thương lái đòi giấy nguồn gốc gỗ"): the forest-product list
  // the ranger confirms, not the check before export that shares the words.
  c(
    'Kiểm lâm',
    ['go', 'lam san', 'thuong lai', 'ban', 'cho', 'keo', 'bach dan', 'tram', 'rung trong', 'xuong', 'nha may'],
    ['nguon goc go', 'nguon goc lam san', 'go hop phap', 'nguon goc hop phap', 'giay nguon goc', 'xac nhan nguon goc', 'xac nhan nguon goc go', 'xac nhan go hop phap'],
    ['bang ke lam san'],
    { unless: ['xuat khau', 'nuoc ngoai', 'xuat di'] },
  ),
  // A fishing boat's yearly check told apart from the word "đăng kiểm" ("tàu cá sắp đến kỳ kiểm tra an toàn kỹ thuật,
  // đăng kiểm ở đâu"): the fishing vessel's technical safety, not a car's inspection.
  c('Thủy sản', ['tau ca', 'ghe ca', 'thuyen ca', 'tau danh ca', 'ghe danh ca'], ['dang kiem', 'kiem dinh', 'an toan ky thuat', 'kiem tra an toan'], ['an toan ky thuat tau ca']),
  // Plant quarantine said whole ("kiểm dịch thực vật", "KDTV"): read apart, "kiểm dịch" was the animals' and "vật" VAT.
  e('Trồng trọt', 'counter', ['kiem dich thuc vat', 'kdtv', 'kiem dich trai cay', 'kiem dich hat giong', 'kiem dich cay giong'], ['kiem dich thuc vat']),
  e('Trồng trọt', 'counter', ['thuc vat'], ['thuc vat']),
  // Produce "sold over to China", "xuất sang" a country: an export, as traders and growers say it (nature63).
  e('Xuất nhập khẩu', 'counter', ['xuat sang', 'ban sang trung quoc', 'ban qua trung quoc', 'ban sang nuoc ngoai', 'ban ra nuoc ngoai', 'ban qua nuoc ngoai'], ['xuat khau']),
  // Goods "xuất đi nước ngoài", "mang ra nước ngoài": an export, no traveller's passport (forest66).
  e('Xuất nhập khẩu', 'counter', ['xuat di nuoc ngoai', 'xuat ra nuoc ngoai', 'xuat qua nuoc ngoai', 'ban di nuoc ngoai', 'mang ra nuoc ngoai', 'mang sang nuoc ngoai'], ['xuat khau']),
  // A crop variety one bred or sells ("giống lúa tôi lai ra, muốn bán cho bà con"): put into circulation, the variety's
  // recognition for circulation (lưu hành), not a forest tree's source of seed nor the breeder's protection.
  c(
    'Trồng trọt',
    ['giong lua', 'giong ngo', 'giong bap', 'giong rau', 'giong cay', 'hat giong', 'giong cay trong', 'lai tao', 'giong moi'],
    // …or traded ("kinh doanh giống cây trồng", "buôn bán hạt giống") (nature63).
    ['ban giong', 'de ban', 'dem ban', 'duoc ban', 'cho ban', 'luu hanh', 'dang ky luu hanh', 'cho phep luu hanh', 'kinh doanh', 'buon ban'],
    ['cong nhan luu hanh giong cay trong'],
    { unless: ['lam nghiep', 'rung', 'bao ho', 'xuat khau', 'nhap khau'] },
  ),
  // Fruit-tree seedlings raised or sold by a nursery ("buôn bán cây giống ăn trái", "bán cây giống bưởi"): grafted from
  // recognised mother trees, the recognition of a mother tree or garden (Luật Trồng trọt art. 22) (nature63).
  c(
    'Trồng trọt',
    ['ban', 'buon ban', 'kinh doanh', 'san xuat', 'vuon uom', 'uom', 'nhan giong', 'ghep', 'chiet', 'cho ba con'],
    [
      ...['cay giong an trai', 'cay giong an qua', 'giong cay an trai', 'giong cay an qua', 'cay giong cay an trai', 'cay giong cay an qua'],
      ...['cay giong buoi', 'cay giong cam', 'cay giong xoai', 'cay giong sau rieng', 'cay giong mit', 'cay giong nhan', 'cay giong vai', 'cay giong ca phe'],
    ],
    ['cay an qua lau nam nhan giong'],
    { unless: ['chuyen doi', 'chuyen sang', 'chuyen qua', 'trong lua', 'dat lua', 'ruong'] },
  ),
  // "Ra khỏi xã / tỉnh" (out of the commune, the province): goods or animals carried across the boundary, whose
  // names say "vận chuyển ra khỏi địa bàn". Folded it is "ra khơi" (put out to sea), which it is only said of boats.
  c('Thú y', ['xa', 'tinh', 'huyen', 'dia ban', 'dia phuong', 'tinh khac', 'xa khac'], ['ra khoi', 'mang ra khoi', 'dua ra khoi', 'cho ra khoi'], ['van chuyen ra khoi dia ban'], {
    unless: ['ghe', 'tau', 'thuyen', 'danh ca', 'danh bat', 'di bien', 'bien'],
  }),
  // …and animals sold "ra tỉnh ngoài", "sang tỉnh khác": the same crossing, said the other way.
  c(
    'Thú y',
    // Folded, a bare "lon", "bo", "de" is also "lớn", "bố", "để": the animals said with their neighbours.
    // Bare "gà" only as a context ("chuyển gà qua tỉnh khác bán"): said beside a province crossed, it is no station.
    ['heo', 'trau', 'vit', 'gia suc', 'gia cam', 'dong vat', 'kiem dich', 'nuoi lon', 'con lon', 'dan lon', 'con bo', 'dan bo', 'nuoi bo', 'con ga', 'dan ga', 'nuoi ga', 'ga'],
    // "Qua" is the South's "sang" ("chở heo qua tỉnh khác").
    // A buyer "ở tỉnh khác", "từ tỉnh khác" (a trader from another province come to buy) carries them across too.
    ['ra tinh ngoai', 'ra ngoai tinh', 'ra tinh khac', 'sang tinh khac', 'sang tinh ngoai', 'di tinh khac', 've tinh khac', 'qua tinh khac', 'qua tinh ngoai', ...FROM_ELSEWHERE],
    ['van chuyen ra khoi dia ban'],
    // Plants carried so are no animals: "chở cây giống đi tỉnh khác có cần kiểm dịch thực vật" (nature63).
    { unless: PLANTS_CARRIED },
  ),
  // …the plants' own crossing: a lot carried out of an infested zone is what plant quarantine at home certifies.
  c(
    'Trồng trọt',
    PLANTS_CARRIED,
    ['ra tinh ngoai', 'ra ngoai tinh', 'ra tinh khac', 'sang tinh khac', 'sang tinh ngoai', 'di tinh khac', 've tinh khac', 'qua tinh khac', 'qua tinh ngoai', 'vao nam', 'ra bac'],
    ['lo vat the van chuyen'],
    { unless: ['xuat khau', 'nhap khau', 'nuoc ngoai'] },
  ),
  // …and a bare cow, written with its marks ("bán bò qua tỉnh khác"): "bò" is no "bố", "bỏ" or "bộ", which fold alike.
  c(
    'Thú y',
    ['ra tinh ngoai', 'ra ngoai tinh', 'ra tinh khac', 'sang tinh khac', 'sang tinh ngoai', 'di tinh khac', 've tinh khac', 'qua tinh khac', 'qua tinh ngoai', ...FROM_ELSEWHERE],
    ['bò', 'con bò', 'đàn bò', 'trâu bò'],
    ['van chuyen ra khoi dia ban', 'dong vat'],
  ),
  // A cooperative group is not a cooperative: the phrase is its own, so "tổ hợp tác" is not read as "hợp tác xã".
  e('Hợp tác xã', 'legal', ['to hop tac'], ['to hop tac']),
  // A programme is a word of its own: read as its syllables, "chương trình xuất khẩu lao động" held the "trình" of
  // "trình báo mất hộ chiếu" (a lost passport's report).
  e('hành chính', 'legal', ['chuong trinh'], ['chuong trinh']),
  // — By field (6 Dec 2026, issue 17): what each field's papers are called at the counter, in the three voices
  // (the elderly's old names, the countryside's words without marks, the young's short forms), where the fields
  // above left them out. Land and housing: a flat bought from a developer and a plot larger than its paper. A flat's
  // paper is the land certificate all the same ("đổi sổ hồng chung cư" is its exchange): only getting it the first
  // time from the developer's project is the buyer's own procedure.
  e(
    'Nhà ở',
    'counter',
    [
      ...['lam so chung cu', 'lam so can ho', 'lam so nha du an', 'can ho mua cua chu dau tu', 'nha mua cua chu dau tu'],
      ...['chu dau tu lam so', 'mua nha du an lam so', 'mua can ho lam so', 'chua co so chung cu', 'cho so chung cu'],
    ],
    [PROJECT_BUYER],
  ),
  // …and said with the words for the paper, of a flat or a project ("mua căn hộ chung cư, làm sổ hồng").
  c('Nhà ở', ['chung cu', 'can ho', 'nha du an', 'dat du an', 'chu dau tu'], FLAT_PAPER_ASKED, [PROJECT_BUYER], { unless: ['ban quan tri', 'nha o xa hoi', 'nha xa hoi'] }),
  // …and the flat itself, so named beside its first paper ("làm sổ hồng chung cư lần đầu"), is the project's flat, not
  // the building its residents' board runs; a flat's paper had "the first time" is that buyer's too, no household's
  // first registration of the land it uses.
  c('Nhà ở', [...FLAT_PAPER_ASKED, 'lan dau'], FLAT, [PROJECT_BUYER], { unless: FLAT_PAPER_HAD }),
  c('Nhà ở', FLAT, ['lan dau', 'cap lan dau', 'lam lan dau', 'dang ky lan dau'], [PROJECT_BUYER], { unless: FLAT_PAPER_HAD }),
  // A plot measured larger than its paper says, in words that cannot be "đủ" (enough area, to split a plot: "dư" and
  // "đủ" fold alike, so a bare "dư diện tích" is left out).
  e(
    'Đất đai',
    'counter',
    [
      'đất bị dư',
      'đo lại dư',
      'dư ra so với sổ',
      'dien tich tang them',
      'dien tich tang',
      'dien tich thuc te lon hon',
      'dien tich thuc te nhieu hon',
      'dat nhieu hon so',
      'dat rong hon so',
      // …and measured against the paper ("đo lại thấy rộng hơn trong giấy").
      ...['rong hon trong giay', 'rong hon giay', 'rong hon trong so', 'rong hon so voi giay', 'rong hon so voi so', 'lon hon trong giay', 'lon hon trong so'],
    ],
    ['thua dat co dien tich tang them'],
  ),
  // Household business and companies: a second shop of a company, a family shop grown into a company, the company's
  // own registration paper (owners and their accountants say "giấy phép kinh doanh", "ĐKDN").
  e(
    'Doanh nghiệp',
    'counter',
    ['mo dia diem kinh doanh', 'lap dia diem kinh doanh', 'them dia diem kinh doanh', 'mo them dia diem', 'mo them diem ban', 'mo kho hang', 'lap kho hang', 'dia diem kinh doanh moi'],
    ['thong bao lap dia diem kinh doanh'],
  ),
  // …and so is a company's new shop: a family's first shop is a household business, a company's is a place of business.
  // One more shop counted or numbered ("mở thêm một cửa hàng", "cửa hàng thứ hai") is the same new shop.
  c(
    'Doanh nghiệp',
    COMPANY,
    [
      ...['mo cua hang', 'mo them cua hang', 'mo them cho', 'mo them co so', 'mo them tiem', 'mo cua hang moi'],
      ...['mo them mot cua hang', 'mo mot cua hang', 'them mot cua hang', 'cua hang thu hai', 'cua hang thu 2', 'co so thu hai', 'co so thu 2'],
    ],
    ['thong bao lap dia diem kinh doanh'],
    { unless: ['chi nhanh', 'van phong dai dien'] },
  ),
  e(
    'Doanh nghiệp',
    'counter',
    [
      ...['ho kinh doanh len cong ty', 'ho kinh doanh len doanh nghiep', 'hkd len cong ty', 'ho ca the len cong ty', 'chuyen ho kinh doanh thanh cong ty'],
      ...['chuyen ho kinh doanh sang cong ty', 'chuyen tu ho kinh doanh sang cong ty', 'nang len cong ty', 'chuyen len cong ty', 'chuyen len doanh nghiep'],
    ],
    ['chuyen doi ho kinh doanh thanh doanh nghiep'],
  ),
  // A company's "business registration" ("update địa chỉ cty trên dkkd", "giấy phép kinh doanh của công ty"): the
  // enterprise's certificate, which people still call by the household's old name (counter speech).
  c('Doanh nghiệp', COMPANY, ['dkkd', 'dang ky kd', 'dang ky kinh doanh', 'gpkd', 'giay phep kinh doanh', 'giay dang ky kinh doanh', 'giay phep kd'], ['giay chung nhan dang ky doanh nghiep']),
  e('Doanh nghiệp', 'abbreviation', ['dkdn', 'gcndkdn', 'giay phep kinh doanh cong ty', 'giay phep cong ty', 'dang ky kinh doanh cong ty'], ['giay chung nhan dang ky doanh nghiep']),
  // Cooperative groups: set up and closed with a notice to the commune (the groups of farmers, fishers, craftsmen).
  e(
    'Hợp tác xã',
    'counter',
    ['dang ky to hop tac', 'lap to hop tac', 'thanh lap to hop tac', 'mo to hop tac', 'lap to san xuat', 'lap to hop tac san xuat', 'lap to lien ket'],
    ['dang ky thanh lap to hop tac', 'thong bao thanh lap'],
  ),
  e(
    'Hợp tác xã',
    'counter',
    ['giai the to hop tac', 'dong to hop tac', 'giai tan to hop tac', 'nghi to hop tac', 'cham dut to hop tac'],
    ['cham dut hoat dong to hop tac', 'cham dut hoat dong cua to hop tac'],
  ),
  e('Hợp tác xã', 'counter', ['to hop tac len htx', 'to hop tac len hop tac xa', 'chuyen to hop tac thanh htx', 'nang to hop tac len hop tac xa'], ['chuyen doi to hop tac thanh hop tac xa']),
  // Vehicles and boats. A licence from the army or the police, or from abroad, is exchanged by its own procedure.
  e(
    'Sát hạch lái xe',
    'counter',
    ['bang lai quan doi', 'bang quan doi', 'bang lai xe quan doi', 'bang lai quan su', 'bang quan su', 'bang lai xe quan su', 'bang lai bo doi', 'bang bo doi', 'bang lai xe bo doi'],
    ['giay phep lai xe quan su do bo quoc phong cap'],
  ),
  e('Sát hạch lái xe', 'counter', ['bang lai cong an', 'bang lai xe cong an', 'bang lai nganh cong an', 'bang cong an'], ['giay phep lai xe cong an nhan dan']),
  e(
    'Sát hạch lái xe',
    'counter',
    ['bang lai nuoc ngoai', 'bang nuoc ngoai', 'bang lai xe nuoc ngoai', 'bang lai cua nuoc ngoai', 'bang lai han quoc', 'bang lai nhat', 'bang lai my', 'bang lai uc', 'bang lai dai loan'],
    ['giay phep lai xe hoac bang lai xe cua nguoi nuoc ngoai'],
  ),
  // A boat sold, bought second-hand or scrapped: its registration is made again or struck off (the owners' words).
  c(
    'Đường thủy',
    ['ghe', 'xuồng', 'thuyền', 'ghe may', 'xuồng máy', 'thuyen may', 'ca nô', 'sa lan', 'do may', 'tau song', 'phuong tien thuy'],
    ['sang ten', 'mua lai', 'mua ban', 'mua cu', 'doi chu', 'doi ten chu', 'ban lai', 'chuyen nhuong', 'dung ten'],
    ['chuyen quyen so huu phuong tien'],
    { unless: ['tau ca', 'ghe ca', 'thuyen ca', 'danh ca'] },
  ),
  c(
    'Đường thủy',
    ['ghe', 'xuồng', 'thuyền', 'ghe may', 'xuồng máy', 'thuyen may', 'ca nô', 'sa lan', 'do may', 'tau song', 'phuong tien thuy'],
    ['bi chim', 'chim mat', 'hu hong', 'hu nat', 'khong dung nua', 'thanh ly', 'pha bo', 'xoa ten', 'xoa so'],
    ['xoa dang ky phuong tien'],
    { unless: ['tau ca', 'ghe ca', 'thuyen ca', 'danh ca', ...PAPERS_REMADE] },
  ),
  // Fishing boats: built or bought (the province approves it first), and struck off when sunk, broken up or sold away.
  e(
    'Thủy sản',
    'counter',
    ['dong tau ca', 'dong tau moi', 'dong moi tau', 'dong ghe moi', 'dong ghe ca', 'dong thuyen moi', 'mua tau ca cu', 'mua lai tau ca', 'thue tau ca', 'hoan cai tau ca', 'cai hoan tau'],
    ['dong moi cai hoan thue mua tau ca'],
  ),
  c(
    'Thủy sản',
    ['tau ca', 'ghe ca', 'thuyen ca', 'tau danh ca', 'ghe danh ca'],
    ['bi chim', 'chim mat', 'hu hong', 'khong dung nua', 'thanh ly', 'pha bo', 'ban ra tinh', 'xoa ten', 'xoa so'],
    ['xoa dang ky tau ca'],
    { unless: PAPERS_REMADE },
  ),
  // A fishing boat changing hands ("đổi tên chủ", bought second-hand) is registered anew in the buyer's name; "đổi tên"
  // said of a boat or its owner is no person's change of name in the civil-status register.
  c(
    'Thủy sản',
    ['tau ca', 'ghe ca', 'thuyen ca', 'tau danh ca', 'ghe danh ca', 'thuyen danh ca'],
    ['doi ten chu', 'doi chu', 'doi ten', 'sang ten', 'mua lai', 'ban lai', 'chuyen nhuong', 'dung ten'],
    ['giay chung nhan dang ky tau ca'],
  ),
  // The waterway field's names say bare "phương tiện" ("Cấp lại Giấy chứng nhận đăng ký phương tiện", "Xóa đăng ký
  // phương tiện"): there it is the inland craft, as a land procedure's bare "Giấy chứng nhận" is the land certificate.
  c('Đường thủy', ['ghe', 'thuyen', 'xuong', 'do may', 'ca nô', 'sa lan', 'tau song'], ['phuong tien'], ['phuong tien thuy noi dia'], { inField: ['duong thuy noi dia'] }),
  c('Đường thủy', ['ghe', 'thuyen', 'xuong', 'do may', 'ca no', 'sa lan', 'tau song'], BOAT_CARGO, []),
  // A boat just built ("ghe mới đóng", "vừa đóng xong") is registered for the first time (nature63).
  c(
    'Đường thủy',
    ['ghe', 'xuồng', 'thuyền', 'ghe may', 'xuồng máy', 'thuyen may', 'ca nô', 'sa lan', 'do may', 'tau song'],
    ['moi dong', 'vua dong', 'moi dong xong', 'vua dong xong', 'dong xong', 'moi dong gan may'],
    ['dang ky phuong tien lan dau'],
    { unless: ['tau ca', 'ghe ca', 'thuyen ca', 'danh ca', 'danh bat'] },
  ),
  // A boat carrying passengers or goods for hire is an inland waterway craft, registered with the waterway office, not a
  // fishing vessel, however "đăng ký thuyền" is read alone.
  c(
    'Đường thủy',
    [
      ...['cho khach', 'cho nguoi', 'cho hang', 'cho hanh khach', 'dua khach', 'dua do', 'cho thue', 'du lich', 'cho khach qua song'],
      // …or its cargo named ("ghe máy chở lúa", "xuồng chở cát"), carried, not asked for (see BOAT_CARGO).
      ...BOAT_CARGO,
    ],
    // "Xuồng" written with its marks: "cán bộ xuống nhà", "xuống xã" (to go down) is no boat.
    ['thuyen', 'ghe', 'xuồng', 'thuyen may', 'ghe may', 'xuồng máy', 'dang ky thuyen', 'dang ky ghe', 'dang ky thuyen may'],
    ['dang ky phuong tien', 'phuong tien thuy noi dia'],
    { unless: ['tau ca', 'danh ca', 'danh bat'] },
  ),
  // Insurance dues left unpaid and paid late ("truy đóng", "nợ tiền bảo hiểm", "đóng bù"): the registration's
  // adjustment of what is paid, compulsory or voluntary; and an employer signing its workers up.
  e(
    'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN',
    'counter',
    ['truy dong', 'truy dong bhxh', 'truy dong bao hiem', 'dong bu bao hiem', 'dong bu bhxh', 'no tien bao hiem', 'no bao hiem', 'no bhxh', 'cham dong bao hiem', 'cham dong bhxh'],
    ['dieu chinh dong bhxh'],
  ),
  c('Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN', ['bao hiem', 'bhxh'], ['dong bu', 'dong bu cho', 'nop bu', 'dong them cho du'], ['dieu chinh dong bhxh']),
  e(
    'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN',
    'counter',
    [
      ...['cong nhan', 'nhan vien', 'nguoi lao dong', 'tho'].flatMap((w) => [`dong bhxh cho ${w}`, `dong bao hiem cho ${w}`, `dong bao hiem xa hoi cho ${w}`]),
      ...['bhxh bat buoc', 'bao hiem bat buoc', 'bao hiem xa hoi bat buoc'],
    ],
    ['dang ky dieu chinh dong bhxh bhyt bhtn'],
  ),
  // Social insurance: a pension paid into a bank account rather than in cash at the post office, what was left unpaid
  // when a pensioner died, a lump sum on leaving to live abroad (how pensioners and their children say it).
  c(
    'Bảo hiểm xã hội',
    ['luong huu', 'tien huu', 'tro cap', 'bhxh', 'bao hiem xa hoi', 'che do', 'tien tuat', 'tro cap hang thang'],
    ['qua tai khoan', 'bang tai khoan', 'vao tai khoan', 'tai khoan ngan hang', 'qua ngan hang', 'qua the', 'the atm', 'atm', 'chuyen khoan', 'khong lanh tien mat'],
    ['linh bang tai khoan ca nhan', 'tien mat chuyen sang linh bang tai khoan'],
  ),
  // …where the pension is what is paid, not what is asked ("nhận lương hưu qua tài khoản ngân hàng"): the catalogue names
  // it with the fund's other benefits, "lĩnh chế độ bảo hiểm xã hội", so the pension's own award does not come first.
  c(
    'Bảo hiểm xã hội',
    ['qua tai khoan', 'bang tai khoan', 'vao tai khoan', 'tai khoan ngan hang', 'qua ngan hang', 'qua the', 'the atm', 'chuyen khoan', 'khong lanh tien mat'],
    ['luong huu', 'nhan luong huu', 'lanh luong huu', 'linh luong huu', 'tien huu', 'tien luong huu'],
    ['che do bao hiem xa hoi'],
  ),
  e(
    'Bảo hiểm xã hội',
    'counter',
    ['lanh not luong huu', 'linh not luong huu', 'luong huu chua lanh', 'luong huu chua linh', 'truy linh', 'truy lanh', 'lanh phan con lai', 'linh phan con lai'],
    ['truy linh luong huu', 'con che do chua nhan'],
  ),
  // …said of the pension or the insurance only: going to live abroad is otherwise a passport's errand.
  c(
    'Bảo hiểm xã hội',
    ['luong huu', 'tien huu', 'tro cap', 'bhxh', 'bao hiem xa hoi', 'bao hiem', 'mot lan', '1 lan', 'rut'],
    ['dinh cu nuoc ngoai', 'di dinh cu', 'sang nuoc ngoai dinh cu', 'ra nuoc ngoai dinh cu', 'xuat canh dinh cu', 'ra nuoc ngoai song', 'sang nuoc ngoai song'],
    ['ra nuoc ngoai de dinh cu'],
  ),
  // A licence run out ("giấy phép … hết hạn") is extended or issued again, not exchanged as a card is: a fishing licence
  // is reissued, a building or a mining licence extended.
  c('hành chính', ['giay phep', 'gp'], ['het han', 'het han roi', 'sap het han', 'het thoi han'], ['gia han giay phep', 'cap lai giay phep'], { unless: ['lai xe', 'bang lai'] }),
  // A health insurance card run out is bought again for the next year (the household's or the voluntary card), not
  // exchanged: its exchange is for a card torn or wrong.
  c(
    'Bảo hiểm y tế',
    ['the bao hiem', 'the bhyt', 'bhyt', 'bao hiem y te', 'the bao hiem y te', 'the y te'],
    ['het han', 'mua lai', 'mua tiep', 'dong tiep', 'dong lai', 'het han su dung', 'het han roi'],
    ['dang ky dong cap the bhyt'],
  ),
  // …and renewed said so ("gia hạn thẻ bảo hiểm y tế"): there is no extension, the card is bought for another year.
  c('Bảo hiểm y tế', ['the bao hiem', 'the bhyt', 'bhyt', 'bao hiem y te', 'the bao hiem y te', 'the y te'], ['gia han', 'gia han the', 'xin gia han', 'sap het han'], ['dang ky dong cap the bhyt']),
  // A pupil's or a student's card is bought through the school each year (Luật Bảo hiểm y tế, art. 12: a group of its
  // own), the card of one who joins health insurance alone; not the birth bundle of a child under six.
  c('Bảo hiểm y tế', ['the bao hiem', 'the bhyt', 'bhyt', 'bao hiem y te', 'the bao hiem y te', 'the y te'], ['hoc sinh', 'sinh vien', 'hs', 'sv', 'hssv'], ['dang ky dong cap the bhyt']),
  // Poverty: the low-income worker's paper (asked for to buy social housing) and the middle-income farming household's.
  e(
    'Giảm nghèo',
    'counter',
    ['thu nhap thap', 'nguoi thu nhap thap', 'xac nhan thu nhap thap', 'giay xac nhan thu nhap thap', 'lao dong thu nhap thap', 'cong nhan thu nhap thap'],
    ['nguoi lao dong co thu nhap thap'],
  ),
  e('Giảm nghèo', 'counter', ['ho muc song trung binh', 'muc song trung binh', 'ho trung binh', 'xac nhan ho trung binh', 'giay ho trung binh', 'so ho trung binh'], ['co muc song trung binh']),
  // Farming, forestry, fisheries: a shop selling pesticides or veterinary drugs needs the trade's own certificate (đủ
  // điều kiện buôn bán), not a household business's registration alone, however the owner names it.
  c(
    'Trồng trọt',
    [
      ...['thuoc bao ve thuc vat', 'thuoc tru sau', 'thuoc sau', 'bvtv', 'thuoc diet co', 'thuoc co', 'thuoc thu y', 'thuoc cho heo', 'thuoc cho ga', 'thuoc gia suc'],
      // The South's "thuốc xịt" (sprayed), for any pesticide.
      ...['thuoc xit', 'thuoc xit sau', 'thuoc xit co'],
    ],
    [
      ...[
        'dang ky kinh doanh',
        'giay phep kinh doanh',
        'xin giay phep kinh doanh',
        'xin giay phep',
        'giay phep',
        'kinh doanh',
        'mo cua hang',
        'mo tiem',
        'mo dai ly',
        'dai ly',
        'cua hang',
        'buon ban',
      ],
      // Sold in the farm-supplies shop ("bán thuốc xịt ở tiệm vật tư").
      ...['ban', 'ban them', 'tiem vat tu', 'cua hang vat tu', 'dai ly vat tu', 'vat tu nong nghiep'],
    ],
    ['du dieu kien buon ban'],
    { unless: ['san xuat', 'nhap khau', 'khao nghiem', 'quang cao', 'hanh nghe', 'chung chi'] },
  ),
  // So does a trade the police must first certify (karaoke, bar, guesthouse, pawn shop, seal-carving, gas, guards; ND
  // 96/2016): its "giấy phép" is the security-and-order certificate, whatever the owner calls it.
  c(
    'Kinh doanh có điều kiện',
    ['karaoke', 'bar', 'vu truong', 'nha nghi', 'khach san', 'cam do', 'massage', 'khac dau', 'dich vu bao ve', 'cong ty bao ve', 'binh gas', 'kinh doanh gas'],
    ['giay phep', 'xin giay phep', 'giay phep kinh doanh', 'xin giay', 'can giay gi', 'giay gi'],
    ['du dieu kien ve an ninh trat tu'],
    { unless: ['xay dung', 'xay', 'sua chua', 'cai tao', 'phong chay', 'pccc'] },
  ),
  // The planting-area code fruit exporters ask growers for (durian, lychee, dragon fruit), and the packing house's.
  e(
    'Trồng trọt',
    'counter',
    ['ma vung trong', 'ma so vung trong', 'code vung trong', 'ma vuon', 'ma so vuon', 'ma vuon trong', 'ma dong goi', 'ma so dong goi', 'ma nha dong goi'],
    ['ma so vung trong', 'ma so co so dong goi'],
  ),
  e(
    'Lâm nghiệp',
    'counter',
    ['rung bi chay', 'chay rung trong', 'rung bi bao', 'bao lam gay keo', 'keo bi gay', 'keo bi do', 'rung bi thiet hai', 'rung keo bi thiet hai', 'rung trong bi hai'],
    ['rung trong bi thiet hai'],
  ),
  e(
    'Lâm nghiệp',
    'counter',
    ['giao rung', 'xin giao rung', 'nhan rung', 'nhan dat rung', 'xin dat rung', 'nhan khoan rung', 'khoan rung', 'thue rung', 'xin thue rung', 'nhan giao rung'],
    ['giao rung cho thue rung'],
  ),
  // …and "giao đất rừng" ("xin nhà nước giao đất rừng cho hộ trồng quế"): a household asking for forest land is
  // asking for the forest handed over, as the words above.
  e('Lâm nghiệp', 'counter', ['giao dat rung', 'xin giao dat rung', 'nhan giao dat rung', 'duoc giao dat rung'], ['giao rung cho thue rung']),
  // A family drilling a well for its own use registers it at the commune; the licence to drill wells is the driller's.
  c(
    'Tài nguyên nước',
    ['nha', 'gia dinh', 'sinh hoat', 'an uong', 'tuoi', 'tuoi vuon', 'tuoi rau', 'vuon', 'ruộng', 'ho gia dinh'],
    ['khoan gieng', 'dao gieng', 'gieng khoan', 'xin khoan gieng', 'xin phep khoan gieng', 'cap phep khoan gieng', 'lam gieng'],
    ['dang ky khai thac nuoc duoi dat'],
    { unless: ['hanh nghe', 'cong ty', 'doanh nghiep', 'dich vu khoan'] },
  ),
  // Fish cages on an irrigation lake, trees on a canal bank: inside the protected area of the irrigation works.
  e(
    'Thủy lợi',
    'counter',
    ['ho thuy loi', 'tren ho thuy loi', 'long ho thuy loi', 'mat ho thuy loi', 'bo kenh', 'ven kenh', 'canh kenh', 'bo muong', 'hanh lang kenh', 'dat ven kenh', 'mai kenh'],
    ['pham vi bao ve cong trinh thuy loi'],
  ),
  e('Tài nguyên nước', 'counter', ['dao ao', 'dao ho', 'dao ao nuoi ca', 'dao ao tha ca', 'khoi muong', 'dao muong', 'lam ao'], ['dao ho ao song suoi kenh muong rach', 'su dung mat nuoc']),
  // Justice: the state's free lawyer, as the poor ask for it.
  e(
    'Trợ giúp pháp lý',
    'counter',
    ['nho luat su', 'xin luat su', 'luat su cho nguoi ngheo', 'luat su nha nuoc', 'ho tro phap ly', 'khong co tien thue luat su', 'luat su bao chua mien phi'],
    ['tro giup phap ly'],
  ),
  // Tax as citizens meet it: a one-off invoice for a single sale, a tax code closed or reopened, tax on an inheritance.
  // A shop or a household business "xuất hóa đơn cho khách" without invoices of its own: the tax office issues one per
  // sale, as for "xin xuất hóa đơn" (counter speech).
  e('Thuế', 'counter', ['xuat hoa don', 'xuat hoa don cho khach'], ['theo tung lan phat sinh']),
  e('Thuế', 'counter', ['hoa don le', 'xin hoa don le', 'xuat hoa don le', 'mua hoa don le', 'hoa don tung lan', 'hoa don cho ca nhan', 'xin xuat hoa don'], ['theo tung lan phat sinh']),
  e(
    'Thuế',
    'counter',
    ['dong ma so thue', 'khoa ma so thue', 'huy ma so thue', 'xoa ma so thue', 'dong mst', 'khoa mst', 'dong ma so thue ca nhan', 'dong mst ca nhan'],
    ['cham dut hieu luc ma so thue'],
  ),
  e('Thuế', 'counter', ['mo lai ma so thue', 'mo khoa ma so thue', 'kich hoat lai ma so thue', 'mo lai mst', 'mst bi khoa', 'ma so thue bi khoa'], ['khoi phuc ma so thue']),
  e('Thuế', 'counter', ['thue thua ke', 'thue nhan thua ke', 'thue qua tang', 'thue nhan qua tang', 'thue thu nhap thua ke', 'thue duoc cho tang'], ['thu nhap tu nhan thua ke']),
  // — The rural economy as farmers tell it (7 Dec 2026, issue 17): forests, irrigation, livestock, crops.
  // A bear kept for its bile since before the ban, named ("nuôi con gấu ngựa", "gấu lấy mật"): a wild animal the
  // ranger registers, as the porcupine and the cobra above. "Gấu" with its marks: "gau" is also a bucket ("gàu").
  e('Kiểm lâm', 'counter', ['gấu', 'con gấu', 'nuoi gau', 'gau ngua', 'gau cho', 'gau lay mat', 'lay mat gau', 'mat gau', 'trai gau', 'nuoi gau lay mat'], ['nuoi dong vat rung', 'cites']),
  // "Còn nuôi" folds as "con nuôi": beside an animal kept it is the keeping told, no adopted child.
  c('Kiểm lâm', [...WILD_KEPT, ...FARM_ANIMALS], ['con nuoi'], []),
  // A keeper selling what was bred ("nhím đẻ ra nhiều, muốn bán cho lái buôn"): the animals travel with the list of
  // forest products the ranger confirms (bảng kê lâm sản, which counts animals bred in captivity), not a new farm code.
  c('Kiểm lâm', WILD_KEPT, ['ban', 'ban cho', 'dem ban', 'ban lai', 'ban di', 'lai buon', 'thuong lai', 'ban con giong', 'ban giong'], ['bang ke lam san', 'lam san'], {
    unless: ['mo trai', 'lap trai', 'xin nuoi', 'moi nuoi', 'nuoi moi'],
  }),
  // …and the animal itself named beside the sale: the product sold, not a farm to be given a code.
  c(
    'Kiểm lâm',
    ['ban', 'ban cho', 'dem ban', 'ban lai', 'ban di', 'lai buon', 'thuong lai'],
    ['nhim', 'con nhim', 'ran ho mang', 'ky da', 'con tran', 'con dui', 'gấu', 'con gấu'],
    ['dong vat rung', 'lam san'],
    {
      unless: ['mo trai', 'lap trai', 'xin nuoi', 'moi nuoi', 'nuoi moi'],
    },
  ),
  // Firewood and fallen trees taken from a forest ("nhặt cành khô, tận dụng cây đổ làm củi"): the harvest of what is
  // left (khai thác tận dụng), approved with the timber harvest plan. Not a bare "cui" nor "do" alone.
  e(
    'Lâm nghiệp',
    'counter',
    ['lay cui', 'nhat cui', 'kiem cui', 'chat cui', 'cui kho', 'cui dun', 'lam cui', 'di cui', 'cành khô', 'cây đổ', 'cay gay do', 'tan dung cay do', 'tan dung go', 'khai thac cui'],
    ['khai thac go', 'phuong an khai thac go'],
  ),
  // — What villagers bring to the ranger, in their words (forest66, 7 Dec 2026).
  // Firewood carried to be sold ("chở củi đi bán", "giấy vận chuyển củi"): the list of forest products, as timber's.
  e('Kiểm lâm', 'counter', ['van chuyen cui', 'giay van chuyen cui', 'cho cui di ban', 'cho cui ra cho', 'ban cui', 'xe cui'], ['bang ke lam san', 'lam san']),
  // Wood named beside the lorry or cart that carries it ("chở gỗ keo trên xe tải", "cả xe công nông củi"): the load
  // on the road, read as the forest-product list, not the vehicle's own papers; so is the mill it goes to.
  c(
    'Kiểm lâm',
    ['go', 'go keo', 'cay keo', 'rung keo', 'bach dan', 'cui', 'lam san', 'go quy', 'do go'],
    ['xe tai', 'xe cong nong', 'cong nong', 'xe ben', 'xe ba gac', 'tren xe', 'nha may', 'nha may go', 'di duong', 'mang theo'],
    ['bang ke lam san'],
  ),
  // A sawmill or a joiner's workshop told by its work ("xưởng cưa xẻ gỗ", "xưởng đồ gỗ", "đóng bàn ghế"): a timber
  // processor, as the catalogue names it; "xẻ" unmarked is no vehicle.
  e(
    'Kiểm lâm',
    'counter',
    ['xuong cua', 'xuong cua go', 'xuong xe go', 'cua xe go', 'xe go', 'xe van', 'xuong moc', 'xuong do go', 'lam do go', 'dong ban ghe', 'xuong che bien go'],
    ['che bien go', 'lam san'],
  ),
  // Precious wood named by its tree ("gỗ sưa", "gỗ trắc", "bàn ghế gỗ cẩm lai"): sold or carried, it travels with the
  // forest-product list; the harvest plans are for common species.
  e('Kiểm lâm', 'counter', ['go sua', 'go trac', 'go cam lai', 'go huong', 'go gu', 'go mun', 'go lim', 'go quy', 'go quy hiem', 'do go quy', 'ban ghe go quy'], ['bang ke lam san', 'lam san']),
  // Agarwood and its tree ("trầm hương", "cây dó bầu", "kỳ nam"): a CITES plant, whose farm and export the ranger
  // licenses; read whole, "trầm" is no tràm tree.
  e('Kiểm lâm', 'counter', ['tram huong', 'cay tram huong', 'do bau', 'cay do bau', 'ky nam', 'tram ky'], ['cites']),
  // A tree dug up in the forest or on the mountain for a garden ("đào cây cảnh trên rừng", "bonsai rừng"): a forest
  // plant other than timber, harvested under the non-timber plan.
  e(
    'Lâm nghiệp',
    'counter',
    ['cay canh tren rung', 'cay canh rung', 'dao cay canh', 'dao cay rung', 'dao cay tren rung', 'cay canh tu rung', 'bonsai rung', 'cay canh tren nui'],
    ['thuc vat rung ngoai go'],
  ),
  c('Lâm nghiệp', ['rung', 'tren rung', 'tren nui', 'len nui', 'trong rung', 'len rung'], ['cay canh', 'dao cay', 'bonsai', 'cay co thu', 'goc cay'], ['thuc vat rung ngoai go']),
  // A kept wild animal and the leave or declaration asked for it ("nuôi vẹt có cần giấy phép", "nuôi dúi phải khai báo
  // với kiểm lâm"): the keeper's farm code, not a replaced CITES permit nor a harvest from the wild.
  c(
    'Kiểm lâm',
    [...WILD_KEPT, 'nuôi vẹt', 'chim vẹt', 'con yeng'],
    ['giay phep', 'can giay phep', 'xin phep', 'dang ky', 'phai dang ky', 'khai bao', 'phai khai bao', 'bi phat'],
    ['ma so co so nuoi'],
    { unless: ['ban', 'ban cho', 'dem ban', 'thuong lai', 'xuat khau', 'nhap khau'] },
  ),
  // What the money is for, after a sale ("chặt bán lấy tiền sửa nhà"): the reason told, nothing asked of it.
  c('Chung', ['ban', 'chat ban', 'ban di', 'ban lay tien'], ['lay tien sua nha', 'lay tien xay nha', 'lay tien lam nha', 'co tien sua nha', 'co tien xay nha', 'lay tien cho con'], []),
  // A planted forest burnt told whole ("cháy rừng", "rừng bị cháy"); with words between, see lexicon-context.ts. The
  // household's forest ("rừng nhà tui", "rừng của tôi") is one thing: read apart, "nhà" was a house burnt.
  e('Lâm nghiệp', 'counter', ['rung nha', 'rung nha toi', 'rung nha tui', 'rung nha minh', 'rung cua toi', 'rung cua tui', 'rung cua nha'], ['rung']),
  e('Lâm nghiệp', 'counter', ['chay rung', 'rung bi chay', 'rung chay', 'rung trong bi chay', 'chay mat rung'], ['rung trong bi thiet hai']),
  // The South's "qua" for "sang": a rice field "chuyển qua trồng" fruit is the change of crops on rice land.
  e(
    'Trồng trọt',
    'counter',
    ['chuyen qua trong', 'chuyen qua trong cay', 'chuyen ruong qua trong', 'ruong chuyen qua trong', 'bo lua qua trong', 'doi qua trong', 'chuyen qua nuoi ca', 'chuyen qua nuoi tom'],
    ['chuyen doi co cau cay trong'],
  ),
  // Water taken from a canal, a reservoir or a river for a garden, a field or a pump station ("lấy nước kênh về tưới",
  // "làm trạm bơm"): surface water taken, registered or licensed; the irrigation works are where, not what.
  e(
    'Tài nguyên nước',
    'counter',
    [
      'lay nuoc kenh',
      'lay nuoc kenh thuy loi',
      'lay nuoc tu kenh thuy loi',
      'lay nuoc ho thuy loi',
      'lay nuoc tu cong trinh thuy loi',
      'lay nuoc tu kenh',
      'lay nuoc ho',
      'lay nuoc tu ho',
      'lay nuoc ho chua',
      'lay nuoc thuy loi',
      'bom nuoc kenh',
      'lay nuoc suoi',
      'tram bom',
      'tram bom nuoc',
      'may bom nuoc',
      // …and a pump "sucking" a river, a stream or a canal ("đặt máy bơm hút nước sông vô ruộng") (nature63).
      ...['hut nuoc song', 'hut nuoc suoi', 'hut nuoc kenh', 'hut nuoc ho', 'bom nuoc suoi', 'bom nuoc ho'],
    ],
    ['cap giay phep khai thac nuoc mat', 'dang ky khai thac nuoc mat', 'khai thac nuoc mat'],
  ),
  // Where pumped water goes ("hút nước sông vô ruộng", "bơm nước vào ruộng"): the field is told, not asked for; read as
  // rice land it was the change of crops on it (nature63).
  c(
    'Tài nguyên nước',
    ['may bom', 'bom nuoc', 'hut nuoc', 'lay nuoc', 'dan nuoc', 'nuoc song', 'nuoc kenh', 'nuoc suoi', 'nuoc ho'],
    ['vo ruong', 'vao ruong', 'ra ruong', 'len ruong', 've ruong', 'cho ruong', 'tuoi ruong', 'vo ruong lua', 'vao ruong lua'],
    [],
    { unless: ['chuyen doi', 'chuyen sang', 'chuyen qua', 'trong lua', 'dat lua'] },
  ),
  // A pond dug ("đào ao", "đào hồ chứa nước"): its digging is registered with the use of the water surface.
  e('Tài nguyên nước', 'counter', ['dao ho', 'dao ho chua', 'dao ao chua nuoc', 'khoi ao', 'dao thanh ao'], ['dao ho', 'su dung mat nuoc']),
  // A household's own well told with its words apart ("khoan một cái giếng"): groundwater taken, not the driller's
  // licence. No phrase ending "cái giếng": a query still typing "làm cái gì" would complete to it.
  c('Tài nguyên nước', ['gieng', 'giếng'], ['khoan', 'dao'], ['khai thac nuoc duoi dat'], {
    unless: ['hanh nghe', 'tho khoan', 'nghe khoan', 'dich vu khoan', 'nhan khoan', 'may khoan', 'cong ty khoan'],
  }),
  // A farm's declaration ("kê khai chăn nuôi"): the livestock farm's papers.
  e('Chăn nuôi', 'counter', ['ke khai chan nuoi', 'ke khai hoat dong chan nuoi', 'khai bao chan nuoi', 'dang ky chan nuoi', 'dang ky trang trai'], ['du dieu kien chan nuoi', 'chan nuoi trang trai']),
  // A farm free of disease ("trại gà xin giấy an toàn dịch bệnh"): the establishment's certificate, not a zone's.
  c(
    'Thú y',
    ['trai', 'trai ga', 'trai heo', 'trai lon', 'trai vit', 'trang trai', 'chuong trai', 'co so', 'nha toi', 'gia dinh'],
    ['an toan dich benh', 'giay an toan dich benh', 'chung nhan an toan dich benh'],
    ['co so an toan dich benh'],
    { unless: ['vung', 'toan tinh', 'ca tinh', 'ca huyen', 'xuat khau', 'nuoc nhap khau'] },
  ),
  // Animals carried the length of the country ("chở bò vào Nam bán", "ra Bắc"): out of the province, as below. With
  // marks: "vào năm" is a year told.
  c('Thú y', [...FARM_ANIMALS, 'kiem dich'], ['vào nam', 'vô nam', 'ra bắc', 'vào sài gòn', 'vô sài gòn', 'ra hà nội', 'vao sai gon', 'vo sai gon', 'ra ha noi'], ['van chuyen ra khoi dia ban']),
  // Short forms the young type for what the fields above name in full (forms, ministries, papers).
  e('Cư trú', 'abbreviation', ['xnct', 'giay xnct'], ['xac nhan thong tin ve cu tru']),
  // "ĐKTT", "ĐKHK": the old identity card's "nơi ĐKHK thường trú", still typed for registering permanent residence.
  e('Cư trú', 'abbreviation', ['dktt', 'dkhk', 'dkhktt'], ['dang ky thuong tru']),
  e('Môi trường', 'abbreviation', ['gpmt'], ['giay phep moi truong']),
  // Insurance dues as payers tell them (dues58): a farmer or a trader who never paid in "đóng bảo hiểm" to have a
  // pension in old age joins the voluntary scheme; the health card and a company's workers are other errands.
  c(
    'Bảo hiểm xã hội',
    ['lam ruong', 'nong dan', 'lam nong', 'lam ray', 'lam vuon', 'buon ban', 'lam tu do', 'lao dong tu do', 'chua dong bao hiem', 'chua tung dong', 'chua dong bao gio'],
    ['dong bao hiem', 'dong bhxh', 'dong bao hiem xa hoi', 'tham gia bao hiem', 'tham gia bhxh'],
    ['bao hiem xa hoi tu nguyen'],
    { unless: ['y te', 'bhyt', 'the bao hiem', 'cong ty', 'cong nhan', 'xi nghiep', 'nhan tho'] },
  ),
  // …where the work told is why, not what is asked: "làm ruộng" beside paying insurance is no crop's errand.
  c(
    'Bảo hiểm xã hội',
    ['dong bao hiem', 'dong bhxh', 'dong bao hiem xa hoi', 'tham gia bao hiem', 'tham gia bhxh'],
    ['lam ruong', 'nong dan', 'lam nong', 'lam ray', 'lam vuon', 'buon ban', 'lam tu do', 'lao dong tu do'],
    ['bao hiem xa hoi tu nguyen'],
    { unless: ['y te', 'bhyt', 'the bao hiem', 'cong ty', 'cong nhan', 'xi nghiep', 'nhan tho'] },
  ),
  // …and paying "so as to have a pension later" ("đóng để về già có lương hưu"): one not yet drawing one.
  c(
    'Bảo hiểm xã hội',
    ['dong bao hiem', 'dong bhxh', 'dong bao hiem xa hoi', 'dong tien', 'dong'],
    ['ve gia co luong huu', 've gia co luong', 'gia co luong', 'sau nay co luong huu', 'de co luong huu', 'de co luong', 'de lay luong huu', 'mai mot co luong'],
    ['bao hiem xa hoi tu nguyen'],
    { unless: ['dang huong', 'dang lanh', 'dang linh', 'da nghi huu', 'nghi huu roi', 'cong ty', 'cong nhan'] },
  ),
  // The years still missing paid at once ("đóng một cục cho đủ năm", "còn thiếu mấy năm"): the voluntary registration's
  // adjustment (a lump for the years left), not the one-time benefit that "một lần" otherwise finds.
  c(
    'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN',
    ['bao hiem', 'bhxh', 'bao hiem xa hoi', 'tu nguyen'],
    [
      ...['dong 1 cuc', 'dong mot cuc', 'dong mot lan cho du', 'dong 1 lan cho du', 'dong 1 lan cho nhung nam', 'dong mot lan cho nhung nam', 'dong mot lan cho so nam'],
      ...['dong cho du nam', 'dong cho du', 'cho du nam', 'con thieu may nam', 'thieu may nam', 'nhung nam con thieu', 'so nam con thieu', 'dong not', 'dong not may nam'],
    ],
    ['dieu chinh dong bhxh tu nguyen'],
  ),
  // …and the level or the rhythm of voluntary paying changed ("hạ mức đóng", "đóng 6 tháng một lần").
  c(
    'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN',
    ['bao hiem', 'bhxh', 'bao hiem xa hoi', 'tu nguyen'],
    [
      ...['doi muc dong', 'thay doi muc dong', 'ha muc dong', 'giam muc dong', 'tang muc dong', 'muc dong thap', 'muc dong cao', 'doi phuong thuc dong', 'thay doi phuong thuc dong', 'doi cach dong'],
      ...['dong 3 thang 1 lan', 'dong 6 thang 1 lan', 'dong 12 thang 1 lan', 'dong 3 thang mot lan', 'dong 6 thang mot lan', 'dong 12 thang mot lan', 'dong theo nam', 'dong theo quy'],
    ],
    ['dieu chinh dong bhxh tu nguyen'],
  ),
  // Dues paid twice or too much, asked back ("đóng trùng", "đóng dư", "lấy lại tiền đóng thừa"): the refund is decided in
  // the registration that took the money: the health-only card's for a health card, the social insurance ones else.
  c('Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN', ['bhyt', 'bao hiem y te', 'the bao hiem', 'the bhyt'], DUES_BACK, ['dang ky dong cap the bhyt']),
  c('Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN', ['bhxh', 'bao hiem xa hoi', 'bao hiem'], DUES_BACK, ['dieu chinh dong bhxh'], { unless: ['y te', 'bhyt'] }),
  // Two insurance books merged into one ("gộp hai cuốn sổ lại làm một"), however many words stand between.
  c(
    'Bảo hiểm xã hội',
    ['bhxh', 'bao hiem xa hoi', 'so bao hiem'],
    [
      'gop so',
      'gop hai so',
      'gop 2 so',
      'gop hai cuon so',
      'gop 2 cuon so',
      'gop hai cuon',
      'gop 2 cuon',
      'gop lai',
      'nhap so',
      'nhap hai so',
      'hai cuon so',
      '2 cuon so',
      'hai so bhxh',
      '2 so bhxh',
      'hai so bao hiem',
      '2 so bao hiem',
    ],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // A wrong name or date of birth on the card or the book ("thẻ bhyt in sai ngày sinh", "sổ bhxh ghi sai tên"): the fund
  // corrects its own paper; the civil status record is corrected only when the birth paper itself is wrong.
  c(
    'Bảo hiểm xã hội',
    ['the bhyt', 'so bhxh', 'the bao hiem', 'so bao hiem', 'bhyt', 'bhxh', 'bao hiem y te', 'bao hiem xa hoi', 'the y te'],
    [
      ...['sua ngay sinh', 'sai ngay sinh', 'sua nam sinh', 'sai nam sinh', 'sua ten', 'sai ten', 'ghi sai ten', 'ghi sai ngay sinh', 'in sai ngay sinh', 'in sai ten'],
      ...['ghi sai', 'in sai', 'sai thong tin', 'sua thong tin', 'sai ho ten', 'sua ho ten', 'sai gioi tinh', 'thieu dau'],
    ],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
    { unless: ['giay khai sinh', 'khai sinh', 'ho tich', 'so do', 'so hong'] },
  ),
  // Another clinic on the health card ("đổi nơi khám ban đầu", "đổi qua bệnh viện huyện"): the card exchanged.
  e(
    'Bảo hiểm y tế',
    'counter',
    [
      'doi noi kcb',
      'doi noi kcb ban dau',
      'doi noi kham chua benh ban dau',
      'doi noi dang ky kham chua benh',
      'doi noi dang ky kcb',
      'noi dang ky kcb ban dau',
      'kcb ban dau',
      'noi kham ban dau',
      'doi noi kham ban dau',
      'chuyen noi kcb',
    ],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  c(
    'Bảo hiểm y tế',
    ['the bao hiem', 'the bhyt', 'bhyt', 'bao hiem y te', 'the y te', 'the bao hiem y te'],
    [
      'doi noi kham',
      'doi noi kham benh',
      'doi cho kham',
      'chuyen noi kham',
      'doi qua benh vien',
      'doi sang benh vien',
      'doi benh vien',
      'doi tram y te',
      'doi qua tram',
      'chuyen sang benh vien',
      'doi noi dang ky kham',
    ],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // Roads: a shop's or a station's way in from a main road ("làm lối ra vào nối từ quốc lộ vào cửa hàng") is a
  // connection to the road (đấu nối), designed and built under the road office's leave.
  c(
    'Đường bộ',
    ['quoc lo', 'duong lon', 'duong tinh', 'duong chinh', 'duong nhua', 'ql'],
    [
      'loi ra vao',
      'lam loi ra vao',
      'mo loi ra vao',
      'duong dan',
      'lam duong dan',
      'noi thang',
      'noi duong',
      'noi tu duong',
      'loi vao cua hang',
      'loi vao quan',
      'duong vao cua hang',
      'duong vao quan',
      'duong vao cay xang',
      'loi re vao',
      'mo loi re',
    ],
    ['nut giao dau noi vao duong quoc lo', 'dau noi'],
  ),
  // …and a stall or a shed put up for a while by the road ("dựng tạm cái quán trong hành lang đường"): the temporary use
  // of road land for another purpose.
  c(
    'Đường bộ',
    [
      'dung tam',
      'cat tam',
      'lam tam',
      'che tam',
      'de tam',
      'xay tam',
      'tam thoi',
      'ban hang',
      'cat chai',
      'cai chai',
      'chai tam',
      'lieu tam',
      'lan tam',
      'dung quan',
      'dung lieu',
      'che lieu',
      'mai che',
    ],
    ['hanh lang duong', 'hanh lang duong bo', 'hanh lang an toan', 'hanh lang an toan duong bo', 'hanh lang giao thong', 'le duong', 'ven duong'],
    ['su dung tam thoi long duong via he'],
  ),
  e('Trợ giúp pháp lý', 'abbreviation', ['tgpl'], ['tro giup phap ly']),
  e('Doanh nghiệp', 'abbreviation', ['ctcp'], ['cong ty co phan']),
  e('hành chính', 'abbreviation', ['bqp'], ['bo quoc phong']),
  e('hành chính', 'abbreviation', ['bca'], ['bo cong an']),
];
