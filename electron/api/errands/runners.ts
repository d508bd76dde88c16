/**
 * errands.runners: who can carry errands, for the assign dialog and the runner's view — the buildings
 * each covers, on duty now (the same rule as routing, route.ts), open errands and cash balance.
 */
import { sql } from 'drizzle-orm';
import type { HandlerMap } from '../handler';
import { dutyAndLoad } from './route';

export const runnersHandlers: HandlerMap<'errands.runners'> = {
  'errands.runners': (db, input, ctx) => {
    const rows = db.all<{
      id: number;
      name: string;
      phone: string;
      covered: string | null;
      balanceFen: number;
    }>(
      sql`SELECT t.id, t.name, t.phone,
        (SELECT json_group_array(json_array(b.id, b.name)) FROM (SELECT b.id, b.name FROM runner_buildings rb
          JOIN buildings b ON b.id = rb.building_id WHERE rb.member_id = t.id ORDER BY b.sort_order, b.id) b) AS covered,
        coalesce((SELECT balance_fen FROM cash_entries c WHERE c.runner_id = t.id ORDER BY c.seq DESC LIMIT 1), 0) AS balanceFen
        FROM team_members t
        WHERE t.active = 1 AND (t.role = 'runner' OR EXISTS (SELECT 1 FROM runner_buildings rb WHERE rb.member_id = t.id))
        ORDER BY t.id`,
    );
    const { onDuty, open } = dutyAndLoad(
      db,
      rows.map((r) => r.id),
      ctx.now().toISOString(),
    );
    const runners = rows.map((r) => {
      const covered = JSON.parse(r.covered ?? '[]') as [number, string][];
      const buildingIds = covered.map(([id]) => id);
      return {
        id: r.id,
        name: r.name,
        phone: r.phone,
        buildingIds,
        buildings: covered.map(([, name]) => name),
        covers: input.buildingId !== undefined && buildingIds.includes(input.buildingId),
        onDuty: onDuty.has(r.id),
        openErrands: open.get(r.id) ?? 0,
        balanceFen: r.balanceFen,
      };
    });
    // Who covers the building first, then who is on duty, then the least loaded (as routing would).
    const rank = (x: (typeof runners)[number]) => [x.covers ? 0 : 1, x.onDuty ? 0 : 1, x.openErrands, x.id];
    runners.sort((a, b) => {
      const [p, q] = [rank(a), rank(b)];
      for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return (p[i] ?? 0) - (q[i] ?? 0);
      return 0;
    });
    return { runners };
  },
};
