import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeDemoTeam } from '../../electron/demo/demo-team';
import { count, FIXED_NOW, withOperator } from './helpers';

const TEMPLATES = [{ name: '早班', start: '08:00', hours: 8, headcount: 1, requirements: [] }];

async function team() {
  const ctx = await withOperator();
  await writeDemoTeam(ctx.db, FIXED_NOW);
  return ctx;
}

async function sheetNames(dataBase64: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

describe('inputs that used to reach INTERNAL (issue 8, finding 8)', () => {
  it('refuses hotels.place with 100,000 returnee ids as a validation error', async () => {
    const { call, db } = await withOperator();
    const r = await call('hotels.place', {
      assignments: [{ roomId: 1, returneeIds: Array.from({ length: 100_000 }, (_, i) => i + 1) }],
      checkIn: '2026-11-28',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(count(db, 'hotel_stays')).toBe(0);
  });

  it('refuses attendance.record in the year +275760, and roster.generate in the years 0000 and 9999', async () => {
    const { call, db } = await team();
    const v = await call('roster.get', { from: '2026-11-28', days: 1 });
    if (!v.ok) throw new Error(v.error.message);
    const s = v.value.shifts.find((x) => x.staff.length > 0);
    const who = s?.staff[0];
    if (!s || !who) throw new Error('the demo team has no shift on 2026-11-28');
    const events = count(db, 'attendance_events');
    for (const at of [
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '2026-02-30T08:00:00Z',
      '1',
    ]) {
      const r = await call('attendance.record', { shiftId: s.id, staffId: who.id, action: 'in', at });
      expect(r, at).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const shifts = count(db, 'shifts');
    for (const from of ['0000-01-01', '9999-12-31', '+275760-09-13', '2026-02-30']) {
      const r = await call('roster.generate', { from, days: 1 });
      expect(r, from).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(count(db, 'shifts')).toBe(shifts);
    expect(count(db, 'attendance_events')).toBe(events);
  });

  it('keeps post names unique: a duplicate (also in another width or case) is a CONFLICT', async () => {
    const { call, db } = await withOperator();
    const first = await call('posts.save', { name: '东门 A', templates: TEMPLATES });
    expect(first.ok).toBe(true);
    for (const name of ['东门 A', '东门 a', '东门 Ａ']) {
      expect(await call('posts.save', { name, templates: TEMPLATES }), name).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('不能重复') },
      });
    }
    const second = await call('posts.save', { name: '西门', templates: TEMPLATES });
    if (!second.ok || !first.ok) throw new Error('setup');
    // Renaming a post onto another's name is refused too; keeping its own name is not a clash.
    expect(
      await call('posts.save', { id: second.value.id, version: 1, name: '东门 A', templates: TEMPLATES }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(db, 'duty_posts')).toBe(2);
  });

  it('exports the roster when old posts share a name or hold characters Excel refuses', async () => {
    const { call, db } = await withOperator();
    for (const name of ['北门', '南门/东门', '一二三四五六七八九十一二三四五六七八九十']) {
      const r = await call('posts.save', { name, templates: TEMPLATES });
      if (!r.ok) throw new Error(r.error.message);
    }
    // A database from before names were unique: two posts called 北门.
    db.$client.prepare("UPDATE duty_posts SET name = '北门' WHERE name = '南门/东门'").run();
    db.$client.prepare("INSERT INTO duty_posts (name, sort_order) VALUES ('南门/东门:*?[]', 9)").run();
    const r = await call('roster.exportXlsx', { from: '2026-11-28', days: 7 });
    if (!r.ok) throw new Error(r.error.message);
    const names = await sheetNames(r.value.dataBase64);
    expect(names).toHaveLength(4);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(names).toContain('北门');
    expect(names).toContain('北门 (2)');
  });
});
