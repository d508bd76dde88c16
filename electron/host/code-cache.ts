/**
 * A V8 code cache for the web host's CommonJS modules: the built ones (out/main) and the packages'
 * (better-sqlite3's JavaScript). Each module is compiled through `vm.Script` with the bytes a previous
 * start saved for exactly that source (its path and a hash of its text, and this V8's version: a
 * build, an install or another Node makes new ones);
 * V8 checks them again and compiles from the source when it rejects them. What was compiled without
 * usable bytes is saved once the host has answered its first screen (`saveCodeCache`), with the
 * functions that start ran already compiled in it, so the next start neither parses nor compiles
 * them. A cache that cannot be read or written costs nothing but speed: the host starts as before.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';

type Compiled = { cacheFile: string; script: vm.Script };

/** Modules compiled without usable cached bytes this start: saved once the host has answered. */
const unsaved: Compiled[] = [];
let cacheDir: string | null = null;
/** What this start compiled through the cache, and how many of those from saved bytes. */
const state = { compiled: 0, fromCache: 0 };
export const codeCacheState = (): Readonly<typeof state> => ({ ...state });

type Compile = (this: Module, content: string, filename: string) => unknown;

/** FNV-1a (32 bits) of a text. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The saved bytes' file for this module's path and source, under this V8. Keyed by the source itself,
 * not its file's time: npm gives every installed file the same time, and V8's own check of the bytes
 * compares only the source's length.
 */
const cacheFileOf = (dir: string, filename: string, content: string): string =>
  join(
    dir,
    `${basename(filename)}.${fnv(filename)}.${fnv(content)}.${content.length}.${process.versions.v8}.bin`,
  );

function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Compile every CommonJS module loaded from now on with the code cache kept in `dir/.code-cache`
 * (`dir`: the built host's folder, which a build empties).
 */
export function installCodeCache(dir: string): void {
  if (cacheDir !== null) return;
  cacheDir = join(dir, '.code-cache');
  const own = cacheDir;
  const proto = Module.prototype as unknown as { _compile: Compile };
  const original = proto._compile;
  proto._compile = function compile(this: Module, content: string, filename: string) {
    // A module with a dynamic import() is compiled as Node would: a vm.Script's import() needs an
    // experimental loader (the built host has none but in strings: the workers' boot code). So is a
    // script with a #! line, which only Node's own wrapper accepts, and an ES module a package lets
    // `require` load (Node 20.19 on).
    if (content.includes('import(') || content.startsWith('#!') || filename.endsWith('.mjs'))
      return original.call(this, content, filename);
    const cacheFile = cacheFileOf(own, filename, content);
    const cachedData = readBytes(cacheFile);
    let script: vm.Script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch {
      // Not a CommonJS script (ES module syntax in a .js file): Node's own way, which knows how, or
      // reports the error as it always has.
      return original.call(this, content, filename);
    }
    state.compiled++;
    if (cachedData === undefined || script.cachedDataRejected) unsaved.push({ cacheFile, script });
    else state.fromCache++;
    const run = script.runInThisContext({ displayErrors: true }) as (
      exports: unknown,
      require: NodeJS.Require,
      module: Module,
      filename: string,
      dirname: string,
    ) => unknown;
    return run.call(
      this.exports,
      this.exports,
      Module.createRequire(filename),
      this,
      filename,
      dirname(filename),
    );
  };
}

/**
 * Save the bytes of every module compiled without them, with what has run so far compiled in (call
 * once the first screen has been answered, and again when the host stops). Written beside, then
 * renamed: two hosts starting at once never read half a file.
 */
export function saveCodeCache(): void {
  if (cacheDir === null || unsaved.length === 0) return;
  const todo = unsaved.splice(0);
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const { cacheFile, script } of todo) {
      const part = `${cacheFile}.${process.pid}.part`;
      writeFileSync(part, script.createCachedData());
      renameSync(part, cacheFile);
    }
  } catch {
    // A read-only folder or a full disk: the next start compiles from the source, as Node would.
  }
}
