import { useState } from 'preact/hooks';
import type { errorText, Lang } from './i18n';
import { failure, type Notice } from './ui';

/**
 * A view's actions and what they say: the success text on the notice line, a failure's message there
 * and each field's own next to it. `then` runs after a success (a reload of what the action changed).
 */
export function useActionNotice(lang: Lang, then: () => Promise<void>) {
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const act = async (fn: () => Promise<string>, overrides: Parameters<typeof errorText>[1] = {}) => {
    try {
      setNotice({ ok: true, text: await fn() });
      setFields({});
      await then();
    } catch (err) {
      const f = failure(err, lang, overrides);
      setNotice(f.notice);
      setFields(f.fields);
    }
  };

  return { notice, fields, act, setNotice, setFields };
}
