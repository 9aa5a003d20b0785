import { describe, expect, it } from 'vitest';
import { PlaylistItemSchema } from '../schemas/playlist';
import { DEFAULT_MIN_ANSWERS } from '../survey/headline';
import { slideContent } from './slide-content';

const item = (fields: Record<string, unknown>) => PlaylistItemSchema.parse({ id: 'i1', title: 'Mục', durationMs: 10_000, ...fields });

describe('slide content', () => {
  it('changes with what the slide shows, not with its title, duration or tags', () => {
    const base = { kind: 'text', heading: 'Giờ làm việc', body: 'Thứ Hai–Thứ Sáu' };
    expect(slideContent(item({ ...base, title: 'Khác', durationMs: 30_000, form: 'khau_hieu' }))).toBe(slideContent(item(base)));
    expect(slideContent(item({ ...base, body: 'Thứ Hai–Thứ Bảy' }))).not.toBe(slideContent(item(base)));
    expect(slideContent(item({ kind: 'qr', url: 'https://dichvucong.gov.vn', caption: 'Nộp trực tuyến', ecLevel: 'H' }))).not.toBe(
      slideContent(item({ kind: 'qr', url: 'https://dichvucong.gov.vn', caption: 'Nộp trực tuyến', ecLevel: 'M' })),
    );
  });

  it('keeps kinds apart even when their words are the same, and leaves media to their files', () => {
    expect(slideContent(item({ kind: 'text', heading: '', body: 'Nộp hồ sơ trực tuyến' }))).not.toBe(slideContent(item({ kind: 'ticker', text: 'Nộp hồ sơ trực tuyến' })));
    expect(slideContent(item({ kind: 'image', mediaId: 'a'.repeat(64) }))).toBeNull();
    expect(slideContent(item({ kind: 'survey_results' }))).toBe(`["survey_results","month",${DEFAULT_MIN_ANSWERS}]`);
  });
});
