import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Report } from '@hcc/shared/reports/report';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type DocxOptions, reportDocx } from '../src/reports/docx';
import { showingsSeries } from '../src/reports/docx-chart';
import { NO_PICTURE } from '../src/reports/docx-evidence';
import { slidePictureKey } from '../src/playlists/slide-picture-repo';
import { imageSize } from '../src/reports/image-size';
import { encodePng } from '../src/reports/png-chart';
import { periodPhrase, placeAndDate } from '../src/reports/vn-format';
import { defaultRecipients } from '@hcc/shared/reports/letterhead';
import { NEWS_SLIDE, QR_SLIDE, sampleReport } from './sample-report';

const run = promisify(execFile);
const CLIP_MEDIA = 'a'.repeat(64);
/** A 320 × 180 (16:9) PNG thumbnail for the clip. */
const THUMB = encodePng(320, 180, new Uint8Array(320 * 180 * 3).fill(0x80));
const EMU_PER_PX = 9525;

const options = (over: Partial<DocxOptions> = {}): DocxOptions => ({
  narrative: { achieved: 'Hoàn thành các nhiệm vụ trọng tâm của quý.', shortcomings: 'Nhiệm vụ 2 chưa đạt chỉ tiêu.', causes: '', nextSteps: 'Tập trung thực hiện nhiệm vụ 2.', proposals: '' },
  issuer: { parent: 'UBND xã Long Thành', name: 'Trung tâm Phục vụ hành chính công' },
  number: '     /BC-TTPVHCC',
  place: 'Long Thành',
  date: new Date('2026-04-02T03:00:00Z'),
  recipients: ['UBND tỉnh Đồng Nai (b/c)', 'Sở Nội vụ;'],
  signer: { title: 'KT. Giám đốc\nPhó Giám đốc', name: 'Nguyễn Văn An' },
  thumbnails: new Map(),
  ...over,
});

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of some WordprocessingML: runs joined, paragraphs and line breaks on lines of their own. */
const textOf = (xml: string) =>
  unescape(
    xml
      .replace(/<w:br\/>|<\/w:p>/g, '\n')
      .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
      .replace(/<[^>]+>/g, ''),
  );
/** Every table row as its cells' text, lines within a cell joined by a space. */
const tableRows = (xml: string) => [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([tr]) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => textOf(tc).trim().split('\n').join(' ')));
/** The attributes of the first `tag` element. */
const attrs = (xml: string, tag: string) => Object.fromEntries([...(xml.match(new RegExp(`<${tag} ([^>]*)/?>`))?.[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));

async function unpack(report: Report, over: Partial<DocxOptions> = {}) {
  const zip = await JSZip.loadAsync(await reportDocx(report, options(over)));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await part('word/document.xml');
  const media = await Promise.all(zip.file(/^word\/media\//).map(async (f) => ({ name: f.name, data: Buffer.from(await f.async('uint8array')) })));
  return { document, styles: await part('word/styles.xml'), text: textOf(document), rows: tableRows(document), media };
}

describe('report DOCX', () => {
  it('files the report once: the default recipients, which name "Lưu: VT" themselves, do not print it twice', async () => {
    const { text } = await unpack(sampleReport(), { recipients: defaultRecipients('commune', 'xã Long Thành', 'tỉnh Đồng Nai') });
    expect(text).toMatch(/Nơi nhận:\n- UBND xã Long Thành \(qua Phòng Văn hóa – Xã hội\);\n- Sở Nội vụ tỉnh Đồng Nai;\n- Lưu: VT\.\n/);
    // A filing line of the centre's own wording stays, last, in place of the default one.
    const own = await unpack(sampleReport(), { recipients: ['Sở Nội vụ', 'Lưu: VT, TTPVHCC.'] });
    expect(own.text).toMatch(/Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, TTPVHCC\.\n/);
  });

  it('writes the counts: 174 showings, 120 + 45 + 9 by item, by form and in total', async () => {
    const { text, rows } = await unpack(sampleReport());
    expect(text).toContain('Tổng số lượt phát: 174 lượt');
    // The evidence appendix, one row per item: no picture given, so each cell says so.
    expect(rows).toContainEqual(['1', NO_PICTURE, 'Clip: Dịch vụ công trực tuyến', 'Video, clip', '02/01/2026 08:00', '30/03/2026 16:00', '120', '2']);
    expect(rows).toContainEqual(['2', NO_PICTURE, 'Bản tin cải cách hành chính tháng 1', 'Bản tin', '05/01/2026 08:00', '28/02/2026 16:00', '45', '1']);
    expect(rows).toContainEqual(['3', NO_PICTURE, 'QR Cổng Dịch vụ công', 'Mã QR', '01/03/2026 08:00', '31/03/2026 16:00', '9', '1']);
    // By form, by reform area and by centre, with their totals.
    expect(rows).toContainEqual(['1', 'Video, clip', '120', '20 phút', '69,0%']);
    // 20 + 7.5 + 1.5 minutes: the halves are rounded so the rows add up to the total's 29, not 30.
    expect(rows).toContainEqual(['2', 'Bản tin', '45', '8 phút', '25,8%']);
    expect(rows).toContainEqual(['3', 'Mã QR', '9', '1 phút', '5,2%']);
    expect(rows).toContainEqual(['1', 'Xây dựng chính quyền điện tử, chính quyền số', '129', '22 phút', '74,1%']);
    expect(rows).toContainEqual(['2', 'Xã Lộc Tấn', '69', '11 phút', '39,7%']);
    expect(rows.filter((r) => r[1] === 'Tổng cộng')).toEqual(Array(3).fill(['', 'Tổng cộng', '174', '29 phút', '100,0%']));
  });

  it('lays out the Decree 30 heading, title and closing', async () => {
    const { text, rows } = await unpack(sampleReport());
    for (const s of [
      'UBND XÃ LONG THÀNH',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:      /BC-TTPVHCC',
      'Long Thành, ngày 02 tháng 4 năm 2026',
    ])
      expect(text).toContain(s);
    expect(text).toContain('BÁO CÁO\nKết quả công tác thông tin, tuyên truyền cải cách hành chính\nquý I năm 2026\n');
    expect(text).toMatch(/Nơi nhận:\n- UBND tỉnh Đồng Nai \(b\/c\);\n- Sở Nội vụ;\n- Lưu: VT\.\n/);
    expect(text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n');
    expect(text).toContain('Nguyễn Văn An');
    // Headings in the order the report reads.
    const order = [
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'Hoàn thành các nhiệm vụ trọng tâm của quý.',
      '2. Kết quả thực hiện Kế hoạch',
      '3. Các hoạt động tuyên truyền khác',
      '4. Khảo sát sự hài lòng',
      '5. Kiosk tra cứu',
      '6. Thời gian hoạt động',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'Nhiệm vụ 2 chưa đạt chỉ tiêu.',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'Tập trung thực hiện nhiệm vụ 2.',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'V. TÀI LIỆU KIỂM CHỨNG',
      'Nơi nhận:',
    ].map((h) => text.indexOf(h));
    expect(order.every((at, i) => at > (order[i - 1] ?? 0))).toBe(true);
    // The plan's targets, satisfaction with its interval, the kiosk, uptime and the log's integrity.
    // The plan's appendix, column for column, with the period's result and assessment.
    expect(rows).toContainEqual([
      '2',
      'Đăng tải bản tin cải cách hành chính',
      'Mỗi tháng ít nhất 02 bản tin',
      'Phòng Văn hóa – Xã hội',
      'Các cơ quan chuyên môn',
      'Thường xuyên',
      'Tháng 01 năm 2026: 1/2 Tháng 02 năm 2026: 1/2 Tháng 3 năm 2026: 0/2 Phát trên màn hình chờ: Bản tin cải cách hành chính tháng 1 Sổ ghi nhận: 20/02/2026: Bản tin trên Zalo OA tháng 2',
      'Chưa đạt',
    ]);
    expect(rows).toContainEqual([
      '1',
      'Sản xuất video, clip tuyên truyền cải cách hành chính',
      'Ít nhất 01 video, clip',
      'Các cơ quan chuyên môn thuộc UBND xã',
      'Trung tâm Dịch vụ tổng hợp',
      'Trong năm 2026',
      'Năm 2026: 1/1 (chưa hết kỳ) Phát trên màn hình chờ: Clip: Dịch vụ công trực tuyến',
      'Đạt',
    ]);
    expect(rows).toContainEqual(['3', 'Treo băng rôn, khẩu hiệu', 'Thường xuyên', 'Phòng Văn hóa – Xã hội', '', 'Thường xuyên', '(Đơn vị bổ sung kết quả)', 'Đơn vị tự đánh giá']);
    // The register: what was done outside the screens, with its proof.
    expect(rows).toContainEqual(['1', '20/02/2026', 'Bài đăng Zalo OA', 'Bản tin trên Zalo OA tháng 2', '1', 'Xã Long Thành, Zalo OA Trung tâm', 'https://zalo.me/hcc-long-thanh/bai-2']);
    expect(text).toContain('n = 40, trong đó 36 phiếu hài lòng; tỷ lệ hài lòng 90,0% (khoảng tin cậy 95%: từ 77,0% đến 96,0%)');
    // Each survey form in its own table with its sample, and the answers left out as bursts said.
    expect(text).toContain('a) Đánh giá nhanh');
    expect(text).toContain('Có 3 phiếu không được tính vì gửi dồn dập');
    expect(text).toContain('300 lượt tìm kiếm, trong đó 12 lượt (4,0%) không có kết quả');
    expect(rows).toContainEqual(['1', '1.001612', 'Đăng ký khai sinh', '80']);
    expect(rows).toContainEqual(['1', 'Sảnh chờ Long Thành', 'Xã Long Thành', '556/639', '87,0%', '60']);
    expect(text).toContain('nhật ký phát: toàn vẹn (đã kiểm tra 174 bản ghi; lần kiểm tra toàn bộ gần nhất: 02/04/2026 08:00');
  });

  it('sets A4 portrait, the decree margins and Times New Roman 14 pt', async () => {
    const { document, styles } = await unpack(sampleReport());
    const sectPr = document.slice(document.lastIndexOf('<w:sectPr'));
    expect(attrs(sectPr, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // 20 / 20 / 30 / 15 mm in twips.
    expect(attrs(sectPr, 'w:pgMar')).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '850' });
    expect(attrs(styles, 'w:rFonts')).toMatchObject({ 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman', 'w:cs': 'Times New Roman' });
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>/);
    // No run picks another font.
    expect([...document.matchAll(/w:ascii="([^"]*)"/g)].every(([, f]) => f === 'Times New Roman')).toBe(true);
  });

  it('numbers pages in the top margin from page 2 on, as the decree places them', async () => {
    const zip = await JSZip.loadAsync(await reportDocx(sampleReport(), options()));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const headerOf = async (type: string) => {
      const id = document.match(new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`))?.[1];
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
      return (await zip.file(`word/${target}`)?.async('string')) ?? '';
    };
    expect(document).toContain('<w:titlePg/>');
    expect(await headerOf('default')).toMatch(/PAGE/);
    expect(await headerOf('first')).not.toMatch(/PAGE/);
  });

  it('draws the showings chart as a PNG: per month over a quarter, drawn at twice the size shown', async () => {
    const { media, document } = await unpack(sampleReport());
    expect(media).toHaveLength(1);
    const png = media[0]?.data ?? Buffer.alloc(0);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 480]);
    expect(attrs(document, 'wp:extent')).toEqual({ cx: String(600 * EMU_PER_PX), cy: String(240 * EMU_PER_PX) });
    expect(textOf(document)).toContain('Hình 1. Số lượt phát theo tháng, từ tháng 01/2026 đến tháng 3/2026; cao nhất 100 lượt, tháng 01/2026.');
  });

  it('puts the thumbnail of a shown clip in the evidence, within 4 cm and at its own aspect ratio', async () => {
    const { media, document } = await unpack(sampleReport(), { thumbnails: new Map([[CLIP_MEDIA, { data: THUMB, type: 'png' }]]) });
    expect(media).toHaveLength(2);
    expect(media.some((m) => m.data.equals(THUMB))).toBe(true);
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map(([, cx, cy]) => [Number(cx), Number(cy)] as const);
    const thumb = extents.find(([cx]) => cx !== 600 * EMU_PER_PX);
    expect(thumb).toBeDefined();
    const [cx = 0, cy = 0] = thumb ?? [];
    expect(cx).toBeLessThanOrEqual(1_440_000); // 4 cm in EMU
    expect(cx / cy).toBeCloseTo(16 / 9, 1);
  });

  it('puts the picture of each drawn slide beside its item, keyed by what the slide shows, and says which have none', async () => {
    const news = encodePng(320, 180, new Uint8Array(320 * 180 * 3).fill(0x20));
    const qr = encodePng(320, 180, new Uint8Array(320 * 180 * 3).fill(0xe0));
    const all = await unpack(sampleReport(), {
      thumbnails: new Map([
        [CLIP_MEDIA, { data: THUMB, type: 'png' }],
        [slidePictureKey(NEWS_SLIDE), { data: news, type: 'png' }],
        [slidePictureKey(QR_SLIDE), { data: qr, type: 'png' }],
      ]),
    });
    // The chart, the clip's poster, the bulletin's slide and the QR slide.
    expect(all.media).toHaveLength(4);
    for (const picture of [THUMB, news, qr]) expect(all.media.some((m) => m.data.equals(picture))).toBe(true);
    expect(textOf(all.document)).not.toContain(NO_PICTURE);
    // Without the QR slide's picture, its cell and a note under the table say so.
    const some = await unpack(sampleReport(), {
      thumbnails: new Map([
        [CLIP_MEDIA, { data: THUMB, type: 'png' }],
        [slidePictureKey(NEWS_SLIDE), { data: news, type: 'png' }],
      ]),
    });
    expect(some.media).toHaveLength(3);
    expect(textOf(some.document).split(NO_PICTURE)).toHaveLength(2);
    expect(textOf(some.document)).toContain('(*) 1 nội dung chưa có ảnh minh họa');
  });

  it('reads unclassified forms and areas as "Chưa phân loại" and a broken log as not intact', async () => {
    const base = sampleReport();
    const report = sampleReport({
      showings: {
        ...base.showings,
        byForm: [...base.showings.byForm, { key: 'none', label: 'none', showings: 3, playMs: 30_000 }],
        byReformArea: [...base.showings.byReformArea, { key: 'none', label: 'none', showings: 3, playMs: 30_000 }],
      },
      integrity: {
        ...base.integrity,
        ok: false,
        rows: 180,
        firstBroken: { seq: 17, id: '' },
        fullCheckAt: null,
        problems: [
          {
            kind: 'row',
            seq: 17,
            deviceId: 's1',
            screenName: 'Sảnh chờ Long Thành',
            centreId: 'long-thanh',
            centreName: 'Xã Long Thành',
            itemId: 'v',
            itemTitle: 'Clip cải cách',
            playlistId: 'p',
            at: '2026-03-02T01:15:00.000Z',
            day: null,
          },
        ],
      },
    });
    const { rows, text } = await unpack(report);
    expect(rows.filter((r) => r[1] === 'Chưa phân loại')).toHaveLength(2);
    expect(text).toContain('nhật ký phát: không toàn vẹn');
    // In a person's terms: which screen, which centre, which item, when — not a row number.
    expect(text).toContain('Lượt phát «Clip cải cách» trên màn hình «Sảnh chờ Long Thành» (Xã Long Thành) lúc 08:15 02/03/2026');
    expect(text).not.toContain('bản ghi số 17');
    expect(text).toContain('lần kiểm tra toàn bộ gần nhất: chưa có');
  });

  it('lists a province’s targets under each commune', async () => {
    const base = sampleReport();
    const [first, second] = base.targets;
    const report = sampleReport({ targets: [...(first ? [first] : []), ...(second ? [{ ...second, centreId: 'loc-tan' }] : [])] });
    const { rows } = await unpack(report);
    const names = rows.map((r) => r.join('|'));
    expect(names.indexOf('Xã Long Thành')).toBeGreaterThan(-1);
    expect(names.indexOf('Xã Lộc Tấn')).toBeGreaterThan(names.indexOf('Xã Long Thành'));
  });

  it('still reads as a report for a period with nothing shown and no answers', async () => {
    const empty = sampleReport({
      showings: { totals: { showings: 0, playMs: 0, completed: 0, screens: 0 }, byItem: [], byReformArea: [], byForm: [], byScreen: [], byCentre: [], byDay: [] },
      targets: [],
      satisfaction: { n: 0, satisfied: 0, index: 0, ci: { low: 0, high: 0 }, criteria: [] },
      satisfactionByForm: [],
      surveysExcluded: 0,
      kiosk: { searches: 0, withoutResult: 0, mostViewed: [], emptySearches: [] },
      uptime: [],
    });
    const { text, media } = await unpack(empty);
    expect(media).toHaveLength(0);
    for (const s of [
      'Tổng số lượt phát: 0 lượt',
      'Trong kỳ không có nội dung nào được phát.',
      'Trong kỳ chưa có phiếu khảo sát hợp lệ.',
      'Kiosk chưa ghi nhận lượt tìm kiếm nào trong kỳ.',
      'Nơi nhận:',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('(-)');
  });

  it.skipIf(!existsSync('/usr/bin/soffice') || !existsSync('/usr/bin/pdftoppm'))(
    'converts to an A4 PDF of several pages that shows the same counts, and renders its pages as images',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'report-docx-'));
      const profile = path.join(os.tmpdir(), `lo-${randomUUID()}`);
      try {
        const file = path.join(dir, 'bao-cao.docx');
        await writeFile(file, await reportDocx(sampleReport(), options({ thumbnails: new Map([[CLIP_MEDIA, { data: THUMB, type: 'png' }]]) })));
        await run('/usr/bin/soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 60_000 });
        const pdf = path.join(dir, 'bao-cao.pdf');
        const info = (await run('pdfinfo', [pdf])).stdout;
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        expect(Number(info.match(/Pages:\s+(\d+)/)?.[1])).toBeGreaterThanOrEqual(2);
        // This machine's Liberation Serif lacks most Vietnamese letters, so LibreOffice borrows them from
        // DejaVu Serif and pdftotext may split words where the font changes: compare without spaces.
        const squash = (s: string) => s.replace(/\s+/g, '');
        const firstPage = squash((await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).stdout);
        for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'quý I năm 2026', 'Tổng số lượt phát: 174 lượt']) expect(firstPage).toContain(squash(s));
        const all = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
        const lines = all.split('\n').map(squash);
        expect(lines).toContain('1Video,clip12020phút69,0%');
        expect(lines).toContain('Tổngcộng17429phút100,0%');
        // The evidence rows: Stt, then count and screens on the row's middle line.
        expect(all).toMatch(/^\s*1\s+120\s+2\s*$/m);
        expect(lines).toContain('3Chưacóảnh(*)MãQR91');
        expect(squash(all)).toContain('Nơinhận:');
        expect(squash(all)).toContain('NguyễnVănAn');
        // The pages as a reader sees them, kept for people to look at (.tmp is ignored by git).
        const pages = path.resolve(import.meta.dirname, '../../.tmp/report-pages');
        await rm(pages, { recursive: true, force: true });
        await mkdir(pages, { recursive: true });
        await run('pdftoppm', ['-r', '60', '-png', pdf, path.join(pages, 'bao-cao-quy')]);
        const images = (await readdir(pages)).filter((f) => f.endsWith('.png'));
        expect(images.length).toBe(Number(info.match(/Pages:\s+(\d+)/)?.[1]));
      } finally {
        await rm(dir, { recursive: true, force: true });
        await rm(profile, { recursive: true, force: true });
      }
    },
    90_000,
  );
});

describe('showings over time', () => {
  const row = (key: string, showings: number) => ({ key, label: key, showings, playMs: 0 });

  it('has a bar for every day of a short period, days without showings at zero', () => {
    expect(showingsSeries([row('2026-03-02', 4), row('2026-03-05', 1)], { from: '2026-03-01', to: '2026-03-06' })).toEqual({
      unit: 'day',
      keys: ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
      values: [0, 4, 0, 0, 1, 0],
    });
  });

  it('adds up months beyond 62 days: 100 + 50 + 24 over the sample quarter', () => {
    const { period, showings } = sampleReport();
    expect(showingsSeries(showings.byDay, period)).toEqual({ unit: 'month', keys: ['2026-01', '2026-02', '2026-03'], values: [100, 50, 24] });
    expect(showingsSeries([], { from: '2026-01-01', to: '2026-03-03' }).unit).toBe('day');
  });
});

describe('document dates and periods', () => {
  it.each([
    ['2026-04-02T03:00:00Z', 'Long Thành, ngày 02 tháng 4 năm 2026'],
    ['2026-01-15T03:00:00Z', 'Long Thành, ngày 15 tháng 01 năm 2026'],
    ['2026-02-09T03:00:00Z', 'Long Thành, ngày 09 tháng 02 năm 2026'],
    ['2026-10-10T03:00:00Z', 'Long Thành, ngày 10 tháng 10 năm 2026'],
    // 01:00 on New Year's Day in Vietnam.
    ['2026-12-31T18:00:00Z', 'Long Thành, ngày 01 tháng 01 năm 2027'],
  ])('dates %s as "%s"', (iso, line) => {
    expect(placeAndDate('Long Thành', new Date(iso))).toBe(line);
  });

  it.each([
    ['2026-01-01', '2026-03-31', 'quý I năm 2026'],
    ['2026-10-01', '2026-12-31', 'quý IV năm 2026'],
    ['2026-01-01', '2026-06-30', '6 tháng đầu năm 2026'],
    ['2026-07-01', '2026-12-31', '6 tháng cuối năm 2026'],
    ['2026-01-01', '2026-12-31', 'năm 2026'],
    ['2026-02-01', '2026-02-28', 'tháng 02 năm 2026'],
    ['2026-02-01', '2026-04-30', 'từ ngày 01/02/2026 đến ngày 30/04/2026'],
    ['2026-01-01', '2026-03-30', 'từ ngày 01/01/2026 đến ngày 30/03/2026'],
    ['2025-10-01', '2026-03-31', 'từ ngày 01/10/2025 đến ngày 31/03/2026'],
  ])('names %s – %s "%s"', (from, to, phrase) => {
    expect(periodPhrase(from, to)).toBe(phrase);
  });

  it('reads the size of PNG and JPEG thumbnails from their headers', () => {
    expect(imageSize(THUMB, 'png')).toEqual({ width: 320, height: 180 });
    // SOI, an APP0 segment, then a baseline frame header of 480 × 640 (height first).
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x80, 0x01, 0xe0, 0x03, 0x01, 0x22, 0x00]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 480, height: 640 });
    expect(imageSize(Buffer.from('not an image'), 'jpg')).toBeNull();
  });
});
