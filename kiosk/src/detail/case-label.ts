import { type ChecklistCase, shortCondition } from '@hcc/shared/catalogue/citizen-checklist';

type T = (vi: string, en: string) => string;

/** The heading of an "if…" group: our own words for known situations, the record's words otherwise. */
export function caseLabel(c: ChecklistCase, t: T): { text: string; lang: 'vi' | 'en' | undefined } {
  const own = (vi: string, en: string) => ({ text: t(vi, en), lang: undefined });
  switch (c.topic) {
    case 'authorised':
      return own('Nếu nhờ người khác đi làm thay (ủy quyền)', 'If someone else applies for you');
    case 'online':
      return own('Nếu nộp hồ sơ trực tuyến', 'If you apply online');
    case 'post':
      return own('Nếu gửi hồ sơ qua bưu điện', 'If you send it by post');
    case 'optional':
      return own('Nếu có thì mang theo', 'Bring these if you have them');
    case 'foreign':
      return own('Nếu có yếu tố nước ngoài', 'If a foreign country is involved');
    case 'other':
      // The condition is the record's Vietnamese: "Nếu" keeps it a sentence, in either language.
      return { text: `Nếu ${shortCondition(c.condition)}`, lang: 'vi' };
  }
}
