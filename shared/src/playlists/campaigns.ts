import type { Centre } from '../schemas/centre';
import { type DraftItem, isCampaignRef, type PlaylistItem, type PlaylistVersion } from '../schemas/playlist';
import { targetCentres } from './targeting';

export interface CampaignProblem {
  path: string;
  message: string;
}

/**
 * A province campaign a centre may include: a playlist of the centre's province, published, that
 * names the centre among its targets.
 */
export function isCampaignFor(v: Pick<PlaylistVersion, 'centreId' | 'target'>, centreId: string, centres: readonly Pick<Centre, 'id' | 'kind' | 'parentId'>[]): boolean {
  const owner = centres.find((c) => c.id === v.centreId);
  const centre = centres.find((c) => c.id === centreId);
  return owner?.kind === 'province' && centre?.parentId === owner.id && targetCentres(v.target, v.centreId).includes(centreId);
}

/**
 * A draft's items as screens play them: each campaign place replaced by the campaign's items as last
 * published, less those the centre skips, each marked with the version it came from. Problems are
 * returned, not thrown: a campaign not (or no longer) offered to this centre, one included twice,
 * or an item id that would then appear twice.
 */
export function expandCampaigns(
  items: readonly DraftItem[],
  centreId: string,
  campaigns: ReadonlyMap<string, PlaylistVersion>,
  centres: readonly Pick<Centre, 'id' | 'kind' | 'parentId'>[],
): { items: PlaylistItem[]; problems: CampaignProblem[] } {
  const problems: CampaignProblem[] = [];
  const seen = new Set<string>();
  const out = items.flatMap((item, i): PlaylistItem[] => {
    if (!isCampaignRef(item)) return [item];
    const path = `items.${i}.campaignId`;
    const v = campaigns.get(item.campaignId);
    if (!v || !isCampaignFor(v, centreId, centres)) {
      problems.push({ path, message: `"${item.title}" is not a published campaign of this centre's province addressed to it` });
      return [];
    }
    if (seen.has(item.campaignId)) problems.push({ path, message: `campaign "${v.name}" is included twice` });
    seen.add(item.campaignId);
    const skip = new Set(item.skip);
    return v.items.filter((c) => !skip.has(c.id)).map((c) => ({ ...c, campaign: { playlistId: v.playlistId, version: v.version, name: v.name } }));
  });
  const ids = new Set<string>();
  for (const it of out) {
    if (ids.has(it.id)) problems.push({ path: 'items', message: `item id ${it.id} would appear twice once the campaigns are in place` });
    ids.add(it.id);
  }
  return { items: out, problems };
}

export const includesCampaign = (items: readonly DraftItem[] | undefined, campaignId: string) => (items ?? []).some((i) => isCampaignRef(i) && i.campaignId === campaignId);
