import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the tablet has a network. Without one every list stays as last loaded (or empty) and every
 * button fails: staff are told once, above the page, rather than left to guess from an empty wall.
 */
export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}
