import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import type { Deps } from '../context';
import { AppError } from '../http/errors';

/**
 * A device may only report its own showings; a batch naming another device is refused whole rather
 * than partly stored, so a forged batch leaves no trace in the evidence.
 */
export async function ingestImpressions(deps: Deps, deviceId: string, batch: Impression[]): Promise<ImpressionBatchResult> {
  const foreign = batch.find((i) => i.deviceId !== deviceId);
  if (foreign) throw new AppError('forbidden', `Impression ${foreign.id} names device ${foreign.deviceId}, but this token belongs to ${deviceId}.`);
  return deps.store.impressions.insertBatch(batch, deps.clock().toISOString());
}
