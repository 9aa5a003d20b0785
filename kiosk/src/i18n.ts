import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'vi' | 'en';
export const LangContext = createContext<Lang>('vi');

export const useLang = (): Lang => useContext(LangContext);

/** Vietnamese first; procedure texts themselves exist only in Vietnamese. */
export function useT(): (vi: string, en: string) => string {
  const lang = useLang();
  return (vi, en) => (lang === 'en' ? en : vi);
}
