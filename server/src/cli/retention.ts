import pino from 'pino';
import { loadConfig } from '../config/config';
import { runCli } from './run';
import { applyRetention } from '../privacy/retention';
import { openStore } from '../store/open';

/** `npm run retention`: applies RETAIN_IMPRESSIONS_DAYS and RETAIN_COMMENTS_DAYS now (the server also does daily). */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    const r = await applyRetention({ config, store, clock: () => new Date(), log: pino({ level: 'silent' }) });
    console.log(
      [
        r.impressionsBefore
          ? `Raw impressions received before ${r.impressionsBefore}: ${r.impressionsPruned} pruned (the reports' roll-ups keep their counts).`
          : 'Raw impressions: kept for ever (RETAIN_IMPRESSIONS_DAYS=0).',
        r.commentsBefore ? `Survey comments received before ${r.commentsBefore}: ${r.commentsEmptied} emptied (the scores stay).` : 'Survey comments: kept for ever (RETAIN_COMMENTS_DAYS=0).',
      ].join('\n'),
    );
    return 0;
  } finally {
    await store.close();
  }
}

runCli(main);
