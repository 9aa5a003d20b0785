import type { Store } from '../server/src/store/store';

const EVER = { from: '2000-01-01', to: '2100-01-01' };

/**
 * Everything a refused request could have written, read back through the store: taken before and
 * after a run of bad input, the two must be equal. `now` is fixed by the caller so that "active" and
 * "open" mean the same moment both times.
 */
export async function snapshotStore(store: Store, now: string) {
  return {
    users: await store.users.list(),
    centres: await store.centres.list(),
    devices: await store.devices.list(),
    openPairings: await store.pairings.listOpen(now),
    playlists: await store.playlists.list(),
    versions: await store.playlists.allVersions(),
    media: await store.media.list(),
    posters: [...(await store.media.withPosters())].sort(),
    emergencies: await store.emergencies.active(now),
    impressions: await store.impressions.count(),
    surveyForms: await store.surveys.forms(),
    surveys: await store.surveys.since(null, `${EVER.from}T00:00:00.000Z`),
    planTargets: await store.plans.list(null),
    audit: await store.audit.query({ limit: 100_000 }),
    procedures: await store.procedures.count(),
    views: [...(await store.usage.views())],
    searches: await store.usage.searchCounts(EVER.from, EVER.to),
    emptySearches: await store.usage.emptySearches(EVER.from, EVER.to, 1000),
  };
}
