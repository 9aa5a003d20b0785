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

export const UserCreateSchema = z
  .object({
    username: UsernameSchema,
    displayName: z.string().trim().min(1, 'enter the person’s name').max(100),
    role: RoleSchema,
    centreId: IdSchema.nullable().default(null),
    password: PasswordSchema,
  })
  .strict();

export const UserUpdateSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: RoleSchema.optional(),
    centreId: IdSchema.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'nothing to change' });

export const PasswordResetSchema = z.object({ password: PasswordSchema }).strict();
