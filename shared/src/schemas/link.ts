import * as z from 'zod/mini';

/** The links a QR item may carry: web pages and phone numbers (hotline 1022). */
export const QrUrlSchema = z.url({ protocol: /^(https?|tel)$/, error: 'must be an http(s) or tel: link' });

export const LinkCheckRequestSchema = z.strictObject({ url: QrUrlSchema });

/** Whether a link answered when the server tried it; `status` is null for tel: links, never called. */
export const LinkCheckSchema = z.union([z.object({ reachable: z.literal(true), status: z.nullable(z.number()) }), z.object({ reachable: z.literal(false), reason: z.string() })]);
export type LinkCheck = z.infer<typeof LinkCheckSchema>;
