import type Database from 'better-sqlite3';
import type { ReadDb } from './open';
import { keptStatement } from './statements';

/** What a write leaves on a connection, new rows or a new schema: read before and after a query. */
const WRITTEN =
  'SELECT total_changes() AS rows, (SELECT schema_version FROM pragma_schema_version) AS schema';

/**
 * Run `read` so that nothing it writes is kept: inside a savepoint that is always rolled back
 * (nested in a transaction or not), and a write it made — rows changed, or the schema — fails the
 * call. Synchronous, so nothing else runs on the connection meanwhile; the router wraps every
 * query in it; a query that reads after an `await` wraps that part itself. The reads inside see
 * one snapshot of the database.
 *
 * Not `PRAGMA query_only`: setting that flag expires every prepared statement of the connection,
 * so each query prepared all its statements again (issue 11); a savepoint costs nothing of it.
 */
export function withQueryOnly<T>(db: ReadDb, read: () => T): T {
  // The one place a read-only handle reaches for its connection: to undo what a query wrote.
  const client = db.$client as Database.Database;
  keptStatement(client, 'SAVEPOINT gatepost_query').run();
  let value: T;
  try {
    const before = keptStatement(client, WRITTEN).get() as { rows: number; schema: number };
    value = read();
    const after = keptStatement(client, WRITTEN).get() as { rows: number; schema: number };
    if (after.rows !== before.rows || after.schema !== before.schema)
      throw new Error('a query wrote to the database; its writes were rolled back');
  } catch (e) {
    try {
      undoQuery(client);
    } catch {
      // The query's own failure says more than the undo's.
    }
    throw e;
  }
  undoQuery(client);
  return value;
}

function undoQuery(client: Database.Database): void {
  // A failed write may have ended the transaction already (SQLITE_FULL, an I/O error).
  if (!client.inTransaction) return;
  keptStatement(client, 'ROLLBACK TO gatepost_query').run();
  keptStatement(client, 'RELEASE gatepost_query').run();
}
