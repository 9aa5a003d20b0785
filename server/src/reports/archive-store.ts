import { type IssuedReport, IssuedReportSchema } from '@hcc/shared/reports/archive';
import { type Narrative, NarrativeSchema } from '@hcc/shared/reports/narrative';
import type { Report } from '@hcc/shared/reports/report';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

/** The scope key of a report: its centre, or every centre. */
export const scopeKey = (centreId: string | null) => centreId ?? '*';

export interface SavedNarrative {
  narrative: Narrative;
  updatedAt: string;
  updatedBy: string;
}

/** Narratives being written, and reports once issued (kept as issued: never changed or removed). */
export interface ReportArchiveRepo {
  narrative(scope: string, from: string, to: string): Promise<SavedNarrative | null>;
  saveNarrative(scope: string, from: string, to: string, saved: SavedNarrative): Promise<void>;
  issue(meta: IssuedReport, report: Report, docx: Buffer): Promise<void>;
  /** Issued reports of a scope (null: all), newest period first. */
  list(scope: string | null): Promise<IssuedReport[]>;
  get(id: string): Promise<{ meta: IssuedReport; report: Report; docx: Buffer } | null>;
}

export interface NarrativeRow {
  body_json: string;
  updated_at: string;
  updated_by: string;
}
export interface ArchiveRow {
  meta_json: string;
  report_json?: string;
  docx?: Buffer;
}
export const toSaved = (r: NarrativeRow): SavedNarrative => ({ narrative: parseJsonColumn(NarrativeSchema, r.body_json, 'report narrative'), updatedAt: r.updated_at, updatedBy: r.updated_by });
export const toMeta = (r: ArchiveRow) => parseJsonColumn(IssuedReportSchema, r.meta_json, 'issued report');
/** The figures are the server's own JSON, written once when issued: read back as they were written. */
export const toIssued = (r: Required<ArchiveRow>) => ({ meta: toMeta(r), report: JSON.parse(r.report_json) as Report, docx: r.docx });
export const archiveValues = (meta: IssuedReport, report: Report, docx: Buffer) => [meta.id, scopeKey(meta.centreId), meta.from, meta.to, JSON.stringify(meta), JSON.stringify(report), docx] as const;

export function sqliteReportArchiveRepo(db: Db): ReportArchiveRepo {
  const narrative = db.prepare<[string, string, string], NarrativeRow>('SELECT body_json, updated_at, updated_by FROM report_narratives WHERE scope = ? AND date_from = ? AND date_to = ?');
  const save = db.prepare(
    'INSERT INTO report_narratives (scope, date_from, date_to, body_json, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, date_from, date_to) DO UPDATE SET body_json = excluded.body_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  );
  const insert = db.prepare('INSERT INTO report_archive (id, scope, date_from, date_to, meta_json, report_json, docx) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const listAll = db.prepare<[], ArchiveRow>('SELECT meta_json FROM report_archive ORDER BY date_to DESC, id DESC');
  const listScope = db.prepare<[string], ArchiveRow>('SELECT meta_json FROM report_archive WHERE scope = ? ORDER BY date_to DESC, id DESC');
  const get = db.prepare<[string], Required<ArchiveRow>>('SELECT meta_json, report_json, docx FROM report_archive WHERE id = ?');
  return {
    narrative: async (scope, from, to) => {
      const r = narrative.get(scope, from, to);
      return r ? toSaved(r) : null;
    },
    saveNarrative: async (scope, from, to, s) => void save.run(scope, from, to, JSON.stringify(s.narrative), s.updatedAt, s.updatedBy),
    issue: async (meta, report, docx) => void insert.run(...archiveValues(meta, report, docx)),
    list: async (scope) => (scope === null ? listAll.all() : listScope.all(scope)).map(toMeta),
    get: async (id) => {
      const r = get.get(id);
      return r ? toIssued(r) : null;
    },
  };
}
