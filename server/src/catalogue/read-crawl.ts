import { readFile } from 'node:fs/promises';
import { mapCrawlRecord } from '@hcc/shared/catalogue/crawl-record';
import type { Procedure } from '@hcc/shared/schemas/procedure';

export interface CrawlReadReport {
  procedures: Procedure[];
  /** Lines that could not be used, each with its number and the reason. */
  rejected: { line: number; reason: string }[];
}

/** Map the national crawl (JSON lines) through the shared mapper; a bad line is reported, not fatal. */
export function parseCrawl(text: string): CrawlReadReport {
  const report: CrawlReadReport = { procedures: [], rejected: [] };
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
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
  return parseCrawl(await readFile(file, 'utf8'));
}
