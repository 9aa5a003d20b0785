import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { mapCrawlRecord } from '@hcc/shared/catalogue/crawl-record';
import type { Procedure } from '@hcc/shared/schemas/procedure';

export interface CrawlReadReport {
  procedures: Procedure[];
  /** Lines that could not be used, each with its number and the reason. */
  rejected: { line: number; reason: string }[];
}

/** Read the national crawl (JSON lines) through the shared mapper; a bad line is reported, not fatal. */
export async function readCrawlFile(file: string): Promise<CrawlReadReport> {
  const report: CrawlReadReport = { procedures: [], rejected: [] };
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (!text.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      report.rejected.push({ line: n, reason: 'not valid JSON' });
      continue;
    }
    const mapped = mapCrawlRecord(raw, n);
    if (mapped.ok) report.procedures.push(mapped.value);
    else report.rejected.push({ line: n, reason: mapped.error });
  }
  return report;
}
