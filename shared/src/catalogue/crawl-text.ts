/** "Không có thông tin" and blank strings both mean "no data" in the portal's pages. */
export const NO_INFO = 'Không có thông tin';

export function cleanText(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' || t === NO_INFO || t === '--' ? null : t;
}
