import * as z from 'zod/mini';
import { IdSchema } from './common';

export const CentreKindSchema = z.enum(['province', 'commune']);

const line = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * How the centre signs its documents, as data rather than read off its display name (Decree 30/2020
 * letterhead): the administrative unit it serves ("xã Long Thành"), the body it belongs to ("Ủy ban
 * nhân dân xã Long Thành"), the place written before the date ("Long Thành"), the signer's title and
 * the recipients of its reports (Nơi nhận), as its plan names them.
 */
export const CentreOfficialSchema = z.object({
  adminUnit: line(120),
  parentBody: line(200),
  placeName: line(80),
  signerTitle: z._default(line(120), 'Giám đốc'),
  recipients: z._default(z.array(line(200)).check(z.maxLength(20)), []),
});
export type CentreOfficial = z.infer<typeof CentreOfficialSchema>;

/** Since 1 July 2025 there is no district level: a commune centre's parent is its province. */
export const CentreSchema = z.object({
  id: IdSchema,
  kind: CentreKindSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  parentId: z.nullable(IdSchema),
  address: z._default(z.string().check(z.maxLength(500)), ''),
  hotline: z._default(z.string().check(z.maxLength(50)), '1022'),
  /** Null for centres created before these fields existed: reports then fall back to the display name. */
  official: z._default(z.nullable(CentreOfficialSchema), null),
});
export type Centre = z.infer<typeof CentreSchema>;

/** What staff send to create or edit a centre: the letterhead fields are required from now on. */
export const CentreInputSchema = z.strictObject({
  id: IdSchema,
  kind: CentreKindSchema,
  name: line(200),
  parentId: z.nullable(IdSchema),
  address: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
  hotline: z._default(z.string().check(z.trim(), z.maxLength(50)), '1022'),
  official: CentreOfficialSchema,
});
export type CentreInput = z.infer<typeof CentreInputSchema>;

/**
 * Why a centre cannot sit where the input puts it, or null: a province has no parent, a commune's
 * parent is a province (there is no district level), and nothing is its own ancestor.
 */
export function centrePlacementError(input: Pick<Centre, 'id' | 'kind' | 'parentId'>, centres: readonly Pick<Centre, 'id' | 'kind'>[]): string | null {
  if (input.kind === 'province') return input.parentId === null ? null : 'Trung tâm cấp tỉnh không thuộc trung tâm nào khác.';
  if (input.parentId === null) return 'Trung tâm cấp xã phải thuộc một tỉnh.';
  if (input.parentId === input.id) return 'Một trung tâm không thể thuộc chính nó.';
  const parent = centres.find((c) => c.id === input.parentId);
  if (!parent) return `Không có trung tâm "${input.parentId}".`;
  return parent.kind === 'province' ? null : 'Trung tâm cấp xã phải thuộc trung tâm cấp tỉnh, không thuộc một xã khác.';
}
