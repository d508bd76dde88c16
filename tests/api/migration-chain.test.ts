import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findMigrationsFolder, openDatabase, readJournal } from '../../db/open';
import { olderRelease, tempDir } from './helpers';

const FOLDER = findMigrationsFolder();
const JOURNAL = readJournal(FOLDER);

/**
 * Tables a later migration moved into another: 0006 made operators and staff one list of people
 * (team_members; the fill gives each staff row the name of an operator, so they merge one to one) and
 * renamed staff_unavailable; 0011 moved attendance into append-only events. Their rows are counted where they went.
 */
const MOVED: Record<string, string> = {
  operators: 'team_members',
  staff: 'team_members',
  staff_unavailable: 'member_unavailable',
  // 0011 made attendance events: each old row one event or two.
  attendance: 'attendance_events',
};

/**
 * Tables derived from others and kept by triggers (0013's building_counts, 0026's birth months): the fill leaves them to
 * their triggers, as the app does (a row of its own would collide with the one a trigger made).
 */
const DERIVED = new Set(['building_counts', 'stock_issue_days', 'resident_birth_months']);

type Column = { name: string; type: string; notnull: number; dflt_value: unknown; pk: number };
type ForeignKey = { table: string; from: string; to: string | null };

const userTables = (db: Database.Database): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '__drizzle_migrations' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);

/** The key of the parent's row number i: an integer rowid, or the text key the filler gave it. */
function parentKey(db: Database.Database, fk: ForeignKey, i: number): unknown {
  const cols = db.pragma(`table_info("${fk.table}")`) as Column[];
  const col = cols.find((c) => (fk.to ? c.name === fk.to : c.pk === 1));
  return col && /TEXT/i.test(col.type) ? `${fk.table}-${i}` : i + 1;
}

/**
 * Put rows in every table of a database at any release, whatever its schema: parents before
 * children, a foreign key pointing at the parent's row of the same number, a value of the column's type in every
 * column. Returns the count of each table.
 */
function fillEveryTable(db: Database.Database, rowsEach = 3): Record<string, number> {
  const tables = userTables(db);
  const fks = new Map(tables.map((t) => [t, db.pragma(`foreign_key_list("${t}")`) as ForeignKey[]]));
  const done = new Set<string>();
  const order: string[] = [];
  /** Per table, the nullable foreign keys left empty to break a cycle. */
  const cut = new Map<string, Set<string>>();
  while (order.length < tables.length) {
    const waiting = (t: string) =>
      (fks.get(t) ?? []).filter((fk) => fk.table !== t && !done.has(fk.table) && !cut.get(t)?.has(fk.from));
    let ready = tables.filter((t) => !done.has(t) && waiting(t).length === 0);
    if (ready.length === 0) {
      // A cycle (a distribution line names its latest delivery, a delivery its line): the table whose
      // remaining keys are all nullable goes first with those keys left empty.
      const breakable = tables.find((t) => {
        if (done.has(t)) return false;
        const cols = db.pragma(`table_info("${t}")`) as Column[];
        return waiting(t).every((fk) => cols.find((c) => c.name === fk.from)?.notnull === 0);
      });
      if (!breakable) throw new Error('foreign keys form a cycle');
      cut.set(breakable, new Set(waiting(breakable).map((fk) => fk.from)));
      ready = [breakable];
    }
    for (const t of ready) {
      done.add(t);
      order.push(t);
    }
  }
  for (const t of order) {
    if (DERIVED.has(t)) continue;
    const cols = db.pragma(`table_info("${t}")`) as Column[];
    const refs = new Map((fks.get(t) ?? []).map((fk) => [fk.from, fk]));
    for (let i = 0; i < rowsEach; i++) {
      const names: string[] = [];
      const values: unknown[] = [];
      for (const c of cols) {
        if (c.pk === 1 && /INT/i.test(c.type)) continue; // rowid
        const parent = refs.get(c.name);
        names.push(`"${c.name}"`);
        if (parent)
          values.push(parent.table === t || cut.get(t)?.has(c.name) ? null : parentKey(db, parent, i));
        else if (/INT|REAL|NUM/i.test(c.type)) values.push(i + 1);
        else values.push(c.pk ? `${t}-${i}` : `${c.name}-${i}`);
      }
      const marks = names.map(() => '?').join(', ');
      db.prepare(`INSERT INTO "${t}" (${names.join(', ')}) VALUES (${marks})`).run(...values);
    }
  }
  return Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
  );
}

describe('migrations as a discipline', () => {
  it('the journal is in order: indexes, tags and times all rise, and every file is there', () => {
    const entries = JOURNAL.entries;
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      // drizzle applies a migration only when its time is later than the last applied one's:
      // a migration dated earlier than its predecessor would be skipped on every upgraded file.
      if (i > 0) expect(e.when).toBeGreaterThan(entries[i - 1]?.when ?? 0);
      expect(e.tag.startsWith(String(i).padStart(4, '0'))).toBe(true);
      expect(existsSync(join(FOLDER, `${e.tag}.sql`))).toBe(true);
      expect(existsSync(join(FOLDER, 'meta', `${String(i).padStart(4, '0')}_snapshot.json`))).toBe(true);
    });
    const sqlFiles = readdirSync(FOLDER).filter((f) => f.endsWith('.sql'));
    expect(sqlFiles.sort()).toEqual(entries.map((e) => `${e.tag}.sql`).sort());
  });

  it.each(JOURNAL.entries.slice(0, -1).map((_, i) => i + 1))(
    'a database of release %i, with rows in every table, upgrades to this one with nothing lost',
    (n) => {
      const path = join(tempDir(), `release-${n}.db`);
      const old = openDatabase(path, { migrationsFolder: olderRelease(n) });
      expect(old.$client.pragma('user_version', { simple: true })).toBe(n);
      old.$client.pragma('foreign_keys = ON');
      const before = fillEveryTable(old.$client);
      old.$client.close();

      const db = openDatabase(path);
      const sqlite = db.$client;
      expect(sqlite.pragma('user_version', { simple: true })).toBe(JOURNAL.entries.length);
      for (const [table, rows] of Object.entries(before)) {
        const where = MOVED[table] ?? table;
        const now = (sqlite.prepare(`SELECT count(*) AS n FROM "${where}"`).get() as { n: number }).n;
        expect(now, table).toBeGreaterThanOrEqual(rows);
      }
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      sqlite.close();
    },
  );

  it('a migration that fails changes nothing: schema, record and version move together or not at all', () => {
    const dir = join(tempDir(), 'migrations');
    cpSync(FOLDER, dir, { recursive: true });
    const journalPath = join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
      entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[];
    };
    const last = journal.entries.at(-1);
    if (!last) throw new Error('empty journal');
    const idx = journal.entries.length;
    const tag = `${String(idx).padStart(4, '0')}_broken`;
    journal.entries.push({ ...last, idx, when: last.when + 1000, tag });
    writeFileSync(journalPath, JSON.stringify(journal));
    // A first statement that would work, then one that fails.
    writeFileSync(
      join(dir, `${tag}.sql`),
      'CREATE TABLE half_done (x integer);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN y integer;',
    );
    const path = join(tempDir(), 'post.db');
    const db = openDatabase(path);
    db.$client.exec("INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2)");
    db.$client.close();

    expect(() => openDatabase(path, { migrationsFolder: dir })).toThrow(/no_such_table/);
    const after = openDatabase(path);
    const sqlite = after.$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBe(JOURNAL.entries.length);
    expect(sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({
      n: JOURNAL.entries.length,
    });
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM buildings').get()).toEqual({ n: 1 });
    sqlite.close();
  });
});
