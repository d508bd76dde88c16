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
import { newToken, outboxFor } from '../shared/outbox';
import type { ExportFilter, ExportJob, ExportOut, ExportToMain } from './export-job';

export function offloadExport(
  db: ReadDb,
  filter: ExportFilter,
  day: string,
  ctx: Pick<Ctx, 'progress' | 'paths'>,
): Promise<ExportOut | null> {
  if (db.$client.memory) return Promise.resolve(null);
  // The file's name is made here: whatever a worker that died left under it is removed.
  const outbox = outboxFor(ctx.paths.db);
  const token = newToken();
  const job: ExportJob = { ...connection(db.$client), filter, day, outboxDir: outbox.dir, token };
  return new Promise((resolve, reject) => {
    // Its heap stays small (the rows stream through): a small young generation keeps what the process
    // holds once it has ended small too.
    const worker = startWorker(import.meta.url, 'export-worker', {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 },
    });
    let settled = false;
    const settle = (end: () => void, ok = false) => {
      if (settled) return;
      settled = true;
      void worker.terminate().then(() => {
        if (!ok) outbox.discard(token);
      });
      end();
    };
    worker.on('message', (m: ExportToMain) => {
      if (m.type === 'progress') ctx.progress(m.phase, m.done, m.total);
      else if (m.type === 'done')
        settle(() => {
          try {
            if (m.out.file !== token) throw new Error(`the export worker wrote ${m.out.file}, not ${token}`);
            resolve({ ...m.out, ...outbox.keep(token, m.out.fileName) });
          } catch (e) {
            outbox.discard(token);
            reject(e);
          }
        }, true);
      else settle(() => reject(fromWire(m.error)));
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`导出线程意外结束（退出码 ${code}），未生成文件`))),
    );
  });
}
