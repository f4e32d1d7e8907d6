import { viewOf } from './byte-reader.js';

/**
 * The one definition of the CIL instruction set (ECMA-335 Partition III): name, encoding and
 * operand kind. The interpreter's transform and the disassembler both read this table.
 */

export const enum Operand {
  None, I8, I32, I64, R4, R8, Token, Branch8, Branch32, Switch, Var8, Var16,
}

export interface OpInfo { name: string; code: number; operand: Operand }

/** code → info; two-byte opcodes (0xFE xx) are stored at 0x100 + xx. */
export const OPCODES: (OpInfo | undefined)[] = new Array(0x200).fill(undefined);


const ONE_BYTE: [number, string, Operand][] = [
  [0x00, 'nop', Operand.None], [0x01, 'break', Operand.None], [0x02, 'ldarg.0', Operand.None], [0x03, 'ldarg.1', Operand.None],
  [0x04, 'ldarg.2', Operand.None], [0x05, 'ldarg.3', Operand.None], [0x06, 'ldloc.0', Operand.None], [0x07, 'ldloc.1', Operand.None],
  [0x08, 'ldloc.2', Operand.None], [0x09, 'ldloc.3', Operand.None], [0x0a, 'stloc.0', Operand.None], [0x0b, 'stloc.1', Operand.None],
  [0x0c, 'stloc.2', Operand.None], [0x0d, 'stloc.3', Operand.None], [0x0e, 'ldarg.s', Operand.Var8], [0x0f, 'ldarga.s', Operand.Var8],
  [0x10, 'starg.s', Operand.Var8], [0x11, 'ldloc.s', Operand.Var8], [0x12, 'ldloca.s', Operand.Var8], [0x13, 'stloc.s', Operand.Var8],
  [0x14, 'ldnull', Operand.None], [0x15, 'ldc.i4.m1', Operand.None], [0x16, 'ldc.i4.0', Operand.None], [0x17, 'ldc.i4.1', Operand.None],
  [0x18, 'ldc.i4.2', Operand.None], [0x19, 'ldc.i4.3', Operand.None], [0x1a, 'ldc.i4.4', Operand.None], [0x1b, 'ldc.i4.5', Operand.None],
  [0x1c, 'ldc.i4.6', Operand.None], [0x1d, 'ldc.i4.7', Operand.None], [0x1e, 'ldc.i4.8', Operand.None], [0x1f, 'ldc.i4.s', Operand.I8],
  [0x20, 'ldc.i4', Operand.I32], [0x21, 'ldc.i8', Operand.I64], [0x22, 'ldc.r4', Operand.R4], [0x23, 'ldc.r8', Operand.R8],
  [0x25, 'dup', Operand.None], [0x26, 'pop', Operand.None], [0x27, 'jmp', Operand.Token], [0x28, 'call', Operand.Token],
  [0x29, 'calli', Operand.Token], [0x2a, 'ret', Operand.None], [0x2b, 'br.s', Operand.Branch8], [0x2c, 'brfalse.s', Operand.Branch8],
  [0x2d, 'brtrue.s', Operand.Branch8], [0x2e, 'beq.s', Operand.Branch8], [0x2f, 'bge.s', Operand.Branch8], [0x30, 'bgt.s', Operand.Branch8],
  [0x31, 'ble.s', Operand.Branch8], [0x32, 'blt.s', Operand.Branch8], [0x33, 'bne.un.s', Operand.Branch8], [0x34, 'bge.un.s', Operand.Branch8],
  [0x35, 'bgt.un.s', Operand.Branch8], [0x36, 'ble.un.s', Operand.Branch8], [0x37, 'blt.un.s', Operand.Branch8], [0x38, 'br', Operand.Branch32],
  [0x39, 'brfalse', Operand.Branch32], [0x3a, 'brtrue', Operand.Branch32], [0x3b, 'beq', Operand.Branch32], [0x3c, 'bge', Operand.Branch32],
  [0x3d, 'bgt', Operand.Branch32], [0x3e, 'ble', Operand.Branch32], [0x3f, 'blt', Operand.Branch32], [0x40, 'bne.un', Operand.Branch32],
  [0x41, 'bge.un', Operand.Branch32], [0x42, 'bgt.un', Operand.Branch32], [0x43, 'ble.un', Operand.Branch32], [0x44, 'blt.un', Operand.Branch32],
  [0x45, 'switch', Operand.Switch], [0x46, 'ldind.i1', Operand.None], [0x47, 'ldind.u1', Operand.None], [0x48, 'ldind.i2', Operand.None],
  [0x49, 'ldind.u2', Operand.None], [0x4a, 'ldind.i4', Operand.None], [0x4b, 'ldind.u4', Operand.None], [0x4c, 'ldind.i8', Operand.None],
  [0x4d, 'ldind.i', Operand.None], [0x4e, 'ldind.r4', Operand.None], [0x4f, 'ldind.r8', Operand.None], [0x50, 'ldind.ref', Operand.None],
  [0x51, 'stind.ref', Operand.None], [0x52, 'stind.i1', Operand.None], [0x53, 'stind.i2', Operand.None], [0x54, 'stind.i4', Operand.None],
  [0x55, 'stind.i8', Operand.None], [0x56, 'stind.r4', Operand.None], [0x57, 'stind.r8', Operand.None], [0x58, 'add', Operand.None],
  [0x59, 'sub', Operand.None], [0x5a, 'mul', Operand.None], [0x5b, 'div', Operand.None], [0x5c, 'div.un', Operand.None],
  [0x5d, 'rem', Operand.None], [0x5e, 'rem.un', Operand.None], [0x5f, 'and', Operand.None], [0x60, 'or', Operand.None],
  [0x61, 'xor', Operand.None], [0x62, 'shl', Operand.None], [0x63, 'shr', Operand.None], [0x64, 'shr.un', Operand.None],
  [0x65, 'neg', Operand.None], [0x66, 'not', Operand.None], [0x67, 'conv.i1', Operand.None], [0x68, 'conv.i2', Operand.None],
  [0x69, 'conv.i4', Operand.None], [0x6a, 'conv.i8', Operand.None], [0x6b, 'conv.r4', Operand.None], [0x6c, 'conv.r8', Operand.None],
  [0x6d, 'conv.u4', Operand.None], [0x6e, 'conv.u8', Operand.None], [0x6f, 'callvirt', Operand.Token], [0x70, 'cpobj', Operand.Token],
  [0x71, 'ldobj', Operand.Token], [0x72, 'ldstr', Operand.Token], [0x73, 'newobj', Operand.Token], [0x74, 'castclass', Operand.Token],
  [0x75, 'isinst', Operand.Token], [0x76, 'conv.r.un', Operand.None], [0x79, 'unbox', Operand.Token], [0x7a, 'throw', Operand.None],
  [0x7b, 'ldfld', Operand.Token], [0x7c, 'ldflda', Operand.Token], [0x7d, 'stfld', Operand.Token], [0x7e, 'ldsfld', Operand.Token],
  [0x7f, 'ldsflda', Operand.Token], [0x80, 'stsfld', Operand.Token], [0x81, 'stobj', Operand.Token], [0x82, 'conv.ovf.i1.un', Operand.None],
  [0x83, 'conv.ovf.i2.un', Operand.None], [0x84, 'conv.ovf.i4.un', Operand.None], [0x85, 'conv.ovf.i8.un', Operand.None],
  [0x86, 'conv.ovf.u1.un', Operand.None], [0x87, 'conv.ovf.u2.un', Operand.None], [0x88, 'conv.ovf.u4.un', Operand.None],
  [0x89, 'conv.ovf.u8.un', Operand.None], [0x8a, 'conv.ovf.i.un', Operand.None], [0x8b, 'conv.ovf.u.un', Operand.None],
  [0x8c, 'box', Operand.Token], [0x8d, 'newarr', Operand.Token], [0x8e, 'ldlen', Operand.None], [0x8f, 'ldelema', Operand.Token],
  [0x90, 'ldelem.i1', Operand.None], [0x91, 'ldelem.u1', Operand.None], [0x92, 'ldelem.i2', Operand.None], [0x93, 'ldelem.u2', Operand.None],
  [0x94, 'ldelem.i4', Operand.None], [0x95, 'ldelem.u4', Operand.None], [0x96, 'ldelem.i8', Operand.None], [0x97, 'ldelem.i', Operand.None],
  [0x98, 'ldelem.r4', Operand.None], [0x99, 'ldelem.r8', Operand.None], [0x9a, 'ldelem.ref', Operand.None], [0x9b, 'stelem.i', Operand.None],
  [0x9c, 'stelem.i1', Operand.None], [0x9d, 'stelem.i2', Operand.None], [0x9e, 'stelem.i4', Operand.None], [0x9f, 'stelem.i8', Operand.None],
  [0xa0, 'stelem.r4', Operand.None], [0xa1, 'stelem.r8', Operand.None], [0xa2, 'stelem.ref', Operand.None], [0xa3, 'ldelem', Operand.Token],
  [0xa4, 'stelem', Operand.Token], [0xa5, 'unbox.any', Operand.Token], [0xb3, 'conv.ovf.i1', Operand.None], [0xb4, 'conv.ovf.u1', Operand.None],
  [0xb5, 'conv.ovf.i2', Operand.None], [0xb6, 'conv.ovf.u2', Operand.None], [0xb7, 'conv.ovf.i4', Operand.None], [0xb8, 'conv.ovf.u4', Operand.None],
  [0xb9, 'conv.ovf.i8', Operand.None], [0xba, 'conv.ovf.u8', Operand.None], [0xc2, 'refanyval', Operand.Token], [0xc3, 'ckfinite', Operand.None],
  [0xc6, 'mkrefany', Operand.Token], [0xd0, 'ldtoken', Operand.Token], [0xd1, 'conv.u2', Operand.None], [0xd2, 'conv.u1', Operand.None],
  [0xd3, 'conv.i', Operand.None], [0xd4, 'conv.ovf.i', Operand.None], [0xd5, 'conv.ovf.u', Operand.None], [0xd6, 'add.ovf', Operand.None],
  [0xd7, 'add.ovf.un', Operand.None], [0xd8, 'mul.ovf', Operand.None], [0xd9, 'mul.ovf.un', Operand.None], [0xda, 'sub.ovf', Operand.None],
  [0xdb, 'sub.ovf.un', Operand.None], [0xdc, 'endfinally', Operand.None], [0xdd, 'leave', Operand.Branch32], [0xde, 'leave.s', Operand.Branch8],
  [0xdf, 'stind.i', Operand.None], [0xe0, 'conv.u', Operand.None],
];
const TWO_BYTE: [number, string, Operand][] = [
  [0x00, 'arglist', Operand.None], [0x01, 'ceq', Operand.None], [0x02, 'cgt', Operand.None], [0x03, 'cgt.un', Operand.None],
  [0x04, 'clt', Operand.None], [0x05, 'clt.un', Operand.None], [0x06, 'ldftn', Operand.Token], [0x07, 'ldvirtftn', Operand.Token],
  [0x09, 'ldarg', Operand.Var16], [0x0a, 'ldarga', Operand.Var16], [0x0b, 'starg', Operand.Var16], [0x0c, 'ldloc', Operand.Var16],
  [0x0d, 'ldloca', Operand.Var16], [0x0e, 'stloc', Operand.Var16], [0x0f, 'localloc', Operand.None], [0x11, 'endfilter', Operand.None],
  [0x12, 'unaligned.', Operand.I8], [0x13, 'volatile.', Operand.None], [0x14, 'tail.', Operand.None], [0x15, 'initobj', Operand.Token],
  [0x16, 'constrained.', Operand.Token], [0x17, 'cpblk', Operand.None], [0x18, 'initblk', Operand.None], [0x19, 'no.', Operand.I8],
  [0x1a, 'rethrow', Operand.None], [0x1c, 'sizeof', Operand.Token], [0x1d, 'refanytype', Operand.None], [0x1e, 'readonly.', Operand.None],
];
for (const [code, name, operand] of ONE_BYTE) OPCODES[code] = { name, code, operand };
for (const [code, name, operand] of TWO_BYTE) OPCODES[0x100 + code] = { name, code: 0xfe00 | code, operand };

/** Bytes taken by an operand (switch is variable: 4 + 4n, handled by the caller). */
export function operandSize(op: Operand): number {
  switch (op) {
    case Operand.None: return 0;
    case Operand.I8: case Operand.Branch8: case Operand.Var8: return 1;
    case Operand.Var16: return 2;
    case Operand.I32: case Operand.R4: case Operand.Token: case Operand.Branch32: return 4;
    case Operand.I64: case Operand.R8: return 8;
    case Operand.Switch: return 4;
  }
}

/** Little-endian reads at IL offsets, through the buffer's shared DataView (see byte-reader.ts). */
class ILView {
  private readonly v: DataView;
  private readonly b: number;
  constructor(code: Uint8Array) { this.v = viewOf(code.buffer); this.b = code.byteOffset; }
  getInt8(p: number): number { return this.v.getInt8(this.b + p); }
  getUint8(p: number): number { return this.v.getUint8(this.b + p); }
  getUint16(p: number, le: boolean): number { return this.v.getUint16(this.b + p, le); }
  getInt32(p: number, le: boolean): number { return this.v.getInt32(this.b + p, le); }
  getUint32(p: number, le: boolean): number { return this.v.getUint32(this.b + p, le); }
  getFloat32(p: number, le: boolean): number { return this.v.getFloat32(this.b + p, le); }
  getFloat64(p: number, le: boolean): number { return this.v.getFloat64(this.b + p, le); }
  getBigInt64(p: number, le: boolean): bigint { return this.v.getBigInt64(this.b + p, le); }
}

/** One decoded instruction, as the disassembler and the transform see it. */
export interface Instr { offset: number; op: OpInfo; size: number; operand: number; operand64?: bigint; targets?: number[] }

/** Walks the IL of a body, yielding each instruction with its operand decoded; bounds-checked. */
export function* decodeIL(code: Uint8Array, onError: (msg: string, offset: number) => never): Generator<Instr> {
  const view = new ILView(code);
  let pos = 0;
  while (pos < code.length) {
    const start = pos;
    let b = code[pos++]!;
    if (b === 0xfe) {
      if (pos >= code.length) onError('truncated two-byte opcode', start);
      b = 0x100 + code[pos++]!;
    }
    const op = OPCODES[b];
    if (!op) onError(`unknown opcode 0x${(b >= 0x100 ? 0xfe00 | (b & 0xff) : b).toString(16)}`, start);
    const n = operandSize(op.operand);
    if (pos + n > code.length) onError(`truncated operand of ${op.name}`, start);
    let operand = 0;
    let operand64: bigint | undefined;
    let targets: number[] | undefined;
    switch (op.operand) {
      case Operand.I8: operand = view.getInt8(pos); break;
      case Operand.Var8: operand = view.getUint8(pos); break;
      case Operand.Branch8: operand = pos + 1 + view.getInt8(pos); break;
      case Operand.Var16: operand = view.getUint16(pos, true); break;
      case Operand.I32: case Operand.Token: operand = view.getInt32(pos, true); break;
      case Operand.R4: operand = view.getFloat32(pos, true); break;
      case Operand.Branch32: operand = pos + 4 + view.getInt32(pos, true); break;
      case Operand.I64: operand64 = view.getBigInt64(pos, true); break;
      case Operand.R8: operand = view.getFloat64(pos, true); break;
      case Operand.Switch: {
        const count = view.getUint32(pos, true);
        if (count > (code.length - pos - 4) / 4) onError('switch table runs past the end of the method', start);
        const base = pos + 4 + count * 4;
        targets = [];
        for (let i = 0; i < count; i++) targets.push(base + view.getInt32(pos + 4 + i * 4, true));
        pos += count * 4;
        break;
      }
    }
    if (op.operand === Operand.Token) operand = operand >>> 0;
    pos += n;
    yield { offset: start, op, size: pos - start, operand, operand64, targets };
  }
}
