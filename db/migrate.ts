/**
 * Migrations, forward only: the pending ones of drizzle-kit's folder, applied in ONE immediate
 * transaction together with the record of each in `__drizzle_migrations`, the application id and
 * the schema version (`user_version`). A crash or a failing statement leaves the file exactly as it
 * was: never a schema changed but a version not, or the other way round. Drizzle's own migrator
 * sets neither id nor version, so the two would be two transactions apart.
 */

import type * as Crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type Journal, readJournal } from './journal';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Apply what is pending; answers how many migrations ran. */
export function runMigrations(
  sqlite: Database.Database,
  migrationsFolder: string,
  applicationId: number,
  journal: Journal = readJournal(migrationsFolder),
): number {
  if (upToDate(sqlite, journal, applicationId)) return 0;
  const migrations = readMigrations(migrationsFolder, journal);
  // A table rebuilt to change its constraints (SQLite's 12-step procedure) needs its foreign keys off
  // while the old table is dropped under its children; inside a transaction the pragma is a no-op,
  // so it is set around it, and the keys the rebuild could break are checked before the commit.
  const keysWere = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  const keysOff = keysWere && pendingOf(sqlite, migrations).some(turnsKeysOff);
  const apply = sqlite.transaction(() => {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    const pending = pendingOf(sqlite, migrations);
    const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
    for (const m of pending) {
      for (const statement of m.sql) if (statement.trim()) sqlite.exec(statement);
      record.run(m.hash, m.folderMillis);
    }
    const broken = keysOff ? brokenKeys(sqlite, pending) : [];
    const first = broken[0];
    if (first)
      throw new Error(
        `升级未完成，数据未改动：${broken.length} 条记录指向不存在的数据（首条在 ${first.table}，指向 ${first.parent}）`,
      );
    if (sqlite.pragma('application_id', { simple: true }) !== applicationId)
      sqlite.pragma(`application_id = ${applicationId}`);
    if (sqlite.pragma('user_version', { simple: true }) !== migrations.length)
      sqlite.pragma(`user_version = ${migrations.length}`);
    return pending.length;
  });
  if (keysOff) sqlite.pragma('foreign_keys = OFF');
  try {
    return apply.immediate();
  } finally {
    if (keysOff) sqlite.pragma('foreign_keys = ON');
  }
}

/** When the last migration applied was dated (drizzle's record), or null: none yet. */
function lastApplied(sqlite: Database.Database): number | null {
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = '${MIGRATIONS_TABLE}'`).get();
  if (!hasTable) return null;
  const last = sqlite
    .prepare(`SELECT created_at AS at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`)
    .get() as { at: number | string } | undefined;
  return last === undefined ? null : Number(last.at);
}

/** As drizzle decides: a migration runs when it is dated after the last one applied. */
function pendingOf(sqlite: Database.Database, migrations: Migration[]): Migration[] {
  const last = lastApplied(sqlite);
  return migrations.filter((m) => last === null || last < m.folderMillis);
}

/** A migration that says `PRAGMA foreign_keys=OFF` (drizzle-kit writes it before a table rebuild). */
const turnsKeysOff = (m: Migration): boolean =>
  m.sql.some((statement) => /^\s*PRAGMA\s+foreign_keys\s*=\s*(OFF|0|false|no)\b/im.test(statement));

/**
 * The keys a rebuild can break: those of the tables the migrations with their keys off drop or
 * rename into place, and of every table that points at one of them. Not the whole file: a
 * district's millions of rows elsewhere are not read for it.
 */
function brokenKeys(sqlite: Database.Database, pending: Migration[]): { table: string; parent: string }[] {
  const rebuilt = new Set<string>();
  for (const m of pending.filter(turnsKeysOff))
    for (const statement of m.sql)
      for (const [, name] of statement.matchAll(/\b(?:DROP\s+TABLE|RENAME\s+TO)\s+[`"]?(\w+)/gi))
        if (name) rebuilt.add(name);
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const parents = (t: string) =>
    (sqlite.pragma(`foreign_key_list("${t}")`) as { table: string }[]).map((k) => k.table);
  return tables
    .filter((t) => rebuilt.has(t) || parents(t).some((p) => rebuilt.has(p)))
    .flatMap((t) => sqlite.pragma(`foreign_key_check("${t}")`) as { table: string; parent: string }[]);
}

export type Migration = { sql: string[]; folderMillis: number; hash: string };

/**
 * Each migration of the journal: its statements, its date, the SHA-256 of its file. What drizzle's
 * `readMigrationFiles` answers (a test compares them), without importing drizzle's migrator, whose
 * node:crypto would load on every start (issue 11); it is loaded here, when something is to migrate.
 */
export function readMigrations(migrationsFolder: string, journal: Journal): Migration[] {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return journal.entries.map((entry) => {
    const path = join(migrationsFolder, `${entry.tag}.sql`);
    let query: string;
    try {
      query = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`No file ${path} found in ${migrationsFolder} folder`);
    }
    return {
      sql: query.split('--> statement-breakpoint'),
      folderMillis: entry.when,
      hash: createHash('sha256').update(query).digest('hex'),
    };
  });
}

/**
 * Nothing to do: the last migration applied is the journal's last, and the id and version are set.
 * Read from the journal alone, without reading and hashing every migration's SQL (a start's cost).
 */
function upToDate(sqlite: Database.Database, journal: Journal, applicationId: number): boolean {
  const lastKnown = journal.entries.at(-1);
  if (!lastKnown) return false;
  if (sqlite.pragma('application_id', { simple: true }) !== applicationId) return false;
  if (sqlite.pragma('user_version', { simple: true }) !== journal.entries.length) return false;
  return lastApplied(sqlite) === lastKnown.when;
}
