import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import { PRESENCE } from '../../../db/schema/enums';
import { ageCounts } from '../shared/ages';
import { awayByPresence } from '../shared/away';
import type { Stats } from './contract';

type ByBuilding = z.infer<typeof Stats>['byBuilding'][number];

/**
 * The registry's figures without counting a district row by row (issue 11): each building's rooms and
 * residents come from `building_counts` (kept by triggers, migration 0013); the totals are their sums;
 * who is away and who has a need are read from small partial indexes, ages from the birth months
 * (shared/ages.ts), and the in-compound figure is the rest of the total.
 */
export function registryStats(db: ReadDb, today: string): z.infer<typeof Stats> {
  const byBuilding = db.all<ByBuilding>(sql`
    SELECT b.id AS buildingId, b.name, coalesce(c.rooms, 0) AS rooms,
      coalesce(c.not_visited, 0) AS notVisited, coalesce(c.registered, 0) AS registered,
      coalesce(c.verified, 0) AS verified, coalesce(c.occupied, 0) AS occupied,
      coalesce(c.vacant, 0) AS vacant, coalesce(c.unknown, 0) AS unknown,
      coalesce(c.residents, 0) AS residents
    FROM buildings b LEFT JOIN building_counts c ON c.building_id = b.id
    ORDER BY b.sort_order, b.id`);
  const sum = (k: keyof Omit<ByBuilding, 'buildingId' | 'name'>) => byBuilding.reduce((a, b) => a + b[k], 0);
  const people = sum('residents');
  const away = awayByPresence(db);
  const elsewhere = [...away.values()].reduce((a, n) => a + n, 0);
  const presence = Object.fromEntries(
    PRESENCE.map((k) => [k, k === 'in_compound' ? people - elsewhere : (away.get(k) ?? 0)]),
  ) as Record<(typeof PRESENCE)[number], number>;
  const needs = db.get<Omit<z.infer<typeof Stats>['flags'], 'elderly' | 'children'>>(sql`
    SELECT coalesce(sum(pregnant), 0) AS pregnant, coalesce(sum(chronic_illness), 0) AS chronicIllness,
      coalesce(sum(disability), 0) AS disability, coalesce(sum(regular_medicine), 0) AS regularMedicine
    FROM residents WHERE pregnant OR chronic_illness OR disability OR regular_medicine`);
  const age = ageCounts(today);
  const ages = db.get<{ elderly: number; children: number }>(
    sql`SELECT ${age.elderly} AS elderly, ${age.children} AS children`,
  );
  return {
    byBuilding,
    regStatus: { not_visited: sum('notVisited'), registered: sum('registered'), verified: sum('verified') },
    occupancy: { occupied: sum('occupied'), vacant: sum('vacant'), unknown: sum('unknown') },
    presence,
    flags: {
      elderly: ages?.elderly ?? 0,
      children: ages?.children ?? 0,
      pregnant: needs?.pregnant ?? 0,
      chronicIllness: needs?.chronicIllness ?? 0,
      disability: needs?.disability ?? 0,
      regularMedicine: needs?.regularMedicine ?? 0,
    },
  };
}
