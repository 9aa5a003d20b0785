import { useT } from './i18n';

/**
 * What the kiosk and the phone survey keep about a person: nothing that names them. Law 91/2025/QH15
 * on personal data protection is in force from 1 January 2026; the notice is where feedback is asked
 * for and one tap from the home screen. Every claim here is enforced elsewhere: the survey has no
 * name, phone or ID field, comments are masked on the server, usage counts carry no identity.
 */
export function PrivacyNotice({ heading = false }: { heading?: boolean }) {
  const t = useT();
  return (
    <aside class="privacy" data-testid="privacy-notice">
      {heading && <h1>{t('Quyền riêng tư', 'Privacy')}</h1>}
      <p>
        {t(
          'Tra cứu và đánh giá ở đây là ẩn danh: không lưu họ tên, số điện thoại, số căn cước hay hình ảnh của ông/bà. Số điện thoại, số giấy tờ lỡ ghi trong góp ý được che đi trước khi lưu.',
          'Searches and survey answers here are anonymous: your name, phone number, ID-card number or picture are never stored. Phone or ID numbers typed into a comment are masked before it is saved.',
        )}
      </p>
      <p class="muted">{t('Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.', 'Under the Law on Personal Data Protection No. 91/2025/QH15.')}</p>
    </aside>
  );
}
