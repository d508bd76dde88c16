/**
 * Everyone in the compound followed at once (`health.openEpisode` with `everyoneInCompound`): one
 * INSERT … SELECT over the residents present and not yet followed, in household order, each with the
 * place `whereabouts` gives a resident (building and room) and the next seqs — a district's quarter
 * million episodes in one statement, not one write per person.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Ctx } from '../context';
import { postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import type { Opening } from './episodes';
import { beforeFirstPos, lastDay } from './rules';

/** A version 4 UUID made by SQLite (the same form as `eventId()`), one per row. */
export const SQL_UUID =
  sql.raw(`lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
  || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`);

/** Open an episode for every resident in the compound not yet followed; answers how many. */
export function openEveryone(db: Db, ctx: Ctx, o: Opening): number {
  return db.run(sql`
    INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, household_id, building_id, place,
      reason, from_day, to_day, checks_per_day, note, opened_at, opened_by_id, opened_by_name, last_read_pos)
    SELECT ${SQL_UUID}, ${postId(db)},
      (SELECT coalesce(max(seq), 0) FROM health_episodes) + row_number() OVER (ORDER BY r.household_id, r.id),
      'resident', r.id, h.id, b.id,
      CASE WHEN b.name <> '' THEN b.name || ' ' || CASE WHEN h.unit <> '' THEN h.unit || '-' || h.room ELSE h.room END
        ELSE '' END,
      ${o.reason}, ${o.fromDay}, ${lastDay(o.fromDay, o.days)}, ${o.checksPerDay}, ${o.note},
      ${ctx.now().toISOString()}, ${ctx.operator?.id ?? null}, ${snapshotName(ctx.operator)},
      ${beforeFirstPos(o.fromDay, o.checksPerDay)}
    FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
    WHERE r.presence = 'in_compound'
      AND NOT EXISTS (SELECT 1 FROM health_episodes e WHERE e.resident_id = r.id AND e.closed_at IS NULL)
    ORDER BY r.household_id, r.id`).changes;
}
