import type { CitizenQuery } from './dev-set';

/** Issue 17, batch english78: queries typed in English (some with a Vietnamese word or two, without marks) on the kiosk's English mode by people other than tourists: Korean, Japanese, Chinese, Filipino and Indian workers and managers in industrial zones (residence card, work permit, company, household business, motorbike, a baby born here), Western spouses and retirees in Da Nang, Hoi An, Nha Trang and Vung Tau (marriage, a house in the wife's name, inheritance, driving licence, tax, visa), and overseas Vietnamese from Australia, the US and Europe (parents' land, birth and death records, nationality, certified copies, power of attorney). Voices: young = short keyword-like, elderly = long full sentences with context, rural = non-native English with mistakes. All 79 queries were written before any procedure name in the catalogue was read, in docs/search-drafts/english78-draft-20261207T1420Z.txt (sha256 771f01ebb951423624b280864962c7344ff6794f453c7e5f60a42aa225a3c55c); then labelled against server/seed/tthc/national-crawl.jsonl.gz with every procedure a counter clerk would accept. Labelled 75 (elderly 23, rural 23, young 29), no answer 4. */
// Named code lists, one per need:
// Birth in Vietnam with one or both parents foreign: the foreign-element birth registration (it covers both parents foreign and the choice of nationality).
const KHAI_SINH_NN = ['2.000528'];
// Temporary residence card for a foreigner, provincial police and the central department (a renewal is a new card).
const THE_TAM_TRU = ['1.003460', '1.003358'];
// Foreign investor: investment registration certificate, then the company forms a foreign investor usually takes (one-member LLC, multi-member LLC, joint stock).
const DAU_TU_DOANH_NGHIEP = ['1.009664', '2.001583', '2.001199', '2.002043'];
const HO_KINH_DOANH = ['1.001612'];
// Second-hand vehicle: registration on change of owner.
const XE_SANG_TEN = ['1.013076'];
// "motorbike registration" alone: first registration (at the counter or fully online) or registration of a bought second-hand one.
const XE_DANG_KY = ['1.013067', '1.012575', '1.013076'];
const DOI_GPLX_NN = ['3.000351'];
// Not the border-area version: Da Nang is not a border commune.
const KET_HON_NN = ['2.000806'];
const XAC_NHAN_HON_NHAN = ['1.004873'];
// Registration of change after a sale (transfer of land use right and house).
const SANG_TEN_SO_DO = ['1.013831'];
// Putting the red book in the wife's name: by transfer or gift, or by agreement between husband and wife.
const SANG_TEN_CHO_VO = ['1.013831', '1.013980'];
// Inheritance: certifying the division of the estate (land, house), then registering the change on the certificate.
const THUA_KE_NHA = ['2.001406', '1.013831'];
// The query does not say whether the dead wife was Vietnamese or foreign: both versions.
const KHAI_TU = ['1.000656', '1.001766'];
// A death in Vietnam never registered: ordinary (late) death registration, not re-registration (that is for records lost).
const KHAI_TU_VN = ['1.000656'];
// An expired licence: the catalogue does not say whether expiry is an exchange or a re-issue, so both.
const GIA_HAN_GPLX = ['3.000347', '3.000348'];
const MA_SO_THUE = ['1.008498'];
// Tax number, and the tax declaration of an individual who lets property.
const THUE_CHO_THUE = ['1.008498', '1.007689'];
// Parents' land divided among heirs: estate division, registration of the change, subdivision of the plot.
const CHIA_DAT_THUA_KE = ['2.001406', '1.013831', '1.012784'];
const BAN_SAO_HO_TICH = ['2.000635'];
// "copy" of a civil status paper without saying the original is lost: a copy from the register or a certified copy of the original.
const BAN_SAO_GIAY_TO = ['2.000635', '2.000815'];
const DANG_KY_LAI_KHAI_SINH = ['1.004884'];
// Regaining nationality, applied in Vietnam or abroad.
const TRO_LAI_QUOC_TICH = ['2.002038', '1.004757'];
const GOC_VIET_NAM = ['2.001895'];
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// A power of attorney to sell a house is a transaction about a house; a signature certificate is not enough for it.
const UY_QUYEN_NHA = ['2.001035'];
// Power of attorney in general: the contract (transaction) or a signed authorisation (signature certificate).
const UY_QUYEN = ['2.001035', '2.000884'];
const CHUNG_THUC_CHU_KY = ['2.000884'];
// Translator's signature certified at a commune or notary (the two versions done at missions abroad are left out).
const CHU_KY_NGUOI_DICH = ['2.000992', '2.001008'];
// Foreign father: recognition with foreign element, or birth registration combined with it if the birth is not yet registered.
const NHAN_CHA_NN = ['2.000779', '1.001695'];
// Paternity with no detail: with or without a foreign element.
const NHAN_CHA = ['2.000779', '1.001022'];
const GHI_CHU_LY_HON = ['2.000554'];
const GHI_CHU_KET_HON = ['2.002189'];
// A resident worker: the provincial police version (3.000330 is for those no longer resident or with no known residence).
const LY_LICH_TU_PHAP = ['3.000333'];
const THUONG_TRU = ['1.004222'];
// First identity card from age 14, commune, province or central level.
const CAN_CUOC = ['1.014061', '2.000200', '1.001247'];
// Declaring a foreigner's stay: on paper at the commune police or online.
const KHAI_BAO_TAM_TRU_NN = ['1.000253', '1.001437'];
const GIAY_PHEP_XAY_DUNG = ['1.013225'];
const DOI_NGUOI_DAI_DIEN = ['2.002011'];
const GIAI_THE_DN = ['2.002023'];
// The seller of a vehicle must have its registration and plate withdrawn.
const THU_HOI_DANG_KY_XE = ['1.013123', '1.013065'];
const CAP_LAI_GPLX = ['3.000348'];
const HO_CHIEU = ['1.001456', '1.001471'];
// Foreign spouse of a Vietnamese whose visa ends: extension of stay, a new visa, or the visa exemption certificate for spouses.
const VISA_VO_CHONG = ['1.001146', '1.003326', '1.001194', '1.003342', '1.003144'];
const CAP_LAI_SO_DO = ['1.012786'];
// Correcting a birth record for someone now holding a foreign passport: with or without foreign element.
const CAI_CHINH_HO_TICH = ['1.004859', '2.000748'];
// Mixed couple living in Vietnam adopting from an orphanage: foreigner resident in Vietnam, or foreign-element adoption of a child in an institution.
const CON_NUOI_NN = ['1.003160', '1.003976'];
// Enrolment in compulsory social insurance and the insurance book.
const BHXH = ['1.002051'];
// A company sponsoring a foreigner's entry: entry approval at the immigration department (counter or online) or an e-visa requested by the organisation.
const BAO_LANH_NHAP_CANH = ['1.003425', '2.002351', '1.002756'];
const THAY_DOI_HKD = ['2.000720'];
// Gift of a house: certifying the gift contract, then registering the change.
const TANG_CHO_NHA = ['1.013831', '2.001035'];

const ENGLISH78_BATCH: readonly CitizenQuery[] = [
  {
    q: 'My wife and I are both Korean and our baby was born at the hospital in Binh Duong last week. How do we register the birth here and get a birth certificate for him?',
    expect: KHAI_SINH_NN,
    who: 'elderly',
  }, // s01
  { q: 'birth certificate foreign baby', expect: KHAI_SINH_NN, who: 'young' }, // s01
  { q: 'how to get temporary resident card, i am work in VSIP factory', expect: THE_TAM_TRU, who: 'rural' }, // s02
  { q: 'TRC renew', expect: THE_TAM_TRU, who: 'young' }, // s02
  {
    q: 'I am a Chinese investor and want to open a small manufacturing company in the industrial zone. Where do I apply for the investment certificate and the enterprise registration?',
    expect: DAU_TU_DOANH_NGHIEP,
    who: 'elderly',
  }, // s04
  { q: 'IRC ERC foreign company setup', expect: DAU_TU_DOANH_NGHIEP, who: 'young' }, // s04
  { q: 'i want open indian restaurant, ho kinh doanh register how', expect: HO_KINH_DOANH, who: 'rural' }, // s05
  { q: 'household business licence', expect: HO_KINH_DOANH, who: 'young' }, // s05
  { q: 'buy motorbike second hand, how change name on the blue card cavet', expect: XE_SANG_TEN, who: 'rural' }, // s06
  { q: 'motorbike registration foreigner', expect: XE_DANG_KY, who: 'young' }, // s06
  { q: 'I hold a Japanese driving licence and an international driving permit. Can I exchange it for a Vietnamese driving licence, and what papers are needed?', expect: DOI_GPLX_NN, who: 'elderly' }, // s07
  { q: 'convert driving license japan', expect: DOI_GPLX_NN, who: 'young' }, // s07
  { q: 'I am British and I would like to marry my Vietnamese fiancée in Da Nang. What do we need to register our marriage here?', expect: KET_HON_NN, who: 'elderly' }, // s08
  { q: 'marry vietnamese girl, dang ky ket hon with foreigner, which office', expect: KET_HON_NN, who: 'rural' }, // s08
  { q: 'single status certificate', expect: XAC_NHAN_HON_NHAN, who: 'young' }, // s09
  { q: 'My wife-to-be has been asked for a paper proving she is not married. Where does she get this certificate of marital status?', expect: XAC_NHAN_HON_NHAN, who: 'elderly' }, // s09
  {
    q: "We bought a house in Hoi An and it will be in my Vietnamese wife's name because I am a foreigner. How do we transfer the so do to her name after the sale?",
    expect: SANG_TEN_SO_DO,
    who: 'elderly',
  }, // s10
  { q: 'red book transfer name to my wife', expect: SANG_TEN_CHO_VO, who: 'rural' }, // s10
  {
    q: 'My Vietnamese wife passed away last year in Vung Tau. The house is in her name. How can I and our children inherit the house and change the land certificate?',
    expect: THUA_KE_NHA,
    who: 'elderly',
  }, // s11
  { q: 'inheritance house vietnam wife died', expect: THUA_KE_NHA, who: 'young' }, // s11
  { q: 'my wife die at home, need death certificate, where', expect: KHAI_TU, who: 'rural' }, // s12
  { q: 'renew driving licence nha trang', expect: GIA_HAN_GPLX, who: 'young' }, // s13
  { q: 'my bang lai expired already, can renew or must exam again?', expect: GIA_HAN_GPLX, who: 'rural' }, // s13
  { q: 'tax code personal', expect: MA_SO_THUE, who: 'young' }, // s14
  { q: "I receive rent from an apartment owned in my wife's name. Do I need to register for a tax number and how do I declare the rental income?", expect: THUE_CHO_THUE, who: 'elderly' }, // s14
  {
    q: 'My parents passed away in Can Tho and left a piece of land. My brothers and I live in Australia and Vietnam. How do we divide the land and get new red books for each of us?',
    expect: CHIA_DAT_THUA_KE,
    who: 'elderly',
  }, // s15
  { q: 'parents land split for 3 sibling, tach thua how to do', expect: CHIA_DAT_THUA_KE, who: 'rural' }, // s15
  { q: 'copy birth certificate ban sao', expect: BAN_SAO_GIAY_TO, who: 'young' }, // s16
  { q: 'I was born in Saigon in 1975 and lost my original birth certificate. Can I get a copy from the registry here? I now live in the US.', expect: BAN_SAO_HO_TICH, who: 'elderly' }, // s16
  { q: 'my birth paper lost in war time, register again birth possible?', expect: DANG_KY_LAI_KHAI_SINH, who: 'rural' }, // s17
  { q: 'My father died in 1998 in Hue but his death was never registered. We now need a death certificate for his land. What should we do?', expect: KHAI_TU_VN, who: 'elderly' }, // s18
  { q: 'death certificate copy father', expect: BAN_SAO_GIAY_TO, who: 'young' }, // s18
  {
    q: 'I gave up my Vietnamese citizenship when I became Australian. Now I want to get my Vietnamese nationality back. Is this possible and where do I apply?',
    expect: TRO_LAI_QUOC_TICH,
    who: 'elderly',
  }, // s19
  { q: 'regain vietnamese citizenship', expect: TRO_LAI_QUOC_TICH, who: 'young' }, // s19
  { q: 'i am viet kieu, no vietnamese passport, need paper prove i am vietnamese origin', expect: GOC_VIET_NAM, who: 'rural' }, // s20
  { q: 'certified copy passport', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s21
  { q: 'where make sao y for my documents, need many copy', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s21
  { q: "I live in Germany and I want my sister in Vietnam to sell our parents' house on my behalf. How do I make a power of attorney that is valid here?", expect: UY_QUYEN_NHA, who: 'elderly' }, // s22
  { q: 'power of attorney uy quyen', expect: UY_QUYEN, who: 'young' }, // s22
  { q: 'need stamp to certify my signature on paper', expect: CHUNG_THUC_CHU_KY, who: 'rural' }, // s23
  { q: 'certified translation english to vietnamese', expect: CHU_KY_NGUOI_DICH, who: 'young' }, // s24
  { q: 'my husband vietnamese, me filipino, baby born here, how register birth and choose nationality', expect: KHAI_SINH_NN, who: 'rural' }, // s25
  { q: 'I am the father of a child born to a Vietnamese woman here, but we are not married. How can I be recognised legally as the father?', expect: NHAN_CHA_NN, who: 'elderly' }, // s26
  { q: 'recognize paternity vietnam', expect: NHAN_CHA, who: 'young' }, // s26
  { q: 'I divorced my first wife in the United States. Now I want to marry again in Vietnam. Do I need to record the American divorce here first?', expect: GHI_CHU_LY_HON, who: 'elderly' }, // s27
  { q: 'we married in australia already, need record marriage in vietnam also?', expect: GHI_CHU_KET_HON, who: 'rural' }, // s28
  { q: 'register overseas marriage vietnam', expect: GHI_CHU_KET_HON, who: 'young' }, // s28
  { q: 'police check certificate', expect: LY_LICH_TU_PHAP, who: 'young' }, // s29
  { q: 'company ask me criminal record paper, ly lich tu phap where get', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s29
  {
    q: 'I have returned from Australia to live with my mother in Da Nang. How do I register permanent residence at her address? I understand the old ho khau book is no longer used.',
    expect: THUONG_TRU,
    who: 'elderly',
  }, // s30
  { q: 'thuong tru register viet kieu', expect: THUONG_TRU, who: 'young' }, // s30
  { q: 'i have vietnamese passport but no cccd, can make id card?', expect: CAN_CUOC, who: 'rural' }, // s31
  { q: 'My Japanese colleague is staying at my house for two weeks. Must I declare his stay to the local police, and how?', expect: KHAI_BAO_TAM_TRU_NN, who: 'elderly' }, // s32
  { q: 'khai bao tam tru foreigner', expect: KHAI_BAO_TAM_TRU_NN, who: 'young' }, // s32
  { q: 'want build house on wife land in hoi an, need build permit?', expect: GIAY_PHEP_XAY_DUNG, who: 'rural' }, // s33
  { q: 'construction permit house', expect: GIAY_PHEP_XAY_DUNG, who: 'young' }, // s33
  { q: 'change legal representative company', expect: DOI_NGUOI_DAI_DIEN, who: 'young' }, // s34
  {
    q: 'Our Korean general director is returning home and a new director is coming. How do we update the company registration with the new legal representative?',
    expect: DOI_NGUOI_DAI_DIEN,
    who: 'elderly',
  }, // s34
  { q: 'close company, all foreign partner go home, how to dissolve', expect: GIAI_THE_DN, who: 'rural' }, // s35
  { q: 'I am leaving Vietnam for good and have sold my motorbike to a friend. What must I do with the registration papers and the number plate?', expect: THU_HOI_DANG_KY_XE, who: 'elderly' }, // s36
  { q: 'lost driving license', expect: CAP_LAI_GPLX, who: 'young' }, // s37
  { q: 'i lose my bang lai xe may, how get new one', expect: CAP_LAI_GPLX, who: 'rural' }, // s37
  { q: 'Our son was born in Vung Tau and has Vietnamese nationality through his mother. How do we apply for his first Vietnamese passport?', expect: HO_CHIEU, who: 'elderly' }, // s38
  { q: 'visa extension spouse', expect: VISA_VO_CHONG, who: 'young' }, // s39
  { q: 'my visa finish soon, wife vietnamese, can extend here or must go out', expect: VISA_VO_CHONG, who: 'rural' }, // s39
  { q: 'my mother lost so do of her house, how make new one', expect: CAP_LAI_SO_DO, who: 'rural' }, // s40
  { q: 'lost red book land', expect: CAP_LAI_SO_DO, who: 'young' }, // s40
  { q: 'My name on my Vietnamese birth certificate is spelled differently from my Australian passport. Can the birth certificate be corrected?', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s41
  { q: 'My husband is French and I am Vietnamese, we live in Nha Trang. We would like to adopt a child from the local orphanage. What is the procedure?', expect: CON_NUOI_NN, who: 'elderly' }, // s42
  { q: 'social insurance foreign employee', expect: BHXH, who: 'young' }, // s43
  { q: 'how my wife come stay with me, she need visa sponsor by company?', expect: BAO_LANH_NHAP_CANH, who: 'rural' }, // s46
  { q: 'change address household business', expect: THAY_DOI_HKD, who: 'young' }, // s47
  {
    q: 'I am Vietnamese living in Melbourne and going to marry there. The Australian side asks for a certificate that I was never married while I lived in Vietnam. Where can I ask for it?',
    expect: XAC_NHAN_HON_NHAN,
    who: 'elderly',
  }, // s48
  { q: 'wife want give me house, foreigner can own? how transfer', expect: TANG_CHO_NHA, who: 'rural' }, // s49
  { q: 'marriage certificate copy', expect: BAN_SAO_GIAY_TO, who: 'young' }, // s50
];

export const ENGLISH78_TUNE: readonly CitizenQuery[] = ENGLISH78_BATCH.filter((_, i) => i % 2 === 0);
export const ENGLISH78_HELD: readonly CitizenQuery[] = ENGLISH78_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for (work permits and health checks: labour and health; school places: education). */
export const ENGLISH78_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'work permit philippines', who: 'young' }, // s03
  { q: 'my work permit expire next month, where to extend it', who: 'rural' }, // s03
  { q: 'where do health check for work permit', who: 'rural' }, // s44
  { q: "We have just moved to Bac Ninh for my husband's job at the Samsung factory. How do we enroll our eight-year-old daughter in the local public primary school?", who: 'elderly' }, // s45
];
