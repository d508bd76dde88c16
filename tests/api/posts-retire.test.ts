import { describe, expect, it } from 'vitest';
import { api, count } from './helpers';
import { post } from './roster-setup';

const GUARD = [{ roles: ['police_officer' as const, 'property_manager' as const], min: 1 }];

describe('posts are edited and retired, not deleted while shifts refer to them (issue 10, point 12)', () => {
  it('an edit renames a post and changes head counts; times change only where nobody is rostered ahead', async () => {
    const { call, db } = await post();
    await call('roster.generate', { from: '2026-11-30', days: 7 });
    const list = await call('posts.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const north = list.value.find((p) => p.name === '北门');
    if (!north) throw new Error('setup');
    expect(north).toMatchObject({ retiredAt: null, shifts: 21 });
    const [night, morning, evening] = north.templates;
    if (!night || !morning || !evening) throw new Error('setup');
    // Rename and one more person on the evening shift: fine.
    const renamed = await call('posts.save', {
      id: north.id,
      version: north.version,
      name: '北门（主）',
      templates: [night, morning, { ...evening, headcount: 3 }],
    });
    expect(renamed).toMatchObject({ ok: true, value: { name: '北门（主）', version: north.version + 1 } });
    // Moving the morning shift while people stand on it ahead: refused.
    const moved = await call('posts.save', {
      id: north.id,
      version: north.version + 1,
      name: '北门（主）',
      templates: [night, { ...morning, start: '07:00' }, { ...evening, headcount: 3 }],
    });
    expect(moved).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'template_times_in_use' } },
    });
    // Dropping a shift that was rostered: refused.
    const dropped = await call('posts.save', {
      id: north.id,
      version: north.version + 1,
      name: '北门（主）',
      templates: [night, morning],
    });
    expect(dropped).toMatchObject({ ok: false, error: { reason: { code: 'template_removed' } } });
    // A new post never rostered may change its times: its shifts ahead move with it.
    const east = await call('posts.save', {
      name: '东门',
      templates: [{ name: '白班', start: '08:00', hours: 12, headcount: 1, requirements: [] }],
    });
    if (!east.ok) throw new Error(east.error.message);
    db.$client
      .prepare(
        "INSERT INTO shifts (template_id, post_id, day, starts_at, ends_at) VALUES (?, ?, '2026-12-01', '2026-12-01T00:00:00.000Z', '2026-12-01T12:00:00.000Z')",
      )
      .run(east.value.templates[0]?.id, east.value.id);
    const later = await call('posts.save', {
      id: east.value.id,
      version: east.value.version,
      name: '东门',
      templates: [
        {
          ...east.value.templates[0],
          name: '白班',
          start: '09:00',
          hours: 10,
          headcount: 1,
          requirements: [],
        },
      ],
    });
    expect(later.ok).toBe(true);
    expect(
      db.$client.prepare('SELECT starts_at, ends_at FROM shifts WHERE post_id = ?').get(east.value.id),
    ).toEqual({
      starts_at: '2026-12-01T01:00:00.000Z',
      ends_at: '2026-12-01T11:00:00.000Z',
    });
  });

  it('a retired post keeps its history, loses its places ahead, and is not scheduled; it can come back', async () => {
    const { call, db, host } = await post();
    const dayBefore = api(db, { ...host, now: () => new Date('2026-11-27T02:00:00Z') }, 1);
    await dayBefore('roster.generate', { from: '2026-11-28', days: 3 });
    const list = await call('posts.list', {});
    const south = list.ok ? list.value.find((p) => p.name === '南门') : undefined;
    if (!south) throw new Error('setup');
    const held = (from: string) =>
      (
        db.$client
          .prepare(
            'SELECT count(*) AS n FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE s.post_id = ? AND s.starts_at >= ?',
          )
          .get(south.id, from) as { n: number }
      ).n;
    const before = held('2026-11-28T02:00:00.000Z');
    const r = await call('posts.retire', { id: south.id, version: south.version, retired: true });
    if (!r.ok) throw new Error(r.error.message);
    // Its places ahead (the evening shift and the two days after, two a shift) are taken off.
    expect(r.value.removed).toBe(before);
    expect(before).toBe(14);
    expect(r.value.post.retiredAt).toBe('2026-11-28T02:00:00.000Z');
    // The night and morning shifts, begun before it was retired, keep their people.
    expect(held('2026-11-27T16:00:00.000Z')).toBe(4);
    expect(
      count(db, 'roster_changes') -
        (
          db.$client.prepare("SELECT count(*) AS n FROM roster_changes WHERE kind <> 'unassign'").get() as {
            n: number;
          }
        ).n,
    ).toBe(r.value.removed);
    // Not scheduled: generating again leaves it empty, and the grid shows only its history.
    const g = await call('roster.generate', { from: '2026-11-28', days: 7 });
    expect(g.ok && g.value.gaps.some((x) => x.post === '南门')).toBe(false);
    expect(held('2026-11-28T02:00:00.000Z')).toBe(0);
    const v = await call('roster.get', { from: '2026-11-28', days: 7 });
    const southShifts = v.ok ? v.value.shifts.filter((s) => s.post === '南门') : [];
    expect(southShifts.map((s) => s.name)).toEqual(['夜班', '早班']);
    // Its gate log stays; it cannot be deleted while shifts refer to it.
    expect(await call('posts.delete', { id: south.id, version: south.version + 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'post_in_use', params: { name: '南门' } } },
    });
    // Back in service: generating staffs it again.
    const back = await call('posts.retire', { id: south.id, version: south.version + 1, retired: false });
    expect(back).toMatchObject({ ok: true, value: { post: { retiredAt: null } } });
    await call('roster.generate', { from: '2026-11-28', days: 3 });
    expect(held('2026-11-28T02:00:00.000Z')).toBeGreaterThan(10);
  });

  it('a post nothing refers to can be deleted', async () => {
    const { call, db } = await post();
    const east = await call('posts.save', {
      name: '东门',
      templates: [{ name: '白班', start: '08:00', hours: 12, headcount: 1, requirements: GUARD }],
    });
    if (!east.ok) throw new Error(east.error.message);
    const gone = await call('posts.delete', { id: east.value.id, version: east.value.version });
    expect(gone).toMatchObject({ ok: true });
    expect(db.$client.prepare('SELECT count(*) AS n FROM duty_posts WHERE name = ?').get('东门')).toEqual({
      n: 0,
    });
    expect(
      db.$client.prepare("SELECT summary_code AS c FROM audit_log WHERE method = 'posts.delete'").get(),
    ).toEqual({ c: 'audit_post_delete' });
  });
});
