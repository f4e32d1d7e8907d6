// Types for the WebAssembly exception-handling JS API (Tag, Exception), which Node 20 ships
// but TypeScript's DOM library does not declare yet.
declare namespace WebAssembly {
  class Tag {
    constructor(type: { parameters: string[] });
  }
  class Exception {
    constructor(tag: Tag, payload: unknown[], options?: { traceStack?: boolean });
    is(tag: Tag): boolean;
    getArg(tag: Tag, index: number): unknown;
  }
}
