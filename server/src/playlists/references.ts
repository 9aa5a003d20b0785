import type { DraftItem } from '@hcc/shared/schemas/playlist';
import type { Store } from '../store/store';

/** Items must point at media, procedures and plan rows that exist, or a screen would skip them forever and a report would count them nowhere. */
export async function findBrokenReferences(store: Store, items: readonly DraftItem[]): Promise<{ path: string; message: string }[]> {
  const broken: { path: string; message: string }[] = [];
  // One query for every procedure named: a publish checks them all, and a whole record is long to read.
  const procedures = await store.procedures.existing(items.flatMap((i) => (i.kind === 'procedure' ? [i.procedureCode] : [])));
  for (const [i, item] of items.entries()) {
    if (item.kind === 'video' || item.kind === 'image') {
      const m = await store.media.get(item.mediaId);
      if (!m) broken.push({ path: `items.${i}.mediaId`, message: `item "${item.title}" uses a media file that does not exist` });
      else if (m.kind !== item.kind) broken.push({ path: `items.${i}.mediaId`, message: `item "${item.title}" is a ${item.kind} but its file is a ${m.kind}` });
    }
    if (item.kind === 'procedure' && !procedures.has(item.procedureCode)) {
      broken.push({ path: `items.${i}.procedureCode`, message: `item "${item.title}" names procedure ${item.procedureCode}, which is not in the catalogue` });
    }
    if (item.kind !== 'campaign' && item.targetId && !(await store.plans.get(item.targetId))) {
      broken.push({ path: `items.${i}.targetId`, message: `item "${item.title}" counts towards a plan row that does not exist` });
    }
  }
  return broken;
}
