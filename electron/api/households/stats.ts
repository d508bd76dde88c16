import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import { PRESENCE } from '../../../db/schema/enums';
import { bornOnOrBefore, CHILD_AGE, ELDERLY_AGE } from '../residents/rules';
import type { Stats } from './contract';

type Row = { k: string; n: number };
const tally = <K extends string>(keys: readonly K[], rows: Row[]) =>
  Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.k === k)?.n ?? 0])) as Record<K, number>;

export function registryStats(db: ReadDb, today: string): z.infer<typeof Stats> {
  const byBuilding = db.all<z.infer<typeof Stats>['byBuilding'][number]>(sql`
    SELECT b.id AS buildingId, b.name, count(h.id) AS rooms,
      coalesce(sum(h.reg_status = 'not_visited'), 0) AS notVisited,
      coalesce(sum(h.reg_status = 'registered'), 0) AS registered,
      coalesce(sum(h.reg_status = 'verified'), 0) AS verified,
      coalesce(sum(h.occupancy = 'occupied'), 0) AS occupied,
      coalesce(sum(h.occupancy = 'vacant'), 0) AS vacant,
      coalesce(sum(h.occupancy = 'unknown'), 0) AS unknown,
      (SELECT count(*) FROM residents r JOIN households h2 ON h2.id = r.household_id WHERE h2.building_id = b.id) AS residents
    FROM buildings b LEFT JOIN households h ON h.building_id = b.id
    GROUP BY b.id ORDER BY b.sort_order, b.id`);
  const f = db.get<z.infer<typeof Stats>['flags']>(sql`
    SELECT coalesce(sum(birth_date <= ${bornOnOrBefore(today, ELDERLY_AGE)}), 0) AS elderly,
      coalesce(sum(birth_date > ${bornOnOrBefore(today, CHILD_AGE)} AND birth_date <= ${today}), 0) AS children,
      coalesce(sum(pregnant), 0) AS pregnant, coalesce(sum(chronic_illness), 0) AS chronicIllness,
      coalesce(sum(disability), 0) AS disability, coalesce(sum(regular_medicine), 0) AS regularMedicine
    FROM residents`);
  return {
    byBuilding,
    regStatus: tally(
      ['not_visited', 'registered', 'verified'],
      db.all<Row>(sql`SELECT reg_status AS k, count(*) AS n FROM households GROUP BY 1`),
    ),
    occupancy: tally(
      ['occupied', 'vacant', 'unknown'],
      db.all<Row>(sql`SELECT occupancy AS k, count(*) AS n FROM households GROUP BY 1`),
    ),
    presence: tally(
      PRESENCE,
      db.all<Row>(sql`SELECT presence AS k, count(*) AS n FROM residents GROUP BY 1`),
    ),
    flags: f,
  };
}
