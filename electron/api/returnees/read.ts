import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import {
  arrivalGroups,
  careEvents,
  hotelContacts,
  hotelNeeds,
  hotelRooms,
  hotelStays,
  hotels,
  returneeDecisions,
  returnees,
} from '../../../db/schema';
import { refuse } from '../errors';
import { derivedFlags } from '../residents/rules';
import { maskIdNumber } from '../shared/id-number';
import { AWAITING_PLACEMENT } from '../shared/placement';
import { givenOf } from '../stock/read';
import type { ReturneeFile, ReturneeView } from './contract';
import type { RuleResult } from './rules';

/**
 * The check as stored at the gate. Checks written before reasons became codes hold a Chinese
 * sentence: it is shown as it was stored (`legacy_text`), like any other stored text.
 */
function readChecks(json: string): RuleResult[] {
  const stored = JSON.parse(json) as (Omit<RuleResult, 'reason'> & {
    reason: RuleResult['reason'] | string;
  })[];
  return stored.map((c) =>
    typeof c.reason === 'string'
      ? { ...c, reason: { code: 'legacy_text', params: { text: c.reason } } }
      : { ...c, reason: c.reason },
  );
}

const stayColumns = {
  id: hotelStays.id,
  returneeId: hotelStays.returneeId,
  hotelId: hotels.id,
  hotel: hotels.name,
  roomId: hotelRooms.id,
  room: hotelRooms.number,
  checkIn: hotelStays.checkIn,
  plannedEnd: hotelStays.plannedEnd,
  startedAt: hotelStays.startedAt,
  endedAt: hotelStays.endedAt,
  endKind: hotelStays.endKind,
  endReason: hotelStays.endReason,
  releaseTo: hotelStays.releaseTo,
  overfillReason: hotelStays.overfillReason,
};

export function staysOf(db: ReadDb, returneeIds: number[], openOnly: boolean) {
  if (returneeIds.length === 0) return [];
  return db
    .select(stayColumns)
    .from(hotelStays)
    .innerJoin(hotelRooms, eq(hotelRooms.id, hotelStays.roomId))
    .innerJoin(hotels, eq(hotels.id, hotelRooms.hotelId))
    .where(
      and(inArray(hotelStays.returneeId, returneeIds), openOnly ? isNull(hotelStays.endedAt) : undefined),
    )
    .orderBy(asc(hotelStays.id))
    .all();
}

export function readReturnees(db: ReadDb, ids: number[], today: string): ReturneeView[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({ r: returnees, g: arrivalGroups })
    .from(returnees)
    .innerJoin(arrivalGroups, eq(arrivalGroups.id, returnees.groupId))
    .where(inArray(returnees.id, ids))
    .orderBy(desc(returnees.id))
    .all();
  const addresses = new Map(
    db
      .all<{ id: number; address: string }>(
        sql`SELECT r.id, b.name || CASE WHEN h.unit <> '' THEN ' ' || h.unit ELSE '' END || ' ' || h.room AS address
            FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
            WHERE r.id IN (SELECT resident_id FROM returnees WHERE id IN (${sql.join(ids, sql`, `)}))`,
      )
      .map((a) => [a.id, a.address]),
  );
  const open = new Map(staysOf(db, ids, true).map((s) => [s.returneeId, s]));
  const awaiting = new Set(
    db
      .all<{ id: number }>(
        sql`SELECT r.id FROM returnees r WHERE r.id IN (${sql.join(ids, sql`, `)}) AND ${AWAITING_PLACEMENT}`,
      )
      .map((a) => a.id),
  );
  return rows.map(({ r, g }) => {
    const flags = derivedFlags(r.birthDate, today);
    const stay = open.get(r.id);
    return {
      id: r.id,
      groupId: r.groupId,
      residentId: r.residentId,
      name: r.name,
      idNumberMasked: maskIdNumber(r.idNumber),
      phone: r.phone,
      address: r.residentId ? (addresses.get(r.residentId) ?? null) : null,
      age: flags.age,
      elderly: flags.elderly,
      fromPlace: g.fromPlace,
      arrivedAt: g.arrivedAt,
      checks: readChecks(r.checkJson),
      recommendation: r.recommendation,
      outcome: r.outcome,
      wantsVentilation: r.wantsVentilation,
      stay: stay ?? null,
      awaitingPlacement: awaiting.has(r.id),
    };
  });
}

export function readReturneeFile(db: ReadDb, id: number, today: string): ReturneeFile {
  const [view] = readReturnees(db, [id], today);
  if (!view) throw refuse('NOT_FOUND', { code: 'returnee_not_found', params: { id } });
  const care = db
    .select({
      id: careEvents.id,
      kind: careEvents.kind,
      stayId: careEvents.stayId,
      needId: careEvents.needId,
      contactId: careEvents.contactId,
      stockTxId: careEvents.stockTxId,
      action: careEvents.action,
      reason: careEvents.reason,
      fromDay: careEvents.fromDay,
      toDay: careEvents.toDay,
      byName: careEvents.byName,
      at: careEvents.at,
    })
    .from(careEvents)
    .where(eq(careEvents.returneeId, id))
    .orderBy(sql`rowid`)
    .all();
  const feverHandled = new Set(care.filter((e) => e.kind === 'fever_handled').map((e) => e.contactId));
  return {
    ...view,
    decisions: db
      .select({
        id: returneeDecisions.id,
        outcome: returneeDecisions.outcome,
        recommendation: returneeDecisions.recommendation,
        reason: returneeDecisions.reason,
        decidedBy: returneeDecisions.decidedBy,
        at: returneeDecisions.at,
      })
      .from(returneeDecisions)
      .where(eq(returneeDecisions.returneeId, id))
      .orderBy(asc(returneeDecisions.id))
      .all(),
    stays: staysOf(db, [id], false).map(({ returneeId: _r, ...s }) => s),
    needs: db
      .select()
      .from(hotelNeeds)
      .where(eq(hotelNeeds.returneeId, id))
      .orderBy(desc(hotelNeeds.id))
      .all()
      .map((n) => ({ ...n, given: n.handledAt ? givenFor(db, care, n.id) : [] })),
    care: care.map(({ stockTxId: _s, ...e }) => e),
    contacts: db
      .select()
      .from(hotelContacts)
      .where(eq(hotelContacts.returneeId, id))
      .orderBy(desc(hotelContacts.at), desc(hotelContacts.id))
      .all()
      .map((c) => ({ ...c, feverHandled: feverHandled.has(c.id) })),
  };
}

/** What the need's current handling gave from stock (its latest `need_handled` care event's issue). */
function givenFor(
  db: ReadDb,
  care: readonly { kind: string; needId: number | null; stockTxId: string | null }[],
  needId: number,
) {
  const handling = care.filter((e) => e.kind === 'need_handled' && e.needId === needId).at(-1);
  return handling?.stockTxId ? givenOf(db, handling.stockTxId) : [];
}
