import { useEffect, useState } from 'preact/hooks';
import type { Lang } from './i18n';
import { quarterAround, type ReportQuery, reportSearch } from './report-query';
import { type Report, ReportSchema } from './report-schema';
import { staffFetch } from './staff-api';
import { failure, type Notice } from './ui';

type T = (vi: string, en: string) => string;

/** The report form's period and scope, the report last run for them, and what went wrong running it. */
export function useReport(lang: Lang, t: T) {
  const [query, setQuery] = useState<ReportQuery>(() => ({ ...quarterAround(new Date()), centre: '' }));
  const [report, setReport] = useState<Report | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const run = async () => {
    try {
      setReport(ReportSchema.parse(await staffFetch(`/api/reports?${reportSearch(query, 'json')}`, {})));
      setNotice(null);
    } catch (err) {
      // No figures rather than the last period's figures under this period's dates.
      setReport(null);
      setNotice(
        failure(err, lang, {
          validation: t('Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, tối đa 400 ngày.', 'Not a valid period: the start must come before the end, 400 days at most.'),
        }).notice,
      );
    }
  };
  useEffect(() => void run(), []);

  return { query, setQuery, report, notice, setNotice, run };
}
