import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from './common';

/** admin ⊃ editor ⊃ viewer. */
export const RoleSchema = z.enum(['admin', 'editor', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const UsernameSchema = z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9._-]{3,40}$/, '3–40 letters, digits, ".", "_" or "-"'));
export const PasswordSchema = z.string().check(z.minLength(10, 'at least 10 characters'), z.maxLength(200));

export const StaffUserSchema = z.object({
  id: IdSchema,
  username: UsernameSchema,
  displayName: z.string().check(z.maxLength(100)),
  role: RoleSchema,
  /** Centre the user belongs to; null for province-wide staff. */
  centreId: z.nullable(IdSchema),
  disabled: z.boolean(),
  createdAt: InstantSchema,
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

export const LoginSchema = z.strictObject({ username: z.string().check(z.minLength(1), z.maxLength(100)), password: z.string().check(z.minLength(1), z.maxLength(200)) });

export const UserCreateSchema = z.strictObject({
  username: UsernameSchema,
  displayName: z.string().check(z.trim(), z.minLength(1, 'enter the person’s name'), z.maxLength(100)),
  role: RoleSchema,
  centreId: z._default(z.nullable(IdSchema), null),
  password: PasswordSchema,
});

export const UserUpdateSchema = z
  .strictObject({
    displayName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    role: z.optional(RoleSchema),
    centreId: z.optional(z.nullable(IdSchema)),
    disabled: z.optional(z.boolean()),
  })
  .check(z.refine((u) => Object.keys(u).length > 0, { message: 'nothing to change' }));

export const PasswordResetSchema = z.strictObject({ password: PasswordSchema });

/**
 * Whose content a user may change: staff without a centre, everything; a province's staff, the
 * province and its communes; a commune's staff, that commune only — never a neighbour's, nor the
 * province's campaigns.
 */
export function managesCentre(user: Pick<StaffUser, 'centreId'>, centreId: string, centres: readonly { id: string; parentId: string | null }[]): boolean {
  if (user.centreId === null || user.centreId === centreId) return true;
  return centres.find((c) => c.id === centreId)?.parentId === user.centreId;
}

type Centres = readonly { id: string; parentId: string | null }[];

/**
 * Whose staff account an admin may create, change, disable or reset: one within its own scope (as
 * managesCentre). A province-wide account (no centre) only a province-wide admin manages, so a
 * commune's admin can neither touch one nor make one, nor widen its own scope to one.
 */
export function managesAccount(admin: Pick<StaffUser, 'centreId'>, accountCentreId: string | null, centres: Centres): boolean {
  if (admin.centreId === null) return true;
  return accountCentreId !== null && managesCentre(admin, accountCentreId, centres);
}

/** The survey forms are shared by every centre: only staff of the whole province (no centre, or the province's own) edit them. */
export function managesSharedForms(user: Pick<StaffUser, 'centreId'>, centres: Centres): boolean {
  return user.centreId === null || centres.find((c) => c.id === user.centreId)?.parentId === null;
}
