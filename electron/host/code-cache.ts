/**
 * A V8 code cache for the web host's CommonJS modules: the built ones (out/main) and the packages'
 * (better-sqlite3's JavaScript). Each module is compiled through `vm.Script` with the bytes a previous
 * start saved for exactly that file as it is now, under this V8 (a build, an install, an edit or
 * another Node makes new ones); V8 checks them again and compiles from the source when it rejects
 * them. What was compiled without usable bytes is saved once the host has answered its first screen
 * (`saveCodeCache`), with the functions that start ran already compiled in it, so the next start
 * neither parses nor compiles them. A cache that cannot be read or written costs nothing but speed: the host starts as before.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

type Compiled = { cacheFile: string; script: vm.Script };

/** Modules compiled without usable cached bytes this start: saved once the host has answered. */
const unsaved: Compiled[] = [];
let cacheDir: string | null = null;
/** What this start compiled through the cache, and how many of those from saved bytes. */
const state = { compiled: 0, fromCache: 0 };
export const codeCacheState = (): Readonly<typeof state> => ({ ...state });

type Compile = (this: Module, content: string, filename: string) => unknown;

/** A built chunk's name ends in a hash of its content (electron.vite.config.ts: `[name]-[hash].js`). */
const HASHED_CHUNK = /-[\w-]{8}\.js$/;

/**
 * The saved bytes' file for this module under this V8. A built chunk's name holds its content's hash
 * (electron.vite.config.ts: `[name]-[hash].js`); any other file is named by its inode, size and
 * status-change time, which every write of the file, an install or a copy changes (its modification
 * time would not do: npm gives every installed file the same one, and V8's own check of the bytes
 * compares only the source's length).
 */
function cacheFileOf(dir: string, cacheDir: string, filename: string): string {
  const name = basename(filename);
  if (dirname(filename) === dir && HASHED_CHUNK.test(name))
    return join(cacheDir, `${name}.${process.versions.v8}.bin`);
  const s = statSync(filename, { bigint: true });
  return join(cacheDir, `${name}.${s.ino}.${s.size}.${s.ctimeNs}.${process.versions.v8}.bin`);
}

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
    let cacheFile: string;
    try {
      cacheFile = cacheFileOf(dir, own, filename);
    } catch {
      return original.call(this, content, filename);
    }
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
 * renamed: two hosts starting at once, or a host and its worker, never read half a file.
 */
export function saveCodeCache(): void {
  if (cacheDir === null || unsaved.length === 0) return;
  const todo = unsaved.splice(0);
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const { cacheFile, script } of todo) {
      const part = `${cacheFile}.${process.pid}.${threadId}.part`;
      writeFileSync(part, script.createCachedData());
      renameSync(part, cacheFile);
    }
  } catch {
    // A read-only folder or a full disk: the next start compiles from the source, as Node would.
  }
}
