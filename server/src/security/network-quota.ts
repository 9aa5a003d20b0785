import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../http/errors';
import { type Limits, type MakeLimiter, networkLimit, networkOf } from './limits';

/** What a refused request was, for a person reading the refusal: Vietnamese first, as the apps speak. */
export interface QuotaWhat {
  vi: string;
  en: string;
}

/** How a network over its bound is answered: its requests wait their turn, up to these, before a refusal. */
export interface Pace {
  /** Requests of one network waiting at once. */
  waiting: number;
  /** The longest one request waits, in all. */
  maxWaitS: number;
}

/**
 * A bound on an anonymous request that costs the server real work (a search over the catalogue, a
 * period's survey answers read and summed, a media file read from disk), per network (/24, /64; an
 * IPv6 /48 site four times that): a kiosk hall or a centre's screens share one address, so the bound
 * is on what a network does, sized for a busy hall. Over it, a request waits for the next window, as
 * long as few of its network's wait and not for long: a script reading the catalogue one request at a
 * time, or a hall of screens coming back after a power cut, is slowed to the bound, never refused. Only
 * a flood (more waiting than `pace.waiting`) gets 429 with Retry-After.
 */
export function networkQuota(make: MakeLimiter, spec: { name: string; points: number; windowS: number }, what: QuotaWhat, pace: Pace): Quota {
  const limit = networkLimit(make, { name: spec.name, points: spec.points, durationS: spec.windowS });
  const waiting = new Map<string, number>();
  return async (req, res) => {
    const network = networkOf(req.ip);
    const until = Date.now() + pace.maxWaitS * 1000;
    for (;;) {
      const wait = await limit.take(req.ip);
      if (wait === 0) return;
      const queued = waiting.get(network) ?? 0;
      if (queued >= pace.waiting || Date.now() + wait * 1000 > until) {
        res.setHeader('Retry-After', String(wait));
        throw new AppError(
          'rate_limited',
          `Quá nhiều ${what.vi} từ mạng này; vui lòng thử lại sau ${wait} giây (more than ${spec.points} ${what.en} in ${spec.windowS} s from this network; try again in ${wait} s).`,
        );
      }
      waiting.set(network, queued + 1);
      try {
        await new Promise((r) => setTimeout(r, wait * 1000));
      } finally {
        const left = (waiting.get(network) ?? 1) - 1;
        if (left > 0) waiting.set(network, left);
        else waiting.delete(network);
      }
    }
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
  const pace = { waiting: limits.waitingPerNetwork, maxWaitS: limits.maxWaitS };
  const q = (name: keyof Omit<Limits['public'], 'windowS' | 'waitingPerNetwork' | 'maxWaitS'>, what: QuotaWhat) =>
    networkQuota(make, { name: `public-${name}`, points: limits[name], windowS: limits.windowS }, what, pace);
  return {
    searches: q('searches', { vi: 'lượt tìm thủ tục', en: 'procedure searches' }),
    indexDownloads: q('indexDownloads', { vi: 'lượt tải danh mục thủ tục', en: 'downloads of the procedure index' }),
    mediaFiles: q('mediaFiles', { vi: 'lượt tải tệp hình ảnh, video', en: 'media file downloads' }),
    surveyResults: q('surveyResults', { vi: 'lượt xem kết quả khảo sát', en: 'survey result reads' }),
    reads: q('reads', { vi: 'yêu cầu', en: 'requests' }),
  };
}
