// Build: type-check and emit build/ (tests and declarations), then bundle the CLI and
// the library into single ESM files in dist/ so start-up loads one module, not hundreds.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-ops.mjs')], { stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-wasm.mjs')], { stdio: 'inherit' });
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', root], { stdio: 'inherit', cwd: root });

const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20',
  external: ['piscina', 'wabt', 'commander'], logLevel: 'warning', absWorkingDir: root,
  // minifySyntax inlines module-level constants (frame-header offsets, register addresses):
  // left as module variables, V8 reloads and unboxes them on every use in the dispatch loop.
  minifySyntax: true,
};
await build({ ...common, entryPoints: ['lib/index.ts'], outfile: 'dist/index.mjs' });
await build({ ...common, entryPoints: ['bin/cli.ts'], outfile: 'dist/cli.mjs' });
// Internal entry (openProgram, the loader) for bench/micro; not part of the public API.
await build({ ...common, entryPoints: ['lib/internal.ts'], outfile: 'dist/internal.mjs' });
