import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import { useEffect, useState } from 'preact/hooks';
import { searchProcedures } from './api';
import { Detail } from './Detail';

const DEBOUNCE_MS = 150;

export function App() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProcedureSummary[]>([]);
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    const t = setTimeout(() => {
      if (!query.trim()) return setResults([]);
      searchProcedures(query, ctl.signal).then(setResults, () => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [query]);

  if (open) return <main class="kiosk"><Detail code={open} onBack={() => setOpen(null)} /></main>;
  return (
    <main class="kiosk">
      <h1>Tra cứu thủ tục hành chính</h1>
      <input
        class="search"
        data-testid="kiosk-search"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        placeholder="Nhập tên thủ tục, ví dụ: khai sinh, kết hôn…"
        autocomplete="off"
        spellcheck={false}
      />
      {query.trim() && results.length === 0 && <p class="muted">Không tìm thấy thủ tục phù hợp. Hãy thử từ khác, ví dụ “khai sinh”, “chứng thực”.</p>}
      <ul class="results">
        {results.map((r) => (
          <li>
            <button class="result" data-testid="kiosk-result" data-code={r.code} onClick={() => setOpen(r.code)}>
              <strong>{r.name}</strong>
              <span class="muted">{r.field}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
