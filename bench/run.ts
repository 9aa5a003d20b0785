import { appendResults, type BenchResult, type MeasuredResult, measured, missedGoals } from './lib/report';

/** Every benchmark, by name. Each starts what it needs on loopback and stops it again. */
const BENCHMARKS: Record<string, () => Promise<BenchResult>> = {
  fanout: async () => (await import('./benchmarks/fanout')).runFanout(1000),
  'fanout-5000': async () => (await import('./benchmarks/fanout')).runFanout(5000),
  player: async () => (await import('./benchmarks/player')).runPlayer(),
  'player-soak': async () => (await import('./benchmarks/player-soak')).runPlayerSoak(),
  search: async () => (await import('./benchmarks/search')).runSearch(),
  ingest: async () => (await import('./benchmarks/ingest')).runIngest(),
  report: async () => (await import('./benchmarks/report')).runReport(),
  lighthouse: async () => (await import('./benchmarks/lighthouse')).runLighthouse(),
  nodes: async () => (await import('./benchmarks/nodes')).runNodes(),
  dossiers: async () => (await import('./benchmarks/dossiers')).runDossiers(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in BENCHMARKS));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const results: MeasuredResult[] = [];
for (const name of wanted.length ? wanted : Object.keys(BENCHMARKS)) {
  console.log(`▶ ${name}`);
  const r = await measured(BENCHMARKS[name] as () => Promise<BenchResult>);
  console.log(`  load average ${r.load.before.toFixed(2)} → ${r.load.after.toFixed(2)} on ${r.load.cores} cores`);
  for (const row of r.rows) console.log(`  ${row.metric}: ${row.value} (${'goal' in row ? `goal ${row.goal}: ${row.met ? 'met' : 'MISSED'}` : 'informational'})`);
  results.push(r);
}
appendResults(results);
console.log('Results appended to BENCHMARKS.md');
const missed = missedGoals(results);
if (missed.length) {
  console.error(`MISSED ${missed.length} goal(s):\n${missed.map((m) => `  ${m.title}: ${m.row.metric} = ${m.row.value} (goal ${m.row.goal})`).join('\n')}`);
  process.exitCode = 1;
}
