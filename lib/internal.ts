/**
 * dotnode's internal entry point (bundled to dist/internal.mjs): what its own benchmarks and
 * tools need beyond the public run(). Not a stable API; do not import it from applications.
 */
export { openProgram, type Program } from './api/program.js';
export { loadCorelib } from './api/corelib.js';
export { ModuleReader } from './loader/module-reader.js';
export { decodeAll, type DecodeCounts } from './loader/decode-all.js';
