import { ImpressionBatchSchema } from '@hcc/shared/schemas/impression';
import { Router } from 'express';
import type { Deps } from '../context';
import { deviceOf, requireDevice } from '../devices/require-device';
import { parseBody } from '../http/parse';
import { ingestImpressions } from './ingest';

/** HTTP twin of the socket's impression:batch, for players whose socket is down but HTTP works. */
export function impressionRoutes(deps: Deps): Router {
  const r = Router();
  r.post('/', requireDevice(deps), async (req, res) => {
    const { impressions } = parseBody(ImpressionBatchSchema, req);
    res.json(await ingestImpressions(deps, deviceOf(res).id, impressions));
  });
  return r;
}
