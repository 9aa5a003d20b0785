/**
 * Vietnam's public holidays on which centres are closed (Labour Code 2019, Art. 112): 1 January; Tết
 * Nguyên đán (five days — here the last day of the lunar year and the first four of the new one, as the
 * Prime Minister usually sets them); Giỗ Tổ Hùng Vương (10/3 lunar); 30 April; 1 May; Quốc khánh 2
 * September and the day before it (Decree 145/2020 lets the day before or after be chosen each year).
 * A holiday on a weekend is made up on the next working day. Lunar dates are taken from the calendar
 * for each year; the swaps the government announces each year are not guessed: add them here as they
 * are published. Days are Vietnam days, YYYY-MM-DD.
 */
const LUNAR: Record<number, { tetEve: string; hungKings: string }> = {
  2024: { tetEve: '2024-02-09', hungKings: '2024-04-18' },
  2025: { tetEve: '2025-01-28', hungKings: '2025-04-07' },
  2026: { tetEve: '2026-02-16', hungKings: '2026-04-26' },
  2027: { tetEve: '2027-02-05', hungKings: '2027-04-16' },
  2028: { tetEve: '2028-01-25', hungKings: '2028-04-04' },
};

const DAY = 86_400_000;
const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The holidays of a year, with single holidays that fall on a weekend made up on the next working day. */
export function publicHolidays(year: number): string[] {
  const lunar = LUNAR[year];
  const single = [`${year}-01-01`, `${year}-04-30`, `${year}-05-01`, `${year}-09-01`, `${year}-09-02`, ...(lunar ? [lunar.hungKings] : [])];
  const days = new Set(lunar ? [0, 1, 2, 3, 4].map((n) => shift(lunar.tetEve, n)) : []);
  for (const d of single) {
    let day = d;
    while (days.has(day) || ((weekday(day) === 0 || weekday(day) === 6) && day !== d)) day = shift(day, 1);
    days.add(day);
    // A Saturday or Sunday holiday is kept, and also made up on the first working day after it.
    if (weekday(d) === 0 || weekday(d) === 6) {
      let next = shift(d, 1);
      while (weekday(next) === 0 || weekday(next) === 6 || days.has(next)) next = shift(next, 1);
      days.add(next);
    }
  }
  return [...days].sort();
}

const cache = new Map<number, ReadonlySet<string>>();
/** Whether centres are closed that day for a public holiday. */
export function isPublicHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let set = cache.get(year);
  if (!set) cache.set(year, (set = new Set(publicHolidays(year))));
  return set.has(day);
}
