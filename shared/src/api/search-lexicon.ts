import * as z from 'zod/mini';
import { DateOnlySchema } from '../schemas/common';
import { StaffSynonymInputSchema, StaffSynonymSchema, SynonymSuggestionSchema } from '../search/staff-lexicon';
import { GapDemandSchema } from '../search/gap-note';
import { DoneSchema, itemsOf } from './common';
import { route } from './route';

/**
 * The console's loop for kiosk search: what citizens did not find or found far down, and the synonyms
 * staff taught from it. Adding, dismissing and removing change search at every centre.
 */
export const searchLexiconApi = {
  list: route({ method: 'GET', path: '/api/search-lexicon', response: itemsOf(StaffSynonymSchema) }),
  suggestions: route({
    method: 'GET',
    path: '/api/search-lexicon/suggestions',
    query: z.strictObject({ from: z.optional(DateOnlySchema), to: z.optional(DateOnlySchema), limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(200))), 50) }),
    response: itemsOf(SynonymSuggestionSchema),
  }),
  /** How often citizens asked for needs the catalogue has no procedure for (social assistance, schools…), by need. */
  gaps: route({
    method: 'GET',
    path: '/api/search-lexicon/gaps',
    query: z.strictObject({ from: z.optional(DateOnlySchema), to: z.optional(DateOnlySchema) }),
    response: itemsOf(GapDemandSchema),
  }),
  add: route({ method: 'POST', path: '/api/search-lexicon', body: StaffSynonymInputSchema, response: StaffSynonymSchema, status: 201 }),
  dismiss: route({ method: 'POST', path: '/api/search-lexicon/dismiss', body: z.strictObject({ say: StaffSynonymInputSchema.shape.say }), response: StaffSynonymSchema }),
  remove: route({ method: 'DELETE', path: '/api/search-lexicon/:id', params: z.strictObject({ id: z.string().check(z.maxLength(64)) }), response: DoneSchema }),
};
