/**
 * A bulk import's secondary indexes, built once instead of row by row. Each resident written updates a
 * dozen indexes (search, birth, away, needs), each insert a step into a B-tree at a random place;
 * building an index from the finished table sorts it once, several times cheaper. So when an import
 * writes at least as many residents as the registry holds (a new post loading the district's list),
 * the worker drops the residents' secondary indexes inside its write transaction and creates them
 * again, from their own stored SQL, before it commits. Nothing else can see the difference: the
 * transaction holds the write lock (no other writer runs meanwhile), readers on other connections keep
 * reading their snapshot with the indexes, and a failure rolls the drop back with everything else.
 *
 * Kept while the import writes: the unique ID-number index (a constraint), the household index (the
 * import's own vacate reads it), every index of another table.
 */
import type Database from 'better-sqlite3';

/** Below this many rows an import writes through the indexes as any write does. */
export const BULK_MIN_ROWS = 10_000;
const KEPT = new Set(['residents_household_idx', 'residents_id_number_uq']);

/**
 * Drop the residents' secondary indexes when `rows` residents are about to be written and that is at
 * least as many as the registry holds; returns what creates them again (a no-op otherwise).
 */
export function deferResidentIndexes(sqlite: Database.Database, rows: number): () => void {
  if (rows < BULK_MIN_ROWS) return () => undefined;
  const held = (sqlite.prepare('SELECT count(*) AS n FROM residents').get() as { n: number }).n;
  if (rows < held) return () => undefined;
  const indexes = (
    sqlite
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'residents' AND sql IS NOT NULL ORDER BY name",
      )
      .all() as { name: string; sql: string }[]
  ).filter((i) => !KEPT.has(i.name) && !/^\s*CREATE\s+UNIQUE/i.test(i.sql));
  for (const i of indexes) sqlite.exec(`DROP INDEX "${i.name}"`);
  return () => {
    for (const i of indexes) sqlite.exec(i.sql);
  };
}
