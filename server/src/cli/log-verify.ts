import { parseArgs } from 'node:util';
import { problemText } from '@hcc/shared/reports/integrity-text';
import { loadConfig } from '../config/config';
import { nameProblems } from '../reports/build';
import { runCli } from './run';
import { openStore } from '../store/open';

const USAGE = `Usage: npm run log:verify [-- --fingerprint <fingerprint>]

Walks the whole proof-of-play log (showings and folded summaries, keyed with LOG_HMAC_KEY or
DATA_DIR/log-hmac.key), checks every recorded chain head and every day's totals against the rows.
--fingerprint compares the fingerprint an earlier report printed with the log as it is now.
Exit 0 if all holds, 1 if not.`;

/** `npm run log:verify`: does the proof-of-play log still hold together? Exit 0 if so, 1 if not. */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { fingerprint: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    const at = new Date().toISOString();
    const r = await store.impressions.verify({ full: true, at });
    // Every day that has totals, from the first to today.
    const days = await store.impressions.groups('2000-01-01', at.slice(0, 10), 'month');
    const first = days.reduce<string | null>((m, g) => (m === null || g.day < m ? g.day : m), null);
    const sums = first ? await store.impressions.checkRollUps(first, new Date(Date.parse(at) + 7 * 3_600_000).toISOString().slice(0, 10), at) : null;
    const problems = await nameProblems(store, [...r.problems, ...(sums?.problems ?? [])]);
    if (r.keying)
      console.log(`Keyed with HMAC-SHA256 (key ${r.keying.keyId}) from row ${r.keying.fromSeq + 1}${r.keying.fromSeq ? `; rows 1–${r.keying.fromSeq} predate the key (plain SHA-256)` : ''}.`);
    if (!problems.length)
      console.log(
        `The impression log holds: ${r.rows} rows, every link and recorded head in place${sums ? `, and every day's totals from ${first} on (${sums.days} days, empty ones included) equal to their rows` : ''}. Fingerprint now: ${r.fingerprint}.`,
      );
    else {
      console.log(`The impression log does NOT hold (${problems.length} problem${problems.length > 1 ? 's' : ''}):`);
      for (const p of problems) console.log(`  - ${problemText(p)}`);
    }
    let ok = problems.length === 0;
    if (values.fingerprint !== undefined) {
      const f = await store.impressions.compareFingerprint(values.fingerprint);
      const says = {
        matches: 'matches the log',
        differs: 'does NOT match: the log was cut or rewritten since',
        pruned: 'names rows since pruned by retention: cannot be compared',
        malformed: 'is not a fingerprint (like 536-3f9a1c2b7d4e)',
      }[f];
      console.log(`Fingerprint ${values.fingerprint} ${says}.`);
      if (f === 'differs' || f === 'malformed') ok = false;
    }
    return ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

// Exit 1 means the log is broken; a failure to check it is another matter.
runCli(main, { failure: 2 });
