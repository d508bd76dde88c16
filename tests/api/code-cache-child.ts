/**
 * Run in a child process by code-cache.test.ts (not a test file itself): put the host's code cache in
 * place over a folder, require its CommonJS module `main.js`, save the cache, and print one JSON line:
 * what the module answered and what the cache did.
 *   tsx tests/api/code-cache-child.ts <folder>
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { codeCacheState, installCodeCache, saveCodeCache } from '../../electron/host/code-cache';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: code-cache-child.ts <folder>');
installCodeCache(dir);
const answer = (createRequire(import.meta.url)(join(dir, 'main.js')) as { answer: () => unknown }).answer();
const state = codeCacheState();
saveCodeCache();
console.log(JSON.stringify({ answer, ...state }));
