import type { Request, Response } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import type { MakeLimiter } from '../security/limits';
import { formatBytes } from './upload';

/** What one upload may hold, and what to do with the room it reserved once it is over. */
export interface UploadRoom {
  maxBytes: number;
  /** The refusal when the file passes `maxBytes`: it names the bound that set it. */
  tooLarge(): AppError;
  /** The upload is over: `bytes` received (kept or not), or null when nothing was. */
  settle(bytes: number | null): Promise<void>;
}

/**
 * The two bounds on what editors add to the media library, besides each file's size: bytes per
 * account per day (`UPLOAD_MB_PER_DAY`), so one account (or a stolen session) cannot fill the disk in
 * an afternoon, and the library's total (`MEDIA_STORAGE_GB`), so uploads stop well before the disk is
 * full and the database, backups and logs still have room. Room is reserved before the first byte is
 * read (the request's Content-Length, or the size limit) and the unused part given back after, so
 * uploads running side by side cannot pass either bound together. The daily count is in Redis when
 * nodes share one; the library's total is read from the database, with this node's uploads in progress.
 */
export function uploadQuota(deps: Deps, make: MakeLimiter): (req: Request, res: Response) => Promise<UploadRoom> {
  const { uploadBytesPerDay: perDay, mediaStorageBytes: cap, maxUploadBytes } = deps.config;
  const daily = make({ name: 'upload-bytes', points: perDay, durationS: 86_400 });
  let inProgress = 0;

  const dailyRefusal = (res: Response, msBeforeNext: number) => {
    const hours = Math.max(1, Math.ceil(msBeforeNext / 3_600_000));
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(msBeforeNext / 1000))));
    return new AppError(
      'rate_limited',
      `Tài khoản này đã tải lên đủ ${formatBytes(perDay)} trong 24 giờ; thử lại sau khoảng ${hours} giờ (this account has uploaded its ${formatBytes(perDay)} a day; try again in about ${hours} hour(s)). Nothing was kept.`,
    );
  };
  const fullRefusal = (stored: number) =>
    new AppError(
      'too_large',
      `Thư viện đã dùng ${formatBytes(stored)} trên ${formatBytes(cap)} cho phép; hãy xóa tệp không dùng rồi tải lại (the media library holds ${formatBytes(stored)} of its ${formatBytes(cap)}: delete files no playlist uses, or raise MEDIA_STORAGE_GB). Nothing was kept.`,
    );

  return async (req, res) => {
    const account = staffOf(res).id;
    const used = await daily.get(account);
    const leftToday = perDay - (used?.consumedPoints ?? 0);
    if (used && leftToday <= 0) throw dailyRefusal(res, used.msBeforeNext);
    const stored = await deps.store.media.totalBytes();
    const leftInLibrary = cap - stored - inProgress;
    if (leftInLibrary <= 0) throw fullRefusal(stored + inProgress);

    const maxBytes = Math.min(maxUploadBytes, leftToday, leftInLibrary);
    const declared = Number(req.headers['content-length']);
    const reserved = Number.isSafeInteger(declared) && declared > 0 ? Math.min(maxBytes, declared) : maxBytes;
    // Taken before the body is read: a second upload started meanwhile sees this one's share gone.
    let dayEndsInMs: number;
    try {
      dayEndsInMs = (await daily.consume(account, reserved)).msBeforeNext;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      // Refused points are counted all the same: they were never used.
      await daily.reward(account, reserved);
      throw dailyRefusal(res, err.msBeforeNext);
    }
    const othersInProgress = inProgress;
    inProgress += reserved;
    let settled = false;
    return {
      maxBytes,
      tooLarge: () =>
        maxBytes === maxUploadBytes
          ? new AppError('too_large', `The file is larger than the ${formatBytes(maxUploadBytes)} limit.`)
          : maxBytes === leftToday
            ? dailyRefusal(res, dayEndsInMs)
            : fullRefusal(stored + othersInProgress),
      async settle(bytes) {
        if (settled) return;
        settled = true;
        inProgress -= reserved;
        const unused = reserved - Math.min(bytes ?? 0, reserved);
        if (unused > 0) await daily.reward(account, unused);
      },
    };
  };
}
