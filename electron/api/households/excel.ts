import { DOC_WORDS } from '../shared/doc-words';
import { type Lang, labelsOf } from '../shared/labels';
import { addTable, ExcelJS, workbookBase64 } from '../shared/xlsx';
import { TEMPLATE_FIELDS } from './import-rules';

// Reading a sheet to import lives in sheet-reader.ts (streamed, bounded); the workbook helpers in
// shared/xlsx.ts. This file writes the import template.

/** Columns wide enough for their hint (a CJK character takes two). */
const textWidth = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/**
 * The import template in the UI language: its headers and hints are the ones the import reads in
 * either language (import-rules.ts), so a sheet filled in English imports as one filled in Chinese.
 */
export async function templateWorkbook(lang: Lang): Promise<{ fileName: string; dataBase64: string }> {
  const words = labelsOf(lang);
  const wb = new ExcelJS.Workbook();
  const headers = TEMPLATE_FIELDS.map((f) => words.field[f]);
  const hints = TEMPLATE_FIELDS.map((f) => words.importHint[f]);
  const ws = addTable(wb, DOC_WORDS[lang].templateSheet, headers, [hints]);
  ws.getRow(2).font = { italic: true, color: { argb: 'FF6B7280' } };
  hints.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 8, textWidth(h) + 2);
  });
  return { fileName: DOC_WORDS[lang].templateFile, dataBase64: await workbookBase64(wb) };
}
