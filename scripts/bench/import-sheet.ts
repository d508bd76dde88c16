// The registry sheet the import figure reads: every resident of a bench registry as a town's list
// has them (the template's columns, whole ID numbers, shared strings as Excel writes them), one row a
// resident. Written once per size with exceljs's streaming writer and kept in the bench's cache.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { LABELS_ZH as L } from '../../electron/api/shared/labels';

export const SHEET_HEADERS = [
  '楼栋',
  '单元',
  '房号',
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '联系电话',
  '与户主关系',
  '当前去向',
] as const;

const ROWS = `SELECT b.name, h.unit, h.room, r.name, r.gender, r.birth_date, r.id_number, r.phone, r.relation,
  r.presence FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
  ORDER BY b.sort_order, h.unit, h.room, r.id`;

async function write(sqlite: Database.Database, path: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('住户名单');
  ws.addRow([...SHEET_HEADERS]).commit();
  let n = 0;
  for (const r of sqlite.prepare(ROWS).raw().iterate() as IterableIterator<(string | null)[]>) {
    const [building, unit, room, name, gender, birth, id, phone, relation, presence] = r;
    ws.addRow([
      building,
      unit,
      room,
      name,
      gender ? L.gender[gender as keyof typeof L.gender] : '',
      // As the town's lists do: a birth date only for whoever has no ID number.
      id ? '' : (birth ?? ''),
      id ?? '',
      phone,
      relation,
      L.presence[presence as keyof typeof L.presence],
    ]).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}

/** The sheet of this registry (from the cache when it has one); its path. */
export async function registrySheet(
  sqlite: Database.Database,
  households: number,
  dir: string,
  cache?: string,
): Promise<string> {
  const name = `import-${households}.xlsx`;
  const path = join(dir, name);
  const cached = cache ? join(cache, name) : null;
  if (cached && existsSync(cached)) {
    copyFileSync(cached, path);
    return path;
  }
  const t = performance.now();
  const rows = await write(sqlite, path);
  console.log(`(wrote the ${rows}-row import sheet in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  if (cached) {
    mkdirSync(cache ?? '.', { recursive: true });
    copyFileSync(path, cached);
  }
  return path;
}
