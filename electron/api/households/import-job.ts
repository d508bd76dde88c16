/**
 * One import step as the import worker runs it. A preview reads and checks the sheet and plans it on
 * a connection opened read-only (it cannot write), handing back the checked rows for the cache. A
 * commit takes those rows (or reads the file again when they were dropped), plans them against the
 * registry and, once the main thread has taken its backup, writes on this connection in ONE
 * transaction started IMMEDIATE, with the request's one audit row. The main connection keeps
 * answering reads from its WAL snapshot meanwhile.
 */
import { analyse } from '../../../db/analyse';
import { writeAudit } from '../audit-row';
import type { Ctx } from '../context';
import type { AuditStamp } from '../handler';
import type { JobPhase } from '../jobs/store';
import { type Connect, connect, type WireError } from '../jobs/worker-wire';
import { dayOf } from '../shared/dates';
import { ImportReport } from './contract';
import { deferResidentIndexes } from './import-bulk';
import { asBuffer, sheetHash, unpackRows } from './import-cache';
import { collectEvery, collectNow } from './import-gc';
import { importReason, refuseInvalid } from './import-outcome';
import { RowPacker } from './import-pack';
import {
  apply,
  type CommitChoices,
  type IdLookups,
  PREVIEW,
  type Prepared,
  plan,
  release,
  takenFields,
} from './import-plan';
import { type Candidate, RowParser } from './import-rows';
import { ImportWrites } from './import-writes';
import { readSheet } from './sheet-reader';

export type PreviewJob = Connect & {
  mode: 'preview';
  fileName: string;
  dataBase64: string;
  /** The request's clock when it started (the worker cannot call the host's clock). */
  nowIso: string;
};
export type CommitJob = Connect & {
  mode: 'commit';
  fileName: string;
  /** The checked rows kept from the preview, or (dropped, or checked on another day) the file. */
  source: { rows: Uint8Array } | { file: Uint8Array };
  choices: CommitChoices;
  nowIso: string;
  stamp: AuditStamp;
};
export type JobInput = PreviewJob | CommitJob;

/** A previewed sheet as the cache keeps it (import-cache.ts). */
export type SheetOut = { hash: string; day: string; rows: Uint8Array; file: Uint8Array };
export type JobOutput = { report: ImportReport; lookups: IdLookups; sheet?: SheetOut };

export type ToMain =
  | { type: 'progress'; phase: JobPhase; done: number; total: number }
  /** The plan is valid and nothing is written yet: the main thread takes its backup, then says go. */
  | { type: 'ready' }
  | { type: 'done'; out: JobOutput }
  | { type: 'error'; error: WireError };
export type ToWorker = { type: 'go'; nowIso: string };

type Progress = Ctx['progress'];

/**
 * The worker's page cache (negative: KiB). better-sqlite3's default is 16 MB, filled by a write of
 * 300,000 rows and held to the end (issue 11: the peak memory); the import reads the registry once,
 * in order, and appends, so a small cache costs it nothing measurable.
 */
export const IMPORT_CACHE_KB = -4000;

/**
 * Read and check a sheet's bytes. Only the checked rows outlive this step: the cells go to the
 * collector. `keep`, when given, takes each candidate as it is checked instead of the list.
 */
export async function checkSheet(
  fileName: string,
  bytes: Buffer,
  day: string,
  progress: Progress,
  keep?: (c: Candidate) => void,
) {
  // Each row is checked as it is read: only the candidates are kept, never the sheet's cells too.
  let parser: RowParser | null = null;
  const read = await readSheet(fileName, bytes, progress, {}, (header) => {
    const p = new RowParser(header.row, header.cells, day, keep);
    parser = p;
    return (row) => p.push(row);
  });
  progress('check');
  const parsed = (parser ?? new RowParser(read.headerRow, read.header, day, keep)).finish();
  return { sheet: read.sheet, parsed } satisfies Prepared;
}

/**
 * A sheet read, checked and packed, each row packed as it is checked (issue 11): the candidates are
 * never all objects at once, and only the pack (in shared memory) outlives this step.
 */
async function checkAndPack(fileName: string, file: Buffer, day: string, progress: Progress) {
  const packer = new RowPacker();
  const { sheet, parsed } = await checkSheet(fileName, file, day, progress, (c) => packer.push(c));
  return packer.finish(sheet, parsed);
}

export async function runPreview(input: PreviewJob, progress: Progress): Promise<JobOutput> {
  const file = Buffer.from(input.dataBase64, 'base64');
  // The request's base64 (a third bigger than the file) is not needed again: let it go.
  input.dataBase64 = '';
  const day = dayOf(new Date(input.nowIso));
  // Kept as checked, before the plan places the candidates (in place).
  const rows = await checkAndPack(input.fileName, file, day, progress);
  // The reader's candidates are garbage now: collect them before the plan makes its own.
  collectNow();
  // The plan reads the packed rows back (issue 11): one string a building, unit or relation instead of
  // the reader's copy in every row, so the candidates the reader made are garbage once packed.
  const prep = unpackRows(rows);
  const { sqlite, db } = connect(input, true);
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_KB}`);
  try {
    // One read snapshot on a connection SQLite opened read-only; apply gets no writer: nothing to write with.
    const p = sqlite.transaction(() => plan(db, prep, PREVIEW)).deferred();
    // Counted without a report of progress, so collected here: 300,000 rows' garbage otherwise grew the heap.
    const counted = collectEvery();
    apply(p, input.fileName, { now: () => new Date(input.nowIso), operator: null, counted }, null);
    return {
      report: p.report,
      lookups: p.lookups,
      sheet: { hash: sheetHash(file), day, rows, file },
    };
  } finally {
    sqlite.close();
  }
}

export async function runCommit(
  input: CommitJob,
  progress: Progress,
  send: (m: ToMain) => void,
  go: () => Promise<string>,
): Promise<JobOutput> {
  const day = dayOf(new Date(input.nowIso));
  // A plan places its candidates in place: planning again (below) starts from the rows as checked.
  let packed: Uint8Array;
  if ('rows' in input.source) {
    progress('check');
    packed = input.source.rows;
  } else packed = await checkAndPack(input.fileName, asBuffer(input.source.file), day, progress);
  let prep: Prepared | null = unpackRows(packed);
  const { sqlite, db } = connect(input, false);
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_KB}`);
  try {
    let now = new Date(input.nowIso);
    const ctx = { now: () => now, operator: input.stamp.operator, progress };
    const version = () => sqlite.pragma('data_version', { simple: true }) as number;
    let seen = 0;
    const choices = input.choices;
    let p = sqlite.transaction(() => {
      seen = version();
      return plan(db, prep as Prepared, choices);
    })();
    refuseInvalid(p.report, choices.skipInvalid);
    progress('write', 0, p.valid.length);
    send({ type: 'ready' });
    now = new Date(await go());
    const write = sqlite.transaction(() => {
      // Someone wrote since the plan was made: plan again under the write lock.
      if (version() !== seen) {
        prep = unpackRows(packed);
        p = plan(db, prep, choices);
        refuseInvalid(p.report, choices.skipInvalid);
      }
      const restoreIndexes = deferResidentIndexes(sqlite, p.valid.length);
      // The plan holds its rows now; apply lets each household's go once written.
      prep = null;
      apply(p, input.fileName, ctx, new ImportWrites(db, ctx), takenFields(choices));
      // The candidates and the plan's maps are written: let them go before the indexes are sorted.
      const { report, lookups, createPlaces } = p;
      release(p);
      collectNow();
      restoreIndexes();
      report.committed = true;
      const reason = importReason(input.fileName, report, lookups, createPlaces);
      writeAudit(db, input.stamp.method, input.stamp.operator, { entity: 'import', reason }, now);
      // Checked before the commit, so a report the contract refuses leaves nothing written.
      return { report: ImportReport.parse(report), lookups };
    });
    const out = write.immediate();
    // A large import changes the registry's shape: let SQLite refresh its planner's statistics
    // where they went stale (milliseconds; a failure here must not undo a committed import).
    try {
      analyse(sqlite);
    } catch (e) {
      console.error('[gatepost] PRAGMA optimize after the import failed:', e);
    }
    return out;
  } finally {
    sqlite.close();
  }
}
