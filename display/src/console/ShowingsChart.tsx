import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

/**
 * Showings per day (or per month) as columns, drawn by uPlot. The library is loaded only when a
 * report is shown, so the console's first load does not carry it.
 */
export function ShowingsChart({ days, monthly }: { days: { key: string; showings: number }[]; monthly: boolean }) {
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
        const xs = days.map((d) => Date.parse(`${d.key}T00:00:00+07:00`) / 1000);
        const label = (s: number) => new Date(s * 1000 + 7 * 3600_000).toISOString().slice(monthly ? 0 : 5, monthly ? 7 : 10);
        plot = new UPlot(
          {
            width: Math.max(320, el.clientWidth),
            height: 220,
            legend: { show: false },
            cursor: { show: true, points: { show: false } },
            scales: { x: { time: false } },
            axes: [{ values: (_u, splits) => splits.map(label) }, { size: 56 }],
            series: [{}, { label: t('Lượt phát', 'Showings'), stroke: '#0b5cab', fill: 'rgba(11, 92, 171, 0.35)', paths: UPlot.paths.bars?.({ size: [0.8, 40] }), points: { show: false } }],
          },
          [xs, days.map((d) => d.showings)],
          el,
        );
      })
      .catch(() => setFailed(true));
    return () => {
      gone = true;
      plot?.destroy();
    };
  }, [days, monthly]);
  if (!days.length) return null;
  return (
    <figure class="card" data-testid="report-chart">
      <div ref={box} />
      <figcaption>
        {monthly ? t('Lượt phát theo tháng', 'Showings by month') : t('Lượt phát theo ngày', 'Showings by day')}
        {failed && ` — ${t('không vẽ được biểu đồ', 'the chart could not be drawn')}`}
      </figcaption>
    </figure>
  );
}
