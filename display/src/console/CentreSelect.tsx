import type { Centre } from '@hcc/shared/schemas/centre';
import { useT } from './i18n';

/**
 * A centre chosen on purpose: the select shows exactly the centre that will be sent, and with no
 * centre chosen yet it says so instead of silently meaning the first one in the list.
 */
export function CentreSelect({ centres, value, onChange, testId, disabled }: { centres: Centre[]; value: string; onChange: (id: string) => void; testId?: string; disabled?: boolean }) {
  const t = useT();
  return (
    <select data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
      {value === '' && (
        <option value="" disabled>
          {t('— Chọn trung tâm —', '— Choose a centre —')}
        </option>
      )}
      {centres.map((c) => (
        <option value={c.id} selected={c.id === value}>
          {c.name}
        </option>
      ))}
    </select>
  );
}

/** The centre a form starts with: the staff member's own, or the only one there is; otherwise none until chosen. */
export const initialCentre = (centres: Centre[], own: string | null) => own ?? (centres.length === 1 ? (centres[0]?.id ?? '') : '');
