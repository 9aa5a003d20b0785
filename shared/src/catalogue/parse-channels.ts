import type { Channel, ChannelKind } from '../schemas/procedure';
import { cleanText, NO_INFO } from './crawl-text';

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const KINDS: Record<string, ChannelKind> = { 'Trực tiếp': 'truc_tiep', 'Trực tuyến': 'truc_tuyen', 'Dịch vụ bưu chính': 'buu_chinh' };
// A row starts where a channel name is glued to its time cell (a number or "no data"); the same words
// inside a description are followed by ordinary text, so they do not split a row.
const ROW_START = new RegExp(`(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\\s*(?:\\d|${NO_INFO}))`, 'g');
const TIME = /^\s*(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút)?/;
// Fee: free, unknown, or an amount; an explanation in brackets right after belongs to it.
const FEE = /^\s*(Miễn phí|Không có thông tin|(?:Lệ phí|Phí)\s*:?\s*[\d.,]+\s*(?:VNĐ|đồng|Đồng)|[\d.,]+\s*(?:VNĐ|đồng|Đồng))(\s*\([^()]*(?:\([^()]*\)[^()]*)*\))?/;

/**
 * `cach_thuc_thuc_hien` is a table flattened with no separators: channel, time, fee and description
 * run together ("Trực tuyến6 Ngày làm việcMiễn phí06 ngày làm việc, kể từ…Dịch vụ bưu chính…").
 * A number without a unit is kept out of `time`: "1" alone could be a day or an hour, and a citizen
 * must not be told the wrong one.
 */
export function parseChannels(raw: string): Channel[] {
  const text = raw.startsWith(HEADER) ? raw.slice(HEADER.length) : raw;
  const starts = [...text.matchAll(ROW_START)];
  return starts.map((m, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1]?.index ?? text.length) : text.length;
    let rest = text.slice((m.index ?? 0) + m[0].length, end);
    let time: string | null = null;
    if (rest.startsWith(NO_INFO)) rest = rest.slice(NO_INFO.length);
    else {
      const t = TIME.exec(rest);
      if (t) {
        time = t[2] ? `${t[1]} ${t[2].toLowerCase()}` : null;
        rest = rest.slice(t[0].length);
      }
    }
    let fee: string | null = null;
    const f = FEE.exec(rest);
    if (f) {
      fee = cleanText(`${f[1]}${f[2] ? ` ${f[2].trim()}` : ''}`);
      rest = rest.slice(f[0].length);
    }
    return { kind: KINDS[m[1] as string] as ChannelKind, time, fee, description: cleanText(rest) };
  });
}
