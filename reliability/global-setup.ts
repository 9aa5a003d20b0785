import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { type Figure, FIGURES_DIR } from './figures';

/**
 * The generated report goes to an ignored folder, so `npm test` leaves the tree clean; the committed
 * RELIABILITY.md is replaced only by `npm run reliability:report` (the whole suite, then a copy).
 */
export const REPORT = path.join(import.meta.dirname, '.out', 'RELIABILITY.md');
const ORDER = ['Faults', 'Fuzzing', 'Access', 'Inert content', 'Kiosk', 'Backups', 'Privacy'];

/** Starts each run with no figures and, at its end, writes the report from what the tests recorded. */
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
      'Written by `npm run reliability:report` (the reliability suite, then a copy of its report) from what its tests measured; do not edit by hand.',
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
    mkdirSync(path.dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, lines.join('\n'));
  };
}
