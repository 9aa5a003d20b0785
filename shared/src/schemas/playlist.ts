import * as z from 'zod/mini';
import { ClockTimeSchema, IdSchema, InstantSchema } from './common';
import { QrUrlSchema } from './link';
import { Sha256Schema } from './media';
import { ProcedureCodeSchema } from './procedure';
import { DEFAULT_MIN_ANSWERS } from '../survey/headline';

/** The six areas of the administrative-reform programme; every item and plan target carries one. */
export const ReformAreaSchema = z.enum(['the_che', 'tthc', 'to_chuc_bo_may', 'cong_vu', 'tai_chinh_cong', 'chinh_quyen_so']);
export type ReformArea = z.infer<typeof ReformAreaSchema>;
export const REFORM_AREA_LABELS: Record<ReformArea, string> = {
  the_che: 'Cải cách thể chế',
  tthc: 'Cải cách thủ tục hành chính',
  to_chuc_bo_may: 'Cải cách tổ chức bộ máy',
  cong_vu: 'Cải cách chế độ công vụ',
  tai_chinh_cong: 'Cải cách tài chính công',
  chinh_quyen_so: 'Xây dựng chính quyền điện tử, chính quyền số',
};

/** Communication forms as the plans count them ("ít nhất 01 video, clip", "bản tin", "khẩu hiệu"…). */
export const CommFormSchema = z.enum(['video_clip', 'ban_tin', 'tin_bai', 'khau_hieu', 'niem_yet_tthc', 'ma_qr', 'man_hinh_cho']);
export type CommForm = z.infer<typeof CommFormSchema>;
export const COMM_FORM_LABELS: Record<CommForm, string> = {
  video_clip: 'Video, clip',
  ban_tin: 'Bản tin',
  tin_bai: 'Tin, bài',
  khau_hieu: 'Khẩu hiệu, băng rôn',
  niem_yet_tthc: 'Niêm yết TTHC',
  ma_qr: 'Mã QR',
  man_hinh_cho: 'Màn hình chờ',
};

/** A daypart from start (inclusive) to end (exclusive); end before start crosses midnight. */
export const DaypartSchema = z.object({ start: ClockTimeSchema, end: ClockTimeSchema });
export type Daypart = z.infer<typeof DaypartSchema>;

/** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.int().check(z.minimum(1), z.maximum(7));

const Text = (max: number) => z.string().check(z.maxLength(max));
/** Trimmed, and not empty once trimmed. */
const Required = (max: number, message?: string) => z.string().check(z.trim(), z.minLength(1, message), z.maxLength(max));
const Version = z.int().check(z.positive());
const Revision = z.int().check(z.minimum(0));

const orNull = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

const ItemBase = z.object({
  id: IdSchema,
  title: Required(200, 'title is required'),
  durationMs: z.int().check(z.minimum(2_000, 'an item shows for at least 2 seconds'), z.maximum(30 * 60_000, 'an item shows for at most 30 minutes')),
  validFrom: orNull(InstantSchema),
  validTo: orNull(InstantSchema),
  dayparts: z._default(z.array(DaypartSchema).check(z.maxLength(8)), []),
  weekdays: z._default(z.array(WeekdaySchema).check(z.maxLength(7)), []),
  priority: z._default(z.int().check(z.minimum(0), z.maximum(100)), 0),
  reformArea: orNull(ReformAreaSchema),
  form: orNull(CommFormSchema),
  /** Plan target this item counts towards in reports. */
  targetId: orNull(IdSchema),
  /** Set on the items a province campaign brought into a centre's playlist: which version they came from. */
  campaign: orNull(z.object({ playlistId: IdSchema, version: Version, name: z.string().check(z.maxLength(200)) })),
});
const item = <S extends z.core.$ZodLooseShape>(shape: S) => z.extend(ItemBase, shape);
const Caption = z._default(Text(300), '');

export const QrPresetSchema = z.enum(['dvc_portal', 'fee_payment', 'hotline_1022', 'zalo_oa', 'custom']);
export const QrEcLevelSchema = z.enum(['L', 'M', 'Q', 'H']);

const ITEM_VARIANTS = [
  item({ kind: z.literal('video'), mediaId: Sha256Schema, caption: Caption }),
  item({ kind: z.literal('image'), mediaId: Sha256Schema, caption: Caption }),
  item({ kind: z.literal('text'), heading: Text(200), body: Text(2000) }),
  item({ kind: z.literal('ticker'), text: Required(1000) }),
  item({ kind: z.literal('procedure'), procedureCode: ProcedureCodeSchema }),
  item({
    kind: z.literal('qr'),
    url: QrUrlSchema,
    caption: Required(200),
    preset: z._default(QrPresetSchema, 'custom'),
    ecLevel: z._default(QrEcLevelSchema, 'M'),
  }),
  item({
    kind: z.literal('survey_results'),
    period: z._default(z.enum(['week', 'month', 'quarter']), 'month'),
    /** Answers needed before the slide shows a figure (shared/src/survey/headline.ts). */
    minAnswers: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), DEFAULT_MIN_ANSWERS),
  }),
  /** Codes and masked names of the centre's dossiers ready for pickup (DossierReadyList), paged; hidden when the feed is stale. */
  item({
    kind: z.literal('dossiers_ready'),
    /** Codes per page; the slide's duration is shared between its pages. */
    perPage: z._default(z.int().check(z.minimum(4), z.maximum(30)), 12),
  }),
  /** The centre's "Kết quả giải quyết TTHC" (DossierResults): month and year so far, by field. */
  item({
    kind: z.literal('dossier_results'),
    /** On a province's screens: a table of each commune centre as well. */
    showCommunes: z._default(z.boolean(), false),
  }),
  item({ kind: z.literal('emergency'), text: Required(500), severity: z._default(z.enum(['info', 'warning', 'danger']), 'warning') }),
] as const;
const windowOk = (i: object) => !('validFrom' in i && 'validTo' in i) || !i.validFrom || !i.validTo || String(i.validFrom) < String(i.validTo);
const WINDOW_ERROR = { message: 'validTo must be after validFrom', path: ['validTo'] };
export const PlaylistItemSchema = z.discriminatedUnion('kind', [...ITEM_VARIANTS]).check(z.refine(windowOk, WINDOW_ERROR));
export type PlaylistItem = z.infer<typeof PlaylistItemSchema>;
export type PlaylistItemInput = z.input<typeof PlaylistItemSchema>;
export type PlaylistItemKind = PlaylistItem['kind'];

/** Where a playlist goes: whole centres, or named screen groups within them. */
export const PlaylistTargetSchema = z.object({
  centreIds: z._default(z.array(IdSchema).check(z.maxLength(500)), []),
  groups: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(50)), []),
});
export type PlaylistTarget = z.infer<typeof PlaylistTargetSchema>;

/**
 * In a centre's draft, the place where a province campaign plays: when the playlist is published, the
 * campaign's items as last published take its place, less those the centre skips. A campaign
 * republished later is republished into every playlist that includes it.
 */
export const CampaignRefSchema = z.object({
  id: IdSchema,
  kind: z.literal('campaign'),
  title: Required(200, 'title is required'),
  campaignId: IdSchema,
  skip: z._default(z.array(IdSchema).check(z.maxLength(500)), []),
});
export type CampaignRef = z.infer<typeof CampaignRefSchema>;
/** One kind more than screens play: a draft may hold a campaign's place. One union, so errors name the field. */
export const DraftItemSchema = z.discriminatedUnion('kind', [...ITEM_VARIANTS, CampaignRefSchema]).check(z.refine(windowOk, WINDOW_ERROR));
export type DraftItem = z.infer<typeof DraftItemSchema>;
export const isCampaignRef = (i: DraftItem): i is CampaignRef => i.kind === 'campaign';

export const PlaylistDraftSchema = z.object({
  name: Required(200, 'name is required'),
  centreId: IdSchema,
  target: PlaylistTargetSchema,
  items: z.array(DraftItemSchema).check(z.maxLength(500)),
});
export type PlaylistDraft = z.infer<typeof PlaylistDraftSchema>;

export const PlaylistSchema = z.extend(PlaylistDraftSchema, {
  id: IdSchema,
  /** Optimistic-concurrency counter: a save must name the revision it was based on. */
  revision: Revision,
  updatedAt: InstantSchema,
  publishedVersion: z.nullable(Version),
});
export type Playlist = z.infer<typeof PlaylistSchema>;

/** Save request: the draft plus the revision the editor started from. */
export const PlaylistSaveSchema = z.strictObject({ ...PlaylistDraftSchema.shape, baseRevision: Revision });

/** Rollback request: which published version to bring back (as a new version). */
export const PlaylistRollbackSchema = z.strictObject({ version: Version });

/** Immutable snapshot sent to players; rollback republishes one of these as a new version. */
export const PlaylistVersionSchema = z.object({
  playlistId: IdSchema,
  version: Version,
  name: z.string(),
  centreId: IdSchema,
  target: PlaylistTargetSchema,
  items: z.array(PlaylistItemSchema),
  publishedAt: InstantSchema,
  publishedBy: z.string(),
  /** Set when this version re-issues an older one. */
  rollbackOf: z.nullable(Version),
  /** The draft's items as published, campaign places included, when it had any: what a campaign's next version is expanded into. */
  source: z.optional(z.array(DraftItemSchema)),
});
export type PlaylistVersion = z.infer<typeof PlaylistVersionSchema>;

/** What each kind of item is called, Vietnamese first: the console's badges and the report's tables. */
export const ITEM_KIND_LABELS: Record<DraftItem['kind'], readonly [string, string]> = {
  campaign: ['Chiến dịch của tỉnh', 'Province campaign'],
  video: ['Video', 'Video'],
  image: ['Ảnh', 'Image'],
  text: ['Văn bản', 'Text'],
  ticker: ['Chữ chạy', 'Ticker'],
  procedure: ['Thủ tục', 'Procedure'],
  qr: ['Mã QR', 'QR code'],
  survey_results: ['Kết quả khảo sát', 'Survey results'],
  dossiers_ready: ['Hồ sơ đã có kết quả', 'Dossiers ready for pickup'],
  dossier_results: ['Kết quả giải quyết TTHC', 'Dossier handling results'],
  emergency: ['Khẩn cấp', 'Emergency'],
};
