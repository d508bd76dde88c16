// The registry export (issue 11): the app's households.export, which writes its file to the outbox,
// beside a hand-written better-sqlite3 + exceljs version writing the same workbook to a file. The
// answers are the row count and a digest of every worksheet's XML, read back from both files: the
// same cells, in the same order. The app's run prints the process's memory after each export (and
// its peak while it ran), to show that repeated exports leave it flat.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { IMPORT_FIELDS, TEMPLATE_HEADERS } from '../../electron/api/households/import-rules';
import { entryChunks, listZip } from '../../electron/api/households/zip';
import { maskIdNumber } from '../../electron/api/shared/id-number';
import { LABELS_ZH as L } from '../../electron/api/shared/labels';
import { outboxFor } from '../../electron/api/shared/outbox';
import { headedSheet } from '../../electron/api/shared/xlsx';
import type { Env, Figure } from './harness';

type Answer = { rows: number; path: string };
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
let appRuns = 0;
let baseRuns = 0;

/** Run `fn`, sampling the resident set size meanwhile: its peak and the size once it is done. */
async function withMemory<T>(label: string, fn: () => Promise<T>): Promise<T> {
  let peak = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    const m = process.memoryUsage();
    const used = process.cpuUsage(cpu);
    const cpuS = ((used.user + used.system) / 1e6).toFixed(1);
    console.log(
      `  (${label}: CPU ${cpuS} s, peak RSS ${MB(peak)}, after: RSS ${MB(m.rss)}, heap ${MB(m.heapUsed)})`,
    );
  }
}

async function app(env: Env): Promise<Answer> {
  appRuns++;
  return withMemory(`export run ${appRuns}`, async () => {
    const out = await env.call('households.export', {});
    const taken = outboxFor(env.path).take(out.file);
    if (!taken) throw new Error('export: no file in the outbox');
    const path = join(dirname(env.path), 'app-export.xlsx');
    renameSync(taken.path, path);
    return { rows: out.rows, path };
  });
}

const PEOPLE = `SELECT b.name, h.unit, h.room, r.name, r.gender, r.birth_date, r.id_number, r.phone, r.relation,
  r.presence, r.pregnant, r.chronic_illness, r.disability, r.regular_medicine, r.notes, h.reg_status,
  'h' || h.id || 'v' || h.version || ' r' || r.id || 'v' || r.version
  FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
  ORDER BY b.sort_order, h.unit, h.room, r.id`;
const ROOMS = `SELECT b.name, h.unit, h.room, h.householder_name, h.phone, h.occupancy, h.reg_status, h.notes
  FROM households h JOIN buildings b ON b.id = h.building_id ORDER BY b.sort_order, h.unit, h.room`;
const FLAGS = [L.flags.pregnant, L.flags.chronicIllness, L.flags.disability, L.flags.regularMedicine];

function base(env: Env): Promise<Answer> {
  baseRuns++;
  return withMemory(`baseline run ${baseRuns}`, () => handWritten(env));
}

/** By hand: one statement iterated as raw arrays, each row straight into exceljs's streaming writer. */
async function handWritten(env: Env): Promise<Answer> {
  const path = join(dirname(env.path), 'base-export.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Gatepost';
  // The same header row, widths and page set-up as the app's (formatting, not the work measured).
  const people = headedSheet(
    wb,
    '住户名单',
    IMPORT_FIELDS.map((k) => TEMPLATE_HEADERS[k]),
  );
  people.getRow(1).commit();
  let rows = 0;
  for (const r of env.sqlite.prepare(PEOPLE).raw().iterate() as IterableIterator<unknown[]>) {
    const g = r[4] as keyof typeof L.gender | null;
    const id = r[6] as string | null;
    const flags = FLAGS.filter((_, i) => r[10 + i] === 1).join('、');
    people
      .addRow([
        r[0],
        r[1],
        r[2],
        r[3],
        g ? L.gender[g] : '',
        (id ? null : r[5]) ?? '',
        maskIdNumber(id) ?? '',
        r[7],
        r[8],
        L.presence[r[9] as keyof typeof L.presence],
        flags,
        r[14],
        L.regStatus[r[15] as keyof typeof L.regStatus],
        r[16],
      ])
      .commit();
    if (++rows % 2000 === 0) await new Promise((ok) => setImmediate(ok));
  }
  people.commit();
  const fields = [
    'building',
    'unit',
    'room',
    'householder',
    'phone',
    'occupancy',
    'regStatus',
    'notes',
  ] as const;
  const rooms = headedSheet(
    wb,
    '房屋',
    fields.map((k) => L.field[k]),
  );
  rooms.getRow(1).commit();
  for (const r of env.sqlite.prepare(ROOMS).raw().iterate() as IterableIterator<unknown[]>) {
    r[5] = L.occupancy[r[5] as keyof typeof L.occupancy];
    r[6] = L.regStatus[r[6] as keyof typeof L.regStatus];
    rooms.addRow(r).commit();
  }
  rooms.commit();
  await wb.commit();
  return { rows, path };
}

/** Each worksheet's XML, hashed as it is inflated: equal digests are the same cells in the same order. */
async function digest(path: string): Promise<string> {
  const buf = readFileSync(path);
  const entries = [...listZip(buf).values()].filter((e) => e.name.startsWith('xl/worksheets/'));
  const parts: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const h = createHash('sha256');
    for await (const chunk of entryChunks(buf, e, 4 * 1024 ** 3)) h.update(chunk);
    parts.push(`${e.name} ${h.digest('hex').slice(0, 12)}`);
  }
  return parts.join(', ');
}

export const exportFigure: Figure = {
  name: 'households.export, every resident to a file',
  goal: { ratio: 0.8 },
  // One warm-up and two timed runs: three exports in all, the memory printed after each.
  runs: 2,
  app,
  base,
  same: async (a, b) => {
    const x = a as Answer;
    const y = b as Answer;
    try {
      if (x.rows !== y.rows) return `rows: app ${x.rows} vs baseline ${y.rows}`;
      const [p, q] = [await digest(x.path), await digest(y.path)];
      return p === q ? null : `sheets differ: app ${p} vs baseline ${q}`;
    } finally {
      rmSync(x.path, { force: true });
      rmSync(y.path, { force: true });
    }
  },
};
