import { type DossierReadyList, DossierScreenUpdateSchema } from '@hcc/shared/schemas/dossier';
import { useEffect, useRef, useState } from 'preact/hooks';
import { vnClock } from '../lib/vn-time';
import { DOSSIERS_UPDATED } from './dossier-events';
import { HIDDEN_NOTE, loadReadyList, phoneLookupLink } from './dossier-feed';
import { useFit } from './fit';
import { pageOf, usePage } from './paging';
import { QrImage } from './QrImage';

interface Props {
  itemId: string;
  perPage: number;
  durationMs: number;
  active: boolean;
  /** The screen's centre, or the previewed playlist's. */
  centreId: string | null;
  deviceToken: string | null;
  onReady?: (() => void) | undefined;
  /** Nothing to show (a stale or empty feed): the TV passes the slide over. Without it (the preview) the slide says why. */
  onSkip?: (() => void) | undefined;
}

/**
 * "Hồ sơ đã có kết quả": codes and masked names of this centre's dossiers ready for pickup, paged
 * and refreshed as the connector brings changes. It never shows more than a code and a masked name,
 * and an old list is worse than none: a stale or empty feed hides the slide.
 */
export function DossiersReadySlide({ itemId, perPage, durationMs, active, centreId, deviceToken, onReady, onSkip }: Props) {
  const [list, setList] = useState<DossierReadyList | null | 'none'>(null);
  useEffect(() => {
    let live = true;
    void loadReadyList(centreId, deviceToken).then((l) => live && setList(l ?? 'none'));
    const update = (e: Event) => {
      // A payload this player cannot parse is dropped: the list on screen stays.
      const parsed = DossierScreenUpdateSchema.safeParse((e as CustomEvent<unknown>).detail);
      if (parsed.success && parsed.data.ready.centreId === centreId) setList(parsed.data.ready);
    };
    window.addEventListener(DOSSIERS_UPDATED, update);
    return () => {
      live = false;
      window.removeEventListener(DOSSIERS_UPDATED, update);
    };
  }, [centreId, deviceToken]);
  const empty = list === 'none' || (list !== null && (list.isStale || list.items.length === 0));
  useEffect(() => {
    if (list === null) return;
    if (empty && onSkip) onSkip();
    else onReady?.();
  }, [list === null, empty]);

  const feed = list && list !== 'none' ? list : null;
  const items = feed?.items ?? [];
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const page = usePage(itemId, pages, durationMs, active);
  const shown = pageOf(items, page, perPage);
  const link = phoneLookupLink(centreId);
  const box = useRef<HTMLDivElement>(null);
  useFit(box, [shown, empty], { min: 0.4 });

  return (
    <div class="slide slide-with-aside slide-ready" data-testid="dossiers-ready" data-state={list === null ? 'loading' : empty ? 'hidden' : 'shown'} data-page={page + 1} data-pages={pages}>
      <div class="slide-column ready-main" ref={box}>
        <h1>Hồ sơ đã có kết quả</h1>
        {empty ? (
          <p class="ready-lead">{HIDDEN_NOTE}</p>
        ) : (
          <>
            <p class="ready-lead">Mời ông/bà có mã hồ sơ dưới đây đến quầy trả kết quả để nhận.</p>
            <ol class="ready-grid" data-testid="ready-codes">
              {shown.map((d) => (
                <li class="ready-card">
                  <strong data-fit-text>{d.code}</strong>
                  <span data-fit-text>{d.maskedName}</span>
                </li>
              ))}
            </ol>
            <p class="ready-foot">
              {pages > 1 && `Trang ${page + 1}/${pages} · `}
              {feed?.asOf ? `Cập nhật lúc ${vnClock(Date.parse(feed.asOf))}` : ''}
            </p>
          </>
        )}
      </div>
      {link && !empty && (
        <div class="slide-aside-qr ready-qr">
          <QrImage text={link} class="qr ready-qr-code" />
          <p>Quét mã để tra cứu hồ sơ của ông/bà trên điện thoại</p>
        </div>
      )}
    </div>
  );
}
