import { useEffect, useRef, useState } from 'preact/hooks';
import { fillGaps } from './fill-gaps';
import { useT } from './i18n';

/**
 * Showings per day (or per month) as columns, drawn by uPlot. The library is loaded only when a
 * report is shown, so the console's first load does not carry it.
 */
export function ShowingsChart({ days, monthly, period }: { days: { key: string; showings: number }[]; monthly: boolean; period: { from: string; to: string } }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || !days.length) return;
    let plot: { destroy(): void } | null = null;
    let gone = false;
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([{ default: UPlot }]) => {
        if (gone) return;
        // One column per day (or month) by position, gaps filled with 0: the axis reads in order, one label per column.
        const filled = fillGaps(days, monthly, period);
        const xs = filled.map((_, i) => i);
        const step = Math.max(1, Math.ceil(filled.length / Math.max(2, Math.floor(el.clientWidth / 90))));
        const label = (i: number) => {
          const key = filled[Math.round(i)]?.key ?? '';
          return monthly ? `${key.slice(5, 7)}/${key.slice(0, 4)}` : `${key.slice(8, 10)}/${key.slice(5, 7)}`;
        };
        plot = new UPlot(
          {
            width: Math.max(320, el.clientWidth),
            height: 220,
            legend: { show: false },
            cursor: { show: true, points: { show: false } },
            // Half a column of room each side, so the first and last bars stand whole.
            scales: { x: { time: false, range: () => [-0.5, filled.length - 0.5] } },
            axes: [{ splits: () => xs.filter((i) => i % step === 0), values: (_u, splits) => splits.map(label) }, { size: 56 }],
            series: [{}, { label: t('Lượt phát', 'Showings'), stroke: '#0b5cab', fill: 'rgba(11, 92, 171, 0.35)', paths: UPlot.paths.bars?.({ size: [0.8, 40] }), points: { show: false } }],
          },
          [xs, filled.map((d) => d.showings)],
          el,
        );
      })
      .catch(() => setFailed(true));
    return () => {
      gone = true;
      plot?.destroy();
    };
  }, [days, monthly, period.from, period.to]);
  if (!days.length) return null;
  const peak = days.reduce((a, d) => (d.showings > a.showings ? d : a));
  const total = days.reduce((n, d) => n + d.showings, 0);
  const summary = t(`Tổng ${total} lượt phát, nhiều nhất ${peak.showings} vào ${peak.key}`, `${total} showings in all, most ${peak.showings} on ${peak.key}`);
  return (
    <figure class="card" data-testid="report-chart" aria-label={summary}>
      <div ref={box} />
      <figcaption>
        {monthly ? t('Lượt phát theo tháng', 'Showings by month') : t('Lượt phát theo ngày', 'Showings by day')}
        {failed && ` — ${t('không vẽ được biểu đồ', 'the chart could not be drawn')}`}
      </figcaption>
    </figure>
  );
}
