import * as z from 'zod/mini';
import { IdSchema } from './common';
import { CommFormSchema, ReformAreaSchema } from './playlist';

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
  measure: z._default(z.nullable(z.object({ count: z.int().check(z.minimum(1), z.maximum(1000)), per: z.enum(['year', 'half', 'quarter', 'month', 'week']) })), null),
});
export const PlanTargetSchema = z.extend(PlanTargetInputSchema, { id: IdSchema });
export type PlanTarget = z.infer<typeof PlanTargetSchema>;
