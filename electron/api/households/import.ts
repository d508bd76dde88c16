/**
 * households.importPreview and households.importCommit (issue 9). The preview is a query: it reads
 * and checks the sheet once, plans it against the registry on a read-only connection, and keeps the
 * checked rows by the sheet's hash (import-cache.ts). The commit finds them by that hash, plans them
 * again against the registry as it is now, and writes. On a database file both run in a worker
 * thread (import-job.ts) so the post keeps answering; an in-memory database has no file to share, so
 * its import runs here, the commit's writes in the router's transaction.
 */
import { type ReadDb, withQueryOnly } from '../../../db/open';
import type { Ctx } from '../context';
import { type PlainHandler, prepared } from '../handler';
import { yieldToLoop } from '../jobs/store';
import { dayOf } from '../shared/dates';
import { asBuffer, cacheFor, findSheet, packRows, sheetHash, unpackRows } from './import-cache';
import { checkSheet, type JobOutput } from './import-job';
import { guardIdLookups } from './import-lookups';
import { backupFailure, offloadCommit, offloadPreview } from './import-offload';
import { importReason, refuseInvalid } from './import-outcome';
import { apply, PREVIEW, type Prepared, plan, takenFields } from './import-plan';
import { ImportWrites } from './import-writes';

/** The preview of an in-memory database, on the main thread. */
async function previewHere(
  db: ReadDb,
  input: { fileName: string; dataBase64: string },
  ctx: Ctx,
): Promise<JobOutput> {
  const file = Buffer.from(input.dataBase64, 'base64');
  const day = dayOf(ctx.now());
  const prep = await checkSheet(input.fileName, file, day, ctx.progress);
  // Kept as checked, before the plan places the candidates (in place).
  const rows = packRows(prep);
  await yieldToLoop();
  const p = withQueryOnly(db, () => plan(db, prep, PREVIEW));
  apply(p, input.fileName, ctx, null);
  return {
    report: p.report,
    lookups: p.lookups,
    sheet: { hash: sheetHash(file), day, rows, file },
  };
}

export const importPreviewHandler: PlainHandler<'households.importPreview'> = async (db, input, ctx) => {
  const out = (await offloadPreview(db, input, ctx)) ?? (await previewHere(db, input, ctx));
  const sheet = out.sheet;
  if (!sheet) throw new Error('households.importPreview: the worker kept no rows');
  guardIdLookups(db, ctx, input.fileName, out.lookups);
  cacheFor(db.$client).put({
    hash: sheet.hash,
    fileName: input.fileName,
    day: sheet.day,
    rows: asBuffer(sheet.rows),
    file: asBuffer(sheet.file),
  });
  return { ...out.report, sheetHash: sheet.hash };
};

export const importCommitHandler = prepared<'households.importCommit', { prep: Prepared; fileName: string }>({
  offload: (db, input, ctx, audit) =>
    db.$client.memory
      ? Promise.resolve(null)
      : offloadCommit(db, findSheet(db.$client, input.sheetHash), input, ctx, audit),
  prepare: async (input, ctx, db) => {
    const sheet = findSheet(db.$client, input.sheetHash);
    const day = dayOf(ctx.now());
    let prep: Prepared;
    if (sheet.rows && sheet.day === day) {
      ctx.progress('check');
      prep = unpackRows(sheet.rows);
    } else prep = await checkSheet(sheet.fileName, sheet.file, day, ctx.progress);
    if (prep.parsed.issues.length === 0 || input.skipInvalid)
      await ctx.backup?.('import', ctx.operator?.name ?? null).catch((e: unknown) => {
        throw backupFailure(e);
      });
    await yieldToLoop();
    return { prep, fileName: sheet.fileName };
  },
  run: (db, input, ctx, { prep, fileName }) => {
    const p = plan(db, prep, input);
    refuseInvalid(p.report, input.skipInvalid);
    apply(p, fileName, ctx, new ImportWrites(db, ctx), takenFields(input));
    p.report.committed = true;
    ctx.describe({ entity: 'import', reason: importReason(fileName, p.report, p.lookups, p.createPlaces) });
    return p.report;
  },
});
