import type { CitizenQuery } from './dev-set';

/**
 * Civil status (hộ tịch) as old people tell it in long stories (helper session hotich71, 7 Dec 2026): 90 queries
 * written in one sitting at 08:27 UTC before any engine, lexicon or other set was read, saved as
 * docs/search-drafts/hotich71-draft-20261207T0827Z.txt
 * (sha256 69e61955dde5cdf2a00e3cde06540c45c688c5bedad7a78c121d1b9ad39dbc62). Situations: a grandchild's birth
 * registered by grandparents, late birth registration for old people, re-registering a birth or marriage whose book
 * burned or was lost, copies/extracts of birth, marriage and death papers, a death registered late, a child's
 * marriage (also with a foreigner), marital-status confirmation for a child working far away, correcting a name,
 * birth year, sex or ethnicity, recognising a father/mother/child, guardianship (orphaned grandchild, a spouse with
 * dementia, a disabled sibling) and its end, adoption, divorce/marriage/birth/death abroad recorded at home, a name
 * changed, a child born in Cambodia or abroad. Voices: 54 elderly (16-35 words, diacritics, northern, central,
 * southern and minority speakers), 18 rural (no diacritics, abbreviations), 18 young (short).
 *
 * Labelled afterwards from server/seed/tthc/national-crawl.jsonl.gz, commune level, before the engine was run on
 * them: a baby's birth also accepts the under-6 joint (liên thông) procedures; an adult never registered accepts the
 * birth for a person with papers and the plain birth; a death never registered expects the plain death registration;
 * a burned/lost book expects re-registration; a child born abroad with no Vietnamese birth paper accepts the birth
 * with a foreign element and the recording of a foreign birth. Odd-numbered draft lines (1st, 3rd, …) are
 * HOTICH71_TUNE (45), even-numbered HOTICH71_HELD (45); no unanswerable query was written (HOTICH71_NO_ANSWER empty).
 */
const KS_BABY = ['1.001193', '2.001023', '2.000986'];
const KS_UNREG_ADULT = ['1.004772', '1.001193'];
const KS_AGAIN = ['1.004884'];
const MARRY_AGAIN = ['1.004746'];
const COPY = ['2.000635'];
const DEATH = ['1.000656'];
const MARRY = ['1.000894'];
const MARRY_FOREIGN = ['2.000806'];
const MARITAL = ['1.004873'];
const CHANGE = ['1.004859'];
const RECOGNISE = ['1.001022'];
const RECOGNISE_OR_BIRTH = ['1.001022', '1.000689'];
const GUARD = ['1.004837'];
const GUARD_END = ['1.004845'];
const ADOPT = ['2.001263'];
const REC_DIVORCE = ['2.000554'];
const REC_MARRIAGE = ['2.002189'];
const REC_OTHER = ['2.000547'];
const KS_FOREIGN = ['2.000528'];
const KS_ABROAD_EITHER = ['2.000528', '2.000547'];
const DEATH_AGAIN = ['1.005461'];

export const HOTICH71_TUNE: readonly CitizenQuery[] = [
  { q: 'Thưa cô, con gái tôi đi làm ở Bắc Ninh gửi cháu về cho bà nuôi, cháu được hai tháng rồi mà chưa khai sinh, bà đi khai thay có được không?', expect: KS_BABY, who: 'elderly' }, // birth-by-grandma-bacninh
  { q: 'Tôi năm nay bảy mươi hai tuổi, hồi xưa loạn lạc cha mẹ không làm giấy khai sinh cho tôi, giờ làm sổ đỏ người ta đòi, giờ đăng ký được không?', expect: KS_UNREG_ADULT, who: 'elderly' }, // late-birth-oldman-land
  { q: 'đăng ký khai sinh cho con', expect: KS_BABY, who: 'young' }, // y-birth
  { q: 'Tôi người Mông ở Mèo Vạc, từ bé không có giấy khai sinh, chỉ có chứng minh thư cũ, giờ muốn làm khai sinh để làm căn cước cho đúng.', expect: KS_UNREG_ADULT, who: 'elderly' }, // late-birth-hmong
  { q: 'khai sinh qua han cho nguoi gia 70t chua co giay ks', expect: KS_UNREG_ADULT, who: 'rural' }, // r-late-birth-70
  { q: 'Lũ năm 1999 ở Huế cuốn trôi hết giấy tờ nhà tôi, xã cũng mất sổ, giờ tôi cần khai sinh để làm hồ sơ hưu, có được đăng ký lại không cô?', expect: KS_AGAIN, who: 'elderly' }, // rereg-birth-flood-hue
  { q: 'Thằng cháu nội tôi đi nộp hồ sơ vào lớp một, nhà trường đòi bản sao giấy khai sinh, bản chính thì mẹ nó giữ trong Nam, ông xin bản sao ở đây được không?', expect: COPY, who: 'elderly' }, // copy-birth-school
  { q: 'xác nhận tình trạng hôn nhân', expect: MARITAL, who: 'young' }, // y-marital
  { q: 'Ông nhà tôi mất từ năm 2015 ở nhà, hồi đó quê mùa không ai đi báo tử, giờ chia đất cho các con cần giấy chứng tử thì tôi phải làm sao?', expect: DEATH, who: 'elderly' }, // death-late-husband
  { q: 'dk ket hon o xa can giay to gi a', expect: MARRY, who: 'rural' }, // r-marriage-docs
  { q: 'Chồng tôi vừa mất hôm qua ở nhà, đám xong rồi, các con bảo phải ra ủy ban báo tử, tôi mang theo căn cước của ông thì có đủ không?', expect: DEATH, who: 'elderly' }, // death-recent-husband
  { q: 'Con gái tôi ở Hải Phòng quen anh người Hàn Quốc, giờ hai đứa muốn đăng ký kết hôn ở Việt Nam, bố mẹ không biết phải nộp ở đâu cô ạ.', expect: MARRY_FOREIGN, who: 'elderly' }, // marriage-daughter-korean
  { q: 'đăng ký khai tử', expect: DEATH, who: 'young' }, // y-death
  { q: 'Con gái tôi làm ở Sài Gòn muốn vay ngân hàng mua nhà, ngân hàng đòi giấy xác nhận độc thân, hộ khẩu vẫn ở quê với mẹ, mẹ xin giúp được không?', expect: MARITAL, who: 'elderly' }, // marital-daughter-bank
  { q: 'ban sao trich luc khai sinh xin o dau', expect: COPY, who: 'rural' }, // r-copy-birth
  { q: 'Giấy khai sinh của tôi hồi xưa ông thư ký xã viết sai tên Thị Nguyệt thành Thị Nguyện, giờ sổ hưu với căn cước lại đúng, muốn sửa cho khớp.', expect: CHANGE, who: 'elderly' }, // correct-name-clerk
  { q: 'Tôi là người Tày ở Cao Bằng, mà trong giấy khai sinh cũ cán bộ ghi là dân tộc Kinh, nay cháu đi thi muốn hưởng ưu tiên, phải xác định lại dân tộc.', expect: CHANGE, who: 'elderly' }, // ethnicity-tay-caobang
  { q: 'cải chính hộ tịch', expect: CHANGE, who: 'young' }, // y-correct
  { q: 'Trong giấy khai sinh của con tôi tên bố ghi sai một chữ, Nguyễn Văn Thạnh thành Thành, hồi đó cán bộ viết tay, giờ làm hộ chiếu bị vướng.', expect: CHANGE, who: 'elderly' }, // correct-father-name
  { q: 'nhan cha cho con chua dk ket hon', expect: RECOGNISE_OR_BIRTH, who: 'rural' }, // r-recognise-father
  { q: 'Hồi trẻ tôi có một đứa con riêng ở Nghệ An, nay tôi già muốn nhận nó là con chính thức để sau này nó được hưởng phần, làm ở xã được không?', expect: RECOGNISE, who: 'elderly' }, // recognise-child-nghean
  { q: 'Con trai với con dâu tôi mất trong vụ tai nạn năm ngoái, để lại thằng cháu tám tuổi, ông bà nội nuôi, giờ muốn làm người giám hộ cho cháu cho đàng hoàng.', expect: GUARD, who: 'elderly' }, // guardian-orphan-accident
  { q: 'đăng ký giám hộ', expect: GUARD, who: 'young' }, // y-guardian
  { q: 'Tôi làm giám hộ cho thằng cháu ngoại từ năm nó mười tuổi, nay nó đủ mười tám rồi, đi làm có lương, có phải ra xã làm chấm dứt giám hộ không?', expect: GUARD_END, who: 'elderly' }, // guardian-end-adult
  { q: 'nhan con nuoi la chau ruot thu tuc ntn', expect: ADOPT, who: 'rural' }, // r-adopt-relative
  { q: 'Tôi lấy bà này khi con bà mới lên ba, nuôi nó như con đẻ hai chục năm, giờ muốn làm giấy nhận con nuôi cho chính thức thì làm sao?', expect: ADOPT, who: 'elderly' }, // adopt-stepchild
  { q: 'Con gái tôi lấy chồng Đài Loan, bên đó đã ly hôn theo tòa án Đài Loan, nay nó về quê muốn lấy chồng khác thì phải ghi chú ly hôn ở đâu?', expect: REC_DIVORCE, who: 'elderly' }, // divorce-taiwan-daughter
  { q: 'khai sinh cho con sinh ở nước ngoài', expect: KS_ABROAD_EITHER, who: 'young' }, // y-birth-abroad
  { q: 'Cháu nội tôi tên Nguyễn Thị Lợn, hồi đó đặt xấu cho dễ nuôi, nay nó lớn đi học bị bạn trêu, ông bà muốn đổi tên cho cháu đẹp hơn.', expect: CHANGE, who: 'elderly' }, // change-name-grandchild
  { q: 'con sinh ben campuchia ve vn lam ks dc ko', expect: KS_FOREIGN, who: 'rural' }, // r-birth-cambodia
  { q: 'Hồi trước gia đình tôi sống bên Campuchia, con gái út sinh bên đó không có giấy tờ gì, nay về Tây Ninh ở hẳn, muốn làm khai sinh cho nó.', expect: KS_FOREIGN, who: 'elderly' }, // birth-cambodia-tayninh
  { q: 'Thằng cháu ngoại tôi sinh bên Đức có giấy khai sinh của Đức rồi, mẹ nó bảo về Việt Nam phải ghi vào sổ hộ tịch, ông bà làm thay được không?', expect: REC_OTHER, who: 'elderly' }, // record-birth-germany
  { q: 'đăng ký lại khai sinh', expect: KS_AGAIN, who: 'young' }, // y-rereg-birth
  { q: 'Cả đời tôi làm nông ở Thanh Hóa, giờ làm hồ sơ hưởng trợ cấp người cao tuổi, cán bộ xã bảo cần trích lục khai sinh, tôi xin ở đâu cô?', expect: COPY, who: 'elderly' }, // extract-birth-elderly-allowance
  { q: 'doi dan toc trong giay khai sinh cho con', expect: CHANGE, who: 'rural' }, // r-ethnicity-child
  { q: 'Cha tôi mất năm 1986, hồi đó có khai tử nhưng sổ sách xã bị thất lạc hết, giấy chứng tử cũng mất, nay cần làm lại để sang tên đất.', expect: DEATH_AGAIN, who: 'elderly' }, // rereg-death-1986
  { q: 'Con gái tôi chưa chồng mà có bầu, giờ sinh đứa cháu được một tháng, không có tên bố, bà ngoại đi làm khai sinh cho cháu thì ghi thế nào?', expect: KS_BABY, who: 'elderly' }, // birth-no-father
  { q: 'ghi vào sổ khai sinh ở nước ngoài', expect: REC_OTHER, who: 'young' }, // y-record-birth-abroad
  { q: 'Tôi chưa lấy vợ bao giờ, năm nay sáu mươi tuổi, giờ muốn tặng đất cho thằng cháu thì văn phòng công chứng đòi giấy xác nhận tình trạng độc thân.', expect: MARITAL, who: 'elderly' }, // marital-single-gift-land
  { q: 'trich luc ket hon ban sao de lam so do', expect: COPY, who: 'rural' }, // r-copy-marriage
  { q: 'Giấy khai sinh của tôi cấp hồi năm bảy mươi chỉ có tên với năm sinh, không có ngày tháng, không ghi quê quán, giờ muốn bổ sung cho đầy đủ.', expect: CHANGE, who: 'elderly' }, // supplement-birth-1970
  { q: 'Tôi là người Ê Đê ở Buôn Ma Thuột, con tôi đi làm rẫy xa, đứa cháu sinh ở nhà không có giấy chứng sinh, tôi đi khai sinh cho nó được không?', expect: KS_BABY, who: 'elderly' }, // birth-ede-grandchild
  { q: 'chấm dứt giám hộ', expect: GUARD_END, who: 'young' }, // y-end-guardian
  { q: 'Tui là người Khmer ở Trà Vinh, tên trong giấy khai sinh viết sai dấu, Thạch Thị Sa Rươn thành Sa Ruôn, giờ đi làm căn cước bị lệch tên.', expect: CHANGE, who: 'elderly' }, // correct-name-khmer-travinh
  { q: 'khai tu cho chong mat o nha hom qua', expect: DEATH, who: 'rural' }, // r-death-husband
];

export const HOTICH71_HELD: readonly CitizenQuery[] = [
  { q: 'Dạ con trai tui với con dâu đi Sài Gòn làm hết, để đứa nhỏ mới đẻ ở nhà với ông bà, giờ ông nội đi làm giấy khai sinh cho cháu được hông cô?', expect: KS_BABY, who: 'elderly' }, // birth-by-grandpa-south
  { q: 'lam giay khai sinh cho chau noi ong ba di dc ko', expect: KS_BABY, who: 'rural' }, // r-birth-grandparents
  { q: 'Mệ sinh năm bốn mươi tám ở Quảng Trị, hồi chiến tranh chạy giặc nên chưa bao giờ có tờ khai sinh, chừ con cháu bảo phải làm để lĩnh tiền già.', expect: KS_UNREG_ADULT, who: 'elderly' }, // late-birth-me-quangtri
  { q: 'Năm tám mươi mấy ủy ban xã cũ bị cháy, sổ hộ tịch mất hết, bản khai sinh tôi giữ thì rách nát, giờ muốn đăng ký lại khai sinh thì làm sao?', expect: KS_AGAIN, who: 'elderly' }, // rereg-birth-office-fire
  { q: 'trích lục khai sinh bản sao', expect: COPY, who: 'young' }, // y-copy-birth
  { q: 'Hai vợ chồng tôi cưới năm 1975 có đăng ký ở xã, giấy kết hôn thất lạc mà sổ ở xã cũng không còn, nay muốn đăng ký lại kết hôn.', expect: MARRY_AGAIN, who: 'elderly' }, // rereg-marriage-1975
  { q: 'xin giay xac nhan tinh trang hon nhan cho con di lam xa', expect: MARITAL, who: 'rural' }, // r-marital-child-far
  { q: 'Bà già rồi, hồi trước đăng ký kết hôn với ông ở xã này năm sáu mươi tám, giờ con cái làm thừa kế cần bản sao giấy kết hôn, bà xin ở đâu?', expect: COPY, who: 'elderly' }, // copy-marriage-inherit
  { q: 'Má tui mất hồi năm 2008 dưới Cà Mau, tụi tui không có khai tử, nay anh em bán đất người ta đòi giấy chứng tử của má, giờ đi khai được không cô?', expect: DEATH, who: 'elderly' }, // death-late-mother-camau
  { q: 'đăng ký kết hôn', expect: MARRY, who: 'young' }, // y-marriage
  { q: 'Con gái út tôi sắp lấy chồng người cùng xã, hai đứa đi làm ở Hà Nội, bố mẹ ở quê muốn hỏi thủ tục đăng ký kết hôn cho chúng nó ở đây.', expect: MARRY, who: 'elderly' }, // marriage-daughter-village
  { q: 'bao tu cho me mat lau roi chua khai tu', expect: DEATH, who: 'rural' }, // r-death-late-mother
  { q: 'Thằng con trai tôi đi làm ở tận Đồng Nai, nó nhắn về xin giấy xác nhận tình trạng hôn nhân ở quê để làm đám cưới trong đó, bố đi xin thay được không?', expect: MARITAL, who: 'elderly' }, // marital-son-dongnai
  { q: 'Tôi góa chồng đã mười năm, nay có người muốn đi bước nữa, con cháu bảo phải xin giấy chứng nhận tình trạng hôn nhân ở xã trước, đúng không cô?', expect: MARITAL, who: 'elderly' }, // marital-widow-remarry
  { q: 'thay đổi họ tên cho con', expect: CHANGE, who: 'young' }, // y-change-name
  { q: 'Năm sinh trong khai sinh của tôi ghi năm năm mươi hai, mà trong học bạ và giấy tờ bộ đội ghi năm năm mươi, tôi muốn cải chính lại cho đúng.', expect: CHANGE, who: 'elderly' }, // correct-birthyear-soldier
  { q: 'sua ten sai trong giay ks cu', expect: CHANGE, who: 'rural' }, // r-correct-name
  { q: 'Con dâu tôi người Khmer, con trai tôi người Kinh, hồi khai sinh cho cháu ghi theo dân tộc Kinh, giờ gia đình muốn đổi sang Khmer theo mẹ có được không?', expect: CHANGE, who: 'elderly' }, // ethnicity-khmer-mother
  { q: 'Con gái tôi có đứa con không đăng ký kết hôn, khai sinh cháu bỏ trống phần cha, giờ thằng bố nó về nhận con, muốn ghi tên nó vào thì làm thủ tục gì?', expect: RECOGNISE, who: 'elderly' }, // recognise-father-unmarried
  { q: 'đăng ký nhận cha con', expect: RECOGNISE, who: 'young' }, // y-recognise-father
  { q: 'Cháu gái tôi ngày xưa mẹ bỏ đi, khai sinh chỉ có tên bố, giờ mẹ nó quay về muốn nhận lại con, phải làm giấy tờ gì ở ủy ban?', expect: RECOGNISE, who: 'elderly' }, // recognise-mother-return
  { q: 'lam giam ho cho chau mo coi', expect: GUARD, who: 'rural' }, // r-guardian-orphan
  { q: 'Bà nhà tôi bị lẫn mấy năm nay, tòa đã tuyên mất năng lực hành vi, giờ tôi muốn đăng ký làm người giám hộ để lo giấy tờ đất đai cho bà.', expect: GUARD, who: 'elderly' }, // guardian-dementia-wife
  { q: 'Em gái tôi mất sớm để lại đứa con gái bốn tuổi, vợ chồng tôi ở Thái Bình muốn nhận cháu làm con nuôi cho nó có giấy tờ đi học.', expect: ADOPT, who: 'elderly' }, // adopt-niece-thaibinh
  { q: 'ghi chú ly hôn nước ngoài', expect: REC_DIVORCE, who: 'young' }, // y-divorce-abroad
  { q: 'Hồi năm ngoái có người bỏ đứa bé sơ sinh trước cổng chùa làng tôi, sư cô nuôi mấy tháng rồi, nay vợ chồng tôi muốn xin về làm con nuôi.', expect: ADOPT, who: 'elderly' }, // adopt-abandoned-pagoda
  { q: 'ghi chu ly hon o nuoc ngoai lam o dau', expect: REC_DIVORCE, who: 'rural' }, // r-divorce-abroad
  { q: 'Thằng con trai tôi cưới vợ bên Hàn rồi ly dị bên đó, giờ về Việt Nam muốn cưới lại, người ta bảo phải ghi vào sổ việc ly hôn ở nước ngoài.', expect: REC_DIVORCE, who: 'elderly' }, // divorce-korea-son
  { q: 'Tôi tên khai sinh là Đỗ Văn Cu, cả làng gọi là Đỗ Văn Hùng, giấy tờ đất lại ghi Hùng, giờ muốn thay đổi tên trong khai sinh cho trùng.', expect: CHANGE, who: 'elderly' }, // change-name-elder-cu
  { q: 'xác định lại dân tộc', expect: CHANGE, who: 'young' }, // y-ethnicity
  { q: 'Con gái tôi sinh cháu ở Nhật, về nước rồi mà cháu chưa có khai sinh Việt Nam, ông bà muốn hỏi làm khai sinh cho cháu ở xã có được không?', expect: KS_ABROAD_EITHER, who: 'elderly' }, // birth-japan-grandchild
  { q: 'dk lai khai sinh do so bi chay', expect: KS_AGAIN, who: 'rural' }, // r-rereg-birth-fire
  { q: 'Con trai tôi cưới vợ ở bên Mỹ có giấy đăng ký kết hôn bên đó, nay hai đứa về nước định cư, muốn ghi chú việc kết hôn ở Việt Nam.', expect: REC_MARRIAGE, who: 'elderly' }, // record-marriage-usa
  { q: 'Ông tôi mất năm 2010 có làm giấy báo tử rồi, nhưng giấy bị chuột cắn mất một nửa, giờ làm thừa kế cần bản sao trích lục khai tử.', expect: COPY, who: 'elderly' }, // extract-death-rat
  { q: 'nhận con nuôi trong nước', expect: ADOPT, who: 'young' }, // y-adopt
  {
    q: 'Thằng cháu nội tôi mười lăm tuổi rồi mà chưa có khai sinh, hồi nhỏ cha mẹ nó bỏ nhau mỗi người một nơi, ông bà nuôi, giờ đi khai sinh quá hạn được không?',
    expect: KS_UNREG_ADULT,
    who: 'elderly',
  }, // late-birth-teen-grandson
  { q: 'xac nhan doc than de vay ngan hang', expect: MARITAL, who: 'rural' }, // r-single-bank
  { q: 'Con dâu tôi vừa sinh đôi hai đứa con gái ở bệnh viện huyện, con trai đi làm xa chưa về được, bà nội đi khai sinh cho hai đứa luôn một lượt.', expect: KS_BABY, who: 'elderly' }, // birth-twins-grandma
  { q: 'Giấy khai sinh của đứa cháu gái tôi hồi đó ghi nhầm giới tính là nam, giờ đi học người ta hỏi hoài, nhà muốn sửa lại cho đúng là nữ.', expect: CHANGE, who: 'elderly' }, // correct-gender-granddaughter
  { q: 'đăng ký lại kết hôn', expect: MARRY_AGAIN, who: 'young' }, // y-rereg-marriage
  { q: 'Anh trai tôi đi xuất khẩu lao động ở Malaysia rồi mất bên đó, đã có giấy chứng tử bên đó, giờ gia đình muốn ghi vào sổ hộ tịch ở quê.', expect: REC_OTHER, who: 'elderly' }, // record-death-malaysia
  { q: 'cai chinh nam sinh trong ks', expect: CHANGE, who: 'rural' }, // r-correct-birthyear
  { q: 'Con trai tui người Ba Na, cưới vợ theo phong tục làng từ năm ngoái, có con rồi mà chưa đăng ký kết hôn, giờ cán bộ biểu phải đi đăng ký.', expect: MARRY, who: 'elderly' }, // marriage-bana-custom
  { q: 'Ba má tui mất hết rồi, còn đứa em trai bị tâm thần từ nhỏ, tui là chị cả muốn đứng ra làm giám hộ cho em để lo giấy tờ nhà cửa.', expect: GUARD, who: 'elderly' }, // guardian-brother-mental
  { q: 'bổ sung thông tin hộ tịch', expect: CHANGE, who: 'young' }, // y-supplement
];

export const HOTICH71_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
