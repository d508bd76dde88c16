import { describe, expect, it } from 'vitest';
import type { TeamRole } from '../../db/schema/enums';
import { post } from './roster-setup';

describe('roster.generate reports how fairly it spread the work (issue 11)', () => {
  it('per role: the fewest and most nights and hours anyone has, as the roster holds them, even within one and one shift', async () => {
    const { call } = await post();
    const g = await call('roster.generate', { from: '2026-11-30', days: 14 });
    if (!g.ok) throw new Error(g.error.message);
    const team = await call('team.list', {});
    const view = await call('roster.get', { from: '2026-11-30', days: 14 });
    if (!team.ok || !view.ok) throw new Error('read');
    const load = new Map<number, { nights: number; hours: number }>();
    for (const s of view.value.shifts)
      for (const p of s.staff) {
        const l = load.get(p.id) ?? { nights: 0, hours: 0 };
        l.nights += Number(s.name === '夜班');
        l.hours += 8;
        load.set(p.id, l);
      }
    const expected = new Map<TeamRole, { nights: number[]; hours: number[] }>();
    for (const m of team.value.filter((x) => x.active && x.role !== 'runner')) {
      const l = load.get(m.id) ?? { nights: 0, hours: 0 };
      const e = expected.get(m.role) ?? { nights: [], hours: [] };
      e.nights.push(l.nights);
      e.hours.push(l.hours);
      expected.set(m.role, e);
    }
    expect(g.value.spread).toHaveLength(expected.size);
    for (const s of g.value.spread) {
      const e = expected.get(s.role);
      expect(s).toEqual({
        role: s.role,
        people: e?.nights.length,
        nights: { min: Math.min(...(e?.nights ?? [])), max: Math.max(...(e?.nights ?? [])) },
        hours: { min: Math.min(...(e?.hours ?? [])), max: Math.max(...(e?.hours ?? [])) },
        even: true,
      });
      expect(s.nights.max - s.nights.min, s.role).toBeLessThanOrEqual(1);
      expect(s.hours.max - s.hours.min, s.role).toBeLessThanOrEqual(8);
    }
    // Generating again keeps the roster, and reports the same spread over what is kept.
    const again = await call('roster.generate', { from: '2026-11-30', days: 14 });
    expect(again.ok && again.value.spread).toEqual(g.value.spread);
  });
});
