import * as z from 'zod/mini';

export const ProcedureCodeSchema = z.string().check(z.regex(/^\d\.\d{6}(\.[A-Za-z0-9-]+)?$/, 'must look like 1.001193'));

/** Crawled text fields: null where the source says nothing (or "Không có thông tin"). */
const NullableText = z.nullable(z.string());

/** Cấp thực hiện; a procedure may be handled at several levels. */
export const LevelSchema = z.enum(['bo', 'tinh', 'xa', 'khac']);
export type Level = z.infer<typeof LevelSchema>;
export const LEVEL_LABELS: Record<Level, string> = { bo: 'Cấp bộ', tinh: 'Cấp tỉnh', xa: 'Cấp xã', khac: 'Cơ quan khác' };

export const ChannelKindSchema = z.enum(['truc_tiep', 'truc_tuyen', 'buu_chinh']);
export type ChannelKind = z.infer<typeof ChannelKindSchema>;
export const CHANNEL_LABELS: Record<ChannelKind, string> = {
  truc_tiep: 'Trực tiếp',
  truc_tuyen: 'Trực tuyến',
  buu_chinh: 'Dịch vụ bưu chính',
};

export const ChannelSchema = z.object({
  kind: ChannelKindSchema,
  time: NullableText,
  fee: NullableText,
  description: NullableText,
});
export type Channel = z.infer<typeof ChannelSchema>;

export const DossierItemSchema = z.object({
  name: z.string().check(z.minLength(1)),
  template: NullableText,
  copies: NullableText,
});

export const LegalBasisSchema = z.object({ title: z.string(), number: NullableText });

export const ProcedureSourceSchema = z.object({
  kind: z.enum(['crawl', 'xlsx', 'manual']),
  ref: z.string(),
  /** Why the importer distrusts the record (for example a crawl of another procedure's page). */
  flags: z._default(z.array(z.string()), []),
});

export const ProcedureSchema = z.object({
  code: ProcedureCodeSchema,
  name: z.string().check(z.minLength(1), z.maxLength(2000)),
  level: z.array(LevelSchema),
  field: z.string(),
  agency: NullableText,
  decision: NullableText,
  channels: z.array(ChannelSchema),
  dossier: z.array(DossierItemSchema),
  steps: z.array(z.string()),
  requirements: NullableText,
  legalBasis: z.array(LegalBasisSchema),
  result: NullableText,
  portalUrl: z.nullable(z.url()),
  source: ProcedureSourceSchema,
});
export type Procedure = z.infer<typeof ProcedureSchema>;

/** What a search hit carries: enough for a result list without the full record. */
export const ProcedureSummarySchema = z.pick(ProcedureSchema, { code: true, name: true, field: true, level: true });
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;

export const ProcedureQuerySchema = z.object({
  q: z._default(z.string().check(z.maxLength(500, 'query is too long (500 characters at most)')), ''),
  limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(100))), 20),
  centre: z.optional(z.string().check(z.maxLength(64))),
});
