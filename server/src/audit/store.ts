import type { Db } from '../db/sqlite';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

export interface AuditRepo {
  append(e: AuditEntry): Promise<void>;
  recent(limit: number): Promise<(AuditEntry & { seq: number })[]>;
}

export function sqliteAuditRepo(db: Db): AuditRepo {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)');
  const recent = db.prepare<[number], { seq: number; at: string; actor: string; action: string; subject: string; before_json: string | null; after_json: string | null }>(
    'SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?',
  );
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  return {
    append: async (e) => void insert.run(e.at, e.actor, e.action, e.subject, json(e.before), json(e.after)),
    recent: async (limit) =>
      recent.all(limit).map((r) => ({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        action: r.action,
        subject: r.subject,
        before: r.before_json ? JSON.parse(r.before_json) : null,
        after: r.after_json ? JSON.parse(r.after_json) : null,
      })),
  };
}
