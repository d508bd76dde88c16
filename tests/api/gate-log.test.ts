import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { api, takeExport } from './helpers';
import { post } from './roster-setup';

/** A caller whose clock is a given post time. */
const at = (ctx: Awaited<ReturnType<typeof post>>, when: string) =>
  api(ctx.db, { ...ctx.host, now: () => new Date(when) }, 1);

describe('the gate log keeps history and temperatures (issue 10, point 11)', () => {
  it('a person coming in has a temperature; a fever (at or above the threshold) is flagged and audited', async () => {
    const ctx = await post();
    const call = at(ctx, '2026-11-28T10:00:00+08:00');
    const noTemp = await call('gate.log', { postId: 1, direction: 'in', kind: 'staff', who: '王医生' });
    expect(noTemp).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'temperature', reason: { code: 'temperature_required' } }],
      },
    });
    expect(
      await call('gate.log', { postId: 1, direction: 'in', kind: 'staff', who: '王医生', temperature: 45 }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'temperature', reason: { code: 'temperature_range' } }] },
    });
    const hot = await call('gate.log', {
      postId: 1,
      direction: 'in',
      kind: 'delivery',
      who: '蔬菜配送 李师傅',
      temperature: 37.3,
    });
    expect(hot).toMatchObject({ ok: true, value: { fever: true, threshold: 37.3 } });
    const ok = await call('gate.log', {
      postId: 1,
      direction: 'in',
      kind: 'delivery',
      who: '快递 张',
      temperature: 36.6,
    });
    expect(ok).toMatchObject({ ok: true, value: { fever: false } });
    // Going out needs no temperature.
    expect(
      await call('gate.log', { postId: 1, direction: 'out', kind: 'delivery', who: '快递 张' }),
    ).toMatchObject({
      ok: true,
    });
    const audit = ctx.db.$client
      .prepare(
        "SELECT summary_code AS code, summary_params AS p FROM audit_log WHERE method = 'gate.log' ORDER BY id",
      )
      .all() as { code: string; p: string }[];
    expect(audit.map((a) => a.code)).toEqual(['audit_gate_in_fever', 'audit_gate_in', 'audit_gate_out']);
    expect(JSON.parse(audit[0]?.p ?? '{}')).toMatchObject({ temperature: 37.3, who: '蔬菜配送 李师傅' });
  });

  it('history by day, by person and by direction, newest first', async () => {
    const ctx = await post();
    const log = async (when: string, direction: 'in' | 'out', who: string, postId = 1) =>
      at(ctx, when)('gate.log', {
        postId,
        direction,
        kind: 'other',
        who,
        ...(direction === 'in' ? { temperature: 36.5 } : {}),
      });
    await log('2026-11-27T09:00:00+08:00', 'out', '李师傅');
    await log('2026-11-27T11:00:00+08:00', 'in', '李师傅');
    await log('2026-11-28T08:30:00+08:00', 'in', '张_100%', 2);
    await log('2026-11-28T09:30:00+08:00', 'out', '李师傅');
    const call = at(ctx, '2026-11-28T10:00:00+08:00');
    const list = async (input: Parameters<typeof call<'gate.list'>>[1]) => {
      const r = await call('gate.list', input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.rows.map((x) => `${x.at.slice(0, 16)} ${x.direction} ${x.who}`);
    };
    expect(await list({ day: '2026-11-27' })).toEqual([
      '2026-11-27T03:00 in 李师傅',
      '2026-11-27T01:00 out 李师傅',
    ]);
    // By person, across days.
    expect(await list({ who: '李' })).toEqual([
      '2026-11-28T01:30 out 李师傅',
      '2026-11-27T03:00 in 李师傅',
      '2026-11-27T01:00 out 李师傅',
    ]);
    // A name's own % and _ are matched as typed, not as wildcards.
    expect(await list({ who: '_100%' })).toEqual(['2026-11-28T00:30 in 张_100%']);
    expect(await list({ who: '1%' })).toEqual([]);
    expect(await list({ direction: 'in' })).toEqual([
      '2026-11-28T00:30 in 张_100%',
      '2026-11-27T03:00 in 李师傅',
    ]);
    expect(await list({ direction: 'out', day: '2026-11-28' })).toEqual(['2026-11-28T01:30 out 李师傅']);
    expect(await list({ postId: 2 })).toEqual(['2026-11-28T00:30 in 张_100%']);
  });

  it('exports the history to .xlsx in the language asked for, fever rows marked', async () => {
    const ctx = await post();
    const call = at(ctx, '2026-11-28T10:00:00+08:00');
    await call('gate.log', {
      postId: 1,
      direction: 'in',
      kind: 'medical',
      who: '120 急救车',
      temperature: 38.2,
    });
    await call('gate.log', { postId: 1, direction: 'out', kind: 'delivery', who: '快递 张' });
    for (const [lang, heads, fever] of [
      ['zh-CN', ['时间', '岗位', '进出', '类别', '人员 / 车辆', '体温 ℃', '发热'], '发热'],
      ['en', ['Time', 'Post', 'In / out', 'Kind', 'Person / vehicle', 'Temp. ℃', 'Fever'], 'Fever'],
    ] as const) {
      const r = await call('gate.exportXlsx', { day: '2026-11-28', lang });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.fileName).toMatch(/2026-11-28\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(takeExport(ctx.db, r.value), 'base64') as unknown as ExcelJS.Buffer);
      const ws = wb.worksheets[0];
      if (!ws) throw new Error('no sheet');
      expect((ws.getRow(1).values as unknown[]).slice(1, 8)).toEqual(heads);
      expect(ws.rowCount).toBe(3);
      expect((ws.getRow(3).values as unknown[]).slice(1, 8)).toEqual([
        '2026-11-28 10:00',
        '北门',
        lang === 'en' ? 'In' : '进',
        lang === 'en' ? 'Medical' : '医疗',
        '120 急救车',
        '38.2',
        fever,
      ]);
      expect(ws.getRow(3).font?.bold).toBe(true);
    }
  });

  it('names who was present at the post, not who was merely rostered', async () => {
    const ctx = await post();
    const dayBefore = at(ctx, '2026-11-27T10:00:00+08:00');
    await dayBefore('roster.generate', { from: '2026-11-28', days: 1 });
    const call = at(ctx, '2026-11-28T10:00:00+08:00');
    const v = await call('roster.get', { from: '2026-11-28', days: 1 });
    const s = v.ok ? v.value.shifts.find((x) => x.post === '北门' && x.name === '早班') : undefined;
    const [a, b] = s?.staff ?? [];
    if (!s || !a || !b) throw new Error('setup');
    const nobody = await call('gate.log', { postId: 1, direction: 'out', kind: 'other', who: '甲' });
    expect(nobody).toMatchObject({ ok: true, value: { onDuty: '' } });
    await call('attendance.record', {
      shiftId: s.id,
      staffId: a.id,
      action: 'in',
      at: '2026-11-28T07:55:00+08:00',
    });
    await call('attendance.record', { shiftId: s.id, staffId: b.id, action: 'no_show' });
    const one = await call('gate.log', { postId: 1, direction: 'out', kind: 'other', who: '乙' });
    expect(one).toMatchObject({ ok: true, value: { onDuty: a.name } });
  });
});
