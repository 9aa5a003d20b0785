import type { Procedure } from '../schemas/procedure';

type DossierItem = Procedure['dossier'][number];

/** One paper to bring: a short title to read at a glance, the rest of the portal's sentence as detail. */
export interface ChecklistItem {
  title: string;
  detail: string | null;
  /** "1 bản chính", "1 bản sao": never a zero count. Null when the source gives none. */
  copies: string | null;
  template: string | null;
}

/**
 * Why an "if…" case applies. The kiosk words the known topics in its own language; `other` is read
 * from the record's own condition (Vietnamese).
 */
export type CaseTopic = 'authorised' | 'online' | 'post' | 'foreign' | 'optional' | 'other';

export interface ChecklistCase {
  topic: CaseTopic;
  /** The record's own words for the condition ("trẻ em bị bỏ rơi"), from the first item of the case. */
  condition: string;
  items: ChecklistItem[];
}

export interface DossierChecklist {
  /** What every applicant at the counter brings, forms first. */
  everyone: ChecklistItem[];
  /** Papers needed only in some situations, grouped by situation, in the order the record first names them. */
  cases: ChecklistCase[];
  /** The portal's explanations and rules for staff (entries with no paper to bring): full text only. */
  notes: string[];
  /**
   * The record names case headings ("Trường hợp … hồ sơ gồm:") whose items the portal flattened into one
   * list: which paper belongs to which case is lost, so "everyone" may hold papers only some people need.
   */
  mixedCases: boolean;
}

/** Counts in a copies cell: "0 bản chính,1 bản sao", "02 bản sao". */
const COPY_PART = /(\d+)\s*bản (chính|sao)/gi;

/** The copies worth printing: zero counts dropped ("0 bản chính" means "nothing to hand in"). */
export function copiesLabel(copies: string | null): string | null {
  if (copies === null) return null;
  const parts = [...copies.matchAll(COPY_PART)].flatMap((m) => (Number(m[1]) > 0 ? [`${Number(m[1])} bản ${(m[2] ?? '').toLowerCase()}`] : []));
  return parts.length ? parts.join(', ') : null;
}

/** A copies cell that names only zero counts: the portal's way of listing a note among the papers. */
const isZeroCopies = (copies: string | null) => copies !== null && copiesLabel(copies) === null && /\d\s*bản/i.test(copies);

/** Entries that are rules for staff or facts the office looks up itself, even when a count is given. */
const NOT_A_PAPER = [
  /^Lưu ý/i,
  /^(Người tiếp nhận|Cơ quan (đăng ký|có thẩm quyền|tiếp nhận)|Cán bộ|Công chức)\s/,
  /chịu trách nhiệm trước pháp luật/i,
  // "Thông tin chứng minh … được khai thác trong căn cước điện tử": the office reads it, the citizen brings nothing.
  /^Thông tin\s.*\sđược khai thác\s/i,
  /^Thông tin chứng minh\s.*\sCơ sở dữ liệu/i,
];

/** List markers the portal leaves at the start of an entry: "(iv)", "a)", "-", "+", "1.". */
const LIST_MARKER = /^\s*(?:\((?:[ivx]+|\d+|[a-zđ])\)|(?:[a-zđ]|\d+)[.)]|[-+*•])\s*/i;

/** A condition opening the entry: "Trường hợp X thì …", "Đối với X: …", "Nếu X, …". */
const OPENS_WITH_CONDITION = /^(?:Trong trường hợp|Đối với trường hợp|Trường hợp|Nếu|Đối với|Riêng|Khi)\s+(.+?)(?:\s+thì\s+|:\s*|,\s+|(?<!không)\s+(?=phải có |phải nộp |cần có )|$)/i;
/**
 * A condition inside the entry's first sentence: "Văn bản ủy quyền … trong trường hợp ủy quyền …",
 * "Văn bản đề nghị … đối với người được cơ sở trợ giúp xã hội nhận chăm sóc".
 */
const CONDITION_INSIDE = /\s(?:trong trường hợp|đối với trường hợp|đối với (?=người |phương tiện ))\s*(.+)$/i;
/**
 * A condition in brackets after the paper: "Biên bản điều tra … (trường hợp bị tai nạn giao thông)",
 * "(áp dụng đối với chuyển đổi ngành nghề)". Trusted only when the entry has one such bracket: with two
 * ("… (trường hợp đổi giấy) hoặc biển số (trường hợp đổi biển)") each names half of an either-or.
 */
const CONDITION_BRACKET = /\s*\((?:áp dụng\s+)?(?:trong trường hợp|đối với trường hợp|trường hợp|đối với|nếu)\s+([^()]+)\)/gi;
/** "Giấy thông hành đã được cấp, nếu còn giá trị sử dụng": a trailing "if" in the first sentence. */
const TRAILING_IF = /,?\s+nếu\s+([^()]+?)[.;]?$/i;
/** Where the paper itself is named after an opening condition: "… thì phải có biên bản …". */
const PAPER_AFTER_CONDITION = /^(?:.{0,80}?\s)?(?:phải có|phải nộp lại|phải nộp|phải kèm theo|phải gửi kèm theo|cần có|nộp)\s+/i;
/** "(nếu … theo hình thức trực tuyến)": a paper for one channel. */
const CHANNEL_NOTE = /\s*\((?:do [^()]*?)?,?\s*nếu[^()]*?(trực tuyến|trực tiếp|bưu chính)[^()]*\)/i;

/** Topic rules, first match wins: the same situation worded differently lands in one group. */
const TOPICS: [CaseTopic, RegExp][] = [
  // "(nếu có)": a paper to bring when the person has one, not a situation of its own.
  ['optional', /^(có|nếu có|có yêu cầu)$/i],
  ['authorised', /ủy quyền|uỷ quyền|người đại diện|làm thay/i],
  ['online', /trực tuyến|tải lên|Cổng dịch vụ công/i],
  ['post', /bưu chính|bưu điện/i],
  ['foreign', /nước ngoài/i],
];

const tidy = (s: string) =>
  s
    // "Hộ chiếu/Thẻ căn cước" breaks across lines only with spaces; "53/2025/TT-BCA" stays whole.
    .replace(/(?<=\p{L})\s*\/\s*(?=\p{L})/gu, ' / ')
    .replace(/\s+/g, ' ')
    .replace(/[\s;:,.]+$/, '')
    .trim();

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The first clause: up to the first ";" or sentence end, or an opening parenthesis after a name. */
function splitTitle(text: string): { title: string; detail: string | null } {
  const m = /^(.{6,}?)(?:;\s+|\.\s+(?=[A-ZĐÀ-Ỹ])|\s+\((?=sau đây|do |nếu|theo |đối với)|:\s+)/u.exec(text);
  if (!m) return { title: capitalise(tidy(text)), detail: null };
  const rest = text.slice(m[0].length).trim();
  const detail = m[0].trimStart().endsWith('(') || /\s\($/.test(m[0]) ? `(${rest}` : rest;
  return { title: capitalise(tidy(m[1] ?? text)), detail: detail ? capitalise(tidy(detail)) : null };
}

function toItem(d: DossierItem, text: string): ChecklistItem {
  return { ...splitTitle(text), copies: copiesLabel(d.copies), template: d.template };
}

const firstSentence = (s: string) => s.split(/(?<=[.;])\s+/)[0] ?? s;
const isForm = (title: string) => /^(Tờ khai|Đơn|Giấy đề nghị|Phiếu|Bản khai|Văn bản đề nghị|Thông báo)\b/i.test(title);

/** Cuts a long condition at a word boundary: it heads a folded group, the full text is one tap away. */
export function shortCondition(condition: string, max = 90): string {
  if (condition.length <= max) return condition;
  const cut = condition.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * What the situation is, if the entry is for some people only (null when everyone brings it), and the
 * paper's own words without the condition that opened them.
 */
function conditionOf(text: string): { topic: CaseTopic; condition: string; paper: string } | null {
  const opening = OPENS_WITH_CONDITION.exec(text);
  const inside = opening ? null : CONDITION_INSIDE.exec(firstSentence(text));
  const channel = CHANNEL_NOTE.exec(text);
  const brackets = channel ? [] : [...text.matchAll(CONDITION_BRACKET)];
  const bracket = brackets.length === 1 ? brackets[0] : undefined;
  const trailing = opening || inside || bracket || channel ? null : TRAILING_IF.exec(firstSentence(text));
  const raw = opening?.[1] ?? inside?.[1] ?? bracket?.[1] ?? trailing?.[1] ?? null;
  if (raw === null) {
    // A paper for the online channel only: at the counter nobody needs it.
    if (channel && /trực tuyến/i.test(channel[0]) && !/trực tiếp/i.test(channel[0])) return { topic: 'online', condition: 'nộp hồ sơ trực tuyến', paper: text.replace(CHANNEL_NOTE, '') };
    return null;
  }
  const condition = tidy(raw.split(/\s+thì\s+/)[0] ?? raw);
  const topic = TOPICS.find(([, re]) => re.test(condition))?.[0] ?? 'other';
  let paper = text;
  if (opening) {
    const rest = text.slice(opening[0].length);
    paper = capitalise(rest.replace(PAPER_AFTER_CONDITION, '')) || text;
  } else if (bracket) paper = text.replace(bracket[0], '');
  else if (trailing) paper = text.replace(trailing[0], '');
  // An entry that is all condition ("(Trường hợp …)") keeps its own words as the paper's.
  if (!/\p{L}{2}/u.test(tidy(paper))) paper = text;
  return { topic, condition, paper };
}

/**
 * Sorts a procedure's dossier the way a citizen needs it: the papers everyone brings, then the
 * papers of each "if…" situation, and apart from both the notes that are no paper at all.
 * The portal lists all three in one table (khai sinh 1.001193 has 33 entries, 26 of them notes).
 */
export function dossierChecklist(dossier: readonly DossierItem[]): DossierChecklist {
  const everyone: ChecklistItem[] = [];
  const cases: ChecklistCase[] = [];
  const notes: string[] = [];
  let mixedCases = false;
  const seen = new Set<string>();
  for (const d of dossier) {
    const text = d.name
      .replace(/^[\s;,.:]+/, '')
      .replace(LIST_MARKER, '')
      .trim();
    // A cell of punctuation alone ("." or ",") is the crawler's leftover between table rows.
    if (!/\p{L}/u.test(text)) continue;
    if (isZeroCopies(d.copies) || NOT_A_PAPER.some((re) => re.test(text))) {
      if (/^(Trường hợp|Đối với trường hợp)\b.*:$/i.test(text) && !/trực (tiếp|tuyến)/i.test(text)) mixedCases = true;
      notes.push(text);
      continue;
    }
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const cond = conditionOf(text);
    if (!cond) {
      // At the counter, "(nếu … trực tiếp …)" is everyone: say it without the aside.
      everyone.push(toItem(d, text.replace(CHANNEL_NOTE, '')));
      continue;
    }
    const shown = cond.paper;
    const groupKey = cond.topic === 'other' ? cond.condition.toLowerCase() : cond.topic;
    const existing = cases.find((c) => (c.topic === 'other' ? c.condition.toLowerCase() : c.topic) === groupKey);
    if (existing) existing.items.push(toItem(d, shown));
    else cases.push({ topic: cond.topic, condition: cond.condition, items: [toItem(d, shown)] });
  }
  // The same paper named twice ("Quyết định phê duyệt dự án" three times in 1.013225) is the trace of
  // case groups the portal flattened: say so rather than pretend everyone needs the whole list.
  if (new Set(everyone.map((i) => i.title.toLowerCase())).size < everyone.length) mixedCases = true;
  // Forms first (they are filled in at the counter), then the papers in the record's order.
  const forms = everyone.filter((i) => isForm(i.title));
  return { everyone: [...forms, ...everyone.filter((i) => !isForm(i.title))], cases, notes, mixedCases };
}
