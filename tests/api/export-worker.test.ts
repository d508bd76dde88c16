// The registry export runs in a worker thread on a database file (issue 11): the main thread, which
// answers every other call of the post, only relays its progress. On the main thread, loading exceljs
// and zipping a district's rows held every other call up (reads answered in 40–175 ms through an
// export of 323,000 rows, one 2.5 s at its start).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/router';
import { writeDemo } from '../../electron/demo/demo';
import { FIXED_NOW, freshDb } from './helpers';

describe('the registry export in a worker', () => {
  it('leaves the main thread free while it writes the file', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 6000, seed: 5 });
    const residents = (db.$client.prepare('SELECT count(*) AS n FROM residents').get() as { n: number }).n;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const r = await dispatch(db, 'households.export', {}, host, { operatorId: 1 });
    delay.disable();
    if (!r.ok) throw new Error(r.error.message);
    expect((r.value as { rows: number }).rows).toBe(residents);
    // The longest the main thread was kept from answering anything, in ms.
    const longest = delay.max / 1e6;
    expect(longest).toBeLessThan(250);
  });
});
