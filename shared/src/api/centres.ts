import { CentreInputSchema, CentreSchema } from '../schemas/centre';
import { IdParams, itemsOf } from './common';
import { route } from './route';

export const centreApi = {
  list: route({ method: 'GET', path: '/api/centres', response: itemsOf(CentreSchema) }),
  create: route({ method: 'POST', path: '/api/centres', body: CentreInputSchema, response: CentreSchema, status: 201 }),
  update: route({ method: 'PUT', path: '/api/centres/:id', params: IdParams, body: CentreInputSchema, response: CentreSchema }),
};
