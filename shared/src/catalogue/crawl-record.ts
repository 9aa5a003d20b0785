import * as z from 'zod/mini';
import { type Procedure, ProcedureSchema } from '../schemas/procedure';
import { cleanText } from './crawl-text';
import { parseChannels } from './parse-channels';
import { parseDossier } from './parse-dossier';
import { parseLegalBasis } from './parse-legal-basis';
import { parseLevels } from './parse-levels';
import { parseSteps } from './parse-steps';

/** One line of national-crawl.jsonl, as crawled: every value a string, many of them empty. */
const Cell = z._default(z.string(), '');
const CrawlRecordSchema = z.object({
  ma_thu_tuc: z.string(),
  ten_thu_tuc: z.string(),
  detail_url: Cell,
  so_quyet_dinh: Cell,
  cap_thuc_hien: Cell,
  linh_vuc: Cell,
  co_quan_thuc_hien: Cell,
  co_quan_co_tham_quyen: Cell,
  trinh_tu_thuc_hien: Cell,
  cach_thuc_thuc_hien: Cell,
  thanh_phan_ho_so: Cell,
  can_cu_phap_ly: Cell,
  yeu_cau_dieu_kien: Cell,
  ket_qua_xu_ly: Cell,
  _source_path: Cell,
});

export type MapResult = { ok: true; value: Procedure; warnings: string[] } | { ok: false; error: string };

/** The result cell ends with the portal's page furniture ("Từ khóa…Nộp hồ sơ"); result codes are noise to citizens. */
function parseResult(raw: string): string | null {
  const body = raw.split('Từ khóa')[0] ?? '';
  return cleanText(body.replace(/Mã:\s*KQ\.[A-Z0-9.]+/g, '; ').replace(/(;\s*)+$/, ''));
}

const isUrl = (s: string) => z.url({ protocol: /^https?$/ }).safeParse(s).success;

/** Map one crawled record into the shared Procedure; a record that cannot be trusted says why. */
export function mapCrawlRecord(raw: unknown, line: number): MapResult {
  const rec = CrawlRecordSchema.safeParse(raw);
  if (!rec.success) return { ok: false, error: `line ${line}: not a procedure record (${rec.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')})` };
  const r = rec.data;
  const warnings: string[] = [];
  const level = parseLevels(r.cap_thuc_hien);
  if (level.length === 0) warnings.push(`line ${line}: no implementation level in "${r.cap_thuc_hien}"`);
  const candidate = {
    code: r.ma_thu_tuc.trim(),
    name: cleanText(r.ten_thu_tuc) ?? '',
    level,
    field: cleanText(r.linh_vuc) ?? '',
    agency: cleanText(r.co_quan_thuc_hien) ?? cleanText(r.co_quan_co_tham_quyen),
    decision: cleanText(r.so_quyet_dinh),
    channels: parseChannels(r.cach_thuc_thuc_hien),
    dossier: parseDossier(r.thanh_phan_ho_so),
    steps: parseSteps(r.trinh_tu_thuc_hien),
    requirements: cleanText(r.yeu_cau_dieu_kien),
    legalBasis: parseLegalBasis(r.can_cu_phap_ly),
    result: parseResult(r.ket_qua_xu_ly),
    portalUrl: isUrl(r.detail_url.trim()) ? r.detail_url.trim() : null,
    source: { kind: 'crawl' as const, ref: r._source_path || `line ${line}`, flags: [] },
  };
  const parsed = ProcedureSchema.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, error: `line ${line} (${candidate.code || 'no code'}): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  }
  return { ok: true, value: parsed.data, warnings };
}
