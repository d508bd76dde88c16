/**
 * Full garbage collections the import worker asks for where its heap just lost most of what it held
 * (issue 11). V8 grows an old generation to a multiple of what survived the last full collection before
 * it collects again; an import allocates in long runs (the sheet's cells, then a plan, then a row
 * written after another), so the heap — and the process's peak memory — grew by about as much garbage
 * as there was live data. Collected at the phase borders (the sheet read, the plan made) and every
 * GC_EVERY rows written, the worker's heap stays near what it holds: tens of milliseconds each.
 *
 * `gc` is reached by exposing it (a V8 flag) and taking it from a new context; if that fails, nothing
 * is collected early and the import runs as before.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { JobPhase } from '../jobs/store';

export const GC_EVERY = 50_000;

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** What to call with each progress report: collects at the borders and every GC_EVERY rows written. */
export function collector(gc = exposeGc()): (phase: JobPhase, done: number) => void {
  if (!gc) return () => undefined;
  let last: JobPhase | null = null;
  let written = 0;
  return (phase, done) => {
    const border = phase !== last && (phase === 'check' || phase === 'write');
    last = phase;
    if (border) {
      written = done;
      gc();
    } else if (phase === 'write' && done - written >= GC_EVERY) {
      written = done;
      gc();
    }
  };
}
