import { allRows, changes, type Pg, type PgClient } from '../db/pg';
import { type AuditEntry, type AuditRepo, auditJson, type Row, toAuditEntry } from './store';

/** Appends an entry; other repos pass their transaction's client, so a change and its record commit together. */
export async function pgAuditAppend(db: Pg | PgClient, e: AuditEntry): Promise<void> {
  await changes(db, 'INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6)', [e.at, e.actor, e.action, e.subject, auditJson(e.before), auditJson(e.after)]);
}

export function pgAuditRepo(db: Pg): AuditRepo {
  return {
    append: (e) => pgAuditAppend(db, e),
    // The action filter behaves as SQLite's LIKE does: a prefix, ASCII letters in either case (lower()
    // under "C" folds only those), `%` and `_` as wildcards and no escape character.
    query: async (f) =>
      (
        await allRows<Row>(
          db,
          `SELECT * FROM audit_log
           WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR lower(action) LIKE lower($2 COLLATE "C") || '%' ESCAPE '')
             AND ($3::text IS NULL OR subject = $3) AND ($4::text IS NULL OR at >= $4) AND ($5::text IS NULL OR at < $5)
           ORDER BY seq DESC LIMIT $6`,
          [f.actor ?? null, f.action ?? null, f.subject ?? null, f.from ?? null, f.to ?? null, f.limit],
        )
      ).map(toAuditEntry),
  };
}
