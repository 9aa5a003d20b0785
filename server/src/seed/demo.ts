import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossCheck } from '@hcc/shared/catalogue/cross-check';
import { parseProcedureList } from '@hcc/shared/catalogue/procedure-list';
import { mediaKindOf, sniffMediaType } from '@hcc/shared/media/sniff';
import { CommFormSchema, type DraftItem, type PlaylistDraft, type PlaylistItemInput, PlaylistItemSchema, type PlaylistVersion, ReformAreaSchema } from '@hcc/shared/schemas/playlist';
import * as z from 'zod/mini';
import { readCrawlFile } from '../catalogue/read-crawl';
import { readFirstSheet } from '../catalogue/spreadsheet';
import type { Deps } from '../context';
import type { Store } from '../store/store';
import { mediaDir } from '../media/routes';
import { newId, randomToken, sha256 } from '../security/tokens';
import { seedDemoDossiers } from './demo-dossiers';
import { DEMO_CAMPAIGN, DEMO_CENTRES, DEMO_FIXED_ITEMS, DEMO_ITEM_ROWS, DEMO_PLAN, DEMO_REGISTER, demoPlanRowId, SPOTLIGHT_CODES } from './demo-content';
import { expandCampaigns } from '@hcc/shared/playlists/campaigns';
import { PlanTargetInputSchema } from '@hcc/shared/schemas/plan';
import { RegisterEntryInputSchema } from '@hcc/shared/schemas/register';

const SEED_MEDIA = fileURLToPath(new URL('../../seed/media/', import.meta.url));
const ManifestSchema = z.array(
  z.object({
    file: z.string(),
    kind: z.enum(['video', 'image']),
    title: z.string(),
    caption: z.string(),
    reformArea: ReformAreaSchema,
    form: CommFormSchema,
    durationMs: z.int().check(z.positive()),
  }),
);

export interface SeedReport {
  centres: number;
  media: number;
  procedures: number;
  rejectedRecords: number;
  playlists: number;
  /** Demo dossiers (codes "DEMO-…") across the communes' common procedures. */
  dossiers: number;
  screens: { name: string; token: string }[];
  /** One kiosk already paired in the first commune: its survey answers and usage counts are accepted at once. */
  kiosk: { name: string; centreId: string; token: string } | null;
}

/** The demo goes into an empty store only: one with any centre is someone's own. */
export async function wantsDemo(store: Store): Promise<boolean> {
  return (await store.centres.list()).length === 0;
}

/** Seed the demo centre into an empty store; a store with any centre is left alone. */
export async function seedDemo(deps: Deps, crawlFile: string | null): Promise<SeedReport | null> {
  if (!(await wantsDemo(deps.store))) return null;
  const at = deps.clock().toISOString();
  for (const c of DEMO_CENTRES) await deps.store.centres.upsert(c);

  const mediaItems = await seedMedia(deps, at);
  const catalogue = crawlFile ? await seedCatalogue(deps, crawlFile, at) : { procedures: 0, rejected: 0 };
  const spotlights: PlaylistItemInput[] = [];
  for (const code of SPOTLIGHT_CODES) {
    const p = await deps.store.procedures.get(code);
    if (p)
      spotlights.push({ id: `tthc-${code.replace('.', '-')}`, kind: 'procedure', title: p.name.slice(0, 200), durationMs: 15_000, procedureCode: code, reformArea: 'tthc', form: 'niem_yet_tthc' });
  }
  // Interleave so the loop alternates moving pictures with information, as a waiting room wants.
  const items = interleave(mediaItems, [...spotlights, ...DEMO_FIXED_ITEMS]).map((i) => PlaylistItemSchema.parse(i));

  const communes = DEMO_CENTRES.filter((c) => c.kind === 'commune');
  const province = DEMO_CENTRES.find((c) => c.kind === 'province');
  const publish = async (id: string, draft: PlaylistDraft, version: Pick<PlaylistVersion, 'items' | 'source'>) => {
    await deps.store.playlists.create(id, draft, 'seed', at);
    return deps.store.playlists.publish(id, { playlistId: id, name: draft.name, centreId: draft.centreId, target: draft.target, ...version, publishedAt: at, publishedBy: 'seed', rollbackOf: null });
  };
  const campaignItems = DEMO_CAMPAIGN.items.map((i) => PlaylistItemSchema.parse(i));
  const campaign = province
    ? await publish(DEMO_CAMPAIGN.id, { name: DEMO_CAMPAIGN.name, centreId: province.id, target: { centreIds: communes.map((c) => c.id), groups: [] }, items: campaignItems }, { items: campaignItems })
    : null;
  for (const row of DEMO_PLAN) await deps.store.plans.put({ ...PlanTargetInputSchema.parse(row), id: demoPlanRowId(row.centreId, row.seq) });
  for (const c of communes) {
    const name = `Màn hình chờ – ${c.name.replace('Trung tâm Phục vụ hành chính công ', '')}`;
    const rows = DEMO_ITEM_ROWS[c.id] ?? {};
    const own = items.map((i) => (rows[i.id] ? { ...i, targetId: rows[i.id] ?? null } : i));
    const draft: PlaylistDraft = { name, centreId: c.id, target: { centreIds: [], groups: [] }, items: own };
    // Lộc Tấn plays the province's campaign at the end of its loop; Long Thành keeps its own items only.
    if (campaign && c.id === 'loc-tan') {
      const withCampaign: DraftItem[] = [...own, { id: 'campaign-place', kind: 'campaign', title: campaign.name, campaignId: campaign.playlistId, skip: [] }];
      await publish(
        `demo-${c.id}`,
        { ...draft, items: withCampaign },
        { items: expandCampaigns(withCampaign, c.id, new Map([[campaign.playlistId, campaign]]), DEMO_CENTRES).items, source: withCampaign },
      );
    } else await publish(`demo-${c.id}`, draft, { items: own });
  }
  await seedRegister(deps, mediaItems);
  const dossiers = province ? await seedDemoDossiers(deps, province, communes) : 0;
  const screens = await seedScreens(deps, at);
  const kiosk = await seedKiosk(deps, at);
  return {
    centres: DEMO_CENTRES.length,
    media: mediaItems.length,
    procedures: catalogue.procedures,
    rejectedRecords: catalogue.rejected,
    playlists: communes.length + (campaign ? 1 : 0),
    dossiers,
    screens,
    kiosk,
  };
}

/**
 * Two screens already paired, one per commune, so the demo plays at once. Their tokens exist only in
 * this report (stored hashed); the start-up banner prints them once as enrolment links.
 */
async function seedScreens(deps: Deps, at: string): Promise<SeedReport['screens']> {
  const communes = DEMO_CENTRES.filter((c) => c.kind === 'commune');
  const screens: SeedReport['screens'] = [];
  for (const [i, c] of communes.entries()) {
    const token = randomToken();
    const name = `Màn hình sảnh chờ ${i + 1}`;
    await deps.store.devices.create(
      { id: newId(), kind: 'screen', name, centreId: c.id, group: 'sanh-cho', status: 'active', pairedAt: at, lastSeenAt: null, playing: null, heartbeat: null },
      sha256(token),
    );
    screens.push({ name: `${name} (${c.name.replace('Trung tâm Phục vụ hành chính công ', '')})`, token });
  }
  return screens;
}

/** The demo kiosk, paired like the screens: its token is printed once in the banner's kiosk link. */
async function seedKiosk(deps: Deps, at: string): Promise<SeedReport['kiosk']> {
  const centre = DEMO_CENTRES.find((c) => c.kind === 'commune');
  if (!centre) return null;
  const token = randomToken();
  const name = 'Kiosk tra cứu sảnh chờ';
  await deps.store.devices.create(
    { id: newId(), kind: 'kiosk', name, centreId: centre.id, group: null, status: 'active', pairedAt: at, lastSeenAt: null, playing: null, heartbeat: null },
    sha256(token),
  );
  return { name, centreId: centre.id, token };
}

async function seedMedia(deps: Deps, at: string): Promise<PlaylistItemInput[]> {
  const manifest = ManifestSchema.parse(JSON.parse(await readFile(path.join(SEED_MEDIA, 'manifest.json'), 'utf8')));
  const dir = mediaDir(deps);
  await mkdir(dir, { recursive: true });
  const items: PlaylistItemInput[] = [];
  for (const [i, m] of manifest.entries()) {
    const src = path.join(SEED_MEDIA, m.file);
    const bytes = await readFile(src);
    const mime = sniffMediaType(bytes.subarray(0, 64));
    if (!mime || mediaKindOf(mime) !== m.kind) throw new Error(`seed media ${m.file} is not the ${m.kind} its manifest says`);
    const id = sha256(bytes);
    await copyFile(src, path.join(dir, id));
    await deps.store.media.insertIfAbsent({ id, kind: m.kind, mime, bytes: (await stat(src)).size, name: m.file, createdAt: at, createdBy: 'seed' });
    items.push({ id: `media-${i + 1}`, kind: m.kind, title: m.title, caption: m.caption, mediaId: id, durationMs: Math.max(m.durationMs, 2000), reformArea: m.reformArea, form: m.form });
  }
  return items;
}

async function seedCatalogue(deps: Deps, file: string, at: string): Promise<{ procedures: number; rejected: number }> {
  const crawl = await readCrawlFile(file);
  // The portal's lists beside the crawl name the records crawled from another procedure's page.
  const listDir = path.join(path.dirname(file), 'lists');
  const listFiles = existsSync(listDir) ? readdirSync(listDir).filter((f) => f.endsWith('.xlsx')) : [];
  const lists = [];
  for (const f of listFiles) lists.push(...parseProcedureList(await readFirstSheet(readFileSync(path.join(listDir, f)), f)).entries);
  const crawled = new Set(crawl.procedures.map((p) => p.code));
  // Only the crawl's procedures: list-only entries have no level, and the demo serves one level.
  const procedures = crossCheck(
    crawl.procedures,
    lists.filter((e) => crawled.has(e.code)),
  ).procedures;
  const rejected = crawl.rejected;
  // The whole catalogue, so a kiosk can tell a citizen where any procedure is done; commune centres
  // select the commune-level ones they serve, which their kiosks rank first.
  await deps.store.procedures.upsertMany(procedures, at);
  const communeLevel = procedures.filter((p) => p.level.includes('xa')).map((p) => p.code);
  for (const c of DEMO_CENTRES.filter((x) => x.kind === 'commune')) await deps.store.procedures.setCentreCodes(c.id, communeLevel);
  return { procedures: procedures.length, rejected: rejected.length };
}

/** Long Thành's register entries, dated the days before the demo starts; the banner's proof is the seeded slogan image. */
async function seedRegister(deps: Deps, media: readonly PlaylistItemInput[]): Promise<void> {
  const banner = media.find((m) => m.kind === 'image' && m.form === 'khau_hieu');
  const now = deps.clock();
  for (const [i, e] of DEMO_REGISTER.entries()) {
    const day = new Date(now.getTime() + 7 * 3600_000 - e.daysAgo * 86_400_000).toISOString().slice(0, 10);
    const proof = e.proof === 'banner-photo' ? (banner && 'mediaId' in banner ? { kind: 'media' as const, mediaId: banner.mediaId } : null) : e.proof ? { kind: 'link' as const, url: e.proof } : null;
    const entry = RegisterEntryInputSchema.parse({
      centreId: 'long-thanh',
      targetId: e.seq ? demoPlanRowId('long-thanh', e.seq) : null,
      date: day,
      form: e.form,
      count: e.count,
      title: e.title,
      place: e.place,
      proof,
    });
    await deps.store.register.insert({ ...entry, id: `demo-register-${i + 1}`, createdAt: now.toISOString(), createdBy: 'seed', withdrawn: null });
  }
}

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]) out.push(a[i] as T);
    if (b[i]) out.push(b[i] as T);
  }
  return out;
}
