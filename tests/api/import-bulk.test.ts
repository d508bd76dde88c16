/**
 * Issue 11: the import at district scale writes the same registry, faster. A bulk import (at least as
 * many residents as the registry holds) builds the residents' secondary indexes once instead of row by
 * row (import-bulk.ts), rows are checked as they are read (RowParser), and a commit that has to plan
 * again starts from the rows as checked. Each keeps the outcome: the same indexes afterwards, counters
 * equal to a rebuild, search answering, the same candidates.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countedFromTables, storedCounts } from '../../db/counts';
import type { HostContext } from '../../electron/api/context';
import { BULK_MIN_ROWS, deferResidentIndexes } from '../../electron/api/households/import-bulk';
import { parseRows, RowParser } from '../../electron/api/households/import-rows';
import { readSheet } from '../../electron/api/households/sheet-reader';
import { api, count, FIXED_NOW, freshDb } from './helpers';
import { importSheet } from './import-call';
import { chineseName, registry, residentRows } from './import-fixtures';
import { id, sheet } from './sheets';
import { workbook } from './xlsx-build';

const indexes = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
    )
    .all();

describe('the import at district scale', () => {
  it('drops the residents’ secondary indexes only for a bulk write, and creates the same ones again', () => {
    const { db } = freshDb();
    const sqlite = db.$client;
    const before = indexes(sqlite);
    // Every connection that writes keeps its temporary files (the triggers' statement journal) in memory.
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2);
    sqlite.transaction(() => {
      deferResidentIndexes(sqlite, BULK_MIN_ROWS - 1)();
      expect(indexes(sqlite)).toEqual(before);
      const restore = deferResidentIndexes(sqlite, BULK_MIN_ROWS);
      const during = (indexes(sqlite) as { name: string }[]).map((i) => i.name);
      expect(during).toContain('residents_household_idx');
      expect(during).toContain('residents_id_number_uq');
      expect(during).not.toContain('residents_name_from2_idx');
      expect(during).not.toContain('residents_birth_idx');
      restore();
      expect(indexes(sqlite)).toEqual(before);
    })();
    db.$client.close();
  });

  it('imports 12,000 residents in bulk through the worker: the same indexes, counters equal to a rebuild, search answering', async () => {
    const { db, path } = await registry(10);
    const before = indexes(db.$client);
    const host: HostContext = { now: () => FIXED_NOW, paths: { db: path } };
    const data = workbook(residentRows(12_000, 10)).toString('base64');
    const r = await importSheet(api(db, host, 1), { fileName: 'bulk.xlsx', dataBase64: data, commit: true });
    expect(r).toMatchObject({ ok: true, value: { committed: true, residents: { new: 12_000 } } });
    expect(count(db, 'residents')).toBe(12_000);
    expect(indexes(db.$client)).toEqual(before);
    expect(storedCounts(db.$client)).toEqual(countedFromTables(db.$client));
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    // The rebuilt search index answers: a name from its second character, checked against a scan.
    const name = chineseName(7);
    const found = await api(db, host, 1)('residents.search', { q: name.slice(1), limit: 2000 });
    const scan = (
      db.$client
        .prepare('SELECT count(*) AS n FROM residents WHERE name LIKE ?')
        .get(`%${name.slice(1)}%`) as {
        n: number;
      }
    ).n;
    expect(scan).toBeGreaterThan(0);
    expect(found).toMatchObject({ ok: true, value: { total: scan } });
    db.$client.close();
  }, 180_000);

  it('checks rows as they are read: the same candidates and issues as checking the rows kept', async () => {
    const rows = residentRows(300, 3);
    rows[5] = ['1栋', '1单元', '101', '', '男', '1234', '', ''];
    rows[9] = ['1栋', '1单元', '101', '张三', '女', id('1985-03-12', '123'), 'x', '户主'];
    const buf = workbook(rows);
    const kept = await readSheet('a.xlsx', buf);
    let parser: RowParser | null = null;
    const streamed = await readSheet('a.xlsx', buf, undefined, {}, (h) => {
      const p = new RowParser(h.row, h.cells, '2026-11-28');
      parser = p;
      return (row) => p.push(row);
    });
    expect(streamed.rows).toEqual([]);
    expect(streamed.lastRow).toBe(kept.lastRow);
    const a = parseRows(kept, '2026-11-28');
    const b = (parser as RowParser | null)?.finish();
    expect(b).toEqual(a);
    expect(a.candidates).toHaveLength(298);
    expect(a.issues.length).toBeGreaterThan(0);
  });

  it('a commit that finds the registry changed after its plan plans again from the rows as checked', async () => {
    const { db, path } = await registry(1);
    // Between the plan and the writes (the backup's moment) someone records 王建华 in 1栋 1单元 101.
    const host: HostContext = {
      now: () => FIXED_NOW,
      paths: { db: path },
      backup: async () => {
        db.$client
          .prepare(
            `INSERT INTO residents (household_id, name, updated_at) SELECT id, '王建华', ? FROM households
             WHERE unit = '1单元' AND room = '101'`,
          )
          .run(FIXED_NOW.toISOString());
      },
    };
    const data = await sheet([
      ['1栋', '1', '101', '王建华', '男', '', id('1985-03-12', '123'), '', '户主', ''],
      ['1栋', '1', '102', '李丽', '女', '', '', '', '户主', ''],
    ]);
    const r = await importSheet(api(db, host, 1), { fileName: 'a.xlsx', dataBase64: data, commit: true });
    // The new plan found him (an update, not a second 王建华) and placed both rows as the board names them.
    expect(r).toMatchObject({
      ok: true,
      value: { committed: true, residents: { new: 1, updated: 1 } },
    });
    const people = db.$client
      .prepare(
        'SELECT h.unit, h.room, r.name, r.id_number AS idNumber FROM residents r JOIN households h ON h.id = r.household_id ORDER BY r.name',
      )
      .all();
    expect(people).toEqual([
      { unit: '1单元', room: '102', name: '李丽', idNumber: null },
      { unit: '1单元', room: '101', name: '王建华', idNumber: id('1985-03-12', '123') },
    ]);
    db.$client.close();
  }, 60_000);
});
