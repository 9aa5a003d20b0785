import * as z from 'zod/mini';
import { DateOnlySchema, IdSchema } from '../schemas/common';
import type { Report } from './report';

const Section = z._default(z.string().check(z.maxLength(20_000)), '');

/** The sections officers write every quarter, in the order the report prints them. */
export const NarrativeSchema = z.object({
  achieved: Section,
  shortcomings: Section,
  causes: Section,
  nextSteps: Section,
  proposals: Section,
});
export type Narrative = z.infer<typeof NarrativeSchema>;

export const NARRATIVE_HEADINGS: Record<keyof Narrative, string> = {
  achieved: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  nextSteps: 'Phương hướng, nhiệm vụ kỳ tới',
  proposals: 'Đề xuất, kiến nghị',
};

/** The narrative of one report (a centre, or every centre, over a period), as staff last saved it. */
export const NarrativeSaveSchema = z.strictObject({ centre: z._default(z.nullable(IdSchema), null), from: DateOnlySchema, to: DateOnlySchema, narrative: NarrativeSchema });
export type NarrativeSave = z.infer<typeof NarrativeSaveSchema>;

const n = (x: number) => x.toLocaleString('vi-VN');
const pct = (x: number) => `${(x * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

/** Below this share of opening hours connected, a screen is named among the shortcomings. */
const LOW_UPTIME = 0.8;

/**
 * A first draft of the narrative from the figures, for staff to correct: what was achieved, which plan
 * rows are behind or not yet done, which screens were often offline, what citizens searched for and did
 * not find, and the matching next steps. `previous` is the total of showings in the last report issued
 * for an earlier period, to compare with. Nothing here is invented beyond the figures; the officer adds the rest.
 */
export function draftNarrative(r: Report, previous: { showings: number } | null): Narrative {
  const t = r.showings.totals;
  const met = r.targets.filter((x) => x.status === 'met' || x.status === 'done');
  const behind = r.targets.filter((x) => x.status === 'behind' || x.status === 'not_done');
  const lowUptime = r.uptime.filter((u) => u.openMs > 0 && u.share < LOW_UPTIME);
  const registered = r.register.reduce((sum, e) => sum + e.count, 0);
  const change = previous && previous.showings > 0 ? (t.showings - previous.showings) / previous.showings : null;

  const achieved = [
    `Màn hình chờ phát ${n(t.showings)} lượt nội dung tuyên truyền cải cách hành chính trên ${n(t.screens)} màn hình${change === null ? '' : ` (${change >= 0 ? 'tăng' : 'giảm'} ${pct(Math.abs(change))} so với kỳ báo cáo trước)`}.`,
    r.register.length ? `Ngoài màn hình chờ, ghi nhận ${n(r.register.length)} hoạt động tuyên truyền với ${n(registered)} sản phẩm (tin, bài, ấn phẩm, hội nghị…).` : '',
    r.targets.length ? `Đã đạt hoặc đã thực hiện ${n(met.length)}/${n(r.targets.length)} nhiệm vụ của Kế hoạch.` : '',
    r.satisfaction.n ? `Tỷ lệ người dân, tổ chức hài lòng: ${pct(r.satisfaction.index)} trên ${n(r.satisfaction.n)} phiếu khảo sát.` : '',
    r.kiosk.searches ? `Kiosk phục vụ ${n(r.kiosk.searches)} lượt tra cứu thủ tục hành chính.` : '',
  ].filter(Boolean);

  const shortcomings = [
    ...behind.map((x) => `Nhiệm vụ ${x.seq} (${x.product || x.content}) ${x.status === 'behind' ? 'chưa đạt chỉ tiêu của kỳ' : 'chưa ghi nhận kết quả'}.`),
    ...lowUptime.map((u) => `Màn hình "${u.name}" chỉ hoạt động ${pct(u.share)} thời gian làm việc.`),
    r.kiosk.withoutResult
      ? `${n(r.kiosk.withoutResult)} lượt tra cứu trên kiosk không tìm thấy thủ tục${
          r.kiosk.emptySearches.length
            ? ` (ví dụ: ${r.kiosk.emptySearches
                .slice(0, 3)
                .map((e) => `“${e.q}”`)
                .join(', ')})`
            : ''
        }.`
      : '',
  ].filter(Boolean);

  const causes = [
    lowUptime.length ? 'Một số màn hình mất kết nối hoặc tắt trong giờ làm việc.' : '',
    behind.length ? 'Việc xây dựng, cập nhật nội dung tuyên truyền chưa kịp thời so với tiến độ Kế hoạch.' : '',
    r.kiosk.withoutResult ? 'Người dân tra cứu bằng tên gọi thông thường chưa có trong danh mục từ đồng nghĩa của kiosk.' : '',
  ].filter(Boolean);

  const nextSteps = [
    ...behind.map((x) => `Tập trung thực hiện nhiệm vụ ${x.seq}: ${x.product || x.content}.`),
    lowUptime.length ? 'Kiểm tra, khắc phục kết nối của các màn hình hoạt động chưa ổn định.' : '',
    r.kiosk.withoutResult ? 'Bổ sung từ đồng nghĩa cho các từ khóa người dân tra cứu không có kết quả.' : '',
    'Tiếp tục duy trì, cập nhật nội dung tuyên truyền trên màn hình chờ và kiosk tra cứu.',
  ].filter(Boolean);

  return { achieved: achieved.join('\n'), shortcomings: shortcomings.join('\n'), causes: causes.join('\n'), nextSteps: nextSteps.join('\n'), proposals: '' };
}
