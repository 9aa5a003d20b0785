import { procedureApi } from '@hcc/shared/api/procedures';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { PlaylistItemInput } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';
import { newItemId } from './new-id';
import { staffApi } from './staff-api';

const SPOTLIGHT_MS = 15_000;

/** Search the catalogue, tick procedures, and get one spotlight slide per procedure in one tap. */
export function SpotlightPicker({ centreId, onAdd, onClose }: { centreId: string; onAdd: (items: PlaylistItemInput[]) => void; onClose: () => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<ProcedureSummary[]>([]);
  const [chosen, setChosen] = useState<ProcedureSummary[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      staffApi(procedureApi.search, { query: { q, limit: 20, centre: centreId } })
        .then((r) => setHits(r.items))
        .catch(() => setHits([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [q, centreId]);
  const toggle = (p: ProcedureSummary) => setChosen(chosen.some((c) => c.code === p.code) ? chosen.filter((c) => c.code !== p.code) : [...chosen, p]);
  const add = () => {
    onAdd(chosen.map((p) => ({ id: newItemId('tthc'), kind: 'procedure', title: p.name.slice(0, 200), durationMs: SPOTLIGHT_MS, procedureCode: p.code, reformArea: 'tthc', form: 'niem_yet_tthc' })));
    onClose();
  };
  return (
    <div class="card picker" data-testid="spotlight-picker">
      <h3>{t('Giới thiệu thủ tục hành chính', 'Procedure spotlights')}</h3>
      <input
        data-testid="spotlight-search"
        placeholder={t('Tìm theo tên hoặc mã, ví dụ: khai sinh', 'Search by name or code, e.g. khai sinh')}
        value={q}
        onInput={(e) => setQ(e.currentTarget.value)}
      />
      <ul class="list picker-list">
        {hits.map((p) => (
          <li>
            <label class="check">
              <input type="checkbox" data-testid="spotlight-hit" data-code={p.code} checked={chosen.some((c) => c.code === p.code)} onChange={() => toggle(p)} />
              <span>
                {p.name} <small>({p.code})</small>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div class="row">
        <button data-testid="spotlight-add" disabled={!chosen.length} onClick={add}>
          {t(`Tạo ${chosen.length} slide`, `Create ${chosen.length} slides`)}
        </button>
        <button class="secondary" onClick={onClose}>
          {t('Đóng', 'Close')}
        </button>
      </div>
    </div>
  );
}
