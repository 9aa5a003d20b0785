import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine';

const FILE = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));

/**
 * One figure. Either it has a goal from the issues and says whether it met it, or it is informational and
 * says why (a breakdown of a goal above, a cost nobody set a goal for): never a bare "—".
 */
export type Row = { metric: string; value: string } & ({ goal: string; met: boolean } | { info: string });

export interface BenchResult {
  title: string;
  notes: string;
  rows: Row[];
}

/** A benchmark's result with the 1-minute load average of the machine just before and just after it. */
export interface MeasuredResult extends BenchResult {
  load: { before: number; after: number; cores: number };
}

/** An informational row: `why` says what it is for, since it has no goal of its own. */
export const info = (metric: string, value: string, why: string): Row => ({ metric, value, info: why });

/** A row with a goal: `met` is the comparison of the figure with it. */
export const goal = (metric: string, value: string, goalText: string, met: boolean): Row => ({ metric, value, goal: goalText, met });

/** A machine whose load average was at or above its number of cores before a benchmark started. */
export const wasLoaded = (load: MeasuredResult['load']): boolean => load.before >= load.cores;

/** Every row that has a goal and missed it, with its benchmark's title. */
export function missedGoals(results: readonly BenchResult[]): { title: string; row: Row & { goal: string } }[] {
  return results.flatMap((r) => r.rows.flatMap((row) => ('goal' in row && !row.met ? [{ title: r.title, row }] : [])));
}

/** Runs `run` and notes the load average around it. */
export async function measured(run: () => Promise<BenchResult>): Promise<MeasuredResult> {
  const cores = os.cpus().length;
  const before = os.loadavg()[0] ?? 0;
  const r = await run();
  return { ...r, load: { before, after: os.loadavg()[0] ?? 0, cores } };
}

const HEADER = `# Benchmarks

Figures from \`npm run bench\` (or \`npm run bench -- <name>\`), appended newest last, each with the date and
the machine it ran on. Goals come from the issues; "met" compares the figure with its goal, and a run that
misses one starts with a MISSED line and makes \`npm run bench\` exit non-zero. Rows marked "informational"
have no goal of their own and say why. The 1-minute load average is given before and after each benchmark;
a benchmark that started with the load at or above the number of cores ran on a loaded machine and says so.
`;

const load2 = (n: number) => n.toFixed(2);

/**
 * How many missed goals the MISSED line names in full: the search bench judges every labelled set, and a line
 * naming 270 of them is a wall no reader gets through. The rest are counted by benchmark; their rows say MISSED.
 */
const MISSED_NAMED = 6;

/** The markdown section for one run: heading, MISSED or "all goals met" line, then each benchmark's table. */
export function renderRun(results: readonly MeasuredResult[], at: Date, machine: string): string {
  const missed = missedGoals(results);
  const lines = [`\n## ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine}\n`];
  if (missed.length) {
    const named = missed.slice(0, MISSED_NAMED).map((m) => `${m.title}: ${m.row.metric} (${m.row.value}; goal ${m.row.goal})`);
    const rest = missed.length - named.length;
    const counts = new Map<string, number>();
    for (const m of missed) counts.set(m.title, (counts.get(m.title) ?? 0) + 1);
    const perBench = [...counts].map(([title, n]) => `${title}: ${n}`).join('; ');
    const more = rest ? `; and ${rest} more, marked **MISSED** in the tables below (by benchmark: ${perBench})` : '';
    lines.push(`**MISSED: ${missed.length} goal${missed.length === 1 ? '' : 's'}** — ${named.join('; ')}${more}.\n`);
  } else lines.push('All goals met.\n');
  const loaded = results.filter((r) => wasLoaded(r.load));
  if (loaded.length)
    lines.push(
      `**Loaded machine**: ${loaded.map((r) => r.title).join(', ')} started with the load average at or above the ${loaded[0]?.load.cores} cores; figures are slower than on an idle machine.\n`,
    );
  for (const r of results) {
    lines.push(`### ${r.title}\n`, r.notes, '');
    lines.push(`Load average (1 min) before → after: ${load2(r.load.before)} → ${load2(r.load.after)} on ${r.load.cores} cores${wasLoaded(r.load) ? ' — **loaded machine**' : ''}.`, '');
    lines.push('| metric | value | goal | met |', '|---|---|---|---|');
    for (const row of r.rows)
      lines.push('goal' in row ? `| ${row.metric} | ${row.value} | ${row.goal} | ${row.met ? 'yes' : '**MISSED**'} |` : `| ${row.metric} | ${row.value} | informational: ${row.info} | n/a |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function appendResults(results: readonly MeasuredResult[]): void {
  if (!existsSync(FILE)) writeFileSync(FILE, HEADER);
  appendFileSync(FILE, renderRun(results, new Date(), describeMachine()));
}
