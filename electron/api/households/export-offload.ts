/**
 * The main thread's side of a registry export (issue 11): on a database file the export runs whole in
 * a worker thread (export-worker.ts) — loading exceljs, reading 300,000 rows and zipping them took the
 * main thread's time in slices, and every other call waited behind them (reads answered in 40–175 ms
 * through a district's export, one 2.5 s at its start). The worker writes the file into the outbox's
 * folder; this thread keeps its token (`Outbox.keep`) and relays the progress. An in-memory database
 * has no file a worker could open: null, and the export runs here.
 */
import type { ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import { startWorker } from '../jobs/worker-start';
import { connection, fromWire } from '../jobs/worker-wire';
import { outboxFor } from '../shared/outbox';
import type { ExportFilter, ExportJob, ExportOut, ExportToMain } from './export-job';

export function offloadExport(
  db: ReadDb,
  filter: ExportFilter,
  day: string,
  ctx: Pick<Ctx, 'progress' | 'paths'>,
): Promise<ExportOut | null> {
  if (db.$client.memory) return Promise.resolve(null);
  const job: ExportJob = { ...connection(db.$client), filter, day };
  return new Promise((resolve, reject) => {
    // Its heap stays small (the rows stream through): a small young generation keeps what the process
    // holds once it has ended small too.
    const worker = startWorker(import.meta.url, 'export-worker', {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 },
    });
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      end();
    };
    worker.on('message', (m: ExportToMain) => {
      if (m.type === 'progress') ctx.progress(m.phase, m.done, m.total);
      else if (m.type === 'done')
        settle(() => {
          try {
            const kept = outboxFor(ctx.paths.db).keep(m.out.file, m.out.fileName);
            resolve({ ...m.out, ...kept });
          } catch (e) {
            reject(e);
          }
        });
      else settle(() => reject(fromWire(m.error)));
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`导出线程意外结束（退出码 ${code}），未生成文件`))),
    );
  });
}
