import type { ErrorBody } from '@hcc/shared/schemas/common';
import { ApiError } from '../lib/api';

/** Server messages are for developers; staff read these, chosen by the error code. */
const BY_CODE: Record<ErrorBody['code'], string> = {
  validation: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại.',
  unauthorized: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
  forbidden: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  not_found: 'Không tìm thấy dữ liệu yêu cầu.',
  conflict: 'Dữ liệu đã được người khác thay đổi; hãy tải lại trước khi lưu.',
  gone: 'Yêu cầu đã hết hạn.',
  too_large: 'Tệp hoặc dữ liệu quá lớn.',
  unsupported_media: 'Định dạng tệp không được hỗ trợ (chỉ MP4, WebM, JPEG, PNG, WebP).',
  rate_limited: 'Thao tác quá nhiều lần, vui lòng thử lại sau ít phút.',
  unavailable: 'Thiết bị hoặc dịch vụ không phản hồi (có thể đang mất kết nối).',
  internal: 'Máy chủ gặp sự cố, vui lòng thử lại.',
};

export function errorText(err: unknown, overrides: Partial<Record<ErrorBody['code'], string>> = {}): string {
  if (err instanceof ApiError) return overrides[err.body.code] ?? BY_CODE[err.body.code];
  return 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.';
}
