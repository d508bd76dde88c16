import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// The host's V8 code cache (electron/host/code-cache.ts), in a child process each time: it replaces
// how Node compiles CommonJS modules, which this test process must not.
const CHILD = fileURLToPath(new URL('./code-cache-child.ts', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Run = { answer: unknown; compiled: number; fromCache: number };
const run = (dir: string): Run =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', CHILD, dir], { encoding: 'utf8' }).trim());

/** A folder of two CommonJS modules: main.js answers with part.js's word and a sum it computes. */
function folder(word: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gatepost-code-cache-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  writePart(dir, word);
  writeFileSync(
    join(dir, 'main.js'),
    `const part = require('./part.js');
     exports.answer = () => ({ word: part.word, sum: [1, 2, 3].reduce((a, b) => a + b, 0), file: __filename.endsWith('main.js') });\n`,
  );
  return dir;
}
const writePart = (dir: string, word: string) =>
  writeFileSync(join(dir, 'part.js'), `exports.word = '${word}';\n`);
const cacheFiles = (dir: string) => readdirSync(join(dir, '.code-cache')).filter((f) => f.endsWith('.bin'));

describe('the host code cache', () => {
  it('compiles from the source first, then from the saved bytes, with the same answers', () => {
    const dir = folder('门岗');
    const first = run(dir);
    expect(first).toEqual({ answer: { word: '门岗', sum: 6, file: true }, compiled: 2, fromCache: 0 });
    expect(cacheFiles(dir)).toHaveLength(2);
    const second = run(dir);
    expect(second).toEqual({ answer: { word: '门岗', sum: 6, file: true }, compiled: 2, fromCache: 2 });
  });

  it('never runs the old code of a changed module, even one of the same length', () => {
    const dir = folder('门岗');
    run(dir);
    // Same length, other text: V8's own check of the bytes compares only the length.
    writePart(dir, '值班');
    const after = run(dir);
    expect(after.answer).toEqual({ word: '值班', sum: 6, file: true });
    expect(after.fromCache).toBe(1);
  });

  it('compiles from the source when the saved bytes are damaged, and saves them again', () => {
    const dir = folder('物资');
    run(dir);
    for (const f of cacheFiles(dir)) writeFileSync(join(dir, '.code-cache', f), 'not a code cache');
    expect(run(dir)).toEqual({ answer: { word: '物资', sum: 6, file: true }, compiled: 2, fromCache: 0 });
    expect(run(dir).fromCache).toBe(2);
  });

  it('leaves ES modules that a package requires to Node', () => {
    const dir = folder('门岗');
    writeFileSync(join(dir, 'esm.mjs'), "export const word = '封控';\n");
    writeFileSync(join(dir, 'syntax.js'), "export const word = '隔离';\n");
    writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
    writeFileSync(
      join(dir, 'main.js'),
      `const esm = require('./esm.mjs');
       const syntax = require('./syntax.js').word;
       exports.answer = () => ({ esm: esm.word, syntax });\n`,
    );
    // Node 20.19 on loads an .mjs through require, and ES syntax in a .js file too: as without the
    // cache. (Under tsx, as here, the .js file reaches the cache already made CommonJS.)
    expect(run(dir).answer).toEqual({ esm: '封控', syntax: '隔离' });
    const second = run(dir);
    expect(second.answer).toEqual({ esm: '封控', syntax: '隔离' });
    expect(second.fromCache).toBe(second.compiled);
  });

  it('starts as before where the cache cannot be written', () => {
    const dir = folder('跑腿');
    // A file where the cache folder would be: nothing can be saved, nothing fails.
    writeFileSync(join(dir, '.code-cache'), '');
    expect(run(dir)).toEqual({ answer: { word: '跑腿', sum: 6, file: true }, compiled: 2, fromCache: 0 });
    expect(run(dir).fromCache).toBe(0);
  });
});
