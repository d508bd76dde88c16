/**
 * Run in a child process by the import tests (not a test file itself): import one sheet file into
 * a database file through the real router, then print what it took as one JSON line.
 *   tsx tests/api/import-child.ts <db> <sheet> <commit 0|1> [skipInvalid 0|1]
 * Progress goes to stdout as "progress <phase> <done> <total>" lines, so a parent can kill it mid-write.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openDatabase } from '../../db/open';
import { readProgress } from '../../electron/api/jobs/store';
import { dispatch } from '../../electron/api/router';

const [dbPath, sheetPath, commit, skip] = process.argv.slice(2);
if (!dbPath || !sheetPath) throw new Error('usage: import-child.ts <db> <sheet> <commit> [skip]');
const db = openDatabase(dbPath, { skipIntegrityCheck: true });
const data = readFileSync(sheetPath).toString('base64');
const host = { now: () => new Date('2026-11-28T02:00:00.000Z'), paths: { db: dbPath } };
let last = '';
const watch = setInterval(() => {
  const p = readProgress('child-job');
  const line = p ? `progress ${p.phase} ${p.done} ${p.total}` : '';
  if (line && line !== last) console.log(line);
  last = line;
}, 5);
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const result = await dispatch(
  db,
  'households.import',
  { fileName: basename(sheetPath), dataBase64: data, commit: commit === '1', skipInvalid: skip === '1' },
  host,
  { operatorId: 1, jobId: 'child-job' },
);
const ms = performance.now() - t0;
clearInterval(watch);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `result ${JSON.stringify({
    ok: result.ok,
    value: result.ok ? result.value : undefined,
    error: result.ok ? undefined : result.error,
    ms,
    rssBefore,
    peakRss,
    growthMb: (peakRss - rssBefore) / 1024 / 1024,
  })}`,
);
db.$client.close();
