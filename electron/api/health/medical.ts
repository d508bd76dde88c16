/**
 * Medical requests (医疗需求) for the community doctor (issue 14): taken, triaged, closed. The
 * triage of a request naming a fever alert's check is what clears the alert (shared/fever-alerts.ts).
 * Medicine delivered is an issue from stock (stock/moves.ts) or an errand opened for the household
 * (errands/add.ts), in the triage's own transaction.
 */
import { sql } from 'drizzle-orm';
import { addErrand } from '../errands/add';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { issueStock } from '../stock/moves';
import { addRequest, type RequestRow, requestOf, writeEvent } from './medical-write';
import { subjectOf, whereabouts } from './subject';

const nameOf = (db: Parameters<typeof whereabouts>[0], r: RequestRow) => whereabouts(db, subjectOf(r)).name;

export const medicalHandlers: HandlerMap<'medical.add' | 'medical.triage' | 'medical.close'> = {
  'medical.add': (db, input, ctx) => {
    const who = whereabouts(db, input.subject);
    if (input.checkId) {
      const c = db.get<{ id: string } | undefined>(
        sql`SELECT id FROM health_checks WHERE id = ${input.checkId}`,
      );
      if (!c) throw refuse('NOT_FOUND', { code: 'medical_check_not_found' }, 'checkId');
    }
    const id = addRequest(db, ctx, {
      who,
      kind: input.kind,
      urgency: input.urgency,
      source: input.source,
      checkId: input.checkId ?? null,
      note: input.note,
      at: ctx.now().toISOString(),
    });
    ctx.describe({
      entity: 'medical_request',
      reason: { code: 'audit_medical_add', params: { name: who.name, medicalKind: input.kind } },
    });
    return { id };
  },
  'medical.triage': (db, input, ctx) => {
    const r = requestOf(db, input.id);
    if (r.state === 'closed') throw refuse('CONFLICT', { code: 'medical_closed' }, 'id');
    const who = whereabouts(db, subjectOf(r));
    const delivered = input.action === 'medicine_delivered';
    if (delivered && !input.stockLines?.length && !input.errand)
      throw refuse('VALIDATION', { code: 'medical_delivery_needs_medicine' }, 'stockLines');
    const at = ctx.now().toISOString();
    // From stock: one issue to the household (or the hotel guest), refused whole when short.
    const issued =
      delivered && input.stockLines?.length
        ? issueStock(
            db,
            ctx,
            {
              place: input.stockPlace ?? { kind: 'store' },
              to:
                who.subject.kind === 'returnee' && who.hotelId !== null
                  ? { kind: 'hotel_guest', id: who.subject.id }
                  : { kind: 'household', id: who.householdId ?? 0 },
              note: input.advice,
              includeExpired: false,
              lines: input.stockLines,
            },
            'stockLines',
          )
        : null;
    // By errand: one opened for the household, routed to the runner on duty like any other.
    let errandId: string | null = null;
    if (delivered && input.errand) {
      if (who.householdId === null)
        throw refuse('CONFLICT', { code: 'medical_needs_household', params: { name: who.name } }, 'errand');
      errandId = addErrand(db, ctx, {
        householdId: who.householdId,
        kind: 'medicine',
        urgency: 'today',
        channel: 'phone',
        payer: 'household',
        note: input.advice,
        lines: [{ what: input.errand.what, qty: input.errand.qty, note: '' }],
      }).id;
    }
    writeEvent(db, ctx, r, {
      kind: 'triaged',
      action: input.action,
      advice: input.advice,
      followUpOn: input.followUpOn ?? null,
      daysSupply: input.daysSupply ?? null,
      stockTxId: issued?.txId ?? null,
      errandId,
      at,
    });
    ctx.describe({
      entity: 'medical_request',
      reason: {
        code: 'audit_medical_triage',
        params: { name: who.name, triage: input.action, advice: input.advice },
      },
    });
    return { id: r.id };
  },
  'medical.close': (db, input, ctx) => {
    const r = requestOf(db, input.id);
    if (r.state === 'closed') throw refuse('CONFLICT', { code: 'medical_closed' }, 'id');
    // A fever alert is cleared by the doctor's triage alone: its request is not closed untriaged.
    const alert =
      r.state === 'new' && r.checkId
        ? db.get<{ a: number } | undefined>(sql`SELECT alert AS a FROM health_checks WHERE id = ${r.checkId}`)
        : undefined;
    if (alert?.a) throw refuse('CONFLICT', { code: 'medical_alert_needs_triage' }, 'id');
    writeEvent(db, ctx, r, {
      kind: 'closed',
      outcome: input.outcome,
      note: input.note,
      at: ctx.now().toISOString(),
    });
    ctx.describe({
      entity: 'medical_request',
      reason: { code: 'audit_medical_close', params: { name: nameOf(db, r), medicalOutcome: input.outcome } },
    });
    return { id: r.id };
  },
};
