import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/**
 * shared/ is imported by the server, the kiosk and the TV player alike, so it may depend on zod only:
 * no Node built-ins, no DOM, no other package, and never on the apps that use it. One exception, by
 * name and place: shared/src/qr/ may use `qrcode`, a pure encoder (no I/O), so every app draws its QR
 * codes one way.
 */
const ALLOWED: Record<string, string[]> = { [path.join('qr', 'image.ts')]: ['qrcode'] };
describe('shared/ dependency rules', () => {
  it.each(sources)('%s imports only zod and shared modules', (file) => {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] as string);
    expect(imports.filter((i) => !['zod', 'zod/mini', ...(ALLOWED[file] ?? [])].includes(i) && !i.startsWith('.'))).toEqual([]);
    expect(text).not.toMatch(/\b(window\.|document\.|localStorage|indexedDB|process\.env|Date\.now\(\)|Math\.random\(\)|new Date\(\))/);
  });
});
