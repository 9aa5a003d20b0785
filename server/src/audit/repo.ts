import { type Selectable, sql } from 'kysely';
import { isPostgres, type Kdb } from '../db/kysely';
import type { AuditLogTable } from '../db/schema';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  subject?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

export interface AuditRepo {
  append(e: AuditEntry): Promise<void>;
  /** Newest first. */
  query(f: AuditFilter): Promise<(AuditEntry & { seq: number })[]>;
}

const toAuditEntry = (r: Selectable<AuditLogTable>): AuditEntry & { seq: number } => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  before: r.before_json ? JSON.parse(r.before_json) : null,
  after: r.after_json ? JSON.parse(r.after_json) : null,
});
/** Before and after are stored as JSON text; absent means NULL. */
const auditJson = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends an entry; other repos pass their transaction, so a change and its record commit together. */
export async function appendAudit(db: Kdb, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: e.at, actor: e.actor, action: e.action, subject: e.subject, before_json: auditJson(e.before), after_json: auditJson(e.after) })
    .execute();
}

/**
 * The action filter is a prefix as SQLite's LIKE reads it: ASCII letters in either case, `%` and `_`
 * as wildcards, no escape character. PostgreSQL is told the same: lower() under "C" folds only ASCII,
 * and its default escape (backslash) is switched off.
 */
const actionPrefix = (db: Kdb, prefix: string) =>
  isPostgres(db) ? sql<boolean>`lower(action) LIKE lower(CAST(${prefix} AS text) COLLATE "C") || '%' ESCAPE ''` : sql<boolean>`action LIKE ${prefix} || '%'`;

export function auditRepo(db: Kdb): AuditRepo {
  return {
    append: (e) => appendAudit(db, e),
    query: async (f) => {
      let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(f.limit);
      if (f.actor !== undefined) q = q.where('actor', '=', f.actor);
      if (f.action !== undefined) q = q.where(actionPrefix(db, f.action));
      if (f.subject !== undefined) q = q.where('subject', '=', f.subject);
      if (f.from !== undefined) q = q.where('at', '>=', f.from);
      if (f.to !== undefined) q = q.where('at', '<', f.to);
      return (await q.execute()).map(toAuditEntry);
    },
  };
}
