import { describe, expect, it } from 'vitest';
import { LexiconEntrySchema } from './lexicon-entry';
import { LEXICON } from './lexicon';

describe('the citizen lexicon as shipped', () => {
  // Kiosks receive it with the catalogue and check it with the shared schema: one entry out of bounds (a list of
  // 103 places, over the 100 phrases an entry holds) made every kiosk refuse the whole catalogue and search nothing.
  it('passes the schema the kiosks read it with, entry by entry', () => {
    const refused = LEXICON.flatMap((entry, i) => {
      const r = LexiconEntrySchema.safeParse(entry);
      return r.success ? [] : [`#${i} ${entry.say.slice(0, 3).join(' / ')}: ${r.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`];
    });
    expect(refused).toEqual([]);
  });

  it('holds at least 300 entries (issue 17)', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(300);
  });
});
