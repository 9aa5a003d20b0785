import type { DossierFigures, DossierResults } from '@hcc/shared/schemas/dossier';
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIDDEN_NOTE, loadDossierResults } from './dossier-feed';
import { useFit } from './fit';
import { pageOf, usePage } from './paging';

interface Props {
  itemId: string;
  showCommunes: boolean;
  durationMs: number;
  active: boolean;
  centreId: string | null;
  deviceToken: string | null;
  onReady?: (() => void) | undefined;
  onSkip?: (() => void) | undefined;
}

/** Table rows per page: readable from the back of the hall in either orientation. */
const ROWS_PER_PAGE = 8;
const num = (n: number) => n.toLocaleString('vi-VN');
const pct = (p: number | null) => (p === null ? '—' : `${p.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`);

/**
 * "Kết quả giải quyết TTHC", as the plans ask centres to make public: the month and the year so far
 * (received, resolved, early and on time, late, letters of apology), then by field — or, on a
 * province's screens, each commune — paged through the slide's time.
 */
export function DossierResultsSlide({ itemId, showCommunes, durationMs, active, centreId, deviceToken, onReady, onSkip }: Props) {
  const [r, setR] = useState<DossierResults | null | 'none'>(null);
  useEffect(() => {
    let live = true;
    void loadDossierResults(centreId, deviceToken).then((x) => live && setR(x ?? 'none'));
    return () => {
      live = false;
    };
  }, [centreId, deviceToken]);
  const empty = r === 'none' || (r !== null && r.total.year.received === 0 && r.total.year.resolved === 0 && r.total.year.pending === 0);
  useEffect(() => {
    if (r === null) return;
    if (empty && onSkip) onSkip();
    else onReady?.();
  }, [r === null, empty]);

  const data = r !== null && r !== 'none' ? r : null;
  const byCommune = showCommunes && (data?.communes.length ?? 0) > 0;
  const rows: { name: string; year: DossierFigures }[] = data
    ? byCommune
      ? data.communes.map((c) => ({ name: c.centreName, year: c.year }))
      : data.byField.map((f) => ({ name: f.field, year: f.year }))
    : [];
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const page = usePage(itemId, pages, durationMs, active);
  const box = useRef<HTMLDivElement>(null);
  useFit(box, [data, page], { min: 0.4 });

  return (
    <div class="slide slide-results" data-testid="dossier-results">
      <div class="results-main" ref={box}>
        <h1>Kết quả giải quyết thủ tục hành chính</h1>
        {!data || empty ? (
          <p class="results-note">{HIDDEN_NOTE}</p>
        ) : (
          <>
            <p class="results-centre" data-fit-text>
              {data.centreName}
            </p>
            <div class="results-periods">
              <Period label={data.monthLabel} f={data.total.month} />
              <Period label={`${data.yearLabel} (đến nay)`} f={data.total.year} />
            </div>
            {rows.length > 0 && (
              <table class="results-table">
                <thead>
                  <tr>
                    <th>
                      {byCommune ? 'Xã, phường' : 'Lĩnh vực'}, {data.yearLabel}
                    </th>
                    <th>Tiếp nhận</th>
                    <th>Đã giải quyết</th>
                    <th>Đúng và trước hạn</th>
                    <th>Trễ hạn</th>
                  </tr>
                </thead>
                <tbody>
                  {pageOf(rows, page, ROWS_PER_PAGE).map((row) => (
                    <tr>
                      <td data-fit-text>{row.name}</td>
                      <td data-fit-text>{num(row.year.received)}</td>
                      <td data-fit-text>{num(row.year.resolved)}</td>
                      <td data-fit-text>{pct(row.year.onTimePct)}</td>
                      <td data-fit-text>{num(row.year.late)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {data.isStale && <p class="results-note">Số liệu chưa được cập nhật gần đây.</p>}
          </>
        )}
      </div>
    </div>
  );
}

function Period({ label, f }: { label: string; f: DossierFigures }) {
  return (
    <section class="results-period">
      <h2>{label}</h2>
      <p class="results-pct">
        <strong>{pct(f.onTimePct)}</strong> đúng và trước hạn
      </p>
      <dl>
        <dt>Tiếp nhận</dt>
        <dd>{num(f.received)}</dd>
        <dt>Đã giải quyết</dt>
        <dd>{num(f.resolved)}</dd>
        <dt>Trước hạn</dt>
        <dd>{num(f.early)}</dd>
        <dt>Đúng hạn</dt>
        <dd>{num(f.onTime)}</dd>
        <dt>Trễ hạn</dt>
        <dd>{num(f.late)}</dd>
        <dt>Thư xin lỗi</dt>
        <dd>{num(f.apologies)}</dd>
      </dl>
    </section>
  );
}
