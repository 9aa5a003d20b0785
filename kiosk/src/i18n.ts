import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'vi' | 'en';
export const LangContext = createContext<Lang>('vi');

/** Vietnamese first; procedure texts themselves exist only in Vietnamese. */
export function useT(): (vi: string, en: string) => string {
  const lang = useContext(LangContext);
  return (vi, en) => (lang === 'en' ? en : vi);
}
