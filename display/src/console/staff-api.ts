import type { Call } from '@hcc/shared/api/client';
import { ApiError, apiFetch, request } from '../lib/api';

/** Fired when a staff call meets an expired session; the app shows sign-in over the page. */
export const SESSION_EXPIRED = 'hcc:session-expired';

const noticeExpiry = (err: unknown): never => {
  if (err instanceof ApiError && err.status === 401) window.dispatchEvent(new Event(SESSION_EXPIRED));
  throw err;
};

/** A contract call for signed-in staff: a 401 means the session ended, whatever the call was. */
export const staffApi: Call = (route, ...args) => request(route, ...args).catch(noticeExpiry);

/** A staff call outside the JSON contract (a file as the body, an answer in several formats), with the same session handling. */
export const staffFetch = (path: string, init: RequestInit) => apiFetch(path, init).catch(noticeExpiry);
