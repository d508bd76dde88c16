import type { ReadDb } from '../../../db/open';
import type { HandlerMap } from '../handler';
import { postRows } from '../posts/handlers';
import { readCompound } from '../shared/compound';
import { addDays, dayOf, formatInstant } from '../shared/dates';
import { uniqueSheetName } from '../shared/sheet-name';
import { ExcelJS, workbookBase64 } from '../shared/xlsx';
import { rosterView } from './view';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
export const dayLabel = (day: string) =>
  `${day.slice(5).replace('-', '/')} 周${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}`;

/** One model for the printed roster and the workbook: post × day × shift, with names and phones. */
export function rosterPrint(db: ReadDb, from: string, days: number, postId?: number) {
  const view = rosterView(db, from, days);
  const posts = postRows(db).filter((p) => !postId || p.id === postId);
  const dayList = Array.from({ length: days }, (_, i) => addDays(from, i));
  const people = new Map<
    string,
    { name: string; phone: string; role: (typeof view.shifts)[number]['staff'][number]['role'] }
  >();
  const out = posts.map((p) => ({
    id: p.id,
    name: p.name,
    templates: p.templates.map((t) => ({ name: t.name, start: t.start, hours: t.hours })),
    cells: view.shifts
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
    from,
    to: addDays(from, days - 1),
    days: dayList,
    posts: out,
    phones: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

export async function rosterWorkbook(
  db: ReadDb,
  from: string,
  days: number,
  postId: number | undefined,
  now: Date,
) {
  const m = rosterPrint(db, from, days, postId);
  const wb = new ExcelJS.Workbook();
  // Sheet names: safe for Excel (no / : * …, 31 characters) and unique, even for old duplicates.
  const used = new Set<string>();
  for (const p of m.posts) {
    const ws = wb.addWorksheet(uniqueSheetName(p.name, used, '岗位'), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow([`${m.compound} ${p.name} 值守排班表（${m.from} 至 ${m.to}）`]).font = { bold: true, size: 14 };
    const head = ws.addRow(['班次', ...m.days.map(dayLabel)]);
    head.font = { bold: true };
    for (const t of p.templates) {
      ws.addRow([
        `${t.name} ${t.start}（${t.hours} 小时）`,
        ...m.days.map((d) => {
          const c = p.cells.find((x) => x.day === d && x.template === t.name);
          return c?.names.map((n) => (c.clashes.includes(n) ? `${n}⚠` : n)).join('、') ?? '';
        }),
      ]);
    }
    ws.getColumn(1).width = 18;
    for (let i = 2; i <= m.days.length + 1; i++) ws.getColumn(i).width = 14;
    ws.addRow([]);
    ws.addRow(['值班人员电话']).font = { bold: true };
    for (const x of m.phones) ws.addRow([x.name, x.phone]);
    ws.addRow([]);
    ws.addRow([`制表时间：${formatInstant(now.toISOString())}`, '', '', '负责人签字：']);
  }
  return { fileName: `排班表-${m.from}至${m.to}.xlsx`, dataBase64: await workbookBase64(wb) };
}

export const rosterOutHandlers: HandlerMap<'roster.print' | 'roster.exportXlsx' | 'roster.onDuty'> = {
  'roster.print': (db, input) => rosterPrint(db, input.from, input.days, input.postId),
  'roster.exportXlsx': (db, input, ctx) =>
    rosterWorkbook(db, input.from, input.days, input.postId, ctx.now()),
  'roster.onDuty': (db, _input, ctx) => {
    const now = ctx.now().toISOString();
    // From yesterday (a night shift still running) to four weeks ahead: double bookings to mend.
    const ahead = rosterView(db, addDays(dayOf(ctx.now()), -1), 29).shifts;
    const shifts = ahead.filter((s) => s.day <= addDays(dayOf(ctx.now()), 1));
    const upcoming = shifts.filter((s) => s.startsAt > now);
    const nextStart = upcoming[0]?.startsAt;
    return {
      now: shifts.filter((s) => s.startsAt <= now && now < s.endsAt),
      next: upcoming.filter((s) => s.startsAt === nextStart),
      doubleBooked: ahead
        .filter((s) => s.endsAt > now)
        .flatMap((s) =>
          s.staff
            .filter((p) => p.clashes.length > 0)
            .map((p) => ({
              staffId: p.id,
              name: p.name,
              shift: { shiftId: s.id, post: s.post, name: s.name, startsAt: s.startsAt },
              clashes: p.clashes,
            })),
        ),
    };
  },
};
