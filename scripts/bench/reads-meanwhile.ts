// The import figure's reads while the commit runs: one every 20 ms (households.stats and overview.get
// in turns), each timed from when it was due, so a blocked host shows as late answers.

export type ReadsTaken = { reads: number[]; slow: [number, number][] };

/** Start reading; the function returned stops and answers the latencies (sorted) and the slowest five. */
export function readsMeanwhile(read: (method: 'households.stats' | 'overview.get') => Promise<unknown>) {
  const latencies: number[] = [];
  /** The slowest reads: how long, and when (ms from the start). */
  const slow: [number, number][] = [];
  const start = performance.now();
  let stop = false;
  let i = 0;
  const loop = (async () => {
    let due = performance.now();
    while (!stop) {
      await read(i++ % 2 ? 'households.stats' : 'overview.get');
      const took = performance.now() - due;
      latencies.push(took);
      if (took > 50) slow.push([Math.round(took), Math.round(due - start)]);
      due += 20;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
      else due = performance.now();
    }
  })();
  return async (): Promise<ReadsTaken> => {
    stop = true;
    await loop;
    return { reads: latencies.sort((a, b) => a - b), slow: slow.sort((a, b) => b[0] - a[0]).slice(0, 5) };
  };
}
