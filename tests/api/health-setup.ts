import type { Db } from '../../db/open';
import { api, withOperator } from './helpers';

/** An instant at the post (Shanghai, UTC+8): `local('2026-11-28', '07:30')`. */
export const local = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

/**
 * A compound for the rounds: 1栋 with two households (王 ×3 in 101, 陈 ×2 in 102, 陈玉兰 on regular
 * medicine), 2栋 with one (李建国 in 201), and 赵明 of 101 away (not in the compound). The clock is
 * set with `at(day, hhmm)`; `call` signs as the operator.
 */
export async function healthPost() {
  const ctx = await withOperator();
  const { db } = ctx;
  db.$client.exec(`
    INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2), ('2栋', 6, 2);
    INSERT INTO households (building_id, room, householder_name, phone, updated_at)
      VALUES (1, '101', '王建华', '13800000001', 'x'), (1, '102', '陈玉兰', '13800000002', 'x'), (2, '201', '李建国', '13800000003', 'x');
    INSERT INTO residents (household_id, name, phone, updated_at) VALUES (1, '王建华', '13800000001', 'x'), (1, '王丽', '', 'x'), (1, '王小明', '', 'x');
    INSERT INTO residents (household_id, name, regular_medicine, chronic_illness, updated_at) VALUES (2, '陈玉兰', 1, 1, 'x');
    INSERT INTO residents (household_id, name, updated_at) VALUES (2, '陈伟', 'x'), (3, '李建国', 'x');
    INSERT INTO residents (household_id, name, presence, updated_at) VALUES (1, '赵明', 'away', 'x');`);
  let now = local('2026-11-28', '06:00');
  const host = { ...ctx.host, now: () => now };
  const call = api(db, host, ctx.operatorId);
  const at = (day: string, hhmm: string) => {
    now = local(day, hhmm);
  };
  const residentId = (name: string) =>
    (db.$client.prepare('SELECT id FROM residents WHERE name = ?').get(name) as { id: number }).id;
  return { ...ctx, host, call, at, residentId };
}

/** Every slot's kept latest check, against the slot's checks rebuilt (the last by time). */
export function slotsRebuilt(db: Db) {
  return db.$client
    .prepare(
      `SELECT s.id, s.checks AS kept, (SELECT count(*) FROM health_checks c WHERE c.slot_id = s.id) AS rebuilt
       FROM health_slots s ORDER BY s.id`,
    )
    .all() as { id: number; kept: number; rebuilt: number }[];
}
