import { Router } from 'express';
import { requireStaff } from '../auth/session';
import type { Deps } from '../context';

export function centreRoutes(deps: Deps): Router {
  const r = Router();
  r.get('/', requireStaff(deps, 'viewer'), async (_req, res) => {
    res.json({ items: await deps.store.centres.list() });
  });
  return r;
}
