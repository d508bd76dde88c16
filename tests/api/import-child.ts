/**
 * Run in a child process by the import tests (not a test file itself): import one sheet file into
 * a database file through the real router as the import panel does — households.importPreview, then
 * (commit 1) households.importCommit of the previewed sheet by its hash — and print what it took as
 * one JSON line (each step's time and the phases it reported, the peak memory of the whole run).
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
let phases = new Set<string>();
const watch = setInterval(() => {
  const p = readProgress('child-job');
  const line = p ? `progress ${p.phase} ${p.done} ${p.total}` : '';
  if (p && !p.finished) phases.add(p.phase);
  if (line && line !== last) console.log(line);
  last = line;
}, 5);
const meta = { operatorId: 1, jobId: 'child-job' };
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
let result = await dispatch(
  db,
  'households.importPreview',
  { fileName: basename(sheetPath), dataBase64: data },
  host,
  meta,
);
const previewMs = performance.now() - t0;
const previewPhases = [...phases];
phases = new Set();
let commitMs = 0;
if (result.ok && commit === '1') {
  const t1 = performance.now();
  const { sheetHash } = result.value as { sheetHash: string };
  result = await dispatch(
    db,
    'households.importCommit',
    { sheetHash, skipInvalid: skip === '1' },
    host,
    meta,
  );
  commitMs = performance.now() - t1;
}
const ms = performance.now() - t0;
clearInterval(watch);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `result ${JSON.stringify({
    ok: result.ok,
    value: result.ok ? result.value : undefined,
    error: result.ok ? undefined : result.error,
    ms,
    previewMs,
    commitMs,
    previewPhases,
    commitPhases: [...phases],
    rssBefore,
    peakRss,
    growthMb: (peakRss - rssBefore) / 1024 / 1024,
  })}`,
);
db.$client.close();
