import { dossierApi } from '@hcc/shared/api/dossiers';
import { feedTroubles, replaceFeed } from '@hcc/shared/dossiers/feed-health';
import type { DossierFeedStatus } from '@hcc/shared/schemas/dossier';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';
import { useLive } from './live';
import { minutesText } from './minutes-text';
import { staffApi } from './staff-api';
import { formatInstant } from './ui';

/**
 * The screen wall's line per centre whose dossier feed is stale or failing: its screens have taken the
 * "ready" list off the air (or soon will), which looks like a broken screen unless someone says why.
 */
export function FeedWarnings({ centreName }: { centreName: (id: string) => string }) {
  const t = useT();
  const [feeds, setFeeds] = useState<DossierFeedStatus[]>([]);
  useEffect(() => {
    // No feed status is no warning: the wall itself must not fail over the dossier connector.
    void staffApi(dossierApi.feeds)
      .then(setFeeds)
      .catch(() => undefined);
  }, []);
  useLive('dossier:feed', (status) => setFeeds((all) => replaceFeed(all, status)));

  const lines = feeds.flatMap((f) => feedTroubles(f).map((trouble) => ({ centreId: f.centreId, trouble })));
  if (!lines.length) return null;
  return (
    <ul class="list">
      {lines.map(({ centreId, trouble }) => (
        <li class="warning" role="alert" data-testid="feed-warning" data-centre={centreId} data-kind={trouble.kind}>
          {centreName(centreId)}:{' '}
          {trouble.kind === 'stale'
            ? t(
                `Dữ liệu hồ sơ đã cũ: cập nhật lần cuối ${formatInstant(trouble.lastUpdateAt)} (quá ${t(...minutesText(trouble.staleAfterMinutes))}). Màn hình đang ẩn danh sách hồ sơ đã có kết quả.`,
                `Dossier data is stale: last updated ${formatInstant(trouble.lastUpdateAt)} (over ${t(...minutesText(trouble.staleAfterMinutes))}). Screens hide the ready list.`,
              )
            : t(
                `Không kéo được dữ liệu hồ sơ (${trouble.failures} lần liên tiếp): ${trouble.error ?? '—'}${trouble.nextAttemptAt ? `. Thử lại lúc ${formatInstant(trouble.nextAttemptAt)}` : ''}.`,
                `Cannot fetch dossier data (${trouble.failures} times in a row): ${trouble.error ?? '—'}${trouble.nextAttemptAt ? `. Retrying at ${formatInstant(trouble.nextAttemptAt)}` : ''}.`,
              )}
        </li>
      ))}
    </ul>
  );
}
