import type { Db } from '../db/sqlite';

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

export interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  before_json: string | null;
  after_json: string | null;
}
export const toAuditEntry = (r: Row): AuditEntry & { seq: number } => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  before: r.before_json ? JSON.parse(r.before_json) : null,
  after: r.after_json ? JSON.parse(r.after_json) : null,
});
/** Before and after are stored as JSON text; absent means NULL. */
export const auditJson = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends an entry; other repos call it inside their own transaction, so a change and its record commit together. */
export function sqliteAuditAppend(db: Db): (e: AuditEntry) => void {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)');
  return (e) => void insert.run(e.at, e.actor, e.action, e.subject, auditJson(e.before), auditJson(e.after));
}

export function sqliteAuditRepo(db: Db): AuditRepo {
  const append = sqliteAuditAppend(db);
  const query = db.prepare<AuditFilter, Row>(
    `SELECT * FROM audit_log
     WHERE (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action LIKE @action || '%')
       AND (@subject IS NULL OR subject = @subject) AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to)
     ORDER BY seq DESC LIMIT @limit`,
  );
  return {
    append: async (e) => append(e),
    query: async (f) =>
      query.all({ actor: f.actor ?? null, action: f.action ?? null, subject: f.subject ?? null, from: f.from ?? null, to: f.to ?? null, limit: f.limit } as AuditFilter).map(toAuditEntry),
  };
}
