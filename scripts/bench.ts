// npm run bench [-- --households N]: builds a large synthetic community and times the hot calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDemo } from '../db/demo';
import { openDatabase } from '../db/open';
import type { In, Method } from '../electron/api/contract';
import { dispatch } from '../electron/api/router';

const { values } = parseArgs({ options: { households: { type: 'string', default: '100000' } } });
const households = Number(values.households);
const dir = mkdtempSync(join(tmpdir(), 'gatepost-bench-'));
const path = join(dir, 'bench.db');
const now = new Date('2026-11-28T02:00:00Z');

function time(label: string, fn: () => unknown): void {
  const t = performance.now();
  fn();
  console.log(`${label.padEnd(42)} ${(performance.now() - t).toFixed(1).padStart(8)} ms`);
}

try {
  let db = openDatabase(path);
  time(`demo.write ${households} households`, () => writeDemo(db, { households, now }));
  db.$client.close();
  time('openDatabase (integrity check + migrate)', () => {
    db = openDatabase(path);
  });
  const host = { now: () => now, paths: { db: path } };
  const call = async <M extends Method>(m: M, input: In<M>) => {
    const t = performance.now();
    const r = await dispatch(db, m, input, host, { operatorId: 1 });
    if (!r.ok) throw new Error(r.error.message);
    console.log(
      `${`${m} ${JSON.stringify(input)}`.padEnd(42)} ${(performance.now() - t).toFixed(1).padStart(8)} ms`,
    );
  };
  await call('overview.get', {});
  await call('audit.list', { limit: 100 });
  await call('households.stats', {});
  await call('buildings.board', { buildingId: 1 });
  await call('buildings.board', {});
  for (const q of ['王', '王建', '13812', '1234', '5-302', '12栋101']) {
    await call('residents.search', { q, limit: 500 });
  }
  await call('households.export', { buildingId: 1 });
  await call('audit.list', { area: 'compound', limit: 100 });
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
