import { summaryProblem } from '@hcc/shared/playback/fold-showings';
import type { Impression, ImpressionBatchResult, ImpressionSummary } from '@hcc/shared/schemas/impression';
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

/** The same for the summaries a player folded while offline; one that could not come from real showings is refused too. */
export async function ingestSummaries(deps: Deps, deviceId: string, batch: ImpressionSummary[]): Promise<ImpressionBatchResult> {
  const foreign = batch.find((s) => s.deviceId !== deviceId);
  if (foreign) throw new AppError('forbidden', `Summary ${foreign.id} names device ${foreign.deviceId}, but this token belongs to ${deviceId}.`);
  for (const [n, s] of batch.entries()) {
    const problem = summaryProblem(s);
    if (problem) throw new AppError('validation', `Summary ${s.id} is inconsistent (${problem}).`, [{ path: `summaries.${n}`, message: problem }]);
  }
  return deps.store.impressions.insertSummaries(batch, deps.clock().toISOString());
}
