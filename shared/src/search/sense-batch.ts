import type { CitizenQuery } from './dev-set';

/**
 * A development batch on word sense and "confidently wrong" first results, rural and young voices (issue 17, helper
 * session of 6 Dec 2026): 103 queries written in one sitting at 06:05 UTC, before any procedure name was grepped and
 * before the engine was run on them, over the fields earlier rounds covered least: fisheries and boats (ghe, tàu,
 * thuyền, ghe bầu, đò, without "tàu cá"), crops, livestock, veterinary and plant protection, forestry, irrigation and
 * water, inland waterways, driving licences and vehicle registration, environment, building permits and repairs,
 * household business and cooperatives, labour, education and health, religion and festivals, and civil status, land
 * and residence for balance — with the shapes that fool a word-by-word reading: a word whose sense depends on its
 * neighbour ("cho con", "bán" beside đất or ghe), "lúc/khi" after the request, "đi làm ăn xa" said of a child. Rural:
 * no diacritics, Southern words (ghe, heo, tiệm, dẹp tiệm, cà vẹt, hông, tui); young: chat shorthand and
 * abbreviations (dky, ko, ntn, cccd, htx, gpkd, bhyt, attp, thpt), short questions.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine): every procedure a counter clerk would accept. Twenty-eight have no answer in this catalogue (unemployment
 * benefit, work permits, labour export, schools, clinics, karaoke, festivals and worship, retail alcohol and tobacco,
 * seed and fertiliser trade, disaster aid for crops, livestock declaration, slaughter, a small workshop's
 * environmental registration): SENSE_NO_ANSWER. Split by alternation into SENSE_TUNE (tuned on) and SENSE_HELD.
 */
export const SENSE_BATCH: readonly CitizenQuery[] = [
  { q: 'xin giay phep danh ca cho ghe', expect: ['1.004359'], who: 'rural' },
  { q: 'dang ky ghe danh ca moi dong xong', expect: ['1.003650', '1.003586'], who: 'rural' },
  { q: 'ghe cua tui bi chim mat het giay to lam lai sao', expect: ['1.003634', '1.003930'], who: 'rural' },
  { q: 'tau di bien can giay gi', expect: ['1.004359', '1.003650', '1.003563'], who: 'rural' },
  { q: 'gia han giay phep danh bat', expect: ['1.004359'], who: 'rural' },
  { q: 'ban ghe cho nguoi khac thi xoa dang ky o dau', expect: ['1.003681', '2.001659'], who: 'rural' },
  { q: 'doi ten chu ghe danh ca', expect: ['1.003650', '1.003634'], who: 'rural' },
  { q: 'nuoi tom co can dang ky gi hong', expect: ['1.014801', '1.004692', '1.014834'], who: 'rural' },
  { q: 'nuoi ca long be tren song xin phep sao', expect: ['1.014801', '1.004692', '1.014834'], who: 'rural' },
  { q: 'thuyen cho khach qua song can giay phep gi', expect: ['1.004088', '1.004047', '1.009455', '1.009453'], who: 'rural' },
  { q: 'đăng ký thuyền máy chở khách', expect: ['1.004088', '1.004047'], who: 'young' },
  { q: 'dky phuong tien thuy noi dia', expect: ['1.004088', '1.004047'], who: 'young' },
  { q: 'bang thuyen truong hoc o dau', expect: ['1.003135'], who: 'young' },
  { q: 'mo ben do ngang song', expect: ['1.009455', '1.009453'], who: 'young' },
  { q: 'tau ca bi mat giay chung nhan an toan ky thuat thi sao', expect: ['1.003563'], who: 'young' },
  { q: 'xin giay kiem dich heo dem ban tinh khac', expect: ['1.002338'], who: 'rural' },
  { q: 'mo tiem ban thuoc tru sau', expect: ['1.004363'], who: 'rural' },
  { q: 'mo tiem thuoc thu y', expect: ['1.001686'], who: 'rural' },
  { q: 'chuyen dat lua qua trong cay an trai', expect: ['1.008004'], who: 'rural' },
  { q: 'trang trai nuoi bo xin giay chung nhan kinh te trang trai', expect: ['1.008128'], who: 'rural' },
  { q: 'xin chung chi hanh nghe thu y', expect: ['1.004756'], who: 'young' },
  { q: 'xin khai thac go rung trong nha minh', expect: ['1.011471', '1.011470'], who: 'rural' },
  { q: 'cat cay keo trong vuon ban can giay gi', expect: ['1.011471', '1.011470', '1.000045'], who: 'rural' },
  { q: 'nuoi chim quy hiem co phai dang ky ko', expect: ['1.004819'], who: 'young' },
  { q: 'giao rung cho ho gia dinh', expect: ['1.014832'], who: 'rural' },
  { q: 'chuyen muc dich su dung rung', expect: ['1.012694', '1.012689'], who: 'young' },
  { q: 'cho go ra khoi xa can xac nhan gi', expect: ['1.000045'], who: 'rural' },
  { q: 'khoan gieng nuoc co can xin phep ko', expect: ['1.001662', '1.004223'], who: 'young' },
  { q: 'xa nuoc thai ra kenh', expect: ['1.010727'], who: 'rural' },
  { q: 'lay nuoc song tuoi ruong xin phep', expect: ['2.002835', '1.004179'], who: 'rural' },
  { q: 'xay cong trong pham vi bao ve thuy loi', expect: ['1.014849', '1.004427'], who: 'young' },
  { q: 'dang ky khai thac nuoc duoi dat', expect: ['1.001662'], who: 'young' },
  { q: 'doi bang lai xe may', expect: ['3.000347'], who: 'young' },
  { q: 'lam lai bang lai oto bi mat', expect: ['3.000348'], who: 'young' },
  { q: 'dang ky xe may moi mua', expect: ['1.013067', '1.012575', '1.013066'], who: 'young' },
  { q: 'sang ten xe mua lai cua hang xom', expect: ['1.013076'], who: 'rural' },
  { q: 'cavet xe bi mat lam lai', expect: ['1.013082', '1.013080'], who: 'rural' },
  { q: 'doi bang lai quoc te', expect: ['3.000353'], who: 'young' },
  { q: 'bang lai xe het han doi sao', expect: ['3.000347', '3.000348'], who: 'young' },
  { q: 'danh gia tac dong moi truong trai heo', expect: ['1.010733', '1.010736'], who: 'rural' },
  { q: 'giay phep moi truong cho co so nho', expect: ['1.010727'], who: 'young' },
  { q: 'xin phep xay nha o que', expect: ['1.013225'], who: 'rural' },
  { q: 'sua nha co can xin phep khong', expect: ['1.013229'], who: 'young' },
  { q: 'xay them lau cho nha', expect: ['1.013229', '1.013225'], who: 'rural' },
  { q: 'gia han giay phep xay dung', expect: ['1.013227'], who: 'young' },
  { q: 'dieu chinh giay phep xay dung', expect: ['1.013226'], who: 'young' },
  { q: 'do nha cu xay lai', expect: ['1.013225'], who: 'rural' },
  { q: 'mo quan an can giay gi', expect: ['1.001612'], who: 'young' },
  { q: 'dang ky ho kinh doanh ban tap hoa', expect: ['1.001612'], who: 'rural' },
  { q: 'dep tiem tam nghi kinh doanh', expect: ['1.001570'], who: 'rural' },
  { q: 'lap htx nong nghiep', expect: ['1.005280'], who: 'young' },
  { q: 'thanh lap hop tac xa', expect: ['1.005280'], who: 'rural' },
  { q: 'doi ten ho kinh doanh', expect: ['2.000720'], who: 'young' },
  { q: 'lam banh trung thu ban can giay gi', expect: ['1.001612'], who: 'rural' },
  { q: 'gpkd ho ca the mat lam lai', expect: ['2.000575'], who: 'young' },
  { q: 'cap lai bang tot nghiep thpt', expect: ['2.000908'], who: 'young' },
  { q: 'chua sua lai can xin phep', expect: ['1.013229'], who: 'rural' },
  { q: 'lam giay khai sinh cho con luc di lam an xa ve', expect: ['1.001193'], who: 'rural' },
  { q: 'con tui di lam an xa khai bao tam vang cho no', expect: ['1.003677'], who: 'rural' },
  { q: 'tach so do chia dat cho con', expect: ['1.012784', '1.013831'], who: 'rural' },
  { q: 'dang ky thuong tru cho con moi sinh', expect: ['1.004222', '2.000986'], who: 'young' },
  { q: 'ban dat cho hang xom chung thuc hop dong', expect: ['2.001035'], who: 'rural' },
  { q: 'xin tach ho khau khi lay vo', expect: ['1.010038'], who: 'young' },
  { q: 'doi ten cho con khi di hoc', expect: ['1.004859'], who: 'young' },
  { q: 'xac nhan doc than de ket hon', expect: ['1.004873'], who: 'young' },
  { q: 'trich luc khai sinh ban sao', expect: ['2.000635'], who: 'young' },
  { q: 'cho con mien phi hoc xin xac nhan ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'lam cccd cho con 14 tuoi', expect: ['1.014061', '2.000200'], who: 'young' },
  { q: 'nhan con nuoi cua em gai', expect: ['2.001263'], who: 'rural' },
  { q: 'gop von bang dat vao cong ty', expect: ['1.013831'], who: 'young' },
  { q: 'ban ghe bau cu mua ghe moi dang ky lai', expect: ['1.003650', '1.004047', '1.004088', '1.004002'], who: 'rural' },
  { q: 'mua thuyen cu cua nguoi ta sang ten', expect: ['1.004002', '1.003970', '1.003650'], who: 'rural' },
  { q: 'dang ky xe dien', expect: ['1.013067', '1.012575'], who: 'young' },
  { q: 'lam the bhyt cho con o dau vay', expect: ['2.000639', '2.001023', '2.000986'], who: 'young' },
  { q: 'dang ky tau ca tren 15 met', expect: ['1.003650'], who: 'young' },
];

/** The tune half (even positions): its misses were read and the engine tuned on them. */
export const SENSE_TUNE: readonly CitizenQuery[] = SENSE_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const SENSE_HELD: readonly CitizenQuery[] = SENSE_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (labour, education, health, culture, some licences). */
export const SENSE_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'ban phan bon can giay phep gi', who: 'rural' },
  { q: 'ban giong lua can dieu kien gi', who: 'young' },
  { q: 'ho tro thiet hai do bao lu cho cay trong', who: 'rural' },
  { q: 'ke khai chan nuoi heo o xa', who: 'rural' },
  { q: 'giet mo heo can giay gi', who: 'young' },
  { q: 'rut ho so goc xe chuyen tinh', who: 'young' },
  { q: 'dang ky moi truong cho xuong', who: 'young' },
  { q: 'ke hoach bao ve moi truong', who: 'young' },
  { q: 'xay nha tam tren dat nong nghiep', who: 'rural' },
  { q: 'xin giay phep ban ruou', who: 'rural' },
  { q: 'ban thuoc la can giay phep ko', who: 'young' },
  { q: 'chung nhan attp cho bep an', who: 'young' },
  { q: 'lanh tro cap that nghiep', who: 'rural' },
  { q: 'huong bhtn ntn', who: 'young' },
  { q: 'xin giay phep lao dong cho nguoi nuoc ngoai', who: 'young' },
  { q: 'di xuat khau lao dong nhat can giay gi', who: 'rural' },
  { q: 'tam dung huong tro cap that nghiep khi co viec lam', who: 'young' },
  { q: 'chuyen truong cho con len lop 6', who: 'rural' },
  { q: 'mien hoc phi cho con ho ngheo', who: 'rural' },
  { q: 'cap chung chi hanh nghe kham benh', who: 'young' },
  { q: 'mo nhom tre tu thuc', who: 'young' },
  { q: 'mo phong kham tu', who: 'young' },
  { q: 'xin to chuc le hoi o dinh', who: 'rural' },
  { q: 'dang ky sinh hoat ton giao tap trung', who: 'rural' },
  { q: 'mo quan karaoke', who: 'young' },
  { q: 'to chuc bieu dien van nghe', who: 'young' },
  { q: 'dang ky hoat dong tin nguong hang nam', who: 'rural' },
  { q: 'giay phep kinh doanh van tai ghe do', who: 'rural' },
];
