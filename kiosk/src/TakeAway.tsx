import { qrDataUrl } from '@hcc/shared/qr/image';
import { useT } from './i18n';

/** Information the citizen takes away on their phone: the kiosk never navigates anywhere else. */
export function TakeAway({ url }: { url: string }) {
  const t = useT();
  const hotline = url.startsWith('tel:');
  return (
    <section class="take-away big" data-testid="take-away">
      <h1>{hotline ? t('Đường dây nóng 1022', 'Hotline 1022') : t('Dịch vụ công trực tuyến', 'Online public services')}</h1>
      <img class="qr" src={qrDataUrl(url)} alt="" />
      <p>
        {hotline
          ? t('Quét mã để gọi Tổng đài 1022, hoặc bấm số 1022 trên điện thoại. Phản ánh, kiến nghị về thủ tục hành chính.', 'Scan to call 1022 or dial it. Feedback on administrative procedures.')
          : t(
              'Quét mã bằng điện thoại để mở Cổng Dịch vụ công quốc gia, đăng nhập bằng VNeID và nộp hồ sơ trực tuyến.',
              'Scan with your phone to open the national portal, sign in with VNeID and apply online.',
            )}
      </p>
    </section>
  );
}
