import type { CitizenQuery } from './dev-set';

/** English-mode kiosk queries at a province or city one-stop centre (Hà Nội, Hồ Chí Minh City, Hải Phòng, Bình Dương, Đà Lạt, Cần Thơ), typed by foreign teachers, engineers and business owners living in Viet Nam, foreign spouses of Vietnamese, Vietnamese returnees from study abroad and overseas Vietnamese grandchildren helping grandparents; voices: young (short English keywords), elderly (long polite English sentences with context), rural (broken English mixed with unaccented Vietnamese words). Written before the catalogue was read, in docs/search-drafts/english80-draft-20261207T1428Z.txt (sha256 da3d3ee2847158d1c1aeb3e6499d6a47a62931b6d48271b6f165067033787673); then labelled against the national catalogue. Counts: labelled 73 (elderly 21, rural 19, young 33), no answer 8. */
// One parent foreign, child born in Viet Nam: birth registration with a foreign element.
const KHAI_SINH_NN = ['2.000528'];
// Foreign father, marriage not stated: plain foreign-element birth, or birth combined with recognising the father.
const KHAI_SINH_NN_HOAC_NHAN_CHA = ['2.000528', '1.001695'];
const KET_HON_NN = ['2.000806'];
const XAC_NHAN_HON_NHAN = ['1.004873'];
const KHAI_TU = ['1.000656'];
const BAN_SAO_KHAI_SINH = ['2.000635'];
const NHAN_CHA_CON_NN = ['2.000779'];
// Nationality not stated in the query: domestic and foreign-element recognition.
const NHAN_CHA_CON = ['1.001022', '2.000779'];
// Changing a child's surname is a change of civil-status information; foreign-element version too (foreign father).
const THAY_DOI_HO_TICH = ['1.004859', '2.000748'];
const GHI_CHU_KET_HON = ['2.002189'];
// Born abroad: record a birth already registered abroad, or register it here if it never was (the foreign-element birth covers that case).
const KHAI_SINH_NUOC_NGOAI = ['2.000547', '2.000528'];
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// Self-translated document: translator not a commune collaborator; the collaborator route is the other answer a clerk gives.
const CHUNG_THUC_NGUOI_DICH = ['2.001008', '2.000992'];
// A simple authorisation letter is certified as a signature; a power of attorney over property is a certified transaction.
const UY_QUYEN = ['2.000884', '2.001035'];
const GIAY_UY_QUYEN = ['2.000884'];
// Individual asking for their own record (card no 1 or no 2) at the provincial police; the other 3.00033x are for agencies or non-residents.
const LY_LICH_TU_PHAP = ['3.000333'];
// Foreigners' temporary residence is declared by the landlord at commune police (form) or online; 1.004194 is for Vietnamese citizens.
const TAM_TRU_NGUOI_NN = ['1.000253', '1.001437'];
// Uses the Vietnamese term "dang ky tam tru", voice is a foreign spouse: both foreigner declarations and the citizen registration.
const TAM_TRU_NN_HOAC_CONG_DAN = ['1.000253', '1.001437', '1.004194'];
const THUONG_TRU = ['1.004222'];
const XAC_NHAN_CU_TRU = ['1.010041'];
// Commune and province versions.
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194'];
// Lost an old CMND and never had a citizen card: first card (14+) is the procedure; reissue is what a clerk also accepts for "lost".
const CAN_CUOC_TU_CMND = ['1.014061', '2.000200', '1.014064', '2.001194'];
const DOI_GPLX_NUOC_NGOAI = ['3.000351'];
const GPLX_QUOC_TE = ['3.000353'];
// Renewal of an expired licence: exchange (đổi) or reissue (cấp lại, which covers expired licences).
const GPLX_HET_HAN = ['3.000347', '3.000348'];
const CAP_LAI_GPLX = ['3.000348'];
const SANG_TEN_XE = ['1.013076'];
// First registration, at the counter or fully online (domestic or imported).
const DANG_KY_XE_LAN_DAU = ['1.013067', '1.012575', '1.013066'];
const SO_DO_LAN_DAU = ['1.013978'];
// Registering the gift (biến động) plus certifying the gift contract at the commune.
const TANG_CHO_DAT = ['1.013831', '2.001035'];
// Registering the inheritance plus certifying the heirs' division of the estate.
const THUA_KE_NHA_DAT = ['1.013831', '2.001406'];
const CAP_LAI_SO_DO = ['1.012786'];
const TACH_THUA = ['1.012784'];
// Only 1.013225 names individual houses (nhà ở riêng lẻ).
const GIAY_PHEP_XAY_DUNG_NHA = ['1.013225'];
// Investment registration certificate first, then enterprise registration (LLC one member, LLC two+, JSC).
const NHA_DAU_TU_NN_LAP_CONG_TY = ['1.009664', '2.001583', '2.001199', '2.002043'];
// Asks which certificate comes first for a 100% foreign-owned company.
const GCN_DANG_KY_DAU_TU = ['1.009664'];
const HO_KINH_DOANH = ['1.001612'];
const DOI_DIA_CHI_CONG_TY = ['2.002041'];
const GIAI_THE_CONG_TY = ['2.002023'];
const MST_CA_NHAN = ['1.008498'];
const QUYET_TOAN_TNCN = ['2.002233'];
// Get or renew a card: people who only join health insurance, and reissue/exchange; the police-force card procedures are excluded.
const THE_BHYT = ['1.001939', '1.002759'];
const CAP_LAI_THE_BHYT = ['1.002759'];
// 2.000755 is for people already drawing a pension, not this case.
const BHXH_MOT_LAN = ['1.001613'];
// Province and central immigration versions.
const THE_TAM_TRU_NN = ['1.003460', '1.003358'];
// Nationality not stated: domestic adoption and foreign-element step-parent adoption.
const NUOI_CON_RIENG = ['2.001263', '1.004878'];

const ENGLISH80_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Good morning, my wife is Vietnamese and our daughter was born last week at a hospital in Hanoi. I am British. How do we register her birth and get a birth certificate?',
    expect: KHAI_SINH_NN,
    who: 'elderly',
  }, // s01
  { q: 'register baby birth foreign father', expect: KHAI_SINH_NN_HOAC_NHAN_CHA, who: 'young' }, // s01
  { q: 'my son giay khai sinh how make, I am Korea wife', expect: KHAI_SINH_NN, who: 'rural' }, // s02
  {
    q: 'Hello, I am an American citizen and I would like to marry my Vietnamese fiancée here in Ho Chi Minh City. What papers do we need to register our marriage?',
    expect: KET_HON_NN,
    who: 'elderly',
  }, // s03
  { q: 'marriage registration foreigner vietnam', expect: KET_HON_NN, who: 'young' }, // s03
  { q: 'certificate of single status', expect: XAC_NHAN_HON_NHAN, who: 'young' }, // s04
  { q: 'giay xac nhan doc than for marry in Japan', expect: XAC_NHAN_HON_NHAN, who: 'rural' }, // s04
  { q: 'My girlfriend needs a letter from the ward confirming she is not married, because we will marry in Australia. Where can she request that?', expect: XAC_NHAN_HON_NHAN, who: 'elderly' }, // s05
  {
    q: 'My grandfather passed away at home in Can Tho yesterday. I am his grandson from the United States. How do we register his death and get the death certificate?',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s07
  { q: 'death certificate register', expect: KHAI_TU, who: 'young' }, // s07
  { q: 'birth certificate copy lost', expect: BAN_SAO_KHAI_SINH, who: 'young' }, // s08
  { q: 'mat giay khai sinh, need ban sao', expect: BAN_SAO_KHAI_SINH, who: 'rural' }, // s08
  {
    q: 'I am the father of a child born before I married his mother, who is Vietnamese. How can I be officially recognised as the father on the birth record?',
    expect: NHAN_CHA_CON_NN,
    who: 'elderly',
  }, // s09
  { q: 'paternity recognition child', expect: NHAN_CHA_CON, who: 'young' }, // s09
  { q: 'change child surname', expect: THAY_DOI_HO_TICH, who: 'young' }, // s10
  { q: 'doi ten cho con, want father family name', expect: THAY_DOI_HO_TICH, who: 'rural' }, // s10
  {
    q: 'I got married in the United States to an American while I was studying there. Now I am back in Vietnam; how do I record this marriage with the Vietnamese authorities?',
    expect: GHI_CHU_KET_HON,
    who: 'elderly',
  }, // s11
  { q: 'record foreign marriage vietnam ghi chu', expect: GHI_CHU_KET_HON, who: 'young' }, // s11
  { q: 'baby born abroad record birth', expect: KHAI_SINH_NUOC_NGOAI, who: 'young' }, // s12
  { q: 'certified copy passport', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s13
  { q: 'Could you tell me where I can get certified true copies of my university diploma and my passport? The school needs them for my work permit.', expect: CHUNG_THUC_BAN_SAO, who: 'elderly' }, // s13
  { q: "I have translated my English degree into Vietnamese. I was told the translator's signature must be certified. Where is this done?", expect: CHUNG_THUC_NGUOI_DICH, who: 'elderly' }, // s14
  { q: 'chung thuc ban dich translation my degree', expect: CHUNG_THUC_NGUOI_DICH, who: 'rural' }, // s14
  { q: 'notarize power of attorney', expect: UY_QUYEN, who: 'young' }, // s15
  { q: 'giay uy quyen for my wife sign, chung thuc', expect: GIAY_UY_QUYEN, who: 'rural' }, // s15
  { q: 'criminal record check', expect: LY_LICH_TU_PHAP, who: 'young' }, // s16
  { q: 'I am an English teacher and my work permit renewal requires a police clearance certificate from Vietnam. How long does it take and how do I apply?', expect: LY_LICH_TU_PHAP, who: 'elderly' }, // s16
  { q: 'ly lich tu phap for visa, how many day', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s16
  { q: 'judicial record certificate no 2', expect: LY_LICH_TU_PHAP, who: 'young' }, // s17
  { q: 'temporary residence foreigner register', expect: TAM_TRU_NGUOI_NN, who: 'young' }, // s18
  { q: 'dang ky tam tru, landlord say I must do', expect: TAM_TRU_NN_HOAC_CONG_DAN, who: 'rural' }, // s18
  { q: 'I have come back from studying in Singapore and bought a flat in another district. How do I move my permanent residence registration to the new address?', expect: THUONG_TRU, who: 'elderly' }, // s19
  { q: 'change permanent residence address', expect: THUONG_TRU, who: 'young' }, // s19
  { q: 'so ho khau lost, need xac nhan cu tru', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s20
  { q: 'lost cccd new id card', expect: CAP_LAI_CAN_CUOC, who: 'young' }, // s21
  {
    q: 'My grandmother has lost her identity card, the old chứng minh nhân dân. Can she get a new citizen ID card here, and does she need to come in person?',
    expect: CAN_CUOC_TU_CMND,
    who: 'elderly',
  }, // s21
  { q: 'convert foreign driving license', expect: DOI_GPLX_NUOC_NGOAI, who: 'young' }, // s22
  {
    q: 'I hold a valid UK driving licence and a temporary residence card. I would like to exchange it for a Vietnamese driving licence. What documents are required?',
    expect: DOI_GPLX_NUOC_NGOAI,
    who: 'elderly',
  }, // s22
  { q: 'doi bang lai nuoc ngoai, i have license from Korea', expect: DOI_GPLX_NUOC_NGOAI, who: 'rural' }, // s22
  { q: 'international driving permit', expect: GPLX_QUOC_TE, who: 'young' }, // s23
  { q: 'driving licence renew expired', expect: GPLX_HET_HAN, who: 'young' }, // s24
  { q: 'mat bang lai xe may, lam lai', expect: CAP_LAI_GPLX, who: 'rural' }, // s24
  { q: 'motorbike registration transfer owner', expect: SANG_TEN_XE, who: 'young' }, // s25
  { q: 'I bought a used motorbike from my colleague and the registration card is still in his name. How do I transfer the ownership to my name?', expect: SANG_TEN_XE, who: 'elderly' }, // s25
  { q: 'register new car plate', expect: DANG_KY_XE_LAN_DAU, who: 'young' }, // s26
  {
    q: 'My grandparents have lived on their land in Binh Duong for forty years but never had a red book. What do they need to apply for the land use right certificate for the first time?',
    expect: SO_DO_LAN_DAU,
    who: 'elderly',
  }, // s27
  { q: 'red book land certificate first time', expect: SO_DO_LAN_DAU, who: 'young' }, // s27
  { q: 'My grandfather wishes to give part of his land to my father. How do we register the transfer and change the name on the so do?', expect: TANG_CHO_DAT, who: 'elderly' }, // s28
  { q: 'cho dat con, sang ten so do', expect: TANG_CHO_DAT, who: 'rural' }, // s28
  { q: 'inherit house after parent death', expect: THUA_KE_NHA_DAT, who: 'young' }, // s29
  {
    q: 'After my grandmother passed away, the family agreed that my mother will inherit her house. What must we do to register the inheritance of the land and house?',
    expect: THUA_KE_NHA_DAT,
    who: 'elderly',
  }, // s29
  { q: 'lost red book reissue', expect: CAP_LAI_SO_DO, who: 'young' }, // s30
  { q: 'tach thua dat, divide land for 2 children', expect: TACH_THUA, who: 'rural' }, // s31
  { q: 'building permit house', expect: GIAY_PHEP_XAY_DUNG_NHA, who: 'young' }, // s32
  { q: 'We want to build a three-storey house on our own land in Da Lat. Do we need a construction permit, and how long does it take to get one?', expect: GIAY_PHEP_XAY_DUNG_NHA, who: 'elderly' }, // s32
  { q: 'xay nha can giay phep xay dung?', expect: GIAY_PHEP_XAY_DUNG_NHA, who: 'rural' }, // s32
  { q: 'foreign investor set up company', expect: NHA_DAU_TU_NN_LAP_CONG_TY, who: 'young' }, // s33
  {
    q: 'I am a Japanese businessman and would like to open a small trading company in Hai Phong with 100% foreign capital. Which certificate do I need first?',
    expect: GCN_DANG_KY_DAU_TU,
    who: 'elderly',
  }, // s33
  { q: 'mo quan ca phe nho, dang ky ho kinh doanh', expect: HO_KINH_DOANH, who: 'rural' }, // s34
  { q: 'household business registration', expect: HO_KINH_DOANH, who: 'young' }, // s34
  { q: 'change company address gpkd', expect: DOI_DIA_CHI_CONG_TY, who: 'young' }, // s35
  { q: 'Our company is moving to a new office in Thu Duc. Do we need to update our enterprise registration certificate, and what is the procedure?', expect: DOI_DIA_CHI_CONG_TY, who: 'elderly' }, // s35
  { q: 'dissolve company', expect: GIAI_THE_CONG_TY, who: 'young' }, // s36
  { q: 'personal tax code mst', expect: MST_CA_NHAN, who: 'young' }, // s37
  { q: 'ma so thue ca nhan for teacher, how to get', expect: MST_CA_NHAN, who: 'rural' }, // s37
  { q: 'I am a foreign teacher leaving Vietnam at the end of this year. How do I finalise my personal income tax and get a tax refund?', expect: QUYET_TOAN_TNCN, who: 'elderly' }, // s38
  { q: 'health insurance card bhyt', expect: THE_BHYT, who: 'young' }, // s39
  { q: 'the bao hiem y te lost, cap lai', expect: CAP_LAI_THE_BHYT, who: 'rural' }, // s39
  { q: 'social insurance one time withdrawal', expect: BHXH_MOT_LAN, who: 'young' }, // s40
  { q: 'I worked for a company in Vietnam for five years and I am moving abroad permanently. Can I withdraw my social insurance as a lump sum?', expect: BHXH_MOT_LAN, who: 'elderly' }, // s40
  { q: 'the tam tru for husband foreign, vo Viet Nam', expect: THE_TAM_TRU_NN, who: 'rural' }, // s45
  { q: 'adopt stepchild', expect: NUOI_CON_RIENG, who: 'young' }, // s46
  { q: 'xac nhan tinh trang hon nhan de ban nha', expect: XAC_NHAN_HON_NHAN, who: 'rural' }, // s47
];

export const ENGLISH80_TUNE: readonly CitizenQuery[] = ENGLISH80_BATCH.filter((_, i) => i % 2 === 0);
export const ENGLISH80_HELD: readonly CitizenQuery[] = ENGLISH80_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for. */
export const ENGLISH80_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'divorce foreigner vietnam court', who: 'young' }, // s06
  { q: 'unemployment benefit apply', who: 'young' }, // s41
  { q: 'My grandmother is 82 years old and lives alone in Hai Phong. I heard the elderly can receive a monthly allowance. How can we apply for it?', who: 'elderly' }, // s42
  { q: 'tro cap nguoi gia, ba toi 85 tuoi', who: 'rural' }, // s42
  { q: 'file complaint government decision', who: 'young' }, // s43
  { q: "I would like to make a formal complaint about a decision of the district people's committee regarding our land compensation. Where do I submit it?", who: 'elderly' }, // s43
  { q: 'work permit foreigner', who: 'young' }, // s44
  { q: 'My grandfather fought in the war and was wounded. My family would like to know how to apply for the benefits for war invalids.', who: 'elderly' }, // s48
];
