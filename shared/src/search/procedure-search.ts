import type { Procedure, ProcedureSummary } from '../schemas/procedure';
import { foldVietnamese, tokenize } from './fold';

interface Entry {
  summary: ProcedureSummary;
  nameTokens: string[];
  fieldTokens: string[];
}

export interface ProcedureIndex {
  entries: Entry[];
  byCode: Map<string, Entry>;
}

export function buildProcedureIndex(list: readonly Procedure[]): ProcedureIndex {
  const entries = list.map((p) => ({
    summary: { code: p.code, name: p.name, field: p.field, level: p.level },
    nameTokens: tokenize(p.name),
    fieldTokens: tokenize(p.field),
  }));
  return { entries, byCode: new Map(entries.map((e) => [e.summary.code, e])) };
}

const matches = (tokens: string[], q: string) => tokens.some((t) => t.startsWith(q));

/**
 * Diacritic-insensitive look-up: every query word must start a word of the name or the field (the last
 * one may be half-typed). Name matches outrank field matches; shorter names win ties, since the short
 * name is usually the common procedure. Typos and synonyms come with the kiosk search.
 */
export function searchProcedures(index: ProcedureIndex, query: string, limit: number): ProcedureSummary[] {
  const folded = foldVietnamese(query);
  if (!folded) return [];
  const exact = index.byCode.get(folded);
  if (exact) return [exact.summary];
  const words = folded.split(' ');
  const scored: { e: Entry; score: number }[] = [];
  for (const e of index.entries) {
    let score = 0;
    for (const w of words) {
      if (matches(e.nameTokens, w)) score += 2;
      else if (matches(e.fieldTokens, w)) score += 1;
      else {
        score = -1;
        break;
      }
    }
    if (score > 0) scored.push({ e, score });
  }
  scored.sort((a, b) => b.score - a.score || a.e.nameTokens.length - b.e.nameTokens.length || a.e.summary.code.localeCompare(b.e.summary.code));
  return scored.slice(0, limit).map((s) => s.e.summary);
}
