import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/router';
import { writeDemo } from '../../electron/demo/demo';
import { FIXED_NOW, freshDb, takeExport } from './helpers';

describe('progress of long calls', () => {
  it('reports the phases and rows of a large import while it runs, then finishes', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 1500, seed: 3 });
    const exported = await dispatch(db, 'households.export', { revealIds: true }, host, {
      operatorId: 1,
      jobId: 'export-1',
    });
    if (!exported.ok) throw new Error(exported.error.message);
    const after = await dispatch(db, 'jobs.progress', { jobId: 'export-1' }, host);
    expect(after).toMatchObject({ ok: true, value: { phase: 'build', finished: true } });

    const seen: { phase: string; done: number; total: number }[] = [];
    const job = 'import-big-1';
    const running = dispatch(
      db,
      'households.importPreview',
      { fileName: 'big.xlsx', dataBase64: takeExport(host, exported.value as { file: string }) },
      host,
      { operatorId: 1, jobId: job },
    );
    let finished = false;
    void running.then(() => {
      finished = true;
    });
    while (!finished) {
      const p = await dispatch(db, 'jobs.progress', { jobId: job }, host);
      if (p.ok && p.value) seen.push(p.value as (typeof seen)[number]);
      await new Promise((r) => setImmediate(r));
    }
    const result = await running;
    expect(result).toMatchObject({ ok: true, value: { residents: { unchanged: 4851 } } });
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases).toEqual(expect.arrayContaining(['read', 'parse', 'check']));
    const parse = seen.filter((s) => s.phase === 'parse');
    expect(parse.at(-1)?.total).toBe(4852);
    expect(parse.some((s) => s.done > 0 && s.done < s.total)).toBe(true);
    expect(await dispatch(db, 'jobs.progress', { jobId: job }, host)).toMatchObject({
      ok: true,
      value: { finished: true },
    });
    expect(await dispatch(db, 'jobs.progress', { jobId: 'never-started' }, host)).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch(db, 'jobs.progress', { jobId: 'bad id!' }, host)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
