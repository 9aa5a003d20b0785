import { ApiError, apiFetch } from '../lib/api';

/** Fired when a staff call meets an expired session; the app shows sign-in over the page. */
export const SESSION_EXPIRED = 'hcc:session-expired';

/** apiFetch for signed-in staff: a 401 means the session ended, whatever the call was. */
export async function staffApi<T>(path: string, init: Parameters<typeof apiFetch>[1] = {}): Promise<T> {
  try {
    return await apiFetch<T>(path, init);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) window.dispatchEvent(new Event(SESSION_EXPIRED));
    throw err;
  }
}
