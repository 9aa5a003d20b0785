import type { ErrorBody } from '@hcc/shared/schemas/common';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ApiError } from '../lib/api';

export type Lang = 'vi' | 'en';
const STORAGE_KEY = 'hcc-console-lang';

export const storedLang = (): Lang => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi');
export const storeLang = (l: Lang) => localStorage.setItem(STORAGE_KEY, l);

/** Every string is written in both languages where it is used: Vietnamese first, English second. */
export type T = (vi: string, en: string) => string;
export const LangContext = createContext<Lang>('vi');
export function useT(): T {
  const lang = useContext(LangContext);
  return (vi, en) => (lang === 'en' ? en : vi);
}

/** Server messages are for developers; staff read these, chosen by the error code. */
const BY_CODE: Record<ErrorBody['code'], [string, string]> = {
  validation: ['Thông tin chưa hợp lệ, vui lòng kiểm tra lại.', 'Some information is not valid; please check it.'],
  unauthorized: ['Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', 'Your session has expired; please sign in again.'],
  forbidden: ['Tài khoản của bạn không có quyền thực hiện thao tác này.', 'Your account may not do this.'],
  not_found: ['Không tìm thấy dữ liệu yêu cầu.', 'Not found.'],
  conflict: ['Dữ liệu đã được người khác thay đổi; hãy tải lại trước khi lưu.', 'Someone else changed this; reload before saving.'],
  gone: ['Yêu cầu đã hết hạn.', 'This request has expired.'],
  too_large: ['Tệp hoặc dữ liệu quá lớn.', 'The file or data is too large.'],
  unsupported_media: ['Định dạng tệp không được hỗ trợ (chỉ MP4, WebM, JPEG, PNG, WebP).', 'File type not supported (MP4, WebM, JPEG, PNG, WebP only).'],
  rate_limited: ['Thao tác quá nhiều lần, vui lòng thử lại sau ít phút.', 'Too many attempts; try again in a few minutes.'],
  unavailable: ['Thiết bị hoặc dịch vụ không phản hồi (có thể đang mất kết nối).', 'The device or service did not answer (it may be offline).'],
  insufficient_storage: ['Ổ đĩa máy chủ đã đầy; chưa lưu được gì. Hãy báo quản trị viên giải phóng dung lượng.', 'The server’s disk is full; nothing was saved. Ask the administrator to free space.'],
  internal: ['Máy chủ gặp sự cố, vui lòng thử lại.', 'Server error; please try again.'],
};

export function errorText(err: unknown, overrides: Partial<Record<ErrorBody['code'], string>> = {}, lang: Lang = storedLang()): string {
  const i = lang === 'en' ? 1 : 0;
  if (err instanceof ApiError) return overrides[err.body.code] ?? BY_CODE[err.body.code][i];
  return ['Không kết nối được máy chủ. Kiểm tra mạng và thử lại.', 'Cannot reach the server. Check the network and try again.'][i] as string;
}

/**
 * Field messages staff read next to the field, by the field's last path segment; zod's own messages are
 * English and technical. Unknown fields fall back to the server's message.
 */
const FIELD: Record<string, [string, string]> = {
  title: ['Nhập tiêu đề.', 'Enter a title.'],
  name: ['Nhập tên.', 'Enter a name.'],
  durationMs: ['Thời lượng từ 2 giây đến 30 phút.', 'Duration must be 2 seconds to 30 minutes.'],
  url: ['Đường dẫn phải bắt đầu bằng https://, http:// hoặc tel:', 'The link must start with https://, http:// or tel:'],
  caption: ['Nhập chú thích (tối đa 200 ký tự).', 'Enter a caption (at most 200 characters).'],
  text: ['Nhập nội dung.', 'Enter the text.'],
  heading: ['Tiêu đề tối đa 200 ký tự.', 'At most 200 characters.'],
  body: ['Nội dung tối đa 2000 ký tự.', 'At most 2,000 characters.'],
  mediaId: ['Chọn tệp trong thư viện.', 'Choose a file from the library.'],
  procedureCode: ['Chọn thủ tục trong danh mục.', 'Choose a procedure from the catalogue.'],
  validTo: ['Ngày kết thúc phải sau ngày bắt đầu.', 'The end must be after the start.'],
  validFrom: ['Ngày giờ không hợp lệ.', 'Not a valid date and time.'],
  start: ['Giờ dạng HH:MM.', 'Time as HH:MM.'],
  end: ['Giờ dạng HH:MM.', 'Time as HH:MM.'],
  priority: ['Ưu tiên từ 0 đến 100.', 'Priority is 0 to 100.'],
  items: ['Danh sách phát cần ít nhất một mục.', 'A playlist needs at least one item.'],
  durationMinutes: ['Thời gian hiển thị từ 1 phút đến 7 ngày.', 'Show for 1 minute to 7 days.'],
  password: ['Mật khẩu ít nhất 10 ký tự.', 'At least 10 characters.'],
  username: ['Tên đăng nhập 3–40 ký tự: chữ không dấu, số, “.”, “_”, “-”.', '3–40 letters, digits, ".", "_" or "-".'],
  displayName: ['Nhập họ tên.', 'Enter the person’s name.'],
};

export function fieldMessage(path: string, fallback: string, lang: Lang): string {
  const key =
    path
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? '';
  const m = FIELD[key];
  return m ? m[lang === 'en' ? 1 : 0] : fallback;
}

/** Field issues of a failed call or a local check, keyed by path, in the staff's language. */
export function fieldErrors(issues: { path: string; message: string }[] | undefined, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues ?? []) out[i.path] ??= fieldMessage(i.path, i.message, lang);
  return out;
}
