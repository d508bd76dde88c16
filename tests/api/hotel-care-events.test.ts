/**
 * Issue 10, points 2, 6, 7: release is a decision and can be undone; a guest's fever is an alert
 * until handled; needs in one go, handled with what was done, reopened by mistake. Every correction
 * is a new care event (UUID, the post's id); nothing is deleted.
 */
import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb } from './helpers';

const ok = <T>(
  r: { ok: true; value: T } | { ok: false; error: { message: string; issues?: unknown } },
): T => {
  if (!r.ok) throw new Error(`${r.error.message} ${JSON.stringify(r.error.issues ?? '')}`);
  return r.value;
};

/** The demo with a hotel, and one resident placed today (2026-11-28; the compound sealed, planned end 12-06). */
async function withGuest() {
  const { db, host } = freshDb();
  writeDemo(db, { now: FIXED_NOW });
  const call = api(db, host, 1);
  const commanderId = (
    db.$client.prepare("SELECT id FROM team_members WHERE role = 'commander'").get() as { id: number }
  ).id;
  const asCommander = api(db, host, commanderId);
  const hotel = ok(await call('hotels.save', { name: '城西宾馆', address: '', contact: '', phone: '' }));
  ok(await call('hotels.addRooms', { hotelId: hotel.id, from: 201, to: 204, beds: 2 }));
  const resident = db.$client
    .prepare("SELECT id FROM residents WHERE presence = 'in_compound' LIMIT 1")
    .get() as {
    id: number;
  };
  const reg = ok(
    await call('returnees.register', { fromPlace: '三亚', members: [{ residentId: resident.id }] }),
  );
  const guest = reg.members[0]?.id ?? 0;
  ok(await call('returnees.decide', { returneeIds: [guest], outcome: 'hotel' }));
  const placed = ok(
    await call('hotels.place', { assignments: [{ roomId: 1, returneeIds: [guest] }], checkIn: '2026-11-28' }),
  );
  const presence = () =>
    (
      db.$client.prepare('SELECT presence FROM residents WHERE id = ?').get(resident.id) as {
        presence: string;
      }
    ).presence;
  const events = () =>
    db.$client.prepare('SELECT * FROM care_events ORDER BY rowid').all() as Record<string, unknown>[];
  return { db, call, asCommander, guest, stayId: placed.stays[0]?.stayId ?? 0, presence, events };
}

describe('release is a decision', () => {
  it('needs a destination and a reason', async () => {
    const { call, guest } = await withGuest();
    // As the empty form sends it.
    const r = await call('hotels.release', { returneeId: guest, to: '', reason: ' ' } as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (r.ok) return;
    expect(r.error.issues?.map((i) => [i.path, i.reason?.code]).sort()).toEqual([
      ['reason', 'release_reason_required'],
      ['to', 'release_to_required'],
    ]);
  });

  it('refuses home on day 1 while sealed; only a commander overrides, with a reason kept as a care event', async () => {
    const { db, call, asCommander, guest, stayId, presence, events } = await withGuest();
    const home = { returneeId: guest, to: 'home' as const, reason: '本人要求回家' };
    expect(await call('hotels.release', home)).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: { code: 'release_home_sealed', params: { plannedEnd: '2026-12-06' } },
        issues: [{ path: 'overrideReason' }],
      },
    });
    expect(await call('hotels.release', { ...home, overrideReason: '家中老人无人照顾' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: { code: 'override_commander_only' } },
    });
    expect(presence()).toBe('in_hotel');
    // To hospital needs no override.
    const r = ok(await asCommander('hotels.release', { ...home, overrideReason: '家中老人无人照顾' }));
    expect(r).toEqual({ stayId, override: true });
    expect(presence()).toBe('in_compound');
    const [e] = events();
    expect(e).toMatchObject({
      kind: 'release_override',
      stay_id: stayId,
      action: 'release_home_sealed',
      reason: '家中老人无人照顾',
      by_name: '张卫国',
    });
    expect(e?.id).toMatch(/^[0-9a-f-]{36}$/);
    const post = (db.$client.prepare('SELECT post_id FROM compound').get() as { post_id: string }).post_id;
    expect(post).toMatch(/^[0-9a-f-]{36}$/);
    expect(e?.post_id).toBe(post);
    const audit = db.$client
      .prepare(
        "SELECT summary FROM audit_log WHERE method = 'hotels.release' AND summary_code = 'audit_hotel_release_override'",
      )
      .get() as { summary: string };
    expect(audit.summary).toContain('指挥长越过：小区封闭中回家，理由：家中老人无人照顾');
  });

  it('lets a guest go to hospital any day, and undoes a release by mistake as a new stay with the reason', async () => {
    const { db, call, guest, stayId, presence, events } = await withGuest();
    ok(await call('hotels.release', { returneeId: guest, to: 'hospital', reason: '发热转院' }));
    expect(presence()).toBe('in_hospital');
    expect(await call('hotels.undoRelease', { stayId, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason', reason: { code: 'reason_required' } }] },
    });
    const back = ok(await call('hotels.undoRelease', { stayId, reason: '点错了人，本人仍在酒店' }));
    expect(back.stayId).not.toBe(stayId);
    expect(presence()).toBe('in_hotel');
    const file = ok(await call('returnees.get', { id: guest }));
    // Nothing deleted: the released stay is still there, the new one is open in the same room.
    expect(file.stays.map((s) => [s.id, s.endKind, s.roomId])).toEqual([
      [stayId, 'released', 1],
      [back.stayId, null, 1],
    ]);
    expect(file.care).toMatchObject([{ kind: 'release_undone', stayId, reason: '点错了人，本人仍在酒店' }]);
    expect(events()).toHaveLength(1);
    expect(db.$client.prepare('SELECT status FROM hotel_rooms WHERE id = 1').get()).toEqual({
      status: 'occupied',
    });
    // Only the latest release, and only a release.
    expect(await call('hotels.undoRelease', { stayId, reason: '再来一次' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'release_not_latest' } },
    });
  });
});

describe('a fever in a hotel guest is an alert until handled', () => {
  it('stays on the board and the overview until someone records what was done', async () => {
    const { call, guest } = await withGuest();
    const c = ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 37.8 }));
    expect(c.fever).toBe(true);
    for (let i = 0; i < 2; i++) {
      // Still there on the next look, and the one after.
      const board = ok(await call('hotels.occupancy', {}));
      expect(board.feverAlerts).toMatchObject([
        { contactId: c.id, returneeId: guest, temperature: 37.8, room: '201' },
      ]);
      const overview = ok(await call('overview.get', {}));
      expect(overview.counts.feverAlerts).toBe(1);
      expect(overview.feverAlerts.map((a) => a.contactId)).toEqual([c.id]);
    }
    expect(await call('hotels.handleFever', { contactId: c.id } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'action', reason: { code: 'fever_action_required' } }] },
    });
    const h = ok(
      await call('hotels.handleFever', {
        contactId: c.id,
        action: 'called_doctor',
        note: '符医生 11:00 上门',
      }),
    );
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok(await call('hotels.occupancy', {})).feverAlerts).toEqual([]);
    expect(ok(await call('overview.get', {})).counts.feverAlerts).toBe(0);
    expect(await call('hotels.handleFever', { contactId: c.id, action: 'rechecked' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'fever_already_handled' } },
    });
    const file = ok(await call('returnees.get', { id: guest }));
    expect(file.contacts[0]).toMatchObject({ fever: true, feverHandled: true });
    expect(file.care).toMatchObject([
      { kind: 'fever_handled', action: 'called_doctor', reason: '符医生 11:00 上门' },
    ]);
  });

  it('logs a call for an earlier time today or yesterday, never later than now or before yesterday', async () => {
    const { call, guest } = await withGuest();
    const earlier = ok(
      await call('hotels.logContact', {
        returneeId: guest,
        reached: true,
        temperature: 36.5,
        at: '2026-11-27T12:00:00.000Z',
      }),
    );
    const file = ok(await call('returnees.get', { id: guest }));
    expect(file.contacts.find((x) => x.id === earlier.id)).toMatchObject({
      day: '2026-11-27',
      at: '2026-11-27T12:00:00.000Z',
    });
    expect(
      await call('hotels.logContact', { returneeId: guest, reached: true, at: '2026-11-28T03:00:00.000Z' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'call_in_future' }, issues: [{ path: 'at' }] },
    });
    expect(
      await call('hotels.logContact', { returneeId: guest, reached: true, at: '2026-11-26T08:00:00.000Z' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: { code: 'call_too_old' } } });
  });
});

describe('needs', () => {
  it('takes alcohol, a thermometer and masks in one go; handling asks what was done; a mistake is reopened', async () => {
    const { call, guest, events } = await withGuest();
    expect(await call('hotels.addNeed', { returneeId: guest, kinds: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'kinds', reason: { code: 'choose_needs' } }] },
    });
    const added = ok(
      await call('hotels.addNeed', { returneeId: guest, kinds: ['alcohol', 'thermometer', 'masks'] }),
    );
    expect(added.ids).toHaveLength(3);
    expect(ok(await call('hotels.occupancy', {})).hotels[0]?.guests[0]?.openNeeds).toBe(3);
    const [alcohol] = added.ids as [number];
    expect(await call('hotels.handleNeed', { needId: alcohol } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'done', reason: { code: 'need_done_required' } }] },
    });
    ok(await call('hotels.handleNeed', { needId: alcohol, done: 'delivered', note: '跑腿员送到前台' }));
    let file = ok(await call('returnees.get', { id: guest }));
    expect(file.needs.find((n) => n.id === alcohol)).toMatchObject({
      handledDone: 'delivered',
      handledNote: '跑腿员送到前台',
    });
    // Marked handled by mistake: reopened with a reason; the handling stays in the history.
    expect(await call('hotels.reopenNeed', { needId: alcohol, reason: '' })).toMatchObject({ ok: false });
    ok(await call('hotels.reopenNeed', { needId: alcohol, reason: '送错房间了' }));
    file = ok(await call('returnees.get', { id: guest }));
    expect(file.needs.find((n) => n.id === alcohol)).toMatchObject({ handledAt: null, handledDone: null });
    const [handled, reopened] = events();
    expect(handled).toMatchObject({
      kind: 'need_handled',
      need_id: alcohol,
      action: 'delivered',
      reason: '跑腿员送到前台',
    });
    expect(reopened).toMatchObject({
      kind: 'need_reopened',
      need_id: alcohol,
      reason: '送错房间了',
      reverses: handled?.id,
    });
    expect(await call('hotels.reopenNeed', { needId: alcohol, reason: '再撤销' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'need_not_handled' } },
    });
    expect(ok(await call('hotels.occupancy', {})).hotels[0]?.guests[0]?.openNeeds).toBe(3);
  });
});
