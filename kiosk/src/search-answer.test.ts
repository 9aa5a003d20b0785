import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerBuffer, shareAnswer, takeAnswer } from './search-answer';

const isolated = (on: boolean) => vi.stubGlobal('crossOriginIsolated', on);
afterEach(() => void vi.unstubAllGlobals());

describe('an answer shared with the page', () => {
  it('needs a cross-origin isolated page', () => {
    isolated(false);
    expect(answerBuffer()).toBeNull();
    isolated(true);
    expect(answerBuffer()).toBeInstanceOf(SharedArrayBuffer);
  });

  it('is read back as written, and only as the answer to its own question', () => {
    isolated(true);
    const buffer = answerBuffer()!;
    const answer = { hits: [{ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: 'xa' }], partial: false };
    shareAnswer(buffer, 7, answer);
    expect(takeAnswer(buffer, 7, 5)).toEqual(answer);
    // A later answer replaces it; the earlier question's is gone.
    shareAnswer(buffer, 8, { hits: [], partial: true });
    expect(takeAnswer(buffer, 8, 5)).toEqual({ hits: [], partial: true });
    expect(takeAnswer(buffer, 7, 1)).toBeUndefined();
  });

  it('waits no longer than asked for an answer that is not there', () => {
    isolated(true);
    const buffer = answerBuffer()!;
    const start = performance.now();
    expect(takeAnswer(buffer, 0, 20)).toBeUndefined();
    const waited = performance.now() - start;
    expect(waited).toBeGreaterThanOrEqual(20);
    expect(waited).toBeLessThan(1_000);
  });

  it('leaves an answer too large for the memory to its message', () => {
    isolated(true);
    const buffer = answerBuffer()!;
    shareAnswer(buffer, 1, { text: 'x'.repeat(buffer.byteLength) });
    expect(takeAnswer(buffer, 1, 1)).toBeUndefined();
  });
});
