// Builds the sample programs in examples/ with `dotnet build` (Debug and Release) and copies the
// outputs to examples/<name>/bin/{Debug,Release}/, which are committed so Node-only users can
// run them. Without dotnet on PATH it does nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log('build-examples: dotnet is not on PATH; using the committed example binaries');
  process.exit(0);
}
for (const name of readdirSync(path.join(root, 'examples'))) {
  const dir = path.join(root, 'examples', name);
  if (!existsSync(path.join(dir, `${name}.csproj`))) continue;
  for (const config of ['Debug', 'Release']) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'dotnode-example-'));
    try {
      execFileSync('dotnet', ['build', path.join(dir, `${name}.csproj`), '-c', config, '-o', path.join(tmp, 'out'), '-nologo', '-v', 'q',
        `-p:BaseIntermediateOutputPath=${path.join(tmp, 'obj')}/`, '-p:UseAppHost=false'],
      { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
      const dest = path.join(dir, 'bin', config);
      rmSync(dest, { recursive: true, force: true });
      mkdirSync(dest, { recursive: true });
      for (const f of readdirSync(path.join(tmp, 'out'))) {
        if (/\.(dll|runtimeconfig\.json|deps\.json|pdb)$/.test(f)) cpSync(path.join(tmp, 'out', f), path.join(dest, f));
      }
      console.log(`build-examples: ${name} ${config} -> ${path.relative(root, dest)}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}
