import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The direction of dependencies is enforced by eslint.config.js (`npm run lint`). These cases lint
 * made-up files at real places, so a glob typo or a rule dropped from the config fails here rather
 * than letting the next wrong import through unnoticed.
 */
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });
const problems = async (file: string, code: string) => {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: file });
  // The probes import names they never use: only the boundary rules are under test.
  return (result?.messages ?? []).filter((m) => m.ruleId !== '@typescript-eslint/no-unused-vars').map((m) => `${m.ruleId ?? 'parse'}@${m.line}`);
};
const IMPORTS = '@typescript-eslint/no-restricted-imports';

describe('import boundaries', () => {
  // The first lint loads the config and the TypeScript parser: seconds on a busy machine.
  beforeAll(() => problems('shared/src/probe.ts', ''), 60_000);

  it.each([
    ['shared/src/probe.ts', "import fs from 'node:fs';"],
    ['shared/src/probe.ts', "import express from 'express';"],
    ['shared/src/probe.ts', "import type { Database } from 'better-sqlite3';"],
    ['shared/src/probe.ts', "export { x } from '../../server/src/app';"],
    ['shared/src/reports/probe.ts', "import { x } from '../../../display/src/lib/api';"],
    ['shared/src/probe.ts', "import QRCode from 'qrcode';"],
    ['display/src/console/probe.ts', "import { x } from '../../../server/src/app';"],
    ['display/src/player/probe.ts', "import { x } from '@hcc/server/src/app';"],
    ['display/src/player/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['display/src/player/probe.ts', "import { x } from '../../../kiosk/src/catalogue';"],
    ['kiosk/src/probe.ts', "import { x } from '../../display/src/lib/api';"],
    ['kiosk/src/probe.ts', "import pg from 'pg';"],
    ['kiosk/src/probe.test.ts', "import { x } from '../../server/src/app';"],
    ['server/src/probe.ts', "import { x } from '../../kiosk/src/catalogue';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([`${IMPORTS}@1`]);
  });

  it.each([
    ['shared/src/probe.ts', 'export const t = Date.now();'],
    ['shared/src/probe.ts', 'export const r = Math.random();'],
    ['shared/src/probe.ts', 'export const d = new Date();'],
    ['shared/src/probe.ts', 'export const w = window.innerWidth;'],
    ['shared/src/probe.ts', 'export const s = localStorage.length;'],
    ['shared/src/probe.ts', 'export const e = process.env.TZ;'],
  ])('shared/ stays pure: %s fails with %s', async (file, code) => {
    expect(await problems(file, code)).toHaveLength(1);
  });

  it.each([
    ['shared/src/probe.ts', "import { z } from 'zod/mini';\nimport { x } from './schemas/common';\nexport const d = new Date(0);"],
    ['shared/src/qr/image.ts', "import QRCode from 'qrcode';"],
    ['display/src/player/probe.ts', "import { x } from '@hcc/shared/schemas/common';\nimport { y } from '../lib/api';"],
    ['display/src/player/probe.test.ts', "import { readFileSync } from 'node:fs';"],
    ['server/src/probe.ts', "import express from 'express';\nimport { x } from '@hcc/shared/schemas/common';"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
