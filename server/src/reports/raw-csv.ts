import { countsAsShown, itemIndex } from '@hcc/shared/reports/aggregate';
import { csvLines, toCsv } from '@hcc/shared/csv';
import { COMM_FORM_LABELS } from '@hcc/shared/schemas/playlist';
import type { Deps } from '../context';
import { type ReportScope, vnDayStart } from './build';

/** Vietnamese headers for the people who open it in Excel; the ids stay as columns of their own, for machines and auditors. */
const HEADER = [
  'Mã lượt phát',
  'Màn hình',
  'Mã màn hình',
  'Trung tâm',
  'Mã trung tâm',
  'Nội dung',
  'Mã nội dung',
  'Hình thức',
  'Mã danh sách phát',
  'Phiên bản',
  'Bắt đầu (giờ Việt Nam)',
  'Thời lượng (giây)',
  'Kết quả',
  'Mã kết quả',
  'Số lượt',
  'Lần phát cuối (giờ Việt Nam)',
];
const OUTCOME: Record<string, string> = { completed: 'Phát trọn', interrupted: 'Bị ngắt', preempted: 'Nhường thông báo khẩn', failed: 'Lỗi, không phát được', summary: 'Tổng hợp khi mất mạng' };

/** An instant as Vietnam's wall clock with its offset written out: 2026-04-01T00:01:00+07:00. */
const vnTime = (iso: string) => `${new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Days of the log read at once: a province's week is a few hundred thousand rows, its year would not fit in the heap. */
const CSV_WINDOW_DAYS = 7;

/**
 * The raw log of a period: one line per impression, then one per summary a player folded while it was
 * offline past its queue's bound (code "summary"), so the lines add up to the report's totals. On a
 * summary line the start and the last showing are its first and last showing's start, the duration the
 * play time of all of them, and "Số lượt" how many showings it stands for. A failed or interrupted
 * showing stays in the log as evidence with "Số lượt" 0, as the report does not count it: summing the
 * column in Excel gives the report's total. Handed to `write` a week at a time (it resolves false when
 * the reader has gone), so a year of a province's showings never sits in memory at once.
 */
export async function rawLogCsv(deps: Deps, scope: ReportScope, write: (part: string) => Promise<boolean>): Promise<void> {
  const toIso = new Date(Date.parse(vnDayStart(scope.to)) + 86_400_000).toISOString();
  const itemOf = itemIndex(await deps.store.playlists.allVersions());
  const centreName = new Map(scope.centres.map((c) => [c.id, c.name]));
  // The centre the screen stood in when it showed the item, as the report counts it.
  const where = (deviceId: string, at: string) => {
    const s = scope.screens.get(deviceId);
    const centre = s ? scope.centreAt(deviceId, at) : undefined;
    return [s?.name, deviceId, centre ? centreName.get(centre) : undefined, centre];
  };
  const what = (g: { playlistId: string; playlistVersion: number; itemId: string }) => {
    const item = itemOf(g);
    return [item?.title, g.itemId, item?.form ? COMM_FORM_LABELS[item.form] : '', g.playlistId, g.playlistVersion];
  };
  if (!(await write(toCsv(HEADER, [])))) return;
  for (let from = vnDayStart(scope.from); from < toIso;) {
    const to = new Date(Math.min(Date.parse(from) + CSV_WINDOW_DAYS * 86_400_000, Date.parse(toIso))).toISOString();
    const impressions = (await deps.store.impressions.between(from, to)).filter((i) => scope.counts(i.deviceId, i.startedAt));
    const lines = impressions.map((i) => [i.id, ...where(i.deviceId, i.startedAt), ...what(i), vnTime(i.startedAt), seconds(i.durationMs), OUTCOME[i.reason], i.reason, countsAsShown(i) ? 1 : 0, '']);
    if (!(await write(csvLines(lines)))) return;
    from = to;
  }
  // A summary is one line a day per screen and item: the period's fit in memory whatever its length.
  const summaries = (await deps.store.impressions.summariesBetween(scope.from, scope.to)).filter((s) => scope.counts(s.deviceId, s.first));
  await write(csvLines(summaries.map((s) => [s.id, ...where(s.deviceId, s.first), ...what(s), vnTime(s.first), seconds(s.playMs), OUTCOME.summary, 'summary', s.showings, vnTime(s.last)])));
}
