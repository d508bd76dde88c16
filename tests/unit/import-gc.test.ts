// The import worker's early collections (import-gc.ts): at the sheet read and the plan made, and every
// GC_EVERY rows written — not at every progress report — and the gc V8 exposes is reached.
import { describe, expect, it } from 'vitest';
import { collector, GC_EVERY } from '../../electron/api/households/import-gc';

describe('the import worker collects its garbage at its phase borders', () => {
  it('collects when the check and the write start, then every GC_EVERY rows written', () => {
    let calls = 0;
    const collect = collector(() => {
      calls++;
    });
    collect('read', 0);
    for (let row = 0; row <= 100_000; row += 500) collect('parse', row);
    expect(calls).toBe(0);
    collect('check', 0);
    expect(calls).toBe(1);
    collect('check', 0);
    expect(calls).toBe(1);
    collect('write', 0);
    expect(calls).toBe(2);
    for (let row = 500; row <= 2.5 * GC_EVERY; row += 500) collect('write', row);
    expect(calls).toBe(4);
  });

  it('reaches V8s gc in a worker-less process too, and a collection frees what it held', () => {
    const collect = collector();
    let big: number[][] | null = Array.from({ length: 200 }, () => new Array(10_000).fill(1));
    const held = process.memoryUsage().heapUsed;
    expect(big.length).toBe(200);
    big = null;
    collect('check', 0);
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 8 * 1024 * 1024);
  });
});
