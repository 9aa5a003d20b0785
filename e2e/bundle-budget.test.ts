import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, gzKb, initialChunks, manifestOf, ON_DEMAND, onDemandFiles, ROOT, workerFile, WORKERS } from './bundle-sizes';

/** The size budgets of e2e/bundle-sizes.ts, enforced in `npm test` (`npm run build` runs before the tests). */
describe('bundle budgets (gzipped JavaScript)', () => {
  const sizes = bundleSizes();
  console.table(sizes);

  it.each(sizes)('$app: $countedKb KB ≤ $budgetKb KB', ({ countedKb, budgetKb }) => {
    expect(countedKb).toBeGreaterThan(5); // a broken build is not a small one
    expect(countedKb).toBeLessThanOrEqual(budgetKb);
  });

  it.each(ON_DEMAND)('$app loads $entry on demand, not precached, within $budgetKb KB', ({ dir, entry, budgetKb }) => {
    const manifest = manifestOf(dir);
    expect(manifest[entry]?.isDynamicEntry).toBe(true);
    const files = onDemandFiles(manifest, entry, dir);
    const js = files.filter((f) => f.endsWith('.js'));
    const sw = readFileSync(path.join(ROOT, dir, 'sw.js'), 'utf8');
    for (const f of js) expect(sw, `${f} is precached`).not.toContain(f);
    const jsKb = js.reduce((s, f) => s + gzKb(path.join(ROOT, dir, f)), 0);
    const wasm = readdirSync(path.join(ROOT, dir, 'assets')).filter((f) => f.endsWith('.wasm'));
    console.table([{ entry, jsKb: Math.round(jsKb * 10) / 10, wasmKb: Math.round(wasm.reduce((s, f) => s + gzKb(path.join(ROOT, dir, 'assets', f)), 0)) }]);
    expect(jsKb).toBeGreaterThan(1);
    expect(jsKb).toBeLessThanOrEqual(budgetKb);
  });

  it.each(WORKERS)('$app runs $name as a worker, precached, within $budgetKb KB', ({ dir, name, budgetKb }) => {
    const file = workerFile(dir, name);
    expect(file, `no ${name} chunk in ${dir}/assets`).toBeDefined();
    const sw = readFileSync(path.join(ROOT, dir, 'sw.js'), 'utf8');
    expect(sw, `${file} is not precached: search would not work offline`).toContain(`assets/${file}`);
    const kb = gzKb(path.join(ROOT, dir, 'assets', String(file)));
    console.table([{ worker: file, kb: Math.round(kb * 10) / 10 }]);
    expect(kb).toBeGreaterThan(1);
    expect(kb).toBeLessThanOrEqual(budgetKb);
  });

  it('the console loads uPlot only when a chart is opened', () => {
    const manifest = manifestOf('display/dist/console');
    const initial = initialChunks(manifest);
    const uplot = Object.keys(manifest).filter((k) => /uplot/i.test(k));
    expect(uplot.length).toBeGreaterThan(0);
    for (const k of uplot) expect(initial.has(k), `${k} is in the console's first load`).toBe(false);
  });

  it('the player and the console carry socket.io-client and qrcode, not hand-written copies', () => {
    for (const dir of ['display/dist/player', 'display/dist/console']) {
      const js = readdirSync(path.join(ROOT, dir, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(path.join(ROOT, dir, 'assets', f), 'utf8'))
        .join('\n');
      expect(js).toContain('transport close'); // engine.io-client's close reason
      expect(js).toMatch(/The amount of data is too big to be stored in a QR Code/); // qrcode's refusal
    }
  });
});
