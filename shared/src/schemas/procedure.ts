import { z } from 'zod';

export const ProcedureCodeSchema = z.string().regex(/^\d\.\d{6}(\.[A-Za-z0-9-]+)?$/, 'must look like 1.001193');

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
  time: z.string().nullable(),
  fee: z.string().nullable(),
  description: z.string().nullable(),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const DossierItemSchema = z.object({
  name: z.string().min(1),
  template: z.string().nullable(),
  copies: z.string().nullable(),
});

export const LegalBasisSchema = z.object({ title: z.string(), number: z.string().nullable() });

export const ProcedureSourceSchema = z.object({
  kind: z.enum(['crawl', 'xlsx', 'manual']),
  ref: z.string(),
  /** Why the importer distrusts the record (for example a crawl of another procedure's page). */
  flags: z.array(z.string()).default([]),
});

export const ProcedureSchema = z.object({
  code: ProcedureCodeSchema,
  name: z.string().min(1).max(2000),
  level: z.array(LevelSchema),
  field: z.string(),
  agency: z.string().nullable(),
  decision: z.string().nullable(),
  channels: z.array(ChannelSchema),
  dossier: z.array(DossierItemSchema),
  steps: z.array(z.string()),
  requirements: z.string().nullable(),
  legalBasis: z.array(LegalBasisSchema),
  result: z.string().nullable(),
  portalUrl: z.url().nullable(),
  source: ProcedureSourceSchema,
});
export type Procedure = z.infer<typeof ProcedureSchema>;

/** What a search hit carries: enough for a result list without the full record. */
export const ProcedureSummarySchema = ProcedureSchema.pick({ code: true, name: true, field: true, level: true });
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;

export const ProcedureQuerySchema = z.object({
  q: z.string().max(500, 'query is too long (500 characters at most)').default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  centre: z.string().max(64).optional(),
});
