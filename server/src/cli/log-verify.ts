import { loadConfig } from '../config/config';
import { runCli } from './run';
import { openStore } from '../store/open';

/** `npm run log:verify`: does the proof-of-play log still hold together? Exit 0 if so, 1 if not. */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    const r = await store.impressions.verify({ full: true, at: new Date().toISOString() });
    if (r.ok) console.log(`The impression log holds: ${r.rows} rows, every hash follows from the one before.`);
    else console.log(`The impression log is broken at row ${r.firstBroken?.seq} (impression ${r.firstBroken?.id}): it was changed, removed or inserted after it was stored.`);
    return r.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

// Exit 1 means the log is broken; a failure to check it is another matter.
runCli(main, { failure: 2 });
