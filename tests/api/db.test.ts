import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ID,
  DatabaseOpenError,
  findMigrationsFolder,
  openDatabase,
  readJournal,
} from '../../db/open';
import { tempDir } from './helpers';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function refusal(fn: () => unknown): DatabaseOpenError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatabaseOpenError) return e;
    throw e;
  }
  throw new Error('expected the database to be refused');
}

describe('openDatabase', () => {
  it('creates, migrates and marks a fresh file, with the pragmas of a post', () => {
    const path = join(tempDir(), 'fresh.db');
    const db = openDatabase(path);
    const s = db.$client;
    expect(s.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(s.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(s.pragma('busy_timeout', { simple: true })).toBe(5000);
    // Reads go through a memory map of the file (a cold start's first counts: issue 11).
    expect(s.pragma('mmap_size', { simple: true })).toBe(1024 * 1024 * 1024);
    expect(s.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(s.pragma('user_version', { simple: true })).toBe(
      readJournal(findMigrationsFolder()).entries.length,
    );
    const tables = (
      s.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['compound', 'team_members', 'audit_log', 'households', 'residents']),
    );
    expect(s.prepare('SELECT id, fever_threshold FROM compound').all()).toEqual([
      { id: 1, fever_threshold: 37.3 },
    ]);
    // Foreign keys are enforced.
    expect(() =>
      s.prepare("INSERT INTO households (building_id, room, updated_at) VALUES (999, '101', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    s.close();
    // Opening again keeps the data and migrates nothing twice.
    const again = openDatabase(path);
    expect(again.$client.prepare('SELECT count(*) AS n FROM compound').get()).toEqual({ n: 1 });
    again.$client.close();
  });

  it('a file as this release left it at a clean close opens without a probe connection (issue 11)', () => {
    const path = join(tempDir(), 'marked.db');
    openDatabase(path).$client.close();
    expect(existsSync(`${path}.checked`)).toBe(true);
    // A foreign application id written into the header, and the marker made to vouch for the file as
    // it is now: the open trusts the marker (this release, this version, checked) and looks no further.
    const fd = openSync(path, 'r+');
    const id = Buffer.alloc(4);
    id.writeUInt32BE(0x12345678);
    writeSync(fd, id, 0, 4, 68);
    closeSync(fd);
    const stamp = () => {
      const st = statSync(path, { bigint: true });
      const version = readJournal(findMigrationsFolder()).entries.length;
      return {
        dev: String(st.dev),
        ino: String(st.ino),
        size: String(st.size),
        mtimeNs: String(st.mtimeNs),
        version,
      };
    };
    writeFileSync(`${path}.checked`, JSON.stringify(stamp()));
    const trusted = openDatabase(path);
    // The migrator puts this release's id back.
    expect(trusted.$client.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    trusted.$client.close();
    // Without the marker the probe looks at the header and refuses the same change, untouched.
    const fd2 = openSync(path, 'r+');
    writeSync(fd2, id, 0, 4, 68);
    closeSync(fd2);
    writeFileSync(`${path}.checked`, 'not a marker');
    expect(refusal(() => openDatabase(path)).reason).toBe('foreign');
  });

  it('refuses a database written by a newer version and leaves the file untouched', () => {
    const path = join(tempDir(), 'future.db');
    openDatabase(path).$client.close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const hash = sha(path);
    const mtime = statSync(path).mtimeMs;
    const e = refusal(() => openDatabase(path));
    expect(e.reason).toBe('future');
    expect(e.message).toContain('更新版本');
    expect(sha(path)).toBe(hash);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('refuses a database whose migration log has a migration this version does not know', () => {
    const path = join(tempDir(), 'future2.db');
    openDatabase(path).$client.close();
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('abc', 9_999_999_999_999);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const hash = sha(path);
    expect(refusal(() => openDatabase(path)).reason).toBe('future');
    expect(sha(path)).toBe(hash);
  });

  it('refuses a SQLite file that is not a Gatepost database, and a file that is not SQLite', () => {
    const path = join(tempDir(), 'other.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE notes (x TEXT)');
    raw.close();
    const hash = sha(path);
    expect(refusal(() => openDatabase(path)).reason).toBe('foreign');
    expect(sha(path)).toBe(hash);

    const junk = join(tempDir(), 'junk.db');
    writeFileSync(junk, 'this is not a database, just text that is long enough to have a header');
    const junkHash = sha(junk);
    expect(['corrupt', 'foreign']).toContain(refusal(() => openDatabase(junk)).reason);
    expect(sha(junk)).toBe(junkHash);
  });
});
