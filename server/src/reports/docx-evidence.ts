import type { ItemRow } from '@hcc/shared/reports/aggregate';
import { integrityLines } from '@hcc/shared/reports/integrity-text';
import type { IntegrityReport } from '@hcc/shared/reports/report';
import { COMM_FORM_LABELS } from '@hcc/shared/schemas/playlist';
import { ImageRun } from 'docx';
import { body, dataTable } from './docx-layout';
import { imageSize } from './image-size';
import { count, vnDateTime } from './vn-format';

export type Thumbnails = ReadonlyMap<string, { data: Buffer; type: 'jpg' | 'png' }>;

// Thumbnails fit a 3.4 × 3 cm box (at DOCX's 96 px to the inch), inside a column a little wider.
const BOX = { width: Math.round((34 / 25.4) * 96), height: Math.round((30 / 25.4) * 96) };

function thumbnail(item: ItemRow, thumbnails: Thumbnails): ImageRun | string {
  const t = item.mediaId ? thumbnails.get(item.mediaId) : undefined;
  if (!t) return '-';
  // An unreadable header still gets a picture, at the 16:9 most screens play.
  const size = imageSize(t.data, t.type) ?? { width: 16, height: 9 };
  const scale = Math.min(BOX.width / size.width, BOX.height / size.height);
  return new ImageRun({ type: t.type, data: t.data, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { name: item.label, description: item.label, title: item.label } });
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
    items.map((item, i) => [String(i + 1), thumbnail(item, thumbnails), item.label, item.form ? COMM_FORM_LABELS[item.form] : 'Chưa phân loại', when(item.first), when(item.last), count(item.showings), count(item.screens)]),
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
