import os from 'node:os';
import { adminSession, destroyServer, pairKiosk, startServer } from '../../e2e/harness';
import { type LighthouseScores, lighthouseScores } from '../../e2e/lighthouse';
import type { BenchResult, Row } from '../lib/report';

/**
 * Lighthouse accessibility and performance of the kiosk and the console (signed in), at their real
 * sizes, in the installed Chromium with Lighthouse's simulated slow-4G / 4× CPU throttling. Each
 * page is measured three times and the median kept: one run on a busy machine says little.
 */
export async function runLighthouse(): Promise<BenchResult> {
  const server = await startServer();
  const rows: Row[] = [];
  try {
    const admin = await adminSession(server.url);
    const pages = [
      { name: 'kiosk 1080×1920', url: (await pairKiosk(server.url, 'long-thanh')).url, size: { width: 1080, height: 1920 } },
      { name: 'console 768×1024 (signed in)', url: `${server.url}/console/`, size: { width: 768, height: 1024 }, cookie: admin.cookie },
    ];
    for (const p of pages) {
      const runs: LighthouseScores[] = [];
      for (let i = 0; i < 3; i++) runs.push(await lighthouseScores(p.url, p.size, p.cookie));
      const median = (k: 'accessibility' | 'performance') => [...runs.map((r) => r[k])].sort((a, b) => a - b)[1] ?? 0;
      const lost = [...new Set(runs.flatMap((r) => r.failing.performance.map((a) => a.replace(/ \(.*\)$/, ''))))].join(', ') || 'none';
      const lostA11y = [...new Set(runs.flatMap((r) => r.failing.accessibility))].join(', ') || 'none';
      rows.push({ metric: `${p.name}: accessibility (losing: ${lostA11y})`, value: String(median('accessibility')), goal: '≥ 95', met: median('accessibility') >= 95 });
      rows.push({
        metric: `${p.name}: performance (runs ${runs.map((r) => r.performance).join(', ')}; losing: ${lost})`,
        value: String(median('performance')),
        goal: '≥ 95',
        met: median('performance') >= 95,
      });
    }
  } finally {
    await destroyServer(server);
  }
  return {
    title: 'Lighthouse 12 (kiosk and console)',
    notes: `Median of 3 runs per page; mobile emulation at the real size, simulated throttling. Load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (performance is only meaningful on a quiet machine).`,
    rows,
  };
}
