import type { ShowingRow } from '@hcc/shared/reports/aggregate';
import { apportion } from '@hcc/shared/reports/apportion';
import type { Report } from '@hcc/shared/reports/report';
import { type PeriodProgress, TARGET_STATUS_LABELS, type TargetProgress } from '@hcc/shared/reports/targets';
import { REGISTER_FORM_LABELS } from '@hcc/shared/schemas/register';
import { type Narrative, NARRATIVE_HEADINGS } from '@hcc/shared/reports/narrative';
import { COMM_FORM_LABELS, REFORM_AREA_LABELS } from '@hcc/shared/schemas/playlist';
import { Document, Packer } from 'docx';
import { showingsFigure } from './docx-chart';
import { evidenceTable, integrityParagraphs, registerEvidenceTable, type Thumbnails } from './docx-evidence';
import { body, closing, dataTable, heading, lead, letterhead, section, styles, title, type Row } from './docx-layout';
import { capitalise, count, dmy, duration, hours, minutesText, percent, periodPhrase, placeAndDate, shareOf, vnDateTime } from './vn-format';

export interface DocxOptions {
  /** e.g. 'UBND XÃ LONG THÀNH' / 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'; written in capitals whatever the case given. */
  issuer: { parent: string; name: string };
  /** Số/ký hiệu, e.g. '   /BC-TTPVHCC': the number is often left blank for the clerk to fill in. */
  number: string;
  place: string;
  date: Date;
  recipients: string[];
  signer: { title: string; name: string };
  /** Thumbnails of image and video items for the evidence appendix, by mediaId. */
  thumbnails: Thumbnails;
  /** The sections officers write, as saved in the console (or the draft made from the figures). */
  narrative: Narrative;
}

const UNCLASSIFIED = 'Chưa phân loại';
/** A breakdown's label: its key looked up in `labels`; the aggregate's 'none' key and any key not listed are unclassified. */
const labelOf = (labels: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(labels, key) ? labels[key] : undefined) ?? UNCLASSIFIED;
const centreName = (scope: Report['scope'], id: string) => scope.centres.find((c) => c.id === id)?.name ?? id;

/** The report a centre sends upward for a quarter, half or year, as a Decree 30 administrative document. */
export async function reportDocx(report: Report, doc: DocxOptions): Promise<Buffer> {
  const { from, to, through, days } = report.period;
  const subject = 'Kết quả công tác thông tin, tuyên truyền cải cách hành chính';
  const period = periodPhrase(from, to);
  const document = new Document({
    creator: doc.issuer.name,
    title: `Báo cáo ${subject.toLocaleLowerCase('vi-VN')} ${period}`,
    styles,
    sections: [
      section([
        letterhead({ ...doc.issuer, number: doc.number, placeAndDate: placeAndDate(doc.place, doc.date) }),
        // The excerpt breaks before the period, so its two lines read as subject and period.
        ...title('Báo cáo', [subject, period]),
        body(
          `Số liệu dưới đây được tổng hợp từ nhật ký phát của hệ thống màn hình chờ, phiếu khảo sát sự hài lòng và kiosk tra cứu thủ tục hành chính tại ${report.scope.name}, kỳ báo cáo từ ngày ${dmy(from)} đến ngày ${dmy(to)} (${through < to ? `số liệu tính đến hết ngày ${dmy(through)}, ${count(days)} ngày của kỳ` : `${count(days)} ngày`}; số liệu trích xuất lúc ${vnDateTime(report.generatedAt)}). Kết quả cụ thể như sau:`,
        ),
        heading('I. KẾT QUẢ ĐẠT ĐƯỢC', 1),
        ...paragraphs(doc.narrative.achieved),
        ...showingsSection(report),
        ...targetsSection(report),
        ...registerSection(report),
        ...satisfactionSection(report),
        ...kioskSection(report),
        ...uptimeSection(report),
        ...dossierSection(report),
        heading('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 1),
        heading(`1. ${NARRATIVE_HEADINGS.shortcomings}`, 2),
        ...paragraphs(doc.narrative.shortcomings, 'Không có.'),
        heading(`2. ${NARRATIVE_HEADINGS.causes}`, 2),
        ...paragraphs(doc.narrative.causes, 'Không có.'),
        heading('III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI', 1),
        ...paragraphs(doc.narrative.nextSteps, '(Đơn vị bổ sung.)'),
        heading('IV. ĐỀ XUẤT, KIẾN NGHỊ', 1),
        ...paragraphs(doc.narrative.proposals, 'Không có.'),
        heading('V. TÀI LIỆU KIỂM CHỨNG', 1),
        heading('1. Danh mục nội dung đã phát', 2),
        ...(report.showings.byItem.length ? evidenceTable(report.showings.byItem, doc.thumbnails) : [body('Trong kỳ không có nội dung nào được phát.')]),
        heading('2. Hoạt động tuyên truyền ngoài màn hình chờ', 2),
        ...(report.register.length ? registerEvidenceTable(report.register, doc.thumbnails) : [body('Trong kỳ chưa ghi nhận hoạt động nào.')]),
        heading('3. Tính toàn vẹn của nhật ký phát', 2),
        ...integrityParagraphs(report.integrity),
        closing(doc.recipients, doc.signer),
      ]),
    ],
  });
  return Packer.toBuffer(document);
}

/** The officer's text, a paragraph per line, with a line to stand in when it is empty. */
const paragraphs = (text: string, empty?: string) => {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length ? lines : empty ? [empty] : []).map((l) => body(l));
};

/**
 * Showings and play time per group, with their share of the total and a total row. Minutes and shares
 * are rounded so the rows add up to the total row, as a reader checks them.
 */
function breakdown(what: string, rows: readonly ShowingRow[], name: (r: ShowingRow) => string, total: { showings: number; playMs: number }) {
  const minutes = apportion(
    rows.map((r) => r.playMs),
    60_000,
  );
  const perMille = total.showings
    ? apportion(
        rows.map((r) => r.showings * 1000),
        total.showings,
      )
    : null;
  return dataTable(
    [
      { title: 'Stt', width: 8, align: 'center' },
      { title: what, width: 72, align: 'left' },
      { title: 'Số lượt phát', width: 25, align: 'right' },
      { title: 'Thời lượng', width: 35, align: 'right' },
      { title: 'Tỷ lệ', width: 25, align: 'right' },
    ],
    [
      ...rows.map((r, i) => [String(i + 1), name(r), count(r.showings), minutesText(minutes[i] ?? 0), perMille ? percent((perMille[i] ?? 0) / 1000) : '-']),
      { total: ['', 'Tổng cộng', count(total.showings), duration(total.playMs), shareOf(total.showings, total.showings)] },
    ],
  );
}

function showingsSection({ showings, period }: Report) {
  const t = showings.totals;
  const intro = body(
    `Tổng số lượt phát: ${count(t.showings)} lượt, tổng thời lượng ${duration(t.playMs)}, trong đó ${count(t.completed)} lượt phát trọn vẹn; số màn hình có phát: ${count(t.screens)} màn hình tại ${count(showings.byCentre.length)} Trung tâm.`,
  );
  if (!t.showings) return [heading('1. Tuyên truyền trên màn hình chờ', 2), intro];
  return [
    heading('1. Tuyên truyền trên màn hình chờ', 2),
    intro,
    heading('a) Theo hình thức tuyên truyền', 3),
    ...breakdown('Hình thức', showings.byForm, (r) => labelOf(COMM_FORM_LABELS, r.key), t),
    heading('b) Theo lĩnh vực cải cách hành chính', 3),
    ...breakdown('Lĩnh vực', showings.byReformArea, (r) => labelOf(REFORM_AREA_LABELS, r.key), t),
    heading('c) Theo Trung tâm', 3),
    ...breakdown('Trung tâm', showings.byCentre, (r) => r.label, t),
    heading('d) Theo thời gian', 3),
    ...showingsFigure(showings.byDay, period, 1),
  ];
}

/** Beyond this many periods (a year of weekly targets), a cell lists only the shortfalls. */
const MAX_LISTED_PERIODS = 6;
/** Register entries named in a result cell; the register section lists them all. */
const MAX_LISTED_ENTRIES = 5;

function progressLines(t: TargetProgress): string[] {
  if (t.status === 'self') return ['(Đơn vị bổ sung kết quả)'];
  const line = (p: PeriodProgress) => `${capitalise(periodPhrase(p.from, p.to))}: ${p.shown}/${p.required}${p.partial ? ' (chưa hết kỳ)' : ''}`;
  const short = t.periods.filter((p) => p.shown < p.required);
  const lines =
    t.periods.length <= MAX_LISTED_PERIODS
      ? t.periods.map(line)
      : [
          `Số kỳ đạt: ${t.periods.length - short.length}/${t.periods.length}`,
          ...short.slice(0, MAX_LISTED_PERIODS).map(line),
          ...(short.length > MAX_LISTED_PERIODS ? [`… và ${short.length - MAX_LISTED_PERIODS} kỳ khác chưa đạt`] : []),
        ];
  const entries = t.entries.slice(0, MAX_LISTED_ENTRIES).map((e) => `${dmy(e.date)}: ${e.title}${e.count > 1 ? ` (${count(e.count)})` : ''}`);
  return [
    ...lines,
    ...(t.items.length ? [`Phát trên màn hình chờ: ${t.items.join('; ')}`] : []),
    ...(entries.length ? [`Sổ ghi nhận: ${entries.join('; ')}${t.entries.length > MAX_LISTED_ENTRIES ? `; … và ${t.entries.length - MAX_LISTED_ENTRIES} hoạt động khác` : ''}`] : []),
    ...(!lines.length && !t.items.length && !entries.length ? ['Chưa ghi nhận kết quả trong kỳ'] : []),
  ];
}

/** The plan's appendix as the plan writes it (Stt | Nội dung | Sản phẩm | Chủ trì | Phối hợp | Thời gian), with the period's result and assessment per row. */
function targetsSection({ targets, scope }: Report) {
  if (!targets.length) return [heading('2. Kết quả thực hiện Kế hoạch', 2), body('Chưa có chỉ tiêu của kế hoạch thông tin, tuyên truyền cải cách hành chính trong hệ thống.')];
  const centres = [...new Set(targets.map((t) => t.centreId))];
  // A province's report groups each commune's rows under the commune's name.
  const rows: Row[] = centres.flatMap((c) => [
    ...(centres.length > 1 || c !== scope.id ? [{ group: centreName(scope, c) }] : []),
    ...targets.filter((t) => t.centreId === c).map((t) => [String(t.seq), t.content, t.product, t.lead, t.partners, t.timing, progressLines(t), TARGET_STATUS_LABELS[t.status]]),
  ]);
  return [
    heading('2. Kết quả thực hiện Kế hoạch', 2),
    lead('Kết quả từng nhiệm vụ của Phụ lục Kế hoạch: theo số nội dung khác nhau đã phát trên màn hình chờ và các hoạt động đã ghi nhận (đã thực hiện/chỉ tiêu của kỳ).'),
    ...dataTable(
      [
        { title: 'Stt', width: 8, align: 'center' },
        { title: 'Nội dung công việc', width: 31, align: 'left' },
        { title: 'Sản phẩm', width: 20, align: 'left' },
        { title: 'Chủ trì', width: 17, align: 'left' },
        { title: 'Phối hợp', width: 18, align: 'left' },
        // "Thường xuyên" must fit on its line at 12 pt.
        { title: 'Thời gian', width: 20, align: 'left' },
        { title: 'Kết quả', width: 35, align: 'left' },
        { title: 'Đánh giá', width: 16, align: 'center' },
      ],
      rows,
    ),
  ];
}

/** What staff recorded outside the screens, each with its proof. */
function registerSection({ register, scope }: Report) {
  const head = heading('3. Các hoạt động tuyên truyền khác', 2);
  if (!register.length) return [head, body('Trong kỳ chưa ghi nhận hoạt động tuyên truyền nào ngoài màn hình chờ.')];
  const proof = (e: Report['register'][number]) => (e.proof?.kind === 'link' ? e.proof.url : e.proof?.kind === 'media' ? 'Ảnh/tệp lưu trong hệ thống' : '-');
  return [
    head,
    lead(`Trong kỳ ghi nhận ${count(register.length)} hoạt động, tổng ${count(register.reduce((n, e) => n + e.count, 0))} sản phẩm:`),
    ...dataTable(
      [
        { title: 'Stt', width: 8, align: 'center' },
        { title: 'Ngày', width: 20, align: 'center' },
        { title: 'Hình thức', width: 28, align: 'left' },
        { title: 'Nội dung', width: 45, align: 'left' },
        { title: 'Số lượng', width: 15, align: 'right' },
        { title: 'Đơn vị, địa điểm', width: 25, align: 'left' },
        { title: 'Minh chứng', width: 24, align: 'left' },
      ],
      register.map((e, i) => [String(i + 1), dmy(e.date), REGISTER_FORM_LABELS[e.form], e.title, count(e.count), [centreName(scope, e.centreId), e.place].filter(Boolean).join(', '), proof(e)]),
    ),
  ];
}

const LETTERS = 'abcdefghiklmnopqrstuvxy';
const score = (n: number) => n.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Every form in a table of its own, with its sample: the quick question, the nine criteria of Circular 01/2018 and the SIPAS scale do not add up. */
function satisfactionSection({ satisfaction: s, satisfactionByForm, surveysExcluded }: Report) {
  const head = heading('4. Khảo sát sự hài lòng của người dân, tổ chức', 2);
  const excluded = surveysExcluded ? ` Có ${count(surveysExcluded)} phiếu không được tính vì gửi dồn dập từ cùng một nguồn (nghi gửi lặp).` : '';
  if (!s.n) return [head, body(`Trong kỳ chưa có phiếu khảo sát hợp lệ.${excluded}`)];
  return [
    head,
    body(
      `Số phiếu khảo sát hợp lệ trong kỳ: n = ${count(s.n)}, trong đó ${count(s.satisfied)} phiếu hài lòng; tỷ lệ hài lòng ${percent(s.index)} (khoảng tin cậy 95%: từ ${percent(s.ci.low)} đến ${percent(s.ci.high)}).${excluded}`,
    ),
    ...satisfactionByForm.flatMap((f, i) => [
      heading(`${LETTERS[i] ?? String(i + 1)}) ${f.title}`, 3),
      lead(`n = ${count(f.n)} phiếu, ${count(f.satisfied)} phiếu hài lòng; tỷ lệ hài lòng ${percent(f.index)} (khoảng tin cậy 95%: từ ${percent(f.ci.low)} đến ${percent(f.ci.high)}).`),
      ...dataTable(
        [
          { title: 'Stt', width: 8, align: 'center' },
          { title: 'Câu hỏi', width: 97, align: 'left' },
          { title: 'Số phiếu trả lời', width: 30, align: 'right' },
          { title: 'Điểm trung bình', width: 30, align: 'right' },
        ],
        f.criteria.map((c, j) => [String(j + 1), c.text, count(c.n), `${score(c.average)}/${c.max}`]),
      ),
    ]),
  ];
}

/** Dead-end searches shown in the text: enough to say what citizens look for and do not find. */
const LISTED_SEARCHES = 10;

function kioskSection({ kiosk: k }: Report) {
  const empty = k.emptySearches.slice(0, LISTED_SEARCHES).map((e) => `“${e.q}” (${count(e.count)} lượt)`);
  return [
    heading('5. Kiosk tra cứu thủ tục hành chính', 2),
    body(
      k.searches
        ? `Kiosk ghi nhận ${count(k.searches)} lượt tìm kiếm, trong đó ${count(k.withoutResult)} lượt (${shareOf(k.withoutResult, k.searches)}) không có kết quả.`
        : 'Kiosk chưa ghi nhận lượt tìm kiếm nào trong kỳ.',
    ),
    ...(k.mostViewed.length
      ? [
          lead('Các thủ tục được xem nhiều nhất:'),
          ...dataTable(
            [
              { title: 'Stt', width: 8, align: 'center' },
              { title: 'Mã thủ tục', width: 27, align: 'center' },
              { title: 'Tên thủ tục', width: 105, align: 'left' },
              { title: 'Lượt xem', width: 25, align: 'right' },
            ],
            k.mostViewed.map((v, i) => [String(i + 1), v.code, v.name, count(v.count)]),
          ),
        ]
      : []),
    ...(empty.length ? [body(`Các từ khóa tìm kiếm không có kết quả nhiều nhất: ${empty.join('; ')}.`)] : []),
  ];
}

function uptimeSection({ uptime, scope }: Report) {
  const head = heading('6. Thời gian hoạt động của màn hình chờ', 2);
  if (!uptime.length) return [head, body('Chưa có dữ liệu kết nối của màn hình.')];
  return [
    head,
    lead('Thời gian màn hình kết nối hệ thống trong giờ làm việc của Trung tâm:'),
    ...dataTable(
      [
        { title: 'Stt', width: 8, align: 'center' },
        { title: 'Màn hình', width: 42, align: 'left' },
        { title: 'Trung tâm', width: 35, align: 'left' },
        { title: 'Giờ hoạt động / giờ làm việc', width: 32, align: 'right' },
        { title: 'Tỷ lệ', width: 22, align: 'right' },
        { title: 'Số ngày có phát', width: 26, align: 'right' },
      ],
      uptime.map((u, i) => [String(i + 1), u.name, centreName(scope, u.centreId), `${hours(u.openOnlineMs)}/${hours(u.openMs)}`, percent(u.share), count(u.daysWithShowings)]),
    ),
  ];
}

function dossierSection({ dossiers: d }: Report) {
  const head = heading('7. Kết quả giải quyết thủ tục hành chính và tra cứu hồ sơ', 2);
  if (!d) return [];
  const lookups = d.lookups.found + d.lookups.notFound;
  const lookupText = lookups
    ? `Người dân đã tra cứu tình trạng hồ sơ ${count(lookups)} lượt tại kiosk và trên điện thoại, trong đó ${count(d.lookups.notFound)} lượt không tìm thấy hồ sơ.`
    : 'Chưa ghi nhận lượt tra cứu hồ sơ nào trong kỳ.';
  if (!d.total.received && !d.total.resolved && !d.total.pending) return [head, body('Chưa có dữ liệu hồ sơ từ Hệ thống thông tin giải quyết thủ tục hành chính trong kỳ.'), body(lookupText)];
  const t = d.total;
  const rate = t.onTimePct === null ? '' : ` (tỷ lệ đúng hạn ${String(t.onTimePct).replace('.', ',')}%)`;
  return [
    head,
    body(
      `Trong kỳ tiếp nhận ${count(t.received)} hồ sơ; đã giải quyết ${count(t.resolved)} hồ sơ, trong đó trước hạn ${count(t.early)}, đúng hạn ${count(t.onTime)}, quá hạn ${count(t.late)}${rate}; đang giải quyết ${count(t.pending)} hồ sơ, trong đó quá hạn ${count(t.overdue)}. Số văn bản xin lỗi phải gửi: ${count(t.apologies)}.`,
    ),
    lead('Theo lĩnh vực:'),
    ...dataTable(
      [
        { title: 'Stt', width: 8, align: 'center' },
        { title: 'Lĩnh vực', width: 44, align: 'left' },
        { title: 'Tiếp nhận', width: 18, align: 'right' },
        { title: 'Đã giải quyết', width: 20, align: 'right' },
        { title: 'Trước, đúng hạn', width: 20, align: 'right' },
        { title: 'Quá hạn', width: 16, align: 'right' },
        { title: 'Đang giải quyết', width: 20, align: 'right' },
        { title: 'Văn bản xin lỗi', width: 19, align: 'right' },
      ],
      [
        ...d.byField.map((f, i) => [String(i + 1), f.field, count(f.received), count(f.resolved), count(f.early + f.onTime), count(f.late), count(f.pending), count(f.apologies)]),
        { total: ['', 'Tổng cộng', count(t.received), count(t.resolved), count(t.early + t.onTime), count(t.late), count(t.pending), count(t.apologies)] },
      ],
    ),
    body(lookupText),
  ];
}
