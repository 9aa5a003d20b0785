import type { Report } from '@hcc/shared/reports/report';

/**
 * A small report with known figures, for the exporters' read-back tests: 3 items shown 120 + 45 + 9 =
 * 174 times on two screens of two centres over the first quarter of 2026.
 */
/** The period's answers, all on the quick form: the overall figure and the quick form's own are the same. */
const QUICK: Report['satisfaction'] = {
  n: 40,
  satisfied: 36,
  index: 0.9,
  ci: { low: 0.7695, high: 0.9604 },
  criteria: [
    { formId: 'quick', questionId: 'overall', text: 'Ông/bà hài lòng với việc giải quyết hồ sơ?', average: 4.5, max: 5, n: 40 },
    { formId: 'quick', questionId: 'staff', text: 'Thái độ của công chức', average: 4.25, max: 5, n: 38 },
  ],
};

/** What the sample's two drawn slides show (playlists/slide-content.ts), whose hashes key their pictures. */
export const NEWS_SLIDE = JSON.stringify(['text', 'Bản tin cải cách hành chính', 'Tháng 1: 1.234 hồ sơ trực tuyến']);
export const QR_SLIDE = JSON.stringify(['qr', 'https://dichvucong.gov.vn', 'Cổng Dịch vụ công', 'M']);

export function sampleReport(over: Partial<Report> = {}): Report {
  const row = (key: string, label: string, showings: number, playMs: number) => ({ key, label, showings, playMs });
  return {
    generatedAt: '2026-04-02T02:00:00.000Z',
    period: { from: '2026-01-01', to: '2026-03-31', through: '2026-03-31', days: 90 },
    grain: 'day',
    scope: { id: 'dong-nai', name: 'Tỉnh Đồng Nai', centres: [{ id: 'dong-nai', name: 'Tỉnh Đồng Nai' }, { id: 'long-thanh', name: 'Xã Long Thành' }, { id: 'loc-tan', name: 'Xã Lộc Tấn' }] },
    showings: {
      totals: { showings: 174, playMs: 1_740_000, completed: 170, screens: 2 },
      byItem: [
        { key: 'clip', label: 'Clip: Dịch vụ công trực tuyến', kind: 'video', reformArea: 'chinh_quyen_so', form: 'video_clip', mediaId: 'a'.repeat(64), slide: null, showings: 120, playMs: 1_200_000, screens: 2, screenIds: ['s1', 's2'], first: '2026-01-02T01:00:00.000Z', last: '2026-03-30T09:00:00.000Z' },
        { key: 'news', label: 'Bản tin cải cách hành chính tháng 1', kind: 'text', reformArea: 'tthc', form: 'ban_tin', mediaId: null, slide: NEWS_SLIDE, showings: 45, playMs: 450_000, screens: 1, screenIds: ['s1'], first: '2026-01-05T01:00:00.000Z', last: '2026-02-28T09:00:00.000Z' },
        { key: 'qr', label: 'QR Cổng Dịch vụ công', kind: 'qr', reformArea: 'chinh_quyen_so', form: 'ma_qr', mediaId: null, slide: QR_SLIDE, showings: 9, playMs: 90_000, screens: 1, screenIds: ['s2'], first: '2026-03-01T01:00:00.000Z', last: '2026-03-31T09:00:00.000Z' },
      ],
      byReformArea: [row('chinh_quyen_so', 'chinh_quyen_so', 129, 1_290_000), row('tthc', 'tthc', 45, 450_000)],
      byForm: [row('video_clip', 'video_clip', 120, 1_200_000), row('ban_tin', 'ban_tin', 45, 450_000), row('ma_qr', 'ma_qr', 9, 90_000)],
      byScreen: [row('s1', 'Sảnh chờ Long Thành', 105, 1_050_000), row('s2', 'Sảnh chờ Lộc Tấn', 69, 690_000)],
      byCentre: [row('long-thanh', 'Xã Long Thành', 105, 1_050_000), row('loc-tan', 'Xã Lộc Tấn', 69, 690_000)],
      byDay: [row('2026-01-02', '2026-01-02', 100, 1_000_000), row('2026-02-15', '2026-02-15', 50, 500_000), row('2026-03-31', '2026-03-31', 24, 240_000)],
    },
    targets: [
      {
        centreId: 'long-thanh',
        targetId: 't1',
        seq: 1,
        content: 'Sản xuất video, clip tuyên truyền cải cách hành chính',
        product: 'Ít nhất 01 video, clip',
        lead: 'Các cơ quan chuyên môn thuộc UBND xã',
        partners: 'Trung tâm Dịch vụ tổng hợp',
        timing: 'Trong năm 2026',
        measuredBy: 'showings',
        status: 'met',
        periods: [{ from: '2026-01-01', to: '2026-12-31', required: 1, shown: 1, partial: true }],
        items: ['Clip: Dịch vụ công trực tuyến'],
        entries: [],
      },
      {
        centreId: 'long-thanh',
        targetId: 't2',
        seq: 2,
        content: 'Đăng tải bản tin cải cách hành chính',
        product: 'Mỗi tháng ít nhất 02 bản tin',
        lead: 'Phòng Văn hóa – Xã hội',
        partners: 'Các cơ quan chuyên môn',
        timing: 'Thường xuyên',
        measuredBy: 'both',
        status: 'behind',
        periods: [
          { from: '2026-01-01', to: '2026-01-31', required: 2, shown: 1, partial: false },
          { from: '2026-02-01', to: '2026-02-28', required: 2, shown: 1, partial: false },
          { from: '2026-03-01', to: '2026-03-31', required: 2, shown: 0, partial: false },
        ],
        items: ['Bản tin cải cách hành chính tháng 1'],
        entries: [{ title: 'Bản tin trên Zalo OA tháng 2', date: '2026-02-20', count: 1 }],
      },
      { centreId: 'long-thanh', targetId: 't3', seq: 3, content: 'Treo băng rôn, khẩu hiệu', product: 'Thường xuyên', lead: 'Phòng Văn hóa – Xã hội', partners: '', timing: 'Thường xuyên', measuredBy: 'self', status: 'self', periods: [], items: [], entries: [] },
    ],
    register: [
      { id: 'r1', centreId: 'long-thanh', targetId: 't2', date: '2026-02-20', form: 'zalo', count: 1, title: 'Bản tin trên Zalo OA tháng 2', place: 'Zalo OA Trung tâm', proof: { kind: 'link', url: 'https://zalo.me/hcc-long-thanh/bai-2' }, createdAt: '2026-02-20T03:00:00Z', createdBy: 'lan', withdrawn: null },
    ],
    satisfactionByForm: [{ formId: 'quick', title: 'Đánh giá nhanh', ...QUICK }],
    surveysExcluded: 3,
    satisfaction: QUICK,
    kiosk: {
      searches: 300,
      withoutResult: 12,
      mostViewed: [
        { code: '1.001612', name: 'Đăng ký khai sinh', count: 80 },
        { code: '1.004227', name: 'Chứng thực bản sao từ bản chính', count: 41 },
      ],
      emptySearches: [{ q: 'lam so do', count: 5, lastDay: '2026-03-20' }],
    },
    uptime: [
      { deviceId: 's1', name: 'Sảnh chờ Long Thành', centreId: 'long-thanh', onlineMs: 7_000_000_000, openOnlineMs: 2_000_000_000, openMs: 2_300_000_000, share: 2_000_000_000 / 2_300_000_000, daysWithShowings: 60 },
      { deviceId: 's2', name: 'Sảnh chờ Lộc Tấn', centreId: 'loc-tan', onlineMs: 3_000_000_000, openOnlineMs: 1_000_000_000, openMs: 2_300_000_000, share: 1_000_000_000 / 2_300_000_000, daysWithShowings: 31 },
    ],
    integrity: {
      ok: true,
      rows: 174,
      firstBroken: null,
      problems: [],
      fullCheckAt: '2026-04-02T01:00:00.000Z',
      checkedAt: '2026-04-02T02:00:00.000Z',
      keying: { keyId: '3f9a1c2b7d4e5f60', fromSeq: 0, startedAt: '2026-01-01T00:00:00.000Z' },
      fingerprint: '174-a1b2c3d4e5f6',
      rollUps: { days: 91, rederived: 3, unverifiable: 0 },
    },
    ...over,
  };
}
