import { argI32, argStr, retI32, retStr, type Add } from './args.js';

export function registerConsole(add: Add): void {
  add('System.Console::WriteCore', (rt, sp) => {
    const s = argStr(rt, sp, 0) ?? '';
    if (argI32(rt, sp, 1)) rt.host.writeErr(s); else rt.host.write(s);
  });
  add('System.Console::ReadLineCore', (rt, sp) => { rt.host.flush(); retStr(rt, sp, rt.host.readLine()); });
  add('System.Console::ReadCore', (rt, sp) => { rt.host.flush(); retI32(rt, sp, rt.host.readChar()); });
}
