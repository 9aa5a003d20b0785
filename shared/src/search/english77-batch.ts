import type { CitizenQuery } from './dev-set';

/** English-mode batch (issue 17): queries typed in English, or English mixed with Vietnamese words, by foreigners living in Vietnam (married here, working, renting, a baby born here, a motorbike, a driving licence), older overseas Vietnamese back home and their English-speaking children (inheritance, land, papers of dead parents, nationality, birth and marriage records), and young Vietnamese who name papers in English (police check, red book, business licence, ID card). Voices: 'young' for foreigners and the young, 'elderly' for older overseas Vietnamese, 'rural' for short mixed English-Vietnamese typing without diacritics. All queries were written before any procedure name in the catalogue was read, in docs/search-drafts/english77-draft-20261207T1352Z.txt (sha256 ac26af0eaccac691cb727e929335c6f84880d4eb256b3c639d301c139da55b57), then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 77 (elderly 19, rural 18, young 40), no answer 4. */
const KET_HON_NN = ['2.000806'];
// no country named: the border-area variant answers too
const KET_HON_NN_CHUNG = ['2.000806', '1.000094'];
const KHAI_SINH_NN = ['2.000528'];
// no country named: the border-area variant answers too
const KHAI_SINH_NN_CHUNG = ['2.000528', '1.000110'];
const TINH_TRANG_HON_NHAN = ['1.004873'];
// a young Vietnamese living here: the provincial police issue it
const LLTP_TRONG_NUOC = ['3.000333'];
// residence unknown or abroad: provincial, or central when no residence can be determined
const LLTP = ['3.000333', '3.000330'];
const SANG_TEN_XE = ['1.013076'];
const DOI_GPLX_NN = ['3.000351'];
const CAP_LAI_GPLX = ['3.000348'];
// the text does not say foreigner: the citizen registration answers it as typed
const TAM_TRU_THUE_NHA = ['1.000253', '1.001437', '1.004194'];
// foreigner: the landlord declares (paper form or online)
const TAM_TRU_NN = ['1.000253', '1.001437'];
// certify the division of the estate, then register the change on the red book
const THUA_KE_DAT = ['2.001406', '1.013831'];
const SANG_TEN_THUA_KE = ['1.013831'];
// never registered: late registration is ordinary khai tử
const KHAI_TU = ['1.000656'];
// not said whether it was ever registered: late or re-registration
const KHAI_TU_CU = ['1.000656', '1.005461'];
// copy if the register survives, else re-register (foreign-element variant for those now abroad)
const KHAI_SINH_MAT = ['1.004884', '2.000522', '2.000635'];
const TRICH_LUC = ['2.000635'];
// in Vietnam or abroad
const TRO_LAI_QT = ['2.002038', '1.004757'];
// in Vietnam or abroad
const XAC_NHAN_QT = ['1.005136', '1.005137'];
// a foreign wife living here
const NHAP_QT = ['2.002039'];
// in Vietnam or abroad
const THOI_QT = ['2.002036', '1.005141'];
const GHI_CHU_KET_HON = ['2.002189'];
// "too": already registered abroad, so record it here
const GHI_CHU_KHAI_SINH = ['2.000547'];
const GHI_CHU_LY_HON = ['2.000554'];
// not said whether the birth is registered or the father foreign
const NHAN_CHA_CON = ['1.001022', '2.000779', '1.000689', '1.001695'];
const NHAN_CHA_CON_NN = ['2.000779', '1.001695', '1.000080'];
const CAI_CHINH = ['1.004859', '2.000748'];
const BAN_SAO = ['2.000815'];
// translator certified at home; the consular variants are done abroad
const DICH_THUAT = ['2.000992', '2.001008'];
const HO_KINH_DOANH = ['1.001612'];
// a foreign investor: investment certificate, then the company
const CONG_TY_NN = ['1.009664', '2.001583', '2.001199', '2.002043'];
const CONG_TY_TNHH = ['2.001583', '2.001199'];
// first card or exchange of the old one, any level
const CAN_CUOC = ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'];
const CAN_CUOC_LAI = ['1.014064', '2.001194', '1.000757'];
const HO_CHIEU = ['1.001456', '1.001471'];
const SO_DO_LAN_DAU = ['1.013978'];
const SO_DO_MAT = ['1.012786'];
// inherited house: settle the estate, certify the sale, register the transfer
const BAN_NHA_THUA_KE = ['2.001035', '1.013831', '2.001406'];
const TANG_CHO_DAT = ['2.001035', '1.013831'];
// authorisation about land, or a signed letter of authority
const UY_QUYEN = ['2.001035', '2.000884'];
// new flat in a project or a resale
const NHA_NN = ['1.012787', '1.013831'];
const GPXD = ['1.013225'];
const THUONG_TRU = ['1.004222'];
const XAC_NHAN_CU_TRU = ['1.010041'];
// extension of stay, or a new visa issued in Vietnam
const GIA_HAN_VISA = ['1.001146', '1.003326', '1.001194', '1.003342'];
const THE_TAM_TRU = ['1.003460', '1.003358'];
// under-6 card via the birth registration, or the BHYT-only registration
const BHYT_TRE_EM = ['2.001023', '2.000986', '1.001939'];
const CON_NUOI_NN = ['1.003976', '1.003160'];
// the asker lives abroad: the foreign-element variant may apply
const GIAM_HO = ['1.004837', '1.001669'];
const DANG_KY_XE = ['1.013067', '1.012575', '1.013066'];
const CAP_LAI_DANG_KY_XE = ['1.013082', '1.013080'];
const MST_CA_NHAN = ['1.008498'];
// copy if the register survives, else re-register
const KET_HON_MAT = ['2.000635', '1.004746', '2.000513'];
const KHAI_TU_NN = ['1.001766', '1.004827'];
// own birth record names the mother; or a confirmation of civil-status facts
const CHUNG_MINH_QUAN_HE = ['2.000635', '2.002516'];
const TU_CHOI_DI_SAN = ['2.001016'];

const ENGLISH77_BATCH: readonly CitizenQuery[] = [
  { q: 'I am British and want to marry my Vietnamese fiancee, where do we register the marriage?', expect: KET_HON_NN, who: 'young' }, // s01
  { q: 'dang ky ket hon with foreigner', expect: KET_HON_NN_CHUNG, who: 'rural' }, // s01
  { q: 'our baby was born in hanoi last month, how to get birth certificate, dad is american', expect: KHAI_SINH_NN, who: 'young' }, // s02
  { q: 'khai sinh for baby, bo nguoi nuoc ngoai', expect: KHAI_SINH_NN_CHUNG, who: 'rural' }, // s02
  { q: 'certificate of single status for marriage', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s03
  { q: "Vietnamese wife needs paper saying she's not married, for visa to Australia", expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s03
  { q: 'police check certificate for working in japan', expect: LLTP_TRONG_NUOC, who: 'young' }, // s04
  { q: 'criminal record cert how long does it take', expect: LLTP, who: 'young' }, // s04
  { q: 'I lived in Vietnam before 1990, now I need a lý lịch tư pháp for my US citizenship, how do I apply?', expect: LLTP, who: 'elderly' }, // s05
  { q: 'bought a used motorbike, how to transfer ownership to my name', expect: SANG_TEN_XE, who: 'young' }, // s06
  { q: 'sang ten xe may, mua lai xe cu', expect: SANG_TEN_XE, who: 'rural' }, // s06
  { q: 'convert my UK driving licence to Vietnamese licence', expect: DOI_GPLX_NN, who: 'young' }, // s07
  { q: "exchange foreign driver's license vietnam", expect: DOI_GPLX_NN, who: 'young' }, // s07
  { q: 'lost my bang lai xe, need new one', expect: CAP_LAI_GPLX, who: 'young' }, // s08
  { q: "landlord says I must do temporary residence registration, I'm renting an apartment", expect: TAM_TRU_THUE_NHA, who: 'young' }, // s09
  { q: 'khai bao tam tru nguoi nuoc ngoai', expect: TAM_TRU_NN, who: 'rural' }, // s09
  { q: 'My parents passed away, I live in America. How do we divide the land and house they left to us children?', expect: THUA_KE_DAT, who: 'elderly' }, // s10
  { q: 'Xin hỏi thủ tục thừa kế nhà đất của cha mẹ đã mất, tôi là Việt kiều', expect: THUA_KE_DAT, who: 'elderly' }, // s10
  { q: 'my dad passed away, how to change the red book to our names after inheritance', expect: SANG_TEN_THUA_KE, who: 'young' }, // s11
  { q: 'My father died in 1985 at home and nobody registered his death. Now I need a death certificate for the inheritance.', expect: KHAI_TU, who: 'elderly' }, // s12
  { q: 'lam giay chung tu cho ong già mat lau roi', expect: KHAI_TU_CU, who: 'rural' }, // s12
  { q: 'My mother passed away last week in Quảng Nam, where do I register her death please?', expect: KHAI_TU, who: 'elderly' }, // s13
  { q: 'I was born in Sài Gòn in 1958, my birth certificate was lost. Can I get it made again?', expect: KHAI_SINH_MAT, who: 'elderly' }, // s14
  { q: 'lam lai giay khai sinh bi mat, born in vietnam', expect: KHAI_SINH_MAT, who: 'rural' }, // s14
  { q: 'I need a copy of my birth certificate from the original register, please, for my papers in Canada.', expect: TRICH_LUC, who: 'elderly' }, // s15
  { q: 'how to get copy of birth cert extract', expect: TRICH_LUC, who: 'young' }, // s15
  { q: 'I gave up Vietnamese citizenship many years ago. How can I get my Vietnamese nationality back?', expect: TRO_LAI_QT, who: 'elderly' }, // s16
  { q: 'xin lai quoc tich viet nam', expect: TRO_LAI_QT, who: 'rural' }, // s16
  { q: 'my mom is vietnamese, am i a vietnamese citizen? need a certificate of nationality', expect: XAC_NHAN_QT, who: 'young' }, // s17
  { q: 'I want to apply for Vietnamese citizenship, married 7 years', expect: NHAP_QT, who: 'young' }, // s18
  { q: 'renounce vietnamese citizenship to keep german passport', expect: THOI_QT, who: 'young' }, // s19
  { q: 'We married in France in 1995. How do I record our marriage in the Vietnamese civil register?', expect: GHI_CHU_KET_HON, who: 'elderly' }, // s20
  { q: 'ghi chu ket hon o nuoc ngoai', expect: GHI_CHU_KET_HON, who: 'rural' }, // s20
  { q: 'kid born in australia, want to register birth in vietnam too', expect: GHI_CHU_KHAI_SINH, who: 'young' }, // s21
  { q: 'I divorced in the US court. Do I have to record the divorce here before I can marry again in Vietnam?', expect: GHI_CHU_LY_HON, who: 'elderly' }, // s22
  { q: "I'm the father but we are not married, how do I get my name on the birth certificate", expect: NHAN_CHA_CON, who: 'young' }, // s23
  { q: 'nhan cha con, father is foreigner', expect: NHAN_CHA_CON_NN, who: 'rural' }, // s23
  { q: 'my name is spelled wrong on my birth certificate, how to correct it', expect: CAI_CHINH, who: 'young' }, // s24
  { q: 'change my name in khai sinh to english name', expect: CAI_CHINH, who: 'young' }, // s24
  { q: 'where to get certified copy of passport', expect: BAN_SAO, who: 'young' }, // s25
  { q: 'cong chung photo bang dai hoc', expect: BAN_SAO, who: 'rural' }, // s25
  { q: 'certify translation of my marriage certificate from english to vietnamese', expect: DICH_THUAT, who: 'young' }, // s26
  { q: 'notarized translation near me', expect: DICH_THUAT, who: 'young' }, // s26
  { q: 'business licence for a small coffee shop', expect: HO_KINH_DOANH, who: 'young' }, // s27
  { q: 'gpkd ho kinh doanh', expect: HO_KINH_DOANH, who: 'rural' }, // s27
  { q: 'how to register a company in vietnam as foreigner', expect: CONG_TY_NN, who: 'young' }, // s28
  { q: 'open LLC, business registration certificate', expect: CONG_TY_TNHH, who: 'young' }, // s28
  { q: 'how to get chip ID card, can cuoc', expect: CAN_CUOC, who: 'young' }, // s29
  { q: 'lost ID card cccd lam lai', expect: CAN_CUOC_LAI, who: 'rural' }, // s29
  { q: 'apply passport first time, how long', expect: HO_CHIEU, who: 'young' }, // s30
  { q: 'The land of my grandparents has never had a sổ đỏ. How do we apply for the red book for the first time?', expect: SO_DO_LAN_DAU, who: 'elderly' }, // s31
  { q: 'lam so do lan dau', expect: SO_DO_LAN_DAU, who: 'rural' }, // s31
  { q: 'lost red book land certificate, how to get another', expect: SO_DO_MAT, who: 'young' }, // s32
  { q: 'mat so do, xin cap lai', expect: SO_DO_MAT, who: 'rural' }, // s32
  { q: 'I want to sell the house my parents left me and go back to America, what papers do I need?', expect: BAN_NHA_THUA_KE, who: 'elderly' }, // s33
  { q: 'I would like to give my piece of land to my son who lives in Vietnam. How do we do the transfer?', expect: TANG_CHO_DAT, who: 'elderly' }, // s34
  { q: 'tang cho dat cho con, sang ten so do', expect: TANG_CHO_DAT, who: 'rural' }, // s34
  { q: 'I am going back to Canada, I want my sister to handle the land for me. How do I make a power of attorney?', expect: UY_QUYEN, who: 'elderly' }, // s35
  { q: 'notarize power of attorney vietnam', expect: UY_QUYEN, who: 'young' }, // s35
  { q: 'foreigner buy apartment, how to get pink book', expect: NHA_NN, who: 'young' }, // s36
  { q: 'building permit for house in district', expect: GPXD, who: 'young' }, // s37
  { q: 'xin giay phep xay nha', expect: GPXD, who: 'rural' }, // s37
  { q: 'I have come back to live in Vietnam for good. How do I register permanent residence at my old home, the old sổ hộ khẩu?', expect: THUONG_TRU, who: 'elderly' }, // s38
  { q: 'dang ky thuong tru, back from abroad', expect: THUONG_TRU, who: 'rural' }, // s38
  { q: 'confirmation of residence paper for bank', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s39
  { q: 'extend my visa in vietnam', expect: GIA_HAN_VISA, who: 'young' }, // s41
  { q: 'temporary residence card TRC for foreign husband', expect: THE_TAM_TRU, who: 'young' }, // s41
  { q: 'health insurance card for newborn baby', expect: BHYT_TRE_EM, who: 'young' }, // s42
  { q: 'we want to adopt a child from Vietnam, what is the process', expect: CON_NUOI_NN, who: 'young' }, // s44
  { q: 'My brother is mentally ill after our parents died. Who can register to be his guardian?', expect: GIAM_HO, who: 'elderly' }, // s45
  { q: 'register new car, license plate', expect: DANG_KY_XE, who: 'young' }, // s46
  { q: 'mat cavet xe, lam lai', expect: CAP_LAI_DANG_KY_XE, who: 'rural' }, // s47
  { q: 'personal tax code number how to get', expect: MST_CA_NHAN, who: 'young' }, // s49
  { q: 'Our marriage certificate from 1970 was lost during the war. Can I get a copy from the register?', expect: KET_HON_MAT, who: 'elderly' }, // s50
  { q: 'my husband is foreign and died in vietnam, how to register the death', expect: KHAI_TU_NN, who: 'young' }, // s51
  { q: "My late mother's papers are all lost. How can I prove I am her son for the inheritance?", expect: CHUNG_MINH_QUAN_HE, who: 'elderly' }, // s52
  { q: 'My brothers in Vietnam will take the land, I want to give up my share. Do I sign something at the notary?', expect: TU_CHOI_DI_SAN, who: 'elderly' }, // s53
];

export const ENGLISH77_TUNE: readonly CitizenQuery[] = ENGLISH77_BATCH.filter((_, i) => i % 2 === 0);
export const ENGLISH77_HELD: readonly CitizenQuery[] = ENGLISH77_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for. */
export const ENGLISH77_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'work permit for english teacher', who: 'young' }, // s40
  { q: 'how to renew work permit', who: 'young' }, // s40
  { q: 'how to enroll my kid in public primary school, we are foreigners', who: 'young' }, // s43
  { q: 'food safety certificate for restaurant', who: 'young' }, // s48
];
