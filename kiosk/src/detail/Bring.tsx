import type { ChecklistItem, DossierChecklist } from '@hcc/shared/catalogue/citizen-checklist';
import { useT } from '../i18n';
import { FileCheck } from '../icons';
import { caseLabel } from './case-label';

/** What to bring: the papers everyone needs, numbered; then each "if…" situation, folded. */
export function Bring({ checklist }: { checklist: DossierChecklist }) {
  const t = useT();
  return (
    <section class="bring" data-testid="detail-bring">
      <h2>
        <FileCheck class="icon" size={40} /> {t('Giấy tờ cần mang theo', 'What to bring')}
      </h2>
      {checklist.mixedCases && (
        <p class="notice" data-testid="mixed-cases">
          {t(
            'Giấy tờ khác nhau tùy trường hợp của ông/bà. Danh sách dưới đây gồm các giấy tờ có thể cần; hãy hỏi cán bộ tại quầy.',
            'The papers differ from case to case. The list below holds the papers you may need; please ask at the counter.',
          )}
        </p>
      )}
      {checklist.everyone.length > 0 ? (
        <ol class="bring-list" data-testid="bring-everyone">
          {checklist.everyone.map((i) => (
            <BringItem i={i} />
          ))}
        </ol>
      ) : (
        <p>{t('Cổng Dịch vụ công chưa ghi giấy tờ cần mang. Vui lòng hỏi cán bộ tại quầy.', 'The portal lists no papers for this procedure. Please ask at the counter.')}</p>
      )}
      {checklist.cases.length > 0 && (
        <>
          <h3 class="cases-heading">{t('Chỉ khi ông/bà thuộc trường hợp sau (chạm để xem):', 'Only in these cases (tap to open):')}</h3>
          {checklist.cases.map((c) => {
            const label = caseLabel(c, t);
            return (
              <details class="case" data-testid="detail-case">
                <summary lang={label.lang}>{label.text}</summary>
                <ul class="bring-list">
                  {c.items.map((i) => (
                    <BringItem i={i} />
                  ))}
                </ul>
              </details>
            );
          })}
        </>
      )}
    </section>
  );
}

function BringItem({ i }: { i: ChecklistItem }) {
  return (
    <li lang="vi">
      <strong>{i.title}</strong>
      {i.copies && <span class="copies">{i.copies}</span>}
      {i.detail && <span class="bring-detail">{i.detail}</span>}
    </li>
  );
}
