import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../http/errors';
import { type Limits, type MakeLimiter, networkLimit } from './limits';

/** What a refused request was, for a person reading the refusal: Vietnamese first, as the apps speak. */
export interface QuotaWhat {
  vi: string;
  en: string;
}

/**
 * A bound on an anonymous request that costs the server real work (a search over the catalogue, a
 * period's survey answers read and summed, a media file read from disk), per network (/24, /64; an
 * IPv6 /48 site four times that): a kiosk hall or a centre's screens share one address, so the bound
 * is on what a network does, sized for a busy hall. Beyond it, 429 with Retry-After.
 */
export function networkQuota(make: MakeLimiter, spec: { name: string; points: number; windowS: number }, what: QuotaWhat): Quota {
  const limit = networkLimit(make, { name: spec.name, points: spec.points, durationS: spec.windowS });
  return async (req, res) => {
    const wait = await limit.take(req.ip);
    if (wait === 0) return;
    res.setHeader('Retry-After', String(wait));
    throw new AppError(
      'rate_limited',
      `Quá nhiều ${what.vi} từ mạng này; vui lòng thử lại sau ${wait} giây (more than ${spec.points} ${what.en} in ${spec.windowS} s from this network; try again in ${wait} s).`,
    );
  };
}

/** The same bound as a route's guard, for requests that are charged whatever they ask. */
export function networkQuotaGuard(quota: Quota): RequestHandler {
  return async (req, res, next) => {
    await quota(req, res);
    next();
  };
}

export type Quota = (req: Request, res: Response) => Promise<void>;

export type PublicQuotas = Record<'searches' | 'indexDownloads' | 'mediaFiles' | 'surveyResults' | 'reads', Quota>;

/** One quota per kind of public request (Limits['public']), made once so every route of a kind shares it. */
export function publicQuotas(make: MakeLimiter, limits: Limits['public']): PublicQuotas {
  const q = (name: keyof Omit<Limits['public'], 'windowS'>, what: QuotaWhat) => networkQuota(make, { name: `public-${name}`, points: limits[name], windowS: limits.windowS }, what);
  return {
    searches: q('searches', { vi: 'lượt tìm thủ tục', en: 'procedure searches' }),
    indexDownloads: q('indexDownloads', { vi: 'lượt tải danh mục thủ tục', en: 'downloads of the procedure index' }),
    mediaFiles: q('mediaFiles', { vi: 'lượt tải tệp hình ảnh, video', en: 'media file downloads' }),
    surveyResults: q('surveyResults', { vi: 'lượt xem kết quả khảo sát', en: 'survey result reads' }),
    reads: q('reads', { vi: 'yêu cầu', en: 'requests' }),
  };
}
