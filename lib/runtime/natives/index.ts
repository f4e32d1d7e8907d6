import type { Runtime } from '../runtime.js';
import { registerConsole } from './console.js';
import { registerCore } from './core.js';
import { registerNumbers } from './numbers.js';
import { registerStrings } from './strings.js';
import { registerCorelibExt } from './corelib-ext.js';
import { registerDecimal } from './decimal.js';
import { registerDelegates } from './delegates.js';
import { registerBigInt } from './bigint.js';

/** An internal call: reads its arguments at sp (8-byte slots) and writes its result at sp. */
export type NativeFn = (rt: Runtime, sp: number) => void;

/** Registry of internal calls by "Namespace.Type::Method" (corelib icalls are never overloaded). */
export const NATIVES = new Map<string, NativeFn>();
const add = (key: string, fn: NativeFn) => { NATIVES.set(key, fn); };
registerCore(add);
registerStrings(add);
registerNumbers(add);
registerConsole(add);
registerCorelibExt(add);
registerDecimal(add);
registerDelegates(add);
registerBigInt(add);
