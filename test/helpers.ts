import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from build/test/, two levels below it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repo = (...p: string[]) => path.join(ROOT, ...p);
