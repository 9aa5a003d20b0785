import { afterEach, expect, it } from 'vitest';
import { DEMO_DOSSIER_PREFIX, DEMO_DOSSIERS_PER_CENTRE, demoDossierRows, seedDemoDossiers } from '../src/seed/demo-dossiers';
import { dossierScreens } from '../src/dossiers/screens';
import { startTestServer, type TestServer } from './fixtures';

let t: TestServer;
afterEach(async () => {
  await t?.close();
});

it('seeds clearly labelled demo dossiers with a realistic mix, ready ones at the counter and late ones owing letters', async () => {
  const now = new Date('2026-12-10T03:00:00Z');
  t = await startTestServer({}, () => now);
  const centres = await t.deps.store.centres.list();
  const province = centres.find((c) => c.id === 'dn')!;
  const communes = centres.filter((c) => c.parentId === 'dn');
  const rows = communes.flatMap((c, i) => demoDossierRows(c, i, now.getTime()));
  expect(rows.every((r) => r.code.startsWith(DEMO_DOSSIER_PREFIX))).toBe(true);
  expect(await seedDemoDossiers(t.deps, province, communes)).toBe(DEMO_DOSSIERS_PER_CENTRE * communes.length);
  // The same demo every time: the generator is seeded.
  expect(demoDossierRows(communes[0]!, 0, now.getTime())).toEqual(rows.slice(0, DEMO_DOSSIERS_PER_CENTRE));

  const results = await dossierScreens(t.deps, t.app.hub).results(province);
  const year = results.total.year;
  expect(year.received).toBe(DEMO_DOSSIERS_PER_CENTRE * communes.length);
  expect(year.early).toBeGreaterThan(year.onTime / 2);
  expect(year.late).toBeGreaterThan(0);
  expect(year.onTimePct).toBeGreaterThan(80);
  expect(year.pending).toBeGreaterThan(0);
  expect(results.byField.map((f) => f.field).sort()).toEqual(['Chứng thực', 'Cư trú', 'Hộ tịch']);
  const ready = await dossierScreens(t.deps, t.app.hub).ready(communes[0]!);
  expect(ready.isStale).toBe(false);
  expect(ready.items.length).toBeGreaterThan(3);
  expect(ready.items[0]?.maskedName).toMatch(/^\p{Lu}\. \p{Lu}\. \p{Lu}\.$/u);
});
