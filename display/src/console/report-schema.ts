import * as z from 'zod/mini';

/**
 * The JSON answer of `/api/reports` (outside the typed contract: the same route answers in Word,
 * Excel and CSV too), parsed before the view trusts it.
 */
const Row = z.object({ key: z.string(), label: z.string(), showings: z.number(), playMs: z.number() });
export const ReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), through: z.optional(z.string()), days: z.number() }),
  grain: z.enum(['day', 'month']),
  uptime: z.array(z.object({ deviceId: z.string(), name: z.string(), share: z.number(), openOnlineMs: z.number(), openMs: z.number(), daysWithShowings: z.number() })),
  showings: z.object({
    totals: z.object({ showings: z.number(), playMs: z.number(), completed: z.number(), screens: z.number() }),
    byItem: z.array(z.extend(Row, { first: z.string(), last: z.string(), screens: z.number() })),
    byForm: z.array(Row),
    byReformArea: z.array(Row),
    byCentre: z.array(Row),
    byDay: z.array(Row),
  }),
  targets: z.array(
    z.object({
      targetId: z.string(),
      seq: z.number(),
      content: z.string(),
      product: z.string(),
      lead: z.string(),
      timing: z.string(),
      status: z.enum(['met', 'behind', 'done', 'not_done', 'self']),
      entries: z.array(z.object({ title: z.string(), count: z.number() })),
      periods: z.array(z.object({ from: z.string(), to: z.string(), required: z.number(), shown: z.number(), partial: z.boolean() })),
    }),
  ),
  satisfaction: z.object({ n: z.number(), index: z.number(), ci: z.object({ low: z.number(), high: z.number() }) }),
  integrity: z.object({
    ok: z.boolean(),
    rows: z.number(),
    fullCheckAt: z.nullable(z.string()),
    fingerprint: z.optional(z.nullable(z.string())),
    problems: z._default(
      z.array(
        z.object({
          kind: z.enum(['row', 'summary', 'head', 'anchor', 'rollup', 'month', 'overfull']),
          seq: z.nullable(z.number()),
          deviceId: z.nullable(z.string()),
          itemId: z.nullable(z.string()),
          playlistId: z.nullable(z.string()),
          at: z.nullable(z.string()),
          day: z.nullable(z.string()),
          detail: z.optional(z.string()),
          screenName: z.optional(z.string()),
          centreName: z.optional(z.string()),
          itemTitle: z.optional(z.string()),
        }),
      ),
      [],
    ),
  }),
});
export type Report = z.infer<typeof ReportSchema>;
