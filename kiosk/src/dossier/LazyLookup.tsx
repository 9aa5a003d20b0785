import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

type LookupProps = { phone?: boolean };

/**
 * The dossier look-up is fetched when first opened, not with the kiosk: it needs the network to
 * answer anyway, and the kiosk's precached bundle has no room for it. Offline before its first use,
 * the page says the look-up needs the network, as the look-up itself would.
 */
export function LazyLookup(props: LookupProps) {
  const t = useT();
  const [Lookup, setLookup] = useState<ComponentType<LookupProps> | 'failed' | null>(null);
  useEffect(() => {
    let gone = false;
    import('./Lookup').then(
      (m) => !gone && setLookup(() => m.Lookup),
      () => !gone && setLookup('failed'),
    );
    return () => {
      gone = true;
    };
  }, []);
  if (Lookup === 'failed')
    return (
      <section class="dossier-lookup" data-testid="dossier-lookup">
        <h1>{t('Tra cứu hồ sơ', 'Check your dossier')}</h1>
        <p class="notice" data-testid="dossier-offline">
          {t(
            'Kiosk đang mất kết nối mạng nên chưa tra cứu được. Ông/bà vui lòng thử lại sau ít phút, hoặc hỏi quầy tiếp nhận.',
            'The kiosk is offline and cannot check right now. Please try again in a few minutes, or ask at the reception counter.',
          )}
        </p>
      </section>
    );
  return Lookup ? <Lookup {...props} /> : <p class="muted">{t('Đang mở…', 'Opening…')}</p>;
}
