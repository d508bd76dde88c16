/**
 * The writers of medical requests: a request written once, and its life in the append-only
 * `medical_events`, the latest kept on the request row in the same transaction (as errands do).
 */
import { and, eq } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { medicalEvents, medicalRequests } from '../../../db/schema';
import type { MEDICAL_KINDS, MEDICAL_SOURCES, MEDICAL_URGENCIES } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { nextRefill } from './rules';
import type { Whereabouts } from './subject';

export type RequestRow = typeof medicalRequests.$inferSelect;
type EventIn = Omit<
  typeof medicalEvents.$inferInsert,
  'id' | 'postId' | 'requestId' | 'seq' | 'operatorId' | 'operatorName'
>;

export function requestOf(db: ReadDb, id: string, field = 'id'): RequestRow {
  const r = db.select().from(medicalRequests).where(eq(medicalRequests.id, id)).get();
  if (!r) throw refuse('NOT_FOUND', { code: 'medical_not_found' }, field);
  return r;
}

export type NewRequest = {
  who: Whereabouts;
  kind: (typeof MEDICAL_KINDS)[number];
  urgency: (typeof MEDICAL_URGENCIES)[number];
  source: (typeof MEDICAL_SOURCES)[number];
  checkId: string | null;
  note: string;
  at: string;
};

/** Write a request and its `added` event. */
export function addRequest(db: Db, ctx: Ctx, n: NewRequest): string {
  const id = eventId();
  db.insert(medicalRequests)
    .values({
      id,
      postId: postId(db),
      subjectKind: n.who.subject.kind,
      residentId: n.who.subject.kind === 'resident' ? n.who.subject.id : null,
      returneeId: n.who.subject.kind === 'returnee' ? n.who.subject.id : null,
      householdId: n.who.householdId,
      kind: n.kind,
      urgency: n.urgency,
      source: n.source,
      checkId: n.checkId,
      note: n.note,
      createdAt: n.at,
      createdById: ctx.operator?.id ?? null,
      createdByName: snapshotName(ctx.operator),
      state: 'new',
      events: 0,
    })
    .run();
  writeEvent(db, ctx, requestOf(db, id), { kind: 'added', note: n.note, at: n.at });
  return id;
}

/** Append an event and move the request's latest columns with it. */
export function writeEvent(db: Db, ctx: Ctx, r: RequestRow, ev: EventIn): string {
  const id = eventId();
  const seq = r.events + 1;
  db.insert(medicalEvents)
    .values({
      ...ev,
      id,
      postId: r.postId,
      requestId: r.id,
      seq,
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
    })
    .run();
  const latest: Partial<RequestRow> =
    ev.kind === 'triaged'
      ? {
          state: 'triaged',
          action: ev.action ?? null,
          advice: ev.advice ?? '',
          followUpOn: ev.followUpOn ?? null,
          stockTxId: ev.stockTxId ?? r.stockTxId,
          errandId: ev.errandId ?? r.errandId,
          ...(ev.action === 'medicine_delivered'
            ? {
                deliveredOn: dayOf(new Date(ev.at)),
                nextRefillOn: nextRefill(dayOf(new Date(ev.at)), ev.daysSupply),
              }
            : {}),
        }
      : ev.kind === 'closed'
        ? { state: 'closed', outcome: ev.outcome ?? null }
        : {};
  const moved = db
    .update(medicalRequests)
    .set({ ...latest, events: seq })
    .where(and(eq(medicalRequests.id, r.id), eq(medicalRequests.events, r.events)))
    .run();
  if (moved.changes !== 1) throw new Error(`medical request ${r.id} moved while an event was written`);
  return id;
}
