import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleReader } from '../loader/module-reader.js';

const CORELIB_REL = path.join('corelib', 'bin', 'System.Private.CoreLib.dll');
let cached: ModuleReader | null = null;

/**
 * dotnode's corelib, read once per process (its metadata is immutable, so every run shares the
 * reader). Found by walking up from this module: it works from src, build/ and the dist bundle.
 */
export function loadCorelib(): ModuleReader {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, CORELIB_REL);
    if (existsSync(p)) { cached = new ModuleReader(new Uint8Array(readFileSync(p)), p); return cached; }
    dir = path.dirname(dir);
  }
  throw new Error(`dotnode's corelib (${CORELIB_REL}) is missing from the installation`);
}
