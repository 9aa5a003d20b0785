import * as z from 'zod/mini';
import { EmergencyCreateSchema, EmergencySchema } from '../schemas/emergency';
import { DoneSchema, IdParams, itemsOf } from './common';
import { route } from './route';

export const emergencyApi = {
  active: route({ method: 'GET', path: '/api/emergencies', response: itemsOf(EmergencySchema) }),
  show: route({ method: 'POST', path: '/api/emergencies', body: EmergencyCreateSchema, response: EmergencySchema, status: 201 }),
  clear: route({ method: 'DELETE', path: '/api/emergencies/:id', params: IdParams, response: DoneSchema }),
  clearAll: route({ method: 'DELETE', path: '/api/emergencies', response: z.object({ cleared: z.number() }) }),
};
