import { cleanText } from './crawl-text';

/** Steps as the citizen reads them: by "Bước N" when the text has them, else by line. */
export function parseSteps(raw: string): string[] {
  if (!cleanText(raw)) return [];
  const byStep = raw.split(/(?=Bước\s*\d+\s*[:.)-])/);
  const parts = byStep.length > 1 ? byStep : raw.split(/\n+/);
  return parts.map((p) => cleanText(p.replace(/^\s*[-+*•]\s*/, ''))).filter((p): p is string => p !== null);
}
