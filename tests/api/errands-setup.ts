import type { Db } from '../../db/open';
import { withOperator } from './helpers';

/**
 * A post for errands: two buildings with a household each, three runners (赵 and 钱 cover 1栋, 孙
 * covers 2栋), a 跑腿 duty post whose day shift (08:00–20:00 on 2026-11-28, FIXED_NOW is 10:00) has
 * all three rostered. Nobody has signed in yet: `signIn(id)` makes a runner present.
 */
export async function errandsPost() {
  const ctx = await withOperator();
  const { db, call } = ctx;
  db.$client.exec(`
    INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2), ('2栋', 6, 2);
    INSERT INTO households (building_id, room, householder_name, phone, updated_at)
      VALUES (1, '101', '王建华', '13800000001', 'x'), (2, '302', '陈玉兰', '13800000002', 'x');
    INSERT INTO team_members (name, role, created_at) VALUES ('赵跑腿', 'runner', 'x'), ('钱跑腿', 'runner', 'x'), ('孙跑腿', 'runner', 'x');
    INSERT INTO duty_posts (name) VALUES ('跑腿');
    INSERT INTO shift_templates (post_id, name, start, hours, headcount) VALUES (1, '白班', '08:00', 12, 3);
    INSERT INTO shifts (template_id, post_id, day, starts_at, ends_at)
      VALUES (1, 1, '2026-11-28', '2026-11-28T00:00:00.000Z', '2026-11-28T12:00:00.000Z');`);
  const id = (name: string) =>
    (db.$client.prepare('SELECT id FROM team_members WHERE name = ?').get(name) as { id: number }).id;
  const zhao = id('赵跑腿');
  const qian = id('钱跑腿');
  const sun = id('孙跑腿');
  db.$client.exec(`
    INSERT INTO runner_buildings (member_id, building_id) VALUES (${zhao}, 1), (${qian}, 1), (${sun}, 2);
    INSERT INTO assignments (shift_id, staff_id, source) VALUES (1, ${zhao}, 'manual'), (1, ${qian}, 'manual'), (1, ${sun}, 'manual');`);
  const signIn = async (staffId: number, at = '2026-11-28T00:05:00.000Z') => {
    const r = await call('attendance.record', { shiftId: 1, staffId, action: 'in', at });
    if (!r.ok) throw new Error(r.error.message);
  };
  const add = async (householdId = 1, extra: object = {}) => {
    const r = await call('errands.add', {
      householdId,
      kind: 'groceries',
      lines: [
        { what: '白菜', qty: 2 },
        { what: '鸡蛋', qty: 1, note: '一盒' },
      ],
      ...extra,
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  return { ...ctx, zhao, qian, sun, signIn, add };
}

/** The latest step of every errand rebuilt from the steps alone (state, since, runner, count). */
export function latestRebuilt(db: Db) {
  return db.$client
    .prepare(
      `SELECT s.errand_id AS id, s.state, s.at AS stateSince, s.runner_id AS runnerId, s.runner_name AS runnerName,
         s.seq AS steps, s.state NOT IN ('confirmed', 'cancelled', 'duplicate') AS open
       FROM errand_steps s WHERE s.seq = (SELECT max(seq) FROM errand_steps x WHERE x.errand_id = s.errand_id)
       ORDER BY 1`,
    )
    .all();
}

/** What the errand rows keep as their latest step, in the same shape. */
export function latestKept(db: Db) {
  return db.$client
    .prepare(
      `SELECT id, state, state_since AS stateSince, runner_id AS runnerId, runner_name AS runnerName, steps, open
       FROM errands ORDER BY 1`,
    )
    .all();
}

/** Every runner's balance rebuilt from the entries summed, against the latest entry's kept balance. */
export function balancesRebuilt(db: Db) {
  return db.$client
    .prepare(
      'SELECT runner_id AS runnerId, sum(amount_fen) AS fen FROM cash_entries GROUP BY runner_id ORDER BY 1',
    )
    .all();
}
export function balancesKept(db: Db) {
  return db.$client
    .prepare(
      `SELECT runner_id AS runnerId, balance_fen AS fen FROM cash_entries c
       WHERE seq = (SELECT max(seq) FROM cash_entries x WHERE x.runner_id = c.runner_id) ORDER BY 1`,
    )
    .all();
}
