import { managesCentre } from '@hcc/shared/schemas/staff';
import type { Response } from 'express';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { staffOf } from './session';

/** Refuses (403, naming the centre) a change to a centre outside the signed-in user's scope. */
export async function requireCentreScope(deps: Deps, res: Response, centreIds: readonly string[]): Promise<void> {
  const user = staffOf(res);
  if (user.centreId === null) return;
  const centres = await deps.store.centres.list();
  const outside = centreIds.find((id) => !managesCentre(user, id, centres));
  if (outside) throw new AppError('forbidden', `You work for centre "${user.centreId}"; "${centres.find((c) => c.id === outside)?.name ?? outside}" is outside it.`);
}
