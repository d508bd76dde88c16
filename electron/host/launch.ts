/**
 * The web host's entry (out/main/host.js): a V8 code cache for the built modules, then the host
 * itself (cli.ts, built as out/main/host-app.js). Issue 11: the host's start is measured to the first
 * screen's answer, and most of what a start does in JavaScript is compiling the same modules again:
 * zod, drizzle, the router, the overview's area. Node 20 keeps no compile cache of its own (22 does),
 * so the built CommonJS modules of out/main are compiled here through `vm.Script` with the bytes the
 * last start left (`code-cache.ts`); a start without them (the first, or after a build) compiles as
 * Node would and writes them once it has answered. Nothing but Node's own modules may be imported
 * here: the hook must be in place before the first chunk is required.
 */
import { join } from 'node:path';
import { installCodeCache } from './code-cache';

installCodeCache(__dirname);
// A computed path: the bundler leaves it alone, so host-app.js stays its own file (and its chunks are
// required after the hook is in place).
const app = join(__dirname, 'host-app.js');
require(app);
