import { qrDataUrl } from '@hcc/shared/qr/image';
import { useEffect, useRef, useState } from 'preact/hooks';
import { centreParam } from '../catalogue';
import { useT } from '../i18n';
import { QrCode, Search } from '../icons';
import { Keyboard } from '../Keyboard';
import { FoundAnswer, NotFoundAnswer } from './Answer';
import { type LookupOutcome, lookUpDossier, phoneLookupUrl } from './lookup-api';
import { CameraScan } from './CameraScan';

/** Longer than any code: a USB scanner's keystrokes or a pasted URL are cut here. */
const MAX_INPUT = 300;

/**
 * "Tra cứu hồ sơ": the citizen shows the receipt to the camera, lets a USB scanner read it (it types
 * the code and Enter, like a keyboard), or types the code. On the kiosk the camera opens with the
 * page; on a phone (`phone`) only when asked, since it prompts for permission.
 */
export function Lookup({ phone = false }: { phone?: boolean }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<LookupOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState(!phone);
  const asked = useRef(0);

  const submit = async (raw: string) => {
    const ask = ++asked.current;
    setBusy(true);
    const result = await lookUpDossier(raw, centreParam() || null);
    // A newer look-up (a second scan) wins over a slow answer to an older one.
    if (ask !== asked.current) return;
    setBusy(false);
    setOutcome(result);
    // A receipt QR holding a whole look-up address: the box shows the code it carried, as printed.
    if (result.kind === 'answer' && result.answer.found && /^https?:/i.test(raw.trim())) setCode(result.answer.code);
  };

  // A USB barcode scanner types the code and Enter wherever the focus is: keys that land outside the
  // code box are taken as typed into it, so a scan works even after a tap on a button.
  const codeRef = useRef(code);
  codeRef.current = code;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key === 'Enter') {
        if (codeRef.current.trim()) void submit(codeRef.current);
      } else if (e.key.length === 1) {
        setCode((c) => (c + e.key).slice(0, MAX_INPUT));
      } else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onScanned = (text: string) => {
    setCode(text.slice(0, MAX_INPUT));
    void submit(text);
  };

  return (
    <section class={`dossier-lookup ${phone ? 'on-phone' : ''}`} data-testid="dossier-lookup">
      <h1>{t('Tra cứu hồ sơ', 'Check your dossier')}</h1>
      {/* Portrait: code box, answer, keyboard, phone QR, top to bottom; landscape: what to do left, the answer right. */}
      <div class="dossier-main">
        <div class="dossier-inputs">
          {camera ? (
            <CameraScan onCode={onScanned} onClose={phone ? () => setCamera(false) : undefined} />
          ) : (
            <button class="dossier-camera-open" data-testid="dossier-camera-open" onClick={() => setCamera(true)}>
              <QrCode class="icon" size={40} /> {t('Quét mã trên giấy hẹn bằng camera', 'Scan the receipt with the camera')}
            </button>
          )}
          <form
            class="dossier-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (code.trim()) void submit(code);
            }}
          >
            <label for="dossier-code">{t('Hoặc nhập mã hồ sơ in trên giấy hẹn', 'Or type the code printed on your receipt')}</label>
            <div class="dossier-row">
              <input
                id="dossier-code"
                class="search"
                data-testid="dossier-code"
                value={code}
                inputMode={phone ? 'text' : 'none'}
                autocapitalize="characters"
                maxLength={MAX_INPUT}
                onInput={(e) => setCode(e.currentTarget.value)}
                placeholder={t('Ví dụ: 000.00.15.H12-250101-0001', 'e.g. 000.00.15.H12-250101-0001')}
                autocomplete="off"
                spellcheck={false}
              />
              <button type="submit" class="dossier-go" data-testid="dossier-submit" disabled={busy || !code.trim()}>
                <Search class="icon" size={32} /> {t('Tra cứu', 'Check')}
              </button>
            </div>
          </form>
        </div>
        {!phone && <Keyboard plain onChange={(edit) => setCode((c) => edit(c).slice(0, MAX_INPUT))} />}
      </div>
      <div class="dossier-side">
        <div class="dossier-outcome" aria-live="polite" data-testid="dossier-outcome" data-busy={busy}>
          {busy && <p class="muted">{t('Đang tra cứu…', 'Looking it up…')}</p>}
          {!busy && outcome && <Outcome o={outcome} />}
        </div>
        {!phone && (
          <aside class="dossier-phone">
            <img class="qr" src={qrDataUrl(phoneLookupUrl(location.origin, centreParam() || null))} alt="" />
            <p>{t('Quét mã này để tra cứu hồ sơ trên điện thoại của ông/bà, bất cứ lúc nào.', 'Scan this to check your dossier on your own phone, any time.')}</p>
          </aside>
        )}
      </div>
    </section>
  );
}

function Outcome({ o }: { o: LookupOutcome }) {
  const t = useT();
  switch (o.kind) {
    case 'answer':
      return o.answer.found ? <FoundAnswer a={o.answer} /> : <NotFoundAnswer a={o.answer} />;
    case 'not-a-code':
      return <NotFoundAnswer a={null} />;
    case 'offline':
      return (
        <p class="notice" data-testid="dossier-offline">
          {t(
            'Kiosk đang mất kết nối mạng nên chưa tra cứu được. Ông/bà vui lòng thử lại sau ít phút, hoặc hỏi quầy tiếp nhận.',
            'The kiosk is offline and cannot check right now. Please try again in a few minutes, or ask at the reception counter.',
          )}
        </p>
      );
    case 'busy':
      return (
        <p class="notice" data-testid="dossier-busy">
          {t('Có nhiều lượt tra cứu liên tiếp. Ông/bà vui lòng chờ một phút rồi thử lại.', 'Many look-ups in a row. Please wait a minute and try again.')}
        </p>
      );
    case 'unavailable':
      return (
        <p class="notice" data-testid="dossier-unavailable">
          {t(
            'Hệ thống tra cứu hồ sơ đang tạm gián đoạn. Ông/bà vui lòng thử lại sau, hoặc hỏi quầy tiếp nhận.',
            'Dossier look-up is briefly unavailable. Please try later, or ask at the reception counter.',
          )}
        </p>
      );
  }
}
