import { describe, expect, it } from 'vitest';
import { draftNarrative } from './narrative';
import type { Report } from './report';

const report = (over: Partial<Report> = {}): Report =>
  ({
    showings: { totals: { showings: 1200, playMs: 0, completed: 1200, screens: 2 } },
    targets: [
      { seq: 1, product: 'Ít nhất 01 video, clip', content: 'Video', status: 'met' },
      { seq: 4, product: 'Mỗi tháng ít nhất 4 bản tin, bài viết', content: 'Bản tin', status: 'behind' },
      { seq: 5, product: 'Các hội nghị', content: 'Hội nghị', status: 'not_done' },
      { seq: 7, product: '', content: 'Lồng ghép văn nghệ', status: 'self' },
    ],
    register: [{ count: 500 }, { count: 2 }],
    satisfaction: { n: 40, index: 0.9 },
    kiosk: { searches: 300, withoutResult: 12, emptySearches: [{ q: 'so do' }, { q: 'lam lai cmnd' }] },
    uptime: [
      { name: 'Sảnh 1', openMs: 100, share: 0.95 },
      { name: 'Sảnh 2', openMs: 100, share: 0.5 },
    ],
    ...over,
  }) as unknown as Report;

describe('draftNarrative', () => {
  it('writes what the figures say, names what is behind and the screen often offline, and proposes matching steps', () => {
    const d = draftNarrative(report(), { showings: 1000 });
    expect(d.achieved).toContain('1.200 lượt');
    expect(d.achieved).toContain('tăng 20%');
    expect(d.achieved).toContain('2 hoạt động tuyên truyền với 502 sản phẩm');
    expect(d.achieved).toContain('1/4 nhiệm vụ');
    expect(d.shortcomings).toContain('Nhiệm vụ 4 (Mỗi tháng ít nhất 4 bản tin, bài viết) chưa đạt chỉ tiêu của kỳ');
    expect(d.shortcomings).toContain('Nhiệm vụ 5 (Các hội nghị) chưa ghi nhận kết quả');
    expect(d.shortcomings).not.toContain('Nhiệm vụ 7');
    expect(d.shortcomings).toContain('"Sảnh 2" chỉ hoạt động 50%');
    expect(d.shortcomings).not.toContain('Sảnh 1');
    expect(d.shortcomings).toContain('“so do”');
    expect(d.nextSteps).toContain('nhiệm vụ 4');
    expect(d.proposals).toBe('');
  });

  it('says nothing it cannot back: no comparison without an earlier report, no shortcomings when all is met', () => {
    const d = draftNarrative(report({ targets: [], uptime: [], kiosk: { searches: 0, withoutResult: 0, mostViewed: [], emptySearches: [] } }), null);
    expect(d.achieved).not.toMatch(/so với kỳ/);
    expect(d.shortcomings).toBe('');
    expect(d.causes).toBe('');
  });
});
