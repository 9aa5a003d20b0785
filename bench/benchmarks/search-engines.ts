import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import FlexSearch from 'flexsearch';
import { buildSearchIndex, search, type SearchDoc, words } from '@hcc/shared/search/engine';
import { compileLexicon } from '@hcc/shared/search/lexicon-compile';
import { LEXICON } from '@hcc/shared/search/lexicon';

/**
 * The three engines compared on the same sets (issue 17): ours, Orama and FlexSearch. The competitors get
 * the same folding and the same citizen lexicon: every concept the lexicon finds in a procedure's text is
 * added to that text as a word ("lx12"), and every concept found in a query is added to the query, so each
 * library ranks with the same knowledge of how citizens speak; its own scoring does the rest.
 */
export interface Engine {
  name: string;
  build(list: readonly SearchDoc[]): void;
  query(q: string): string[];
}

const lexicon = compileLexicon(LEXICON);
const conceptWord = (c: string) => `lx${c.slice(1)}`;
/** Folded words plus the lexicon's concepts, as words a library can index. */
const withConcepts = (text: string) => {
  const ws = words(text);
  return [...ws, ...[...lexicon.conceptsIn(ws)].map(conceptWord)].join(' ');
};
const queryWithConcepts = (q: string) => {
  const ws = words(q);
  const concepts = lexicon.segment(ws).flatMap((u) => (u.concept ? u.concept.split('|').map(conceptWord) : []));
  return [...ws, ...concepts].join(' ');
};
const fieldsOf = (d: SearchDoc) => ({ name: withConcepts(d.name), papers: withConcepts(d.papers ?? ''), field: withConcepts(d.field), detail: withConcepts(d.detail ?? '') });

export function ownEngine(preferLevel: 'xa' | 'tinh' = 'xa'): Engine {
  let index = buildSearchIndex([], lexicon);
  return {
    name: 'own engine (shared/src/search)',
    build: (list) => (index = buildSearchIndex(list, lexicon)),
    query: (q) => search(index, q, { limit: 10, preferLevel }).hits.map((h) => h.code),
  };
}

export function oramaEngine(): Engine {
  let db: AnyOrama | null = null;
  return {
    name: 'Orama 3 (BM25, typo tolerance 1, same lexicon)',
    build(list) {
      db = create({ schema: { code: 'string', name: 'string', papers: 'string', field: 'string', detail: 'string' } as const });
      void insertMultiple(
        db,
        list.map((d) => ({ code: d.code, ...fieldsOf(d) })),
      );
    },
    query(q) {
      const r = oramaSearch(db as AnyOrama, {
        term: queryWithConcepts(q),
        properties: ['name', 'papers', 'field', 'detail'],
        boost: { name: 4, papers: 2, field: 1, detail: 0.5 },
        tolerance: 1,
        threshold: 1,
        limit: 10,
      });
      if (r instanceof Promise) throw new Error('Orama answered asynchronously');
      return r.hits.map((h) => String((h.document as unknown as { code: string }).code));
    },
  };
}

export function flexEngine(): Engine {
  const FIELDS = ['name', 'papers', 'field', 'detail'] as const;
  const BOOST: Record<(typeof FIELDS)[number], number> = { name: 4, papers: 2, field: 1, detail: 0.5 };
  let doc: InstanceType<typeof FlexSearch.Document> | null = null;
  let codes: string[] = [];
  return {
    name: 'FlexSearch 0.8 (forward tokenizer, suggest, same lexicon)',
    build(list) {
      doc = new FlexSearch.Document({ document: { id: 'id', index: [...FIELDS] }, tokenize: 'forward', resolution: 9 });
      codes = list.map((d) => d.code);
      list.forEach((d, id) => doc?.add({ id, ...fieldsOf(d) }));
    },
    query(q) {
      const results = (doc as InstanceType<typeof FlexSearch.Document>).search(queryWithConcepts(q), { limit: 50, suggest: true }) as unknown as { field: (typeof FIELDS)[number]; result: number[] }[];
      // Fields answer separately: a procedure's score is the boosted reciprocal rank it earns in each.
      const score = new Map<number, number>();
      for (const { field, result } of results) result.forEach((id, rank) => score.set(id, (score.get(id) ?? 0) + BOOST[field] / (rank + 1)));
      return [...score]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([id]) => codes[id] as string);
    },
  };
}
