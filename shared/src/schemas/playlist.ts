import { z } from 'zod';
import { ClockTimeSchema, IdSchema, InstantSchema } from './common';
import { Sha256Schema } from './media';
import { ProcedureCodeSchema } from './procedure';

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
export const WeekdaySchema = z.number().int().min(1).max(7);

const ItemBase = z.object({
  id: IdSchema,
  title: z.string().trim().min(1, 'title is required').max(200),
  durationMs: z.number().int().min(2_000, 'an item shows for at least 2 seconds').max(30 * 60_000, 'an item shows for at most 30 minutes'),
  validFrom: InstantSchema.nullable().default(null),
  validTo: InstantSchema.nullable().default(null),
  dayparts: z.array(DaypartSchema).max(8).default([]),
  weekdays: z.array(WeekdaySchema).max(7).default([]),
  priority: z.number().int().min(0).max(100).default(0),
  reformArea: ReformAreaSchema.nullable().default(null),
  form: CommFormSchema.nullable().default(null),
  /** Plan target this item counts towards in reports. */
  targetId: IdSchema.nullable().default(null),
});

export const QrPresetSchema = z.enum(['dvc_portal', 'fee_payment', 'hotline_1022', 'zalo_oa', 'custom']);
export const QrEcLevelSchema = z.enum(['L', 'M', 'Q', 'H']);

export const PlaylistItemSchema = z
  .discriminatedUnion('kind', [
    ItemBase.extend({ kind: z.literal('video'), mediaId: Sha256Schema, caption: z.string().max(300).default('') }),
    ItemBase.extend({ kind: z.literal('image'), mediaId: Sha256Schema, caption: z.string().max(300).default('') }),
    ItemBase.extend({ kind: z.literal('text'), heading: z.string().max(200), body: z.string().max(2000) }),
    ItemBase.extend({ kind: z.literal('ticker'), text: z.string().trim().min(1).max(1000) }),
    ItemBase.extend({ kind: z.literal('procedure'), procedureCode: ProcedureCodeSchema }),
    ItemBase.extend({
      kind: z.literal('qr'),
      url: z.url({ protocol: /^(https?|tel)$/, error: 'must be an http(s) or tel: link' }),
      caption: z.string().trim().min(1).max(200),
      preset: QrPresetSchema.default('custom'),
      ecLevel: QrEcLevelSchema.default('M'),
    }),
    ItemBase.extend({ kind: z.literal('survey_results'), period: z.enum(['week', 'month', 'quarter']).default('month') }),
    ItemBase.extend({ kind: z.literal('emergency'), text: z.string().trim().min(1).max(500), severity: z.enum(['info', 'warning', 'danger']).default('warning') }),
  ])
  .refine((i) => !i.validFrom || !i.validTo || i.validFrom < i.validTo, { message: 'validTo must be after validFrom', path: ['validTo'] });
export type PlaylistItem = z.infer<typeof PlaylistItemSchema>;
export type PlaylistItemInput = z.input<typeof PlaylistItemSchema>;
export type PlaylistItemKind = PlaylistItem['kind'];

/** Where a playlist goes: whole centres, or named screen groups within them. */
export const PlaylistTargetSchema = z.object({
  centreIds: z.array(IdSchema).max(500).default([]),
  groups: z.array(z.string().min(1).max(64)).max(50).default([]),
});
export type PlaylistTarget = z.infer<typeof PlaylistTargetSchema>;

export const PlaylistDraftSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  centreId: IdSchema,
  target: PlaylistTargetSchema,
  items: z.array(PlaylistItemSchema).max(500),
});
export type PlaylistDraft = z.infer<typeof PlaylistDraftSchema>;

export const PlaylistSchema = PlaylistDraftSchema.extend({
  id: IdSchema,
  /** Optimistic-concurrency counter: a save must name the revision it was based on. */
  revision: z.number().int().nonnegative(),
  updatedAt: InstantSchema,
  publishedVersion: z.number().int().positive().nullable(),
});
export type Playlist = z.infer<typeof PlaylistSchema>;

/** Save request: the draft plus the revision the editor started from. */
export const PlaylistSaveSchema = PlaylistDraftSchema.extend({ baseRevision: z.number().int().nonnegative() }).strict();

/** Immutable snapshot sent to players; rollback republishes one of these as a new version. */
export const PlaylistVersionSchema = z.object({
  playlistId: IdSchema,
  version: z.number().int().positive(),
  name: z.string(),
  centreId: IdSchema,
  target: PlaylistTargetSchema,
  items: z.array(PlaylistItemSchema),
  publishedAt: InstantSchema,
  publishedBy: z.string(),
  /** Set when this version re-issues an older one. */
  rollbackOf: z.number().int().positive().nullable(),
});
export type PlaylistVersion = z.infer<typeof PlaylistVersionSchema>;
