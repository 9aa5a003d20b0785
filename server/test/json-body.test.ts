import { describe, expect, it } from 'vitest';
import { storableJson } from '../src/http/json-body';

describe('storableJson', () => {
  it('drops NULs and replaces lone surrogate halves, keeping whole emoji, in nested arrays and objects', () => {
    const parsed = JSON.parse('{"a":["x\\u0000y",{"b":"\\ud83d\\ude00 \\udc00"}],"n":1}') as unknown;
    expect(storableJson(parsed)).toEqual({ a: ['xy', { b: '😀 \uFFFD' }], n: 1 });
  });

  it('walks JSON nested far deeper than the call stack goes', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"a\\u0000"${']'.repeat(100_000)}`) as unknown;
    let inner = storableJson(deep);
    for (let i = 0; i < 100_000; i++) inner = (inner as unknown[])[0];
    expect(inner).toBe('a');
  });

  it('cleans the value of an own "__proto__" key without touching any prototype', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":"\\u0000yes"}}') as Record<string, unknown>;
    const clean = storableJson(parsed);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(clean, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
