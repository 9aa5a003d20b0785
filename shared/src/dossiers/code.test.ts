import { describe, expect, it } from 'vitest';
import { displayDossierCode, dossierCodeKey } from './code';

describe('dossierCodeKey', () => {
  it.each([
    ['000.00.15.H12-250101-0001', '0000015H122501010001'],
    ['000.00.15.h12-250101-0001', '0000015H122501010001'],
    ['  000 00 15 H12 250101 0001 ', '0000015H122501010001'],
    ['0000015H122501010001', '0000015H122501010001'],
    ['000–00—15‐H12 − 250101_0001', '0000015H122501010001'],
    ['Ｈ１２－２５０１０１－０００１', 'H122501010001'],
    ['https://dichvucong.example.gov.vn/tra-cuu?code=H12.22-250101-0001', 'H12222501010001'],
    ['https://example.gov.vn/tra-cuu-ho-so/H12.22-250101-0001', 'H12222501010001'],
    ['http://x.vn/a?maHoSo=demo-0042-abc', 'DEMO0042ABC'],
  ])('%s → %s', (raw, key) => {
    expect(dossierCodeKey(raw)).toBe(key);
  });

  it.each([[''], ['12-3'], ['A'.repeat(41)], ['Hồ sơ 123456'], ['<script>1234567'], ['https://example.vn/'], ['1234 5678; DROP']])('refuses %s as a code', (raw) => {
    expect(dossierCodeKey(raw)).toBeNull();
  });

  it('gives the same key to every way of writing one code, so a typed code finds the scanned one', () => {
    const ways = ['DEMO-LT-000123', 'demo lt 000123', 'Demo.Lt.000123', ' DEMO–LT–000123 '];
    expect(new Set(ways.map(dossierCodeKey)).size).toBe(1);
  });
});

describe('displayDossierCode', () => {
  it('keeps the source punctuation, upper case and trimmed', () => {
    expect(displayDossierCode('  000.00.15.h12-250101-0001 ')).toBe('000.00.15.H12-250101-0001');
  });
});
