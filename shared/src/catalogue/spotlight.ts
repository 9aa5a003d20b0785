import { type Channel, CHANNEL_LABELS, type ChannelKind, type Procedure } from '../schemas/procedure';
import { UNKNOWN_TERM } from './channel-rows';

/**
 * What a TV spotlight says about a procedure, read from five metres in a few seconds: the portal's
 * fee and time fields summarised to a phrase, identical rows merged, long names and agencies cut at a
 * word. The full text stays one QR scan away, so nothing here needs to be complete, only true.
 */

/** A fee as a citizen reads it on the TV; `detailed` when the portal says more than the summary does. */
export interface FeeSummary {
  label: string;
  detailed: boolean;
}

export const FREE = 'Miễn phí';
/** A fee is charged but the portal's figure cannot be trusted as written: the detail is on the phone. */
export const FEE_CHARGED = 'Có thu phí';

// Bracketed notes that add nothing a citizen needs ("Miễn phí (Không có)"), or footnote marks ("(1)", "(a)").
const EMPTY_NOTE = /^(không|không có|không quy định|chưa quy định|[a-z]|\d+|-)?\.?$/i;
const MONEY_IN_TEXT = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(USD|đồng|vnđ|đ)(?!\p{L})/iu;

const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The first sum of money a note states, normalised ("135.000 đồng", "155 USD"); null when none. */
function moneyInText(text: string): string | null {
  const m = MONEY_IN_TEXT.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const amount = Number(m[1].replace(/[.,]/g, ''));
  if (!Number.isFinite(amount) || amount <= 0) return null;
  return m[2].toUpperCase() === 'USD' ? `${groupThousands(amount)} USD` : `${groupThousands(amount)} đồng`;
}

/**
 * "Miễn phí (Theo quy định của Luật phí…)" → "Miễn phí"; "1,500,000 VNĐ (…)" → "1.500.000 đồng".
 * The portal stores some fees in thousands or in dollars under "VNĐ" ("155 VNĐ (… 155 USD/thẻ)"):
 * a figure under 1,000 đồng is never a real fee, so the note's own figure is used, or "Có thu phí".
 */
export function summariseFee(fee: string | null): FeeSummary {
  if (!fee) return { label: UNKNOWN_TERM, detailed: false };
  const m = /^([^(]*?)\s*(?:\((.*)\))?\s*$/s.exec(fee.trim());
  const head = (m?.[1] ?? fee).trim();
  const note = (m?.[2] ?? '').trim();
  const detailed = note !== '' && !EMPTY_NOTE.test(note);
  if (/^miễn phí$/i.test(head)) return { label: FREE, detailed };
  if (/^không có thông tin$/i.test(head) || head === '') return { label: UNKNOWN_TERM, detailed };
  const vnd = /^([\d.,]+)\s*(VNĐ|đồng|đ)$/i.exec(head);
  if (vnd?.[1]) {
    const amount = Number(vnd[1].replace(/[.,]/g, ''));
    if (amount >= 1_000) return { label: `${groupThousands(amount)} đồng`, detailed };
    const stated = moneyInText(note);
    return stated ? { label: stated, detailed: true } : { label: FEE_CHARGED, detailed: true };
  }
  // Anything else is already a short phrase, or too long to be a summary.
  return head.length <= 40 ? { label: head, detailed } : { label: FEE_CHARGED, detailed: true };
}

/** "5 ngày làm việc" stays; a missing time reads "Theo quy định". */
export const summariseTime = (time: string | null): string => time?.trim() || UNKNOWN_TERM;

const TERM = /^(\d+)\s+(.+)$/;

/** Several times for one channel (different cases): a range when they share a unit, else "from the first". */
function combineTimes(times: string[]): string {
  const unique = [...new Set(times)];
  if (unique.length === 1) return unique[0] as string;
  const parsed = unique.map((t) => TERM.exec(t));
  const units = new Set(parsed.map((p) => p?.[2] ?? null));
  const first = parsed[0];
  if (units.size === 1 && first?.[2] && parsed.every((p) => p)) {
    const ns = parsed.map((p) => Number(p?.[1]));
    return `${Math.min(...ns)}–${Math.max(...ns)} ${first[2]}`;
  }
  return `${unique[0]}, tùy trường hợp`;
}

const amountOf = (label: string): number | null => {
  if (label === FREE) return 0;
  const m = /^([\d.]+) đồng$/.exec(label);
  return m?.[1] ? Number(m[1].replace(/\./g, '')) : null;
};

/** Several fees for one channel: a range of amounts ("Miễn phí – 200.000 đồng"), else "Tùy trường hợp". */
function combineFees(fees: FeeSummary[]): FeeSummary {
  const labels = [...new Set(fees.map((f) => f.label))];
  const detailed = fees.some((f) => f.detailed);
  if (labels.length === 1) return { label: labels[0] as string, detailed };
  const amounts = labels.map(amountOf);
  if (amounts.every((a) => a !== null)) {
    const ns = amounts as number[];
    const lo = Math.min(...ns);
    const hi = Math.max(...ns);
    return { label: `${lo === 0 ? FREE : groupThousands(lo)} – ${groupThousands(hi)} đồng`, detailed: true };
  }
  return { label: 'Tùy trường hợp', detailed: true };
}

export interface SpotlightRow {
  /** One or more ways to apply that share the same time and fee ("Trực tiếp, Trực tuyến"). */
  channel: string;
  time: string;
  fee: string;
  /** The portal says more about this fee than the row does (shown as a mark that points to the QR). */
  feeDetailed: boolean;
}

const CHANNEL_ORDER: ChannelKind[] = ['truc_tiep', 'truc_tuyen', 'buu_chinh'];

/**
 * The channel table of a spotlight: one row per way of applying (the portal lists a channel once per
 * case, up to 13 rows), then channels with the same time and fee merged into one row. At most three
 * rows, since there are three channels.
 */
export function spotlightRows(channels: Pick<Channel, 'kind' | 'time' | 'fee'>[]): SpotlightRow[] {
  const perChannel = CHANNEL_ORDER.flatMap((kind) => {
    const own = channels.filter((c) => c.kind === kind);
    if (!own.length) return [];
    const fee = combineFees(own.map((c) => summariseFee(c.fee)));
    return [{ kind, time: combineTimes(own.map((c) => summariseTime(c.time))), fee }];
  });
  const rows: SpotlightRow[] = [];
  for (const r of perChannel) {
    const same = rows.find((x) => x.time === r.time && x.fee === r.fee.label);
    if (same) {
      same.channel = `${same.channel}, ${CHANNEL_LABELS[r.kind]}`;
      same.feeDetailed ||= r.fee.detailed;
    } else rows.push({ channel: CHANNEL_LABELS[r.kind], time: r.time, fee: r.fee.label, feeDetailed: r.fee.detailed });
  }
  return rows;
}

/**
 * Text cut to at most `max` characters at a word (or list) boundary, with an ellipsis when cut, so no
 * letter is ever sliced in half on screen.
 */
export function clipAtWord(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.\-–]+$/, '')}…`;
}

/** The longest name a spotlight shows in full; longer ones (the longest is 1,094 characters) are cut at a word. */
export const SPOTLIGHT_NAME_MAX = 220;
/** Agencies are sometimes a list of ten bodies; the spotlight names the first ones. */
export const SPOTLIGHT_AGENCY_MAX = 140;
export const SPOTLIGHT_FIELD_MAX = 80;

export interface Spotlight {
  field: string;
  name: string;
  agency: string | null;
  rows: SpotlightRow[];
  /** Some fee has more detail than its row: the slide says where to read it. */
  feeDetailed: boolean;
}

/** Everything a procedure spotlight shows, summarised to fit one TV slide. */
export function spotlightOf(p: Pick<Procedure, 'name' | 'field' | 'agency' | 'channels'>): Spotlight {
  const rows = spotlightRows(p.channels);
  return {
    field: clipAtWord(p.field, SPOTLIGHT_FIELD_MAX),
    name: clipAtWord(p.name, SPOTLIGHT_NAME_MAX),
    agency: p.agency ? clipAtWord(p.agency, SPOTLIGHT_AGENCY_MAX) : null,
    rows,
    feeDetailed: rows.some((r) => r.feeDetailed),
  };
}
