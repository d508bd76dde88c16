/** Issue 15, the daily report: every figure against a hand-counted day; signing freezes; corrections; nil reports. */
import { describe, expect, it } from 'vitest';
import type { Line, Section } from '../../electron/api/reports/contract';
import { api, count } from './helpers';
import { countSlots, reportPost } from './reports-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
/** A section's lines as `key[:label] → [today, current, cumulative]`. */
const figures = (sections: Section[], key: string) =>
  Object.fromEntries(
    (sections.find((s) => s.key === key)?.lines ?? []).map((l: Line) => [
      l.label ? `${l.key}:${l.label}` : l.key,
      [l.today, l.current, l.cumulative],
    ]),
  );

describe('reports.daily', () => {
  it('counts every figure of the day as hand-counted: today, current and since the closure began', async () => {
    const p = await reportPost();
    const d = must(await p.call('reports.daily', { day: '2026-11-28' }));
    expect(d.closureStart).toBe('2026-11-26');
    expect(d.sections.map((s) => s.key)).toEqual([
      'population',
      'gate',
      'returnees',
      'health',
      'supplies',
      'errands',
      'staff',
    ]);
    expect(figures(d.sections, 'population')).toEqual({
      households: [null, 2, null],
      residents: [null, 4, null],
      residents_in: [null, 2, null],
      residents_hotel: [null, 1, null],
      residents_hospital: [null, 0, null],
      residents_away: [null, 1, null],
      residents_awaiting: [null, 0, null],
    });
    // 00:10Z and 16:30Z the day before are both on the 28th in Shanghai; the 25th is before the closure.
    expect(figures(d.sections, 'gate')).toEqual({
      gate_in: [3, null, 5],
      gate_out: [1, null, 1],
      gate_fever: [1, null, 1],
      gate_refused: [1, null, 1],
    });
    expect(figures(d.sections, 'returnees')).toEqual({
      returnees_arrived: [2, null, 5],
      returnees_home: [1, 1, 1],
      returnees_hotel: [0, 1, 2],
      // R3's second room is a move, not an arrival at the hotel.
      'hotel:椰林酒店': [0, 1, 2],
      returnees_released: [1, null, 1],
      returnees_moved: [1, null, 1],
      returnees_undecided: [null, 1, null],
    });
    expect(figures(d.sections, 'health')).toEqual({
      rounds_due: [4, null, null],
      rounds_done: [2, null, null],
      rounds_missed: [1, null, null],
      rounds_abnormal: [2, null, 3],
      fever_alerts: [1, null, 2],
      alerts_handled: [0, null, 1],
      alerts_open: [1, 1, null],
      'triage:fever_clinic': [0, null, 1],
      referrals: [0, null, 1],
    });
    const cover = must(await p.call('stock.cover', {})).items[0];
    expect(figures(d.sections, 'supplies')).toEqual({
      'stock_received:口罩': [100, null, 600],
      'stock_issued:口罩': [10, null, 15],
      'stock_on_hand:口罩': [null, 585, null],
      'stock_cover_days:口罩': [
        null,
        cover?.days === null ? null : Math.round((cover?.days ?? 0) * 10) / 10,
        null,
      ],
      'stock_below_reorder:口罩': [null, 1, null],
    });
    expect(figures(d.sections, 'errands')).toEqual({
      errands_opened: [2, null, 3],
      errands_delivered: [1, null, 1],
      errands_open: [null, 3, null],
      errands_stale: [null, 1, null],
    });
    expect(figures(d.sections, 'staff')).toEqual({
      staff_rostered: [0, null, null],
      staff_present: [0, null, null],
      staff_no_show: [0, null, null],
    });
    expect(d.latestVersion).toBe(0);
  });

  it('keeps a signed report as signed when the data changes, and a correction is a new version saying what changed', async () => {
    const p = await reportPost();
    const signed = must(
      await p.call('reports.sign', { day: '2026-11-28', incidents: '', notes: '一切正常', basedOn: 0 }),
    );
    expect(signed.version).toBe(1);
    const v1 = must(await p.call('reports.get', { day: '2026-11-28' }));
    expect(v1.signedBy).toBe('林晓梅');
    // New data after signing: another entry at the gate on the day.
    p.db.$client.exec(`INSERT INTO gate_log (post_id, at, direction, kind, who, fever, recorded_by)
      VALUES (1, '2026-11-28T01:55:00.000Z', 'in', 'other', 'h', 0, 'x')`);
    const again = must(await p.call('reports.get', { day: '2026-11-28' }));
    expect(again.sections).toEqual(v1.sections);
    expect(figures(again.sections, 'gate').gate_in).toEqual([3, null, 5]);
    const draft = must(await p.call('reports.daily', { day: '2026-11-28' }));
    expect(figures(draft.sections, 'gate').gate_in).toEqual([4, null, 6]);
    expect(draft.changes).toEqual([
      { section: 'gate', key: 'gate_in', label: '', before: '3 / — / 5', after: '4 / — / 6' },
    ]);

    // A correction needs a reason and the version seen.
    const noReason = await p.call('reports.sign', { day: '2026-11-28', basedOn: 1, notes: '一切正常' });
    expect(noReason.ok).toBe(false);
    const stale = await p.call('reports.sign', { day: '2026-11-28', basedOn: 0, reason: '补录' });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    const v2 = must(
      await p.call('reports.sign', {
        day: '2026-11-28',
        basedOn: 1,
        notes: '一切正常',
        reason: '补录一人进入',
      }),
    );
    expect(v2.version).toBe(2);
    expect(v2.changes).toEqual(draft.changes);
    const got = must(await p.call('reports.get', { day: '2026-11-28' }));
    expect(got.version).toBe(2);
    expect(got.reason).toBe('补录一人进入');
    expect(got.versions.map((v) => v.version)).toEqual([1, 2]);
    // Version 1 is still there, unchanged (append-only).
    expect(must(await p.call('reports.get', { day: '2026-11-28', version: 1 })).sections).toEqual(
      v1.sections,
    );
    expect(count(p.db, 'daily_reports')).toBe(2);
    const audit = p.db.$client
      .prepare(
        "SELECT summary_code AS code FROM audit_log WHERE summary_code LIKE 'audit_report%' ORDER BY id",
      )
      .all();
    expect(audit).toEqual([{ code: 'audit_report_sign' }, { code: 'audit_report_correct' }]);
  });

  it("counts today's slot as missed when its own rhythm's window has ended, not another's with the same start", async () => {
    const p = await reportPost();
    // At 11:30: four a day's 06–10 and three a day's 07–11 have ended; twice a day's 07–13 has not.
    p.db.$client.exec(`
      INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, reason, from_day, to_day, checks_per_day,
        opened_at, opened_by_name, last_read_pos) VALUES
        ('h3', 'p', 3, 'resident', 3, 'compound', '2026-11-26', '2026-12-09', 3, 'x', 'x', 0),
        ('h4', 'p', 4, 'resident', 4, 'compound', '2026-11-26', '2026-12-09', 2, 'x', 'x', 0);
      INSERT INTO health_slots (id, episode_seq, day, slot, starts, state) VALUES
        (6, 3, '2026-11-28', 0, 420, 'due'), (7, 4, '2026-11-28', 0, 420, 'due');`);
    countSlots(p.db);
    const at = (iso: string) => api(p.db, { ...p.host, now: () => new Date(iso) });
    const rounds = async (iso: string) => {
      const d = must(await at(iso)('reports.daily', { day: '2026-11-28' }));
      const f = figures(d.sections, 'health');
      return [f.rounds_due?.[0], f.rounds_done?.[0], f.rounds_missed?.[0]];
    };
    expect(await rounds('2026-11-28T03:30:00.000Z')).toEqual([6, 2, 2]);
    // At 9:00 none has ended; at 13:30 twice a day's morning has too.
    expect(await rounds('2026-11-28T01:00:00.000Z')).toEqual([6, 2, 0]);
    expect(await rounds('2026-11-28T05:30:00.000Z')).toEqual([6, 2, 3]);
    // The next day, every slot of this one still due is missed.
    expect(await rounds('2026-11-29T02:00:00.000Z')).toEqual([6, 2, 4]);
  });

  it('signs a nil report (零报告), lists the history one row per day with gaps, refuses a future day', async () => {
    const p = await reportPost();
    must(await p.call('reports.sign', { day: '2026-11-26', nilReport: true, basedOn: 0 }));
    must(await p.call('reports.sign', { day: '2026-11-28', basedOn: 0, incidents: '东门一人发热，已转诊' }));
    const list = must(await p.call('reports.list', {}));
    expect(list.from).toBe('2026-11-26');
    expect(list.days.map((d) => [d.day, d.latest?.nilReport ?? null])).toEqual([
      ['2026-11-28', false],
      ['2026-11-27', null],
      ['2026-11-26', true],
    ]);
    expect(must(await p.call('reports.get', { day: '2026-11-26' })).nilReport).toBe(true);
    const future = await p.call('reports.sign', { day: '2026-11-29', basedOn: 0 });
    expect(!future.ok && future.error.code).toBe('VALIDATION');
    const none = await p.call('reports.get', { day: '2026-11-27' });
    expect(!none.ok && none.error.code).toBe('NOT_FOUND');
    const noOperator = await api(p.db, p.host)('reports.sign', {
      day: '2026-11-27',
      basedOn: 0,
    });
    expect(!noOperator.ok && noOperator.error.code).toBe('FORBIDDEN');
  });
});
