// Counts the interpreter ops a program executes, the most frequent pairs of consecutive ops and
// the methods executing most ops: which ops dominate, what is worth fusing, and where. Builds an instrumented bundle (a counter at the
// top of the dispatch loop, in dist/op-histogram-cli.mjs; the product's own loop stays
// uninstrumented), runs the program with it and prints the tables to stderr after its output.
// Usage: node scripts/op-histogram.mjs [--top N] app.dll [program args...]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
let top = 30;
if (argv[0] === '--top') { top = Number(argv[1]); argv.splice(0, 2); }
if (!argv.length || !Number.isInteger(top) || top <= 0) {
  process.stderr.write('usage: node scripts/op-histogram.mjs [--top N] app.dll [program args...]\n');
  process.exit(2);
}

const LOOP_TOP = '      opPc = pc;\n';
const COUNTER = `
const OPS_SEEN = new Float64Array(1024); const PAIRS_SEEN = new Map<number, number>(); let prevOp = 0;
const METHOD_OPS = new Map<number, number>(); let methodNames: (id: number) => string = String;
process.on('exit', () => {
  const total = OPS_SEEN.reduce((a, b) => a + b, 0);
  const pct = (n: number) => (100 * n / total).toFixed(1).padStart(5) + '%';
  const ops = [...OPS_SEEN.keys()].filter((i) => OPS_SEEN[i]! > 0).sort((a, b) => OPS_SEEN[b]! - OPS_SEEN[a]!).slice(0, TOP);
  const pairs = [...PAIRS_SEEN].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  const lines = ['[op-histogram] ' + total + ' ops executed', 'ops:', ...ops.map((i) => pct(OPS_SEEN[i]!) + '  ' + OP_NAMES[i]),
    'pairs (op, next op):', ...pairs.map(([k, n]) => pct(n) + '  ' + OP_NAMES[Math.floor(k / 1024)] + ' + ' + OP_NAMES[k % 1024]),
    'methods (ops executed in each):', ...[...METHOD_OPS].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([id, n]) => pct(n) + '  ' + methodNames(id))];
  process.stderr.write(lines.join('\\n') + '\\n');
});
`;
const instrument = {
  name: 'op-histogram',
  setup(b) {
    b.onLoad({ filter: /interp[\\/]interpreter\.ts$/ }, (args) => {
      let src = readFileSync(args.path, 'utf8');
      if (!src.includes(LOOP_TOP)) throw new Error('op-histogram: the dispatch loop no longer starts with `opPc = pc;`: update this script');
      src = src.replace(LOOP_TOP, LOOP_TOP + '      { const o = code[pc]!; OPS_SEEN[o]!++; const k = prevOp * 1024 + o; PAIRS_SEEN.set(k, (PAIRS_SEEN.get(k) ?? 0) + 1); prevOp = o;'
        + ' const mid = i32[(hdr + HDR_METHOD) >> 2]!; METHOD_OPS.set(mid, (METHOD_OPS.get(mid) ?? 0) + 1);'
        + ' methodNames = (id) => { const m = methods[id] as { name: string; owner?: { name?: string } } | undefined; return m ? (m.owner?.name ?? "?") + "::" + m.name : "#" + id; }; }\n');
      src = src.replace("import { Op } from './ops.js';", "import { Op, OP_NAMES } from './ops.js';\nconst TOP = " + top + ';\n' + COUNTER);
      return { contents: src, loader: 'ts' };
    });
  },
};

// Inside the repo (dist/ is not tracked), so the bundle finds the corelib and the packages.
const out = path.join(root, 'dist', 'op-histogram-cli.mjs');
await build({
  entryPoints: [path.join(root, 'bin', 'cli.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  external: ['piscina', 'wabt', 'commander'], logLevel: 'warning', absWorkingDir: root, minifySyntax: true, plugins: [instrument],
});
const r = spawnSync(process.execPath, [out, ...argv], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
