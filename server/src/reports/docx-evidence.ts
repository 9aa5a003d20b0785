import type { ItemRow } from '@hcc/shared/reports/aggregate';
import { integrityLines } from '@hcc/shared/reports/integrity-text';
import type { IntegrityReport } from '@hcc/shared/reports/report';
import { COMM_FORM_LABELS } from '@hcc/shared/schemas/playlist';
import { REGISTER_FORM_LABELS, type RegisterEntry } from '@hcc/shared/schemas/register';
import { ImageRun } from 'docx';
import { body, dataTable } from './docx-layout';
import { imageSize } from './image-size';
import { count, vnDateTime } from './vn-format';

export type Thumbnails = ReadonlyMap<string, { data: Buffer; type: 'jpg' | 'png' }>;

// Thumbnails fit a 3.4 × 3 cm box (at DOCX's 96 px to the inch), inside a column a little wider.
const BOX = { width: Math.round((34 / 25.4) * 96), height: Math.round((30 / 25.4) * 96) };

function thumbnail(mediaId: string | null, label: string, thumbnails: Thumbnails): ImageRun | string {
  const t = mediaId ? thumbnails.get(mediaId) : undefined;
  if (!t) return '-';
  // An unreadable header still gets a picture, at the 16:9 most screens play.
  const size = imageSize(t.data, t.type) ?? { width: 16, height: 9 };
  const scale = Math.min(BOX.width / size.width, BOX.height / size.height);
  return new ImageRun({ type: t.type, data: t.data, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { name: label, description: label, title: label } });
}

/** Date and time on two lines, so both fit a narrow column. */
const when = (iso: string) => vnDateTime(iso).split(' ');

/** The evidence the plans ask for: every item shown, with its picture, form, first and last showing and reach. */
export function evidenceTable(items: readonly ItemRow[], thumbnails: Thumbnails) {
  return dataTable(
    [
      { title: 'Stt', width: 8, align: 'center' },
      { title: 'Hình ảnh', width: 36, align: 'center' },
      { title: 'Nội dung', width: 33, align: 'left' },
      { title: 'Hình thức', width: 20, align: 'left' },
      { title: 'Phát lần đầu', width: 22, align: 'center' },
      { title: 'Phát lần cuối', width: 22, align: 'center' },
      { title: 'Số lượt', width: 12, align: 'right' },
      { title: 'Số màn hình', width: 12, align: 'right' },
    ],
    items.map((item, i) => [String(i + 1), thumbnail(item.mediaId, item.label, thumbnails), item.label, item.form ? COMM_FORM_LABELS[item.form] : 'Chưa phân loại', when(item.first), when(item.last), count(item.showings), count(item.screens)]),
  );
}

/** What was done outside the screens, each with the photo or the link that proves it. */
export function registerEvidenceTable(entries: readonly RegisterEntry[], thumbnails: Thumbnails) {
  return dataTable(
    [
      { title: 'Stt', width: 8, align: 'center' },
      { title: 'Ảnh minh chứng', width: 36, align: 'center' },
      { title: 'Ngày', width: 20, align: 'center' },
      { title: 'Nội dung', width: 45, align: 'left' },
      { title: 'Số lượng', width: 14, align: 'right' },
      { title: 'Đường dẫn', width: 42, align: 'left' },
    ],
    entries.map((e, i) => [String(i + 1), thumbnail(e.proof?.kind === 'media' ? e.proof.mediaId : null, e.title, thumbnails), e.date.split('-').reverse().join('/'), `${REGISTER_FORM_LABELS[e.form]}: ${e.title}`, count(e.count), e.proof?.kind === 'link' ? e.proof.url : '-']),
  );
}

/** Whether the proof-of-play log, and the totals above, still hold together, so the counts can be trusted. */
export function integrityParagraphs(i: IntegrityReport) {
  const checked = `đã kiểm tra ${count(i.rows)} bản ghi; lần kiểm tra toàn bộ gần nhất: ${i.fullCheckAt ? vnDateTime(i.fullCheckAt) : 'chưa có'}; kiểm tra lúc ${vnDateTime(i.checkedAt)}`;
  const { verdict, lines } = integrityLines(i);
  const head = i.ok
    ? `Kết quả kiểm tra chuỗi toàn vẹn của nhật ký phát: ${verdict} (${checked}).`
    : `Kết quả kiểm tra chuỗi toàn vẹn của nhật ký phát: ${verdict} (${checked}); các số liệu liên quan dưới đây cần được xác minh trước khi sử dụng.`;
  return [body(head), ...lines.map((l) => body(l))];
}
