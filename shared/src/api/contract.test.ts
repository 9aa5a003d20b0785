import { describe, expect, it } from 'vitest';
import { api } from './contract';
import { pathParamNames, type RouteDef } from './route';

const routes: [string, RouteDef][] = Object.entries(api).flatMap(([area, rs]) => Object.entries(rs).map(([name, r]): [string, RouteDef] => [`${area}.${name}`, r]));

describe('the HTTP contract', () => {
  it('declares each method and path once', () => {
    const keys = routes.map(([, r]) => `${r.method} ${r.path.replace(/:\w+/g, ':')}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(routes)('%s has a params schema exactly for its path parameters', (_name, r) => {
    const names = pathParamNames(r.path);
    const shape = r.params && 'shape' in r.params ? Object.keys(r.params.shape as object) : [];
    expect(shape.sort()).toEqual(names.sort());
  });

  it.each(routes)('%s sends a body only with a method that carries one', (_name, r) => {
    if (r.body) expect(['POST', 'PUT', 'PATCH']).toContain(r.method);
  });
});
