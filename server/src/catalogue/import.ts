import { crossCheck } from '@hcc/shared/catalogue/cross-check';
import { planImport } from '@hcc/shared/catalogue/import-plan';
import { type ListEntry, parseProcedureList } from '@hcc/shared/catalogue/procedure-list';
import type { CatalogueImportReport } from '@hcc/shared/schemas/catalogue-import';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { crawlTextAsync, MAX_CRAWL_BYTES, parseCrawl } from './read-crawl';
import { readFirstSheet, SpreadsheetError } from './spreadsheet';

export interface CatalogueFile {
  name: string;
  data: Buffer;
}

export interface ImportOptions {
  apply: boolean;
  /** Remove procedures the files do not have (a full catalogue replacing the old one). */
  replace: boolean;
  /** Select for this centre the procedures of its level (commune → cấp xã, province → cấp tỉnh). */
  centreId?: string | undefined;
  /**
   * Whether the import may rewrite procedures already stored. Their texts are shared by every centre's
   * kiosks, so a commune's admin importing its own list adds what is new and selects, but leaves the
   * texts as the province keeps them.
   */
  mayChangeShared: boolean;
  actor: string;
}

const SAMPLE = 20;

/** Reads crawl (.jsonl) and list (.xlsx) files; each bad row is named, the rest go on. */
async function readFiles(files: readonly CatalogueFile[]): Promise<{ crawled: Procedure[] | null; lists: ListEntry[]; rejected: CatalogueImportReport['rejected'] }> {
  let crawled: Procedure[] | null = null;
  const lists: ListEntry[] = [];
  const rejected: CatalogueImportReport['rejected'] = [];
  for (const f of files) {
    if (/\.jsonl?(\.gz)?$/i.test(f.name)) {
      let text: string;
      try {
        text = await crawlTextAsync(f.data);
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new AppError('too_large', `${f.name} unpacks to more than ${MAX_CRAWL_BYTES / 1024 / 1024} MB, far more than the whole national crawl; it is not read.`);
        throw new AppError('validation', `${f.name}: not a readable gzip file (${(err as Error).message}).`);
      }
      const r = parseCrawl(text);
      crawled = [...(crawled ?? []), ...r.procedures];
      rejected.push(...r.rejected.map((x) => ({ file: f.name, line: x.line, reason: x.reason })));
    } else if (/\.xlsx$/i.test(f.name)) {
      try {
        const r = parseProcedureList(await readFirstSheet(f.data, f.name));
        lists.push(...r.entries);
        rejected.push(...r.rejected.map((x) => ({ file: f.name, line: x.row, reason: x.reason })));
      } catch (err) {
        if (err instanceof SpreadsheetError) throw new AppError('validation', `${err.message}.`);
        throw err;
      }
    } else {
      throw new AppError('unsupported_media', `${f.name}: only the crawl's JSON lines (.jsonl or .jsonl.gz) and the portal's lists (.xlsx) can be imported.`);
    }
  }
  return { crawled, lists, rejected };
}

/**
 * Import, or preview an import of, procedure files. Lists alone are checked against the catalogue
 * already stored, so importing a ministry's spreadsheet never blanks the crawled details.
 */
export async function importCatalogue(deps: Deps, files: readonly CatalogueFile[], opts: ImportOptions): Promise<CatalogueImportReport> {
  if (!files.length) throw new AppError('validation', 'Choose at least one file to import.');
  const { crawled, lists, rejected } = await readFiles(files);
  const existing = await deps.store.procedures.all();
  const { procedures, flags } = crossCheck(crawled ?? existing, lists);
  const plan = planImport(existing, procedures);
  const changed = opts.mayChangeShared ? plan.changed : [];
  const keptShared = opts.mayChangeShared ? [] : plan.changed.map((c) => c.before.code);
  // A procedure a playlist shows stays, or the spotlight would vanish from the screens.
  const used = new Set(
    [...(await deps.store.playlists.list()), ...(await deps.store.playlists.latestVersions())].flatMap((p) => p.items.flatMap((i) => (i.kind === 'procedure' ? [i.procedureCode] : []))),
  );
  const removed = opts.replace ? plan.missing.filter((p) => !used.has(p.code)) : [];
  if (opts.replace) for (const p of plan.missing) if (used.has(p.code)) flags.push({ code: p.code, reason: 'not in the files but shown by a playlist; kept' });
  let selection: { centreId: string; codes: string[] } | null = null;
  if (opts.centreId) {
    const centre = await deps.store.centres.get(opts.centreId);
    if (!centre) throw new AppError('validation', `Unknown centre "${opts.centreId}".`);
    const level = centre.kind === 'province' ? 'tinh' : 'xa';
    const gone = new Set(removed.map((p) => p.code));
    const changedCodes = new Set(changed.map((c) => c.before.code));
    const all = [...existing.filter((p) => !gone.has(p.code) && !changedCodes.has(p.code)), ...plan.added, ...changed.map((c) => c.after)];
    selection = { centreId: centre.id, codes: all.filter((p) => p.level.includes(level)).map((p) => p.code) };
  }
  if (opts.apply) {
    const at = deps.clock().toISOString();
    await deps.store.procedures.upsertMany([...plan.added, ...changed.map((c) => c.after)], at);
    if (removed.length) await deps.store.procedures.deleteMany(removed.map((p) => p.code));
    // After the upsert: a selection may only name procedures that exist.
    if (selection) await deps.store.procedures.setCentreCodes(selection.centreId, selection.codes);
    await deps.store.audit.append({
      at,
      actor: opts.actor,
      action: 'catalogue.import',
      subject: files.map((f) => f.name).join(', '),
      before: null,
      after: {
        added: plan.added.length,
        changed: changed.length,
        keptShared: keptShared.length,
        removed: removed.length,
        flagged: flags.length,
        rejected: rejected.length,
        centre: opts.centreId ?? null,
      },
    });
  }
  return {
    applied: opts.apply,
    added: plan.added.length,
    changed: changed.length,
    keptShared: keptShared.length,
    unchanged: plan.unchanged,
    removed: removed.length,
    samples: {
      added: plan.added.slice(0, SAMPLE).map((p) => p.code),
      changed: changed.slice(0, SAMPLE).map((c) => c.after.code),
      keptShared: keptShared.slice(0, SAMPLE),
      removed: removed.slice(0, SAMPLE).map((p) => p.code),
    },
    flagged: flags,
    rejected,
    centreSelection: selection?.codes.length ?? null,
  };
}
