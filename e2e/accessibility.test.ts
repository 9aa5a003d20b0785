import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './harness';
import { KIOSK_SIZES, TABLET_SIZES, TV_SIZES, visitConsole, visitKiosk, visitPlayer } from './views';

const env = useServerAndBrowser({ beforeAll, afterAll });
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  view: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core run inside the page as it stands; only what blocks or seriously hinders someone fails. */
async function audit(view: string, page: Page, into: Finding[]): Promise<void> {
  // Evaluated over the DevTools protocol, so the apps' strict CSP needs no loosening for the audit.
  await page.evaluate(AXE_SOURCE);
  const { passes, violations } = (await page.evaluate(
    `axe.run(document).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })) }))`,
  )) as { passes: number; violations: { id: string; impact: string; help: string; targets: string[] }[] };
  // An audit that checked nothing (the page blank, axe not loaded) must not pass as a clean one.
  if (passes < 10) into.push({ view, rule: 'audit-ran', impact: 'critical', help: `axe passed only ${passes} rules: the page was not audited`, targets: [] });
  for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') into.push({ view, rule: v.id, impact: v.impact, help: v.help, targets: v.targets.slice(0, 5) });
}

describe('accessibility (axe-core in Chromium)', () => {
  it('the TV player has no serious or critical findings on its slides, in both orientations', async () => {
    const findings: Finding[] = [];
    for (const [i, size] of TV_SIZES.entries())
      await visitPlayer(env.browser(), env.server().url, env.server().screenTokens[i] ?? '', size, (view, page) => audit(`${size.name} ${view}`, page, findings), 3, 60_000);
    expect(findings).toEqual([]);
  }, 240_000);

  it('the kiosk has none on its home, search results, procedure page and survey', async () => {
    const findings: Finding[] = [];
    for (const size of KIOSK_SIZES) await visitKiosk(env.browser(), env.server().url, size, (view, page) => audit(`${size.name} ${view}`, page, findings));
    expect(findings).toEqual([]);
  }, 180_000);

  it('the console has none on any tab or publish dialog, signed in as an admin', async () => {
    const findings: Finding[] = [];
    for (const size of TABLET_SIZES) await visitConsole(env.browser(), env.server().url, size, (view, page) => audit(`${size.name} ${view}`, page, findings));
    expect(findings).toEqual([]);
  }, 180_000);
});
