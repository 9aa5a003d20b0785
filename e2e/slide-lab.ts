import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { mapCrawlRecord } from '@hcc/shared/catalogue/crawl-record';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { Browser, Page } from 'playwright-core';

/**
 * What "fits" means on a TV, checked from inside the page (a string: the TS loader would wrap named
 * inner functions in a helper the page lacks). Every element of the main zone must lie inside the
 * zone, and every element that holds text must show all of it (scroll size within client size).
 * Returns the problems found, each naming the element and its sizes.
 */
export const CHECK_FIT = `(() => {
  const zone = document.querySelector('[data-testid="now-playing"]');
  const z = zone.getBoundingClientRect();
  const problems = [];
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  for (const el of zone.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    if (el.closest('.media-backdrop')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < z.left - 1 || r.top < z.top - 1 || r.right > z.right + 1 || r.bottom > z.bottom + 1)
      problems.push(name(el) + ' leaves the zone: ' + [r.left - z.left, r.top - z.top, r.right - z.left, r.bottom - z.top].map(Math.round).join(',') + ' in ' + Math.round(z.width) + 'x' + Math.round(z.height));
    const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (hasText || el.matches('.slide, .proc-main, .survey-main, .caption, .qr-caption')) {
      if (el.scrollHeight > el.clientHeight + 1 && cs.display !== 'inline')
        problems.push(name(el) + ' clips its text vertically: ' + el.scrollHeight + ' > ' + el.clientHeight);
      if (el.scrollWidth > el.clientWidth + 1 && cs.display !== 'inline')
        problems.push(name(el) + ' clips its text horizontally: ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
  }
  return problems;
})()`;

const CRAWL = fileURLToPath(new URL('../server/seed/tthc/national-crawl.jsonl.gz', import.meta.url));
/** Items per round trip into the page: one evaluate runs the whole batch. */
const BATCH = 150;

/** The catalogue shipped with the repository, as the server's importer maps it (the demo imports only part of it). */
export function catalogue(): Procedure[] {
  const lines = gunzipSync(readFileSync(CRAWL)).toString('utf8').split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const mapped = mapCrawlRecord(JSON.parse(line), i + 1);
    return mapped.ok ? [mapped.value] : [];
  });
}

export interface Failure {
  what: string;
  problems: string[];
}

/** The slide lab (/display/lab.html: the player's layout, one slide on demand) at a screen size. */
export async function openSlideLab(browser: Browser, baseUrl: string, viewport: { width: number; height: number }): Promise<Page> {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.goto(`${baseUrl}/display/lab.html`);
  await page.evaluate('window.hccLab.ready');
  await page.evaluate(`window.checkFit = () => ${CHECK_FIT}`);
  return page;
}

/** Shows each item in turn in one page and returns those that did not fit (or did not show). */
export async function sweep(page: Page, items: { what: string; item: unknown; procedure?: Procedure }[]): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const found = (await page.evaluate(`(async (batch) => {
      const out = [];
      for (const { what, item, procedure } of batch) {
        const shown = await window.hccLab.show(item, procedure);
        const problems = shown.ok ? window.checkFit() : ['not shown: ' + shown.error];
        if (problems.length) out.push({ what, problems });
      }
      return out;
    })(${JSON.stringify(batch)})`)) as Failure[];
    failures.push(...found);
  }
  return failures;
}
