import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine';

const FILE = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));

export interface Row {
  metric: string;
  value: string;
  goal: string;
  met: boolean | null;
}

export interface BenchResult {
  title: string;
  notes: string;
  rows: Row[];
}

const HEADER = `# Benchmarks

Figures from \`npm run bench\` (or \`npm run bench -- <name>\`), appended newest last, each with the date and
the machine it ran on. Goals come from the issues; "met" compares the figure with its goal.
`;

export function appendResults(results: BenchResult[]): void {
  if (!existsSync(FILE)) writeFileSync(FILE, HEADER);
  const lines = [`\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${describeMachine()}\n`];
  for (const r of results) {
    lines.push(`### ${r.title}\n`, r.notes, '', '| metric | value | goal | met |', '|---|---|---|---|');
    for (const row of r.rows) lines.push(`| ${row.metric} | ${row.value} | ${row.goal} | ${row.met === null ? '—' : row.met ? 'yes' : 'no'} |`);
    lines.push('');
  }
  appendFileSync(FILE, lines.join('\n'));
}
