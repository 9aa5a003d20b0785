import { telexWord } from '@hcc/shared/text/telex';
import { useRef } from 'preact/hooks';
import { useLang, useT } from './i18n';
import { Delete } from './icons';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm.'];
/** Codes (a dossier's) are letters, digits, dots and dashes, in upper case as printed. */
const CODE_ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM.-'];

/**
 * An on-screen keyboard for people who have never typed Vietnamese on a computer: plain letters
 * work (search ignores accents), and Telex (aa → â, dd → đ, s/f/r/x/j for tones) works too, in Vietnamese.
 * `onChange` is given the edit to make (a useState setter takes it as is), not the text: the keyboard
 * needs no props that change with each key, so its 45 keys are not rendered again at every keystroke.
 */
export function Keyboard({ onChange, plain = false }: { onChange: (edit: (text: string) => string) => void; plain?: boolean }) {
  const t = useT();
  const lang = useLang();
  // A code is typed as it is printed: Telex would turn its "DD" into "Đ". So is English, for the kiosk in English:
  // Telex would make "birth" "bỉth" (search reads English names of papers, shared/src/search/lexicon-english.ts).
  const telex = !plain && lang === 'vi';
  // The keys that made the last word this keyboard wrote: Telex reads them whole, so a word it would make wrong is
  // given back as typed (telexWord). A word written otherwise (a key pressed on a keyboard, a letter deleted) is
  // taken as its keys.
  const last = useRef({ word: '', keys: '' });
  const press = (k: string) =>
    onChange((text) => {
      if (!telex) return text + k;
      const word = /\S*$/.exec(text)?.[0] ?? '';
      const keys = (word === last.current.word ? last.current.keys : word) + k;
      last.current = { word: telexWord(keys), keys };
      return text.slice(0, text.length - word.length) + last.current.word;
    });
  return (
    <div class="keyboard" data-testid="keyboard" role="group" aria-label={t('Bàn phím', 'Keyboard')}>
      {(plain ? CODE_ROWS : ROWS).map((row) => (
        <div class="kb-row">
          {[...row].map((k) => (
            <button type="button" class="key" data-key={k} onClick={() => press(k)}>
              {k}
            </button>
          ))}
        </div>
      ))}
      <div class="kb-row">
        <button type="button" class="key wide" data-key="backspace" onClick={() => onChange((text) => [...text].slice(0, -1).join(''))}>
          <Delete class="icon" size={32} /> {t('Xoá', 'Delete')}
        </button>
        <button type="button" class="key space" data-key="space" onClick={() => onChange((text) => `${text} `)}>
          {t('Dấu cách', 'Space')}
        </button>
        <button type="button" class="key wide" data-key="clear" onClick={() => onChange(() => '')}>
          {t('Xoá hết', 'Clear')}
        </button>
      </div>
      {!plain && (
        <p class="kb-hint">
          {t(
            'Gõ không dấu cũng tìm được. Gõ dấu kiểu Telex: aa → â, dd → đ, s sắc, f huyền, r hỏi, x ngã, j nặng.',
            'Type in English, or in Vietnamese without accents: “birth certificate” or “khai sinh”.',
          )}
        </p>
      )}
    </div>
  );
}
