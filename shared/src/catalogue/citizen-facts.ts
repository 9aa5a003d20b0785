import type { Channel, Procedure } from '../schemas/procedure';

/** The fee as a citizen reads it: the amount (or "Miễn phí") first, the legal detail apart. */
export interface FeeSummary {
  main: string;
  detail: string | null;
}

/** The short answers to "how long, how much, who decides", for the top of the kiosk page and the printout. */
export interface CitizenFacts {
  time: string | null;
  fee: FeeSummary | null;
  /** Cơ quan thực hiện as the record names it; null when the portal left it blank. */
  agency: string | null;
  /** Whether the procedure can also be done online (the QR then leads to the portal page). */
  online: boolean;
}

/** Details that say nothing: "Miễn phí (Không có)", "(Không quy định.)". */
const EMPTY_DETAIL = /^(không|không có|không quy định|chưa quy định|không thu)\.?$/i;
const NO_INFO = /^không có thông tin/i;
/** Beyond this the main part is a paragraph, not an amount: cut it and leave the rest to the detail. */
const MAIN_MAX = 80;

/** "Miễn phí (Mức lệ phí … quyết định.)" → main "Miễn phí", detail the text in the parentheses. */
export function summariseFee(fee: string | null): FeeSummary | null {
  const text = fee?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || NO_INFO.test(text)) return null;
  const open = text.indexOf(' (');
  let main = open > 0 ? text.slice(0, open) : text;
  let detail = open > 0 ? text.slice(open + 2).replace(/\)\s*$/, '') : null;
  if (main.length > MAIN_MAX) {
    const cut = main.slice(0, MAIN_MAX);
    const at = Math.max(cut.lastIndexOf(';'), cut.lastIndexOf('. '), cut.lastIndexOf(','));
    const end = at > 20 ? at : cut.lastIndexOf(' ');
    detail = [main.slice(end + 1).trim(), detail].filter(Boolean).join(' ') || null;
    main = `${main.slice(0, end).trim()}…`;
  }
  if (detail && EMPTY_DETAIL.test(detail.trim())) detail = null;
  return { main, detail: detail?.trim() || null };
}

/** The counter is where the kiosk stands: its channel's figures first, then any channel that has one. */
function atTheCounter<T>(channels: readonly Channel[], pick: (c: Channel) => T | null): T | null {
  const ordered = [...channels.filter((c) => c.kind === 'truc_tiep'), ...channels.filter((c) => c.kind !== 'truc_tiep')];
  for (const c of ordered) {
    const v = pick(c);
    if (v !== null) return v;
  }
  return null;
}

export function citizenFacts(p: Pick<Procedure, 'channels' | 'agency'>): CitizenFacts {
  return {
    time: atTheCounter(p.channels, (c) => (c.time && !NO_INFO.test(c.time) ? c.time.trim() : null)),
    fee: atTheCounter(p.channels, (c) => summariseFee(c.fee)),
    agency: p.agency,
    online: p.channels.some((c) => c.kind === 'truc_tuyen'),
  };
}
