import { describe, expect, it } from 'vitest';
import type { openDatabase } from '../../db/open';
import { api, FIXED_NOW } from './helpers';
import { importSheet } from './import-call';
import { registry } from './import-fixtures';
import { residentRows } from './sheet-gen';
import { workbook } from './xlsx-build';

/** What the planner knows of the residents' indexes: sqlite_stat1's first figure, the rows counted. */
const residentStats = (db: ReturnType<typeof openDatabase>) =>
  db.$client.prepare("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'residents' ORDER BY idx").all() as {
    idx: string;
    stat: string;
  }[];

describe('the planner’s statistics (issue 11)', () => {
  it('are refreshed at the end of a large import, on the worker’s connection', async () => {
    const { db, path } = await registry(4);
    const before = residentStats(db);
    expect(before.every((s) => Number(s.stat.split(' ')[0] ?? 0) === 0)).toBe(true);
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const sheet = workbook(residentRows(2000, 4)).toString('base64');
    const done = await importSheet(call, { fileName: '名单.xlsx', dataBase64: sheet, commit: true });
    expect(done).toMatchObject({ ok: true, value: { committed: true } });
    const after = residentStats(db);
    expect(after.map((s) => s.idx)).toContain('residents_household_idx');
    const household = after.find((s) => s.idx === 'residents_household_idx');
    expect(Number(household?.stat.split(' ')[0])).toBe(2000);
  });
});
