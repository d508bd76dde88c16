import type { ReadDb } from '../../../db/open';
import type { HandlerMap } from '../handler';
import { postRows } from '../posts/read';
import { readCompound } from '../shared/compound';
import { addDays, formatInstant } from '../shared/dates';
import { DOC_WORDS } from '../shared/doc-words';
import type { Lang } from '../shared/labels';
import { uniqueSheetName } from '../shared/sheet-name';
import { ExcelJS, workbookBase64 } from '../shared/xlsx';
import type { ShiftView } from './contract';
import { rosterShifts } from './view';

/** One model for the printed roster and the workbook: post × day × shift, with names and phones. */
export function rosterPrint(db: ReadDb, from: string, days: number, now: string, postId?: number) {
  const shifts = rosterShifts(db, from, days, now);
  const posts = postRows(db).filter((p) => !postId || p.id === postId);
  const dayList = Array.from({ length: days }, (_, i) => addDays(from, i));
  const people = new Map<string, { name: string; phone: string; role: ShiftView['staff'][number]['role'] }>();
  const out = posts.map((p) => ({
    id: p.id,
    name: p.name,
    templates: p.templates.map((t) => ({ name: t.name, start: t.start, hours: t.hours })),
    cells: shifts
      .filter((s) => s.postId === p.id)
      .map((s) => {
        for (const x of s.staff) people.set(x.name, { name: x.name, phone: x.phone, role: x.role });
        return {
          day: s.day,
          template: s.name,
          names: s.staff.map((x) => x.name),
          clashes: s.staff.filter((x) => x.clashes.length > 0).map((x) => x.name),
        };
      }),
  }));
  return {
    compound: readCompound(db).name,
    // A retired post is printed only for the days it still had shifts.
    posts: out.filter((p) => p.cells.length > 0 || !posts.find((x) => x.id === p.id)?.retiredAt),
    from,
    to: addDays(from, days - 1),
    days: dayList,
    phones: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

/** The roster as a workbook, one sheet a post, worded in the UI language (names and posts are data). */
export async function rosterWorkbook(
  db: ReadDb,
  input: { from: string; days: number; postId?: number | undefined; lang: Lang },
  now: Date,
) {
  const w = DOC_WORDS[input.lang];
  const m = rosterPrint(db, input.from, input.days, now.toISOString(), input.postId);
  const wb = new ExcelJS.Workbook();
  // Sheet names: safe for Excel (no / : * …, 31 characters) and unique, even for old duplicates.
  const used = new Set<string>();
  for (const p of m.posts) {
    const ws = wb.addWorksheet(uniqueSheetName(p.name, used, w.postSheet), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow([w.rosterTitle(m.compound, p.name, m.from, m.to)]).font = { bold: true, size: 14 };
    const head = ws.addRow([w.shift, ...m.days.map(w.day)]);
    head.font = { bold: true };
    for (const t of p.templates) {
      ws.addRow([
        w.shiftLine(t.name, t.start, t.hours),
        ...m.days.map((d) => {
          const c = p.cells.find((x) => x.day === d && x.template === t.name);
          return c?.names.map((n) => (c.clashes.includes(n) ? `${n}⚠` : n)).join(w.nameList) ?? '';
        }),
      ]);
    }
    ws.getColumn(1).width = 18;
    for (let i = 2; i <= m.days.length + 1; i++) ws.getColumn(i).width = 14;
    ws.addRow([]);
    ws.addRow([w.phones]).font = { bold: true };
    for (const x of m.phones) ws.addRow([x.name, x.phone]);
    ws.addRow([]);
    ws.addRow([w.madeAt(formatInstant(now.toISOString())), '', '', w.signature]);
  }
  return { fileName: w.rosterFile(m.from, m.to), dataBase64: await workbookBase64(wb) };
}

export const rosterOutHandlers: HandlerMap<'roster.print' | 'roster.exportXlsx'> = {
  'roster.print': (db, input, ctx) =>
    rosterPrint(db, input.from, input.days, ctx.now().toISOString(), input.postId),
  'roster.exportXlsx': (db, input, ctx) => rosterWorkbook(db, input, ctx.now()),
};
