// Locate the pieces of an installed .NET SDK needed to call the C# compiler
// directly (much faster than one `dotnet build` per program).
import fs from 'node:fs';
import path from 'node:path';
import { which } from './proc.mjs';

/** Compare dotted version strings numerically ("10.0.12" > "10.0.9"). */
function compareVersions(a, b) {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function newestSubdir(dir, prefix) {
  if (!fs.existsSync(dir)) return null;
  const names = fs.readdirSync(dir).filter((n) => n.startsWith(prefix) && fs.statSync(path.join(dir, n)).isDirectory());
  if (!names.length) return null;
  names.sort(compareVersions);
  return names[names.length - 1];
}

/**
 * Returns { dotnet, root, csc, refDir, frameworkVersion } for .NET `major`,
 * or null when dotnet or one of the parts is missing.
 */
export function findDotnetSdk(major = 10) {
  const dotnet = which('dotnet');
  if (!dotnet) return null;
  const root = process.env.DOTNET_ROOT || path.dirname(fs.realpathSync(dotnet));
  const sdk = newestSubdir(path.join(root, 'sdk'), `${major}.`);
  const refVersion = newestSubdir(path.join(root, 'packs', 'Microsoft.NETCore.App.Ref'), `${major}.`);
  if (!sdk || !refVersion) return null;
  const csc = path.join(root, 'sdk', sdk, 'Roslyn', 'bincore', 'csc.dll');
  const refDir = path.join(root, 'packs', 'Microsoft.NETCore.App.Ref', refVersion, 'ref', `net${major}.0`);
  if (!fs.existsSync(csc) || !fs.existsSync(refDir)) return null;
  return { dotnet, root, csc, refDir, sdkVersion: sdk, frameworkVersion: refVersion, tfm: `net${major}.0` };
}
