import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  integrityChecked,
  integrityOf,
  markerPath,
  rememberCleanClose,
  unchangedSinceCleanClose,
} from '../../db/integrity';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { dispatch } from '../../electron/api/router';
import { writeDemo } from '../../electron/demo/demo';
import { FIXED_NOW, tempDir } from './helpers';

const refusal = (open: () => unknown): string | null => {
  try {
    open();
    return null;
  } catch (e) {
    return e instanceof DatabaseOpenError ? e.reason : String(e);
  }
};
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** A post with the demo registry and one operator, closed cleanly. */
async function closedPost(): Promise<string> {
  const path = join(tempDir(), 'gatepost.db');
  const db = openDatabase(path);
  const op = await dispatch(
    db,
    'team.save',
    { name: '林晓梅', role: 'community_cadre', canOperate: true },
    host(path),
  );
  if (!op.ok) throw new Error(op.error.message);
  writeDemo(db, { now: FIXED_NOW });
  db.$client.close();
  return path;
}

const host = (path: string) => ({ now: () => FIXED_NOW, paths: { db: path } });
const addSource = (db: ReturnType<typeof openDatabase>, path: string) =>
  dispatch(
    db,
    'households.addSource',
    { householdId: 1, method: 'door_visit', day: '2026-11-28', note: '', verify: true },
    host(path),
    { operatorId: 1 },
  );

/** Garbage over the first bytes of an index's root page: the header still reads, quick_check fails. */
function damageIndex(path: string): void {
  const raw = new Database(path, { readonly: true });
  const page = raw
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'residents_name_idx'")
    .pluck()
    .get() as number;
  const size = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, (page - 1) * size);
  closeSync(fd);
}

describe('the integrity check off the start path (issue 11)', () => {
  it('a file as this app left it opens at once; writes wait for the background check, then go', async () => {
    const path = await closedPost();
    expect(existsSync(markerPath(path))).toBe(true);
    const db = openDatabase(path);
    // Opened without the check: it runs now, and the marker is gone until the next clean close.
    expect(integrityOf(db.$client).state).toBe('checking');
    expect(existsSync(markerPath(path))).toBe(false);
    const order: string[] = [];
    const checked = integrityChecked(db.$client).then((i) => order.push(`checked ${i.state}`));
    // A read answers meanwhile; a write is held until the check has passed.
    const read = await dispatch(db, 'overview.get', {}, host(path));
    expect(read.ok).toBe(true);
    const wrote = await addSource(db, path);
    order.push(`answered ${wrote.ok}`);
    await checked;
    expect(order).toEqual(['checked passed', 'answered true']);
    db.$client.close();
    expect(existsSync(markerPath(path))).toBe(true);
  });

  it('a copy of a cleanly closed file, marker and all, is another file: checked at open', async () => {
    const path = await closedPost();
    const copy = join(tempDir(), 'copy.db');
    copyFileSync(path, copy);
    copyFileSync(markerPath(path), markerPath(copy));
    expect(unchangedSinceCleanClose(copy)).toBeNull();
    const db = openDatabase(copy);
    expect(integrityOf(db.$client).state).toBe('passed');
    db.$client.close();
  });

  it('damage found by the background check stops every write, says why, and the next start refuses the file', async () => {
    const path = await closedPost();
    damageIndex(path);
    // Damage that left the file's size and times as they were (a bad disk sector) passes the marker.
    const { version } = JSON.parse(readFileSync(markerPath(path), 'utf8')) as { version: number };
    rememberCleanClose(path, version);
    const db = openDatabase(path);
    expect(integrityOf(db.$client).state).toBe('checking');
    const before = db.$client.prepare('SELECT count(*) AS n FROM household_sources').pluck().get();
    const refused = await addSource(db, path);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { code: 'db_damaged' } } });
    expect(integrityOf(db.$client).state).toBe('failed');
    if (!refused.ok) expect(refused.error.reason?.params?.detail).toMatch(/^(?!\*\*\*).+/);
    expect(db.$client.prepare('SELECT count(*) AS n FROM household_sources').pluck().get()).toBe(before);
    db.$client.close();
    // A failed check leaves no marker: the next open checks first and refuses the file untouched.
    expect(existsSync(markerPath(path))).toBe(false);
    const hash = sha(path);
    expect(refusal(() => openDatabase(path))).toBe('corrupt');
    expect(sha(path)).toBe(hash);
  });

  it('a file changed since its clean close is checked first, as before: damage refused untouched', async () => {
    const path = await closedPost();
    damageIndex(path);
    expect(unchangedSinceCleanClose(path)).toBeNull();
    const hash = sha(path);
    expect(() => openDatabase(path)).toThrow(/完整性检查未通过/);
    expect(sha(path)).toBe(hash);
  });

  it('a last close that was not clean (a WAL with content beside the file) is checked first', async () => {
    const path = await closedPost();
    expect(unchangedSinceCleanClose(path)).not.toBeNull();
    const other = new Database(path);
    other.pragma('wal_autocheckpoint = 0');
    other.exec("UPDATE households SET notes = 'x' WHERE id = 1");
    expect(unchangedSinceCleanClose(path)).toBeNull();
    other.close();
  });
});
