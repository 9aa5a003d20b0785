import type { Centre } from '../schemas/centre';

/** Who issues a report and to whom: the lines of a Decree 30/2020 letterhead, closing and Nơi nhận. */
export interface Letterhead {
  /** The governing body, above the issuing unit: "Ủy ban nhân dân xã Long Thành". */
  parent: string;
  /** The issuing unit itself. */
  name: string;
  /** The place written before the date: "Long Thành". */
  place: string;
  signerTitle: string;
  recipients: string[];
}

const CENTRE_PREFIX = /^Trung tâm Phục vụ hành chính công\s*/iu;
const UNIT_PREFIX = /^(xã|phường|đặc khu|thị trấn|tỉnh|thành phố)\s+/iu;
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);

/**
 * The administrative unit of a centre recorded before the letterhead fields existed, read off its
 * display name ("Trung tâm Phục vụ hành chính công xã Long Thành" → "xã Long Thành"); what the console
 * asks staff to confirm. Null when the name does not say it.
 */
export function unitFromName(name: string): string | null {
  const rest = name.replace(CENTRE_PREFIX, '').trim();
  return UNIT_PREFIX.test(rest) ? lowerFirst(rest) : null;
}

/**
 * Where reports go, as the 2026 plans write it: a commune reports to its people's committee through
 * the Phòng Văn hóa – Xã hội, and to the province's Sở Nội vụ; a province to its people's committee
 * through the Sở Nội vụ. A centre's own list, when set, wins.
 */
export function defaultRecipients(kind: Centre['kind'], adminUnit: string, province: string | null): string[] {
  if (kind === 'province') return [`UBND ${adminUnit} (qua Sở Nội vụ)`, 'Lưu: VT'];
  return [`UBND ${adminUnit} (qua Phòng Văn hóa – Xã hội)`, province ? `Sở Nội vụ ${province}` : 'Sở Nội vụ tỉnh', 'Lưu: VT'];
}

/** The letterhead of a report issued by `centre`; `parent` is its province, for a commune. */
export function letterheadOf(centre: Centre, parent: Centre | null): Letterhead {
  const provinceUnit = parent ? (parent.official?.adminUnit ?? unitFromName(parent.name)) : null;
  const o = centre.official;
  const unit = o?.adminUnit ?? unitFromName(centre.name) ?? centre.name;
  return {
    parent: o?.parentBody ?? `Ủy ban nhân dân ${unit}`,
    name: 'Trung tâm Phục vụ hành chính công',
    place: o?.placeName ?? unit.replace(UNIT_PREFIX, ''),
    signerTitle: o?.signerTitle ?? 'Giám đốc',
    recipients: o?.recipients.length ? o.recipients : defaultRecipients(centre.kind, unit, provinceUnit),
  };
}
