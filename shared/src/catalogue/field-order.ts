import type { Level } from '../schemas/procedure';

/**
 * The lĩnh vực people come to a commune centre for, in the order a commune kiosk lists them. Taken
 * from the commune-level (cấp xã) procedures the ministries re-published for the two-tier local
 * government from 1 July 2025 (Nghị định 118/2025/NĐ-CP on the one-stop shop; the Ministry of Justice's
 * Thông tư 08/2025/TT-BTP for hộ tịch and chứng thực), weighted by what DOMAIN.md and the demo's
 * common procedures say counters see most: civil status, certified copies, residence and ID, land,
 * social protection, household business, building. Matched by pattern because the portal's names vary
 * ("Đăng ký, quản lý cư trú", "Cư trú"). The catalogue itself ranks customs, tax and maritime first at
 * every level (they have the most procedures), which is not what a commune's visitors look for.
 */
export const COMMUNE_FIELD_PRIORITY: readonly RegExp[] = [
  /hộ tịch/i,
  /chứng thực/i,
  /cư trú/i,
  /căn cước|định danh/i,
  /^đất đai|tài chính đất đai/i,
  /bảo trợ xã hội|giảm nghèo/i,
  /người có công/i,
  /hộ kinh doanh/i,
  /xây dựng|quy hoạch|nhà ở/i,
  /BHXH|BHYT|bảo hiểm/i,
  /nuôi con nuôi/i,
  /hòa giải|hoà giải|khiếu nại|tố cáo/i,
  /nông nghiệp|trồng trọt|chăn nuôi|thú y|lâm nghiệp|thủy lợi|thuỷ lợi/i,
  /giáo dục|y tế|văn hóa|văn hoá|thi đua|khen thưởng/i,
];

/**
 * Orders a kiosk's fields: at a commune, the fields of COMMUNE_FIELD_PRIORITY first (in that order),
 * then the rest by how many procedures they hold; elsewhere by count alone.
 */
export function orderFields(counts: readonly (readonly [string, number])[], level: Level): [string, number][] {
  const byCount = [...counts].map(([f, n]): [string, number] => [f, n]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
  if (level !== 'xa') return byCount;
  const rank = (field: string) => {
    const i = COMMUNE_FIELD_PRIORITY.findIndex((re) => re.test(field));
    return i < 0 ? COMMUNE_FIELD_PRIORITY.length : i;
  };
  // Array.prototype.sort is stable: within one rank the count order stays.
  return byCount.sort((a, b) => rank(a[0]) - rank(b[0]));
}
