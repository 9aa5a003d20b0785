import * as z from 'zod/mini';
import { IdSchema } from './common';
import { CommFormSchema, ReformAreaSchema } from './playlist';

/** The period a measured plan row counts over. */
export const PlanPeriodSchema = z.enum(['year', 'half', 'quarter', 'month', 'week']);
export type PlanPeriod = z.infer<typeof PlanPeriodSchema>;
export const PlanMeasureSourceSchema = z.enum(['showings', 'register', 'both', 'self']);
export type PlanMeasureSource = z.infer<typeof PlanMeasureSourceSchema>;
// A row counts distinct products (items), as plans set them ("mỗi tháng ít nhất 4 bản tin"), never
// showings: "lượt phát" here read as a number of showings to staff and officials.
export const PLAN_MEASURE_LABELS: Record<PlanMeasureSource, string> = {
  showings: 'Sản phẩm đã phát trên màn hình chờ',
  register: 'Sổ ghi nhận hoạt động',
  both: 'Màn hình chờ và sổ ghi nhận',
  self: 'Đơn vị tự đánh giá',
};

/** A row's way of being counted, for rows stored before `measuredBy` existed too. */
export const measureSourceOf = (t: { measure: unknown; measuredBy: PlanMeasureSource | null }): PlanMeasureSource => t.measuredBy ?? (t.measure ? 'showings' : 'self');

const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/**
 * One row of a plan's appendix, as the plans write it (Stt | Nội dung công việc | Sản phẩm | Cơ quan
 * chủ trì | Cơ quan phối hợp | Thời gian thực hiện), plus what the screens can measure of it: how
 * many distinct items of a form must be shown per period ("Mỗi tháng ít nhất 4 bản tin").
 */
export const PlanTargetInputSchema = z.strictObject({
  centreId: IdSchema,
  seq: z.int().check(z.minimum(1), z.maximum(999)),
  content: z.string().check(z.trim(), z.minLength(1, 'describe the task'), z.maxLength(2000)),
  product: Text(500),
  lead: Text(300),
  partners: Text(500),
  timing: Text(200),
  form: z._default(z.nullable(CommFormSchema), null),
  reformArea: z._default(z.nullable(ReformAreaSchema), null),
  measure: z._default(z.nullable(z.object({ count: z.int().check(z.minimum(1), z.maximum(1000)), per: PlanPeriodSchema })), null),
  /**
   * How the row's result is counted: showings of the items tagged to it in playlists, entries of the
   * evidence register tagged to it (posts, leaflets, conferences…), both added up, or the unit's own
   * assessment. Null on rows from before this field: they count showings when they have a measure.
   */
  measuredBy: z._default(z.nullable(PlanMeasureSourceSchema), null),
});
export const PlanTargetSchema = z.extend(PlanTargetInputSchema, { id: IdSchema });
export type PlanTarget = z.infer<typeof PlanTargetSchema>;
