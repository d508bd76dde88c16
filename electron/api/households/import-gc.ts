/**
 * Full garbage collections the import worker asks for where its heap just lost most of what it held
 * (issue 11). V8 grows an old generation to a multiple of what survived the last full collection before
 * it collects again; an import allocates in long runs (the sheet's cells, then a plan, then a row
 * written after another), so the heap — and the process's peak memory — grew by about as much garbage
 * as there was live data. Collected at the phase borders (the sheet read, the plan made), every
 * GC_EVERY rows read and written, and where a step lets go of what it held (`collectNow`: the
 * candidates once packed, the plan before the indexes are built again), the worker's heap stays near
 * what it holds: tens of milliseconds each. None is asked for while the heap is small (GC_FLOOR_BYTES).
 *
 * `gc` is reached by exposing it (a V8 flag) and taking it from a new context; if that fails, nothing
 * is collected early and the import runs as before.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { JobPhase } from '../jobs/store';

export const GC_EVERY = 25_000;

/**
 * Below this much heap in use a collection is not asked for: V8's own keep a small heap small. Where
 * the worker collects, a sheet of 10,000 households holds 15–23 MB and one of 30,000 26–41 MB, and
 * their collections bought nothing but time (issue 11: a tenth of a 10,000-household preview's CPU);
 * a district's (100,000 households) holds 63 MB and more at every one of them, and keeps them all:
 * its peak memory is what they hold down.
 */
export const GC_FLOOR_BYTES = 48 * 1024 * 1024;

/** Whether the heap holds `floor` bytes or more: only then is a collection asked for. */
const heapAbove = (floor: number): boolean => getHeapStatistics().used_heap_size >= floor;

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

let exposed: (() => void) | null | undefined;

/**
 * Collect now, where the caller just let go of most of what it held (the candidates once packed, the
 * plan once written). Nothing happens where gc cannot be reached.
 */
export function collectNow(floor = GC_FLOOR_BYTES): void {
  if (exposed === undefined) exposed = exposeGc();
  if (exposed && heapAbove(floor)) exposed();
}

/** Collects every GC_EVERY rows: what a step that reports no progress (the preview's count) calls. */
export function collectEvery(every = GC_EVERY, floor = GC_FLOOR_BYTES): (done: number) => void {
  let since = 0;
  return (done) => {
    if (done - since < every) return;
    since = done;
    collectNow(floor);
  };
}

/**
 * What to call with each progress report: collects at the borders, and every GC_EVERY rows read or
 * written (the sheet's cells and the rows written are garbage at once, and the heap grew by them).
 */
export function collector(
  exposedGc = exposeGc(),
  floor = GC_FLOOR_BYTES,
): (phase: JobPhase, done: number) => void {
  if (!exposedGc) return () => undefined;
  const gc = () => {
    if (heapAbove(floor)) exposedGc();
  };
  let last: JobPhase | null = null;
  let since = 0;
  return (phase, done) => {
    const border = phase !== last && (phase === 'check' || phase === 'write' || phase === 'parse');
    last = phase;
    if (border) {
      since = done;
      if (phase !== 'parse') gc();
    } else if ((phase === 'write' || phase === 'parse') && done - since >= GC_EVERY) {
      since = done;
      gc();
    }
  };
}
