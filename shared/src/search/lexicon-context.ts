import { contextEntry as c, type LexiconEntry } from './lexicon-entry';

/**
 * Readings that depend on what else the query holds (see LexiconEntry.when). At the counter the same
 * everyday word names different procedures by what it is said of: "mất rồi" of a grandmother is a death, of
 * a land paper a loss; "rách" or "sửa" said of a land paper is the land office's exchange or correction, not the
 * civil-status one; "cho con" said of a plot is a gift of land. Written from how people speak (source
 * "counter"), grouped by the thing a word is said of; never from a test query.
 */

/**
 * Buildings of worship as villagers name them (a pagoda, a communal house, a church, a shrine): their repair takes the
 * building permit that names "tín ngưỡng, tôn giáo". Not bare "đình" (folded, "định", "đính chính").
 */
const WORSHIP = ['chua', 'ngoi chua', 'dinh lang', 'ngoi dinh', 'nha tho', 'nha tho ho', 'mieu', 'den tho', 'thanh that', 'tu duong'];
/** What else is asked for while someone is away: a paper, a guardian, a birth, a death, a card, land. */
const ASKED_BESIDE = [
  ...['bang lai', 'giay phep lai xe', 'giam ho', 'khai sinh', 'ket hon', 'khai tu', 'can cuoc', 'cccd', 'so do', 'trich luc', 'doc than'],
  ...['ho khau', 'thuong tru', 'luong huu', 'bao hiem', 'chung thuc', 'uy quyen', 'ho chieu', 'xe may', 'dat'],
  // The record asked for a job abroad, by the one who stays ("nó đi làm xa, tôi làm thay cho nó được không").
  ...['ly lich tu phap', 'lltp'],
  // A stall or shop left for a while ("tạm nghỉ bán hàng mấy tháng đi làm xa"): the business paused is asked.
  ...['kinh doanh', 'ban hang', 'buon ban', 'tiem', 'cua hang', 'tam nghi', 'tam ngung', 'dong cua'],
  // A baby born while the father works away: its papers are asked ("con trai đi làm xa chưa về, bà nội làm giấy cho cháu").
  ...['moi sinh', 'vua sinh', 'moi de', 'vua de', 'moi sanh'],
  // …or a child's paper, surname or father to be set right once he is back ("bố nó đi làm xa chưa về, nay muốn đổi con
  // sang họ bố").
  ...['giay de', 'giay con de', 'doi ho', 'sang ho', 'ho bo', 'ho cha', 'nhan con', 'nhan cha'],
];
/** Land papers and land, as people name them. */
const LAND_PAPER = [
  'so do',
  'so hong',
  'so dat',
  'so nha',
  'bia do',
  'giay mau hong',
  'so mau hong',
  'giấy màu đỏ',
  'so mau do',
  'giay chung nhan quyen su dung dat',
  'giay chung nhan quyen so huu',
  'gcn',
  'gcnqsdd',
];
/** The holder's identity card renewed, said of a land paper that still bears the old one (see its entry below). */
const ID_RENEWED = [
  ...['đổi cccd', 'đổi căn cước', 'doi thong tin cccd', 'doi thong tin can cuoc', 'thong tin cccd', 'thong tin can cuoc', 'doi so cccd', 'doi so can cuoc'],
  ...['cap nhat cccd', 'cap nhat can cuoc', 'thay doi cccd', 'thay doi can cuoc', 'doi cmnd sang cccd', 'doi chung minh sang can cuoc'],
  ...['chung minh cu', 'cmnd cu', 'so chung minh cu', 'so cmnd cu', 'cap nhat so dinh danh', 'chung minh nhan dan cu', 'so chung minh nhan dan cu', 'doi qua can cuoc'],
  // The old nine-digit card named by its digits ("chứng minh thư chín số cũ", "cmnd 9 số").
  ...['chung minh thu cu', 'chung minh thu chin so', 'chung minh chin so', 'chung minh thu 9 so', 'chung minh 9 so', 'cmnd 9 so', 'cmnd chin so'],
  // The new card had since ("nay có căn cước rồi", the South's "qua căn cước").
  ...['co can cuoc roi', 'da co can cuoc', 'nay co can cuoc', 'doi sang can cuoc', 'qua can cuoc', 'sang can cuoc', 'len can cuoc'],
];
/** Land and houses themselves, not their papers. */
const PLOT = ['dat', 'nha dat', 'thua dat', 'lo dat', 'manh dat', 'mieng dat', 'dat dai', 'dat vuon', 'dat o', 'dat ruong', 'can nha', 'ngoi nha', 'nha cua', 'tai san'];
const LAND = [...LAND_PAPER, ...PLOT];
/** Land said to become residential land ("qua" is the South's "sang"; "đất thổ" the village's "thổ cư"). */
const TO_RESIDENTIAL = [
  ...['tho cu', 'len tho cu', 'chuyen tho cu', 'lam tho cu', 'len dat o', 'sang dat o', 'qua dat o', 'qua tho cu', 'thanh dat o'],
  ...['chuyen len dat o', 'chuyen sang dat o', 'len dat tho', 'sang dat tho'],
];
/** "Chứng minh" as a verb: what comes before it (in order to, must) or after it (that, who, what is proved). */
const PROVING = [
  'de chung minh',
  'can chung minh',
  'phai chung minh',
  'muon chung minh',
  'giay chung minh la',
  ...[
    'la',
    'rang',
    'toi',
    // The South's "tui" and the typed "ko" are "tôi" and "không" ("chứng minh tui ko có vợ").
    'tui',
    'ko',
    'minh',
    'duoc',
    'cho',
    'hai',
    'gia dinh',
    'nha',
    'dat',
    'noi',
    'nguoi',
    'con',
    'chau',
    'vo',
    'chong',
    'bo',
    'me',
    'ong',
    'ba',
    'quan he',
    'khong',
    'chua',
    'dang',
    'thu nhap',
  ].map((w) => `chung minh ${w}`),
];
/** Being the one named on a paper ("đứng tên"), or becoming it. */
const STANDING_NAME = [
  ...['dung ten', 'duoc dung ten', 'de dung ten', 'dung ten minh', 'dung ten rieng', 'chuyen sang ten', 'chuyen ten', 'sang ten toi', 'sang ten minh'],
  // A verb of change before "sang tên" / "qua tên" (the South's "qua"): the name it goes to, not a person's name changed.
  ...['doi sang ten', 'doi qua ten', 'chuyen qua ten'],
  // From one holder's name to another's, as the old tell it ("sang tên sổ đỏ từ tên ông sang tên tôi"): not the
  // holder's own name changed.
  ...['ong', 'ba', 'bo', 'me', 'cha', 'ma', 'chong', 'vo', 'con', 'chau'].flatMap((p) => [`tu ten ${p}`, `sang ten ${p}`]),
];
/** A vehicle never registered: no plates, no papers. */
const NO_PLATES = ['chua co bien so', 'khong co bien so', 'chua bien so', 'chua co bien', 'chua dang ky xe', 'chua co cavet', 'chua co giay xe', 'chua co giay dang ky'];
/** Birth and marriage papers, as people name them. */
const CIVIL_PAPER = [
  'giay khai sinh',
  'giay khai sanh',
  'giay ket hon',
  'giay dang ky ket hon',
  'giay chung nhan ket hon',
  'giay chung nhan dang ky ket hon',
  'giay gia thu',
  'giay hon thu',
  'hon thu',
];
/** A share of an estate given up, as people say it ("từ chối phần thừa kế", "không nhận phần", "nhường phần cho em"). */
const RENOUNCED = [
  ...['tu choi thua ke', 'tu choi nhan thua ke', 'tu choi phan thua ke', 'tu choi di san', 'tu choi nhan di san', 'tu choi phan', 'tu choi nhan phan'],
  ...['khong nhan phan', 'khong lay phan', 'khong nhan thua ke', 'khong nhan di san', 'khong muon nhan', 'nhuong phan', 'nhuong lai phan', 'nhuong het phan'],
  ...['khong ai nhan phan', 'khong ai lay phan'],
];
/** Owned things: beside them, folded "so huu" is "sở hữu" (ownership), not the old pension book "sổ hưu". */
const OWNED = ['quyen', 'nha o', 'nha dat', 'can nha', 'ngoi nha', 'so huu nha', 'dat', 'tai san', 'chu so', 'xe', 'giay chung nhan', 'so do', 'so hong'];
/** A paper written by hand between buyer and seller ("giấy tay", "giấy viết tay"), the sale never registered. */
const HANDWRITTEN = [
  ...['giay tay', 'mua giay tay', 'ban giay tay', 'viet giay tay', 'mua bang giay tay'],
  ...['giay viet tay', 'mua giay viet tay', 'mua bang giay viet tay'],
  // …the South's "giấy trắng" (plain paper, no stamp: "mua bán giấy trắng"), the same paper (old name).
  ...['giay trang', 'mua giay trang', 'ban giay trang', 'mua bang giay trang', 'giay trang viet tay'],
];
/** The seller of such a sale dead, gone or unwilling to sign again (counter speech). */
const SELLER_GONE = [
  ...['nguoi ban', 'ben ban', 'chu cu'].flatMap((s) => [`${s} chet`, `${s} da chet`, `${s} mat`, `${s} da mat`, `${s} qua doi`, `${s} gio da chet`, `${s} di dau`]),
  // …or gone away ("người bán đi mất rồi", "bỏ đi đâu không biết").
  ...['nguoi ban', 'ben ban', 'chu cu'].flatMap((s) => [`${s} di mat`, `${s} bo di`, `${s} mat tich`, `${s} di xa`, `${s} di dau mat`]),
  ...['khong chiu ky', 'khong chiu ky ten', 'khong ky', 'khong ky ten', 'khong tim duoc nguoi ban', 'khong lien lac duoc'],
];
/** Worn out as old papers are ("rách", "bị rách", "mục nát", "bị ướt hết chữ"). */
const WORN_OUT = [
  ...['rách', 'bi rach', 'nát', 'bi nat', 'muc nat', 'bi muc', 'hư', 'hu hong', 'bi hong', 'bi uot', 'bi moi', 'mo chu', 'mo het chu', 'nhoe chu', 'nhoe het chu', 'bi nhoe'],
  // …by the rain through a leaking roof ("giấy tờ bị ướt mưa mục hết").
  ...['uot mua', 'bi uot mua', 'muc het', 'muc rach'],
];
/**
 * Washed away in a flood, as the Centre's and the delta's flood seasons leave papers ("lũ cuốn trôi hết giấy tờ", "nước
 * cuốn mất cái sổ"): lost (counter speech). Phrases, so "lũ" inside them is no natural disaster asked about.
 */
const WASHED_AWAY = ['lu cuon', 'lu cuon troi', 'lu cuon mat', 'nuoc cuon', 'nuoc cuon troi', 'nuoc cuon mat', 'cuon troi', 'troi mat', 'bi troi mat'];
/** A paper lost or burnt, to be made again. */
const PAPER_GONE = ['mất', 'bi mat', 'lam mat', 'danh mat', 'that lac', 'lac mat', 'bi lac', 'lam lai', 'xin lai', 'cap lai', 'bi chay', ...WASHED_AWAY];
/** A paper lost, burnt or torn, to be made again or copied. */
const PAPER_LOST = [
  ...PAPER_GONE,
  ...['ban sao', 'xin ban sao', 'cap ban sao', 'ban khac'],
  // Worn out: what was written is copied from the register.
  ...WORN_OUT,
];
/**
 * The registry's own book, gone or never kept ("xã cũng không còn sổ lưu", "sổ gốc ở xã cháy hết"): nothing is left to
 * copy, so a birth, marriage or death is registered again. Not bare "sổ gốc", which a copy is issued from.
 */
const REGISTER = [
  ...['so luu', 'ban luu', 'so ho tich', 'so dang ky ho tich', 'khong con luu', 'khong luu lai', 'khong con luu tru'],
  ...['so goc o xa', 'so goc cua xa', 'so goc cung', 'so goc bi', 'so goc da', 'so goc khong con', 'mat so goc', 'mat ca so goc', 'khong con so goc'],
  // …and the book named by whose it is ("sổ ở xã cũng không còn"); "hồ sơ ở xã" is no book (paperwork, see contextOf).
  ...['so o xa', 'so cua xa', 'so o phuong', 'so cua phuong'],
  // …or as the commune's records, before or after it ("ở xã sổ sách cũng thất lạc hết", "sổ sách của xã cháy rồi").
  ...['so sach o xa', 'so sach cua xa', 'o xa so sach', 'so sach o phuong', 'o phuong so sach'],
  // …said with no "ở", "của" between ("sổ sách xã bị thất lạc hết"), or of the commune's office ("sổ sách ủy ban").
  ...['so sach xa', 'so sach phuong', 'so sach uy ban', 'so sach cua uy ban', 'so sach o uy ban', 'so o uy ban'],
  // …and by the South's and the old regime's name for it, "sổ bộ" ("sổ bộ ở xã cũng không còn", "sổ bộ đời").
  ...['so bo', 'so bo doi', 'so bo ho tich'],
];
/**
 * The register named with its loss in one phrase ("cưới ở xã cũ mà sổ mất rồi"): read beside the birth, marriage or
 * death it held, where REGISTER waits for a loss word of its own.
 */
const REGISTER_LOST = [
  ...['so mat', 'so bi mat', 'so cung mat', 'so bi chay', 'so cung bi chay', 'mat so ho tich', 'so ho tich bi mat', 'so goc bi mat'],
  ...['so bo mat', 'so bo bi mat', 'so bo xa mat', 'so bo cung mat', 'mat so bo'],
];
/**
 * A copy to be certified is the certification's; one lost in a land or an identity paper is that paper's; with the
 * register gone or lost, or the paper never had ("không có giấy đăng ký kết hôn"), there is nothing to copy.
 */
/**
 * A death paper never made ("hồi đó không ai làm giấy chứng tử", "chưa làm giấy báo tử"): the death is registered now,
 * no copy made. "Không có", "chưa có" say it too, but also that no copy is at hand, so only the reading is theirs.
 */
const NEVER_MADE = ['khong ai lam', 'chua ai lam', 'khong lam', 'chua lam', 'chua khai'];
const NOT_THE_RECORD = [
  ...['chung thuc', 'cong chung', 'photo', 'sao y', 'so do', 'so hong', 'can cuoc', 'cccd'],
  ...REGISTER,
  ...REGISTER_LOST,
  ...['khong co', 'chua co', 'chua tung co', 'chua bao gio co'].flatMap((n) => CIVIL_PAPER.map((p) => `${n} ${p}`)),
];
/** A detail written wrong on a paper, or to be put right: read by the paper it is said of. */
const WRONG_DETAIL = [
  ...['sai', 'ghi sai', 'bi sai', 'in sai', 'sai ten', 'sai ho ten', 'sai nam sinh', 'sai ngay sinh', 'sai que', 'sai que quan', 'sai noi sinh', 'sai thong tin'],
  ...['sửa', 'sua lai', 'sua thong tin'],
  // Written by mistake, as most tell it ("ghi nhầm ngày sinh", the South's "ghi lộn tên"): the same wrong detail.
  ...['ghi nham', 'bi nham', 'viet nham', 'viet sai', 'ghi lộn', 'ghi lon', 'nham ten', 'nham ngay sinh', 'nham nam sinh'],
];
/** A parent's name left blank on a birth paper ("bỏ trống tên cha", "không có tên mẹ"): the paper is there. */
// …or the parent said missing from it ("sinh ra không có cha trong giấy khai sinh").
const PARENT_BLANK = ['cha', 'bo', 'me'].flatMap((k) => [
  ...['bo trong', 'de trong', 'trong', 'khong co', 'khong ghi', 'chua co', 'thieu'].flatMap((b) => [`${b} ten ${k}`, `${b} phan ten ${k}`]),
  `khong co ${k} trong`,
]);
/** Never had: the paper was never made (with the South's and chat's "hổng có", "ko có" for "không có"). */
const NEVER_HAD = [
  ...['chua co', 'chua tung co', 'chua bao gio co', 'khong co', 'hong co', 'ko co', 'chua lam', 'chua tung lam', 'chua bao gio lam', 'chua duoc lam'],
  ...['chua dang ky', 'chua tung duoc', 'chua bao gio duoc'],
];
/**
 * Land said never to have had a paper ("chưa có giấy tờ gì", "không có sổ"), or its first asked ("cấp sổ đỏ lần đầu"):
 * what was left on it says where it came from, not an estate to record.
 */
const NEVER_PAPERED = [...['chua co', 'chua tung co', 'khong co'].flatMap((w) => [`${w} giay`, `${w} gi`, `${w} so`]), 'chua lam so', 'lan dau'];
/** Farmland and public land, which the commune leases out. */
// With the hill fields of the Highlands and the Centre ("rẫy") and the South's fields of vegetables ("đất màu").
const FARMLAND = [
  'ruộng',
  'dat ruong',
  'dat nong nghiep',
  'dat trong lua',
  'dat lua',
  'dat cong ich',
  'dat cong',
  'dat cua xa',
  'dat nha nuoc',
  'bai boi',
  'dat bai',
  'sao dat',
  'mau dat',
  'dat ray',
  'ruong ray',
  'dat trong mau',
];
const RENT = ['thue', 'thue them', 'xin thue', 'muon thue'];
/** What is done with a tax: "thuế đất" said so is the tax, whatever else the query says. */
const TAX_PAID = ['dong', 'nop', 'mien', 'giam', 'khai', 'tien', 'bao nhieu', 'hang nam', 'no', 'quyet toan', 'hoan', 'le phi', 'truoc ba', 'thu nhap'];
/** Words that say the land is being divided, rented or pledged, not given. */
const NOT_A_GIFT = [
  ...['tach', 'tach thua', 'tach so', 'chia thua', 'gộp', 'thue', 'cho thue', 'cho muon', 'the chap', 'thua ke', 'de lai'],
  // "Cho con" before what the child is to do ("ủy quyền cho con trai bán đất", "cho con đi học", "cho con ở") lets or
  // has the child do it: no gift.
  ...['uy quyen', 'cho con di', 'cho con hoc', 'cho con o', 'cho con lam', 'cho con ban', 'cho con dung ten', 'cho con vay'],
  // "Nhập hộ khẩu cho cháu vào sổ nhà ông bà" (counter speech): the child is put into a household book, nothing given.
  ...['ho khau', 'nhap khau', 'thuong tru', 'tam tru'],
  // "Mua một căn nhà ở xã hội cho con trai": a flat bought for the child, registered to buy, no land given.
  ...['nha o xa hoi', 'nha xa hoi'],
];
/** A death, said of a person in the words the old use most. */
const DIED = ['mat roi', 'da mat', 'vua mat', 'moi mat', 'mat nam ngoai', 'mat hom qua', 'chet roi', 'da chet', 'vua chet'];
/** A death said plainly, where the rest of the entry already says whose (a pensioner's arrears, collecting in their stead). */
const PASSED_AWAY = ['mat', 'da mat', 'qua doi', 'chet', 'tu tran', 'mat roi'];
/** People with merit as people name them: war invalids, martyrs and their families, sick soldiers, Agent Orange. */
const MERIT = ['thuong binh', 'liet si', 'liet sy', 'benh binh', 'da cam', 'chat doc hoa hoc', 'nguoi co cong', 'to quoc ghi cong'];
/** The insurance paid or the pension drawn: beside a death, what the survivors are owed (tử tuất), not its record. */
const INSURED = ['bao hiem', 'bhxh', 'bao hiem xa hoi', 'dong bao hiem', 'luong huu', 'huu tri'];
/** People whose death is registered (kin, as they are spoken of). */
const PERSON = [
  'ong',
  'ba',
  'bo',
  'me',
  'cha',
  'chong',
  'vo',
  'con',
  'anh',
  'chi',
  'em',
  'chau',
  'cu',
  'bac',
  'chu',
  'di',
  'cau',
  'mo',
  'thim',
  'nguoi',
  'ong noi',
  'ba noi',
  'ong ngoai',
  'ba ngoai',
  'nguoi nha',
  'nguoi than',
];
/** Papers that can be lost, torn or wrong: next to one, "mất" is a loss. */
const PAPER = ['giay', 'so', 'the', 'bang', 'bang lai', 'ho chieu', 'can cuoc', 'chung minh', 'cmnd', 'cccd', 'bien so', 'cavet', 'hop dong', 'so ho khau'];
/** A household business, as people name it. */
const SHOP = ['ho kinh doanh', 'hkd', 'cua hang', 'tiem', 'tap hoa', 'quan an', 'quan nuoc', 'giay phep kinh doanh', 'dang ky kinh doanh'];
/** Money in the bank, as people name it. */
const SAVINGS = ['so tiet kiem', 'tien tiet kiem', 'tien gui tiet kiem', 'tien gui ngan hang', 'tai khoan ngan hang'];
const VEHICLE = ['xe', 'xe may', 'o to', 'oto', 'xe hoi', 'xe tai', 'xe con', 'moto', 'cavet', 'bien so'];

// …and what fire or weather takes from a farm ("rừng keo bị cháy mất một nửa", "mất mùa").
const NOT_A_DEATH = [...PAPER, ...LAND, ...VEHICLE, 'bao lau', 'bao nhieu', 'may ngay', 'thoi gian', 'phi', 'trom', 'viec', 'tien', 'chay mat', 'mat mot nua', 'mat mua', 'rung'];

export const LEXICON_CONTEXT: readonly LexiconEntry[] = [
  // The land office's names say "Giấy chứng nhận" for the land certificate once the field is land; so do people
  // who have just said "đất".
  c('Đất đai', PLOT, ['giay chung nhan', 'gcn'], ['giay chung nhan quyen su dung dat'], { inField: ['dat dai'] }),
  // …and "GCN" bare, with only what is done to it ("cấp đổi GCN", "đính chính GCN"): at the counter the short form is
  // the land certificate's; another certificate is named by what it certifies.
  c('Đất đai', ['cap doi', 'cap lai', 'dinh chinh', 'doi', 'lam lai', 'mat', 'sua', 'xin cap', 'lam'], ['gcn'], ['giay chung nhan quyen su dung dat'], {
    unless: [
      'kinh doanh',
      'doanh nghiep',
      'hop tac xa',
      'can cuoc',
      'dau tu',
      'du dieu kien',
      'an toan',
      'chung chi',
      'hanh nghe',
      'xe',
      'tau',
      'hon nhan',
      'ket hon',
      'thuc pham',
      'xuat xu',
      'phong chay',
      'co so',
    ],
  }),
  // A marriage told beside a birth ("khai sinh cho con, lấy chồng Hàn Quốc", "vợ tôi người Trung Quốc sang lấy tôi, nay
  // khai sinh cho đứa út"): the parents' story, the birth is asked; the country stays the foreign element.
  c('Hộ tịch', ['khai sinh', 'khai sanh'], ['lay chong', 'lay vo'], [], { unless: ['ket hon', 'doc than', 'tinh trang hon nhan'] }),
  // A birthplace abroad named short, the child brought back ("sinh ở Mỹ về Việt Nam làm khai sinh"): the foreign element.
  // Alone, "Mỹ", "Đức", "Nga", "Anh" begin places at home too (Mỹ Tho, Đức Hòa, Nga Sơn) or are a brother.
  c(
    'hành chính',
    ['ve nuoc', 've vn', 've viet nam', 've que', 'nuoc ngoai'],
    ['my', 'uc', 'duc', 'phap', 'nga', 'anh', 'canada', 'lao', 'thai'].flatMap((k) => [`sinh o ${k}`, `de o ${k}`]),
    ['co yeu to nuoc ngoai'],
  ),
  // A child born "over there" once a country was named ("con tôi đi làm ở Hàn Quốc, có con ở bên đó"): the birth abroad,
  // though the country itself is where the parents went to work (engine.ts, wentTo). The birth's own reading, not the
  // country's: one concept said twice is read at its last mention only, which would take the parents' journey with it.
  c(
    'Hộ tịch',
    ['nuoc ngoai', 'han quoc', 'nhat ban', 'dai loan', 'trung quoc', 'nuoc my', 'ben nhat', 'ben han', 'ben my', 'ben uc', 'ben duc', 'xuat khau lao dong', 'dinh cu'],
    ['có con', 'sinh con', 'đẻ con', 'sinh cháu', 'đẻ cháu', 'sinh', 'đẻ'].flatMap((born) =>
      ['ở bên đó', 'bên đó', 'ở bên ấy', 'bên ấy', 'ở bên đấy', 'ở bên kia', 'bên kia'].map((there) => `${born} ${there}`),
    ),
    ['dang ky khai sinh co yeu to nuoc ngoai'],
  ),
  // A parent named by a nationality beside a child's paper ("cháu có bố là người Hàn", "mẹ nó người Nhật"): the birth or
  // the recognition with a foreign element. Not "người Lào", "người Anh", "người Thái" (lexicon-fields.ts, FOREIGN_GUEST),
  // nor "người Tây", folded as "người Tày" ("là người Tày mà ghi Kinh": an ethnicity to correct); nor beside a record of what was done abroad ("lấy vợ người Hàn, ghi vào sổ"): the spouse is then the story.
  c(
    'Hộ tịch',
    ['khai sinh', 'khai sanh', 'nhan cha', 'nhan con', 'nhan me', 'nhan la cha', 'nhan lam cha'],
    ['han', 'nhat', 'nhat ban', 'dai loan', 'my', 'uc', 'phap', 'duc', 'nga', 'canada', 'singapore', 'malaysia'].map((k) => `nguoi ${k}`),
    ['co yeu to nuoc ngoai'],
    { unless: ['ghi vao so', 'ghi chu'] },
  ),
  // "Mất rồi" / "đã mất": a death said of a person; of a paper, a loss (the plain "mất" reading, cấp lại).
  // Not in a family of merit ("bố là liệt sĩ, mẹ mất rồi, con nhận tiền thờ cúng"): what they are owed is asked, as with
  // the bare "mất" below.
  c('Hộ tịch', PERSON, DIED, ['khai tu'], { unless: [...PAPER, ...LAND, ...INSURED, ...MERIT, 'muon', 'xin'] }),
  // …that death told before another request ("con gái tôi mất năm ngoái, …, muốn làm giám hộ cho hai cháu") is the
  // story, as a bare "mất" is (below): it means nothing then. A death record asked for names itself ("giấy chứng tử").
  c('Hộ tịch', PERSON, DIED, [], { unless: [...PAPER, ...LAND] }),
  // …and so is a bare "mất" with a person and nothing that can be lost ("ông nhà tôi mất tuần trước"), unless it is
  // the time a procedure takes ("mất bao lâu") or a thing taken ("mất trộm", "mất việc"), or said with the insurance
  // the dead paid (the survivors' allowance, below). Nor when something else is
  // asked for ("mẹ nó mất sớm, tôi muốn làm giám hộ"): the death is then the story, and the record of both events
  // would come first.
  c('Hộ tịch', PERSON, ['mất'], ['khai tu'], { unless: [...NOT_A_DEATH, ...INSURED, ...MERIT, 'muon', 'xin'] }),
  // That death told before another request ("bố mẹ nó mất, giờ tôi muốn làm giám hộ cho nó") is the story: it means
  // nothing then, no loss of a paper either (dropped, engine.ts).
  c('Hộ tịch', PERSON, ['mất'], [], { unless: NOT_A_DEATH }),
  // A death told with where it happened ("ông nhà tôi mất ở bệnh viện tỉnh, giấy báo tử bệnh viện cho rồi"): the hospital
  // is where the story ends, not the request, and the paper named beside it is the hospital's notice, no loss. A thing
  // lost there is said "bị mất", "làm mất", "đánh rơi".
  c(
    'Hộ tịch',
    PERSON,
    ['mat o benh vien', 'mat tai benh vien', 'mat trong benh vien', 'mat tren benh vien', 'mat o vien', 'chet o benh vien', 'qua doi o benh vien', 'qua doi tai benh vien'],
    ['khai tu'],
    {
      unless: ['bi mat', 'lam mat', 'danh mat', 'danh roi', 'that lac'],
    },
  ),
  // …and the stay in hospital before it ("nằm viện ba tháng rồi mất") is the story of a death, no claim on health
  // insurance: it means nothing then (an empty "means", dropped as a place is, engine.ts).
  c('Hộ tịch', ['mat', 'chet', 'qua doi', 'bao tu', 'khai tu'], ['nam vien', 'di vien', 'cap cuu'], [], { unless: ['vien phi', 'bhyt', 'bao hiem', 'thanh toan'] }),
  // A new head of the household (the old one dead or moved): "đổi chủ hộ" next to the household book is the residence
  // register's change of details (Luật Cư trú 2020, art. 26), not a household business's change of owner.
  c(
    'Cư trú',
    // "Chủ hộ" is itself the register's word: "vợ tôi mất rồi, tôi muốn đứng tên chủ hộ".
    ['ho khau', 'so ho khau', 'cu tru', 'thuong tru', 'chu ho'],
    ['doi chu ho', 'doi ten chu ho', 'thay doi chu ho', 'thay chu ho', 'chuyen chu ho', 'sang ten chu ho', 'dung ten chu ho'],
    ['dieu chinh thong tin ve cu tru'],
    {
      unless: ['kinh doanh', 'cua hang', 'hkd'],
    },
  ),
  // …and a detail of the household register written wrong ("hộ khẩu bị sai tên", "sửa năm sinh trong hộ khẩu"): the
  // same change of details, not a registration anew.
  c('Cư trú', ['ho khau', 'so ho khau', 'thong tin cu tru'], WRONG_DETAIL, ['dieu chinh thong tin ve cu tru'], {
    unless: ['can cuoc', 'cccd', 'chung minh', 'cmnd', 'so do', 'bang lai', 'giay khai sinh', 'khai sinh', 'khai sanh'],
  }),
  // The household book worn out, lost or gone ("sổ hộ khẩu bị chuột cắn rách", "nghe nói không dùng sổ nữa"): since 2023
  // the book is not made again; what stands for it is the confirmation of residence (Luật Cư trú 2020, art. 38).
  c(
    'Cư trú',
    [
      ...WORN_OUT,
      ...['bi mat', 'lam mat', 'danh mat', 'that lac', 'bi chay', 'lam lai', 'xin lai', 'cap lai', 'khong dung so', 'bo so', 'thu hoi so'],
      // …or lost, said before it ("mất sổ hộ khẩu"): bare "mất" is also a death ("bố mất, sổ hộ khẩu đứng tên bố").
      ...['mat so', 'mat cuon so', 'mat cai so', 'mat quyen so'],
      // …or told as no longer in use ("người ta nói không còn dùng nữa", "hết giá trị rồi").
      ...['khong con dung', 'khong dung nua', 'het gia tri', 'khong con gia tri', 'bo ho khau'],
      // …or as abolished ("sổ hộ khẩu bỏ rồi", "hộ khẩu bị bãi bỏ").
      ...['bo roi', 'da bo', 'bi bo', 'bai bo', 'bi bai bo', 'khong con so'],
      // …or taken back by the police ("sổ hộ khẩu giấy bị thu rồi"), with a copy still asked for or something in its
      // place ("người ta đòi bản sao sổ hộ khẩu, xin giấy gì thay vô").
      ...['bi thu', 'thu roi', 'bi thu hoi', 'ban sao so ho khau', 'ban sao ho khau', 'thay vo', 'thay the', 'thay cho so'],
    ],
    ['so ho khau', 'ho khau'],
    ['xac nhan thong tin ve cu tru'],
    { unless: ['nhap', 'chuyen', 'tach', 'cat', 'xoa', 'tam tru', 'tam vang', 'chu ho', 'chung thuc', 'cong chung', 'sao y', 'photo'] },
  ),
  // A household moved to another province ("chuyển hộ khẩu sang tỉnh khác"): where it goes is told, the residence is
  // registered there; not the re-registration of a vehicle whose owner moved "sang tỉnh khác" (its name's words).
  c(
    'Cư trú',
    ['chuyen ho khau', 'nhap ho khau', 'chuyen khau', 'nhap khau', 'thuong tru', 'dang ky thuong tru', 'ho khau'],
    ['sang tinh khac', 've tinh khac', 'qua tinh khac', 'o tinh khac', 'tinh khac'],
    [],
    { unless: ['xe', 'xe may', 'o to', 'phuong tien', 'bien so', 'tau', 'thuyen', 'ghe'] },
  ),
  // A stay declared with the permanent move ruled out ("ở với con một năm, không chuyển hộ khẩu, chỉ đăng ký tạm trú"):
  // what is not done is told, not asked.
  c(
    'Cư trú',
    ['tam tru', 'tam chu', 'khai bao tam tru', 'tam vang'],
    ['chuyen', 'nhap', 'cat', 'chuyen ho khau', 'nhap ho khau', 'chuyen khau', 'nhap khau', 'cat khau', 'cat ho khau'].map((w) => `khong ${w}`),
    [],
  ),
  // A relative who lives abroad, back for a stay with the family ("thằng cháu định cư ở nước ngoài, nay về ở nhà tôi hai
  // tháng, có phải khai báo tạm trú"): where the guest comes from, told; the stay is declared as a citizen's. A guest
  // named a foreigner (a foreign national, a Western visitor) is the foreigners' declaration (lexicon-fields.ts); a
  // birth, a marriage, a death or a paper of the family's is the foreign element it says.
  c(
    'Cư trú',
    [
      ...['tam tru', 'khai bao tam tru', 'bao tam tru', 'luu tru', 'khai bao luu tru', 'thong bao luu tru'],
      // The stay told, before any "để" (the context of what precedes it: lexicon-compile.ts).
      ...['ve o nha', 'o nha toi', 'o nha minh', 'o choi', 've choi', 've tham'],
    ],
    ['o nuoc ngoai', 'dinh cu o nuoc ngoai', 'dinh cu nuoc ngoai', 'o nuoc ngoai ve', 'tu nuoc ngoai ve', 've viet nam', 've nuoc'],
    [],
    {
      unless: [
        ...['nguoi nuoc ngoai', 'quoc tich', 'khach nuoc ngoai', 'khach tay', 'nguoi tay', 'ho chieu', 'visa', 'thi thuc', 'the tam tru'],
        ...['khai sinh', 'ket hon', 'khai tu', 'ly hon', 'giam ho', 'con nuoi', 'nhan cha', 'nhan con', 'ly lich', 'hop phap hoa', 'chung thuc', 'uy quyen'],
        ...['bao hiem', 'bhxh', 'luong huu', 'dat', 'nha dat', 'so do', 'thua ke', 'bang lai', 'giay phep', 'hoc', 'van bang', 'con dau'],
      ],
    },
  ),
  // "Về hưu" told beside a paper lost or to be made again ("giờ về hưu muốn xin cấp lại sổ bảo hiểm xã hội bị mất") is
  // who the speaker is, no pension asked for: it means nothing then.
  // So is it beside a paper worn out ("sổ bảo hiểm bị ướt hết chữ"), which is made again too.
  c('Bảo hiểm', ['cap lai', 'bi mat', 'lam mat', 'xin lai', 'lam lai', ...WORN_OUT], ['ve huu', 'nghi huu', 'da ve huu', 'da nghi huu', 've huu roi', 'nghi huu roi'], []),
  // What the old say of the dead ("đi rồi", "về với tổ tiên"): a death; "đi" with a place or an errand is a journey.
  c('Hộ tịch', [...PERSON, 'om', 'benh'], ['di roi', 'da di', 'vua di', 'moi di', 'di hom qua', 'di hom kia', 'di tuan truoc', 'ra di', 'da ra di'], ['khai tu'], {
    unless: [
      ...PAPER,
      'nuoc ngoai',
      'vang',
      'du lich',
      'xuat khau',
      'cong tac',
      ...['lam', 'hoc', 'xa', 'cho', 'choi', 'kham', 'vien', 've', 'len', 'vao', 'tau', 'xe', 'may bay', 'bo doi'].map((w) => `di ${w}`),
      // Someone who walked out ("thằng kia bỏ đi rồi", "chồng nó bỏ đi"): folded, "bỏ đi" is "bố đi", so only with who left.
      ...['kia', 'no', 'chong', 'vo', 'ay', 'do'].map((who) => `${who} bo di`),
      ...['bo nha di', 'chay di', 'tron di'],
    ],
  }),
  // "Có đóng bảo hiểm" told beside a social insurance paper or a working life ("đi làm công nhân, có đóng bảo hiểm, giờ
  // mất sổ bảo hiểm xã hội"): the social insurance, which the names write "BHXH"; not health or vehicle insurance.
  c(
    'Bảo hiểm xã hội',
    ['so bao hiem', 'bhxh', 'bao hiem xa hoi', 'luong huu', 'cong ty', 'cong nhan', 'xi nghiep', 'nha may'],
    ['dong bao hiem', 'co dong bao hiem', 'da dong bao hiem'],
    ['bao hiem xa hoi'],
    {
      // A death or an accident beside it asks what the family is owed (the entries below).
      unless: ['y te', 'bhyt', 'xe', 'tu nguyen', 'tai nan', 'chet', 'qua doi', 'tu tuat', 'mai tang'],
    },
  ),
  // A death said with the insurance paid or the pension drawn: the survivors' allowance (tử tuất).
  // Said "mất rồi", "vừa mất" too ("chồng tôi mất rồi, giờ muốn nhận tiền bảo hiểm xã hội của ông ấy").
  c('Bảo hiểm xã hội', INSURED, ['mất', 'chết', ...DIED], ['che do tu tuat', 'tu tuat', 'mai tang'], {
    unless: [...PAPER, ...VEHICLE, 'mat viec', 'that nghiep'],
  }),
  // The pension of one who has died ("chồng tôi có lương hưu, ông mất năm nay, nghe nói vợ được hưởng tuất"): what it
  // leaves the survivors (tử tuất) and the dead pensioner's arrears (truy lĩnh), not a pension to draw or move. Not "lương hưu"
  // among the meanings: a meaning is read wherever it is said, and "lương hưu" alone would be a death.
  c(
    'Bảo hiểm xã hội',
    [...DIED, 'chet', 'qua doi', 'tu tran', 'ong mat', 'ba mat', 'chong mat', 'vo mat', 'mat nam', 'mat thang', 'mat tuan', 'mat hom'],
    ['luong huu', 'huu tri', 'tien huu', 'an luong huu', 'co luong huu'],
    ['che do tu tuat', 'nguoi huong da chet'],
    { unless: [...PAPER, ...VEHICLE, 'mat viec', 'that nghiep'] },
  ),
  // The dead's insurance money claimed by the family ("chồng tôi mất rồi, giờ muốn nhận tiền bảo hiểm xã hội của ông
  // ấy"): the survivors' allowance, not the one-time payment a living member takes on leaving.
  c(
    'Bảo hiểm xã hội',
    ['mat', 'chet', 'qua doi', ...DIED],
    ['tien bao hiem xa hoi', 'tien bhxh', 'tien bao hiem', 'nhan tien bao hiem xa hoi', 'nhan tien bao hiem', 'lanh tien bao hiem', 'linh tien bao hiem'],
    ['che do tu tuat', 'tu tuat'],
    {
      unless: [...PAPER, 'mot lan', '1 lan', 'mat viec', 'nghi viec', 'that nghiep'],
    },
  ),
  // "Chứng minh" is the old identity card, unless it is the verb: "để chứng minh", "giấy chứng minh là…", "chứng minh
  // tôi chưa có vợ" ask for a paper that proves something, which the catalogue calls a confirmation (xác nhận).
  c('Căn cước', ['chung minh'], ['chung minh'], ['the can cuoc'], { unless: PROVING }),
  c('hành chính', PROVING, ['chung minh'], ['xac nhan']),
  // What is proved: where one lives, whose child one is.
  c(
    'Cư trú',
    [...PROVING, 'xac nhan'],
    [
      ...['dang o', 'noi o', 'noi dang o', 'o day', 'dang o day', 'song o day', 'o tai dia phuong', 'o dia phuong', 'cho o', 'cho o hien tai', 'noi thuong tru', 'noi tam tru', 'noi cu tru'],
      // …or with whom one lives ("xác nhận cháu đang sống cùng tôi").
      ...['dang song', 'song cung', 'song chung', 'o cung', 'dang o cung', 'dang song cung', 'song voi', 'dang song voi'],
    ],
    ['xac nhan thong tin ve cu tru'],
    {
      unless: ['vo', 'chong', 'doc than', 'hon nhan'],
    },
  ),
  c('Hộ tịch', [...PROVING, 'xac nhan', 'nhan', 'khai sinh'], ['con ruot', 'la con ruot', 'cha ruot', 'bo ruot', 'me ruot'], ['nhan cha me con'], { unless: LAND }),
  // A birth told ("con dâu mới sinh cháu", "đẻ ở nhà") with a paper to be made or registered: the birth is registered.
  // Not when the mother's insurance is asked about (maternity pay, thai sản), nor when another paper is named for
  // the baby: the event speaks only when the paper is not said.
  c(
    'Hộ tịch',
    // "Làm giấy tờ cho đứa bé": the paperwork words are read out of a context (lexicon-compile.ts), "làm" is left.
    ['lam giay', 'xin giay', 'dang ky', 'dang ki', 'khai', 'lam giay to', 'lam so', 'giay chung sinh', 'chung sinh', 'lam', 'cho dua be', 'cho chau be', 'cho be'],
    // "Đẻ" written with its marks: folded it is "để" (so that, left), the elderly's commonest link ("để con cất nhà").
    ['moi sinh', 'vua sinh', 'sinh chau', 'sinh con', 'sinh em be', 'sinh duoc', 'mới đẻ', 'vừa đẻ', 'đẻ ở nhà', 'sinh o nha', 'đẻ con', 'đẻ cháu'],
    ['dang ky khai sinh'],
    // Nor when the birth paper is said to lack a parent's name (PARENT_BLANK, below): it is made already.
    // Nor when a passport is named: unmarked "cái mới để đi nước ngoài" (the new one, to go abroad) folds as "mới đẻ".
    {
      unless: [
        'thai san',
        'bao hiem',
        'bhxh',
        'bhyt',
        'tien',
        'che do',
        'tro cap',
        'nghi sinh',
        'nghi de',
        'cong ty',
        'thuong',
        'tam tru',
        'ho khau',
        'nhap khau',
        'can cuoc',
        'ho chieu',
        'passport',
        ...PARENT_BLANK,
      ],
    },
  ),
  // The officer who came by and told them to register a stay ("cán bộ công an nhắc phải đăng ký tạm trú cho họ"): who
  // said it, as kin are, not the Ministry ("Bộ Công an") the words "bộ công an" inside it name. Not when the police are
  // what is complained of.
  c('Cư trú', ['tam tru', 'thuong tru', 'luu tru', 'tam vang', 'ho khau', 'khai bao'], ['can bo cong an', 'chu cong an', 'anh cong an', 'cong an khu vuc', 'canh sat khu vuc', 'cong an dia ban'], [], {
    unless: ['to cao', 'khieu nai', 'quat', 'danh', 'giu xe', 'sai pham', 'nguoi nuoc ngoai'],
  }),
  // A tenant said beside permanent residence ("người thuê nhà tôi muốn đăng ký thường trú vô nhà tôi"): the law lets a
  // tenant register permanently in a rented home; the tenancy says where, not the temporary stay it is read as alone.
  c(
    'Cư trú',
    ['thuong tru', 'dang ky thuong tru', 'nhap khau', 'nhap ho khau', 'vao ho khau', 'ho khau thuong tru'],
    ['nguoi thue nha', 'nguoi thue', 'khach thue', 'nguoi o thue', 'o thue', 'thue nha', 'nha thue', 'nha cho thue'],
    ['dang ky thuong tru'],
    { unless: ['tam tru', 'tam vang', 'luu tru', 'xoa', 'cat khau'] },
  ),
  // "Nhập khẩu" said of living somewhere ("về ở với con, muốn nhập khẩu vào nhà con") is the household book's old
  // word for registering permanent residence, not an import; said of goods, vehicles or a company it is the import.
  c(
    'Cư trú',
    [
      ...['vao nha', 've o', 'o voi', 'o cung', 'o chung', 'o nho', 'nha con', 'cho con', 'cho chau', 'cho vo', 'cho chong', 'chuyen ve', 'chuyen len', 've que'],
      // A tenant's home ("nhà tôi ở thuê mười mấy năm, chủ nhà đồng ý cho nhập khẩu"): the law lets a tenant register there.
      ...['o thue', 'nha thue', 'thue nha', 'chu nha', 'o tro', 'thue tro', 'nha tro'],
      // A bride or groom taken into the family's home ("cưới vợ cho con, nhập khẩu con dâu về nhà"): no goods are so named.
      ...['con dau', 'nang dau', 'con re', 've nha'],
    ],
    ['nhap khau', 'nhap khau vao', 'xin nhap khau'],
    ['dang ky thuong tru'],
    {
      unless: [
        ...['hang', 'hang hoa', 'xe', 'o to', 'may moc', 'thiet bi', 'thuoc', 'giong', 'thuc an', 'nguyen lieu', 'cong ty', 'doanh nghiep', 'hai quan'],
        // The tax on imports, not the rent ("ở thuê", "thuê nhà"), which folds alike.
        ...['thue nhap khau', 'nop thue', 'dong thue', 'khai thue', 'mien thue', 'thue gia tri gia tang', 'thue gtgt', 'thue tieu thu'],
      ],
    },
  ),
  // A death said with land or a house: what the family comes for is the inheritance.
  c(
    'Đất đai',
    PLOT,
    [
      ...['mat roi', 'da mat', 'qua doi', 'chết', 'chet roi', 'mat de lai', 'de lai', 'de lai cho', 'chia cho cac con', 'chia cho con', 'chia cho con chau', 'chia lai'],
      // Just died, and who inherits asked ("ông anh họ mới mất, nhà đất của ông ấy thì ai được hưởng").
      ...['moi mat', 'vua mat', 'ai duoc huong', 'ai duoc thua huong', 'ai duoc nhan'],
    ],
    ['chuyen nhuong thua ke tang cho quyen su dung dat', 'phan chia di san'],
    // Not of land that never had a paper ("làm giấy chứng nhận cho mảnh ruộng ông bà để lại, chưa có giấy tờ gì"): what
    // was left says where the land came from; its first registration comes before any inheritance is recorded. ("Giấy
    // tờ" is no context, lexicon-compile.ts: "chưa có giấy tờ gì" is read "chưa có gì".) Nor of one making a will ("lập
    // di chúc để lại nhà đất cho các con"): the owner is alive, what is left is the will's.
    {
      unless: [
        ...['bi mat', 'lam mat', 'chay', 'bi chay', 'that lac'],
        ...NEVER_PAPERED,
        ...['lap di chuc', 'lam di chuc', 'viet di chuc'],
        // Nor of one giving up a share (RENOUNCED): what was left is what is renounced.
        ...RENOUNCED,
      ],
    },
  ),
  // …there "để lại" tells where the land came from: said, not asked, its words no name's ("cho thuê lại" of a transfer).
  c('Đất đai', NEVER_PAPERED, ['de lai', 'de lai cho', 'mat de lai'], [], { unless: ['bi mat', 'lam mat', 'chay', 'bi chay', 'that lac', 'di chuc', 'so tiet kiem'] }),
  // Wounded in a war: the war invalid's allowance.
  c('Người có công', ['chien dau', 'chien tranh', 'khang chien', 'bo doi', 'chien truong', 'danh giac', 'bien gioi'], ['bi thuong', 'thuong tat'], ['thuong binh']),
  // Renting farmland or the commune's land, said with words between ("thuê thêm mấy sào đất ruộng của xã"): the
  // lease, unless what is said is paying, declaring or being let off the tax.
  c('Đất đai', FARMLAND, RENT, ['cho thue dat'], { unless: TAX_PAID }),
  // …and the land named is what is rented, not a second thing asked for (the same reading, asked once).
  c('Đất đai', RENT, FARMLAND, ['cho thue dat'], { unless: TAX_PAID }),
  // Farmland or a garden said with the residential land it is to become: the change of use, asked once, not the
  // farmland's own procedures (the same reading as "lên thổ cư").
  c('Đất đai', TO_RESIDENTIAL, [...FARMLAND, 'dat vuon', 'dat trong cay', 'dat cay lau nam'], ['chuyen muc dich su dung dat']),
  // …and the land-use fee asked of that change ("lên thổ cư tốn bao nhiêu tiền sử dụng đất") is the change's own
  // charge, not the resettled household's debt or a recalculation.
  c('Đất đai', [...TO_RESIDENTIAL, 'chuyen muc dich'], ['tien su dung dat', 'tien dat', 'nop tien su dung dat', 'dong tien su dung dat'], ['chuyen muc dich su dung dat']),
  // Building on land a plan will take ("xây nhà trên đất quy hoạch"): the permit, given for a time, not the plan's
  // information or a land map's correction.
  c(
    'Xây dựng',
    ['xay', 'xay nha', 'lam nha', 'cat nha', 'cap phep', 'xin phep', 'giay phep'],
    ['tren dat quy hoach', 'dat dinh quy hoach', 'dat nam trong quy hoach', 'dat bi quy hoach', 'dat quy hoach'],
    ['giay phep xay dung'],
  ),
  // A house to be built on farmland ("làm nhà trên đất nông nghiệp được không"): the answer at the counter is the
  // change of use first; farm buildings (a shed, a pen) are not houses and stay the permit's.
  c('Đất đai', ['lam nha', 'xay nha', 'cat nha', 'dung nha', 'lam nha o', 'xay nha o'], [...FARMLAND, 'dat vuon', 'dat trong cay'], ['chuyen muc dich su dung dat']),
  // …and the house itself, said (or said again) beside that farmland ("cất nhà trên đất ruộng, đất nông nghiệp có xây
  // nhà được không"): a house needs residential land, so the change to it, not a building permit besides. Not when the
  // land is said changed already, nor when the permit is named.
  c('Đất đai', FARMLAND, ['lam nha', 'xay nha', 'cat nha', 'dung nha', 'lam nha o', 'xay nha o'], ['chuyen muc dich su dung dat', 'dat o'], {
    unless: ['da chuyen', 'da len tho cu', 'len tho cu roi', 'chuyen roi', 'da co tho cu', 'giay phep xay dung', 'gpxd', 'dat quy hoach', 'dinh quy hoach'],
  }),
  // "Sửa", "sửa lại" said of a house's roof, walls or floor ("sửa lại mái và trát tường", "lát lại nền"): mending the
  // house, the renovation permit, not a paper's correction, which a bare "sửa" is read as.
  c(
    'Xây dựng',
    [
      ...['mái', 'mái nhà', 'mai nha', 'mai ngoi', 'mai ton', 'mai bi dot', 'mai dot', 'dot mai', 'nha dot', 'nha bi dot'],
      ...['tường', 'tuong nha', 'tuong nut', 'nut tuong', 'trat tuong', 'nền nhà', 'nen nha', 'lat nen', 'lat lai nen', 'do lai nen'],
      ...['nha cu', 'can nha cu', 'nha cap 4', 'nha cap bon', 'nha xuong cap', 'nha da xuong cap'],
    ],
    ['sửa', 'sửa lại', 'sua', 'sua lai', 'sua nha', 'sua lai nha', 'sua mai', 'sua lai mai', 'lop lai mai', 'thay mai', 'trat lai tuong', 'lat lai nen'],
    ['sua chua cai tao'],
    { unless: ['sai', 'ghi sai', 'bi sai', 'sua giay phep', 'dieu chinh giay phep', 'sua ban ve', ...LAND_PAPER, 'ho khau', 'khai sinh'] },
  ),
  // Social housing the family would buy, the buying said apart from it ("nhà nước có bán nhà ở xã hội, chúng nó muốn
  // mua"): registering to buy at the commune, not the lease of the state-built flats; the rented room they live in now
  // ("vẫn ở trọ") is why, no temporary stay asked. Not when one owning such a flat sells it on.
  c('Nhà ở', ['nha o xa hoi', 'nha xa hoi', 'noxh', 'nhxh'], ['mua', 'muon mua', 'mua duoc', 'xin mua', 'dang ky mua'], ['dang ky mua thue mua thue nha o xa hoi'], {
    unless: ['ban lai', 'chuyen nhuong', 'thue mua'],
  }),
  // A house built after the land's book, told as what the book lacks ("sổ đỏ chỉ có đất, nhà mới xây chưa có trên sổ,
  // muốn bổ sung vào"): the "bổ sung" asked is the house registered onto that book, no file or form supplemented.
  c(
    'Đất đai',
    ['nha moi xay', 'can nha moi xay', 'nha xay sau', 'so chi co dat', 'so do chi co dat', 'so chi ghi dat', 'nha chua co tren so', 'chua co nha tren so'],
    ['bo sung', 'bo sung vao', 'bo sung them', 'ghi them vao', 'dua vao so', 'ghi vao so'],
    ['dang ky tai san gan lien voi thua dat'],
    { unless: ['thong tin', 'ho so', 'giay phep'] },
  ),
  // …and the commune's confirmation a buyer asks for ("mua nhà ở xã hội cần xác nhận gì ở xã"): the housing condition
  // confirmed at that same registration, no civil status (7 Dec 2026, home62).
  c('Nhà ở', ['nha o xa hoi', 'nha xa hoi', 'noxh', 'nhxh'], ['xac nhan', 'giay xac nhan', 'xin xac nhan', 'can xac nhan'], ['dang ky mua thue mua thue nha o xa hoi'], {
    unless: ['ban lai', 'chuyen nhuong', 'thu nhap thap'],
  }),
  c('Nhà ở', ['nha o xa hoi', 'nha xa hoi', 'noxh', 'nhxh'], ['o tro', 'van o tro', 'thue tro', 'o nha tro', 'phong tro', 'o thue', 'o nho', 'o nho nha'], [], {
    unless: ['tam tru', 'thuong tru'],
  }),
  // A plot's planning asked because a sale is afoot ("người mua đất đòi giấy chứng chỉ quy hoạch", "bán đất phải xem
  // có dính quy hoạch không"): the sale and the buyer say why, the planning information is asked, not the transfer;
  // "đòi giấy" (folded "đổi giấy") is the buyer demanding it. Not when the transfer itself is asked.
  c(
    'Quy hoạch',
    ['chung chi quy hoach', 'thong tin quy hoach', 'xem quy hoach', 'coi quy hoach', 'kiem tra quy hoach', 'tra cuu quy hoach', 'dinh quy hoach', 'vuong quy hoach', 'nam trong quy hoach'],
    ['nguoi mua', 'nguoi mua dat', 'ben mua', 'khach mua', 'mua dat', 'ban dat', 'dinh ban dat', 'doi giay', 'doi phai co', 'doi co'],
    [],
    { unless: ['sang ten', 'chuyen nhuong', 'cong chung', 'hop dong mua ban', 'tach thua'] },
  ),
  // A garden plot sold, given or shared out ("bán bớt miếng đất vườn cho người bà con"): the plot the deal is about, no
  // change of use, which "đất vườn" alone is read as (lexicon.ts) and which the deal's words do not ask for.
  c('Đất đai', ['ban', 'ban bot', 'ban dat', 'sang ten', 'chuyen nhuong'], ['dat vuon'], ['quyen su dung dat'], {
    unless: [...TO_RESIDENTIAL, 'chuyen muc dich', 'lam nha', 'xay nha', 'cat nha', 'dung nha'],
  }),
  // A wrong detail on an insurance card or book, or the book worn out ("bị ướt hết chữ"): the insurer corrects or
  // reissues it, not the civil-status registry.
  c(
    'Bảo hiểm xã hội',
    // "Thẻ khám bệnh" (the card one is seen with) is how many in the hills name the health card (lexicon.ts).
    ['the bhyt', 'the bao hiem', 'the bao hiem y te', 'bao hiem y te', 'bhyt', 'so bhxh', 'so bao hiem', 'so bao hiem xa hoi', 'so luong huu', 'the kham benh'],
    [...WRONG_DETAIL, ...WORN_OUT],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // …and so when a pension is held up by a wrong detail, unless the paper named wrong is the birth paper ("giấy khai sinh
  // ghi sai ngày sinh, làm lương hưu bị vướng"): the pension is why, the registry corrects the birth record.
  c('Bảo hiểm xã hội', ['luong huu'], [...WRONG_DETAIL, ...WORN_OUT], ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'], {
    unless: ['khai sinh', 'khai sanh', 'ho tich'],
  }),
  // The visit to the doctor told beside a health card lost or worn out ("mất thẻ bảo hiểm, đi khám không được", "thẻ bị
  // rách, đi khám người ta không nhận"): why the card is needed again, no claim on the insurance: it means nothing then
  // (an empty reading, as a place's). Not when the visit's cost is what is asked ("… tự trả tiền, xin thanh toán lại").
  // So too a card to be made again, out of date or never had ("mất thẻ bhyt, hôm sau phải đi khám bệnh, cấp lại có
  // nhanh không").
  c(
    'Bảo hiểm xã hội',
    [...PAPER_LOST, 'doi the', 'the moi', 'lam the', 'cap the', 'the het han', 'chua co the'],
    ['di kham', 'di kham benh', 'kham benh', 'kham benh dinh ky', 'tai kham', 'di vien', 'di benh vien', 'di chua benh'],
    [],
    { unless: ['thanh toan', 'tien', 'chi phi', 'vien phi', 'hoan', 'tra lai', 'noi kham', 'dang ky kham', 'kham ban dau', 'ban dau', 'tuyen'] },
  ),
  // A health card asked for as a first one, but lost or to be made again ("làm lại thẻ bhyt cho con bị mất"): the reissue.
  c(
    'Bảo hiểm xã hội',
    [...PAPER_GONE, ...WORN_OUT],
    ['lam the bhyt', 'cap the bhyt', 'the bhyt cho con', 'lam the bao hiem', 'lam the bao hiem y te', 'cap the bao hiem y te'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // A passport out of date ("gia hạn passport hết hạn"): the passport's phrases already read a new one issued; the
  // expiry said again is no exchange of another paper (the identity card's "cấp đổi").
  c('Xuất nhập cảnh', ['ho chieu', 'passport'], ['het han', 'sap het han', 'qua han', 'het han roi'], []),
  // …and "làm lại" said apart from it ("hộ chiếu hết hạn rồi, muốn làm lại cái mới"): no passport is reissued by name,
  // a new one is issued, as lexicon.ts reads "làm lại hộ chiếu" (not the identity card's or the AB stamp's reissue).
  c('Xuất nhập cảnh', ['ho chieu', 'passport'], ['lam lai', 'cap lai', 'xin lai', 'lam cai moi', 'lam moi'], ['cap ho chieu pho thong'], {
    // A lost passport is the loss's own reading (its report, its AB stamp), as before.
    unless: ['tem', 'thong hanh', 'can cuoc', 'cccd', 'visa', 'thi thuc', 'mat', 'bi mat', 'lam mat', 'danh mat', 'that lac'],
  }),
  // The young's "hc" for hộ chiếu, with the asking or the trip ("làm hc đi Nhật", "gia hạn hc"); "đi hc" alone is "đi học".
  c('Xuất nhập cảnh', ['lam', 'cap', 'xin', 'gia han', 'het han', 'mat', 'doi', 'nhat', 'han quoc', 'dai loan', 'nuoc ngoai', 'xkld', 'xuat canh'], ['hc'], ['cap ho chieu pho thong'], {
    unless: ['tieng', 'truong', 'lop', 'hoc phi', 'hoc ba', 'hoc bong', 'thu tuc', 'hanh chinh', 'hoa chat'],
  }),
  // A poor household's health card not yet given ("hộ nghèo chưa có thẻ khám bệnh, làm thẻ ở đâu"): the household's
  // standing tells who the card is for, the card is asked (an empty reading, as a place's), unless the standing itself
  // is to be confirmed or recognised ("xin xác nhận hộ nghèo để được cấp thẻ bhyt").
  c('Bảo hiểm y tế', ['the kham benh', 'the bhyt', 'the bao hiem', 'the bao hiem y te', 'bhyt'], ['ho ngheo', 'ho can ngheo', 'can ngheo', 'nha ngheo'], [], {
    unless: ['xac nhan', 'xet', 'binh xet', 'cong nhan', 'xin vao', 'xet vao', 'giay chung nhan', 'giay ho ngheo', 'so ho ngheo', 'thoat ngheo'],
  }),
  // A newborn's health card ("làm bhyt cho bé sơ sinh"): a child under six, whose first card comes with the birth
  // registration (the liên thông procedures name the age, not the newborn).
  c('Bảo hiểm y tế', ['bhyt', 'bao hiem y te', 'the bhyt', 'the bao hiem'], ['so sinh', 'be so sinh', 'tre so sinh', 'con so sinh'], ['tre em duoi 6 tuoi']),
  // An eatery asking for its food-safety certificate ("xin giấy atvstp cho quán cafe"): the food business certified,
  // not a household business to register.
  c(
    'Y tế',
    ['atvstp', 'vsattp', 'attp', 'an toan thuc pham', 've sinh an toan thuc pham', 'an toan ve sinh thuc pham', 've sinh thuc pham'],
    ['quan cafe', 'quan ca phe', 'quan nuoc', 'quan com', 'quan pho', 'quan bia', 'quan nhau', 'quan lau', 'lo banh mi', 'lo banh', 'tiem banh', 'tiem banh ngot', 'quan tra sua', 'tiem tra sua'],
    ['kinh doanh thuc pham'],
  ),
  // A food-safety certificate run out or to be made again ("giấy attp hết hạn cấp lại"): it has no renewal; the
  // establishment applies again, with the first certificate's dossier (Nghị định 15/2018, counter knowledge), so the
  // expiry names the certificate, not another paper's reissue or exchange.
  c(
    'Y tế',
    ['atvstp', 'vsattp', 'attp', 'an toan thuc pham', 've sinh an toan thuc pham', 'an toan ve sinh thuc pham', 've sinh thuc pham'],
    ['het han', 'sap het han', 'qua han', 'het han roi', 'cap lai', 'lam lai', 'xin lai', 'gia han'],
    ['co so du dieu kien an toan thuc pham'],
  ),
  // A household business moving its stall or shop ("chuyển chỗ bán sang chợ khác", "dời quán sang địa chỉ khác"): the
  // address on its registration changes (thay đổi nội dung), no new business is founded (counter speech).
  c(
    'Hộ kinh doanh',
    ['ho kinh doanh', 'hkd', 'giay phep kinh doanh', 'dang ky kinh doanh', 'cua hang', 'tap hoa', 'quan an', 'quan com', 'buon ban'],
    [
      'chuyen cho',
      'chuyen cho ban',
      'chuyen cho khac',
      'doi cho ban',
      'doi cho',
      'dia chi khac',
      'cho khac',
      'chuyen dia chi',
      'doi dia chi',
      'chuyen dia diem',
      'doi dia diem',
      'don quan',
      'doi quan',
      'chuyen quan',
      'don tiem',
      'chuyen tiem',
    ],
    ['thay doi noi dung dang ky ho kinh doanh'],
    // A company's or a cooperative's licence is another register (kinds.ts).
    { unless: ['cong ty', 'cty', 'doanh nghiep', 'hop tac xa', 'htx'] },
  ),
  // A cooperative's new chair or director ("hợp tác xã đổi chủ nhiệm", "bầu giám đốc mới"): a change of what it
  // registered, not its certificate exchanged (the bare "đổi" reads "cấp đổi").
  c(
    'Hợp tác xã',
    ['hop tac xa', 'htx', 'to hop tac'],
    [
      ...['doi chu nhiem', 'thay chu nhiem', 'chu nhiem moi', 'bau chu nhiem', 'doi giam doc', 'thay giam doc', 'giam doc moi', 'bau giam doc'],
      ...['doi chu tich', 'chu tich moi', 'doi nguoi dai dien', 'thay nguoi dai dien', 'nguoi dai dien moi', 'doi ban quan tri', 'hoi dong quan tri moi'],
      // Whole, so "đổi | chủ nhiệm mới" does not leave the bare "đổi" read as an exchange.
      ...['doi chu nhiem moi', 'thay chu nhiem moi', 'doi giam doc moi', 'thay giam doc moi', 'doi chu tich moi', 'doi nguoi dai dien moi'],
      // …and its other registered details: the seat moved, the name, the trades, the capital.
      ...['doi dia chi', 'chuyen dia chi', 'doi tru so', 'chuyen tru so', 'doi dia chi tru so', 'doi ten', 'doi nganh nghe', 'them nganh nghe', 'tang von', 'giam von'],
    ],
    ['thay doi noi dung dang ky hop tac xa'],
  ),
  // …its paper to be "sửa lại" for one of those: the change registered, not the paper exchanged (unless worn or wrong).
  c('Hợp tác xã', ['hop tac xa', 'htx'], ['sua lai', 'sua giay', 'sua lai giay', 'sua giay chung nhan', 'sua lai giay chung nhan'], ['thay doi noi dung dang ky hop tac xa'], {
    unless: ['rach', 'bi rach', 'nat', 'hu', 'mat', 'bi mat', 'sai', 'nham', 'ghi sai'],
  }),
  // A young child's card lost or worn ("thẻ bảo hiểm y tế của cháu dưới 6 tuổi bị mất, làm lại"): the reissue, which is
  // not split by age; told, the age pulled the birth registrations that issue the under-6s' first card with them.
  c('Bảo hiểm y tế', [...PAPER_LOST, ...WORN_OUT], ['duoi 6 tuoi', 'duoi sau tuoi', 'chua du 6 tuoi', 'tre duoi 6 tuoi'], [], {
    unless: ['khai sinh', 'khai sanh', 'moi sinh', 'moi de', 'so sinh'],
  }),
  // A wrong detail on the identity card ("căn cước ghi sai quê quán", "chứng minh sai năm sinh"): the police correct the
  // population record and exchange the card, not the civil-status registry (counter speech; the catalogue's names).
  c(
    'Căn cước',
    ['can cuoc', 'the can cuoc', 'cccd', 'cmnd', 'chung minh', 'chung minh thu', 'chung minh nhan dan'],
    WRONG_DETAIL,
    ['dieu chinh thong tin tren the can cuoc', 'cap doi the can cuoc'],
    // A pension, insurance or land book "sai với căn cước" (differs from the card) is the book to correct.
    { unless: ['khai sinh', 'khai sanh', 'ho tich', 'luong huu', 'so huu', 'bhxh', 'bhyt', 'bao hiem', ...LAND_PAPER] },
  ),
  // An identity card damaged ("bị gãy", "mờ ảnh", "bong chip"): exchanged for a new one (cấp đổi), not issued anew nor
  // reissued as a lost one is.
  c(
    'Căn cước',
    ['can cuoc', 'the can cuoc', 'cccd', 'cmnd', 'chung minh', 'chung minh thu', 'chung minh nhan dan'],
    [...WORN_OUT, 'bi gay', 'gay doi', 'bi nut', 'bi cong', 'bi mo', 'mo anh', 'bi bong', 'bi troc', 'bong chip', 'hong chip', 'loi chip', 'chip bi loi', 'chip bi hong'],
    ['cap doi the can cuoc'],
  ),
  // …so on a driving licence, which is exchanged for one written right, and on a vehicle's registration paper, which
  // is exchanged too; not the civil-status registry's, unless the birth record is what is wrong.
  c('Giao thông', ['bang lai', 'bang lai xe', 'gplx', 'giay phep lai xe'], WRONG_DETAIL, ['doi giay phep lai xe'], { unless: ['khai sinh', 'khai sanh', 'ho tich', 'can cuoc', 'cccd'] }),
  c('Đăng ký xe', ['cavet', 'ca vet', 'giay dang ky xe', 'dang ky xe', 'giay to xe'], WRONG_DETAIL, ['doi chung nhan dang ky xe bien so xe'], {
    unless: ['khai sinh', 'khai sanh', 'ho tich', 'can cuoc', 'cccd'],
  }),
  // "Sổ hưu" (the pension book of old): folded it is "sở hữu" (ownership), so read with a pension's words only. Today
  // the social insurance book: lost or wrong, the insurer reissues it (counter speech).
  c(
    'Bảo hiểm xã hội',
    [
      ...['bi mat', 'lam mat', 'danh mat', 'that lac', 'cap lai', 'lam lai', 'xin lai', 'sai', 'ghi sai', 'nghi huu', 've huu', 'luong', 'lanh', 'linh', ...WORN_OUT],
      // The loss said right before the book ("bố mất sổ hưu"): no ownership is lost so.
      ...['mat so huu', 'mat cai so huu'],
    ],
    ['sổ hưu', 'so luong huu'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
    { unless: [...OWNED, 'mat roi', 'da mat', 'qua doi', 'chet'] },
  ),
  // …and the pensioner who held it dead ("ông nhà tôi có sổ hưu, giờ ông mất rồi"): the survivors' allowance.
  c('Bảo hiểm xã hội', ['mat roi', 'da mat', 'qua doi', 'chet', 'tu tran'], ['sổ hưu', 'so luong huu'], ['che do tu tuat'], {
    unless: [...OWNED, 'bi mat', 'lam mat', 'danh mat', 'that lac'],
  }),
  // "Cán bộ xã" said of the speaker's own service and a pension or allowance ("tôi làm cán bộ xã từ năm 1980 muốn hưởng
  // chế độ") is the commune officials' own pension; said of whom the citizen asks at the counter, it is no procedure
  // (the catalogue's longer phrase as the meaning, since a bare "cán bộ xã" of the names would be read anywhere).
  c('Bảo hiểm xã hội', ['luong huu', 'huu', 'che do', 'tro cap', 'nghi viec', 'nghi huu', 've huu', 'tu nam', 'lam'], ['can bo xa', 'nguyen can bo xa'], ['tro cap hang thang doi voi can bo xa'], {
    unless: ['bao toi', 'bao phai', 'bao la', 'noi toi', 'noi la', 'giup', 'hoi', 'o xa'],
  }),
  // …and so are two books to be merged into one.
  c(
    'Bảo hiểm xã hội',
    ['so bhxh', 'so bao hiem', 'so bao hiem xa hoi', 'bhxh', 'bao hiem xa hoi', 'hai so', 'nhieu so'],
    ['gộp', 'gop lai', 'gop so', 'gop lam mot', 'nhap so', 'trung so'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // "Chuyển về" said of a pension ("lương hưu của tôi muốn chuyển về nhận ở tỉnh khác", "về hưu rồi, nay muốn chuyển về
  // quê nhận lương hưu"): it is the pension that moves, paid where the pensioner now lives (chuyển hưởng), not a
  // household registration, unless the household book or the residence is named too.
  c(
    'Bảo hiểm xã hội',
    // …and the old monthly allowance for lost working capacity ("sổ mất sức"), paid and moved the same way.
    ['luong huu', 'tien huu', 'nhan luong huu', 'linh luong huu', 'lanh luong huu', 'tro cap bhxh', 'tro cap hang thang', 'so mat suc', 'tien mat suc', 'luong mat suc', 'huong mat suc'],
    ['chuyen ve', 'chuyen ve que', 'chuyen ve o', 'chuyen ve nhan', 'chuyen sang', 'chuyen di', 'chuyen noi', 'chuyen den', 'chuyen nhan', 've que nhan', 've que linh', 've que lanh', 'chuyen so'],
    ['chuyen huong sang dia ban khac'],
    { unless: ['ho khau', 'nhap khau', 'thuong tru', 'tam tru', 'cu tru', 'so ho khau'] },
  ),
  // …its place named with the South's "chỗ" for "nơi" ("chuyển chỗ lãnh lương hưu về quê"): the same move, not a pension
  // handed "cho" (to) someone, which is drawn on their behalf.
  c(
    'Bảo hiểm xã hội',
    ['luong huu', 'tien huu', 'tro cap'],
    ['chuyen cho lanh', 'chuyen cho nhan', 'chuyen cho linh', 'doi cho lanh', 'doi cho nhan', 'doi cho linh'],
    ['chuyen huong sang dia ban khac'],
    {
      unless: ['thay', 'uy quyen', 'ho'],
    },
  ),
  // A fisherman's boat ("tôi làm nghề đánh cá, cái thuyền nhỏ của tôi") is a fishing vessel, registered by the fisheries
  // office, not an inland waterway craft.
  c(
    'Thủy sản',
    ['danh ca', 'nghe ca', 'nghe danh ca', 'di bien', 'bat ca', 'danh bat', 'ngu dan', 'di long', 'keo luoi', 'tha luoi'],
    ['thuyền', 'ghe', 'xuồng', 'thuyen nho', 'ghe nho', 'thuyen may', 'ghe may', 'chiec thuyen', 'cai thuyen', 'con thuyen'],
    ['tau ca'],
    // Named as a fishing vessel already, the boat is the same thing said twice.
    { unless: ['tau ca', 'dang ky tau', 'tau danh ca'] },
  ),
  // A power of attorney over a house, land or a vehicle ("ủy quyền cho tôi bán căn nhà ở quê"): a transaction on property,
  // certified as a contract.
  c(
    'Chứng thực',
    // Not a bare "nhà": "mời người về nhà" is where the signing is done.
    [...LAND, ...VEHICLE, 'ban nha', 'mua nha', 'nha o', 'ban dat', 'mua ban', 'sang ten', 'chuyen nhuong', 'tang cho', 'the chap', 'vay'],
    ['uy quyen', 'giay uy quyen', 'lam giay uy quyen', 'viet giay uy quyen', 'lam uy quyen'],
    ['chung thuc giao dich', 'chung thuc hop dong', 'giao dich lien quan den tai san'],
  ),
  // A contract the commune is to confirm ("làm hợp đồng cho thuê nhà có xác nhận của xã", "giấy mua bán xin xã xác
  // nhận"): the old say "xác nhận" for the stamp that certifies it, a transaction (counter speech). Not a paper the
  // commune confirms of itself (marital status, residence), nor the land certificate the deal is to lead to.
  c(
    'Chứng thực',
    ['hop dong', 'giay mua ban', 'giay ban', 'giay cho thue', 'giay thue'],
    ['xac nhan', 'co xac nhan', 'xin xac nhan', 'lay xac nhan', 'xa xac nhan', 'phuong xac nhan', 'uy ban xac nhan'],
    ['chung thuc giao dich', 'chung thuc hop dong', 'giao dich lien quan den tai san'],
    { unless: ['lao dong', 'hon nhan', 'doc than', 'cu tru', 'ly lich', 'tien an', 'thu nhap', 'so do', 'so hong', 'lan dau'] },
  ),
  // Authorising someone for a pension or an allowance is the authorisation to collect it, not a certified contract.
  c(
    'Bảo hiểm',
    ['luong huu', 'tro cap', 'bhxh', 'bao hiem xa hoi', 'tien tuat', 'that nghiep'],
    ['uy quyen', 'giay uy quyen', 'lam giay uy quyen', 'lam uy quyen', 'viet giay uy quyen'],
    ['linh thay'],
  ),
  // A pension or allowance left unpaid at death ("mẹ tôi mất còn mấy tháng lương hưu chưa lĩnh"): the heirs claim the
  // arrears (truy lĩnh), which is no authorisation to collect for the living.
  c(
    'Bảo hiểm xã hội',
    PASSED_AWAY,
    ['chua linh', 'con chua linh', 'chua lanh', 'con chua lanh', 'chua kip linh', 'chua kip lanh', 'linh not', 'lanh not', 'linh phan con lai', 'lanh phan con lai'],
    ['truy linh'],
  ),
  // …and so is collecting it "in their stead" once the pensioner has died ("bố tôi mất…, con cháu có được nhận thay
  // không"): no one authorises for the dead. Not a paper lost ("bị mất thẻ, nhờ con lĩnh thay"), nor an authorisation.
  c(
    'Bảo hiểm xã hội',
    PASSED_AWAY,
    [
      ...['nhan thay', 'linh thay', 'lanh thay', 'nhan ho', 'linh ho', 'lanh ho'],
      ...['lanh luong huu thay', 'linh luong huu thay', 'nhan luong huu thay', 'lanh thay luong huu', 'linh thay luong huu', 'nhan thay luong huu'],
    ],
    ['truy linh'],
    {
      unless: ['bi mat', 'mat the', 'mat so', 'mat giay', 'uy quyen', 'giay uy quyen'],
    },
  ),
  // Giving up one's share of what the parents left ("từ chối phần của mình cho em út", "nhường phần cho anh cả", "không
  // nhận phần"): the renunciation of the inheritance, certified at the commune (counter speech; the catalogue's name).
  c(
    'Chứng thực',
    [...PLOT, 'de lai', 'thua ke', 'di san', 'cha me', 'bo me', 'ong ba'],
    // …and the paper the others sign to give it up ("mấy người kia ký giấy nhường"; "giấy nhượng" sells).
    [
      ...['tu choi phan', 'tu choi nhan', 'tu choi nhan phan', 'nhuong phan', 'nhuong lai phan', 'khong nhan phan', 'khong lay phan', 'nhuong het phan', 'giấy nhường', 'ký nhường'],
      // …the paper signed by those who give up ("mấy người kia ký giấy nhường").
      ...['ký giấy nhường', 'làm giấy nhường', 'viết giấy nhường', 'ký giấy nhường lại'],
      // …said of the heirs together ("anh em tôi không ai nhận phần").
      ...['khong ai nhan phan', 'khong ai lay phan'],
      // …the share named by what it is ("không nhận phần đất má để lại"): the land is what is given up, no land asked for.
      ...['tu choi phan', 'nhuong phan', 'nhuong lai phan', 'khong nhan phan', 'khong lay phan', 'nhuong het phan'].flatMap((w) => [`${w} dat`, `${w} nha`]),
    ],
    ['tu choi nhan di san'],
  ),
  // A living owner's plot shared out among the children ("có mảnh đất muốn chia đều cho bốn đứa con", "tách ra mỗi đứa một
  // phần"): the plot split, the shares given after. Not a household split ("tách ra ở riêng" a residence), nor an estate
  // divided after a death (the estate's reading, above).
  c('Đất đai', PLOT, ['tach ra', 'chia ra', 'chia deu', 'chia lam', 'cat ra', 'xe ra'], ['tach thua'], {
    unless: [...DIED, 'qua doi', 'chet', 'thua ke', 'di san', 'di chuc', 'ho khau', 'tach ho', 'so ho', 'cu tru', 'tam tru', 'thuong tru'],
  }),
  // …and the survey done for it ("đo đạc rồi tách ra", "đo đạc tách thửa"): a step of the split, no map asked for.
  c('Đất đai', ['tach thua', 'tach so', 'tach dat', 'tach ra', 'chia thua', 'chia ra', 'chia deu', 'chia lam'], ['do dac', 'do dat', 'di do dac', 'di do dat'], ['tach thua'], {
    unless: ['ban do', 'trich luc', 'trich do'],
  }),
  // What was left, told beside its renunciation ("không nhận phần đất má để lại", "bố mất để lại mảnh đất, tôi từ chối
  // phần thừa kế"): what is given up, no estate divided nor passed on (counter speech).
  c('Chứng thực', RENOUNCED, ['de lai', 'mat de lai', 'chet de lai', 'qua doi de lai', 'mat roi de lai', 'mat co de lai', 'de lai dat'], []),
  // Land divided once someone has died ("bà cả mất rồi, giờ chia đất thế nào"): the estate's division and its
  // registration, not a plot split, unless the split is named.
  c(
    'Chứng thực',
    [...DIED, 'qua doi', 'chet', 'de lai', 'thua ke'],
    ['chia dat', 'chia nha dat', 'chia dat dai', 'chia mieng dat', 'chia manh dat', 'chia nha', 'chia tai san', 'chia dat cho con'],
    ['phan chia di san', 'chuyen nhuong thua ke tang cho quyen su dung dat'],
    { unless: ['tach thua', 'tach so', 'tach dat', 'tach'] },
  ),
  // "Xin phép" said of building: the building permit, asked for only by the question "có phải xin phép không".
  c(
    'Xây dựng',
    [
      'xay',
      'xay nha',
      'lam nha',
      'lam them',
      'xay them',
      'nha kho',
      'noi rong',
      'noi them',
      'sua nha',
      'sua lai nha',
      'cai tao',
      'nha cap',
      'nha tang',
      'mai nha',
      'cong trinh',
      'tuong rao',
      'ban cong',
      // A roof redone, a floor raised, a storey added: repairs and additions the permit covers.
      ...['sua mai', 'sua lai mai', 'lop lai mai', 'thay mai', 'nang nen', 'do nen', 'nang tang', 'them tang', 'xay them tang', 'len tang', 'coi noi'],
    ],
    ['xin phep', 'phai xin phep', 'can xin phep', 'xin phep xay', 'giay phep'],
    ['giay phep xay dung'],
    { unless: ['giếng', 'nuoc ngam', 'khai thac', 'chat cay', 'kinh doanh', 'ban hang'] },
  ),
  // "Sửa lại" said of a house's roof or floor is its repair (sửa chữa, cải tạo), not a paper's correction.
  c(
    'Xây dựng',
    ['mai', 'mai nha', 'nen', 'nen nha', 'nang nen', 'tuong', 'nha cu', 'can nha', 'ngoi nha', 'nha cap bon', 'nha cap 4', ...WORSHIP],
    ['sua lai', 'sửa', 'sua sang', 'sua chua'],
    ['sua chua cai tao'],
    // Nor a paper or a vehicle "chưa sửa lại" (not yet corrected): folded, "chưa" is "chùa".
    { unless: [...LAND_PAPER, 'giay', 'ten', 'sai', 'thong tin', 'dia chi', 'ho khau', 'can cuoc', 'cccd', 'chung minh', 'bang lai', 'xe', 'ho so'] },
  ),
  // Selling food or goods with a permit to be made: the household business's registration.
  c(
    'Hộ kinh doanh',
    // Not "bán ăn": folded, it is also "bản án", a judgment.
    [
      ...['ban hang', 'ban do an', 'ban com', 'ban pho', 'ban bun', 'ban nuoc', 'ban tap hoa', 'mo quan', 'mo tiem', 'mo cua hang', 'mo hang', 'buon ban', 'ban buon', 'ban le'],
      // A stall at the market, a small workshop at home: the trades a household registers.
      ...[
        'ban o cho',
        'sap cho',
        'ban banh',
        'ban rau',
        'ban thit',
        'ban ca',
        'ban trai cay',
        'ban hoa qua',
        'ban quan ao',
        'ban tiep',
        'mo xuong',
        'xuong moc',
        'xuong may',
        'xuong co khi',
        'lam moc',
        'tiem may',
        'tiem sua xe',
        'sua xe',
      ],
    ],
    ['giay phep', 'lam giay phep', 'xin giay phep', 'giay phep kinh doanh', 'dang ky', 'dang ki', 'giay dang ky', 'giay to'],
    ['dang ky thanh lap ho kinh doanh'],
    // "Chiếc" counts vehicles and boats, never a workshop: "chiếc xuồng máy" folded is no "xưởng may".
    { unless: ['ruou', 'thuoc la', 'xang', 'thuoc', 'vang', 'cong ty', 'doanh nghiep', 'chiec'] },
  ),
  // …but the shop told beside its tax ("mở quán tạp hoá, phải đóng thuế khoán") is the household business whose tax is
  // asked, already open, not a registration to make.
  c(
    'Hộ kinh doanh',
    ['thue khoan', 'dong thue', 'nop thue', 'khai thue', 'thue mon bai', 'le phi mon bai', 'thue ho kinh doanh', 'thue kinh doanh'],
    ['mo quan', 'mo tiem', 'mo cua hang', 'mo hang', 'mo shop', 'mo tap hoa', 'ban tap hoa', 'mo sap', 'mo quan an', 'mo quan nuoc', 'buon ban', 'ban hang'],
    ['ho kinh doanh ca nhan kinh doanh'],
    { unless: ['giay phep', 'dang ky', 'dang ki', 'giay dang ky'] },
  ),
  // The tax of a household business already registered ("chị ấy mới đăng ký hộ kinh doanh, giờ không biết nộp thuế thế
  // nào, kê khai ở đâu"): its tax declaration, the registration being the story, unless the registration is asked.
  c(
    'Thuế',
    ['ho kinh doanh', 'hkd', 'ho ca the', 'kinh doanh ca the'],
    ['nop thue', 'dong thue', 'khai thue', 'ke khai thue', 'ke khai', 'nop thue the nao', 'dong thue the nao', 'dong thue khoan', 'nop thue khoan'],
    ['khai thue doi voi ho kinh doanh'],
    { unless: ['muon dang ky', 'xin dang ky', 'lam dang ky', 'chua dang ky', 'giay phep', 'ma so thue', 'mst'] },
  ),
  // A bill paid in full because the health card was not with one ("thẻ bảo hiểm không dùng được vì không mang theo, giờ
  // xin hoàn trả tiền"): the insurer pays it back directly (thanh toán trực tiếp), not a card to make.
  c(
    'Bảo hiểm y tế',
    ['the bao hiem', 'bao hiem y te', 'bhyt', 'vien phi', 'kham chua benh', 'cap cuu'],
    ['khong mang theo', 'khong mang the', 'quen mang theo', 'hoan tra tien', 'hoan tra', 'tra het tien', 'tu tra het tien', 'phai tra het tien'],
    ['thanh toan truc tiep chi phi kham chua benh'],
  ),
  // Where a health card sends one first ("thẻ bảo hiểm y tế đăng ký ở phòng khám khu vực, muốn chuyển nơi đăng ký"): beside
  // the card, the place registered on it, which the insurer changes; not a residence registered.
  c(
    'Bảo hiểm y tế',
    ['bao hiem y te', 'bhyt', 'the bao hiem', 'the y te'],
    ['chuyen noi dang ky', 'doi noi dang ky', 'dang ky kham o', 'dang ky kham benh o', 'dang ky o phong kham', 'dang ky o tram y te', 'dang ky o tram xa'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
  ),
  // Less lump-sum tax asked by a stall hit by illness or a slack season ("xin giảm thuế khoán"): the household business's
  // reduction of income tax for hardship, not the resource or land taxes whose names carry "miễn, giảm".
  c('Thuế', ['thue khoan', 'thue ho kinh doanh'], ['giam thue', 'xin giam thue', 'mien thue', 'xin mien thue', 'mien giam thue'], ['giam thue thu nhap ca nhan doi voi ca nhan ho kinh doanh']),
  // Trees planted for timber, cut to sell: the harvest of planted forest.
  c(
    'Lâm nghiệp',
    // Not "thông": folded, it is also "thông tin", and "khai thác thông tin" is a data request.
    ['keo', 'cay keo', 'rung keo', 'bach dan', 'rung thong', 'rung', 'go', 'rung trong', 'trong cay'],
    ['khai thac', 'khai thac ban', 'chat ban', 'chat ha', 'ban go', 'ban cay'],
    ['khai thac go'],
    // Nor precious wood kept for years ("bán mấy khúc gỗ sưa ông để lại"): sold, it is the product, not a harvest (forest66).
    { unless: ['cat', 'soi', 'khoang san', 'nuoc', 'thuy san', 'than', 'da', 'thong tin', 'du lieu', 'go sua', 'go trac', 'go cam lai', 'go quy', 'go quy hiem', 'go huong'] },
  ),
  // Farmland swapped with a neighbour: the exchange of agricultural land, registered on the paper; "đổi" of a land
  // paper is its exchange (cấp đổi, above), of a use, its change (chuyển mục đích).
  c(
    'Đất đai',
    // Not a bare "thửa": folded, it is also "thừa" (thừa kế).
    [...FARMLAND, 'thua dat', 'manh ruong', 'thua ruong'],
    ['đổi', 'doi cho', 'doi cho hang xom', 'doi cho nha hang xom', 'doi voi hang xom', 'doi thua', 'doi ruong', 'doi dat'],
    ['chuyen doi quyen su dung dat nong nghiep'],
    {
      unless: [...LAND_PAPER, 'muc dich', 'len tho cu', 'dat o', 'ten'],
    },
  ),
  // "Đứng tên" said of land or a house (bought, given, inherited): putting it in one's name is the transfer registered
  // on the paper; said of a vehicle, the change of its owner (below); of a wrong name on the paper, its correction.
  c('Đất đai', [...LAND, 'nha', 'vuon', 'manh vuon'], STANDING_NAME, ['dang ky bien dong', 'chuyen nhuong thua ke tang cho quyen su dung dat', 'chuyen nhuong quyen su dung dat'], {
    // Nor of money in the bank ("sổ tiết kiệm đứng tên ông"), which has no land office's register.
    unless: [...VEHICLE, ...SHOP, ...SAVINGS, 'sai', 'ghi sai', 'sửa', 'cong ty', 'doanh nghiep'],
  }),
  // A house bought or sold with its book named or the name moved ("sang tên sổ hồng mua nhà"): the transfer registered
  // on the paper, not the "hợp đồng mua bán nhà ở" of a pledge carried over, nor social housing bought.
  c(
    'Đất đai',
    [...LAND_PAPER, 'sang ten'],
    ['mua nha', 'ban nha', 'mua can ho', 'ban can ho', 'mua chung cu', 'ban chung cu'],
    ['dang ky bien dong', 'chuyen nhuong thua ke tang cho quyen su dung dat', 'chuyen nhuong quyen su dung dat'],
    { unless: ['the chap', 'nha o xa hoi', 'thue', 'vay'] },
  ),
  // Savings of the dead ("ông mất rồi, sổ tiết kiệm đứng tên ông, làm sao rút được"): an estate, which the heirs
  // divide by a certified document before the bank pays.
  c('Chứng thực', [...DIED, 'qua doi', 'chet', 'de lai', 'di chuc', 'thua ke'], SAVINGS, ['phan chia di san', 'di san', 'thua ke']),
  // A confirmation said of a sentence served or wiped ("giấy xác nhận là đã được xoá án tích", "xác nhận đã ra tù"):
  // what the justice record shows, not another confirmation the names call "giấy xác nhận" (counter speech).
  c(
    'Lý lịch tư pháp',
    ['an tich', 'xoa an', 'tien an', 'an treo', 'ngoi tu', 'ra tu', 'di tu ve', 'het an', 'da het an'],
    ['xac nhan', 'giay xac nhan', 'chung nhan', 'giay chung nhan'],
    ['phieu ly lich tu phap', 'ly lich tu phap'],
  ),
  // The tax asked of land or a house sold or given between people ("bán mảnh vườn cho em ruột, có phải nộp thuế thu
  // nhập không", "sang tên sổ đỏ cho con có mất thuế không"): a person's income tax on what real estate brought them,
  // not a company's on its transfers (counter speech).
  c(
    'Thuế',
    // …or received: "mảnh đất được bố mẹ cho".
    [
      ...['bán', 'ban dat', 'ban nha', 'ban manh', 'mua dat', 'mua nha', 'sang ten', 'tang cho', 'cho tang', 'chuyen nhuong', 'cho con', 'cho em'],
      ...['bo me cho', 'cha me cho', 'ong ba cho', 'duoc tang', 'nhan tang'],
      // …the South's parents ("ba má cho", "ba cho đất thằng con") and the land or house named as the thing given.
      ...['ba ma cho', 'ba cho', 'cho dat', 'cho nha', 'cho can nha', 'cho manh dat', 'cho mieng dat', 'cho lo dat'],
    ],
    // …or let off it ("cha mẹ cho con thì được miễn thuế").
    ['thue thu nhap', 'thue thu nhap ca nhan', 'nop thue', 'mat thue', 'dong thue', 'chiu thue', 'thue tncn', 'tncn', 'mien thue', 'duoc mien thue', 'xin mien thue'],
    ['thu nhap tu chuyen nhuong bat dong san'],
    // The land's own yearly tax ("đóng thuế đất ở mô") is not its sale's.
    // Nor a wage earner's allowance for a child ("giảm trừ gia cảnh cho con").
    { unless: [...VEHICLE, ...SHOP, 'cong ty', 'doanh nghiep', 'von', 'co phan', 'chung khoan', 'thue dat', 'thue su dung dat', 'thue nha dat', 'giam tru', 'phu thuoc'] },
  ),
  // …and land or a house given, said beside the tax on it ("ba cho đất thằng con thì có phải đóng thuế không"): the
  // gift is the story, the income tax on a gift of real estate (and its exemption between kin) what is asked.
  c(
    'Thuế',
    ['dong thue', 'nop thue', 'mat thue', 'chiu thue', 'mien thue', 'duoc mien thue', 'thue tncn', 'thue thu nhap'],
    ['cho dat', 'cho con dat', 'tang cho dat', 'cho nha', 'cho can nha', 'cho manh dat', 'cho mieng dat', 'cho lo dat'],
    ['nhan qua tang la bat dong san'],
    // The transfer asked too ("làm hợp đồng tặng cho rồi sang tên, có mất thuế không"): the gift keeps its land reading.
    { unless: [...VEHICLE, ...SHOP, 'cong ty', 'doanh nghiep', 'thue dat', 'thue su dung dat', 'thue nha dat', 'cho thue', 'sang ten', 'hop dong', 'dung ten'] },
  ),
  // …of a shop, the change of who is registered for the household business.
  // …and the shop passed on ("sang nhượng", "nhượng lại"): its new owner is registered in its place (lexicon.ts names it sold).
  // …and renamed ("đổi tên quán ăn"): the shop's registered name changed, not a person's.
  c(
    'Hộ kinh doanh',
    SHOP,
    [...STANDING_NAME, 'sang ten', 'doi ten chu', 'doi chu', 'sang nhuong', 'nhuong lai', 'doi ten', 'doi lai ten', 'thay ten', 'thay lai ten'],
    ['thay doi noi dung dang ky ho kinh doanh'],
  ),
  // Its paper worn, soaked or lost is reissued (the reissue also exchanges an old licence for the certificate).
  c(
    'Hộ kinh doanh',
    ['giay dang ky ho kinh doanh', 'giay chung nhan dang ky ho kinh doanh', 'giay phep kinh doanh', 'giay dang ky kinh doanh'],
    [...WORN_OUT, 'bi mat', 'lam mat', 'danh mat', 'that lac', 'bi chay', 'xin lai', 'lam lai', 'cap lai'],
    ['cap lai giay chung nhan dang ky ho kinh doanh'],
    { unless: ['cong ty', 'doanh nghiep'] },
  ),
  // A private enterprise sold or given away changes its owner (the catalogue's "thay đổi chủ doanh nghiệp tư nhân").
  c(
    'Doanh nghiệp',
    ['doanh nghiep tu nhan', 'dntn', 'cong ty tu nhan'],
    ['ban', 'ban lai', 'nhuong lai', 'tang cho', 'cho con', 'sang ten', 'doi chu', ...STANDING_NAME],
    ['thay doi chu doanh nghiep tu nhan'],
  ),
  // Forest land turned to orchards is the forest's change of use, which the commune decides for a person.
  c(
    'Kiểm lâm',
    ['rung', 'dat rung', 'rung trong', 'rung san xuat', 'rung keo'],
    ['chuyen sang trong', 'chuyen sang trong cay', 'chuyen sang lam', 'trong cay an qua', 'lam vuon cay an qua', 'chuyen muc dich', 'chuyen doi muc dich'],
    ['chuyen muc dich su dung rung sang muc dich khac'],
  ),
  // A planted forest burnt or felled by a storm, told with words between ("rừng keo nhà bác bị cháy"): the commune's
  // inspection of the damaged forest.
  c(
    'Lâm nghiệp',
    ['rung', 'rung keo', 'rung trong', 'keo', 'cay keo', 'bach dan'],
    ['bi chay', 'chay mat', 'chay het', 'bi bao', 'bao quat', 'bi gay', 'gay do', 'bi do', 'bi lu', 'chay rung'],
    ['rung trong bi thiet hai'],
  ),
  // "Dịch cúm" said of poultry ("nhà nuôi gà bị dịch cúm chết hết"): the birds' disease, whatever people also catch.
  c('Thú y', ['ga', 'vit', 'ga vit', 'gia cam', 'nuoi ga', 'nuoi vit', 'dan ga', 'dan vit', 'con ga', 'con vit', 'chim cut'], ['dich cum', 'bi cum', 'cum'], ['dich benh dong vat']),
  // Buffalo, pigs or goats fallen sick and dead, or a herd caught by an epidemic ("trâu nhà tôi bị ốm chết hai con,
  // cả bản bị dịch"): the animals' disease, no person's death nor illness. Not bare "bò", "bo": unmarked it is "bố" too.
  c(
    'Thú y',
    ['trau', 'con trau', 'trau bo', 'con bo', 'dan bo', 'dan trau', 'gia suc', 'lon', 'heo', 'con lon', 'con heo', 'con de', 'dan de', 'ngua', 'vat nuoi'],
    ['om chet', 'bi om chet', 'chet dich', 'bi dich', 'dich chet', 'chet vi dich', 'chet do dich'],
    ['dich benh dong vat'],
  ),
  // "Dịch" said with a language ("dịch giấy khai sinh sang tiếng Anh", "dịch cái giấy tiếng Anh ra tiếng Việt"): a
  // translation, certified by the translator's signature (the catalogue's name), whatever paper is named between.
  c(
    'Chứng thực',
    ['sang tieng', 'ra tieng', 'tieng anh', 'tieng viet', 'tieng nuoc ngoai', 'tieng han', 'tieng nhat', 'tieng trung', 'tieng phap', 'tieng duc'],
    ['dich'],
    ['chung thuc chu ky nguoi dich'],
    {
      unless: ['dich benh', 'dich vu', 'dich ta', 'dich cum'],
    },
  ),
  // A translation asked for ("con ở nước ngoài gửi giấy tờ về, nhờ đi dịch rồi chứng thực bản dịch"): the country is why
  // the paper needs translating, where it or the relative comes from, not a foreign element of the certification.
  c('Chứng thực', ['ban dich', 'dich thuat', 'dich sang', 'dich ra', 'dich giay', 'nguoi dich'], ['nuoc ngoai'], [], {
    unless: ['ban sao', 'sao y', 'photo', 'hop phap hoa', 'lanh su'],
  }),
  // …and "công chứng" said of that translation ("dịch … có công chứng") is the same certification, not a copy's.
  c('Chứng thực', ['dich', 'ban dich', 'dich thuat'], ['cong chung', 'chung thuc', 'co cong chung', 'co chung thuc'], ['chung thuc chu ky nguoi dich'], {
    unless: ['dich benh', 'dich vu', 'ban sao', 'sao y', 'photo'],
  }),
  // …and the paper named between ("dịch giấy khai sinh và học bạ sang tiếng Anh có công chứng") is what is translated:
  // its translation certified, not a copy of the record.
  c(
    'Chứng thực',
    ['dich sang', 'dich ra', 'ban dich', 'dich thuat', 'dich giay', 'dich hoc ba', 'dich bang', 'sang tieng', 'ra tieng'],
    [...CIVIL_PAPER, 'hoc ba', 'bang tot nghiep', 'bang dai hoc', 'bang cap', 'so ho khau', 'ly lich tu phap'],
    ['chung thuc chu ky nguoi dich'],
    { unless: ['muc dich', 'dich benh', 'dich vu'] },
  ),
  // A civil-status paper's copy the speaker takes to be certified ("cần mấy bản sao giấy khai sinh có đóng dấu, ra xã
  // chứng thực bản sao", "bản sao khai sinh đi công chứng"): a copy made from the original in hand, not the registry's
  // extract, which is asked when the original is lost or torn or the extract is named (counter speech).
  c(
    'Chứng thực',
    ['chung thuc ban sao', 'chung thuc', 'sao y', 'cong chung', 'dong dau', 'co dau do', 'photo'],
    ['ban sao khai sinh', 'ban sao giay khai sinh', 'sao giay khai sinh', 'ban sao ket hon', 'ban sao giay ket hon', 'ban sao giay chung nhan ket hon'],
    ['chung thuc ban sao', 'ban sao tu ban chinh'],
    { unless: ['trich luc', 'bi mat', 'mat roi', 'lam mat', 'danh mat', 'mat ban chinh', 'ban chinh mat', 'rach', 'bi chay', 'hu hong', 'bi hong', 'khong con', 'cap lai', 'xin lai', 'lam lai'] },
  ),
  // A résumé the ward or commune is to stamp ("công ty đòi lý lịch có xác nhận của phường", "xin xác nhận sơ yếu lý
  // lịch"): the clerk certifies the signature on it, the justice record is not asked (counter speech).
  c(
    'Chứng thực',
    ['so yeu', 'cua phuong', 'cua xa', 'phuong xac nhan', 'xa xac nhan', 'dia phuong xac nhan', 'xac nhan dia phuong', 'dong dau'],
    ['ly lich', 'so yeu ly lich'],
    ['chung thuc chu ky'],
    { unless: ['tu phap', 'lltp', 'phieu ly lich', 'tien an', 'an tich', 'ngoi tu', 'so 1', 'so 2'] },
  ),
  // "Xác nhận" said beside a signature ("chứng thực chữ ký trên cái đơn xin xác nhận", "xin xã xác nhận chữ ký"): the
  // commune's stamp under the signature is its certification, whatever the letter asks (counter speech).
  c('Chứng thực', ['chu ky', 'ky ten'], ['xac nhan', 'xin xac nhan', 'don xin xac nhan', 'giay xac nhan'], ['chung thuc chu ky'], {
    unless: ['hon nhan', 'doc than', 'cu tru', 'ly lich'],
  }),
  // "Xác nhận" said of a poor household ("hộ cận nghèo năm ngoái, năm nay xin xác nhận"): the commune's yearly
  // recognition of the household, which its certificate shows (counter speech).
  c('Bảo trợ xã hội', ['ho ngheo', 'ho can ngheo', 'can ngheo'], ['xac nhan', 'xin xac nhan', 'giay xac nhan'], ['cong nhan ho ngheo ho can ngheo']),
  // A poor household beside a tax let off ("nhà nghèo xin miễn thuế đất", "miễn thuế đất hộ nghèo"): the ground for the
  // exemption, which the tax office grants, not the commune's poverty list the household is already on (counter speech).
  c('Thuế', ['mien thue', 'giam thue', 'mien giam thue'], ['ho ngheo', 'ho can ngheo', 'nha ngheo'], ['mien giam']),
  // The short forms the counter's own forms use, as the young type them ("ct hđ thuê nhà", "hđ mua bán xe ct ở đâu",
  // "ct chữ ký"): beside a contract, a signature, a copy, a will or an estate, "ct" is "chứng thực"; beside a sale, a
  // gift, a lease, a mortgage or its certification, "hđ" is the contract asked to be certified ("hợp đồng" alone is no
  // phrase of the lexicon). Elsewhere they are other words (công ty, cấp tỉnh; hoạt động, hóa đơn), left to the names'
  // initials (abbreviations in counter speech).
  c(
    'Chứng thực',
    [...CIVIL_PAPER, ...LAND_PAPER, 'hd', 'hop dong', 'giao dich', 'chu ky', 'ban sao', 'sao y', 'photo', 'di chuc', 'di san', 'thua ke', 'uy quyen', 'van ban', 'ban dich'],
    ['ct'],
    ['chung thuc'],
  ),
  c('Chứng thực', ['ct', 'chung thuc', 'cong chung', 'mua ban', 'tang cho', 'thue nha', 'cho thue', 'chuyen nhuong', 'uy quyen', 'the chap', 'dat coc'], ['hd'], ['chung thuc hop dong']),
  // "Công chứng" said of a sale, a gift or a mortgage is the certification of that transaction (the contract), not of
  // a copy: "bán nhà công chứng", "mua đất ra xã chứng thực", "giấy cho tặng". Said of papers to be copied, it stays
  // the copy's. The commune's stamp asked on a contract ("hợp đồng cho thuê nhà có xã đóng dấu") is the same act.
  c(
    'Chứng thực',
    ['ban nha', 'ban dat', 'mua nha', 'mua dat', 'mua ban', 'sang nhuong', 'chuyen nhuong', 'tang cho', 'cho tang', 'tang dat', 'tang nha', 'cho thue nha', 'the chap', 'hop dong', 'hd', 'giao dich'],
    ['cong chung', 'chung thuc', 'ra cong chung', 'di cong chung', 'lam cong chung', 'xa dong dau', 'phuong dong dau', 'dong dau o xa'],
    ['chung thuc giao dich', 'giao dich lien quan den tai san'],
    { unless: ['ban sao', 'photo', 'sao y', 'chu ky', 'di chuc', 'bang', 'hoc ba'] },
  ),
  // The notary's office named as where a will or a deed is made ("làm ở xã được không, hay phải ra văn phòng công chứng",
  // "ký hợp đồng ở phòng công chứng"): the certification asked for, which the commune gives too (legal), not the
  // office's own procedures (founding, merging, selling a practice), which notaries ask for.
  c(
    'Chứng thực',
    [...LAND_PAPER, 'di chuc', 'di san', 'thua ke', 'hop dong', 'mua ban', 'tang cho', 'uy quyen', 'the chap', 'ban nha', 'ban dat', 'mua nha', 'mua dat', 'nha dat', 'sang ten'],
    ['van phong cong chung', 'phong cong chung', ...['ra', 'len', 'o', 'den', 'toi'].flatMap((w) => [`${w} van phong cong chung`, `${w} phong cong chung`])],
    ['chung thuc'],
    { unless: ['thanh lap', 'mo van phong', 'sap nhap', 'hop nhat', 'cong chung vien', 'hanh nghe'] },
  ),
  // "Hđ", the young's "hợp đồng", said beside its certification, a sale, a lease or a power of attorney ("chứng thực hđ
  // thuê nhà", "hđ ủy quyền"): the transaction's certification. Not alone: "hđ" is as often "hóa đơn", "hoạt động".
  c(
    'Chứng thực',
    ['chung thuc', 'cong chung', 'mua ban', 'thue nha', 'cho thue', 'tang cho', 'chuyen nhuong', 'the chap', 'uy quyen'],
    ['hd'],
    ['chung thuc giao dich', 'giao dich lien quan den tai san'],
    { unless: ['lao dong', 'hoa don', 'ban sao'] },
  ),
  // A contract already certified, to be changed or undone ("hợp đồng cho thuê nhà làm ở ủy ban rồi, nay muốn sửa lại giá
  // thuê"), or copied again ("xin lại bản sao cái hợp đồng tặng cho đã làm ở xã"): the certification of the change, or
  // the certified copy of the transaction, not a correction of a record or a copy of a paper one holds (counter speech).
  c(
    'Chứng thực',
    ['hop dong', 'giao dich', 'van ban thoa thuan'],
    ['sua lai', 'sua doi', 'bo sung', 'huy bo', 'huy hop dong', 'lam lai hop dong', 'thay doi noi dung'],
    ['sua doi bo sung huy bo giao dich'],
    // The supplier's contracts by their phrases: bare "điện", "nước" are also "diện tích", "nước ngoài".
    { unless: ['di chuc', 'ban sao', 'photo', 'sao y', 'hop dong lao dong', 'bao hiem', 'hop dong dien', 'tien dien', 'hop dong nuoc', 'tien nuoc', 'dien nuoc'] },
  ),
  c(
    'Chứng thực',
    ['hop dong', 'giao dich', 'van ban thoa thuan'],
    ['xin lai ban sao', 'cap lai ban sao', 'lay lai ban sao', 'xin ban sao', 'lay ban sao', 'cap ban sao'],
    ['ban sao co chung thuc tu ban chinh giao dich'],
    { unless: ['chung thuc ban sao', 'photo', 'sao y', 'hop dong lao dong', 'bao hiem'] },
  ),
  // …and the contract named there ("xin lại bản sao cái hợp đồng tặng cho đã làm ở xã"): the one certified before, whose
  // copy is asked, not a contract to certify now.
  c(
    'Chứng thực',
    ['xin lai ban sao', 'cap lai ban sao', 'lay lai ban sao', 'xin ban sao', 'lay ban sao', 'cap ban sao'],
    ['hop dong tang cho', 'hop dong mua ban', 'hop dong chuyen nhuong', 'hop dong the chap', 'hop dong cho thue', 'hop dong uy quyen'],
    ['giao dich da duoc chung thuc'],
    { unless: ['chung thuc ban sao', 'photo', 'sao y', 'hop dong lao dong', 'bao hiem'] },
  ),
  // …and the papers one brings to be copied, named apart from "công chứng" ("công chứng mấy tờ giấy khai sinh với sổ đỏ
  // ra bản sao", "sao y cái bằng"): the copies certified, not the land or the birth they record.
  c(
    'Chứng thực',
    ['cong chung', 'chung thuc', 'sao y', 'photo'],
    [
      ...LAND_PAPER,
      ...CIVIL_PAPER,
      'giay to dat',
      'giay to nha dat',
      'giay to nha',
      'so ho khau',
      'hoc ba',
      'bang tot nghiep',
      'bang cap',
      'bang dai hoc',
      'can cuoc',
      'cccd',
      'cmnd',
      'chung minh thu',
      // …and the child's birth paper, said with whose it is ("sao y giấy khai sinh cho con để nộp hồ sơ đi học"): read
      // as its words, "khai sinh cho con" is the birth registration.
      ...['giay khai sinh cho con', 'giay khai sinh cua con', 'giay khai sinh cho chau', 'giay khai sinh cua chau'],
    ],
    ['chung thuc ban sao tu ban chinh'],
    {
      unless: [
        ...['ban nha', 'ban dat', 'mua nha', 'mua dat', 'mua ban', 'sang nhuong', 'chuyen nhuong', 'tang cho', 'cho thue', 'the chap', 'hop dong', 'giao dich'],
        ...['sang ten', 'thua ke', 'di san', 'di chuc', 'chu ky', 'uy quyen', 'dich', 'bi mat', 'lam mat', 'danh mat', 'cap lai', 'cap doi', 'lam lai'],
      ],
    },
  ),
  // "Đi làm xa", "đi làm ăn xa" (gone to work far away) said of a child or a parent beside another request ("bằng lái
  // của con sắp hết hạn, nó đi làm xa", "mẹ nó đi làm ăn xa, tôi làm giám hộ") tells who is away: told, not asked (an
  // empty reading), unless the absence itself is to be declared.
  c('Cư trú', ASKED_BESIDE, ['di lam xa', 'di lam an xa'], [], { unless: ['khai bao', 'tam vang', 'bao vang', 'vang mat'] }),
  // …and so does a fisherman's going to sea ("chồng đi ghe đánh cá, con mới đẻ, vợ làm giấy khai sinh"): his trade
  // told, not his boat's papers asked, unless they are named.
  c('Thủy sản', ASKED_BESIDE, ['di bien', 'di ghe', 'di ghe danh ca', 'di ghe ca', 'di tau ca', 'di danh ca', 'di bien danh ca', 'di danh bat'], [], {
    unless: ['giay phep', 'dang ky tau', 'dang ky ghe', 'dang kiem', 'khai thac', 'thuyen vien', 'bao hiem tau', 'bao hiem thuyen'],
  }),
  // A land paper made "cho đất" ("xin sổ đỏ cho đất ông bà để lại", "làm sổ cho đất vườn"): for the land, as "cho"
  // after a paper is, not land given, unless someone it goes to or a gift is named.
  c(
    'Đất đai',
    [
      ...['xin so do', 'lam so do', 'cap so do', 'xin so hong', 'lam so hong', 'cap so hong', 'xin so', 'lam so', 'cap so'],
      ...['xin giay chung nhan', 'lam giay chung nhan', 'cap giay chung nhan', 'dang ky dat'],
    ],
    ['cho dat', 'cho manh dat', 'cho mieng dat', 'cho thua dat', 'cho lo dat'],
    [],
    { unless: ['tang', 'tang cho', 'sang ten', 'cho con', 'cho chau', 'cho thang', 'cho dua', 'cho nó', 'ban', 'mua', 'chuyen nhuong', 'cho em', 'cho anh', 'cho chi'] },
  ),
  // Giving land to a child: a gift of the land use right, registered as a change on the paper.
  c(
    'Đất đai',
    LAND,
    [
      'cho con',
      // "Muốn cho nó mảnh đất": the child the story is about, as the old name them.
      'cho nó',
      'cho chau',
      'cho cac con',
      'cho con trai',
      'cho con gai',
      'cho con ut',
      'cho thang',
      'cho dua',
      'cho chau noi',
      'cho chau ngoai',
      'bo me cho',
      'cho lai',
      'tang cho',
      'cho tang',
      'biếu',
      'cho han',
      'cho khong',
      'cho dut',
    ],
    ['chuyen nhuong thua ke tang cho quyen su dung dat'],
    { unless: NOT_A_GIFT },
  ),
  // A land paper torn, worn or soaked is exchanged (cấp đổi), not reissued; lost or burnt it is reissued.
  c(
    'Đất đai',
    LAND_PAPER,
    [
      'rách',
      'bi rach',
      'rach nat',
      'nát',
      'bi nat',
      'nhau nat',
      'hư',
      'hu hong',
      'bi hong',
      'cu nat',
      'mo chu',
      'bi mo',
      'phai mau',
      'ướt',
      'bi uot',
      'mục',
      'bi muc',
      'het cho',
      'het trang',
      'moi xong',
      'bi moi',
      'chuot can',
      'khong doc duoc',
      'đổi',
      'xin doi',
      'doi moi',
      'đổi lại',
    ],
    ['cap doi giay chung nhan'],
  ),
  // Fighting over ("tranh nhau") land or a path is its dispute; over a child or a pension it is not.
  c('Đất đai', [...LAND, 'loi di', 'ngo di', 'duong di', 'ranh gioi', 'bo rao'], ['tranh nhau'], ['tranh chap dat dai']),
  // A land paper "made again" into another's name or after its owner's death ("ông mất rồi, làm lại sổ đỏ đứng tên
  // bà"): the paper made out to the heir or the new owner, the change registered; no loss, no wear.
  c(
    'Đất đai',
    [...STANDING_NAME, 'sang ten', 'qua ten', 'thua ke', 'de lai', 'qua doi', 'tu tran', 'chet'],
    ['lam lai', 'cap lai', 'xin lai', 'xin cap lai', 'doi'].flatMap((v) => ['so do', 'so hong', 'bia do', 'so dat'].map((p) => `${v} ${p}`)),
    ['dang ky bien dong', 'chuyen nhuong thua ke tang cho quyen su dung dat'],
    { unless: ['bi mat', 'lam mat', 'danh mat', 'danh roi', 'that lac', 'bi chay', 'chay mat', ...WASHED_AWAY, 'mat so', 'sai', 'ghi sai', 'rách', 'nát'] },
  ),
  // "Cấp lại", "làm lại" said of a land paper no loss is told of: a new one, which a worn one is exchanged for.
  c('Đất đai', LAND_PAPER, ['cap lai', 'xin cap lai', 'lam lai', 'xin lai'], ['cap lai giay chung nhan', 'cap doi giay chung nhan'], {
    unless: ['mất', 'bi mat', 'lam mat', 'danh mat', 'danh roi', 'that lac', 'bi chay', 'chay mat', ...WASHED_AWAY],
  }),
  // …and lost or burnt, however it is named ("cái giấy màu hồng… giờ bị mất rồi"), it is reissued. Not an owner's
  // death told beside an estate ("bố bị mất, chia thừa kế sổ đỏ"), which is the estate's.
  c('Đất đai', LAND_PAPER, ['bi mat', 'lam mat', 'danh mat', 'danh roi', 'that lac', 'bi chay', 'chay mat', ...WASHED_AWAY], ['cap lai giay chung nhan do bi mat'], {
    unless: ['thua ke', 'di san', 'di chuc', 'qua doi'],
  }),
  // "Sửa", "sai" said of a land paper: the land office's correction of the certificate.
  c(
    'Đất đai',
    LAND_PAPER,
    [
      'sửa',
      'sua sai',
      'sua lai',
      'bi sai',
      'ghi sai',
      'viet sai',
      'in sai',
      'sai',
      'sai ten',
      'sai ho',
      'sai ngay sinh',
      'sai nam sinh',
      'sai thong tin',
      'thong tin sai',
      'sua ten',
      'sua lai ten',
      'sua thong tin',
      'sua lai thong tin',
      'dinh chinh thong tin',
      'sai dien tich',
      'sai dia chi',
      'sai so thua',
      // What the paper says differs from the ground: "diện tích ghi trên sổ đỏ khác với đo thực tế".
      'khac voi',
      'khac voi thuc te',
      'khac thuc te',
      'khong khop',
      'khong dung voi',
      'chenh lech',
    ],
    ['dinh chinh giay chung nhan'],
    // …not the old card's number on it, now renewed: the holder's details changed (ID_RENEWED).
    { unless: ID_RENEWED },
  ),
  // A plot measured again and found short or over against its book ("đo lại thấy thiếu so với sổ"): the area written
  // on it is corrected, no survey asked for.
  c(
    'Đất đai',
    [
      ...['so voi so', 'thieu so voi', 'du so voi', 'hut so voi', 'thua so voi', 'it hon', 'nhieu hon', 'du ra', 'thieu hut', 'bi thieu', 'bi hut'],
      ...['khac voi', 'khong khop', 'khong dung voi', 'chenh lech'],
    ],
    ['do lai', 'do lai dat', 'do dat', 'do dac lai', 'do lai dien tich'],
    ['dinh chinh giay chung nhan'],
  ),
  // The holder's new ID card to be written on a land paper ("đổi thông tin CCCD trên sổ đỏ", "sổ còn ghi chứng minh
  // cũ"): the change of the land user's details registered, not the card's own exchange.
  c('Đất đai', LAND_PAPER, ID_RENEWED, ['thay doi thong tin ve nguoi su dung dat']),
  // A spouse's name added to (or taken off) a land paper: the change registered on the spouses' agreement.
  c(
    'Đất đai',
    LAND_PAPER,
    [
      'them ten',
      'them ten vo',
      'them ten chong',
      'ghi ten vo',
      'ghi ten chong',
      'dung ten vo chong',
      'dung ten hai vo chong',
      'dung ten ca hai',
      'dung ten chung',
      'cung dung ten',
      'bo ten vo',
      'bo ten chong',
      // A spouse wanting to "have a name" in the book too ("bà nhà tôi muốn có tên trong sổ", "đưa tên vợ vào").
      ...['co ten trong so', 'co ten tren so', 'co ten vao so', 'co ten chung', 'dua ten vao', 'dua ten vo vao', 'dua ten chong vao', 'ghi them ten', 'them ten vao'],
      ...['vo', 'chong'].flatMap((who) => [`them ten ${who}`, `bo sung ten ${who}`, `ghi them ten ${who}`]),
    ],
    ['thoa thuan cua cac thanh vien ho gia dinh hoac cua vo va chong'],
  ),
  // …said as both names "put" on it ("để tên cả 2 vợ chồng trên sổ đỏ"; "để tên" is the South's "đứng tên").
  c(
    'Đất đai',
    LAND_PAPER,
    ['de ten ca hai', 'de ten ca 2', 'de ten vo chong', 'de ten hai vo chong', 'ghi ten ca hai', 'ghi ten ca 2', 'dung ten ca 2', 'ten ca hai vo chong', 'ten ca 2 vo chong'],
    ['thoa thuan cua cac thanh vien ho gia dinh hoac cua vo va chong'],
  ),
  // A land paper's holders changed by a court's judgment ("tòa xử cho nó được cả mảnh đất", "sang tên theo bản án ly
  // hôn"): the change registered on the judgment, not a copy of it nor its enforcement.
  c(
    'Đất đai',
    LAND,
    ['toa xu', 'toa an xu', 'toa da xu', 'toa phan', 'toa chia', 'toa xu cho', 'ban an', 'theo ban an', 'quyet dinh cua toa', 'quyet dinh cua toa an', 'ban an ly hon'],
    ['ban an quyet dinh cua toa an'],
    { unless: ['khong tra', 'khong chiu', 'chua thi hanh', 'thi hanh an', 'cuong che', 'khang cao', 'khieu nai', 'sao ban an', 'ban sao', 'trich luc ban an'] },
  ),
  // A household's own land let to a company or another person ("công ty hỏi thuê ruộng nhà tôi", "cho người ta thuê
  // đất"): the lease of the land use right registered (and its contract certified), not land rented from the State.
  c(
    'Đất đai',
    [
      ...['cong ty', 'doanh nghiep', 'nguoi ta thue', 'ho thue', 'ho muon thue', 'hoi thue', 'den thue', 'cho nguoi ta', 'cho ho thue', 'nguoi khac thue'],
      ...['dat nha tui', 'dat nha toi', 'dat nha em', 'ruong nha tui', 'ruong nha toi', 'ruong nha em', 'dat cua toi', 'dat cua nha toi', 'ruong cua nha'],
    ],
    ['thue dat', 'thue ruong', 'thue dat ruong', 'cho thue', 'cho thue dat', 'cho thue ruong', 'cho thue dat nong nghiep', 'muon thue dat', 'muon thue ruong'],
    ['dang ky bien dong quyen su dung dat', 'cho thue cho thue lai quyen su dung dat'],
    { unless: ['nha nuoc', 'cua xa', 'dat cong', 'cong ich', 'dat xa', 'ubnd'] },
  ),
  // The land of a pagoda, a parish church or another religious establishment, to be certified: an organisation's land
  // (the first certificate of an organisation using land), not a building permit. A clan's shrine is the community's.
  // Not bare "đất chùa" nor "đất nhà chùa": folded, they are also "đất (nhà) chưa" ("đất nhà chưa có sổ").
  c(
    'Đất đai',
    [...LAND_PAPER, 'giay chung nhan', 'cap giay', 'lam so', 'cap so', 'xin so', 'chua co so', 'giay to', 'lam giay'],
    ['co so ton giao', 'dat co so ton giao', 'to chuc ton giao', 'dat ton giao', 'dat ngoi chua', 'dat chua lang', 'dat cua chua', 'dat nha tho', 'dat cua nha tho', 'giao xu', 'dat giao xu'],
    ['to chuc dang su dung dat'],
    { unless: ['nha tho ho', 'tu duong', 'dong ho', 'ho toc', 'nha tho to'] },
  ),
  // A paper of the old regimes ("bằng khoán", "giấy tờ chế độ cũ") "đổi sang sổ hồng": no certificate was ever issued,
  // so it is the first registration and certificate (the papers the land law counts as grounds for one), no exchange.
  c(
    'Đất đai',
    // …and the deed of sale of those years, "văn tự" (văn tự bán đất, văn tự đoạn mãi), an old name no catalogue uses.
    ['bang khoan', 'bang khoan dien tho', 'giay to che do cu', 'giay che do cu', 'giay to thoi phap', 'giay to thoi truoc', 'van tu', 'van tu ban dat', 'van tu doan mai'],
    [
      // Made into the book ("làm ra sổ đỏ", "ra sổ hồng"), as it is exchanged.
      ...['lam ra so', 'lam ra so do', 'lam ra so hong', 'ra so do', 'ra so hong', 'len so do', 'lam so do', 'lam so hong', 'xin so do', 'xin so hong'],
      ...['doi so', 'doi sang so', 'doi so do', 'doi so hong', 'doi sang so do', 'doi sang so hong', 'doi qua so', 'cap doi', 'cap doi so', 'doi lai so', 'chuyen sang so'],
      // The certificate named as the "new book" the old paper becomes.
      ...['doi so moi', 'doi sang so moi', 'doi qua so moi', 'sang so moi', 'lam so moi', 'cap so moi'],
    ],
    ['dang ky dat dai tai san gan lien voi dat cap giay chung nhan'],
  ),
  // Land with no paper yet: the first registration and certificate.
  // Land bought on a hand-written paper, the paper never transferred: registering that earlier transfer.
  c('Đất đai', ['lam so', 'cap so', 'xin so', 'so do', 'so hong', 'sang ten'], HANDWRITTEN, ['da chuyen quyen su dung dat truoc ngay']),
  // …and so is one whose seller is dead, gone or will not sign ("người bán chết rồi, con họ không chịu ký"): no contract
  // can be made now, and registering that earlier transfer is what the buyer alone can do (the procedure's own case).
  c('Đất đai', SELLER_GONE, HANDWRITTEN, ['da chuyen quyen su dung dat truoc ngay']),
  // …and the transfer asked beside such a paper ("mua đất giấy tay chưa sang tên, làm sao sang tên"): that same earlier
  // transfer registered, not a sale made now.
  c('Đất đai', HANDWRITTEN, ['sang ten', 'sang ten so do', 'sang ten so hong', 'lam sang ten', 'sang ten dat'], ['da chuyen quyen su dung dat truoc ngay', 'chuyen nhuong quyen su dung dat'], {
    unless: ['thua ke', 'di chuc', 'tang cho', 'cho con'],
  }),
  c(
    'Đất đai',
    [...LAND, 'giay tay', 'giay viet tay'],
    [
      ...['chua co so', 'chua co so do', 'chua lam so', 'chua duoc cap so', 'chua co giay to', 'chua co giay', 'khong co so', 'lam so', 'lam so moi'],
      // "Muốn có sổ đỏ", "bao lâu thì có sổ": the paper wanted or waited for is the paper to be issued.
      ...['muon co so', 'muon co so do', 'muon co so hong', 'de co so do', 'thi co so', 'thi co so do', 'moi co so', 'moi co so do'],
    ],
    ['dang ky dat dai tai san gan lien voi dat cap giay chung nhan'],
    // A book made in the buyer's name ("mua đất làm sổ sang tên") is the transfer's; one held up by a claim ("đang làm
    // sổ thì có người đến nhận là của họ") is the dispute's.
    { unless: ['sang ten', 'tranh chap', 'nhan la cua', 'nhan la dat cua', 'lan chiem', 'lan dat', 'hang xom lan'] },
  ),
  // A vehicle passed to another owner: the change of owner; "hủy" said of a vehicle's papers is their withdrawal.
  // The paper driving licence of before 2013 exchanged for the card (PET) one: "đổi sang loại thẻ", "thẻ nhựa" said of
  // a licence is its exchange (counter speech during the change-over), not an ID card's nor a business's.
  c(
    'Giao thông',
    ['bang lai', 'bang lai xe', 'giay phep lai xe', 'gplx', 'bang xe'],
    // "Đổi thẻ" beside a licence ("bằng lái giấy bìa đổi thẻ") is the same exchange, not the identity card's.
    ['doi sang the', 'sang loai the', 'doi sang loai the', 'loai the', 'the nhua', 'the pet', 'sang the pet', 'sang the nhua', 'doi the'],
    ['doi giay phep lai xe'],
  ),
  // A vehicle's paper torn, soaked or faded is exchanged (đổi), not reissued: the police's exchange names "hỏng, mờ,
  // rách" (Thông tư 79/2024/TT-BCA). Said of the paper only: a broken vehicle ("xe hỏng") is withdrawn below.
  c(
    'Phương tiện',
    ['cavet', 'ca vet', 'ca ve', 'giay xe', 'giay to xe', 'dang ky xe', 'giay dang ky xe'],
    ['rách', 'bi rach', 'rach nat', 'nát', 'bi nat', 'bi uot', 'mo chu', 'mo het chu', 'bi mo', 'muc nat', 'chuot can', 'chuot gam', 'phai mau'],
    ['doi chung nhan dang ky xe'],
  ),
  // A vehicle repainted another colour ("đổi màu sơn xe", "sơn lại xe màu khác"): the registration is exchanged for one
  // with the new colour (Thông tư 79/2024/TT-BCA), whatever else is said of the vehicle.
  c(
    'Phương tiện',
    ['xe', 'xe may', 'o to', 'oto', 'xe hoi', 'cavet', 'dang ky xe'],
    ['doi mau son', 'doi mau', 'son lai', 'son mau khac', 'thay mau son', 'doi mau xe'],
    ['doi chung nhan dang ky xe'],
  ),
  // …and so is the plate itself faded or warped ("biển số xe mờ hết chữ"), by the same exchange. Not "hư", "gãy", "móp":
  // said as often of the vehicle beside it, which is withdrawn.
  c('Phương tiện', ['bien so', 'bien so xe', 'bien xe', 'bien kiem soat'], ['mo chu', 'mo het chu', 'bi mo', 'phai mau', 'bong son', 'cong venh'], ['doi chung nhan dang ky xe']),
  // A vehicle bought second-hand that never had plates or papers ("xe đạp điện mua cũ, chưa có biển số") is registered
  // for the first time: there is no owner on record to change.
  c('Phương tiện', VEHICLE, ['chuyen nhuong', 'mua lai', 'ban lai', 'sang ten', 'sang ten doi chu', 'cho tang', 'tang cho', 'mua cu', 'mua xe cu', 'doi chu'], ['thay doi chu xe'], {
    unless: NO_PLATES,
  }),
  // Whose name it stands in ("xe máy đứng tên ông từ hồi xưa") says who the vehicle is; beside its papers handed back
  // ("phải đi nộp lại giấy đăng ký với biển số"), no change of owner is asked but the withdrawal.
  c('Phương tiện', VEHICLE, STANDING_NAME, ['thay doi chu xe'], {
    unless: [...NO_PLATES, 'nop lai giay dang ky', 'nop lai dang ky', 'tra lai giay dang ky', 'nop lai bien', 'tra bien', 'tra lai bien', 'tra bien so'],
  }),
  c('Phương tiện', VEHICLE, NO_PLATES, ['dang ky cap bien so xe lan dau']),
  // A vehicle sold or to be sold ("chiếc xe cũ muốn bán cho người hàng xóm", "mua bán xe máy cũ"): the seller has its
  // registration withdrawn, the buyer registers the change of owner (Thông tư 79/2024/TT-BCA). Not beside a contract to
  // certify ("hđ mua bán xe ct ở đâu"), which the commune certifies.
  c('Phương tiện', VEHICLE, ['mua ban', 'muon ban', 'ban cho', 'ban di', 'nhuong lai'], ['thu hoi chung nhan dang ky xe bien so xe', 'thay doi chu xe'], {
    unless: [...NO_PLATES, 'hop dong', 'hd', 'chung thuc', 'cong chung', 'ct', 'giay mua ban', 'giay ban', 'uy quyen'],
  }),
  // The owner told as still named on it ("xe vẫn đứng tên tui", "còn đứng tên tôi"): who the vehicle is, no transfer asked.
  c(
    'Phương tiện',
    VEHICLE,
    ['van', 'con', 'dang'].flatMap((w) => ['toi', 'tui', 'minh'].map((o) => `${w} dung ten ${o}`)),
    [],
  ),
  c(
    'Phương tiện',
    VEHICLE,
    [
      'hủy',
      'huy giay dang ky',
      'huy dang ky',
      'xóa',
      'xoa dang ky',
      'tra bien',
      'tra lai bien',
      'tra bien so',
      'nop lai bien',
      'khong di xe nua',
      'khong di nua',
      'khong dung nua',
      'xe hong',
      'xe nat',
      'xe cu nat',
      'xe thanh ly',
      'thanh ly',
      // Sold for scrap, and its papers handed back: "bán sắt vụn rồi, nộp lại giấy đăng ký với biển số".
      ...['ban sat vun', 'sat vun', 'ban phe lieu', 'ban ve chai', 'nop lai giay dang ky', 'nop lai dang ky', 'tra lai giay dang ky'],
    ],
    ['thu hoi'],
  ),
  // A birth certificate named with a correction is the civil-status record being corrected, not a copy of it; the
  // marriage and the death papers are records of the same registry, corrected by the same procedure.
  c(
    'Hộ tịch',
    [
      ...['sửa', 'sai', 'bi sai', 'ghi sai', 'viet sai', 'nham', 'ghi nham', 'ghi lộn', 'doi', 'thay doi', 'bo sung', 'them', 'cai chinh', 'dinh chinh', 'dieu chinh'],
      // …or told as two papers that disagree ("năm sinh trên khai sinh với căn cước không khớp", "một đằng một nẻo").
      ...['khong khop', 'lech', 'bi lech', 'khac nhau', 'khong trung', 'khong trung khop', 'khong giong', 'mot dang mot neo'],
    ],
    ['giay khai sinh', 'khai sinh', 'giay khai sanh', 'khai sanh', 'giay ket hon', 'giay dang ky ket hon', 'giay chung nhan ket hon', 'giay chung tu', 'giay khai tu'],
    ['thong tin ho tich'],
    { unless: ['ban sao', 'trich luc', 'mất', 'bi mat', 'lam lai', 'xin lai', 'cap lai'] },
  ),
  // Two papers that disagree on a detail ("năm sinh trên khai sinh với căn cước không khớp", "tên hai giấy lệch nhau"):
  // a mistake to correct, as "ghi sai" is (lexicon.ts), the paper to correct read by the words around it.
  c(
    'hành chính',
    ['nam sinh', 'ngay sinh', 'ngay thang nam sinh', 'ho ten', 'ten', 'que quan', 'dan toc', 'gioi tinh'],
    ['khong khop', 'lech', 'bi lech', 'lech nhau', 'khac nhau', 'khong trung', 'khong trung khop', 'khong giong', 'khong giong nhau', 'mot dang mot neo'],
    ['dinh chinh', 'cai chinh', 'dieu chinh'],
  ),
  // …and a detail missing from it ("khai sinh thiếu quê quán, muốn ghi thêm vào"): the record supplemented (bổ sung),
  // which the change procedure names, not "xác nhận thông tin hộ tịch", which only reads the record out.
  c(
    'Hộ tịch',
    ['giay khai sinh', 'khai sinh', 'giay khai sanh', 'khai sanh'],
    ['thieu', 'bi thieu', 'con thieu', 'ghi thieu', 'ghi them', 'ghi them vao', 'ghi them vo'],
    ['bo sung thong tin ho tich'],
    {
      unless: ['ban sao', 'trich luc', 'lam lai', 'xin lai', 'cap lai'],
    },
  ),
  // "Đổi" said of a registered detail (the address, the name, the representative, the capital, the trade) is a change of
  // what was registered, not the exchange of a paper; said of an identity, driving or insurance paper it stays the exchange.
  c(
    'hành chính',
    ['dia chi', 'ten', 'ho ten', 'ten goi', 'nguoi dai dien', 'dai dien phap luat', 'giam doc', 'chu ho', 'von', 'von dieu le', 'nganh nghe', 'nganh kinh doanh', 'tru so', 'thanh vien', 'chu so huu'],
    ['đổi', 'xin doi', 'đổi lại'],
    ['thay doi'],
    { unless: ['can cuoc', 'cccd', 'cmnd', 'chung minh', 'bang lai', 'gplx', 'ho chieu', 'the bhyt', 'so bhxh', 'xe', 'bien so', 'cavet'] },
  ),
  // A birth or marriage paper lost, to be made again or copied: the registry issues a copy of the record (trích lục),
  // it does not register the birth or the marriage again. Not the death paper: "mất rồi, làm giấy chứng tử" is a death.
  c('Hộ tịch', [...CIVIL_PAPER, 'ket hon', 'khai sinh', 'trich luc'], PAPER_LOST, ['ban sao trich luc ho tich', 'trich luc ho tich'], { unless: NOT_THE_RECORD }),
  // …and the paper named is the record copied, not a birth or a marriage to register (the same reading, asked once).
  c('Hộ tịch', PAPER_LOST, CIVIL_PAPER, ['ban sao trich luc ho tich', 'trich luc ho tich'], { unless: NOT_THE_RECORD }),
  // The paper lost and the registry's book gone too: the birth, marriage or death is registered again (đăng ký lại).
  c('Hộ tịch', REGISTER, [...PAPER_GONE, 'khong con', 'chay het', 'mat het'], ['dang ky lai'], {
    unless: ['ban sao', 'trich luc', 'chung thuc', 'so do', 'so hong', 'can cuoc', 'cccd'],
  }),
  // …and the birth paper named beside that book, gone, is the birth registered again, not the paper whose copy the
  // registry would issue ("giấy khai sinh mất, sổ bộ ở xã cũng không còn, nay cần giấy khai sinh").
  c('Hộ tịch', [...REGISTER, ...REGISTER_LOST], ['giay khai sinh', 'giay khai sanh'], ['khai sinh'], {
    unless: ['ban sao', 'trich luc', 'chung thuc', ...WRONG_DETAIL],
  }),
  // …and so is the birth paper asked again in one phrase beside that book gone ("sổ hộ tịch cũ không còn, giờ muốn xin
  // cấp lại giấy khai sinh"): with no register to copy from, the birth is registered again.
  c('Hộ tịch', [...REGISTER, ...REGISTER_LOST], ['cap lai giay khai sinh', 'xin lai giay khai sinh', 'lam lai giay khai sinh'], ['dang ky lai khai sinh'], {
    unless: ['ban sao', 'trich luc', 'chung thuc', ...WRONG_DETAIL],
  }),
  // The death paper itself asked to be copied or made again ("giấy chứng tử làm ở tỉnh kia, giờ xin bản sao"): a copy of
  // the record too. Not with a bare "mất", which beside it is the death told.
  c(
    'Hộ tịch',
    PAPER_LOST.filter((w) => w !== 'mất'),
    ['giay chung tu', 'giay khai tu', 'giay bao tu'],
    ['ban sao trich luc ho tich', 'trich luc ho tich'],
    { unless: [...NOT_THE_RECORD, ...NEVER_MADE] },
  ),
  // The death paper never made ("hồi đó không ai làm giấy chứng tử", "chưa có giấy chứng tử"), as deaths of the war years
  // and the countryside often were: the death registered now, late, whatever the paper is then needed for.
  c('Hộ tịch', ['giay chung tu', 'giay khai tu', 'giay bao tu', 'chung tu'], [...NEVER_MADE, 'chua co', 'khong co'], ['thu tuc dang ky khai tu']),
  // …and its loss said after it ("giấy chứng tử bị thất lạc"): the same copy, not any paper's reissue ("cấp lại").
  c(
    'Hộ tịch',
    ['giay chung tu', 'giay khai tu', 'giay bao tu'],
    PAPER_LOST.filter((w) => w !== 'mất'),
    ['ban sao trich luc ho tich', 'trich luc ho tich'],
    { unless: [...NOT_THE_RECORD, ...NEVER_MADE] },
  ),
  // The commune's register lost too, told in one phrase (REGISTER_LOST): the birth, marriage or death is registered
  // again (đăng ký lại), from the papers the family still holds.
  c('Hộ tịch', ['ket hon', 'khai sinh', 'khai sanh', 'khai tu', 'chung tu', 'giay ket hon'], REGISTER_LOST, ['dang ky lai']),
  // An adopter's kinship to the child ("nhận đứa cháu gọi bằng cô ruột làm con nuôi"): who they are, told, not asked. In
  // the names only the adoption with a foreign party lists relatives ("cô, cậu, dì, chú, bác ruột nhận cháu"), though
  // relatives adopt at the commune far more often; a foreign party is asked for in its own words (lexicon.ts).
  c(
    'Nuôi con nuôi',
    ['con nuoi', 'nhan nuoi', 'xin nuoi'],
    [
      ...['co', 'chu', 'bac', 'cau', 'di', 'anh', 'chi'].flatMap((k) => [`${k} ruot`, `goi bang ${k}`, `goi bang ${k} ruot`, `goi ${k} ruot`]),
      // …or the child's to them ("nhận con nuôi là cháu ruột").
      ...['chau ruot', 'la chau ruot', 'chau noi ruot', 'chau ngoai ruot'],
    ],
    [],
  ),
  // The child named beside the adoption ("muốn nhận đứa cháu gọi bằng dì về làm con nuôi"): who is adopted, told, the
  // adoption read from its own words; read as words, "nhận … cháu" is the wording of the only name that lists kin, the
  // adoption with a foreign party.
  c('Nuôi con nuôi', ['con nuoi'], ['nhan dua chau', 'nhan chau', 'nhan thang chau', 'nhan con chau', 'nhan dua be', 'nhan dua nho', 'nhan be'], []),
  // A birth paper told with the father's or mother's name left blank ("giấy khai sinh bỏ trống tên cha, giờ bố nó về
  // muốn nhận con"): the birth is registered, the paper is the story, and what is asked is the parent's recognition, not
  // the birth registered with it; not when that birth is still to be registered ("làm khai sinh để trống tên cha").
  // So is the birth itself told beside it ("con gái tôi sinh cháu năm kia, khai sinh bỏ trống tên cha").
  c('Hộ tịch', PARENT_BLANK, ['giay khai sinh', 'khai sinh', 'giay khai sanh', 'khai sanh', 'sinh chau', 'sinh con', 'đẻ con', 'đẻ cháu'], [], {
    unless: ['lam khai sinh', 'lam giay khai sinh', 'dang ky khai sinh', 'di khai sinh', 'chua co khai sinh', 'chua co giay khai sinh', 'chua khai sinh', 'chua lam khai sinh', 'moi sinh', 'moi de'],
  }),
  // Children taken in by a grandparent or kin who asks to be their guardian ("bà ngoại nhận nuôi hai đứa cháu, muốn làm
  // giám hộ"): the care told, no adoption, unless an adoption is named too.
  c('Hộ tịch', ['giam ho', 'lam giam ho', 'nguoi giam ho', 'giam ho cho'], ['nhan nuoi', 'nhan chau nuoi', 'nhan ve nuoi', 'nhan chau ve nuoi', 'dem ve nuoi', 'xin nuoi'], [], {
    unless: ['con nuoi', 'lam con', 'nhan lam con'],
  }),
  // A guardianship ended as the Civil Code says it ("chấm dứt việc giám hộ", art. 62) or as people do ("thôi làm giám
  // hộ", "hết giám hộ"): its registration's end, not the end of a supervision, unless the supervision is named.
  c(
    'Hộ tịch',
    ['giam ho'],
    ['cham dut viec giam ho', 'ket thuc viec giam ho', 'ket thuc giam ho', 'thoi giam ho', 'thoi lam giam ho', 'het giam ho', 'het viec giam ho', 'khong lam giam ho nua'],
    ['dang ky cham dut giam ho'],
    { unless: ['giam sat'] },
  ),
  // The ward of a guardianship grown up ("cháu tôi đứng giám hộ nay đã đủ mười tám tuổi", "đã thành niên"): the
  // guardianship ends by law (Bộ luật Dân sự 2015, art. 62), the registration of its end asked.
  c(
    'Hộ tịch',
    ['giam ho', 'lam giam ho', 'nguoi giam ho', 'giam ho cho', 'dung giam ho'],
    ['du 18 tuoi', 'du muoi tam tuoi', 'du tuoi truong thanh', 'da thanh nien', 'den tuoi thanh nien', 'du tuoi thanh nien'],
    ['dang ky cham dut giam ho'],
    { unless: ['giam sat'] },
  ),
  // A family tie to be confirmed for a benefit or an estate, the parent dead ("ông cụ mất rồi, xin giấy xác nhận quan hệ
  // cha con để nhận tiền tuất"): the registry confirms what it holds (xác nhận thông tin hộ tịch); no father is
  // acknowledged then, as "xác nhận cha con" of the living is (lexicon.ts).
  c(
    'Hộ tịch',
    [...DIED, 'mat', 'chet', 'tien tuat', 'tu tuat', 'thua ke', 'di san', 'bao hiem', 'ngan hang', 'so tiet kiem'],
    ['xac nhan quan he', 'giay xac nhan quan he', ...['cha con', 'me con', 'bo con', 'gia dinh', 'nhan than', 'ruot thit'].map((k) => `xac nhan quan he ${k}`)],
    ['xac nhan thong tin ho tich'],
    { unless: ['ngoai gia thu', 'adn', 'khong nhan', 'chiu nhan'] },
  ),
  // Never married, to be confirmed ("giấy xác nhận chưa từng đăng ký kết hôn"): the marital status, not a marriage to
  // register, which "chưa đăng ký kết hôn" of a couple is.
  c(
    'Hộ tịch',
    ['xac nhan', 'giay xac nhan', 'chung nhan', 'giay chung nhan'],
    ['chua tung dang ky ket hon', 'chua dang ky ket hon lan nao', 'chua tung ket hon', 'chua ket hon lan nao', 'chua tung lay vo', 'chua tung lay chong'],
    ['xac nhan tinh trang hon nhan'],
  ),
  // A middle name ("tên đệm", the South's "tên lót") to be changed: the civil-status record's, unless it is wrong on a
  // land, vehicle or identity paper, which its own office corrects.
  c(
    'Hộ tịch',
    ['doi', 'sua', 'thay', 'bo', 'them', 'khai sinh', 'ho tich'],
    ['ten dem', 'doi ten dem', 'sua ten dem', 'ten lot', 'doi ten lot', 'chu lot', 'doi chu lot'],
    ['thay doi cai chinh bo sung thong tin ho tich'],
    { unless: [...LAND, ...VEHICLE, 'can cuoc', 'cccd', 'chung minh', 'cmnd', 'bang lai', 'ho chieu'] },
  ),
  // "Sang tên khác" said of a person's name being changed ("đổi tên đệm từ Thị sang tên khác"): the name it becomes,
  // told, not a land or vehicle transfer.
  c('Hộ tịch', ['doi ten', 'ten dem', 'ten lot', 'doi ho', 'dat ten'], ['sang ten', 'sang ten khac'], [], { unless: [...LAND, ...VEHICLE, ...SHOP] }),
  // "Đổi lại tên" is a person's "đổi tên" ("tên con tôi muốn đổi lại tên khác"), read apart "đổi lại" is any change and
  // "tên" any name; not a plot holder's, a vehicle's, a shop's or a firm's name (their own offices).
  c('Hộ tịch', ['ten'], ['doi lai ten'], ['thay doi cai chinh bo sung thong tin ho tich'], {
    unless: [...LAND, ...VEHICLE, ...SHOP, 'cong ty', 'doanh nghiep', 'hop tac xa'],
  }),
  // What one writes down to leave to the children after one's death ("viết giấy để lại cho các con sau này"): a will.
  // Not once someone has died, when what was left is the inheritance (above).
  c(
    'Chứng thực',
    ['viet giay', 'lam giay', 'viet', 'sau nay', 'sau khi chet', 'sau khi mat', 'truoc khi mat', 'truoc khi chet', 'khi nao mat'],
    ['de lai cho cac con', 'de lai cho con', 'de lai cho con chau', 'de lai cho chau', 'de lai cho thang', 'de lai cho dua'],
    ['di chuc'],
    { unless: [...DIED, 'qua doi', 'bo me mat', 'da chet'] },
  ),
  // A birth paper never had ("chưa bao giờ có giấy khai sinh"): the birth is registered, late, not copied; not a paper
  // that lacks only a parent's name ("giấy khai sinh không có tên cha"), which is there, nor one whose missing details
  // are to be added ("khai sinh không có ngày tháng, muốn bổ sung"): the record is supplemented.
  c('Hộ tịch', NEVER_HAD, ['giay khai sinh', 'giay khai sanh', 'khai sinh', 'khai sanh'], ['dang ky khai sinh'], {
    unless: [...PAPER_LOST, ...PARENT_BLANK, 'sai', 'sửa', 'bo sung', 'ghi them', 'ghi bo sung'],
  }),
  // …and "làm bổ sung" said of that paper never had ("chưa từng có giấy khai sinh, giờ làm bổ sung được không"): the
  // birth registered late, nothing added to a record there is not.
  c(
    'Hộ tịch',
    NEVER_HAD.flatMap((n) => [`${n} giay khai sinh`, `${n} khai sinh`, `${n} giay khai sanh`, `${n} khai sanh`]),
    ['lam bo sung', 'khai bo sung', 'dang ky bo sung', 'lam giay bo sung'],
    ['dang ky khai sinh'],
  ),
  // A household business "dissolved", "closed", "given up": its registration ends (chấm dứt), there is no dissolution.
  c(
    'Hộ kinh doanh',
    ['ho kinh doanh', 'hkd', 'ho ca the', 'kinh doanh ca the', 'cua hang', 'tiem', 'quan an', 'quan', 'sap', 'ban hang', 'buon ban', 'tap hoa'],
    [
      ...['giai the', 'dong cua', 'dẹp', 'dep tiem', 'nghi ban', 'nghi kinh doanh', 'thoi kinh doanh', 'bo kinh doanh', 'khong kinh doanh nua', 'tra giay phep'],
      // The paper handed back: "trả lại giấy đăng ký hộ kinh doanh".
      ...['tra lai giay', 'tra lai giay dang ky', 'tra lai giay phep', 'nop lai giay', 'nop lai giay dang ky', 'nop lai giay phep'],
      // Given up for good: "nghỉ hẳn", "nghỉ luôn", "không bán nữa".
      ...['nghỉ hẳn', 'nghỉ luôn', 'thôi bán', 'không bán nữa', 'không buôn bán nữa'],
    ],
    ['cham dut hoat dong ho kinh doanh'],
    // Not for a while ("tạm"), as its own phrases say it: bare, folded "tam" is also the "tám" of an age ("tám mươi tuổi").
    // Nor a trade given up before the shop now wanted ("nghỉ bán rau ngoài chợ, giờ muốn mở quán tạp hoá").
    {
      unless: [
        ...['tam ngung', 'tam nghi', 'tam dung', 'tam thoi', 'tam dong', 'nghi tam', 'dong tam', 'ngung tam', 'mot thoi gian', 'it thang', 'vai thang'],
        ...['muon mo', 'dinh mo', 'tinh mo', 'sap mo', 'xin mo', 'mo them'],
      ],
    },
  ),
  // The entitlements asked for a war invalid, a martyr's family, a sick soldier ("chế độ trợ cấp cho thân nhân liệt sĩ"):
  // the group's own procedure, so "chế độ" says nothing more (no other fund's entitlements, "các chế độ bảo hiểm xã hội").
  c('Người có công', MERIT, ['che do', 'huong che do', 'che do chinh sach'], []),
  // …and so does "ưu đãi" (the merit law's own word, Pháp lệnh Ưu đãi người có công): not a tax or an investment incentive.
  c('Người có công', MERIT, ['uu dai', 'che do uu dai', 'huong uu dai', 'duoc uu dai', 'chinh sach uu dai'], []),
  // …and their survivors' allowance ("vợ liệt sĩ hỏi trợ cấp tuất hàng tháng", "tiền tuất thương binh"): the merit law's
  // own tuất (Pháp lệnh Ưu đãi người có công 2020, Điều 16), paid with the group's allowances, not the social insurance
  // fund's tử tuất that the word names alone.
  c(
    'Người có công',
    MERIT,
    ['tu tuat', 'tien tuat', 'tro cap tuat', 'tuat hang thang', 'huong tuat', 'lanh tuat', 'linh tuat', 'tien tu tuat', 'tien tuat hang thang', 'tro cap tuat hang thang', 'huong tuat hang thang'],
    ['than nhan'],
  ),
  // A war told ("hy sinh ở mặt trận Tây Nam", "ra mặt trận", "đi chiến trường"): the battlefront, not the Fatherland
  // Front (Mặt trận Tổ quốc) the abbreviation entry reads in "mặt trận".
  c('Người có công', [...MERIT, 'hy sinh', 'chien truong', 'bo doi', 'khang chien', 'danh giac', 'chong my', 'chong phap'], ['mat tran'], [], {
    unless: ['mttq', 'ubmttq', 'to quoc viet nam', 'mat tran to quoc', 'mat tran xa', 'mat tran phuong'],
  }),
  // The martyr's certificate ("bằng Tổ quốc ghi công") asked for again: that certificate, not a school's diploma copied
  // from its register, which "xin lại bằng" names alone.
  c('Người có công', ['to quoc ghi cong', 'bang to quoc', 'liet si', 'liet sy'], ['xin lai bang', 'lam lai bang'], ['to quoc ghi cong']),
  // A war invalid's or a sick soldier's death told by the family asking what they are owed ("bố tôi là thương binh, giờ bố
  // mất, mẹ tôi có được hưởng gì"): the group's entitlements are asked, the death is the story, not its registration.
  c('Người có công', MERIT, ['mất', 'qua doi', 'chet', 'tu tran', ...DIED], [], { unless: ['khai tu', 'bao tu', 'giay chung tu', 'trich luc'] }),
  // A death at work ("mất vì tai nạn lao động"): the survivors' allowance (tử tuất) of the insurance that covered it.
  c('Bảo hiểm xã hội', ['tai nan lao dong', 'tnld', 'benh nghe nghiep', 'tai nan khi lam', 'tai nan o cong ty'], ['mất', 'qua doi', 'chet', 'tu vong', ...DIED], ['che do tu tuat', 'tu tuat'], {
    unless: ['khai tu', 'bao tu', 'trich luc', ...PAPER],
  }),
  // Where a worker works, told ("con tôi đi làm ở khu công nghiệp, công ty đòi giấy…"): the story of who asks, not the
  // zone's own procedures (land leases, investment), which an investor names with what the zone is asked for.
  c('Đầu tư', ['di lam', 'lam cong nhan', 'cong nhan', 'xin viec', 'vao lam', 'lam viec o', 'lam o'], ['khu cong nghiep', 'kcn', 'cum cong nghiep'], [], {
    unless: ['dau tu', 'thue dat', 'du an', 'nha xuong', 'mo nha may', 'xay nha may'],
  }),
  // A new field-crop variety (rice, maize) "recognised" is recognised for circulation before it is grown for sale (Luật
  // Trồng trọt 2018, Điều 13–15), not a forest variety; its breeder's protection (bảo hộ) is another procedure.
  c('Trồng trọt', ['cong nhan', 'luu hanh'], ['giong lua moi', 'giong lua lai', 'giong ngo moi', 'giong bap moi'], ['luu hanh giong cay trong'], { unless: ['bao ho'] }),
  // The business paper of a cooperative ("đkkd htx", "giấy phép kinh doanh của hợp tác xã"): the cooperative's
  // registration (Luật Hợp tác xã 2023), not the household licence these words name alone.
  c('Hợp tác xã', ['htx', 'hop tac xa'], ['dkkd', 'dang ky kd', 'dang ky kinh doanh', 'gpkd', 'giay phep kinh doanh'], ['dang ky thanh lap hop tac xa', 'dang ky hop tac xa']),
  // A neighbour's building over the boundary, someone claiming the plot: told as a story, the request only "làm đơn gửi
  // ai", "có người đến nhận là của họ". The land dispute, to be mediated at the commune.
  c(
    'Đất đai',
    [...PLOT, 'hang xom', 'nha ben canh', 'nha hang xom', 'ranh gioi', 'manh vuon'],
    [
      ...['de len ranh gioi', 'xay de', 'xay lan', 'xay sang', 'lấn sang', 'lấn', 'lấn chiếm', 'nhan la cua ho', 'nhan la dat cua ho', 'den nhan'],
      ...['chiem dat', 'khong chiu tra', 'noi mai khong nghe'],
      // …typed without marks, "lấn" only in its phrases (bare "lan" is also "lần").
      ...['lan dat', 'lan ranh', 'lan sang', 'lan chiem'],
    ],
    ['tranh chap dat dai'],
    { unless: [...LAND_PAPER.filter((w) => w !== 'so do' && w !== 'so hong'), 'thue', 'the chap'] },
  ),
  // …and the petition written about it ("làm đơn gửi ai") asks the commune to settle it, not a complaint against an office.
  c(
    'Đất đai',
    ['tranh chap', 'lấn', 'lấn chiếm', 'lan dat', 'lan ranh', 'ranh gioi', 'de len ranh gioi', 'nhan la cua ho', 'hang xom', 'nha ben canh'],
    // Or "kiện" (thưa kiện, đi kiện): at the counter a neighbour's land is first mediated at the commune.
    ['lam don', 'viet don', 'nop don', 'gui don', 'lam don gui', 'muon kien', 'di kien', 'thua kien', 'kiện'],
    ['tranh chap dat dai'],
    { unless: ['khieu nai', 'to cao', 'quyet dinh', 'can bo', 'cong an', 'uy ban', 'thu hoi'] },
  ),
  // A diploma lost or copied: the school issues a copy from its register (sổ gốc), there is no reissue.
  c(
    'Giáo dục',
    ['bang tot nghiep', 'bang cap 3', 'bang cap ba', 'bang thpt', 'bang thcs', 'bang dai hoc', 'bang cu nhan', 'van bang', 'hoc ba'],
    ['ban sao', 'xin ban sao', 'lam mat', 'bi mat', 'mất', 'that lac', 'lam lai', 'xin lai', 'cap lai'],
    ['cap ban sao tu so goc'],
  ),
  // A shop selling more or other goods ("tiệm tạp hóa bán thêm đồ ăn", "bổ sung ngành nghề"): its trades changed.
  c('Hộ kinh doanh', [...SHOP, 'buon ban'], ['bo sung nganh nghe', 'bo sung nganh', 'them nganh', 'doi nganh', 'ban them', 'kinh doanh them'], ['thay doi noi dung dang ky ho kinh doanh'], {
    unless: ['cong ty', 'cty', 'doanh nghiep', 'hop tac xa', 'htx'],
  }),
  // The shop moved ("đổi chỗ buôn bán", "dọn tiệm"): its registered address changed.
  c(
    'Hộ kinh doanh',
    [...SHOP, 'buon ban', 'mua ban'],
    ['doi cho', 'chuyen cho', 'don cho', 'doi cho ban', 'chuyen cho ban', 'don tiem', 'don quan', 'don cua hang', 'dời tiệm', 'dời quán'],
    ['thay doi noi dung dang ky ho kinh doanh'],
    { unless: ['cong ty', 'cty', 'doanh nghiep', 'hop tac xa', 'htx', 'cho o', 'cho hoc', 'truong'] },
  ),
  // A licence asked for a trade on the police's list ("mở quán karaoke cần giấy phép gì"): its security-and-order
  // certificate (ND 96/2016, ND 56/2023); the trade office's own licences are not in this catalogue.
  c(
    'Kinh doanh có điều kiện',
    ['karaoke', 'vu truong', 'cam do', 'tiem cam do', 'massage', 'nha nghi', 'bình ga', 'ban gas', 'lpg'],
    ['giay phep', 'giay phep kinh doanh', 'xin phep', 'giay phep gi'],
    ['du dieu kien ve an ninh trat tu'],
  ),
  // A company placing ("đặt") or registering an office or branch: the registration of its branch or office (a foreign
  // trader's own licence to "đặt văn phòng đại diện" is another procedure).
  c(
    'Doanh nghiệp',
    ['cong ty', 'cty', 'doanh nghiep'],
    [...['van phong dai dien', 'van phong giao dich', 'chi nhanh'].flatMap((o) => [`dat ${o}`, `dat them ${o}`, `mo ${o}`, `thanh lap ${o}`, `dang ky ${o}`])],
    ['dang ky hoat dong chi nhanh'],
    { unless: ['nuoc ngoai', 'thuong nhan nuoc ngoai', 'ngan hang', 'luat', 'cong chung', 'chung khoan', 'bao hiem'] },
  ),
  // A company's office that trades nothing ("văn phòng … không buôn bán gì") is what the law calls a representative office.
  c('Doanh nghiệp', ['van phong'], ['khong buon ban', 'khong kinh doanh', 'khong ban hang', 'khong mua ban'], ['van phong dai dien']),
  // A shop's address, trade or owner changed on its business paper: the change of what the household registered.
  c(
    'Hộ kinh doanh',
    ['dia chi', 'doi dia chi', 'chuyen dia diem', 'chuyen cua hang', 'nganh nghe', 'them nganh', 'doi nganh', 'doi ten', 'doi chu', 'von'],
    ['giay phep kinh doanh', 'giay dang ky kinh doanh', 'dang ky kinh doanh', 'giay phep ho kinh doanh'],
    ['thay doi noi dung dang ky ho kinh doanh'],
    { unless: ['cong ty', 'doanh nghiep', 'mat', 'bi mat'] },
  ),
  // …and a shop moved to a new place ("chuyển hộ kinh doanh sang chỗ mới", "dọn tiệm qua chợ mới"): its address changed.
  c(
    'Hộ kinh doanh',
    SHOP,
    ['sang', 'qua', 'ra', 'den', 've'].flatMap((to) => [`${to} cho moi`, `${to} cho khac`, `${to} dia diem moi`, `${to} dia diem khac`, `${to} nha moi`]),
    ['thay doi noi dung dang ky ho kinh doanh'],
    { unless: ['cong ty', 'doanh nghiep'] },
  ),
  // "Giúp" said of the law or a lawsuit: the free legal aid for the poor and for those the law protects.
  c(
    'Trợ giúp pháp lý',
    ['luat su', 'phap ly', 'phap luat', 'kiện', 'khoi kien', 'toa', 'ra toa', 'bi kien'],
    ['giup', 'giup do', 'mien phi', 'khong co tien', 'nghèo', 'nha ngheo', 'ho ngheo', 'ho tro'],
    ['tro giup phap ly'],
  ),
  // …and the letter or the lawsuit said beside that aid ("làm đơn xin trợ giúp pháp lý", "nhờ luật sư nhà nước giúp
  // miễn phí để kiện", "được giúp viết đơn kiện"): the request for the aid, not a complaint against an office.
  c(
    'Trợ giúp pháp lý',
    ['tro giup phap ly', 'tgpl', 'mien phi', 'luat su nha nuoc', 'nha nuoc giup', 'giup viet don', 'viet don giup', 'nho viet don', 'giup lam don'],
    ['kiện', 'don kiện', 'lam don', 'viet don', 'nop don', 'gui don', 'muon kiện', 'di kiện', 'thua kiện'],
    ['tro giup phap ly'],
    { unless: ['khieu nai', 'to cao'] },
  ),
  // …and what the suit is about, told beside that aid ("bị kiện chuyện đất đai, có chỗ nào giúp miễn phí"): what the aid is
  // for, not a land procedure; read as syllables, its "đai" is a southern "giải" and pulls in the complaint about the
  // aid ("giải quyết khiếu nại").
  c('Trợ giúp pháp lý', ['mien phi', 'giup do', 'tro giup phap ly', 'tgpl', 'khong co tien thue luat su', 'luat su nha nuoc'], ['dat dai', 'chuyen dat dai', 'vu dat dai', 've dat dai'], [], {
    unless: ['hoa giai', 'tranh chap', 'so do', 'giay chung nhan', 'khieu nai'],
  }),
  // …and for a child told younger ("cháu nội tôi mới 5 tuổi", "trẻ con cũng làm được"): the card for under 14, which the
  // bare "tuổi" or "làm căn cước" would leave behind the adults' one. Only beside the new card's name: no child had the
  // old one, and "chứng minh cháu bé là con ruột" is the verb.
  c(
    'Căn cước',
    ['can cuoc', 'cccd', 'the can cuoc', 'dinh danh'],
    [
      ...Array.from({ length: 13 }, (_, k) => `${k + 1} tuoi`),
      ...['hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'muoi mot', 'muoi hai', 'muoi ba'].map((k) => `${k} tuoi`),
      ...['thang tuoi', 'tre con', 'tre em', 'con nit', 'em be', 'chau be', 'moi sinh', 'so sinh'],
    ],
    ['nguoi duoi 14 tuoi'],
    // Fourteen and up said in words too ("mười tám tuổi", as voice typing writes 18): "tám tuổi" is in it, the age is not.
    { unless: ['14 tuoi', 'du 14', 'tren 14', ...['bon', 'lam', 'sau', 'bay', 'tam', 'chin'].map((k) => `muoi ${k} tuoi`)] },
  ),
  // An identity card for a child of 14 ("con 14 tuổi", "mới đủ 14"): the law's line is "từ đủ 14 tuổi", so the card is
  // the one for 14 and over, not "dưới 14 tuổi" that shares the number.
  c('Căn cước', ['can cuoc', 'cccd', 'the can cuoc', 'chung minh', 'cmnd'], ['14 tuoi', 'du 14 tuoi', 'tron 14 tuoi', 'len 14 tuoi', 'du 14'], ['tu du 14 tuoi tro len'], {
    unless: ['duoi 14', 'chua du 14', 'chua den 14', 'chua toi 14', 'chua 14'],
  }),
  // Fish or shrimp raised in the rice field, with the rice or instead of it ("chuyển sang nuôi cá kết hợp trồng lúa",
  // the Mekong's "lúa tôm"): the change of crops and animals on rice land (Nghị định 112/2024/NĐ-CP), not a fish farm's
  // registration. Counter speech; the names read as phrases in lexicon-fields.ts need the field said next to them.
  c(
    'Trồng trọt',
    ['ruong', 'ruong lua', 'dat lua', 'dat trong lua', 'cay lua', 'trong lua'],
    [
      ...['chuyen sang nuoi ca', 'chuyen sang nuoi tom', 'chuyen sang tha ca', 'nuoi ca ket hop', 'nuoi tom ket hop', 'ket hop nuoi ca', 'ket hop nuoi tom'],
      ...['lua ca', 'lua tom', 'mot vu lua mot vu tom', 'mot vu lua mot vu ca'],
      // …or the pond dug in it named ("đào ruộng lúa làm ao nuôi cá").
      ...['dao ruong', 'dao ruong lua', 'lam ao', 'dao ao', 'lam ao nuoi ca', 'lam ao nuoi tom', 'dao ao nuoi ca', 'dao ao nuoi tom', 'nuoi ca', 'nuoi tom'],
      // …or the field "made into" a pond ("chuyển ruộng thành ao nuôi cá") (nature63).
      ...['ruong thanh ao', 'chuyen thanh ao', 'lam thanh ao', 'chuyen ruong thanh ao'],
    ],
    ['chuyen doi co cau cay trong'],
    { unless: ['long be', 'be nuoi', 'giong thuy san', 'thuc an thuy san'] },
  ),
  // A flood told as what took a paper ("hồi lũ nước ngập lên tận mái, cuốn sổ đỏ trôi mất"): why it is made again, told.
  // Read as the disaster, it pulled in the names reissuing a paper "hủy hoại do thiên tai" (a broker's certificate) and
  // the tax relief after one. Not when the flood's losses are what is asked (support, relief, a crop).
  c('Hành chính', [...PAPER, ...LAND_PAPER], ['bao lu', 'lu lut', 'lũ', 'nuoc lu'], [], {
    unless: ['thue', 'ho tro', 'thiet hai', 'mien', 'giam', 'mat mua', 'cay trong', 'lua', 'hoa mau', 'vat nuoi', 'tro cap', 'cuu tro'],
  }),
  // The identity app named as where a residence errand is done ("khai báo tạm trú trên VNeID"): the way in, told, no
  // account asked for (an empty reading, as places are); one asking about the account itself says so.
  c('Cư trú', ['tam tru', 'thuong tru', 'luu tru', 'tam vang', 'cu tru', 'ho khau'], ['tren vneid', 'qua vneid', 'bang vneid', 'tren app vneid', 'qua app vneid', 'bang app vneid', 'vneid'], [], {
    unless: ['tai khoan', 'kich hoat', 'muc 2', 'muc do 2', 'muc 1', 'muc do 1', 'dinh danh', 'khoa', 'mat khau', 'dang nhap'],
  }),
  // A divorce said beside the letter that starts it or the spouse who will not sign ("muốn ly hôn mà chồng không chịu
  // ký, nộp đơn ở đâu"): the petition filed with the court, the catalogue's only filing (3.000163); not a divorce abroad
  // recorded, nor a copy of the decision asked (counter speech).
  c('Tòa án', ['nop don', 'lam don', 'viet don', 'gui don', 'khong chiu ky', 'ko chiu ky', 'khong ky', 'ra toa', 'len toa', 'kien ra toa'], ['ly hon', 'ly di'], ['don khoi kien'], {
    unless: ['nuoc ngoai', 'ghi vao so', 'ghi chu', 'ban sao', 'sao luc', 'trich luc', 'xin lai', 'cap lai'],
  }),
  // How long a marriage had lasted, told before the divorce asked ("lấy chồng được năm năm, nay muốn ly hôn"): the story,
  // not a marriage to register; not when a new marriage is asked ("ly hôn rồi lấy chồng được không").
  c(
    'Tòa án',
    ['ly hon', 'ly di', 'bo nhau', 'bo chong', 'bo vo'],
    ['lay chong duoc', 'lay vo duoc', 'lay nhau duoc', 'cuoi nhau duoc', 'lay chong tu', 'lay vo tu', 'lay nhau tu', 'cuoi nhau tu', 'lay chong may nam', 'lay vo may nam'],
    [],
    { unless: ['duoc khong', 'duoc ko', 'co duoc', 'ket hon lai', 'tai hon', 'doc than', 'tinh trang hon nhan'] },
  ),
  // The court's divorce decision lost or asked again ("quyết định ly hôn thất lạc, xin lại bản sao"): a copy of the
  // court's ruling, which the court issues (3.000165), not a divorce recorded in the civil status books (counter speech).
  c(
    'Tòa án',
    ['ban sao', 'sao luc', 'trich luc', 'xin lai', 'cap lai', 'lam lai', 'mat', 'bi mat', 'lam mat', 'that lac', 'rach'],
    ['quyet dinh ly hon', 'giay ly hon', 'ban an ly hon', 'quyet dinh thuan tinh ly hon', 'quyet dinh cong nhan thuan tinh ly hon', 'giay quyet dinh ly hon'],
    ['cap sao ban an'],
    { unless: ['nuoc ngoai', 'ghi vao so', 'ghi chu'] },
  ),
  // The letter that asks a judgment enforced ("làm đơn yêu cầu thi hành án"): the request itself, no complaint.
  c('Thi hành án dân sự', ['thi hanh an'], ['lam don', 'viet don', 'nop don', 'gui don'], [], { unless: ['khieu nai', 'to cao'] }),
  // A criminal record asked through another ("ủy quyền làm lý lịch tư pháp cho người thân"): the authorisation is part of
  // the record's own request (Luật Lý lịch tư pháp, art. 45), not a signature to certify, unless that is what is asked.
  c('Lý lịch tư pháp', ['ly lich tu phap', 'lltp', 'phieu ly lich'], ['uy quyen', 'giay uy quyen', 'lam uy quyen', 'lam giay uy quyen'], [], {
    unless: ['chung thuc', 'cong chung', 'chu ky'],
  }),
  // Who the payer is, told beside the house plot's tax ("ba tui là người có công, nhà nghèo, xin miễn tiền thuế đất ở"):
  // the ground for the land tax's exemption (Luật Thuế sử dụng đất phi nông nghiệp, art. 9–10), not the merit or poverty
  // procedures themselves (counter speech).
  c(
    'Thuế',
    ['thue dat o', 'thuế đất', 'thue nha dat', 'thue su dung dat', 'thue dat phi nong nghiep', 'mien thue dat', 'giam thue dat', 'mien giam thue dat'],
    [...['nguoi co cong', 'thuong binh', 'benh binh', 'liet si', 'gia dinh liet si', 'con liet si', 'gia dinh chinh sach', 'me viet nam anh hung'], ...['ho ngheo', 'nha ngheo', 'ho can ngheo']],
    ['mien giam thue su dung dat phi nong nghiep'],
  ),
  // A marriage or a divorce told as done over there ("kết hôn ở Hàn Quốc rồi, giờ về ghi chú", "ly hôn bên Đài Loan rồi
  // về VN"), beside its recording at home: the event abroad recorded in the home book (Luật Hộ tịch, art. 48), not a
  // marriage with a foreigner to register; the country tells where it was done (counter speech). "Ở nước ngoài" itself
  // is read apart (lexicon-fields.ts); one entry per act, each under the hundred phrases an entry holds.
  ...[
    ...['ket hon', 'dang ky ket hon', 'cuoi', 'cuoi nhau', 'lay nhau'].map((act): [string, string] => [act, 'ghi vao so ho tich viec ket hon']),
    ...['ly hon', 'ly di', 'bo nhau'].map((act): [string, string] => [act, 'ghi vao so ho tich viec ly hon']),
  ].map(([act, means]) =>
    c(
      'Hộ tịch',
      ['ghi chu', 'ghi vao so', 'vao so ho tich', 'so ho tich', 've nuoc', 've vn', 've viet nam', 've lai viet nam'],
      ['o', 'ben', 'tai'].flatMap((at) =>
        ['han quoc', 'han', 'nhat', 'nhat ban', 'dai loan', 'trung quoc', 'my', 'uc', 'duc', 'phap', 'nga', 'canada', 'do', 'ay', 'kia'].map((k) => `${act} ${at} ${k}`),
      ),
      [means],
    ),
  ),
  // An adult never given a birth paper who holds others ("cả đời chưa có giấy khai sinh, chỉ có chứng minh thư với hộ
  // khẩu"): the birth of a person who already has personal papers (Nghị định 123/2015, art. 26), those papers told.
  c(
    'Hộ tịch',
    NEVER_HAD.flatMap((n) => [`${n} giay khai sinh`, `${n} khai sinh`, `${n} giay khai sanh`, `${n} khai sanh`]),
    ['chi co', 'van co', 'da co', 'co'].flatMap((h) =>
      ['chung minh thu', 'chung minh', 'cmnd', 'can cuoc', 'cccd', 'ho khau', 'so ho khau', 'ho chieu', 'hoc ba', 'bang tot nghiep'].map((k) => `${h} ${k}`),
    ),
    ['khai sinh cho nguoi da co ho so giay to ca nhan'],
  ),
  // …and an old person never given one ("ông tôi tám mươi lăm tuổi chưa có giấy khai sinh", "tôi sinh năm bốn mốt, ngày
  // xưa chẳng ai làm khai sinh cho"): someone of that age holds an identity card or a household book, so it is the same
  // registration, whether or not the papers are told; not a child's late birth told beside them.
  c(
    'Hộ tịch',
    [
      ...NEVER_HAD.flatMap((n) => [`${n} giay khai sinh`, `${n} khai sinh`, `${n} giay khai sanh`, `${n} khai sanh`]),
      ...['chang ai lam khai sinh', 'khong ai lam khai sinh', 'khong ai khai sinh', 'chua khai sinh', 'chua dang ky khai sinh'],
    ],
    [
      ...['gia roi', 'gia yeu', 'cao tuoi', 'nguoi gia', 'tuoi gia', 'ong toi', 'ong noi', 'ong ngoai', 'ba noi', 'ba ngoai', 'ong cu', 'ba cu', 'cu ong', 'cu ba'],
      ...['sinh nam 19', 'sinh nam mot nghin', 'sinh nam bon', 'sinh nam nam', 'sinh nam sau', 'sinh nam bay', 'sinh nam tam'],
      ...['bay', 'tam', 'chin', 'sau'].flatMap((n) => [`${n} muoi `, `${n} chuc tuoi`]),
      ...Array.from({ length: 50 }, (_, k) => `${k + 50} tuoi`),
    ],
    ['khai sinh cho nguoi da co ho so giay to ca nhan'],
    {
      unless: [
        ...['cho chau', 'cho con', 'cho be', 'em be', 'tre em', 'moi sinh', 'moi de', 'vua sinh', 'vua de', 'chau noi', 'chau ngoai', 'so sinh'],
        ...['dua nho', 'dua be', 'chau be', 'con nho', 'con dau', 'de dua', 'de con', 'sinh con', 'thang tuoi'],
      ],
    },
  ),
  // A border pass to visit kin or go to market over the border ("làm giấy thông hành sang Trung Quốc thăm họ hàng"): the
  // pass of those living in a border commune, not the tourist's to China's border provinces (Nghị định 76/2020).
  c(
    'Xuất nhập cảnh',
    ['giay thong hanh', 'thong hanh', 'giay thong hanh bien gioi'],
    ['tham ho hang', 'tham than', 'tham nguoi than', 'ho hang ben', 'nguoi than ben', 'xa bien gioi', 'o bien gioi', 'gan bien gioi', 'di cho ben', 'sang cho', 'di cho bien gioi'],
    ['giay thong hanh xuat nhap canh vung bien gioi'],
    { unless: ['lao', 'campuchia', 'cam pu chia', 'du lich', 'can bo', 'cong chuc', 'bi mat', 'lam mat', 'mat giay'] },
  ),
  // A couple together for years who never registered ("lấy nhau từ năm bảy mấy, chỉ làm mấy mâm cỗ chứ không có đăng
  // ký"): their marriage registered now, however old they are; not a record to correct or to copy.
  c(
    'Hộ tịch',
    ['lay nhau', 'cuoi nhau', 'song voi nhau', 'o voi nhau', 'song chung', 've o voi nhau', 'lay chong', 'lay vo'],
    [
      ...['khong co dang ky', 'khong dang ky', 'chua dang ky', 'chua tung dang ky', 'khong co dang ki', 'khong dang ki', 'chua dang ki'],
      ...['chua lam giay', 'khong lam giay', 'khong co giay ket hon', 'chua co giay ket hon', 'chi lam co', 'mam co', 'chi cuoi hoi'],
    ],
    ['thu tuc dang ky ket hon'],
    { unless: ['nuoc ngoai', 'ly hon', 'ly di', 'khai sinh cho', 'nhan con', 'nhan cha'] },
  ),
  // Married again after a spouse's death or a divorce ("vợ mất rồi, giờ muốn đăng ký kết hôn lại"): a new marriage
  // registered, not the re-registration of a marriage whose record is lost (that reading stays without such a story).
  c(
    'Hộ tịch',
    [
      ...['vo mat', 'chong mat', 'vo chet', 'chong chet', 'vo qua doi', 'chong qua doi', 'vo toi mat', 'chong toi mat', 'goa'],
      ...['ly hon roi', 'ly di roi', 'vo cu', 'chong cu', 'lay vo moi', 'lay chong moi', 'vo sau', 'chong sau', 'tai hon', 'nguoi moi'],
    ],
    ['ket hon lai', 'dang ky ket hon lai', 'cuoi lai', 'lay vo lai', 'lay chong lai'],
    ['thu tuc dang ky ket hon'],
    { unless: ['mat giay', 'mat so', 'that lac', 'bi mat giay', 'so goc', 'so luu', 'chay', 'lu cuon'] },
  ),
  // A health-insurance card lost, torn or wrong ("làm mất cái thẻ bảo hiểm y tế", "thẻ bhyt ghi sai năm sinh"): the
  // fund reissues or corrects it (1.002759); read as its words, the card is every procedure that issues one.
  c(
    'Bảo hiểm y tế',
    ['the bao hiem y te', 'the bhyt', 'bao hiem y te', 'bhyt', 'the bao hiem'],
    ['mat', 'bi mat', 'lam mat', 'that lac', 'lam lai', 'xin lai', 'cap lai', 'rach', 'bi rach', 'hu', 'bi hu', 'ghi sai', 'bi sai', 'sai ten', 'sai nam sinh'],
    ['cap lai doi dieu chinh thong tin tren so bhxh the bhyt'],
    { unless: ['cong an', 'quan doi', 'tre em duoi 6', 'duoi 6 tuoi', 'khai sinh'] },
  ),
  // A person's detail to correct with no paper named ("cải chính ngày sinh", "sửa quê quán"): the civil-status record's;
  // read as their syllables, "ngày … sinh" is the "phát sinh" of invoices and the "lâm sinh" of forestry. A licence, a
  // card or a land book named beside it is the paper corrected, read from its own words; a pension's file, often set
  // against the birth record, leaves both to be read.
  c(
    'Hộ tịch',
    ['cai chinh', 'cai chanh', 'dinh chinh', 'sua', 'sửa', 'sua lai', 'dieu chinh', 'bo sung'],
    ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'noi sinh', 'que quan', 'gioi tinh'],
    ['thong tin ho tich'],
    {
      unless: [
        'can cuoc',
        'cccd',
        'cmnd',
        'chung minh',
        'bang lai',
        'gplx',
        'cavet',
        'giay to xe',
        'dang ky xe',
        'so do',
        'so hong',
        'luong huu',
        'so huu',
        'bhxh',
        'bao hiem',
        'ho chieu',
        'hoc ba',
        'bang tot nghiep',
      ],
    },
  ),
  // A detail to correct named with the paper it stands in ("sửa lại năm sinh trong khai sinh cho đúng"): that paper is the
  // one corrected, whatever other papers the story says disagree with it (sổ đỏ, căn cước).
  c(
    'Hộ tịch',
    ['sua', 'sửa', 'sua lai', 'cai chinh', 'dinh chinh', 'dieu chinh', 'ghi sai', 'bi sai', 'sai'],
    ['trong', 'tren', 'o', 'cua'].flatMap((at) => ['giay khai sinh', 'khai sinh', 'giay khai sanh', 'khai sanh'].map((k) => `${at} ${k}`)),
    ['thong tin ho tich', 'thay doi cai chinh bo sung thong tin ho tich'],
    { unless: ['ban sao', 'trich luc', 'bi mat', 'lam lai', 'xin lai', 'cap lai'] },
  ),
];
