import type { MigrationDb } from '../migrate';

/**
 * Survey responses by the time they arrived. A report reads every response received since the start of
 * its period (all centres, then narrowed), and so do the results pages without a centre and retention's
 * clearing of old comments. The only index with received_at led with centre_id, so each of them read the
 * whole table and sorted it: a cost that grew with every answer ever given, on both engines.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.createIndex('survey_responses_received').on('survey_responses').column('received_at').execute();
}
