import { DossierFeedSettingsSchema, type DossierFeedSettings, type IntegrationToken } from '@hcc/shared/schemas/dossier';
import type { Kdb } from '../db/kysely';
import type { DossierFeedsTable, IntegrationTokensTable } from '../db/schema';
import { parseJsonColumn } from '../store/json';

export interface FeedRecord {
  centreId: string;
  settings: DossierFeedSettings | null;
  lastUpdateAt: string | null;
  pull: { lastAttemptAt: string | null; lastOkAt: string | null; failures: number; lastError: string | null; nextAttemptAt: string | null };
}

export interface PullOutcome {
  at: string;
  ok: boolean;
  error: string | null;
  nextAttemptAt: string;
}

/** Integration tokens and each centre's feed: how the one-stop system reaches this server. */
export interface ConnectorRepo {
  createToken(t: IntegrationToken, tokenHash: string): Promise<void>;
  tokens(): Promise<IntegrationToken[]>;
  /** A live (not revoked) token by its hash; marks it used. */
  useToken(tokenHash: string, at: string): Promise<IntegrationToken | null>;
  /** False when there was no live token of that id. */
  revokeToken(id: string, at: string): Promise<boolean>;
  feeds(): Promise<FeedRecord[]>;
  feed(centreId: string): Promise<FeedRecord | null>;
  setFeedSettings(centreId: string, settings: DossierFeedSettings): Promise<void>;
  /**
   * Takes a due pull for this node until `until`, if no other node took it since `seen` was read: the
   * nodes sharing a database then fetch each feed once. A node that dies mid-pull lets the lease run out.
   */
  claimPull(centreId: string, seen: string | null, until: string): Promise<boolean>;
  recordPull(centreId: string, o: PullOutcome): Promise<FeedRecord>;
}

const toToken = (r: IntegrationTokensTable): IntegrationToken => ({
  id: r.id,
  name: r.name,
  centreId: r.centre_id,
  createdAt: r.created_at,
  createdBy: r.created_by,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const toFeed = (r: DossierFeedsTable): FeedRecord => ({
  centreId: r.centre_id,
  settings: r.settings_json === null ? null : parseJsonColumn(DossierFeedSettingsSchema, r.settings_json, 'dossier feed settings'),
  lastUpdateAt: r.last_update_at,
  pull: { lastAttemptAt: r.pull_last_attempt_at, lastOkAt: r.pull_last_ok_at, failures: Number(r.pull_failures), lastError: r.pull_last_error, nextAttemptAt: r.pull_next_attempt_at },
});

export function kyselyConnectorRepo(db: Kdb): ConnectorRepo {
  const feed = async (centreId: string) => {
    const r = await db.selectFrom('dossier_feeds').selectAll().where('centre_id', '=', centreId).executeTakeFirst();
    return r ? toFeed(r) : null;
  };
  return {
    async createToken(t, tokenHash) {
      await db
        .insertInto('integration_tokens')
        .values({ id: t.id, name: t.name, centre_id: t.centreId, token_hash: tokenHash, created_at: t.createdAt, created_by: t.createdBy, last_used_at: null, revoked_at: null })
        .execute();
    },
    tokens: async () => (await db.selectFrom('integration_tokens').selectAll().orderBy('created_at', 'desc').execute()).map(toToken),
    async useToken(tokenHash, at) {
      const r = await db.selectFrom('integration_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
      if (!r) return null;
      await db.updateTable('integration_tokens').set({ last_used_at: at }).where('id', '=', r.id).execute();
      return toToken({ ...r, last_used_at: at });
    },
    async revokeToken(id, at) {
      // The hash goes with the revocation, so a restored row cannot bring a stolen secret back to life.
      const r = await db.updateTable('integration_tokens').set({ revoked_at: at, token_hash: null }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    feeds: async () => (await db.selectFrom('dossier_feeds').selectAll().orderBy('centre_id').execute()).map(toFeed),
    feed,
    async setFeedSettings(centreId, settings) {
      const json = JSON.stringify(settings);
      await db
        .insertInto('dossier_feeds')
        .values({ centre_id: centreId, settings_json: json, pull_failures: 0, pull_next_attempt_at: null })
        .onConflict((oc) => oc.column('centre_id').doUpdateSet({ settings_json: json, pull_failures: 0, pull_next_attempt_at: null, pull_last_error: null }))
        .execute();
    },
    async claimPull(centreId, seen, until) {
      const res = await db
        .updateTable('dossier_feeds')
        .set({ pull_next_attempt_at: until })
        .where('centre_id', '=', centreId)
        .where('pull_next_attempt_at', seen === null ? 'is' : '=', seen)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async recordPull(centreId, o) {
      await db
        .updateTable('dossier_feeds')
        .set((eb) => ({
          pull_last_attempt_at: o.at,
          pull_next_attempt_at: o.nextAttemptAt,
          pull_last_error: o.error,
          ...(o.ok ? { pull_last_ok_at: o.at, pull_failures: 0 } : { pull_failures: eb('pull_failures', '+', 1) }),
        }))
        .where('centre_id', '=', centreId)
        .execute();
      return (await feed(centreId))!;
    },
  };
}
