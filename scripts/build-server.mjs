// Builds the server once, so production runs plain JavaScript (`node server/dist/main.js`) with no
// TypeScript loader and no dev dependencies. esbuild (already here through vite) bundles server/src
// and @hcc/shared; every npm package stays an import of node_modules and must be one of the server's
// production dependencies, or the build fails (the image installs those only).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'server/dist');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'server/package.json'), 'utf8'));
const prodDeps = new Set(Object.keys(pkg.dependencies ?? {}).filter((d) => !d.startsWith('@hcc/')));

/**
 * Modules find their files (migrations, seed media, the built apps) relative to their own source
 * file. In the bundle every module shares one file, so `import.meta.url` is rewritten to the URL of
 * the module's source file, relative to the bundle: the same paths hold in the repo and the image.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/](server|shared)[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return { contents: source, loader: 'ts' };
      const rel = path.relative(OUT, args.path).split(path.sep).join('/');
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      const contents = source.replaceAll('import.meta.url', url).replaceAll('import.meta.dirname', `__hccDirname(${url})`).replaceAll('import.meta.filename', `__hccFilename(${url})`);
      return { contents, loader: 'ts' };
    });
  },
};

/** The external packages the bundle imports, checked against the server's production dependencies. */
const checkExternals = {
  name: 'check-externals',
  setup(b) {
    const used = new Set();
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.path.startsWith('@hcc/')) return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      used.add(name);
      return { path: args.path, external: true };
    });
    b.onEnd(() => {
      const missing = [...used].filter((n) => !prodDeps.has(n) && !isBuiltin(n));
      if (missing.length) throw new Error(`the server imports ${missing.join(', ')}, not in server/package.json "dependencies"`);
    });
  },
};
const BUILTINS = new Set((await import('node:module')).builtinModules);
const isBuiltin = (n) => BUILTINS.has(n);

const entryPoints = [
  'server/src/main.ts',
  // A worker thread's entry (impressions/walk-in-worker.ts starts it from here in the bundle).
  'server/src/impressions/walk-worker.ts',
  ...readdirSync(path.join(ROOT, 'server/src/cli'))
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
    .map((f) => `server/src/cli/${f}`),
];

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints,
  // Flat, one file per entry, no shared chunks: every module's rewritten URL is relative to server/dist/.
  outdir: OUT,
  entryNames: '[name]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
  // Lets a module tell the bundle from the TypeScript source (a worker's entry is found differently).
  define: { __HCC_BUNDLED__: 'true' },
  banner: {
    js: [
      "import { fileURLToPath as __hccToPath } from 'node:url';",
      "import { dirname as __hccDirnameOf } from 'node:path';",
      'const __hccFilename = (u) => __hccToPath(u);',
      'const __hccDirname = (u) => __hccDirnameOf(__hccToPath(u));',
    ].join('\n'),
  },
  plugins: [keepModuleUrls, checkExternals],
});
console.log(`server built: ${entryPoints.length} entries in server/dist/`);
