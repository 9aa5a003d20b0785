import { describe, expect, it } from 'vitest';
import type { Procedure } from '../schemas/procedure';
import { buildProcedureIndex, searchProcedures } from './procedure-search';

const makeProcedure = (code: string, name: string, field = 'Hộ tịch'): Procedure => ({
  code,
  name,
  level: ['xa'],
  field,
  agency: null,
  decision: null,
  channels: [],
  dossier: [],
  steps: [],
  requirements: null,
  legalBasis: [],
  result: null,
  portalUrl: null,
  source: { kind: 'manual', ref: 'test', flags: [] },
});

const index = buildProcedureIndex([
  makeProcedure('1.001193', 'Đăng ký khai sinh'),
  makeProcedure('1.000894', 'Đăng ký kết hôn'),
  makeProcedure('1.004873', 'Cấp bản sao Trích lục hộ tịch'),
  makeProcedure('1.004227', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'),
]);
const codes = (q: string) => searchProcedures(index, q, 10).map((p) => p.code);

describe('searchProcedures', () => {
  it.each([
    ['without diacritics', 'dang ky khai sinh', ['1.001193']],
    ['with diacritics', 'Đăng ký kết hôn', ['1.000894']],
    ['half-typed last word', 'dang ky ket h', ['1.000894']],
    ['đ typed as d (ties by code)', 'dang ky', ['1.000894', '1.001193']],
    ['by code', '1.004227', ['1.004227']],
    ['a field word', 'chung thuc', ['1.004227']],
    ['nothing', 'xyz', []],
    ['empty', '   ', []],
    ['emoji only', '🙂', []],
  ])('%s', (_name, q, expected) => {
    expect(codes(q)).toEqual(expected);
  });

  it('respects the limit', () => {
    expect(searchProcedures(index, 'dang', 1)).toHaveLength(1);
  });
});
