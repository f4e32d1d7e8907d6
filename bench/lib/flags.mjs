// Command-line flags shared by the bench scripts: `--name value`, `--name=value` and bare switches.
// `handle(name, next)` applies one flag (`next()` takes its value) and returns false for an unknown one.
export function eachFlag(argv, handle) {
  for (let i = 0; i < argv.length; i++) {
    let name = argv[i];
    let value = null;
    const eq = name.indexOf('=');
    if (name.startsWith('--') && eq > 0) { value = name.slice(eq + 1); name = name.slice(0, eq); }
    const next = () => {
      if (value != null) return value;
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    if (handle(name, next) === false) throw new Error(`unknown argument ${argv[i]}`);
  }
}
