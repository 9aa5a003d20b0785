import type { Level } from '../schemas/procedure';

const LEVELS: [RegExp, Level][] = [
  [/cấp bộ/i, 'bo'],
  [/cấp tỉnh/i, 'tinh'],
  [/cấp xã/i, 'xa'],
  [/cơ quan khác/i, 'khac'],
];

/** "Cấp tỉnh, Cấp xã" → ['tinh', 'xa']. */
export function parseLevels(text: string): Level[] {
  return LEVELS.filter(([re]) => re.test(text)).map(([, level]) => level);
}
