// Builds dotnode's corelib (corelib/*.csproj) with the .NET SDK and copies the DLL to
// corelib/bin/System.Private.CoreLib.dll, which is committed: users and CI without the SDK use it.
// Usage: node scripts/build-corelib.mjs [--check]   (--check: fail if the committed DLL is stale)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes('--check');
if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log('build-corelib: dotnet is not on PATH; using the committed corelib/bin/System.Private.CoreLib.dll');
  process.exit(0);
}
const out = mkdtempSync(path.join(tmpdir(), 'dotnode-corelib-'));
try {
  execFileSync('dotnet', ['build', path.join(root, 'corelib', 'System.Private.CoreLib.csproj'), '-c', 'Release', '-o', out, '-nologo', '-v', 'q',
    `-p:BaseIntermediateOutputPath=${path.join(out, 'obj')}/`], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
  const built = path.join(out, 'System.Private.CoreLib.dll');
  const committed = path.join(root, 'corelib', 'bin', 'System.Private.CoreLib.dll');
  if (check) {
    const same = Buffer.compare(readFileSync(built), readFileSync(committed)) === 0;
    console.log(same ? 'build-corelib: committed corelib is up to date' : 'build-corelib: committed corelib is STALE: run node scripts/build-corelib.mjs');
    process.exit(same ? 0 : 1);
  }
  copyFileSync(built, committed);
  console.log(`build-corelib: wrote ${path.relative(root, committed)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
