import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import { formatInstant } from '../shared/dates';
import { label } from '../shared/labels';
import { outboxFor } from '../shared/outbox';
import { addTable, ExcelJS, writeWorkbook } from '../shared/xlsx';
import type { gateContract } from './contract';
import { gateRows } from './read';

/** Column heads and words of the gate-log workbook, in the language asked for. */
const WORDS = {
  'zh-CN': {
    sheet: '出入登记',
    file: '出入登记',
    heads: ['时间', '岗位', '进出', '类别', '人员 / 车辆', '体温 ℃', '发热', '备注', '当班人员', '登记人'],
    in: '进',
    out: '出',
    fever: '发热',
  },
  en: {
    sheet: 'Gate log',
    file: 'gate-log',
    heads: [
      'Time',
      'Post',
      'In / out',
      'Kind',
      'Person / vehicle',
      'Temp. ℃',
      'Fever',
      'Note',
      'On duty',
      'Recorded by',
    ],
    in: 'In',
    out: 'Out',
    fever: 'Fever',
  },
} as const;

/** The gate log as a workbook: every row the filter finds (up to 100,000), newest first. */
export async function gateWorkbook(
  db: ReadDb,
  input: z.infer<(typeof gateContract)['gate.exportXlsx']['input']>,
  now: Date,
  dbPath: string,
) {
  const w = WORDS[input.lang];
  const rows = gateRows(db, input, 100_000);
  const wb = new ExcelJS.Workbook();
  const ws = addTable(
    wb,
    w.sheet,
    [...w.heads],
    rows.map((r) => [
      formatInstant(r.at),
      r.post,
      r.direction === 'in' ? w.in : w.out,
      label(input.lang, 'gateKind', r.kind),
      r.who,
      r.temperature === null ? '' : r.temperature.toFixed(1),
      r.fever ? w.fever : '',
      r.note,
      r.onDuty,
      r.recordedBy,
    ]),
  );
  ws.getColumn(1).width = 17;
  ws.getColumn(5).width = 22;
  ws.getColumn(8).width = 24;
  ws.getColumn(9).width = 22;
  rows.forEach((r, i) => {
    if (r.fever)
      ws.getRow(i + 2).font = { name: 'Calibri', family: 2, color: { argb: 'FFB91C1C' }, bold: true };
  });
  const what = [input.day, input.who, input.direction && (input.direction === 'in' ? w.in : w.out)]
    .filter(Boolean)
    .join('-');
  const stamp = formatInstant(now.toISOString()).slice(0, 10);
  const fileName = `${w.file}-${what || stamp}.xlsx`;
  // Months of a busy gate are large: the file goes to disk and is saved from there, like the registry's.
  return { fileName, ...(await outboxFor(dbPath).write(fileName, (out) => writeWorkbook(wb, out))) };
}
