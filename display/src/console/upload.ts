import { ErrorBodySchema } from '@hcc/shared/schemas/common';
import { type MediaLibraryItem, MediaLibraryItemSchema } from '@hcc/shared/schemas/media';
import { ApiError } from '../lib/api';
import { SESSION_EXPIRED } from './staff-api';

/** fetch cannot report upload progress; XMLHttpRequest can. Errors come back as ApiError like any call. */
export function uploadWithProgress(file: File, onProgress: (fraction: number) => void): Promise<MediaLibraryItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body: unknown = (() => {
        try {
          return JSON.parse(xhr.responseText);
        } catch {
          return null;
        }
      })();
      if (xhr.status < 300) return resolve(MediaLibraryItemSchema.parse({ usedBy: [], ...(body as object) }));
      if (xhr.status === 401) window.dispatchEvent(new Event(SESSION_EXPIRED));
      const parsed = ErrorBodySchema.safeParse(body);
      reject(new ApiError(xhr.status, parsed.success ? parsed.data : { code: xhr.status === 413 ? 'too_large' : 'internal', message: `HTTP ${xhr.status}` }));
    };
    xhr.onerror = () => reject(new Error('network'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
