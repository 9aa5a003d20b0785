import type { CitizenQuery } from './dev-set';

/**
 * The three voices' eleventh round on two police fields (issue 17, helper session of 6 Dec 2026): 45 queries written
 * in one sitting at 10:43 UTC (docs/search-drafts/trade11-draft-20261206T1043Z.txt), before any procedure name was
 * grepped and before the engine was run on them, fifteen each elderly, rural and young, without diacritics. Fields:
 * the trades that need a security-and-order certificate (nhà nghỉ, khách sạn, homestay, karaoke, bar, cầm đồ, in,
 * khắc dấu, pháo hoa, bảo vệ, massage, gas; new, changed, reissued, a new owner) and residence (tạm trú for a lodger,
 * lưu trú for guests, tạm vắng, tách hộ, a newborn into the household, xóa thường trú, xác nhận cư trú).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. The certificate has only "cấp mới" and "cấp đổi" (province and central):
 * a new trade expects cấp mới; a change, a loss or a fire expects cấp đổi; a new owner or a new address either.
 * "Can giay gi" for a shop also accepts the household-business registration. One has no answer (debt collection is
 * no longer a licensed trade): TRADE11_NO_ANSWER. Split by alternation into TRADE11_TUNE and TRADE11_HELD.
 */
const NEW = ['2.001478', '1.003204'];
const CHANGE = ['2.001402', '1.003176'];
const NEW_OR_CHANGE = [...NEW, ...CHANGE];
const HOUSEHOLD_BUSINESS = '1.001612';
const TAM_TRU = '1.004194';
const TAM_VANG = '1.003677';
const LUU_TRU = '2.001159';
const THUONG_TRU_CHILD = ['1.004222', '2.000986'];
const TACH_HO = '1.010038';
const XOA_THUONG_TRU = '1.003197';
const XAC_NHAN_CU_TRU = '1.010041';

export const TRADE11_BATCH: readonly CitizenQuery[] = [
  { q: 'cho toi hoi toi muon mo nha nghi thi phai xin giay chung nhan an ninh trat tu o dau', expect: NEW, who: 'elderly' },
  {
    q: 'con trai toi mo khach san nho, cong an bao phai co giay du dieu kien ve an ninh trat tu, lam the nao',
    expect: NEW,
    who: 'elderly',
  },
  { q: 'tiem cam do cua toi doi sang ten con gai thi phai lam lai giay an ninh khong', expect: NEW_OR_CHANGE, who: 'elderly' },
  { q: 'toi bi mat giay chung nhan du dieu kien an ninh trat tu cua quan karaoke, xin cap lai', expect: CHANGE, who: 'elderly' },
  { q: 'nha toi co co so in an, muon xin giay phep an ninh trat tu', expect: NEW, who: 'elderly' },
  { q: 'toi muon mo tiem khac dau thi can giay to gi ben cong an', expect: NEW, who: 'elderly' },
  { q: 'chau toi o tro nha toi, toi phai dang ky tam tru cho chau the nao', expect: [TAM_TRU], who: 'elderly' },
  {
    q: 'toi di vang nha lau ngay vao nam o voi con, co phai khai bao tam vang khong',
    expect: [TAM_VANG, TAM_TRU],
    who: 'elderly',
  },
  { q: 'con toi moi sinh muon nhap ho khau cho chau vao so nha ong ba', expect: THUONG_TRU_CHILD, who: 'elderly' },
  { q: 'ong nha toi mat roi, xoa ten trong ho khau lam sao', expect: [XOA_THUONG_TRU], who: 'elderly' },
  { q: 'toi can giay xac nhan noi cu tru de lam ho so cho con di hoc', expect: [XAC_NHAN_CU_TRU], who: 'elderly' },
  { q: 'cho toi hoi tach ho khau rieng cho vo chong thang con trai', expect: [TACH_HO], who: 'elderly' },
  {
    q: 'nha toi cho cong nhan thue tro, chu nha phai khai bao cho ho the nao',
    expect: [LUU_TRU, TAM_TRU],
    who: 'elderly',
  },
  {
    q: 'nha nghi cua toi doi dia chi thi giay an ninh trat tu co phai doi khong',
    expect: NEW_OR_CHANGE,
    who: 'elderly',
  },
  {
    q: 'toi muon cho khach nuoc ngoai o homestay co can giay an ninh khong',
    expect: [...NEW, '1.000253', '1.001437'],
    who: 'elderly',
  },
  { q: 'xin giay an ninh trat tu mo quan karaoke', expect: NEW, who: 'rural' },
  { q: 'lam giay chung nhan anh ninh trat tu cho nha nghi', expect: NEW, who: 'rural' },
  { q: 'mo tiem cam do can giay gi', expect: [...NEW, HOUSEHOLD_BUSINESS], who: 'rural' },
  { q: 'dang ky tam tru cho nguoi o tro', expect: [TAM_TRU], who: 'rural' },
  { q: 'khai bao luu tru cho khach o nha nghi', expect: [LUU_TRU], who: 'rural' },
  { q: 'khai bao tam vang di lam an xa', expect: [TAM_VANG], who: 'rural' },
  { q: 'nhap khau cho con moi de', expect: THUONG_TRU_CHILD, who: 'rural' },
  { q: 'tach khau ra o rieng', expect: [TACH_HO], who: 'rural' },
  { q: 'xoa ho khau nguoi da chet', expect: [XOA_THUONG_TRU], who: 'rural' },
  { q: 'xin giay xac nhan cu tru', expect: [XAC_NHAN_CU_TRU], who: 'rural' },
  { q: 'cap lai giay an ninh trat tu bi chay', expect: CHANGE, who: 'rural' },
  { q: 'doi chu quan karaoke lam lai giay an ninh', expect: NEW_OR_CHANGE, who: 'rural' },
  { q: 'kinh doanh gas co can giay an ninh trat tu khong', expect: NEW, who: 'rural' },
  { q: 'mo dich vu bao ve can giay gi', expect: NEW, who: 'rural' },
  { q: 'ban phao hoa tet co phai xin phep cong an khong', expect: [...NEW, '3.000171'], who: 'rural' },
  { q: 'giay chung nhan du dieu kien an ninh trat tu khach san', expect: NEW, who: 'young' },
  { q: 'thu tuc cap giay anttt homestay', expect: NEW, who: 'young' },
  { q: 'mo quan bar can giay phep gi', expect: [...NEW, HOUSEHOLD_BUSINESS], who: 'young' },
  { q: 'dang ky kinh doanh massage an ninh trat tu', expect: NEW, who: 'young' },
  {
    q: 'cap doi giay chung nhan du dieu kien ve an ninh trat tu do thay doi nguoi dai dien',
    expect: CHANGE,
    who: 'young',
  },
  { q: 'dang ky tam tru online', expect: [TAM_TRU], who: 'young' },
  { q: 'khai bao luu tru homestay', expect: [LUU_TRU], who: 'young' },
  { q: 'tam vang', expect: [TAM_VANG], who: 'young' },
  { q: 'thu tuc tach ho', expect: [TACH_HO], who: 'young' },
  { q: 'dang ky thuong tru cho con', expect: THUONG_TRU_CHILD, who: 'young' },
  { q: 'xoa dang ky thuong tru', expect: [XOA_THUONG_TRU], who: 'young' },
  { q: 'xac nhan thong tin ve cu tru', expect: [XAC_NHAN_CU_TRU], who: 'young' },
  { q: 'gia han tam tru', expect: ['1.002755'], who: 'young' },
  { q: 'dieu chinh thong tin trong co so du lieu cu tru', expect: ['1.010039'], who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const TRADE11_TUNE: readonly CitizenQuery[] = TRADE11_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const TRADE11_HELD: readonly CitizenQuery[] = TRADE11_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (debt collection is no longer a licensed trade). */
export const TRADE11_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [{ q: 'dich vu doi no co duoc cap phep khong', who: 'young' }];
