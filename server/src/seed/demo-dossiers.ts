import { COMMON_PROCEDURE_CODES, COMMON_PROCEDURE_SHORT_NAMES } from '@hcc/shared/catalogue/common-procedures';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { DossierRowInput } from '@hcc/shared/schemas/dossier';
import type { Deps } from '../context';
import { checkRows, storeRows } from '../dossiers/ingest';

/** Every demo dossier's code starts so: nobody mistakes one for a citizen's, and they are easy to remove. */
export const DEMO_DOSSIER_PREFIX = 'DEMO-';
export const DEMO_DOSSIERS_PER_CENTRE = 160;

/** When the catalogue is not seeded, the demo still needs a field per procedure. */
const FIELDS: Record<string, string> = {
  '1.001193': 'Hộ tịch',
  '1.000894': 'Hộ tịch',
  '1.004873': 'Hộ tịch',
  '1.004222': 'Cư trú',
  '2.000815': 'Chứng thực',
  '1.000656': 'Hộ tịch',
  '1.004194': 'Cư trú',
  '2.000635': 'Hộ tịch',
};
/** Days from receipt to appointment, roughly as the procedures prescribe. */
const DAYS: Record<string, number> = { '1.001193': 1, '1.000894': 3, '1.004873': 3, '1.004222': 7, '2.000815': 1, '1.000656': 1, '1.004194': 3, '2.000635': 1 };
/** Made-up names, only ever stored as initials. */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quân', 'Tâm', 'Uyên', 'Vy'];

/** A small seeded generator (mulberry32): the same demo every time, without Math.random. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
/** A working-hours instant (07:30–16:30 Vietnam time) on the day `daysAgo` before `now`. */
const workingTime = (now: number, daysAgo: number, r: () => number) => {
  const day = Math.floor((now + 7 * 3600_000) / DAY_MS) - daysAgo;
  return day * DAY_MS - 7 * 3600_000 + (7.5 + r() * 9) * 3600_000;
};

/**
 * A few hundred dossiers per commune over the last four months: most returned (half of them early,
 * some late), a dozen ready at the counter now, others in hand, a few sent back for more papers,
 * refused or withdrawn. They go through the connector's own path, so their names are masked alike.
 */
export function demoDossierRows(centre: Centre, index: number, nowMs: number): DossierRowInput[] {
  const r = prng(0x5eed + index * 7919);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const rows: DossierRowInput[] = [];
  for (let i = 0; i < DEMO_DOSSIERS_PER_CENTRE; i += 1) {
    const code = COMMON_PROCEDURE_CODES[i % COMMON_PROCEDURE_CODES.length]!;
    const recent = i % 10 === 0;
    const receivedAt = workingTime(nowMs, recent ? 1 + Math.floor(r() * 3) : 2 + Math.floor(r() * 118), r);
    const appointmentAt = receivedAt + (DAYS[code] ?? 3) * DAY_MS;
    const roll = r();
    const ends = (offsetDays: number) => Math.min(nowMs - 3600_000, appointmentAt + offsetDays * DAY_MS);
    const state: Pick<DossierRowInput, 'status' | 'resultAt' | 'delivery' | 'counter'> = recent
      ? roll < 0.6
        ? { status: 'ready', resultAt: new Date(ends(-r() * 0.5)).toISOString(), delivery: 'counter', counter: `Quầy số ${1 + (i % 4)}` }
        : { status: roll < 0.9 ? 'processing' : 'supplement', resultAt: null, delivery: null, counter: null }
      : roll < 0.48
        ? { status: 'returned', resultAt: new Date(ends(-1 - r())).toISOString(), delivery: 'counter', counter: `Quầy số ${1 + (i % 4)}` }
        : roll < 0.78
          ? { status: 'returned', resultAt: new Date(ends(-0.2)).toISOString(), delivery: roll < 0.6 ? 'counter' : 'online', counter: null }
          : roll < 0.88
            ? { status: 'returned', resultAt: new Date(ends(1 + r() * 3)).toISOString(), delivery: 'post', counter: null }
            : roll < 0.94
              ? { status: 'rejected', resultAt: new Date(ends(-0.5)).toISOString(), delivery: 'counter', counter: null }
              : { status: 'withdrawn', resultAt: null, delivery: null, counter: null };
    const updatedAt = state.resultAt ?? new Date(Math.min(nowMs - 60_000, receivedAt + 3600_000)).toISOString();
    rows.push({
      code: `${DEMO_DOSSIER_PREFIX}${centre.id.toUpperCase()}-${String(i + 1).padStart(5, '0')}`,
      centreId: centre.id,
      procedureCode: code,
      procedureName: COMMON_PROCEDURE_SHORT_NAMES[code]?.vi,
      field: FIELDS[code],
      receivedAt: new Date(receivedAt).toISOString(),
      appointmentAt: new Date(appointmentAt).toISOString(),
      history: [{ status: 'received', at: new Date(receivedAt).toISOString() }],
      ...state,
      applicantName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      updatedAt,
    });
  }
  return rows;
}

/**
 * Seeds the demo dossiers of every commune centre under `province`, with a feed that stays fresh for
 * a week (the demo has no one-stop system pushing to it; a real centre keeps the four-hour default).
 */
export async function seedDemoDossiers(deps: Deps, province: Centre, communes: readonly Centre[]): Promise<number> {
  const now = deps.clock().getTime();
  const rows = communes.flatMap((c, i) => demoDossierRows(c, i, now));
  const checked = await checkRows(deps, province.id, rows);
  if (checked.problems.length) throw new Error(`demo dossiers rejected: ${checked.problems.map((p) => `${p.code}: ${p.message}`).join('; ')}`);
  const { stored } = await storeRows(deps, province.id, checked);
  for (const c of [province, ...communes]) await deps.store.connectors.setFeedSettings(c.id, { staleAfterMinutes: 7 * 24 * 60, pull: null });
  return stored;
}
