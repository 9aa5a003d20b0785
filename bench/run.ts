import { appendResults, type BenchResult } from './lib/report';

/** Every benchmark, by name. Each starts what it needs on loopback and stops it again. */
const BENCHMARKS: Record<string, () => Promise<BenchResult>> = {
  fanout: async () => (await import('./benchmarks/fanout')).runFanout(),
  player: async () => (await import('./benchmarks/player')).runPlayer(),
  'player-soak': async () => (await import('./benchmarks/player-soak')).runPlayerSoak(),
  search: async () => (await import('./benchmarks/search')).runSearch(),
  ingest: async () => (await import('./benchmarks/ingest')).runIngest(),
  report: async () => (await import('./benchmarks/report')).runReport(),
  lighthouse: async () => (await import('./benchmarks/lighthouse')).runLighthouse(),
  nodes: async () => (await import('./benchmarks/nodes')).runNodes(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in BENCHMARKS));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const results: BenchResult[] = [];
for (const name of wanted.length ? wanted : Object.keys(BENCHMARKS)) {
  console.log(`▶ ${name}`);
  const r = await (BENCHMARKS[name] as () => Promise<BenchResult>)();
  for (const row of r.rows) console.log(`  ${row.metric}: ${row.value} (goal ${row.goal})`);
  results.push(r);
}
appendResults(results);
console.log('Results appended to BENCHMARKS.md');
