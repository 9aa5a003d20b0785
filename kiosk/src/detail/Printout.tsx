import type { ChecklistItem, DossierChecklist } from '@hcc/shared/catalogue/citizen-checklist';
import type { CitizenFacts } from '@hcc/shared/catalogue/citizen-facts';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { KioskCentre } from '../Detail';
import { useT } from '../i18n';
import { caseLabel } from './case-label';

/**
 * The paper a citizen takes home: the checklist with boxes to tick, where, how long, how much, and the
 * QR for the full page. Hidden on screen; the only thing printed (see @media print in kiosk.css). One
 * narrow column, so it fits an 80 mm receipt roll and reads as a slip on A4. The kiosk's Chromium runs
 * with --kiosk-printing, so window.print() goes straight to the default printer without a dialog.
 */
export function Printout({ p, checklist, facts, centre, qr }: { p: Procedure; checklist: DossierChecklist; facts: CitizenFacts; centre: KioskCentre | null; qr: string }) {
  const t = useT();
  const ask = t('Theo quy định, hỏi cán bộ', 'As regulated; ask the staff');
  return (
    <section class="printout" data-testid="printout">
      {centre && (
        <p class="print-centre" lang="vi">
          {centre.name}
        </p>
      )}
      <h1 lang="vi">{p.name}</h1>
      <p class="print-code">
        {t('Mã thủ tục', 'Procedure code')} {p.code}
      </p>
      <h2>{t('Giấy tờ cần mang theo', 'What to bring')}</h2>
      {checklist.mixedCases && <p>{t('Tùy trường hợp: hỏi cán bộ tại quầy.', 'Depends on your case: ask at the counter.')}</p>}
      <PrintList items={checklist.everyone} />
      {checklist.cases.map((c) => {
        const label = caseLabel(c, t);
        return (
          <>
            <h3 lang={label.lang}>{label.text.endsWith('…') ? label.text : `${label.text}:`}</h3>
            <PrintList items={c.items} />
          </>
        );
      })}
      <dl>
        <dt>{t('Nộp tại', 'Apply at')}</dt>
        <dd lang="vi">{centre?.name ?? t('Bộ phận Một cửa của trung tâm', 'The centre’s one-stop counters')}</dd>
        <dt>{t('Thời hạn', 'Time')}</dt>
        <dd lang="vi">{facts.time ?? ask}</dd>
        <dt>{t('Lệ phí', 'Fee')}</dt>
        <dd lang="vi">{facts.fee?.main ?? ask}</dd>
      </dl>
      <div class="print-qr">
        <img src={qr} alt="" />
        <p>{t('Quét mã để xem đầy đủ thủ tục trên điện thoại.', 'Scan for the full procedure on your phone.')}</p>
      </div>
      <p class="print-foot">
        {t('In ngày', 'Printed on')} {new Date().toLocaleDateString('vi-VN')}.{' '}
        {t('Theo Cổng Dịch vụ công quốc gia. Khi cần, hỏi cán bộ tại quầy hoặc gọi 1022.', 'From the national public service portal. Ask at the counter or call 1022 when in doubt.')}
      </p>
    </section>
  );
}

/** Papers with a box to tick (drawn by print CSS), the copies in brackets. */
function PrintList({ items }: { items: ChecklistItem[] }) {
  return (
    <ul class="print-list" lang="vi">
      {items.map((i) => (
        <li>
          {i.title}
          {i.copies && ` (${i.copies})`}
        </li>
      ))}
    </ul>
  );
}
