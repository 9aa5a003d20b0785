import { PLACE_NAMES } from './lexicon-compile';
import { type LexiconEntry, lexiconEntry as e } from './lexicon-entry';

/**
 * Where a story happens (issue 17, elderly voice): "con tôi ở Sài Gòn", "hồi trước tôi làm ở Đà Nẵng", "mất ở bệnh
 * viện Bạch Mai ngoài Hà Nội". A place names no national procedure, but read as its syllables it pulls in whatever
 * shares them: "sài" is "sai" (a correction), "Long" is "lồng" (fish cages), "ngoài Bắc" is "nước ngoài". These phrases
 * mean nothing (an empty "means"): the engine reads them as told and drops them (engine.ts). General knowledge: the
 * 63 provinces and cities before the 2025 merger (the 34 after it keep names among these), their common other names,
 * the big cities and hospitals people name, and how people say the regions. Written with marks, so a syllable typed
 * with other marks ("sai", "làm đồng") is that word; read in queries only (lexicon.ts).
 */
const PLACES = [
  // Centrally governed cities, with their other names.
  ...['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế', 'Hồ Chí Minh', 'thành phố Hồ Chí Minh', 'Sài Gòn', 'tphcm', 'tp hcm'],
  // The North.
  ...['Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái', 'Hòa Bình'],
  ...['Thái Nguyên', 'Lạng Sơn', 'Quảng Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hưng Yên'],
  ...['Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình'],
  // The Centre and the Highlands.
  ...['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa'],
  ...['Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng'],
  // The South-East and the Mekong delta.
  ...['Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa', 'Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre'],
  ...['Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau'],
  // Big cities people name instead of their province.
  ...['Biên Hòa', 'Thủ Đức', 'Nha Trang', 'Đà Lạt', 'Quy Nhơn', 'Buôn Ma Thuột', 'Phú Quốc'],
  // The hospitals a story most often ends in.
  ...['Chợ Rẫy', 'Bạch Mai', 'Việt Đức'],
  // The regions as people say them, from where the speaker is.
  ...['ngoài Bắc', 'miền Bắc', 'trong Nam', 'miền Nam', 'miền Trung', 'miền Tây', 'Tây Nguyên', 'dưới quê', 'trên thành phố'],
  // America as where one goes ("đi Mỹ thăm con"): read as its syllable, "Mỹ" is the "chống Mỹ" of veterans' names.
  ...['đi Mỹ', 'sang Mỹ', 'qua Mỹ'],
];

/** Places near at hand, as a story tells them: an entry of their own, for an entry holds at most 100 phrases. */
const NEARBY = [
  // A move told from one place to another ("từ xã này qua xã kia"): "xã" alone is the names' "cấp xã".
  ...['xã này', 'xã kia', 'huyện này', 'huyện kia', 'tỉnh này', 'tỉnh kia'],
  // …and the city typed short after a move ("mới lên HN", "vô SG"): bare, "hn" is also "hôn nhân".
  ...['len hn', 'ra hn', 'o hn', 'vao sg', 'vo sg', 'len sg', 'o sg', 'len tp', 'ra tp', 'vo tp', 'vao tp', 'len thanh pho'],
  // Where the citizen goes to ask ("công chứng giấy tờ ở xã", "ra phường làm"): every commune's counter, no one
  // procedure; read as its syllables, "xã" pulls in the names that say "Ủy ban nhân dân cấp xã" in passing.
  ...['ở xã', 'ra xã', 'lên xã', 'tại xã', 'ở phường', 'ra phường', 'lên phường', 'tại phường'],
  // …and the commune as who signs ("giấy xác nhận của xã", "dấu của phường"); typed so, "xã" is also the "xã hội" of
  // names ("tổ chức chính trị - xã hội"), which it pulled in.
  ...['của xã', 'của phường'],
  // …and whether it must go further ("có phải ra huyện không", "ra tỉnh hay ở huyện làm được"): asked, not a level the
  // name must hold; read as its syllables, "huyện" pulls in the few names "thực hiện tại cấp huyện" (a lost passport).
  ...['ở huyện', 'ra huyện', 'lên huyện', 'tại huyện', 'về huyện', 'xuống huyện', 'ở quận', 'ra quận', 'lên quận'],
  ...['ở tỉnh', 'ra tỉnh', 'lên tỉnh', 'tại tỉnh', 'về tỉnh', 'xuống tỉnh'],
  // Over there, told ("cưới nhau ở bên đó rồi"): typed without marks, "bên đó" is "bến đò" (a ferry landing).
  ...['ở bên đó', 'ở bên đấy', 'ở bên ấy', 'ở bên kia', 'sang bên đó', 'bên đó rồi'],
];

/**
 * An office gone to or named as where it is done ("lên công an xã làm lại căn cước", "khai báo tạm trú với công an",
 * "ngân hàng bảo phải đăng ký thế chấp ở văn phòng đất đai", "đổi bằng lái ở sở hay lên công an"): where the errand is
 * done, not what it is. Read as its words, "công an" is the names' "Công an nhân dân" (the force's own licences,
 * complaints against it), "đất đai" the long names' "tranh chấp … về đất đai". Only said with going or being there: the
 * office named alone may be asked for. Not "ra ủy ban": the commune's own procedures say "Ủy ban nhân dân cấp xã", it
 * tells the level. One entry per office, for an entry holds at most 100 phrases.
 */
const goneTo = (offices: string[]) => ['ở', 'ra', 'lên', 'tại', 'đến', 'tới', 'xuống', 'về', 'với', 'hay'].flatMap((to) => offices.map((o) => `${to} ${o}`));
const OFFICES = [
  ['công an', 'công an xã', 'công an phường', 'công an huyện', 'công an quận', 'công an tỉnh'],
  ['văn phòng đất đai', 'văn phòng đăng ký đất đai', 'phòng tài nguyên', 'phòng tài nguyên môi trường', 'phòng tài nguyên và môi trường'],
].map(goneTo);
/**
 * …and the insurance fund as who pays ("tiền tuất của bảo hiểm", "lên bảo hiểm huyện"): read as its words, "bảo hiểm" is
 * every name holding it (the lump sum, farm insurance) above the benefit asked for.
 */
const INSURER = [...goneTo(['bảo hiểm', 'bảo hiểm huyện', 'bảo hiểm xã hội huyện', 'bảo hiểm tỉnh', 'bảo hiểm xã hội tỉnh']), 'của bảo hiểm', 'của bên bảo hiểm', 'cơ quan bảo hiểm'];

/**
 * Where the house stands ("nhà tôi ở mặt đường lớn", "quán ở đầu ngõ"): told, not asked; read as its syllables typed
 * without marks, "mặt" is "mất" (a loss, a reissue) and "lớn" is "lợn". Written with marks: "mất đường" typed so is not it.
 */
const STANDS = ['mặt đường', 'mặt đường lớn', 'mặt phố', 'đường lớn', 'mặt ngõ', 'đầu ngõ', 'cuối ngõ', 'trong ngõ', 'trong hẻm', 'đầu hẻm'];

/**
 * Born or living on a boat, told ("tui sanh ở trong xuồng ngoài sông", "cả nhà sống trên ghe"): where a life began or is
 * lived; read as its word, the boat is its registration.
 */
const ON_A_BOAT = ['trong', 'trên', 'dưới'].flatMap((on) =>
  ['ghe', 'xuồng', 'thuyền'].flatMap((boat) => [`ở ${on} ${boat}`, `sống ${on} ${boat}`, `sinh ${on} ${boat}`, `sanh ${on} ${boat}`, `đẻ ${on} ${boat}`]),
);

/** A shop counted ("tôi có một cửa hàng tạp hóa"): told; read as its syllables, "một cửa" is the one-stop office. */
const ONE_SHOP = ['một cửa hàng', 'có một cửa hàng', 'một cái cửa hàng'];

/**
 * When it happened, as the old tell it: "hồi trước tôi làm ở Đà Nẵng", "cha tôi hồi còn sống", "lúc đó". Read as its
 * syllables, "hồi" is the "thu hồi" of revocations and "lúc" the "lực" of "lực lượng"; told, they mean nothing. Only
 * phrases: a bare "hoi" typed without marks is "hỏi", or "thu hồi" itself. Not "năm trước": tax names say it.
 */
const TIMES = [
  // The old regime, a life told ("ông đi lính chế độ cũ"): read as its words, "chế độ" is the benefits' names.
  ...['chế độ cũ', 'lính chế độ cũ', 'thời chế độ cũ', 'dưới chế độ cũ'],
  ...['hồi trước', 'hồi xưa', 'hồi đó', 'hồi ấy', 'hồi nãy', 'hồi nhỏ', 'hồi bé', 'hồi trẻ', 'hồi chiến tranh', 'hồi còn', 'hồi còn trẻ', 'hồi còn nhỏ'],
  ...['hồi còn sống', 'hồi còn đi làm', 'lúc trước', 'lúc đó', 'lúc ấy', 'lúc còn', 'lúc còn sống', 'lúc nhỏ', 'ngày xưa', 'thời xưa', 'hồi xa xưa'],
];

/**
 * "Nó" (he, she: a child, a grandchild) is how the old name the one the story is about; read as its syllable it is
 * "nợ" (debt) or "nổ". Only in phrases, never one holding "muốn" or "cần", which say where the request starts, so a
 * bare "no" typed without marks stays "nợ".
 */
const HIM = [
  ...['cho nó', 'của nó', 'bố nó', 'mẹ nó', 'bố mẹ nó', 'cha nó', 'cha mẹ nó', 'vợ nó', 'chồng nó', 'con nó'],
  // Not "nó bị", "nó đã", "nó đi", "nó mới": "bị mất", "đã mất", "đi rồi", "mới mất" are phrases of their own.
  ...['nó là', 'nó ở', 'nó nhờ', 'nó bảo'],
  // …and the Centre's "hắn" for the same: typed without marks, "hắn" is "hạn" (a term run out) or "Hàn" (Korea).
  ...['cho hắn', 'của hắn', 'bố hắn', 'mẹ hắn', 'vợ hắn', 'chồng hắn', 'con hắn', 'hắn là', 'hắn ở'],
];
/**
 * A child had without a wedding, told ("có đứa con với người ta, không cưới"): the story of a recognition asked, no
 * marriage to register.
 */
const NOT_WED = ['không cưới', 'không cưới xin', 'không cưới hỏi', 'không cưới nhau', 'không có cưới'];

/**
 * The family a deal is kept within ("bán cho em ruột, anh em trong nhà với nhau thì…", "người một nhà"): who the parties
 * are, told; read as its syllables, "nhà" is a name's "nhà thầu", "nhà đầu tư", "nhà ở".
 */
const KIN_TOLD = ['anh em trong nhà', 'người trong nhà', 'trong nhà với nhau', 'người một nhà', 'anh em một nhà', 'trong gia đình với nhau'];

/**
 * The neighbour a deal or a quarrel is with ("mua đất của hàng xóm", "nhà hàng xóm xây lấn sang"): who, told; typed
 * without marks, "của hàng" is "cửa hàng" (a shop) and "nhà hàng" a restaurant, which pulled in the household business.
 */
const NEIGHBOUR = ['của hàng xóm', 'nhà hàng xóm', 'của nhà hàng xóm'];

/**
 * Where to start, asked ("muốn làm cái căn cước thì phải bắt đầu từ đâu"): the question's shape, which asks nothing;
 * read as its syllables, "bắt" is the "bắt buộc" of compulsory loans and licences.
 */
const ASKING = [
  ...['bắt đầu từ đâu', 'bắt đầu thế nào', 'bắt đầu như thế nào', 'bắt đầu làm sao', 'bắt đầu từ chỗ nào'],
  // The papers asked about ("xin phép xây nhà cần hồ sơ gì"): typed without marks, "cần hồ" is "căn hộ" (a flat).
  ...['cần hồ sơ gì', 'cần hồ sơ j', 'cần hồ sơ nào', 'cần hồ sơ như thế nào', 'cần hồ sơ thế nào', 'cần những hồ sơ gì'],
];

/**
 * Who may do it, asked ("người khác làm thay được không", "con đi làm thay cho bố"): anyone may bring the papers with a
 * letter of authority, it names no procedure; read as its words, "thay" is the "thay đổi" (a change) of the names. Not
 * "làm thay" bare: "làm thay đổi" is typed so too.
 */
const ON_BEHALF = [
  ...['người khác làm thay', 'người nhà làm thay', 'nhờ người làm thay', 'nhờ làm thay', 'đi làm thay', 'làm thay cho'],
  ...['làm thay được không', 'làm thay được ko', 'làm thay được k', 'làm thay đc không', 'làm thay đc ko', 'làm thay đc k', 'làm thay dc ko'],
];

/**
 * Where one is registered as living, named as a place ("có phải về quê nơi thường trú không"): where, not a
 * registration; read as its words, it is "đăng ký thường trú". A confirmation of it is read in lexicon-context.ts.
 */
const REGISTERED_AT = ['nơi thường trú', 'nơi tạm trú', 'nơi cư trú', 'nơi đăng ký thường trú', 'nơi đăng ký hộ khẩu', 'nơi có hộ khẩu'];

/**
 * Where to hand the papers in, asked ("xin cấp lại thì nộp ở đâu", "nộp hồ sơ ở xã hay huyện"): the counter, no
 * procedure; read as its word, "nộp" is the "người nộp thuế", "nộp tiền" of the tax names. Not "nộp đơn" (a complaint or
 * a dispute may be what is asked) nor "nộp thuế", "nộp tiền".
 */
const WHERE_TO_HAND_IN = [
  ...['nộp ở đâu', 'nộp đâu', 'nộp ở chỗ nào', 'nộp chỗ nào', 'nộp hồ sơ ở đâu', 'nộp giấy tờ ở đâu', 'nộp hồ sơ chỗ nào'],
  ...['nộp ở xã hay huyện', 'nộp ở xã hay ở huyện', 'nộp ở phường hay quận', 'nộp ở xã hay tỉnh', 'nộp hồ sơ ở xã hay huyện'],
];

/**
 * Whether an office does it, asked after what is asked ("phiếu lý lịch tư pháp xin ở đâu, ủy ban xã có làm không",
 * "công an huyện có cấp không"): where, not what; read as its words, "ủy ban … cấp xã" is the names' "thuộc thẩm quyền
 * của Chủ tịch Ủy ban nhân dân cấp xã" (forests, dykes, land disputes), "công an huyện" the force's own licences.
 * Only closed by "không": "xã có cấp lại sổ đỏ không" names its paper inside and keeps it.
 */
const doesIt = (offices: string[]) =>
  offices.flatMap((o) => ['có làm không', 'có làm ko', 'có làm k', 'làm được không', 'làm được ko', 'có cấp không', 'có cấp ko', 'có nhận không', 'có giải quyết không'].map((q) => `${o} ${q}`));
const OFFICE_ASKED = [
  doesIt(['ủy ban xã', 'ủy ban phường', 'ubnd xã', 'ubnd phường', 'ủy ban', 'ubnd', 'xã', 'phường']),
  doesIt(['huyện', 'quận', 'tỉnh', 'công an xã', 'công an phường', 'công an huyện', 'công an']),
];

/**
 * The other party of an old deal dead ("mua đất bằng giấy tay, người bán chết rồi", "chủ cũ đã mất"): why the deal cannot
 * be signed again, told; read as a death beside a person, it pulled the death registration above the land or the
 * vehicle asked for.
 */
const SELLER_GONE = [
  ...['người bán mất', 'người bán chết', 'người bán mất rồi', 'người bán chết rồi', 'bên bán mất', 'bên bán chết', 'bên bán mất rồi'],
  ...['chủ cũ mất', 'chủ cũ chết', 'chủ cũ mất rồi', 'người bán đất mất', 'người bán đất chết', 'người bán xe mất'],
  // …or gone away ("người bán đi mất rồi"): read as its words, "mất rồi" is a death and an estate.
  ...['người bán đi mất', 'người bán đi mất rồi', 'người bán bỏ đi', 'bên bán đi mất', 'chủ cũ đi mất'],
];

/**
 * Old age told ("tôi mắt kém không đọc được", "mắt mờ rồi"): why someone else must sign or read; typed without marks,
 * "mắt" is "mất" (a loss, a reissue).
 */
const FRAIL = ['mắt kém', 'mắt mờ', 'mắt yếu', 'mắt không nhìn rõ', 'mắt không thấy đường', 'mắt đã kém'];

/**
 * The eldest, or a child grown ("thằng con lớn nhà tôi", "con gái lớn", "nó lớn rồi"): who, told; typed without marks,
 * "lớn" is "lợn" (a pig, and the animal-health names). Not "con lớn" alone: "nuôi mấy con lợn" is typed so too.
 */
const ELDEST = [
  ...['thằng con lớn', 'đứa con lớn', 'con trai lớn', 'con gái lớn', 'thằng lớn', 'đứa lớn', 'cháu lớn', 'thằng cả', 'đứa cả'],
  ...['lớn rồi', 'đã lớn', 'lớn lên', 'lớn khôn', 'đứa lớn nhất', 'con lớn nhất'],
];

/**
 * What the one asking will see to ("làm giám hộ để lo việc học hành cho cháu", "lo mọi việc ma chay"): why it is asked,
 * told; read as its syllable, "việc" is a name's "giám sát việc giám hộ", "việc làm".
 */
const SEEING_TO = ['lo việc', 'lo cho việc', 'lo mọi việc', 'lo các việc'];

export const LEXICON_PLACES: readonly LexiconEntry[] = [
  e(PLACE_NAMES, 'counter', PLACES, []),
  e('Nơi chốn', 'counter', NEARBY, []),
  e('Nơi chốn', 'counter', STANDS, []),
  ...OFFICES.map((say) => e('Nơi chốn', 'counter', say, [])),
  e('Nơi chốn', 'counter', INSURER, []),
  e('Nơi chốn', 'counter', ONE_SHOP, []),
  e('Nơi chốn', 'counter', ON_A_BOAT, []),
  e('Thời gian', 'counter', TIMES, []),
  e('Người', 'counter', HIM, []),
  e('Người', 'counter', NOT_WED, []),
  e('Người', 'counter', KIN_TOLD, []),
  e('Người', 'counter', NEIGHBOUR, []),
  e('Người', 'counter', ELDEST, []),
  e('Người', 'counter', FRAIL, []),
  e('Người', 'counter', SELLER_GONE, []),
  e('Câu hỏi', 'counter', ASKING, []),
  e('Câu hỏi', 'counter', WHERE_TO_HAND_IN, []),
  ...OFFICE_ASKED.map((say) => e('Câu hỏi', 'counter', say, [])),
  e('Câu hỏi', 'counter', ON_BEHALF, []),
  e('Nơi chốn', 'counter', REGISTERED_AT, []),
  e('Người', 'counter', SEEING_TO, []),
];
