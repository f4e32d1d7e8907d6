/**
 * The program's view of the outside world: stdout/stderr (buffered, flushed at exit or when
 * large), stdin, environment and arguments. The CLI writes to the process; run() collects.
 */
export interface HostIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

export class Host {
  private out: string[] = [];
  private outLen = 0;
  private err: string[] = [];
  private stdinPos = 0;
  private readonly pinnedObjects: number[] = [];

  constructor(readonly io: HostIO, readonly args: string[], readonly env: Record<string, string | undefined>, private readonly stdinText: string | (() => string)) {}

  write(s: string): void {
    this.out.push(s);
    this.outLen += s.length;
    if (this.outLen > 1 << 16) this.flush();
  }

  writeErr(s: string): void {
    this.flush();
    this.err.push(s);
    this.flushErr();
  }

  flush(): void {
    if (this.out.length) { this.io.stdout(this.out.join('')); this.out = []; this.outLen = 0; }
  }

  private flushErr(): void {
    if (this.err.length) { this.io.stderr(this.err.join('')); this.err = []; }
  }

  private stdinCache: string | null = null;
  private get stdin(): string {
    if (this.stdinCache === null) this.stdinCache = typeof this.stdinText === 'function' ? this.stdinText() : this.stdinText;
    return this.stdinCache;
  }

  /** Console.ReadLine: the next line without its terminator, or null at end of input. */
  readLine(): string | null {
    const s = this.stdin;
    if (this.stdinPos >= s.length) return null;
    let e = s.indexOf('\n', this.stdinPos);
    if (e < 0) e = s.length;
    let line = s.slice(this.stdinPos, e);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    this.stdinPos = e + 1;
    return line;
  }

  readChar(): number {
    const s = this.stdin;
    if (this.stdinPos >= s.length) return -1;
    return s.charCodeAt(this.stdinPos++);
  }

  pin(obj: number): void { this.pinnedObjects.push(obj); }
  pinned(): number[] { return this.pinnedObjects; }
}
