import type { MigrationDb } from '../migrate';

/**
 * The phones that answered, one row per phone and day (the hash survey_responses keeps as its source).
 * Its key is what makes "once a day" hold when one phone's answers arrive at once: looking for an
 * earlier answer first, two of them on PostgreSQL each found none and both were counted. Filled with
 * the days already answered, so a phone that answered before the upgrade is still held to its one.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('survey_phone_days')
    .addColumn('source_hash', 'text', (c) => c.primaryKey())
    .execute();
  await db
    .insertInto('survey_phone_days')
    .columns(['source_hash'])
    .expression(db.selectFrom('survey_responses').select('source_hash').distinct().where('source_hash', 'like', 'phone:%'))
    .execute();
}
