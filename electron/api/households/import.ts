import { prepared } from '../handler';
import { yieldToLoop } from '../jobs/store';
import { dayOf } from '../shared/dates';
import { backupFailure, offloadImport } from './import-offload';
import { apply, importSummary, type Prepared, plan, refuseInvalid } from './import-plan';
import { parseRows } from './import-rows';
import { readSheet } from './sheet-reader';

/**
 * households.import. On a database file the whole import runs in a worker thread (import-job.ts)
 * so the post keeps answering while a large sheet is read and written; an in-memory database has
 * no file to share, so it is read here and written in the router's transaction.
 */
export const importHandler = prepared<'households.import', Prepared>({
  offload: (db, input, ctx, audit) => offloadImport(db, input, ctx, audit),
  prepare: async (input, ctx) => {
    const sheet = await readSheet(input.fileName, input.dataBase64, ctx.progress);
    ctx.progress('check');
    await yieldToLoop();
    const parsed = parseRows(sheet, dayOf(ctx.now()));
    if (input.commit && (parsed.issues.length === 0 || input.skipInvalid))
      await ctx.backup?.('import', ctx.operator?.name ?? null).catch((e: unknown) => {
        throw backupFailure(e);
      });
    await yieldToLoop();
    return { sheet: sheet.sheet, parsed };
  },
  run: (db, input, ctx, prep) => {
    const p = plan(db, prep);
    const { report } = p;
    if (!input.commit) {
      apply(db, p, input.fileName, false, ctx);
      ctx.readOnly();
      return report;
    }
    refuseInvalid(report, input.skipInvalid);
    apply(db, p, input.fileName, true, ctx);
    report.committed = true;
    ctx.describe({ entity: 'import', summary: importSummary(input.fileName, report) });
    return report;
  },
});
