import { dossierChecklist } from '@hcc/shared/catalogue/citizen-checklist';
import { citizenFacts } from '@hcc/shared/catalogue/citizen-facts';
import { qrDataUrl } from '@hcc/shared/qr/image';
import { LEVEL_LABELS, type Procedure } from '@hcc/shared/schemas/procedure';
import type { CatalogueIndex } from '@hcc/shared/schemas/usage';
import { useEffect, useState } from 'preact/hooks';
import { loadProcedure } from './api';
import { Bring } from './detail/Bring';
import { FullText } from './detail/FullText';
import { Printout } from './detail/Printout';
import { useLang, useT } from './i18n';
import { Banknote, ChevronLeft, Clock, MapPin, Printer } from './icons';
import { record } from './usage';

export type KioskCentre = NonNullable<CatalogueIndex['centre']>;

/** Longer fee notes than this fold away under the amount. */
const FEE_DETAIL_INLINE = 120;
/** Names longer than this (a few run to 500 characters) get a smaller heading. */
const LONG_NAME = 160;

/** The procedure's own page on this server: what the QR carries when the portal has none for it. */
const pageOnThisServer = (code: string) => `${location.origin}/kiosk/?p=${encodeURIComponent(code)}`;

/**
 * A procedure as a citizen needs it: what to bring, where, how long and how much, and the QR to take
 * it along, on the first screen; the portal's full text below, folded by section. The procedure's own
 * text is Vietnamese in either language (lang="vi" on it), the page's headings follow the kiosk's.
 */
export function Detail({ code, centre, onBack }: { code: string; centre: KioskCentre | null; onBack: () => void }) {
  const t = useT();
  const lang = useLang();
  const [p, setP] = useState<Procedure | null | undefined>(undefined);
  useEffect(() => {
    void loadProcedure(code).then(setP);
    record({ kind: 'view', code });
  }, [code]);
  if (p === undefined) return <p class="muted">{t('Đang tải…', 'Loading…')}</p>;
  if (p === null)
    return (
      <div>
        <p>{t('Không tải được thủ tục này (có thể do mất mạng). Vui lòng hỏi cán bộ tại quầy.', 'This procedure could not be loaded (the network may be down). Please ask at the counter.')}</p>
        <button onClick={onBack}>
          <ChevronLeft class="icon" size={32} /> {t('Quay lại', 'Back')}
        </button>
      </div>
    );
  const withheld = p.source.flags.includes('wrong-page') || p.source.flags.includes('list-only');
  const checklist = dossierChecklist(p.dossier);
  const facts = citizenFacts(p);
  const qr = qrDataUrl(p.portalUrl ?? pageOnThisServer(p.code));
  const level = p.level.map((l) => LEVEL_LABELS[l]).join(', ');
  return (
    <>
      <article class="detail screen-only" data-testid="procedure-detail">
        <div class="detail-bar">
          <button class="back" data-testid="detail-back" onClick={onBack}>
            <ChevronLeft class="icon" size={32} /> {t('Quay lại', 'Back')}
          </button>
          {!withheld && (
            <button class="print" data-testid="print-checklist" onClick={() => window.print()}>
              <Printer class="icon" size={32} /> {t('In danh sách giấy tờ', 'Print the checklist')}
            </button>
          )}
        </div>
        <p class="muted">
          <span lang="vi">{p.field}</span> · <span lang="vi">{level}</span> · {t('Mã', 'Code')} {p.code}
        </p>
        {/* At full size such a name would fill the screen before the first paper. */}
        <h1 lang="vi" class={p.name.length > LONG_NAME ? 'long-name' : undefined}>
          {p.name}
        </h1>
        {lang === 'en' && <p class="lang-note">The procedure's own text is in Vietnamese; the headings are in English.</p>}
        {withheld ? (
          <div class="notice" data-testid="detail-ask-counter">
            <p>
              {t(
                'Chưa có thông tin chi tiết đáng tin cậy cho thủ tục này. Vui lòng hỏi tại quầy tiếp nhận.',
                'There is no reliable detail for this procedure yet. Please ask at the reception counter.',
              )}
            </p>
            {/* What the portal's list does say: who handles it, so the counter knows where to send the citizen. */}
            {p.agency && (
              <p>
                {t('Cơ quan thực hiện', 'Handled by')}: <span lang="vi">{p.agency}</span>
              </p>
            )}
          </div>
        ) : (
          <div class="detail-summary">
            <Bring checklist={checklist} />
            <div class="detail-side">
              <section class="fact" data-testid="detail-where">
                <h2>
                  <MapPin class="icon" size={36} /> {t('Nộp hồ sơ ở đâu', 'Where to apply')}
                </h2>
                <p>
                  {centre ? (
                    <>
                      {t('Tại quầy của', 'At the counters of')} <strong lang="vi">{centre.name}</strong>
                    </>
                  ) : (
                    t('Tại Bộ phận Một cửa của trung tâm này', 'At the one-stop counters of this centre')
                  )}
                </p>
                <p class="muted">
                  {t('Cơ quan giải quyết', 'Handled by')}: <span lang="vi">{facts.agency ?? level}</span>
                </p>
              </section>
              <div class="facts">
                <section class="fact" data-testid="detail-time">
                  <h2>
                    <Clock class="icon" size={36} /> {t('Thời hạn', 'Time')}
                  </h2>
                  <p lang={facts.time ? 'vi' : undefined}>{facts.time ?? t('Theo quy định, hỏi cán bộ', 'As regulated; ask the staff')}</p>
                </section>
                <section class="fact" data-testid="detail-fee">
                  <h2>
                    <Banknote class="icon" size={36} /> {t('Lệ phí', 'Fee')}
                  </h2>
                  <p lang={facts.fee ? 'vi' : undefined}>{facts.fee?.main ?? t('Theo quy định, hỏi cán bộ', 'As regulated; ask the staff')}</p>
                  {facts.fee?.detail &&
                    (facts.fee.detail.length <= FEE_DETAIL_INLINE ? (
                      <p class="fee-detail muted" lang="vi">
                        {facts.fee.detail}
                      </p>
                    ) : (
                      // A paragraph of fee law would push the QR off the screen: one tap away instead.
                      <details class="fee-more">
                        <summary>{t('Chi tiết lệ phí', 'Fee details')}</summary>
                        <p class="fee-detail muted" lang="vi">
                          {facts.fee.detail}
                        </p>
                      </details>
                    ))}
                </section>
              </div>
              <aside class="take-away" data-testid="detail-qr">
                <img class="qr" src={qr} alt={t('Mã QR của thủ tục', 'QR code of the procedure')} data-testid="procedure-qr" />
                <p>
                  {p.portalUrl
                    ? t('Quét mã bằng điện thoại để xem tiếp và nộp hồ sơ trực tuyến', 'Scan with your phone to read on and apply online')
                    : t('Quét mã bằng điện thoại để mang thông tin này theo', 'Scan with your phone to take this page along')}
                </p>
              </aside>
            </div>
          </div>
        )}
        {!withheld && <FullText p={p} />}
      </article>
      {!withheld && <Printout p={p} checklist={checklist} facts={facts} centre={centre} qr={qr} />}
    </>
  );
}
