import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from './common';

/**
 * Dossiers (hồ sơ TTHC) as the province's one-stop system reports them. This server keeps a copy of
 * their progress only, for look-ups and public figures: never the applicant's name (initials and a
 * keyed hash, made at ingest), ID number, phone or address. Rows are parsed with z.object, which drops
 * every field not named here, so whatever else a connector sends is never stored.
 */

export const DossierStatusSchema = z.enum(['received', 'processing', 'supplement', 'ready', 'returned', 'rejected', 'withdrawn']);
export type DossierStatus = z.infer<typeof DossierStatusSchema>;

/** The status as the one-stop systems name it (the console, the reports). */
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  supplement: 'Bổ sung hồ sơ',
  ready: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  rejected: 'Từ chối giải quyết',
  withdrawn: 'Công dân rút hồ sơ',
};

/** The current step in plain words for the citizen at the kiosk or on the phone (the "ready" line adds the counter). */
export const DOSSIER_STEP_WORDS: Record<DossierStatus, string> = {
  received: 'Hồ sơ của ông/bà đã được tiếp nhận và đang chờ chuyển đến cơ quan giải quyết.',
  processing: 'Hồ sơ của ông/bà đang được cơ quan có thẩm quyền xem xét, giải quyết.',
  supplement: 'Hồ sơ của ông/bà cần bổ sung, hoàn thiện. Mời ông/bà xem thông báo bổ sung hoặc liên hệ quầy tiếp nhận.',
  ready: 'Đã có kết quả.',
  returned: 'Kết quả đã được trả cho ông/bà.',
  rejected: 'Hồ sơ không được giải quyết; lý do được nêu trong văn bản trả lời. Mời ông/bà liên hệ quầy tiếp nhận để được hướng dẫn.',
  withdrawn: 'Hồ sơ đã được rút theo đề nghị của người nộp.',
};

/** Statuses that end the dossier's handling: they carry a result time and count as resolved. */
export const RESOLVED_STATUSES: readonly DossierStatus[] = ['ready', 'returned', 'rejected'];

/** How the result reaches the citizen: at a counter of the centre, by post, or online (the portal, e-mail). */
export const DossierDeliverySchema = z.enum(['counter', 'post', 'online']);
export type DossierDelivery = z.infer<typeof DossierDeliverySchema>;

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const orNull = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

export const DossierHistoryEntrySchema = z.object({
  status: DossierStatusSchema,
  at: InstantSchema,
});
export type DossierHistoryEntry = z.infer<typeof DossierHistoryEntrySchema>;

/**
 * One dossier as a connector sends it (push batch, pull feed, or a row of an imported file). `updatedAt`
 * is the source's own time of this update: rows are applied in that order, not in the order they
 * arrive, so a repeated or late row cannot move a dossier backwards. `applicantName` is masked at
 * ingest and never stored. `centreId` may be left out by a centre's token (its own centre); a
 * province's token names the commune centre each dossier belongs to.
 */
export const DossierRowSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1, 'mã hồ sơ trống'), z.maxLength(64)),
  centreId: z.optional(IdSchema),
  procedureCode: z.string().check(z.trim(), z.minLength(1, 'thiếu mã thủ tục'), z.maxLength(40)),
  /** When the catalogue does not know the code (a local variant): the name as the source has it. */
  procedureName: z.optional(text(500)),
  /** Lĩnh vực; the catalogue's when left out. */
  field: z.optional(text(200)),
  receivedAt: InstantSchema,
  appointmentAt: orNull(InstantSchema),
  status: DossierStatusSchema,
  history: z._default(z.array(DossierHistoryEntrySchema).check(z.maxLength(100)), []),
  resultAt: orNull(InstantSchema),
  delivery: orNull(DossierDeliverySchema),
  /** Where to collect: "Quầy số 3". */
  counter: orNull(text(60)),
  applicantName: z.optional(text(200)),
  updatedAt: InstantSchema,
});
export type DossierRow = z.infer<typeof DossierRowSchema>;
export type DossierRowInput = z.input<typeof DossierRowSchema>;

export const DOSSIER_BATCH_MAX = 1000;

/** POST /api/dossiers/batch. Rows are checked one by one: a bad row is named, the others are stored. */
export const DossierBatchSchema = z.object({
  rows: z.array(z.unknown()).check(z.minLength(1, 'no rows'), z.maxLength(DOSSIER_BATCH_MAX, `at most ${DOSSIER_BATCH_MAX} rows per batch`)),
});

export const DossierRowProblemSchema = z.object({
  /** 0-based index in the batch; for a file, the sheet's row number (1-based, header included). */
  row: z.number(),
  code: z.nullable(z.string()),
  message: z.string(),
});
export type DossierRowProblem = z.infer<typeof DossierRowProblemSchema>;

export const DossierBatchResultSchema = z.object({
  /** Rows that created or changed a dossier. */
  stored: z.number(),
  /** Rows already known (repeats) or older than what is stored: their history is kept, nothing else changes. */
  unchanged: z.number(),
  rejected: z.array(DossierRowProblemSchema),
});
export type DossierBatchResult = z.infer<typeof DossierBatchResultSchema>;

/** GET /api/dossiers/lookup?code=…: always 200; `found: false` says what to check. */
export const DossierLookupQuerySchema = z.object({
  code: z.string().check(z.maxLength(300)),
  /** The centre whose kiosk or phone page asks, for the per-centre look-up counts. */
  centre: z.optional(IdSchema),
});

export const DossierFoundSchema = z.object({
  found: z.literal(true),
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  field: z.string(),
  centreName: z.string(),
  receivedAt: InstantSchema,
  appointmentAt: z.nullable(InstantSchema),
  status: DossierStatusSchema,
  statusLabel: z.string(),
  /** The current step in plain words, the counter or post/online included when ready. */
  step: z.string(),
  isReady: z.boolean(),
  delivery: z.nullable(DossierDeliverySchema),
  counter: z.nullable(z.string()),
  resultAt: z.nullable(InstantSchema),
  isLate: z.boolean(),
  /** Late handling obliges the agency to send a letter of apology with a new date. */
  apologyDue: z.boolean(),
  /** When late: what that means for the citizen (an apology letter and a new date), in plain words. */
  lateNotice: z.nullable(z.string()),
  /** "N. V. A.": enough for the citizen to recognise their own dossier, nothing more. */
  maskedName: z.string(),
});
export type DossierFound = z.infer<typeof DossierFoundSchema>;

export const DossierNotFoundSchema = z.object({
  found: z.literal(false),
  /** The code as understood (normalised), or null when the input could not be a code. */
  code: z.nullable(z.string()),
  message: z.string(),
  /** What the citizen can check, in plain words. */
  checks: z.array(z.string()),
});
export type DossierNotFound = z.infer<typeof DossierNotFoundSchema>;

export const DossierLookupAnswerSchema = z.discriminatedUnion('found', [DossierFoundSchema, DossierNotFoundSchema]);
export type DossierLookupAnswer = z.infer<typeof DossierLookupAnswerSchema>;

/** GET /api/dossiers/ready?centre=…: what the TV's "Hồ sơ đã có kết quả" slide pages through. */
export const DossierReadyListSchema = z.object({
  centreId: IdSchema,
  /** The last time the centre's feed brought anything; null when it never did. */
  asOf: z.nullable(InstantSchema),
  /** The feed is older than its centre allows: screens hide the slide rather than show an old list. */
  isStale: z.boolean(),
  /** Codes and masked names only, the most recent first. */
  items: z.array(z.object({ code: z.string(), maskedName: z.string() })),
  /** How many are ready in all, when more than `items` holds. */
  total: z.number(),
});
export type DossierReadyList = z.infer<typeof DossierReadyListSchema>;

export const DossierFiguresSchema = z.object({
  /** Received in the period. */
  received: z.number(),
  /** Resolved in the period (result time in it): early + onTime + late. */
  resolved: z.number(),
  /** Resolved on a day before the appointment day. */
  early: z.number(),
  /** Resolved on the appointment day. */
  onTime: z.number(),
  late: z.number(),
  /** (early + onTime) / resolved × 100, one decimal; null when nothing was resolved. */
  onTimePct: z.nullable(z.number()),
  /** Received by the period's end and not resolved by then. */
  pending: z.number(),
  /** Of those pending, past their appointment. */
  overdue: z.number(),
  /** Letters of apology due: late results plus overdue dossiers. */
  apologies: z.number(),
});
export type DossierFigures = z.infer<typeof DossierFiguresSchema>;

const PeriodFiguresSchema = z.object({ month: DossierFiguresSchema, year: DossierFiguresSchema });

/** GET /api/dossiers/results?centre=…: the "Kết quả giải quyết TTHC" slide and the console. */
export const DossierResultsSchema = z.object({
  centreId: IdSchema,
  centreName: z.string(),
  /** "tháng 12 năm 2026" and "năm 2026" (through today): calendar periods, Vietnam time. */
  monthLabel: z.string(),
  yearLabel: z.string(),
  asOf: z.nullable(InstantSchema),
  isStale: z.boolean(),
  total: PeriodFiguresSchema,
  byField: z.array(z.extend(PeriodFiguresSchema, { field: z.string() })),
  /** For a province centre: each commune centre under it (the province's own figures include them). */
  communes: z.array(z.extend(PeriodFiguresSchema, { centreId: IdSchema, centreName: z.string() })),
});
export type DossierResults = z.infer<typeof DossierResultsSchema>;

/** What the screens are told when a centre's dossiers change (socket `dossiers:updated`). */
export const DossierScreenUpdateSchema = z.object({
  centreId: IdSchema,
  ready: DossierReadyListSchema,
});
export type DossierScreenUpdate = z.infer<typeof DossierScreenUpdateSchema>;

// ——— Connectors: tokens, pull feeds, file import ———

/** An integration token as the console lists it; the secret is shown once, at creation. */
export const IntegrationTokenSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** A commune centre, or a province (then it may write for every centre under it). */
  centreId: IdSchema,
  createdAt: InstantSchema,
  createdBy: z.string(),
  lastUsedAt: z.nullable(InstantSchema),
  revokedAt: z.nullable(InstantSchema),
});
export type IntegrationToken = z.infer<typeof IntegrationTokenSchema>;

export const IntegrationTokenInputSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'name is required'), z.maxLength(120)),
  centreId: IdSchema,
});

export const IntegrationTokenCreatedSchema = z.object({ token: IntegrationTokenSchema, secret: z.string() });

export const DossierFeedFormatSchema = z.enum(['json', 'csv']);

/** PUT /api/dossiers/feeds/:centreId: how stale the centre's feed may get, and what to fetch, if anything. */
export const DossierFeedSettingsSchema = z.strictObject({
  /** No update for longer than this and the feed is stale (screens hide the ready list). */
  staleAfterMinutes: z.int().check(z.minimum(5), z.maximum(7 * 24 * 60)),
  pull: z.nullable(
    z.strictObject({
      url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)),
      format: DossierFeedFormatSchema,
      everyMinutes: z.int().check(z.minimum(1), z.maximum(24 * 60)),
    }),
  ),
});
export type DossierFeedSettings = z.infer<typeof DossierFeedSettingsSchema>;
/** A centre nobody configured: fed by push or file, stale after four hours without news. */
export const DEFAULT_FEED_SETTINGS: DossierFeedSettings = { staleAfterMinutes: 240, pull: null };

/** A centre's feed as the console and the screen wall show it. */
export const DossierFeedStatusSchema = z.object({
  centreId: IdSchema,
  settings: DossierFeedSettingsSchema,
  lastUpdateAt: z.nullable(InstantSchema),
  isStale: z.boolean(),
  pull: z.nullable(
    z.object({
      lastAttemptAt: z.nullable(InstantSchema),
      lastOkAt: z.nullable(InstantSchema),
      /** Failures in a row; the pull backs off as they grow, and alerts. */
      failures: z.number(),
      lastError: z.nullable(z.string()),
      nextAttemptAt: z.nullable(InstantSchema),
    }),
  ),
});
export type DossierFeedStatus = z.infer<typeof DossierFeedStatusSchema>;

/**
 * POST /api/dossiers/import?centre=…&name=…&dryRun=1 with the file (XLSX or CSV) as the body: the
 * catalogue importer's habit, a preview first, then the same call without dryRun to store the rows.
 */
export const DossierImportReportSchema = z.object({
  applied: z.boolean(),
  centreId: IdSchema,
  /** Data rows read (the header row not counted). */
  rows: z.number(),
  valid: z.number(),
  /** Broken rows by their sheet row number, with the reason. */
  problems: z.array(DossierRowProblemSchema),
  /** The first valid rows as they would be stored (names already masked). */
  sample: z.array(z.object({ code: z.string(), procedureCode: z.string(), status: DossierStatusSchema, receivedAt: InstantSchema, appointmentAt: z.nullable(InstantSchema), maskedName: z.string() })),
  /** What storing did, when applied. */
  result: z.nullable(DossierBatchResultSchema),
});
export type DossierImportReport = z.infer<typeof DossierImportReportSchema>;

/** The HTTP paths of the feature, shared so clients and tests do not spell them twice. */
export const DOSSIER_PATHS = {
  batch: '/api/dossiers/batch',
  lookup: '/api/dossiers/lookup',
  ready: '/api/dossiers/ready',
  results: '/api/dossiers/results',
  tokens: '/api/dossiers/tokens',
  /** DELETE `${tokens}/:id` revokes. */
  feeds: '/api/dossiers/feeds',
  /** GET `${feeds}` lists every feed the staff may see; PUT `${feeds}/:centreId` sets one. */
  import: '/api/dossiers/import',
} as const;
