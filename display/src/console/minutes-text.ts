/** A span of minutes as staff say it ("7 ngày", "4 giờ 30 phút"), Vietnamese and English. */
export function minutesText(total: number): [vi: string, en: string] {
  const parts: [number, string, string][] = [
    [Math.floor(total / 1440), 'ngày', 'd'],
    [Math.floor((total % 1440) / 60), 'giờ', 'h'],
    [total % 60, 'phút', 'min'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  const some = shown.length ? shown : [[0, 'phút', 'min'] as [number, string, string]];
  return [some.map(([n, vi]) => `${n} ${vi}`).join(' '), some.map(([n, , en]) => `${n} ${en}`).join(' ')];
}
