/**
 * The entry of every job's worker thread as built (out/main/worker.js): the V8 code cache of the
 * host's modules (`code-cache.ts`), then the worker named by its last argument (`import-worker`,
 * `distribute-worker`, `export-worker`), which `startWorker` (api/jobs/worker-start.ts) passes.
 * A worker compiles the same chunks as the host (zod, drizzle, the API's rules); with the bytes the
 * host or an earlier worker saved, its start skips that compiling (issue 11: at 10,000 households a
 * distribution's worker took longer to start than to write). What this start compiled without bytes
 * is saved before the job runs: the main thread ends the worker as soon as its job answers. Nothing
 * but Node's own modules may be imported here: the hook must be in place before the first chunk is
 * required.
 */
import { join } from 'node:path';
import { installCodeCache, saveCodeCache } from './code-cache';

installCodeCache(__dirname);
// The last argument: startWorker passes the name as the worker's only one (`argv`), after whatever
// the runtime puts first.
const name = process.argv.at(-1) ?? '';
if (!/^[a-z-]+-worker$/.test(name)) throw new Error(`worker.js: no such worker "${name}"`);
// A computed path: the bundler leaves the worker its own file, required after the hook is in place.
require(join(__dirname, `${name}.js`));
// The worker's job starts on a later turn (after its words are loaded): these bytes go first.
saveCodeCache();
