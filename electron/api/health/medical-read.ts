/**
 * `medical.list`: the requests, urgent and oldest first (one range of medical_requests_open_idx for
 * the open ones), and the residents flagged "needs regular medicine" (residents_needs_idx) with the
 * last delivery and the next refill. A request answering a hotel call's fever names the hotel's
 * handling of it (care_events `fever_handled`).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { HandlerMap } from '../handler';
import type { medicalContract } from './medical-contract';
import { subjectName, subjectOf, subjectPhone } from './subject';

type Row = Omit<
  ReturnType<(typeof medicalContract)['medical.list']['output']['parse']>['rows'][number],
  'subject' | 'hotelHandled'
> & {
  handledAction: 'called_doctor' | 'rechecked' | 'referred' | null;
  handledBy: string | null;
  handledAt: string | null;
  subjectKind: 'resident' | 'returnee';
  residentId: number | null;
  returneeId: number | null;
  total: number;
};

export const medicalReadHandlers: HandlerMap<'medical.list'> = {
  'medical.list': (db, input) => {
    const where: SQL[] = [input.scope === 'open' ? sql`x.state <> 'closed'` : sql`1`];
    if (input.kind) where.push(sql`x.kind = ${input.kind}`);
    const rows = db.all<Row>(sql`
      SELECT x.id, x.subject_kind AS subjectKind, x.resident_id AS residentId, x.returnee_id AS returneeId,
        ${subjectName} AS name, ${subjectPhone} AS phone,
        coalesce((SELECT b.name || ' ' || CASE WHEN h.unit <> '' THEN h.unit || '-' ELSE '' END || h.room
          FROM households h JOIN buildings b ON b.id = h.building_id WHERE h.id = x.household_id AND x.resident_id IS NOT NULL),
          (SELECT e.place FROM health_episodes e WHERE e.returnee_id = x.returnee_id ORDER BY e.seq DESC LIMIT 1), '') AS place,
        x.kind, x.urgency, x.source, x.check_id AS checkId, x.note, x.state, x.action, x.advice,
        x.follow_up_on AS followUpOn, x.outcome, x.stock_tx_id AS stockTxId, x.errand_id AS errandId,
        (SELECT temperature FROM health_checks c WHERE c.id = x.check_id) AS temperature,
        x.delivered_on AS deliveredOn, x.next_refill_on AS nextRefillOn,
        x.created_at AS createdAt, x.created_by_name AS createdByName,
        f.action AS handledAction, f.by_name AS handledBy, f.at AS handledAt, count(*) OVER () AS total
      FROM medical_requests x
        LEFT JOIN care_events f ON f.id = (SELECT e.id FROM health_checks c JOIN care_events e
          ON e.contact_id = c.hotel_contact_id AND e.kind = 'fever_handled' WHERE c.id = x.check_id LIMIT 1)
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY x.state = 'closed', CASE x.urgency WHEN 'emergency' THEN 0 WHEN 'today' THEN 1 ELSE 2 END, x.created_at, x.id
      LIMIT ${input.limit} OFFSET ${input.offset}`);
    const refills = db.all<{
      residentId: number;
      name: string;
      place: string;
      lastDeliveredOn: string | null;
      nextRefillOn: string | null;
    }>(sql`
      SELECT r.id AS residentId, r.name,
        b.name || ' ' || CASE WHEN h.unit <> '' THEN h.unit || '-' ELSE '' END || h.room AS place,
        m.delivered_on AS lastDeliveredOn, m.next_refill_on AS nextRefillOn
      FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
        LEFT JOIN medical_requests m ON m.id = (SELECT id FROM medical_requests y WHERE y.resident_id = r.id
          AND y.delivered_on IS NOT NULL ORDER BY y.delivered_on DESC, y.created_at DESC LIMIT 1)
      WHERE (r.pregnant OR r.chronic_illness OR r.disability OR r.regular_medicine) AND r.regular_medicine
      ORDER BY m.next_refill_on IS NULL, m.next_refill_on, b.id, h.room, r.id`);
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.map(
        ({ total: _t, subjectKind, residentId, returneeId, handledAction, handledBy, handledAt, ...r }) => ({
          ...r,
          subject: subjectOf({ subjectKind, residentId, returneeId }),
          hotelHandled: handledAction
            ? { action: handledAction, byName: handledBy ?? '', at: handledAt ?? '' }
            : null,
        }),
      ),
      refills,
    };
  },
};
