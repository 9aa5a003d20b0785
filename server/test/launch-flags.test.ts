import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS, serverEntry } from './server-entry';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');
const script = (file: string) => (JSON.parse(read(file)) as { scripts: Record<string, string> }).scripts['start'] ?? '';

/** How each way of running the server starts node: the tests and benches must measure what ships. */
const LAUNCHERS: [string, () => string][] = [
  ['package.json start', () => script('package.json')],
  ['server/package.json start', () => script('server/package.json')],
  ['deploy/Dockerfile CMD', () => /^CMD (.*)$/m.exec(read('deploy/Dockerfile'))?.[1] ?? ''],
  ['deploy/hcc@.service ExecStart', () => /^ExecStart=(.*)$/m.exec(read('deploy/hcc@.service'))?.[1] ?? ''],
];

describe('node flags of the server', () => {
  it.each(LAUNCHERS)('%s passes every flag the tests start the server with', (_name, command) => {
    const line = command();
    expect(line).toMatch(/main\.(js|ts)/);
    for (const flag of NODE_FLAGS) expect(line).toContain(flag);
  });

  it('the tests and benches start the server with them, built or not', () => {
    for (const built of ['1', '']) {
      const was = process.env['HCC_BUILT'];
      process.env['HCC_BUILT'] = built;
      try {
        expect(serverEntry().slice(0, NODE_FLAGS.length)).toEqual([...NODE_FLAGS]);
      } finally {
        if (was === undefined) delete process.env['HCC_BUILT'];
        else process.env['HCC_BUILT'] = was;
      }
    }
  });
});
