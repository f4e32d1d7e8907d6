/**
 * The dotnode command line:
 *   dotnode [options] app.dll [args...]   run a program, as `dotnet app.dll` would
 *   dotnode il app.dll [Namespace.Type[::Method]]   disassemble
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { existsSync, readFileSync, writeSync } from 'node:fs';
import { execProgram, type RunOptions } from '../lib/api/run.js';
import { BadImageFormatError } from '../lib/loader/errors.js';
import { ModuleReader } from '../lib/loader/module-reader.js';
import { disassemble } from '../lib/tools/disasm.js';

const VERSION = '0.1.0';

/** Synchronous, complete writes (a pipe may accept only part of a buffer, or say EAGAIN). */
function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try { off += writeSync(fd, buf, off, buf.length - off); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`'${value}' is not a size (examples: 512m, 2g, 1048576)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number`);
  return Number(value);
}

function readStdin(): string {
  try { return readFileSync(0, 'utf8'); } catch { return ''; }
}

function runIl(argv: string[]): number {
  const [file, filter] = argv;
  if (!file) { writeAll(2, 'usage: dotnode il <app.dll> [Namespace.Type[::Method]]\n'); return 2; }
  if (!existsSync(file)) { writeAll(2, `dotnode: the file '${file}' does not exist.\n`); return 1; }
  try {
    const m = new ModuleReader(new Uint8Array(readFileSync(file)), file);
    writeAll(1, disassemble(m, filter));
    return 0;
  } catch (e) {
    if (e instanceof BadImageFormatError) { writeAll(2, `dotnode: bad image: ${e.message}\n`); return 1; }
    throw e;
  }
}

function main(argv: string[]): number {
  if (argv[0] === 'il') return runIl(argv.slice(1));
  let code = 0;
  const program = new Command('dotnode')
    .description('Run a .NET program (the app.dll that `dotnet build` produces) on Node.js.')
    .version(VERSION, '-V, --version')
    .usage('[options] <app.dll> [args...]\n       dotnode il <app.dll> [Namespace.Type[::Method]]')
    .argument('<app>', 'the program to run (a .dll with an entry point)')
    .argument('[args...]', 'arguments passed to Main')
    .option('--tier <tier>', 'interp | jit | tiered (only the interpreter exists yet)', 'tiered')
    .option('--stats', 'print run statistics to stderr at exit')
    .option('--max-heap <size>', 'GC heap limit (e.g. 512m, 2g)', parseSize)
    .option('--stack-size <size>', 'shadow stack size (e.g. 64m)', parseSize)
    .option('--gc-stress <n>', 'collect at every Nth allocation', parseCount)
    .option('--gc-verify', 'verify heap invariants after every collection')
    .passThroughOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => writeAll(1, s), writeErr: (s) => writeAll(2, s) })
    .action((app: string, args: string[], o: Record<string, unknown>) => {
      if (!['interp', 'jit', 'tiered'].includes(o.tier as string)) {
        writeAll(2, `dotnode: unknown tier '${o.tier}' (expected interp, jit or tiered)\n`);
        code = 2;
        return;
      }
      const opts: RunOptions = {
        args, tier: o.tier as RunOptions['tier'], stdin: readStdin, env: process.env,
        maxHeapBytes: o.maxHeap as number | undefined, stackBytes: o.stackSize as number | undefined,
        gcStress: o.gcStress as number | undefined, gcVerify: !!o.gcVerify,
      };
      const r = execProgram(app, opts, { stdout: (s) => writeAll(1, s), stderr: (s) => writeAll(2, s) });
      if (o.stats) writeAll(2, `[dotnode stats] ${JSON.stringify(r.stats)}\n`);
      code = r.exitCode;
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

let exitCode: number;
try {
  exitCode = main(process.argv.slice(2));
} catch (e) {
  writeAll(2, `dotnode: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
  exitCode = 70;
}
process.exitCode = exitCode;
