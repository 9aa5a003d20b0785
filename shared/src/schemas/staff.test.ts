import { describe, expect, it } from 'vitest';
import { managesAccount, managesSharedForms } from './staff';

const centres = [
  { id: 'dn', parentId: null },
  { id: 'lt', parentId: 'dn' },
  { id: 'ltan', parentId: 'dn' },
];

describe('managesAccount', () => {
  it.each([
    [null, null, true],
    [null, 'lt', true],
    ['dn', 'dn', true],
    ['dn', 'lt', true],
    ['dn', null, false],
    ['lt', 'lt', true],
    ['lt', 'ltan', false],
    ['lt', 'dn', false],
    ['lt', null, false],
  ] as const)('an admin of %s manages an account of %s: %s', (admin, account, expected) => expect(managesAccount({ centreId: admin }, account, centres)).toBe(expected));
});

describe('managesSharedForms', () => {
  it.each([
    [null, true],
    ['dn', true],
    ['lt', false],
    ['nowhere', false],
  ] as const)('staff of %s edit the shared forms: %s', (centre, expected) => expect(managesSharedForms({ centreId: centre }, centres)).toBe(expected));
});
