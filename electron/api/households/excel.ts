import { addTable, ExcelJS, workbookBase64 } from '../shared/xlsx';
import { TEMPLATE_FIELDS, TEMPLATE_HEADERS, TEMPLATE_HINTS } from './import-rules';

// Reading a sheet to import lives in sheet-reader.ts (streamed, bounded); the workbook helpers in
// shared/xlsx.ts. This file writes the import template.

export async function templateWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const headers = TEMPLATE_FIELDS.map((f) => TEMPLATE_HEADERS[f]);
  const ws = addTable(wb, '住户名单', headers, [TEMPLATE_FIELDS.map((f) => TEMPLATE_HINTS[f])]);
  ws.getRow(2).font = { italic: true, color: { argb: 'FF6B7280' } };
  return workbookBase64(wb);
}
