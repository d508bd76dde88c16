/** Sheets and databases for the import's load, memory and crash tests. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/open';
import { dispatch } from '../../electron/api/router';
import { FIXED_NOW, freshDb, tempDir } from './helpers';

export { chineseName, HEADERS, hostileSheet, residentRows } from './sheet-gen';

/** A registry of `buildings` buildings of 2 units × 25 floors × 5 rooms (250 households each). */
export async function registry(buildings: number): Promise<{ db: Db; path: string }> {
  const { db, path, host } = freshDb();
  const op = await dispatch(
    db,
    'team.save',
    { name: '林晓梅', role: 'community_cadre', canOperate: true },
    host,
  );
  if (!op.ok) throw new Error(op.error.message);
  for (let b = 1; b <= buildings; b++) {
    const r = await dispatch(
      db,
      'buildings.add',
      { name: `${b}栋`, floors: 25, unitsCount: 2, roomsPerFloor: 5 },
      host,
      { operatorId: 1 },
    );
    if (!r.ok) throw new Error(r.error.message);
  }
  return { db, path };
}

export function writeSheet(buf: Buffer, name = 'sheet.xlsx'): string {
  const p = join(tempDir(), name);
  writeFileSync(p, buf);
  return p;
}

export type ChildResult = {
  ok: boolean;
  value?: { residents: { new: number }; committed: boolean; rows: number; invalidRows: number };
  error?: { code: string; message: string };
  ms: number;
  growthMb: number;
};

/** Import in a fresh Node process (tsx), so its peak memory is its own. */
export function importInChild(dbPath: string, sheetPath: string, commit: boolean): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./import-child.ts', import.meta.url)),
        dbPath,
        sheetPath,
        commit ? '1' : '0',
        '1',
      ],
      { env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('result '));
        if (!line) return reject(new Error(`child failed: ${err?.message ?? ''}\n${stderr}`));
        resolve(JSON.parse(line.slice('result '.length)) as ChildResult);
      },
    );
  });
}

export const now = FIXED_NOW;
