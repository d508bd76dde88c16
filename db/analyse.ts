import type Database from 'better-sqlite3';

/**
 * Let SQLite refresh the statistics its planner chooses indexes by (`PRAGMA optimize`), where they
 * are missing or stale: at open, and at the end of a large import (one call, `analyse(sqlite)`).
 * Without them the board's per-building counts took the wrong index (issue 11). `analysis_limit`
 * makes each ANALYZE look at a sample, so this costs milliseconds even on a large registry.
 */
export function analyse(sqlite: Database.Database, when: 'open' | 'after-writes' = 'after-writes'): void {
  sqlite.pragma('analysis_limit = 1000');
  // 0x10002 at open: every table is considered, not only those this connection has queried yet.
  sqlite.pragma(when === 'open' ? 'optimize = 0x10002' : 'optimize');
}
