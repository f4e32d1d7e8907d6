import { Heap, OutOfMemory, type GcTypeInfo } from '../../gc/heap.js';
import { MTFlags, MT_BASE_SIZE, MT_COMPONENT_SIZE, MT_ELEMENT, MT_FLAGS, MT_PARENT, MT_TYPE_ID, MT_VTABLE, MT_VTABLE_LENGTH, OBJ_MT } from '../../gc/layout.js';
import type { ManagedMemory } from '../../gc/memory.js';
import { Kind, Prim, isValueType, type RuntimeType } from '../types/descriptors.js';
import { ARRAY_DATA_OFFSET, STRING_DATA_OFFSET, collectRefs, storageSize } from '../types/layout.js';
import type { TypeSystem } from '../types/type-system.js';
import { decodeUtf16 } from '../loader/utf16.js';

/**
 * The object model on top of the heap: MethodTables, strings, arrays and boxes. Everything it
 * hands out is a linear-memory address; nothing here keeps a JS view of the buffer.
 */
export class Objects {
  private readonly gcInfo: GcTypeInfo[] = [];
  /** Runtime data (MethodTables, static blocks) is bump-allocated in 64 KB chunks. */
  private dataPtr = 0;
  private dataEnd = 0;
  readonly staticRanges: number[] = [];

  constructor(readonly mem: ManagedMemory, readonly heap: Heap, readonly ts: TypeSystem) {}

  /** Non-collected runtime memory (zeroed). */
  dataAlloc(size: number): number {
    size = (size + 7) & ~7;
    if (this.dataPtr + size > this.dataEnd) {
      const chunk = Math.max(65536, size);
      this.dataPtr = this.mem.reserve(chunk);
      if (!this.dataPtr) throw new Error('out of memory for runtime data');
      this.dataEnd = this.dataPtr + chunk;
    }
    const a = this.dataPtr;
    this.dataPtr += size;
    return a;
  }

  typeInfo(typeId: number): GcTypeInfo {
    return this.gcInfo[typeId] ?? { refOffsets: [], elemRefOffsets: [] };
  }

  /** The MethodTable of a type, created on first use. */
  mtOf(t: RuntimeType): number {
    if (t.mt) return t.mt;
    const ts = this.ts;
    ts.ensureLayout(t);
    const vt = t.vtable;
    const mt = this.dataAlloc(MT_VTABLE + 4 * vt.length);
    t.mt = mt;
    const i32 = this.mem.i32;
    let base = t.instanceSize, comp = 0, flags = 0;
    const info: GcTypeInfo = { refOffsets: t.refOffsets, elemRefOffsets: [] };
    if (t === ts.string) { base = STRING_DATA_OFFSET + 2; comp = 2; flags |= MTFlags.IsString; }
    else if (t.kind === Kind.SzArray || t.kind === Kind.MdArray) {
      const e = t.elem!;
      base = ARRAY_DATA_OFFSET + (t.kind === Kind.MdArray ? 8 * t.rank : 0);
      comp = storageSize(ts, e)[0];
      flags |= MTFlags.IsArray;
      if (!isValueType(e)) flags |= MTFlags.ElementsAreRefs | MTFlags.ContainsRefs;
      else {
        const offs: number[] = [];
        collectRefs(ts, e, 0, offs);
        info.elemRefOffsets = offs;
        if (offs.length) flags |= MTFlags.ContainsRefs;
      }
      info.refOffsets = [];
    } else if (isValueType(t)) {
      // A boxed value: header, MethodTable, then the value.
      base = 8 + ((t.instanceSize + 7) & ~7);
      info.refOffsets = t.refOffsets.map((o) => o + 8);
      flags |= MTFlags.IsValueType;
    }
    if (info.refOffsets.length) flags |= MTFlags.ContainsRefs;
    if (t.hasFinalizer) flags |= MTFlags.HasFinalizer;
    if (t.kind === Kind.Interface) flags |= MTFlags.IsInterface;
    i32[(mt + MT_TYPE_ID) >> 2] = t.id;
    i32[(mt + MT_BASE_SIZE) >> 2] = base;
    i32[(mt + MT_COMPONENT_SIZE) >> 2] = comp;
    i32[(mt + MT_FLAGS) >> 2] = flags;
    i32[(mt + MT_PARENT) >> 2] = t.parent ? this.mtOf(t.parent) : 0;
    this.mem.i32[(mt + MT_ELEMENT) >> 2] = t.elem ? this.mtOf(t.elem) : 0;
    this.mem.i32[(mt + MT_VTABLE_LENGTH) >> 2] = vt.length;
    for (let i = 0; i < vt.length; i++) this.mem.i32[(mt + MT_VTABLE + 4 * i) >> 2] = vt[i]!.id;
    this.gcInfo[t.id] = info;
    return mt;
  }

  typeOfObject(obj: number): RuntimeType {
    const mt = this.mem.i32[(obj + OBJ_MT) >> 2]!;
    return this.ts.types[this.mem.i32[(mt + MT_TYPE_ID) >> 2]!]!;
  }

  typeIdOfObject(obj: number): number {
    const i32 = this.mem.i32;
    return i32[(i32[(obj + OBJ_MT) >> 2]! + MT_TYPE_ID) >> 2]!;
  }

  allocObject(t: RuntimeType): number {
    const mt = this.mtOf(t);
    return this.heap.alloc(mt, this.mem.i32[(mt + MT_BASE_SIZE) >> 2]!);
  }

  allocArray(arrayType: RuntimeType, length: number): number {
    const mt = this.mtOf(arrayType);
    const i32 = this.mem.i32;
    // Array.MaxLength, as CoreCLR: longer arrays fail whatever the memory.
    if (length > 0x7fffffc7) throw new OutOfMemory('array too long', 'Array dimensions exceeded supported range.');
    const size = i32[(mt + MT_BASE_SIZE) >> 2]! + i32[(mt + MT_COMPONENT_SIZE) >> 2]! * length;
    const a = this.heap.alloc(mt, size);
    this.mem.i32[(a + 8) >> 2] = length;
    return a;
  }

  allocString(length: number): number {
    const mt = this.mtOf(this.ts.string);
    const a = this.heap.alloc(mt, STRING_DATA_OFFSET + 2 * length + 2);
    this.mem.i32[(a + 8) >> 2] = length;
    return a;
  }

  newString(s: string): number {
    const a = this.allocString(s.length);
    const u16 = this.mem.u16;
    const base = (a + STRING_DATA_OFFSET) >> 1;
    for (let i = 0; i < s.length; i++) u16[base + i] = s.charCodeAt(i);
    return a;
  }

  readString(a: number): string {
    if (!a) return '';
    const len = this.mem.i32[(a + 8) >> 2]!;
    const start = (a + STRING_DATA_OFFSET) >> 1;
    const u16 = this.mem.u16;
    if (len < 64) {
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(u16[start + i]!);
      return s;
    }
    return decodeUtf16(new Uint8Array(u16.buffer, u16.byteOffset + 2 * start, 2 * len));
  }

  /** Boxes the value stored at `src` (a value of type t). Nullable<T> boxes to its value or null. */
  box(t: RuntimeType, src: number): number {
    this.ts.ensureLayout(t);
    if (t.genericDef === this.ts.nullable) {
      const inner = t.typeArgs[0]!;
      if (!this.mem.u8[src]) return 0;
      const valueField = t.fields.find((f) => f.name === 'value')!;
      return this.box(inner, src + valueField.offset);
    }
    const obj = this.allocObject(t);
    this.mem.u8.copyWithin(obj + 8, src, src + storageSize(this.ts, t)[0]);
    if (t.containsRefs) this.heap.markCards(obj + 8, storageSize(this.ts, t)[0]);
    return obj;
  }

  /** Where an array's elements start: 16 for SZ arrays, after the bounds for multi-dimensional ones. */
  arrayDataOffset(arr: number): number {
    const mt = this.mem.i32[(arr + OBJ_MT) >> 2]!;
    return this.mem.i32[(mt + MT_BASE_SIZE) >> 2]!;
  }

  arrayElementSize(arrayType: RuntimeType): number {
    return storageSize(this.ts, arrayType.elem!)[0];
  }
}

export { Prim };
