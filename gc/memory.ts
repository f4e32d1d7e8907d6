/**
 * The one owner of the WebAssembly.Memory and its typed-array views. Growing the memory detaches
 * every view; `grow` refreshes them here, and everyone else reads `mem.i32` etc. through this
 * object (a hot loop may keep a local copy, but must re-read it after anything that allocates).
 */
export const PAGE = 65536;
/** Addresses below this are never allocated: a null (0) or small offset from it is never an object. */
export const GUARD = PAGE;
/**
 * The interpreter's two stack registers live in the guard page (no object is ever there): the
 * current frame header and the shadow-stack top. Typed-array stores are cheaper on every call
 * and return than stores into the runtime object's fields.
 */
export const REG_TOP_HDR = 16;
export const REG_SP = 20;

export class ManagedMemory {
  readonly memory: WebAssembly.Memory;
  // `declare`: no class-field definition (which would first store undefined and make V8 forget
  // that these fields always hold typed arrays of one kind, so every use in a hot loop rechecks).
  declare u8: Uint8Array; declare i8: Int8Array; declare u16: Uint16Array; declare i16: Int16Array;
  declare i32: Int32Array; declare u32: Uint32Array; declare f32: Float32Array; declare f64: Float64Array; declare view: DataView;
  /** Incremented on every grow, so cached views can be checked cheaply. */
  generation = 0;
  /** First address never handed out yet (page-granular reservations grow from here). */
  top: number;

  constructor(initialBytes: number, readonly maxBytes: number) {
    const pages = Math.ceil(initialBytes / PAGE);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: Math.ceil(maxBytes / PAGE) });
    this.top = GUARD;
    this.refresh();
  }

  get size(): number { return this.memory.buffer.byteLength; }

  private refresh(): void {
    const b = this.memory.buffer;
    this.u8 = new Uint8Array(b); this.i8 = new Int8Array(b); this.u16 = new Uint16Array(b); this.i16 = new Int16Array(b);
    this.i32 = new Int32Array(b); this.u32 = new Uint32Array(b); this.f32 = new Float32Array(b); this.f64 = new Float64Array(b);
    this.view = new DataView(b);
    this.generation++;
  }

  /**
   * Reserves `bytes` (rounded to 8) at the top of memory, growing it when needed. Returns 0 when
   * the memory cannot grow that far (the caller turns that into OutOfMemoryException).
   * Fresh pages from memory.grow are zero already, so nothing is cleared here.
   */
  reserve(bytes: number, align = 8): number {
    const start = (this.top + align - 1) & ~(align - 1);
    const end = start + ((bytes + 7) & ~7);
    if (end > this.maxBytes) return 0;
    if (end > this.size) {
      const need = Math.ceil((end - this.size) / PAGE);
      const want = Math.max(need, Math.min(Math.ceil(this.size / PAGE / 4), 4096)); // grow by >= 25% to amortize
      const pages = Math.min(Math.max(want, need), Math.ceil(this.maxBytes / PAGE) - this.size / PAGE);
      try { this.memory.grow(pages); } catch { return 0; }
      this.refresh();
    }
    this.top = end;
    return start;
  }
}
