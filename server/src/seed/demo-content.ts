import type { Centre } from '@hcc/shared/schemas/centre';
import type { PlanTargetInputSchema } from '@hcc/shared/schemas/plan';
import type * as z from 'zod/mini';

type PlanTargetInput = z.input<typeof PlanTargetInputSchema>;
import type { PlaylistItemInput } from '@hcc/shared/schemas/playlist';
import type { RegisterForm } from '@hcc/shared/schemas/register';
import { COMMON_PROCEDURE_CODES } from '@hcc/shared/catalogue/common-procedures';
import { QR_PRESETS } from '@hcc/shared/qr/presets';

/**
 * A province and two of its communes, after the 2025 reorganisation (no district level), with the letterhead fields each would enter in the console (Long Thành's plan names its recipients). */
export const DEMO_CENTRES: Centre[] = [
  {
    id: 'dong-nai',
    kind: 'province',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai',
    parentId: null,
    address: 'Biên Hòa, tỉnh Đồng Nai',
    hotline: '1022',
    official: {
      adminUnit: 'tỉnh Đồng Nai',
      parentBody: 'Ủy ban nhân dân tỉnh Đồng Nai',
      placeName: 'Đồng Nai',
      signerTitle: 'Giám đốc',
      recipients: ['UBND tỉnh Đồng Nai (qua Sở Nội vụ)', 'Lưu: VT'],
    },
  },
  {
    id: 'long-thanh',
    kind: 'commune',
    name: 'Trung tâm Phục vụ hành chính công xã Long Thành',
    parentId: 'dong-nai',
    address: 'xã Long Thành, tỉnh Đồng Nai',
    hotline: '1022',
    official: {
      adminUnit: 'xã Long Thành',
      parentBody: 'Ủy ban nhân dân xã Long Thành',
      placeName: 'Long Thành',
      signerTitle: 'Giám đốc',
      recipients: ['UBND xã Long Thành (qua Phòng Văn hóa – Xã hội)', 'Sở Nội vụ tỉnh Đồng Nai', 'Lưu: VT'],
    },
  },
  {
    id: 'loc-tan',
    kind: 'commune',
    name: 'Trung tâm Phục vụ hành chính công xã Lộc Tấn',
    parentId: 'dong-nai',
    address: 'xã Lộc Tấn, tỉnh Đồng Nai',
    hotline: '1022',
    official: {
      adminUnit: 'xã Lộc Tấn',
      parentBody: 'Ủy ban nhân dân xã Lộc Tấn',
      placeName: 'Lộc Tấn',
      signerTitle: 'Giám đốc',
      recipients: ['UBND xã Lộc Tấn (qua Phòng Văn hóa – Xã hội)', 'Sở Nội vụ tỉnh Đồng Nai', 'Lưu: VT'],
    },
  },
];

/** The spotlights: the procedures citizens ask for most, when the catalogue has them. */
export const SPOTLIGHT_CODES = COMMON_PROCEDURE_CODES.slice(0, 5);

/** Items that need no media or catalogue: ticker, opening hours, and the QR codes the plans ask for. */
export const DEMO_FIXED_ITEMS: PlaylistItemInput[] = [
  {
    id: 'ticker-main',
    kind: 'ticker',
    title: 'Dòng chữ chạy',
    durationMs: 20_000,
    text: 'Nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia dichvucong.gov.vn • Thanh toán phí, lệ phí không dùng tiền mặt • Phản ánh, kiến nghị: Tổng đài 1022 • Người dân và doanh nghiệp là trung tâm phục vụ',
    reformArea: 'tthc',
    form: 'khau_hieu',
  },
  {
    id: 'text-hours',
    kind: 'text',
    title: 'Giờ làm việc',
    durationMs: 10_000,
    heading: 'Giờ tiếp nhận và trả kết quả',
    body: 'Thứ Hai đến Thứ Sáu: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 00 – 17 giờ 00.\nSáng Thứ Bảy: 7 giờ 30 – 11 giờ 30 (tiếp nhận hồ sơ hộ tịch, chứng thực).',
    reformArea: 'cong_vu',
    form: 'ban_tin',
  },
  { id: 'qr-portal', kind: 'qr', durationMs: 10_000, ...QR_PRESETS.dvc_portal, preset: 'dvc_portal', reformArea: 'chinh_quyen_so', form: 'ma_qr' },
  { id: 'qr-fee', kind: 'qr', durationMs: 10_000, ...QR_PRESETS.fee_payment, preset: 'fee_payment', reformArea: 'tai_chinh_cong', form: 'ma_qr' },
  { id: 'qr-1022', kind: 'qr', durationMs: 8_000, ...QR_PRESETS.hotline_1022, preset: 'hotline_1022', reformArea: 'tthc', form: 'ma_qr' },
];

/**
 * The province's campaign for 2026 (online public services, cashless fees), addressed to every commune;
 * the demo's Lộc Tấn playlist includes it, so a province publish reaches a commune's screens.
 */
export const DEMO_CAMPAIGN = {
  id: 'demo-campaign-dvc',
  name: 'Chiến dịch tỉnh: Dịch vụ công trực tuyến 2026',
  items: [
    {
      id: 'campaign-dvc-news',
      kind: 'text',
      title: 'Chiến dịch: nộp hồ sơ trực tuyến',
      durationMs: 12_000,
      heading: 'Nộp hồ sơ trực tuyến – không phải đi lại',
      body: 'Tỉnh Đồng Nai khuyến khích người dân nộp hồ sơ thủ tục hành chính trên Cổng Dịch vụ công quốc gia.\nCán bộ tại quầy sẵn sàng hướng dẫn tạo tài khoản định danh điện tử VNeID mức 2.',
      reformArea: 'chinh_quyen_so',
      form: 'ban_tin',
    },
    { id: 'campaign-dvc-qr', kind: 'qr', durationMs: 10_000, ...QR_PRESETS.dvc_portal, title: 'Chiến dịch: QR Cổng Dịch vụ công', preset: 'dvc_portal', reformArea: 'chinh_quyen_so', form: 'ma_qr' },
  ] satisfies PlaylistItemInput[],
};

/**
 * Long Thành's 2026 communication plan, its appendix whole ("Phân công nhiệm vụ công tác tuyên truyền
 * cải cách hành chính trọng tâm năm 2026", rows 1–7), each row saying how it is counted: the clips by
 * their showings on the screens, the bulletins by the screens and the register (website, Zalo OA), the
 * printed materials, conferences and dialogues by the register alone.
 */
const LONG_THANH_PARTNERS = 'Các cơ quan chuyên môn, tổ chức, đơn vị sự nghiệp thuộc UBND xã; UBMTTQ và các tổ chức chính trị - xã hội';
export const DEMO_PLAN: PlanTargetInput[] = [
  {
    centreId: 'long-thanh',
    seq: 1,
    content:
      'Xây dựng video, clip, phóng sự tuyên truyền về các nội dung liên quan đến hướng dẫn người dân thực hiện TTHC, nộp hồ sơ trực tuyến, các quy định, chính sách mới, các vấn đề nổi cộm người dân quan tâm, các cách làm hay, sáng kiến trong các cơ quan, đơn vị và của địa phương',
    product: 'Ít nhất 01 video, clip',
    lead: 'Các cơ quan chuyên môn, tổ chức, đơn vị sự nghiệp thuộc UBND xã',
    partners: 'Trung tâm Dịch vụ tổng hợp',
    timing: 'Trong năm 2026',
    form: 'video_clip',
    measure: { count: 1, per: 'year' },
    measuredBy: 'both',
  },
  {
    centreId: 'long-thanh',
    seq: 2,
    content: 'Tổ chức đối thoại theo chuyên đề giữa Lãnh đạo UBND xã với người dân, doanh nghiệp',
    product: 'Các cuộc tọa đàm, hội nghị',
    lead: 'Văn phòng HĐND-UBND xã',
    partners: 'Phòng Văn hóa – Xã hội',
    timing: 'Trong năm 2026',
    measuredBy: 'register',
  },
  {
    centreId: 'long-thanh',
    seq: 3,
    content: 'Phổ biến các ấn phẩm tuyên truyền cải cách hành chính',
    product: 'Sổ tay hướng dẫn, tờ xếp, pano, áp phích…',
    lead: 'Phòng Văn hóa – Xã hội',
    partners: LONG_THANH_PARTNERS,
    timing: 'Thường xuyên',
    measure: { count: 1, per: 'quarter' },
    measuredBy: 'register',
  },
  {
    centreId: 'long-thanh',
    seq: 4,
    content:
      'Xây dựng các phóng sự, bản tin, bài viết liên quan đến nội dung cải cách hành chính. Đăng tải các bản tin, bài viết trên các Trang thông tin điện tử của xã, Trang OA Zalo của Trung tâm Phục vụ hành chính công',
    product: 'Mỗi tháng ít nhất 4 bản tin, bài viết',
    lead: 'Phòng Văn hóa – Xã hội',
    partners: LONG_THANH_PARTNERS,
    timing: 'Thường xuyên',
    form: 'ban_tin',
    measure: { count: 4, per: 'month' },
    measuredBy: 'both',
  },
  {
    centreId: 'long-thanh',
    seq: 5,
    content: 'Tổ chức tập huấn, hội nghị, hội thảo về công tác cải cách hành chính, cải cách thủ tục hành chính và chuyển đổi số, Đề án 06',
    product: 'Các hội nghị, hội thảo, tập huấn',
    lead: 'Phòng Văn hóa – Xã hội và Công an xã',
    partners: LONG_THANH_PARTNERS,
    timing: 'Trong năm 2026',
    measuredBy: 'register',
  },
  {
    centreId: 'long-thanh',
    seq: 6,
    content: 'Tham mưu tổ chức chương trình đồng hành cùng doanh nghiệp và chương trình đối thoại doanh nghiệp',
    product: 'Tối thiểu 01 cuộc đối thoại',
    lead: 'Phòng Kinh tế',
    partners: LONG_THANH_PARTNERS,
    timing: 'Thường xuyên',
    measure: { count: 1, per: 'year' },
    measuredBy: 'register',
  },
  {
    centreId: 'long-thanh',
    seq: 7,
    content: 'Lồng ghép nội dung tuyên truyền về cải cách hành chính gắn với các hoạt động văn hóa, văn nghệ, thể dục thể thao, tuyên truyền lưu động, chiếu phim, tuyên truyền cổ động trực quan',
    product: 'Các hoạt động tuyên truyền',
    lead: 'Trung tâm Dịch vụ tổng hợp',
    partners: LONG_THANH_PARTNERS,
    timing: 'Trong năm 2026',
    measuredBy: 'register',
  },
];

/** The plan row id a seeded row gets. */
export const demoPlanRowId = (centreId: string, seq: number) => `plan-${centreId}-${seq}`;

/** Long Thành's clips count towards its plan's row 1: tagged explicitly, as staff do in the playlist editor. */
export const DEMO_ITEM_ROWS: Record<string, Record<string, string>> = {
  'long-thanh': { 'media-1': demoPlanRowId('long-thanh', 1), 'media-3': demoPlanRowId('long-thanh', 1), 'media-5': demoPlanRowId('long-thanh', 1) },
};

/**
 * What Long Thành's staff recorded outside the screens, days before the demo starts (labelled as
 * sample data): Zalo and website bulletins, leaflets, a conference, a banner with its photo.
 */
export const DEMO_REGISTER: { daysAgo: number; seq: number | null; form: RegisterForm; count: number; title: string; place: string; proof: 'banner-photo' | string | null }[] = [
  { daysAgo: 2, seq: 4, form: 'zalo', count: 1, title: '(Dữ liệu mẫu) Bản tin: hướng dẫn nộp hồ sơ khai sinh trực tuyến', place: 'Zalo OA Trung tâm', proof: 'https://zalo.me/' },
  {
    daysAgo: 6,
    seq: 4,
    form: 'ban_tin_website',
    count: 2,
    title: '(Dữ liệu mẫu) Hai bài viết về thanh toán phí, lệ phí không dùng tiền mặt',
    place: 'Trang thông tin điện tử xã',
    proof: 'https://dichvucong.gov.vn/',
  },
  { daysAgo: 9, seq: 3, form: 'to_roi_so_tay', count: 500, title: '(Dữ liệu mẫu) Phát tờ gấp hướng dẫn tài khoản định danh điện tử VNeID', place: 'Sảnh Trung tâm và các ấp', proof: null },
  { daysAgo: 12, seq: 5, form: 'hoi_nghi_tap_huan', count: 1, title: '(Dữ liệu mẫu) Tập huấn sử dụng dịch vụ công trực tuyến cho cán bộ ấp', place: 'Hội trường UBND xã', proof: null },
  {
    daysAgo: 15,
    seq: 3,
    form: 'khau_hieu_bang_ron',
    count: 4,
    title: '(Dữ liệu mẫu) Treo băng rôn "Người dân và doanh nghiệp là trung tâm phục vụ"',
    place: 'Trước trụ sở UBND xã',
    proof: 'banner-photo',
  },
];
