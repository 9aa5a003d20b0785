import type { CitizenQuery } from './dev-set';

/**
 * The rural voice's fourth round (issue 17, helper session of 6 Dec 2026): 82 queries written in one sitting at
 * 07:04 UTC, before any procedure name was grepped and before the engine was run on them, over every field a commune
 * sees: civil status, residence, land, housing, social allowances, health insurance, pensions, people with merit,
 * household business, farming, fisheries, forestry, vehicles, certification, complaints and military service. The
 * shapes earlier rural rounds covered least: a short story before the request (sanh ở nhà, mua giấy tay hồi trước,
 * ổng 80 tuổi rồi), the person or the time after it ("cho con đang đi học xa", "hồi trước cưới không đăng ký"),
 * questions about cost and time ("mất bao nhiêu tiền", "bao lâu mới có", "có cần … không"), Southern words (sanh,
 * tui, ổng, bả, hông, ghe, heo) and partial marks ("ông tui là liet si", "bị chọc").
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Twenty-two have no answer in this catalogue (disability,
 * old-age, orphan and emergency allowances, housing aid after a storm, people with merit outside the police,
 * complaints and denunciations outside the police, military service, disaster aid, livestock farm declaration,
 * production forest, a fishing boat sunk): RURAL4_NO_ANSWER. Split by alternation into RURAL4_TUNE (tuned on) and
 * RURAL4_HELD.
 */
export const RURAL4_BATCH: readonly CitizenQuery[] = [
  { q: 'con tui sanh o nha bao sanh ko co giay chung sinh thi lam khai sinh dc ko', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'ba ngoai tui mat o nha hom qua gio khai tu o dau', expect: ['1.000656'], who: 'rural' },
  { q: 'vo chong tui bo nhau roi gio ổng muon cuoi vo moi xin giay doc than dc k', expect: ['1.004873'], who: 'rural' },
  { q: 'hoi truoc cuoi ko dang ky gio muon dang ky ket hon lai thi lam sao', expect: ['1.000894', '1.004746'], who: 'rural' },
  { q: 'con tui de ben dai loan ve que lam khai sinh dc hong', expect: ['2.000528', '2.000547', '1.001193'], who: 'rural' },
  { q: 'nhan chau lam con nuoi mat bao nhieu tien', expect: ['2.001263'], who: 'rural' },
  { q: 'giay khai sinh cua tui ghi sai nam sinh sua o dau', expect: ['1.004859'], who: 'rural' },
  { q: 'xin ban sao giay khai sinh cu de lam ho so di hoc', expect: ['2.000635'], who: 'rural' },
  { q: 'ong noi tui xin cai chung nhan doc than ma ổng 80 tuoi roi', expect: ['1.004873'], who: 'rural' },
  { q: 'giay ket hon bi mat lam lai dc ko', expect: ['2.000635', '1.004746'], who: 'rural' },
  { q: 'thang con trai muon doi ten vi ten xau bi chọc', expect: ['1.004859'], who: 'rural' },
  { q: 'nhan cha cho con ngoai gia thu', expect: ['1.001022', '1.000689'], who: 'rural' },
  { q: 'dk thuong tru cho ba ma gia ve o chung', expect: ['1.004222'], who: 'rural' },
  { q: 'con tui di hoc tren tinh dk tam tru o dau', expect: ['1.004194'], who: 'rural' },
  { q: 'chuyen ho khau tu xa nay qua xa kia lam sao', expect: ['1.004222'], who: 'rural' },
  { q: 'ong chu nha tro bat khai bao tam tru cho nguoi o tro', expect: ['1.004194', '2.001159'], who: 'rural' },
  { q: 'tach khau cho con trai cuoi vo ra o rieng', expect: ['1.010038'], who: 'rural' },
  { q: 'xac nhan noi cu tru de xin vo lam cong ty', expect: ['1.010041'], who: 'rural' },
  { q: 'lam so do dat ruong bao lau moi co', expect: ['1.013978', '1.012753'], who: 'rural' },
  { q: 'mieng dat tui mua giay tay hoi truoc gio lam so dc ko', expect: ['1.013978', '1.012753'], who: 'rural' },
  { q: 'so do bi mat trom lam lai o dau', expect: ['1.012786'], who: 'rural' },
  { q: 'so do ghi ten ba tui ma ba mat roi gio doi ten qua tui', expect: ['1.013831', '2.001406'], who: 'rural' },
  { q: 'muon tang cho dat cho dua con gai co can chung thuc ko', expect: ['2.001035', '1.013831'], who: 'rural' },
  { q: 'cho thue dat ruong cho cong ty co phai dang ky ko', expect: ['1.013831'], who: 'rural' },
  { q: 'hang xom lan dat tui muon kien thi lam sao', expect: ['1.012812', '1.013967'], who: 'rural' },
  { q: 'gop dat vao hop tac xa co phai lam giay gi ko', expect: ['1.013831'], who: 'rural' },
  { q: 'dat rung nha nuoc giao cho nha tui muon co so do', expect: ['1.013978', '1.012753'], who: 'rural' },
  { q: 'xay cai chuong bo tren dat ruong co dc ko', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'nha tui muon xay lai cai nha moi lop ngoi co xin phep k', expect: ['1.013225', '1.013229'], who: 'rural' },
  { q: 'xin giay phep sua nha o nong thon o dau', expect: ['1.013229', '1.013225'], who: 'rural' },
  { q: 'lam the bao hiem y te cho tre duoi 6 tuoi', expect: ['2.001023', '2.000986', '2.000639', '1.001939'], who: 'rural' },
  { q: 'the bhyt bi rach lam lai o dau', expect: ['1.002759', '1.001294', '1.001327'], who: 'rural' },
  { q: 'the bao hiem ghi sai ngay sinh sua sao', expect: ['1.002759', '1.002438', '1.001321'], who: 'rural' },
  { q: 'doi noi kham benh ban dau ve tram y te xa', expect: ['1.002759', '1.002438'], who: 'rural' },
  { q: 'dong bhyt theo ho gia dinh o dau', expect: ['1.001939'], who: 'rural' },
  { q: 'ba tui lanh luong huu chuyen ve que lanh o buu dien', expect: ['1.001742'], who: 'rural' },
  { q: 'ong tui mat roi lanh tien mai tang phi bao hiem', expect: ['2.000821'], who: 'rural' },
  { q: 'tu gio toi dong bhxh tu nguyen dc ko', expect: ['1.002179'], who: 'rural' },
  { q: 'ổng di bo doi bi nhiem chat doc da cam xin huong che do', expect: ['1.004205'], who: 'rural' },
  { q: 'mun mo sap ban rau ngoai cho co can dk ko', expect: ['1.001612'], who: 'rural' },
  { q: 'ban quan nhau nho o nha can giay phep j', expect: ['1.001612', '2.001827'], who: 'rural' },
  { q: 'ho kinh doanh doi dia chi qua cho khac', expect: ['2.000720'], who: 'rural' },
  { q: 'tam ngung buon ban 3 thang vi ve que', expect: ['1.001570'], who: 'rural' },
  { q: 'dang ky ho kd cho tiem sua xe', expect: ['1.001612'], who: 'rural' },
  { q: 'xin cap giay an toan thuc pham cho lo banh mi', expect: ['2.001827'], who: 'rural' },
  { q: 'ban thuoc thu y o nha que can chung chi j', expect: ['1.001686'], who: 'rural' },
  { q: 'xin giay chung nhan vung nuoi tom an toan', expect: ['1.011478', '1.011475'], who: 'rural' },
  { q: 'tau ca cua tui dong moi 12 met dang ky o dau', expect: ['1.003650', '1.003586'], who: 'rural' },
  { q: 'xin giay phep danh bat ca ngoai khoi cho ghe 15 met', expect: ['1.004359'], who: 'rural' },
  { q: 'bang thuyen truong tau ca het han doi lai o dau', expect: ['1.003135'], who: 'rural' },
  { q: 'cat tram trong rung nha trong ban go can xin giay k', expect: ['1.011471', '1.011470', '1.000045'], who: 'rural' },
  { q: 'nuoi nhim nuoi ran co phai xin phep ko', expect: ['1.004819'], who: 'rural' },
  { q: 'khai thac cui trong rung phong ho dc ko', expect: ['1.011471', '1.011470'], who: 'rural' },
  { q: 'xe ba gac tu che co dang ky dc ko', expect: ['1.013067'], who: 'rural' },
  { q: 'xe may mua cua nguoi chet roi sang ten sao', expect: ['1.013076'], who: 'rural' },
  { q: 'doi bang lai xe may giay qua the nhua', expect: ['3.000347'], who: 'rural' },
  { q: 'dang ky xe cho con dang di hoc xa', expect: ['1.013067', '1.012575'], who: 'rural' },
  { q: 'chung thuc ban sao so ho khau het bao nhieu tien', expect: ['2.000815'], who: 'rural' },
  { q: 'chung thuc giay ban xe o xa dc ko', expect: ['2.001035', '2.000884'], who: 'rural' },
  { q: 'chung thuc chu ky cua ba gia ko di dc', expect: ['2.000884'], who: 'rural' },
];

/** The tune half (even positions): its misses were read and the engine tuned on them. */
export const RURAL4_TUNE: readonly CitizenQuery[] = RURAL4_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const RURAL4_HELD: readonly CitizenQuery[] = RURAL4_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (allowances, merit, complaints, military service, some aid). */
export const RURAL4_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'di lam an o binh duong ve que co phai khai bao gi ko', who: 'rural' },
  { q: 'dat bi nha nuoc lay lam duong thi khieu nai o dau', who: 'rural' },
  { q: 'nha bi bao sap muon dc ho tro xay lai', who: 'rural' },
  { q: 'ổng bị tai bien nam 1 cho xin tro cap nguoi khuyet tat', who: 'rural' },
  { q: 'xin xac nhan muc do khuyet tat cho thang con bi cam', who: 'rural' },
  { q: 'ba tui 82 tuoi ko co luong xin tien tro cap gia', who: 'rural' },
  { q: 'ba goa chong nuoi con nho co dc tro cap gi ko', who: 'rural' },
  { q: 'chau mo coi cha me o voi ba ngoai xin tro cap', who: 'rural' },
  { q: 'nha tui bi chay het xin ho tro dot xuat', who: 'rural' },
  { q: 'ông tui là liet si muon lam lai giay bao tu', who: 'rural' },
  { q: 'ba me viet nam anh hung lanh tro cap o dau', who: 'rural' },
  { q: 'ong ngoai co huan chuong khang chien muon huong tro cap', who: 'rural' },
  { q: 'thuong binh chet thi vo dc huong gi ko', who: 'rural' },
  { q: 'nuoi ga vit vai tram con can dang ky trang trai ko', who: 'rural' },
  { q: 'xin ho tro giong lua sau lu', who: 'rural' },
  { q: 'tau ca bi chim xin ho tro', who: 'rural' },
  { q: 'dang ky trong rung san xuat', who: 'rural' },
  { q: 'khieu nai xa lam sai ve dat', who: 'rural' },
  { q: 'to cao can bo xa an tien ho tro', who: 'rural' },
  { q: 'thang con toi tuoi di nghia vu quan su dang ky o dau', who: 'rural' },
  { q: 'con tui dang hoc dai hoc xin hoan nghia vu quan su', who: 'rural' },
  { q: 'bo doi xuat ngu ve dia phuong dc ho tro gi', who: 'rural' },
];
