import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './harness';

export interface LighthouseScores {
  accessibility: number;
  performance: number;
  /** Audits that lost points, by category, for a report that says why a score is short. */
  failing: { accessibility: string[]; performance: string[] };
}

/**
 * Lighthouse's accessibility and performance scores (0–100) of one page, in the installed Chromium,
 * at the device's real size. Lighthouse's default throttling stays on (a slow 4G link and a 4× slower
 * CPU, simulated), so a score does not depend on how fast this machine happens to be.
 */
export async function lighthouseScores(url: string, size: { width: number; height: number }, cookie?: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'], ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) },
      {
        extends: 'lighthouse:default',
        settings: { formFactor: 'mobile', screenEmulation: { mobile: true, width: size.width, height: size.height, deviceScaleFactor: 1, disabled: false } },
      },
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    // Only audits that weigh in the category's score: a shortfall is explained by these.
    const losing = (category: string) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a !== undefined && a.score !== null && a.score < 0.9)
        .map((a) => `${a?.id}${a?.displayValue ? ` (${a.displayValue})` : ''}`);
    const failing = { accessibility: losing('accessibility'), performance: losing('performance') };
    return { accessibility: score('accessibility'), performance: score('performance'), failing };
  } finally {
    chrome.kill();
  }
}
