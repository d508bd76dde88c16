import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';

/**
 * 待安置: a returnee whose latest decision is "hotel" and who has had no stay since that decision.
 * One definition for every count and list (the registry's presence follows it, the overview, the
 * hotel board and the returnee list read it here), so they agree. `r` is the returnees row.
 */
export const AWAITING_PLACEMENT = sql`(r.outcome = 'hotel' AND NOT EXISTS (
  SELECT 1 FROM hotel_stays s WHERE s.returnee_id = r.id
    AND s.started_at >= (SELECT max(d.at) FROM returnee_decisions d WHERE d.returnee_id = r.id)))`;

export type Awaiting = {
  returneeId: number;
  name: string;
  groupId: number;
  fromPlace: string;
  decidedAt: string;
  address: string | null;
  elderly: boolean;
  wantsVentilation: boolean;
};

/** Who waits for a room, longest waiting first; born on or before `elderlyBorn` is elderly. */
export function awaitingPlacement(db: ReadDb, elderlyBorn: string): Awaiting[] {
  type Row = Omit<Awaiting, 'elderly' | 'wantsVentilation'> & { elderly: number; wantsVentilation: number };
  const rows = db.all<Row>(sql`
    SELECT r.id AS returneeId, r.name, r.group_id AS groupId, g.from_place AS fromPlace,
      coalesce(r.birth_date <= ${elderlyBorn}, 0) AS elderly, r.wants_ventilation AS wantsVentilation,
      (SELECT max(d.at) FROM returnee_decisions d WHERE d.returnee_id = r.id) AS decidedAt,
      (SELECT b.name || CASE WHEN h.unit <> '' THEN ' ' || h.unit ELSE '' END || ' ' || h.room
         FROM residents x JOIN households h ON h.id = x.household_id JOIN buildings b ON b.id = h.building_id
         WHERE x.id = r.resident_id) AS address
    FROM returnees r JOIN arrival_groups g ON g.id = r.group_id
    WHERE ${AWAITING_PLACEMENT}
    ORDER BY decidedAt, r.id`);
  return rows.map((r) => ({ ...r, elderly: !!r.elderly, wantsVentilation: !!r.wantsVentilation }));
}
