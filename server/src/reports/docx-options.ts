import { readFile } from 'node:fs/promises';
import type { Deps } from '../context';
import { mediaDir } from '../media/routes';
import { mediaPath } from '../media/upload';
import { letterheadOf } from '@hcc/shared/reports/letterhead';
import type { Narrative } from '@hcc/shared/reports/narrative';
import type { Report } from '@hcc/shared/reports/report';
import type { ReportScope } from './build';
import type { DocxOptions } from './docx';
import { pictureKeyOf } from './docx-evidence';

/** Pictures above this size are left out of the appendix rather than swell the document. */
const MAX_THUMBNAIL_BYTES = 2 * 1024 * 1024;

/**
 * Who issues the report and to whom, from the centre's own letterhead fields (console, Trung tâm tab):
 * its people's committee over the centre, "Số: …/BC-TTPVHCC" left for the clerk to number, the place,
 * the signer's title and the recipients its plan names. A report over every centre is issued by the
 * province. The document is meant to be opened, checked and signed: everything can be edited in Word.
 */
export async function docxOptions(deps: Deps, s: ReportScope, report: Report, text: { narrative: Narrative; number: string | null }): Promise<DocxOptions> {
  const centre = s.centre ?? s.centres.find((c) => c.kind === 'province') ?? s.centres[0] ?? null;
  const parent = centre?.parentId ? (s.centres.find((c) => c.id === centre.parentId) ?? null) : null;
  const head = centre ? letterheadOf(centre, parent) : { parent: 'Ủy ban nhân dân', name: 'Trung tâm Phục vụ hành chính công', place: '', signerTitle: 'Giám đốc', recipients: ['Lưu: VT'] };
  return {
    issuer: { parent: head.parent, name: head.name },
    // The clerk numbers the document when it is issued; until then the number is left blank to fill in.
    number: text.number ?? '      /BC-TTPVHCC',
    narrative: text.narrative,
    place: head.place,
    date: deps.clock(),
    recipients: head.recipients,
    signer: { title: head.signerTitle, name: '' },
    thumbnails: await thumbnails(deps, report),
  };
}

/** Pictures for the evidence appendix: the files and poster frames of media, and the slides the console drew. */
async function thumbnails(deps: Deps, report: Report): Promise<DocxOptions['thumbnails']> {
  const out = await mediaThumbnails(
    deps,
    new Set([...report.showings.byItem.flatMap((i) => (i.mediaId ? [i.mediaId] : [])), ...report.register.flatMap((e) => (e.proof?.kind === 'media' ? [e.proof.mediaId] : []))]),
  );
  const slideKeys = report.showings.byItem.flatMap((i) => {
    const key = i.mediaId === null ? pictureKeyOf(i) : null;
    return key ? [key] : [];
  });
  for (const [key, jpeg] of await deps.store.slidePictures.get(slideKeys)) out.set(key, { data: jpeg, type: 'jpg' });
  return out;
}

/** The pictures of the image items shown in the period and the poster frames of its videos, for the evidence appendix. */
async function mediaThumbnails(deps: Deps, shown: ReadonlySet<string>): Promise<Map<string, { data: Buffer; type: 'jpg' | 'png' }>> {
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
