import { describe, expect, it } from 'vitest';
import { goal, info, type MeasuredResult, missedGoals, renderRun, wasLoaded } from './report';

const idle = { before: 0.4, after: 1.1, cores: 2 };
const run = (rows: MeasuredResult['rows'], load = idle): MeasuredResult => ({ title: 'Fan-out', notes: 'How it was measured.', rows, load });
const at = new Date('2026-12-02T11:30:00Z');

describe('benchmark goals', () => {
  it('finds only the rows whose goal was missed, never informational ones', () => {
    const results = [run([goal('p99', '120 ms', '≤ 100 ms', false), goal('RSS', '180 MB', '≤ 250 MB', true), info('p50', '40 ms', 'the goal is on p99')])];
    expect(missedGoals(results).map((m) => `${m.title}: ${m.row.metric}`)).toEqual(['Fan-out: p99']);
    expect(missedGoals([run([info('p50', '40 ms', 'why')])])).toEqual([]);
  });

  it('calls a machine loaded when its load average before the run reaches its cores', () => {
    expect(wasLoaded({ before: 1.99, after: 9, cores: 2 })).toBe(false);
    expect(wasLoaded({ before: 2, after: 0, cores: 2 })).toBe(true);
  });
});

describe('the BENCHMARKS.md section', () => {
  it('starts with a MISSED line naming each missed goal, and marks the row', () => {
    const md = renderRun([run([goal('p99', '120 ms', '≤ 100 ms', false), info('p50', '40 ms', 'the goal is on p99')])], at, 'Test CPU, 2 cores');
    const lines = md.trim().split('\n').filter(Boolean);
    expect(lines[0]).toBe('## 2026-12-02 11:30 UTC — Test CPU, 2 cores');
    expect(lines[1]).toBe('**MISSED: 1 goal** — Fan-out: p99 (120 ms; goal ≤ 100 ms).');
    expect(md).toContain('| p99 | 120 ms | ≤ 100 ms | **MISSED** |');
    expect(md).toContain('| p50 | 40 ms | informational: the goal is on p99 | n/a |');
    expect(md).not.toContain('—  |');
    expect(md).not.toMatch(/\| — \|/);
  });

  it('names the first six missed goals in full and counts the rest by benchmark', () => {
    const rows = Array.from({ length: 8 }, (_, i) => goal(`set ${i + 1}`, '90 %', '≥ 95 %', false));
    const other: MeasuredResult = { ...run([goal('p99', '120 ms', '≤ 100 ms', false)]), title: 'Player' };
    const line = renderRun([run(rows), other], at, 'm')
      .split('\n')
      .find((l) => l.startsWith('**MISSED'));
    expect(line).toBe(
      '**MISSED: 9 goals** — Fan-out: set 1 (90 %; goal ≥ 95 %); Fan-out: set 2 (90 %; goal ≥ 95 %); Fan-out: set 3 (90 %; goal ≥ 95 %); ' +
        'Fan-out: set 4 (90 %; goal ≥ 95 %); Fan-out: set 5 (90 %; goal ≥ 95 %); Fan-out: set 6 (90 %; goal ≥ 95 %); ' +
        'and 3 more, marked **MISSED** in the tables below (by benchmark: Fan-out: 8; Player: 1).',
    );
  });

  it('says all goals were met when none was missed, with the load average and no loaded mark on an idle machine', () => {
    const md = renderRun([run([goal('RSS', '180 MB', '≤ 250 MB', true)])], at, 'm');
    expect(md).toContain('All goals met.');
    expect(md).not.toContain('MISSED');
    expect(md).toContain('| RSS | 180 MB | ≤ 250 MB | yes |');
    expect(md).toContain('Load average (1 min) before → after: 0.40 → 1.10 on 2 cores.');
    expect(md).not.toContain('oaded machine');
  });

  it('marks a benchmark that started on a loaded machine, at the top and at the benchmark', () => {
    const md = renderRun([run([goal('RSS', '180 MB', '≤ 250 MB', true)], { before: 15.05, after: 16.2, cores: 2 })], at, 'm');
    expect(md).toContain('**Loaded machine**: Fan-out started with the load average at or above the 2 cores');
    expect(md).toContain('Load average (1 min) before → after: 15.05 → 16.20 on 2 cores — **loaded machine**.');
  });
});
