import type { QrPresetSchema } from '../schemas/playlist';
import type * as z from 'zod/mini';

type Preset = Exclude<z.infer<typeof QrPresetSchema>, 'custom'>;

/**
 * What the plans ask every centre to show as QR codes. The Zalo Official Account differs per centre,
 * so its preset only starts the address: staff complete it with their account's number.
 */
export const QR_PRESETS: Record<Preset, { title: string; url: string; caption: string }> = {
  dvc_portal: { title: 'QR Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/', caption: 'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia' },
  fee_payment: {
    title: 'QR thanh toán phí, lệ phí',
    url: 'https://dichvucong.gov.vn/',
    caption: 'Thanh toán phí, lệ phí trực tuyến: đăng nhập Cổng Dịch vụ công, chọn hồ sơ, chọn Thanh toán',
  },
  hotline_1022: { title: 'QR Tổng đài 1022', url: 'tel:1022', caption: 'Gọi Tổng đài 1022 để phản ánh, kiến nghị về thủ tục hành chính' },
  zalo_oa: { title: 'QR Zalo OA của Trung tâm', url: 'https://zalo.me/', caption: 'Quan tâm Zalo OA của Trung tâm để nhận thông báo kết quả hồ sơ' },
};
