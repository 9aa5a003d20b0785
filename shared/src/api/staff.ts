import * as z from 'zod/mini';
import { InstantSchema } from '../schemas/common';
import { LoginSchema, PasswordResetSchema, StaffUserSchema, UserCreateSchema, UserUpdateSchema } from '../schemas/staff';
import { DoneSchema, IdParams, itemsOf } from './common';
import { route } from './route';

const Signed = z.object({ user: StaffUserSchema });

export const authApi = {
  login: route({ method: 'POST', path: '/api/auth/login', body: LoginSchema, response: Signed }),
  logout: route({ method: 'POST', path: '/api/auth/logout', response: z.object({ ok: z.literal(true), at: InstantSchema }) }),
  me: route({ method: 'GET', path: '/api/auth/me', response: Signed }),
};

/** Staff accounts, admin only, within the admin's centre. */
export const userApi = {
  list: route({ method: 'GET', path: '/api/users', response: itemsOf(StaffUserSchema) }),
  create: route({ method: 'POST', path: '/api/users', body: UserCreateSchema, response: StaffUserSchema, status: 201 }),
  update: route({ method: 'PATCH', path: '/api/users/:id', params: IdParams, body: UserUpdateSchema, response: StaffUserSchema }),
  resetPassword: route({ method: 'POST', path: '/api/users/:id/password', params: IdParams, body: PasswordResetSchema, response: DoneSchema }),
};
