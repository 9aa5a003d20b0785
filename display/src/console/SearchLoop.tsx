import { procedureApi } from '@hcc/shared/api/procedures';
import { searchLexiconApi } from '@hcc/shared/api/search-lexicon';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import { meansOfName, type StaffSynonym, type SynonymSuggestion } from '@hcc/shared/search/staff-lexicon';
import type { GapDemand } from '@hcc/shared/search/gap-note';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, type Notice, NoticeLine } from './ui';

/**
 * The loop that keeps kiosk search improving (issue 17): what citizens typed and did not find, and what
 * they found only far down the list; a tap turns one into a synonym every kiosk reads at once. Only a
 * province-wide editor may teach (a synonym changes search at every centre); others see the list.
 */
export function SearchLoop({ canTeach }: { canTeach: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [suggestions, setSuggestions] = useState<SynonymSuggestion[]>([]);
  const [synonyms, setSynonyms] = useState<StaffSynonym[]>([]);
  const [gaps, setGaps] = useState<GapDemand[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const load = async () => {
    const [s, l, g] = await Promise.all([
      staffApi(searchLexiconApi.suggestions, { query: { limit: 50 } }),
      staffApi(searchLexiconApi.list),
      staffApi(searchLexiconApi.gaps, { query: { from: daysAgo(GAP_DAYS) } }),
    ]);
    setSuggestions(s.items);
    setSynonyms(l.items);
    setGaps(g.items);
  };
  useEffect(() => {
    load().catch((err: unknown) => setNotice(failure(err, lang).notice));
  }, []);

  const act = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await call();
      await load();
      setNotice({ ok: true, text: done });
    } catch (err) {
      setNotice(failure(err, lang).notice);
    } finally {
      setBusy(false);
    }
  };
  const teach = (say: string, means: string) =>
    act(() => staffApi(searchLexiconApi.add, { body: { say, means } }), t(`Đã thêm: “${say}” → “${means}”. Mọi kiosk dùng ngay.`, `Added: “${say}” → “${means}”. Every kiosk uses it now.`));
  const dismiss = (say: string) => act(() => staffApi(searchLexiconApi.dismiss, { body: { say } }), t(`Đã bỏ qua “${say}”.`, `Dismissed “${say}”.`));
  const remove = (id: string, say: string) => act(() => staffApi(searchLexiconApi.remove, { params: { id } }), t(`Đã xoá “${say}”.`, `Removed “${say}”.`));

  return (
    <section data-testid="search-loop">
      <h2>{t('Tìm kiếm ở kiosk: dạy từ đồng nghĩa', 'Kiosk search: teach synonyms')}</h2>
      <p class="muted">
        {t(
          'Những cụm từ người dân gõ mà không tìm thấy, hoặc chỉ tìm thấy thủ tục ở xa cuối danh sách. Thêm từ đồng nghĩa để mọi kiosk tìm đúng ngay.',
          'What citizens typed and found nothing for, or found only far down the list. Add a synonym and every kiosk finds it at once.',
        )}
        {!canTeach && ` ${t('Chỉ biên tập viên cấp tỉnh được thêm từ đồng nghĩa.', 'Only province-wide editors can add synonyms.')}`}
      </p>
      <NoticeLine notice={notice} testId="search-loop-notice" />
      {suggestions.length === 0 ? (
        <p class="card" data-testid="search-suggestions-empty">
          {t('Chưa có gợi ý: người dân đều tìm thấy thủ tục trong ba kết quả đầu.', 'No suggestions: citizens found their procedure among the first three results.')}
        </p>
      ) : (
        <table class="card audit" data-testid="search-suggestions">
          <thead>
            <tr>
              <th>{t('Người dân gõ', 'Citizens typed')}</th>
              <th>{t('Số lần', 'Times')}</th>
              <th>{t('Điều đã xảy ra', 'What happened')}</th>
              {canTeach && <th>{t('Dạy kiosk', 'Teach the kiosks')}</th>}
            </tr>
          </thead>
          <tbody>
            {suggestions.map((s) => (
              <tr data-testid="search-suggestion" data-q={s.q}>
                <td>
                  <strong>{s.q}</strong>
                </td>
                <td>{s.count}</td>
                <td>
                  {s.kind === 'empty'
                    ? t(`Không tìm thấy (lần cuối ${s.lastDay})`, `Nothing found (last ${s.lastDay})`)
                    : t(`Mở “${s.name}” ở vị trí ${s.meanRank} (trung bình)`, `Opened “${s.name}” at position ${s.meanRank} (mean)`)}
                </td>
                {canTeach && (
                  <td>
                    {s.kind === 'far' ? (
                      <button data-testid="suggestion-accept" disabled={busy} onClick={() => teach(s.q, s.means)}>
                        {t('Thêm: nghĩa là thủ tục này', 'Add: it means this procedure')}
                      </button>
                    ) : (
                      <MeaningPicker q={s.q} busy={busy} onPick={(means) => teach(s.q, means)} />
                    )}{' '}
                    <button class="secondary" data-testid="suggestion-dismiss" disabled={busy} onClick={() => dismiss(s.q)}>
                      {t('Bỏ qua', 'Dismiss')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t(`Nhu cầu chưa có thủ tục trong danh mục (${GAP_DAYS} ngày qua)`, `Needs the catalogue has no procedure for (last ${GAP_DAYS} days)`)}</h3>
      <p class="muted">
        {t(
          'Người dân hỏi kiosk những việc này; kiosk đã báo là chưa có thủ tục và mời hỏi tại quầy. Số lần hỏi là căn cứ để đề nghị bổ sung danh mục.',
          'Citizens asked the kiosks for these; the kiosk said they are not in the catalogue and to ask at the counter. The counts support a request to add them.',
        )}
      </p>
      {gaps.length === 0 ? (
        <p class="card" data-testid="search-gaps-empty">
          {t('Chưa ai hỏi việc ngoài danh mục.', 'Nobody asked for a need outside the catalogue.')}
        </p>
      ) : (
        <table class="card audit" data-testid="search-gaps">
          <thead>
            <tr>
              <th>{t('Nhu cầu', 'Need')}</th>
              <th>{t('Số lần', 'Times')}</th>
              <th>{t('Người dân gõ, ví dụ', 'Citizens typed, for example')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr data-testid="search-gap" data-gap={g.id}>
                <td>{lang === 'en' ? g.topic.en : g.topic.vi}</td>
                <td>{g.count}</td>
                <td>{g.examples.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('Từ đồng nghĩa đã thêm', 'Synonyms added')}</h3>
      <table class="card audit" data-testid="staff-synonyms">
        <tbody>
          {synonyms.map((s) => (
            <tr data-testid="staff-synonym" data-say={s.say} class={s.status === 'dismissed' ? 'muted' : ''}>
              <td>{s.say}</td>
              <td>{s.status === 'active' ? `→ ${s.means}` : t('đã bỏ qua', 'dismissed')}</td>
              <td>
                {s.createdBy} · {s.createdAt.slice(0, 10)}
              </td>
              {canTeach && (
                <td>
                  <button class="secondary" data-testid="synonym-remove" disabled={busy} onClick={() => remove(s.id, s.say)}>
                    {t('Xoá', 'Remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The needs outside the catalogue are counted over about a quarter: what a centre reports upward. */
const GAP_DAYS = 90;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** For a search that found nothing: staff find the procedure it meant by its catalogue words, and tap it. */
function MeaningPicker({ q, busy, onPick }: { q: string; busy: boolean; onPick: (means: string) => void }) {
  const t = useT();
  const [words, setWords] = useState('');
  const [found, setFound] = useState<ProcedureSummary[]>([]);
  useEffect(() => {
    if (words.trim().length < 2) return setFound([]);
    const timer = setTimeout(() => {
      staffApi(procedureApi.search, { query: { q: words, limit: 5 } })
        .then((r) => setFound(r.items))
        // The list of matches is a convenience: the typed words can still be saved as they are.
        .catch(() => setFound([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [words]);
  return (
    <div class="meaning-picker">
      <input
        data-testid="suggestion-means"
        value={words}
        maxLength={200}
        aria-label={t(`“${q}” nghĩa là (từ trong danh mục)`, `“${q}” means (the catalogue’s words)`)}
        placeholder={t('vd: chặt hạ cây xanh', 'e.g. chặt hạ cây xanh')}
        onInput={(e) => setWords(e.currentTarget.value)}
      />
      <ul>
        {found.map((p) => (
          <li>
            <button class="link" data-testid="suggestion-procedure" data-code={p.code} disabled={busy} onClick={() => onPick(meansOfName(p.name))}>
              → {p.name}
            </button>
          </li>
        ))}
      </ul>
      <button class="secondary" data-testid="suggestion-add-words" disabled={busy || words.trim().length < 2} onClick={() => onPick(words)}>
        {t('Thêm với các từ này', 'Add with these words')}
      </button>
    </div>
  );
}
