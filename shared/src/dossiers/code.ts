/**
 * Dossier codes as citizens bring them: printed on the receipt ("000.00.15.H12-250101-0001"), read
 * from its QR or barcode (sometimes a whole look-up URL), or typed on a keyboard in lower case, with
 * spaces, with the dots and dashes left out or doubled. Every one of those must find the same dossier,
 * so codes are compared by a key: the letters and digits alone, upper case. Separators carry no meaning
 * in any one-stop system's numbering that we know of, so dropping them cannot merge two real codes.
 */

/** Longest key accepted: real codes run to about 30 characters; more is junk or an enumeration attempt. */
export const DOSSIER_KEY_MAX = 40;
/** Shortest key accepted: fewer characters cannot be a receipt's code. */
export const DOSSIER_KEY_MIN = 6;

/** Query parameters a receipt's QR may carry the code in, when it encodes a look-up URL. */
const URL_PARAMS = ['code', 'ma', 'mahoso', 'ma_ho_so', 'maHoSo', 'soHoSo', 'sohoso', 'hoso', 'id'];

/** Spaces, dashes of every width, dots, slashes and underscores, which people type at will. */
const SEPARATORS = /[\s\u00a0\u2010-\u2015\u2212\-_./\\:·,]+/g;

function fromUrl(raw: string): string {
  if (!/^https?:\/\//i.test(raw)) return raw;
  try {
    const url = new URL(raw);
    for (const name of URL_PARAMS) {
      const v = url.searchParams.get(name);
      if (v) return v;
    }
    // A path such as /tra-cuu/000.00.15.H12-250101-0001: the last segment.
    const last = url.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : '';
  } catch {
    return '';
  }
}

/**
 * The key a dossier code is stored and looked up by, or null when the input cannot be a code
 * (too short, too long, or holding characters no code has, such as letters with diacritics).
 */
export function dossierCodeKey(raw: string): string | null {
  const key = fromUrl(raw.normalize('NFKC').trim()).normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (key.length < DOSSIER_KEY_MIN || key.length > DOSSIER_KEY_MAX) return null;
  return /^[A-Z0-9]+$/.test(key) ? key : null;
}

/** How a code is shown back: as the source system printed it, trimmed and upper case, spaces squeezed. */
export const displayDossierCode = (raw: string): string => raw.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ').slice(0, 64);
