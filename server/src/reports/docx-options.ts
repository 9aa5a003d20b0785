import { readFile } from 'node:fs/promises';
import type { Deps } from '../context';
import { mediaDir } from '../media/routes';
import { mediaPath } from '../media/upload';
import type { Report } from '@hcc/shared/reports/report';
import type { ReportScope } from './build';
import type { DocxOptions } from './docx';

/** Pictures above this size are left out of the appendix rather than swell the document. */
const MAX_THUMBNAIL_BYTES = 2 * 1024 * 1024;
const ADMIN_PREFIX = /^(Xã|Phường|Đặc khu|Thị trấn|Tỉnh|Thành phố)\s+/u;

/**
 * Who issues the report and to whom, as the communes' own reports write it: the centre under its
 * people's committee, "Số: …/BC-TTPVHCC" left for the clerk to number, the usual recipients. The
 * document is meant to be opened, checked and signed: everything here can be edited in Word.
 */
export async function docxOptions(deps: Deps, s: ReportScope, report: Report): Promise<DocxOptions> {
  const centre = s.centre ?? s.centres.find((c) => c.kind === 'province') ?? s.centres[0] ?? null;
  const name = centre?.name ?? 'Trung tâm Phục vụ hành chính công';
  const isProvince = centre?.kind === 'province';
  const level = isProvince ? 'tỉnh' : 'xã';
  return {
    issuer: { parent: `Ủy ban nhân dân ${name.replace(/^(Xã|Phường|Tỉnh|Thành phố)/u, (m) => m.toLocaleLowerCase('vi-VN'))}`, name: 'Trung tâm Phục vụ hành chính công' },
    number: '      /BC-TTPVHCC',
    place: name.replace(ADMIN_PREFIX, ''),
    date: deps.clock(),
    recipients: isProvince ? ['Bộ Nội vụ (để b/c)', 'Thường trực Tỉnh ủy, HĐND tỉnh', 'Chủ tịch, các PCT UBND tỉnh', 'Sở Nội vụ', 'UBND các xã, phường'] : ['Sở Nội vụ tỉnh (để b/c)', `Thường trực Đảng ủy, HĐND ${level}`, `Chủ tịch, các PCT UBND ${level}`, `Ủy ban MTTQ Việt Nam ${level}`],
    signer: { title: 'Giám đốc', name: '' },
    thumbnails: await thumbnails(deps, new Set(report.showings.byItem.flatMap((i) => (i.mediaId ? [i.mediaId] : [])))),
  };
}

/** The pictures of the image items shown in the period and the poster frames of its videos, for the evidence appendix. */
async function thumbnails(deps: Deps, shown: ReadonlySet<string>): Promise<DocxOptions['thumbnails']> {
  const media = (await deps.store.media.list()).filter((m) => shown.has(m.id));
  const out = new Map<string, { data: Buffer; type: 'jpg' | 'png' }>();
  for (const m of media) {
    if (m.kind === 'video') {
      const poster = await deps.store.media.getPoster(m.id);
      if (poster) out.set(m.id, { data: poster, type: 'jpg' });
      continue;
    }
    const type = m.mime === 'image/jpeg' ? 'jpg' : m.mime === 'image/png' ? 'png' : null;
    if (!type || m.bytes > MAX_THUMBNAIL_BYTES) continue;
    // A file missing from disk is reported by the media store's own checks; the appendix shows a dash.
    const data = await readFile(mediaPath(mediaDir(deps), m.id)).catch(() => null);
    if (data) out.set(m.id, { data, type });
  }
  return out;
}
