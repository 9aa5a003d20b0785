import type { ItemRow } from '@hcc/shared/reports/aggregate';
import { integrityLines } from '@hcc/shared/reports/integrity-text';
import type { IntegrityReport } from '@hcc/shared/reports/report';
import { COMM_FORM_LABELS } from '@hcc/shared/schemas/playlist';
import { REGISTER_FORM_LABELS, type RegisterEntry } from '@hcc/shared/schemas/register';
import { ImageRun } from 'docx';
import { body, dataTable } from './docx-layout';
import { slidePictureKey } from '../playlists/slide-picture-repo';
import { imageSize } from './image-size';
import { count, vnDateTime } from './vn-format';

export type Thumbnails = ReadonlyMap<string, { data: Buffer; type: 'jpg' | 'png' }>;

// Thumbnails fit a 3.4 × 3 cm box (at DOCX's 96 px to the inch), inside a column a little wider.
const BOX = { width: Math.round((34 / 25.4) * 96), height: Math.round((30 / 25.4) * 96) };

/** Said in the picture's cell when a slide has not been drawn yet, and explained under the table. */
export const NO_PICTURE = 'Chưa có ảnh (*)';

/** Where an item's picture is kept: its file for an image or video, else the picture of the slide it shows. */
export const pictureKeyOf = (item: Pick<ItemRow, 'mediaId' | 'slide'>) => item.mediaId ?? (item.slide === null ? null : slidePictureKey(item.slide));

function thumbnail(key: string | null, label: string, thumbnails: Thumbnails, missing = '-'): ImageRun | string {
  const t = key ? thumbnails.get(key) : undefined;
  if (!t) return missing;
  // An unreadable header still gets a picture, at the 16:9 most screens play.
  const size = imageSize(t.data, t.type) ?? { width: 16, height: 9 };
  const scale = Math.min(BOX.width / size.width, BOX.height / size.height);
  return new ImageRun({
    type: t.type,
    data: t.data,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: label, description: label, title: label },
  });
}

/** Date and time on two lines, so both fit a narrow column. */
const when = (iso: string) => vnDateTime(iso).split(' ');

/**
 * The evidence the plans ask for: every item shown, with its picture, form, first and last showing and
 * reach. An item whose picture is missing says so in its cell, and a note under the table says why and
 * how to fill it, rather than leaving an officer to guess whether the item was ever on screen.
 */
export function evidenceTable(items: readonly ItemRow[], thumbnails: Thumbnails) {
  const missing = items.filter((item) => {
    const key = pictureKeyOf(item);
    return !key || !thumbnails.has(key);
  }).length;
  const note = missing
    ? [
        body(
          `(*) ${count(missing)} nội dung chưa có ảnh minh họa: ảnh của trang trình chiếu (chữ, mã QR, thủ tục, kết quả khảo sát) được bảng điều khiển vẽ bằng chính trình phát khi xuất bản danh sách phát hoặc khi mở trang Báo cáo; ảnh của video là khung hình đại diện, có khi mở video trong Thư viện.`,
        ),
      ]
    : [];
  const table = dataTable(
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
    items.map((item, i) => [
      String(i + 1),
      thumbnail(pictureKeyOf(item), item.label, thumbnails, NO_PICTURE),
      item.label,
      item.form ? COMM_FORM_LABELS[item.form] : 'Chưa phân loại',
      when(item.first),
      when(item.last),
      count(item.showings),
      count(item.screens),
    ]),
  );
  return [...table, ...note];
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
    entries.map((e, i) => [
      String(i + 1),
      thumbnail(e.proof?.kind === 'media' ? e.proof.mediaId : null, e.title, thumbnails),
      e.date.split('-').reverse().join('/'),
      `${REGISTER_FORM_LABELS[e.form]}: ${e.title}`,
      count(e.count),
      e.proof?.kind === 'link' ? e.proof.url : '-',
    ]),
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
