/**
 * The paragraphs a text slide shows: lines trimmed, blank lines dropped (a body of 2,000 newlines is
 * not 2,000 paragraphs), and past `max` the remaining lines run on in the last paragraph, so the
 * slide's type can shrink to fit instead of the text running off the screen.
 */
export function slideParagraphs(body: string, max = 8): string[] {
  const lines = body
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), lines.slice(max - 1).join(' ')];
}
