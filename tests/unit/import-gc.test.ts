// The import worker's early collections (import-gc.ts): at the sheet read and the plan made, every
// GC_EVERY rows read and written — not at every progress report — and the gc V8 exposes is reached.
import { describe, expect, it } from 'vitest';
import { collectEvery, collector, GC_EVERY } from '../../electron/api/households/import-gc';

describe('the import worker collects its garbage at its phase borders', () => {
  it('collects every GC_EVERY rows read, when the check and the write start, then every GC_EVERY rows written', () => {
    let calls = 0;
    const collect = collector(() => {
      calls++;
    }, 0);
    collect('read', 0);
    expect(calls).toBe(0);
    for (let row = 500; row <= 4.5 * GC_EVERY; row += 500) collect('parse', row);
    expect(calls).toBe(4);
    collect('check', 0);
    expect(calls).toBe(5);
    collect('check', 0);
    expect(calls).toBe(5);
    collect('write', 0);
    expect(calls).toBe(6);
    for (let row = 500; row <= 2.5 * GC_EVERY; row += 500) collect('write', row);
    expect(calls).toBe(8);
  });

  it('collects every GC_EVERY rows counted where no progress is reported (the preview)', () => {
    const before = process.memoryUsage().heapUsed;
    let big: number[][] | null = Array.from({ length: 200 }, () => new Array(10_000).fill(1));
    const counted = collectEvery(1000, 0);
    counted(999);
    expect(big.length).toBe(200);
    big = null;
    counted(1000);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 4 * 1024 * 1024);
  });

  it('reaches V8s gc in a worker-less process too, and a collection frees what it held', () => {
    const collect = collector(undefined, 0);
    let big: number[][] | null = Array.from({ length: 200 }, () => new Array(10_000).fill(1));
    const held = process.memoryUsage().heapUsed;
    expect(big.length).toBe(200);
    big = null;
    collect('check', 0);
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 8 * 1024 * 1024);
  });

  it('asks for no collection while the heap is small (a sheet of a few thousand households)', () => {
    let calls = 0;
    const spy = () => {
      calls++;
    };
    const heap = process.memoryUsage().heapUsed;
    const small = collector(spy, heap * 2);
    small('check', 0);
    small('write', 0);
    for (let row = 500; row <= 2 * GC_EVERY; row += 500) small('write', row);
    expect(calls).toBe(0);
    // The same schedule with the floor under the heap in use: every border and every GC_EVERY rows.
    const large = collector(spy, heap / 2);
    large('check', 0);
    large('write', 0);
    for (let row = 500; row <= 2 * GC_EVERY; row += 500) large('write', row);
    expect(calls).toBe(4);
  });
});
