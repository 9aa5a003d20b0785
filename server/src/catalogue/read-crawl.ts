import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createGunzip, gunzip, gunzipSync } from 'node:zlib';
import { mapCrawlRecord } from '@hcc/shared/catalogue/crawl-record';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import { storableJson } from '../http/json-body';

export interface CrawlReadReport {
  procedures: Procedure[];
  /** Lines that could not be used, each with its number and the reason. */
  rejected: { line: number; reason: string }[];
}

/** The national crawl shipped with the repository (server/seed/tthc, gzipped), so a clone in any folder has its catalogue. */
export const REPO_CATALOGUE_DIR = fileURLToPath(new URL('../../seed/tthc/', import.meta.url));

// The whole national crawl is 21 MB; anything far larger is not a crawl but a decompression bomb.
export const MAX_CRAWL_BYTES = 200 * 1024 * 1024;

/** The crawl file in a catalogue folder, plain (.jsonl) or gzipped (.jsonl.gz); null when there is none. */
export function findCrawl(dir: string = REPO_CATALOGUE_DIR): string | null {
  for (const name of ['national-crawl.jsonl', 'national-crawl.jsonl.gz']) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return null;
}

/** The text of a crawl file's bytes, gunzipped (bounded) when they are gzip. */
export function crawlText(bytes: Buffer): string {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzip ? gunzipSync(bytes, { maxOutputLength: MAX_CRAWL_BYTES }) : bytes).toString('utf8');
}

const gunzipAsync = promisify(gunzip);

/**
 * Whether gzip bytes inflate to at most `limit`, counted as a stream and stopped there. A bounded gunzip
 * holds what it inflated until it reaches its bound: a bomb cost the server 200 MB before its refusal.
 */
function inflatesWithin(bytes: Buffer, limit: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const z = createGunzip();
    let n = 0;
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n <= limit) return;
      z.destroy();
      resolve(false);
    });
    z.on('error', reject);
    z.on('end', () => resolve(true));
    z.end(bytes);
  });
}

/**
 * The same, inflated off the event loop (zlib's thread pool): what the server uses, so it keeps answering
 * meanwhile. Gzip is counted first and inflated only when within the bound; over it, this throws as a
 * bounded gunzip does (code ERR_BUFFER_TOO_LARGE), so callers tell a bomb from a damaged file alike.
 */
export async function crawlTextAsync(bytes: Buffer): Promise<string> {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzip) return bytes.toString('utf8');
  if (!(await inflatesWithin(bytes, MAX_CRAWL_BYTES))) throw Object.assign(new RangeError(`unpacks to more than ${MAX_CRAWL_BYTES} bytes`), { code: 'ERR_BUFFER_TOO_LARGE' });
  return (await gunzipAsync(bytes, { maxOutputLength: MAX_CRAWL_BYTES })).toString('utf8');
}

/** Map the national crawl (JSON lines) through the shared mapper; a bad line is reported, not fatal. */
export function parseCrawl(text: string): CrawlReadReport {
  const report: CrawlReadReport = { procedures: [], rejected: [] };
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (!line.trim()) return;
    let raw: unknown;
    try {
      // A NUL in a record would fail the whole import on PostgreSQL; it is dropped, as in every JSON body.
      raw = JSON.parse(line);
      if (line.includes('\\u')) raw = storableJson(raw);
    } catch {
      report.rejected.push({ line: n, reason: 'not valid JSON' });
      return;
    }
    const mapped = mapCrawlRecord(raw, n);
    if (mapped.ok) report.procedures.push(mapped.value);
    else report.rejected.push({ line: n, reason: mapped.error });
  });
  return report;
}

export async function readCrawlFile(file: string): Promise<CrawlReadReport> {
  return parseCrawl(await crawlTextAsync(await readFile(file)));
}

/** The repository's own copy of the crawl as text: tests and benches read it, never ../shared. */
export async function readRepoCrawlText(): Promise<string> {
  const file = findCrawl();
  if (!file) throw new Error(`the catalogue shipped with the repository is missing from ${REPO_CATALOGUE_DIR}`);
  return crawlText(await readFile(file));
}
