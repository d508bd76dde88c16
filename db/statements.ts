import type Database from 'better-sqlite3';
import type { ReadDb } from './open';

/**
 * Prepared statements kept per connection, by their SQL text. A hot read (`residents.search`, the
 * router's look-up of the operator) builds the same few statement shapes again and again; preparing
 * one costs about as much as running it on an index, so it is prepared once per connection and
 * shape, and run with new parameters after that. SQLite prepares it again by itself when the schema
 * changes (a migration, a restore). The text must be a shape, parameters as `?`: never a value.
 */
const kept = new WeakMap<object, Map<string, Database.Statement>>();
/** More shapes than any caller makes: a safety bound, not a policy. */
const MAX_SHAPES = 256;

export function keptStatement(client: Database.Database, text: string): Database.Statement {
  let shapes = kept.get(client);
  if (!shapes) {
    shapes = new Map();
    kept.set(client, shapes);
  }
  let stmt = shapes.get(text);
  if (!stmt) {
    stmt = client.prepare(text);
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(text, stmt);
  }
  return stmt;
}

/**
 * A kept statement for a query (`ReadDb`): only one that cannot write is handed out — SQLite says
 * so (`stmt.readonly`) — so a query's handler keeps its read-only type while it skips the ORM.
 */
export function keptRead(db: ReadDb, text: string): Database.Statement {
  const stmt = keptStatement(db.$client as Database.Database, text);
  if (!stmt.readonly) throw new Error('a query may not prepare a statement that writes');
  return stmt;
}
