import * as z from 'zod/mini';
import { DateOnlySchema, IdSchema } from '../schemas/common';
import { PlanTargetInputSchema, PlanTargetSchema } from '../schemas/plan';
import { RegisterEntryInputSchema, RegisterEntrySchema, RegisterWithdrawSchema } from '../schemas/register';
import { DoneSchema, IdParams, itemsOf } from './common';
import { route } from './route';

/** The plan's appendix rows, per centre. */
export const planApi = {
  list: route({ method: 'GET', path: '/api/plan-targets', query: z.strictObject({ centre: z.optional(IdSchema) }), response: itemsOf(PlanTargetSchema) }),
  create: route({ method: 'POST', path: '/api/plan-targets', body: PlanTargetInputSchema, response: PlanTargetSchema, status: 201 }),
  update: route({ method: 'PUT', path: '/api/plan-targets/:id', params: IdParams, body: PlanTargetInputSchema, response: PlanTargetSchema }),
  delete: route({ method: 'DELETE', path: '/api/plan-targets/:id', params: IdParams, response: DoneSchema }),
};

/** The evidence register: entries are never edited, a wrong one is withdrawn with a reason. */
export const registerApi = {
  list: route({
    method: 'GET',
    path: '/api/register',
    query: z.strictObject({ centre: z.optional(IdSchema), from: DateOnlySchema, to: DateOnlySchema }),
    response: itemsOf(RegisterEntrySchema),
  }),
  create: route({ method: 'POST', path: '/api/register', body: RegisterEntryInputSchema, response: RegisterEntrySchema, status: 201 }),
  withdraw: route({ method: 'POST', path: '/api/register/:id/withdraw', params: IdParams, body: RegisterWithdrawSchema, response: RegisterEntrySchema }),
};
