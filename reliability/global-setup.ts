import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { type Figure, FIGURES_DIR } from './figures';

const OUT = path.join(import.meta.dirname, '..', 'RELIABILITY.md');
const ORDER = ['Faults', 'Fuzzing', 'Access', 'Inert content', 'Kiosk', 'Backups', 'Privacy'];

/** Starts each run with no figures and, at its end, writes RELIABILITY.md from what the tests recorded. */
export function setup(): () => void {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  return () => {
    if (!existsSync(FIGURES_DIR)) return;
    const figures: Figure[] = readdirSync(FIGURES_DIR)
      .sort()
      .flatMap((f) => readFileSync(path.join(FIGURES_DIR, f), 'utf8').trim().split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as Figure);
    const byArea = (a: Figure, b: Figure) => (ORDER.indexOf(a.area) + 1 || 99) - (ORDER.indexOf(b.area) + 1 || 99);
    const sum = (k: 'tried' | 'passed' | 'lost' | 'duplicates') => figures.reduce((n, f) => n + (f[k] ?? 0), 0);
    const lines = [
      '# Reliability',
      '',
      'Written by `npm run test:reliability` (also part of `npm test`) from what its tests measured; do not edit by hand.',
      '',
      `Last run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB.`,
      '',
      `**${sum('tried').toLocaleString('en')} inputs and faults tried, ${sum('passed').toLocaleString('en')} handled as they should; items lost: ${sum('lost')}; counted twice: ${sum('duplicates')}.**`,
      '',
      '| area | check | tried | passed | lost | duplicates | note |',
      '|---|---|---|---|---|---|---|',
      ...[...figures].sort(byArea).map((f) => `| ${f.area} | ${f.check} | ${f.tried} | ${f.passed} | ${f.lost ?? '—'} | ${f.duplicates ?? '—'} | ${f.note ?? ''} |`),
      '',
    ];
    writeFileSync(OUT, lines.join('\n'));
  };
}
