import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

/** admin ⊃ editor ⊃ viewer. */
export const RoleSchema = z.enum(['admin', 'editor', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const UsernameSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, '3–40 letters, digits, ".", "_" or "-"');
export const PasswordSchema = z.string().min(10, 'at least 10 characters').max(200);

export const StaffUserSchema = z.object({
  id: IdSchema,
  username: UsernameSchema,
  displayName: z.string().max(100),
  role: RoleSchema,
  /** Centre the user belongs to; null for province-wide staff. */
  centreId: IdSchema.nullable(),
  disabled: z.boolean(),
  createdAt: InstantSchema,
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

export const LoginSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();
