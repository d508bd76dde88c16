import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, findMigrationsFolder, openDatabase, readJournal } from '../../db/open';
import { fixture, lastJson, runTs } from './children';
import { api, count, FIXED_NOW, tempDir } from './helpers';

function refusal(fn: () => unknown): DatabaseOpenError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatabaseOpenError) return e;
    throw e;
  }
  throw new Error('expected the database to be refused');
}

const list = (dir: string) => readdirSync(dir).sort();

describe('database files', () => {
  it('refuses a path in a folder that does not exist, unless asked for a new database', () => {
    const dir = tempDir();
    const path = join(dir, 'usb', 'post', 'gatepost.db');
    const e = refusal(() => openDatabase(path));
    expect(e.reason).toBe('missing');
    expect(e.message).toContain('不存在');
    expect(list(dir)).toEqual([]);
    // A path the user typed may also be refused when only the file is missing (a typo).
    mkdirSync(join(dir, 'usb'));
    expect(refusal(() => openDatabase(join(dir, 'usb', 'gatepst.db'), { ifMissing: 'refuse' })).reason).toBe(
      'missing',
    );
    expect(list(join(dir, 'usb'))).toEqual([]);
    const db = openDatabase(path, { ifMissing: 'folders' });
    expect(count(db, 'compound')).toBe(1);
    db.$client.close();
  });

  it('says a read-only file is read-only, not corrupt, and leaves nothing beside it', async () => {
    const dir = tempDir();
    const path = join(dir, 'gatepost.db');
    openDatabase(path).$client.close();
    chmodSync(path, 0o444);
    const before = list(dir);
    let result: { ok: boolean; reason?: string; message?: string };
    if (process.getuid?.() === 0) {
      // Root writes anything: try as an ordinary user, who may read but not write the file or folder.
      chmodSync(dir, 0o755);
      result = lastJson(await runTs(fixture('try-open.ts'), [path], { uid: 65534, gid: 65534 }));
    } else {
      chmodSync(dir, 0o555);
      try {
        openDatabase(path);
        result = { ok: true };
      } catch (e) {
        result = { ok: false, reason: (e as DatabaseOpenError).reason, message: (e as Error).message };
      } finally {
        chmodSync(dir, 0o755);
      }
    }
    expect(result).toMatchObject({ ok: false, reason: 'readonly' });
    expect(result.message).toContain('只读');
    expect(result.message).not.toContain('损坏');
    expect(list(dir)).toEqual(before);
  }, 60_000);

  it('words a database from a newer version without contradicting itself', () => {
    const path = join(tempDir(), 'future.db');
    openDatabase(path).$client.close();
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('abc', 9_999_999_999_999);
    raw.close();
    const known = readJournal(findMigrationsFolder()).entries.length;
    const e = refusal(() => openDatabase(path));
    expect(e.reason).toBe('future');
    // Not "version 6, this program supports up to 6".
    expect(e.message).not.toMatch(/结构版本 (\d+)，本程序(最高)?支持到 \1）/);
    expect(e.message).toContain('1 项本程序不认识的结构更新');
    expect(e.message).toContain(`最高支持到结构版本 ${known}`);
  });

  it('leaves no -wal or -shm file beside a refused WAL database', () => {
    const dir = tempDir();
    const path = join(dir, 'future.db');
    openDatabase(path).$client.close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    const before = list(dir);
    // The clean close's marker (db/integrity.ts), stale since the file was changed: it stays as it was.
    expect(before).toEqual(['future.db', 'future.db.checked']);
    expect(refusal(() => openDatabase(path)).reason).toBe('future');
    expect(list(dir)).toEqual(before);
  });

  it('answers DISK_FULL with advice when the disk fills up, and writes nothing of that call', async () => {
    const dir = tempDir();
    const path = join(dir, 'gatepost.db');
    const db = openDatabase(path);
    const host = { now: () => FIXED_NOW, paths: { db: path } };
    const op = await api(db, host)('team.save', {
      name: '林晓梅',
      role: 'community_cadre',
      canOperate: true,
    });
    if (!op.ok) throw new Error(op.error.message);
    const call = api(db, host, op.value.id);
    // The file may not grow past its current size: SQLite answers SQLITE_FULL as on a full disk.
    const pages = db.$client.pragma('page_count', { simple: true }) as number;
    db.$client.pragma(`max_page_count = ${pages}`);
    let full = null;
    for (let i = 0; i < 200 && !full; i++) {
      const before = count(db, 'buildings');
      const r = await call('buildings.add', {
        name: `${i}号楼`,
        floors: 30,
        unitsCount: 4,
        roomsPerFloor: 8,
      });
      if (!r.ok) {
        full = r.error;
        expect(count(db, 'buildings')).toBe(before);
      }
    }
    expect(full).toMatchObject({ code: 'DISK_FULL' });
    expect(full?.message).toContain('磁盘已满');
    expect(full?.message).toContain('腾出空间');
    db.$client.close();
  });
});
