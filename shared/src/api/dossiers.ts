import * as z from 'zod/mini';
import { IdSchema } from '../schemas/common';
import {
  DossierBatchResultSchema,
  DossierBatchSchema,
  DossierFeedSettingsSchema,
  DossierFeedStatusSchema,
  DossierLookupAnswerSchema,
  DossierLookupQuerySchema,
  DossierReadyListSchema,
  DossierResultsSchema,
  IntegrationTokenCreatedSchema,
  IntegrationTokenInputSchema,
  IntegrationTokenSchema,
} from '../schemas/dossier';
import { DoneSchema, IdParams } from './common';
import { route } from './route';

const CentreQuery = z.object({ centre: IdSchema });

/**
 * Dossier status from the province's one-stop system: the connector's push (an integration token),
 * the citizens' look-up (anonymous), the screens' data, and staff's tokens and feeds. The file import
 * (POST /api/dossiers/import, the file as the body) stays outside the contract.
 */
export const dossierApi = {
  batch: route({ method: 'POST', path: '/api/dossiers/batch', body: DossierBatchSchema, response: DossierBatchResultSchema }),
  /** Always 200: a code not found is an answer, with what to check. */
  lookup: route({ method: 'GET', path: '/api/dossiers/lookup', query: DossierLookupQuerySchema, response: DossierLookupAnswerSchema }),
  /** Codes and masked names: the centre's own screens (device token) and staff only. */
  ready: route({ method: 'GET', path: '/api/dossiers/ready', query: CentreQuery, response: DossierReadyListSchema }),
  /** Public figures, as the centre publishes them. */
  results: route({ method: 'GET', path: '/api/dossiers/results', query: CentreQuery, response: DossierResultsSchema }),
  tokens: route({ method: 'GET', path: '/api/dossiers/tokens', response: z.array(IntegrationTokenSchema) }),
  /** The secret comes back once, here; only its hash is kept. */
  createToken: route({ method: 'POST', path: '/api/dossiers/tokens', body: IntegrationTokenInputSchema, response: IntegrationTokenCreatedSchema, status: 201 }),
  revokeToken: route({ method: 'DELETE', path: '/api/dossiers/tokens/:id', params: IdParams, response: DoneSchema }),
  feeds: route({ method: 'GET', path: '/api/dossiers/feeds', response: z.array(DossierFeedStatusSchema) }),
  setFeed: route({ method: 'PUT', path: '/api/dossiers/feeds/:centreId', params: z.object({ centreId: IdSchema }), body: DossierFeedSettingsSchema, response: DossierFeedStatusSchema }),
};
