/**
 * The MethodTable and object-header contract shared by the runtime, the GC and compiled code.
 * MethodTable (in linear memory):
 *   +0 type id  +4 base size  +8 component size  +12 flags  +16 parent MT  +20 element MT
 *   +24 vtable length  +28 vtable slots (method ids, one i32 each)
 * Object: +0 header word (GC bits, hash), +4 MethodTable address, +8 fields (arrays: length).
 */
export const MT_TYPE_ID = 0;
export const MT_BASE_SIZE = 4;
export const MT_COMPONENT_SIZE = 8;
export const MT_FLAGS = 12;
export const MT_PARENT = 16;
export const MT_ELEMENT = 20;
export const MT_VTABLE_LENGTH = 24;
export const MT_VTABLE = 28;

export const enum MTFlags {
  HasFinalizer = 1, ContainsRefs = 2, IsArray = 4, IsString = 8, IsValueType = 16, IsInterface = 32, ElementsAreRefs = 64,
}

export const OBJ_HEADER = 0;
export const OBJ_MT = 4;

/** Header word bits. The hash code lives in the upper bits once asked for. */
export const enum Hdr { Mark = 1, Free = 2, Finalizable = 4, Young = 8, HashShift = 8 }
