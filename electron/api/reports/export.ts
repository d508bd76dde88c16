/** The daily report as an A4 portrait workbook in a plain official layout (日报, issue 15). */
import type X from 'exceljs';
import type { ReadDb } from '../../../db/open';
import { readCompound } from '../shared/compound';
import { formatInstant } from '../shared/dates';
import { label } from '../shared/labels';
import { outboxFor } from '../shared/outbox';
import { changeWord, lineWord, REPORT_WORDS } from '../shared/report-lines';
import { ExcelJS, writeWorkbook } from '../shared/xlsx';
import type { Section, SignedReport } from './contract';

type Draft = { day: string; sections: Section[]; draft: true };
const THIN: Partial<X.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};
const num = (x: number | null) => (x === null ? '—' : x);

export async function reportWorkbook(
  db: ReadDb,
  r: SignedReport | Draft,
  lang: 'zh-CN' | 'en',
  dbPath: string,
) {
  const w = REPORT_WORDS[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'en' ? 'Daily report' : '日报', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 34 }, { width: 13 }, { width: 13 }, { width: 16 }];
  const title = ws.addRow([w.title]);
  ws.mergeCells(title.number, 1, title.number, 4);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  const version = 'draft' in r ? w.draft : `${w.version} ${r.version}`;
  const head = ws.addRow([`${w.post}: ${readCompound(db).name}`, `${w.day}: ${r.day}`, '', version]);
  ws.mergeCells(head.number, 2, head.number, 3);
  if (!('draft' in r) && r.nilReport) {
    const nil = ws.addRow([w.nil]);
    nil.font = { bold: true, size: 13 };
  }
  ws.addRow([]);
  const cols = ws.addRow([w.cols.item, w.cols.today, w.cols.current, w.cols.cumulative]);
  cols.font = { bold: true };
  cols.eachCell((c) => {
    c.border = THIN;
    c.alignment = { horizontal: 'center' };
  });
  for (const s of r.sections) {
    const sr = ws.addRow([w.sections[s.key], '', '', s.built ? '' : w.notBuilt]);
    ws.mergeCells(sr.number, 1, sr.number, s.built ? 4 : 3);
    sr.font = { bold: true };
    sr.eachCell((c) => {
      c.border = THIN;
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F4F6' } };
    });
    for (const l of s.lines) {
      const row = ws.addRow([
        `  ${lineWord(lang, l, (a) => label(lang, 'triageAction', a))}`,
        num(l.today),
        num(l.current),
        num(l.cumulative),
      ]);
      row.eachCell({ includeEmpty: true }, (c, i) => {
        c.border = THIN;
        if (i > 1) c.alignment = { horizontal: 'right' };
      });
    }
  }
  if (!('draft' in r)) {
    ws.addRow([]);
    for (const [k, text] of [
      [w.incidents, r.incidents],
      [w.notes, r.notes],
    ] as const) {
      const row = ws.addRow([k, text || w.none]);
      ws.mergeCells(row.number, 2, row.number, 4);
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(1).font = { bold: true };
    }
    if (r.version > 1) {
      const reason = ws.addRow([w.reason, r.reason]);
      ws.mergeCells(reason.number, 2, reason.number, 4);
      reason.getCell(1).font = { bold: true };
      const changed = r.changes.map(
        (c) =>
          `${changeWord(lang, c, (a) => label(lang, 'triageAction', a))}: ${c.before ?? '—'} → ${c.after ?? '—'}`,
      );
      const ch = ws.addRow([w.changes, changed.join('\n') || w.none]);
      ws.mergeCells(ch.number, 2, ch.number, 4);
      ch.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      ch.getCell(1).font = { bold: true };
    }
    ws.addRow([]);
    ws.addRow([`${w.signedBy}: ${r.signedBy}`, '', `${w.signedAt}: ${formatInstant(r.signedAt)}`]);
  }
  const fileName = `${lang === 'en' ? 'daily-report' : '日报'}-${r.day}${'draft' in r ? '' : `-v${r.version}`}.xlsx`;
  return { fileName, ...(await outboxFor(dbPath).write(fileName, (out) => writeWorkbook(wb, out))) };
}
