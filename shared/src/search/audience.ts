import { foldVietnamese } from './fold';
import { canonical } from './typing';

/**
 * Specialist audiences a procedure's name narrows it to: a trade (lawyers, notaries, bailiffs…), a kind of
 * enterprise (credit institutions, insurers, export-processing firms…), diplomats and missions abroad,
 * stateless people, the armed forces, large-scale farms. The catalogue often has a general procedure and
 * several for such audiences sharing its words ("thay đổi người đại diện theo pháp luật" of a company, and
 * of a law firm); a citizen who names none of them is not one of them and means the general procedure.
 * One who is says so ("công ty luật", "ngân hàng"), in words or through a lexicon concept whose catalogue
 * phrase names the audience, and the penalty is lifted.
 *
 * Written from the catalogue's own names ("… của tổ chức tín dụng", "… đối với doanh nghiệp chế xuất",
 * "… tại Cơ quan đại diện Việt Nam ở nước ngoài"), not from any test query. Each line is one audience: any of
 * its phrases in a name marks it; any of them in the query asks for it.
 */
const AUDIENCES: readonly string[][] = [
  // Justice professions: their own practice, not a citizen's case.
  ['luat su', 'cong ty luat', 'van phong luat'],
  ['cong chung vien', 'van phong cong chung', 'to chuc hanh nghe cong chung'],
  ['thua phat lai'],
  ['giam dinh vien', 'to chuc giam dinh', 'van phong giam dinh'],
  ['dau gia vien', 'to chuc dau gia', 'hanh nghe dau gia', 'dau gia tai san'],
  ['quan tai vien', 'doanh nghiep quan ly thanh ly tai san'],
  ['trong tai vien', 'trung tam trong tai', 'to chuc trong tai'],
  ['hoa giai vien thuong mai', 'hoa giai thuong mai'],
  // Legal aid's providers: "đăng ký tham gia trợ giúp pháp lý" is a firm joining the scheme, not a citizen asking for aid;
  // "thẻ cộng tác viên trợ giúp pháp lý" is a volunteer's card.
  ['tro giup vien phap ly', 'tham gia tro giup phap ly', 'ky hop dong voi luat su', 'cong tac vien tro giup phap ly'],
  // Driving schools, examiners and inspectors: their own licences, not a driver's ("Giấy phép đào tạo lái xe ô tô" is
  // a school's, though it names no "cơ sở"); an inspection station's "cơ sở đủ điều kiện đăng kiểm", not a boat's.
  ['trung tam sat hach', 'sat hach vien', 'dao tao lai xe', 'giao vien day', 'san tap lai', 'dang kiem vien', 'dieu kien dang kiem', 'co so dang kiem'],
  // Auditors, accountants and valuers practising as such.
  ['kiem toan', 'ke toan vien', 'tham dinh vien', 'tham dinh gia'],
  // Finance: banks, credit, securities, insurers.
  ['to chuc tin dung', 'ngan hang', 'quy tin dung', 'to chuc tai chinh vi mo', 'cong ty tai chinh', 'chi nhanh ngan hang nuoc ngoai'],
  ['chung khoan', 'quy dau tu', 'cong ty quan ly quy'],
  ['doanh nghiep bao hiem', 'moi gioi bao hiem', 'tai bao hiem', 'dai ly bao hiem'],
  // Diplomacy and missions abroad: procedures done by embassies and consulates, or for diplomats.
  ['co quan dai dien', 'dai su quan', 'lanh su', 'ngoai giao'],
  ['to chuc quoc te', 'to chuc phi chinh phu nuoc ngoai', 'phi chinh phu'],
  ['nguoi khong quoc tich'],
  // International transport, travel and cooperation: a citizen's permit is the domestic one unless they say so.
  ['quoc te'],
  ['mien thi thuc'],
  // Kinds of enterprise and investment zone.
  ['doanh nghiep che xuat', 'khu che xuat', 'khu cong nghiep', 'khu kinh te', 'khu cong nghe cao'],
  ['doanh nghiep nha nuoc', 'cong ty nha nuoc', 'von nha nuoc', 'doanh nghiep quoc phong'],
  // Cooperatives: a company's owner who says "công ty" is not running one.
  ['hop tac xa', 'to hop tac'],
  ['nha dau tu nuoc ngoai', 'von dau tu nuoc ngoai', 'to chuc kinh te co von'],
  // Not bare "viện trợ": folded, it is also "(hai) thành viên trở lên" in the names of companies' procedures.
  ['vien tro khong hoan lai', 'tiep nhan vien tro', 'oda', 'von vay uu dai', 'chinh phu bao lanh'],
  // The armed forces and the police's own staff and units.
  ['cong an nhan dan', 'quan doi nhan dan', 'quan nhan', 'si quan', 'bo quoc phong', 'quoc phong'],
  // Sectors whose permits are for their own operators.
  ['dau khi'],
  ['tau bien', 'hang hai'],
  // The sea: areas allocated at sea and land won from it ("giao khu vực biển", "lấn biển"), not land ashore.
  ['giao khu vuc bien', 'lan bien'],
  // Forest allocated or leased to its keepers: one renting farmland is not taking a forest.
  ['giao rung cho thue rung', 'dat co rung'],
  ['hang khong', 'tau bay'],
  // Railways; the catalogue's "giấy phép lái tàu" is a train driver's.
  ['duong sat', 'giay phep lai tau'],
].map((group) => group.map((p) => ` ${(foldVietnamese(p) || '').split(' ').map(canonical).join(' ')} `));

// One bit each in a 32-bit number.
if (AUDIENCES.length > 31) throw new Error(`audience.ts: ${AUDIENCES.length} audiences, at most 31 fit in the bit set`);

/** The audiences a padded, folded text (" cap giay phep ... cua to chuc tin dung ") names, as a bit set. */
export function audiencesIn(padded: string): number {
  let bits = 0;
  AUDIENCES.forEach((group, i) => {
    if (group.some((p) => padded.includes(p))) bits |= 1 << i;
  });
  return bits;
}

/**
 * How a citizen names the police or the army, or their war veterans: "bố tôi là công an", "hồi đi bộ đội", "thương
 * binh", "liệt sĩ". Read in queries only (in names, "tại Công an cấp tỉnh" is the office that serves everyone:
 * passports, residence), to lift the demotion of the forces' own policy procedures (search-doc.ts `forces`).
 */
const FORCES_SAID = 'cong an|quan doi|bo doi|chien si|canh sat|thuong binh|benh binh|liet si|khang chien|chien truong|cach mang'.split('|');

/** Whether a padded, folded query names the police, the army or their veterans. */
export const forcesIn = (padded: string): boolean => FORCES_SAID.some((p) => padded.includes(` ${p} `));
