import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { arrivalGroups, hotelStays, residents, returneeDecisions, returnees } from '../../../db/schema';
import type { Ctx } from '../context';
import type { Parsed } from '../contract';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { takeFullIdLookup } from '../residents/full-id';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { logHouseholdEvent } from '../shared/household-log';
import { maskIdNumber, validateIdNumber } from '../shared/id-number';
import { AWAITING_PLACEMENT } from '../shared/placement';
import { snapshotName } from '../shared/who';
import type { returneesContract } from './contract';
import { readReturneeFile, readReturnees } from './read';
import { checkReturnee, decisionProblem, PRESENCE_AFTER, recommend } from './rules';

type Member = Parsed<'returnees.register'>['members'][number];

/**
 * The registered resident this person is (by the chosen record, else by ID number), and their ID number.
 * Finding a resident by a typed number is a full-ID look-up: rate limited like a search (the
 * registration's audit row names who was found).
 */
function identify(db: Db, m: Member, i: number, today: string, ctx: Ctx) {
  if (m.residentId) {
    const r = db.select().from(residents).where(eq(residents.id, m.residentId)).get();
    if (!r) throw refuse('NOT_FOUND', { code: 'resident_not_found', params: { id: m.residentId } });
    return { resident: r, idNumber: r.idNumber };
  }
  if (!m.idNumber) return { resident: null, idNumber: null };
  const check = validateIdNumber(m.idNumber, today);
  if (!check.ok)
    throw refuse(
      'VALIDATION',
      { code: check.why.code, params: { ...check.why.params, person: i + 1 } },
      `members.${i}.idNumber`,
    );
  takeFullIdLookup(db, ctx, {
    entity: 'returnee',
    reason: { code: 'audit_returnee_id_lookup', params: { id: maskIdNumber(check.id) } },
  });
  const resident = db.select().from(residents).where(eq(residents.idNumber, check.id)).get() ?? null;
  return { resident, idNumber: check.id };
}

function register(db: Db, input: Parsed<'returnees.register'>, ctx: Ctx) {
  const now = ctx.now();
  const today = dayOf(now);
  const compound = readCompound(db);
  const by = snapshotName(ctx.operator);
  const group = db
    .insert(arrivalGroups)
    .values({
      arrivedAt: now.toISOString(),
      fromPlace: input.fromPlace,
      note: input.note,
      registeredById: ctx.operator?.id ?? null,
      registeredBy: by,
    })
    .returning({ id: arrivalGroups.id })
    .get();
  const ids: number[] = [];
  input.members.forEach((m, i) => {
    const { resident, idNumber } = identify(db, m, i, today, ctx);
    const checks = checkReturnee(
      { ...m, isResident: !!resident, compoundClosed: compound.status === 'closed' },
      {
        quarantineDays: compound.quarantineDays,
        testValidHours: compound.testValidHours,
        feverThreshold: compound.feverThreshold,
      },
      now,
      today,
    );
    const row = db
      .insert(returnees)
      .values({
        groupId: group.id,
        residentId: resident?.id ?? null,
        name: resident?.name ?? m.name,
        idNumber,
        phone: m.phone || resident?.phone || '',
        birthDate:
          resident?.birthDate ??
          (idNumber ? `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` : null),
        quarantineFrom: m.quarantineFrom,
        quarantineTo: m.quarantineTo,
        certificateNo: m.certificateNo,
        testAt: m.testAt ? new Date(m.testAt).toISOString() : null,
        testResult: m.testResult,
        healthCode: m.healthCode,
        temperature: m.temperature,
        symptoms: m.symptoms,
        wantsVentilation: m.wantsVentilation,
        checkJson: JSON.stringify(checks),
        recommendation: recommend(checks),
        registeredAt: now.toISOString(),
      })
      .returning({ id: returnees.id })
      .get();
    ids.push(row.id);
  });
  const members = readReturnees(db, ids, today).reverse();
  ctx.describe({
    entity: 'arrival_group',
    entityId: group.id,
    reason: {
      code: 'audit_returnee_register',
      params: { from: input.fromPlace, count: members.length, names: members.map((m) => m.name).join('\n') },
    },
  });
  return { groupId: group.id, members };
}

export const returneesHandlers: HandlerMap<keyof typeof returneesContract> = {
  'returnees.register': register,
  'returnees.decide': (db, input, ctx) => {
    const at = ctx.now().toISOString();
    const by = snapshotName(ctx.operator);
    const rows = db.select().from(returnees).where(inArray(returnees.id, input.returneeIds)).all();
    if (rows.length !== new Set(input.returneeIds).size)
      throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    for (const r of rows) {
      const problem = decisionProblem(input.outcome, r.recommendation, input.reason);
      if (problem) throw refuse('VALIDATION', { ...problem, params: { name: r.name } }, 'reason');
      const inStay = db
        .select({ id: hotelStays.id })
        .from(hotelStays)
        .where(and(eq(hotelStays.returneeId, r.id), isNull(hotelStays.endedAt)))
        .get();
      if (inStay) throw refuse('CONFLICT', { code: 'returnee_in_hotel', params: { name: r.name } });
      db.insert(returneeDecisions)
        .values({
          returneeId: r.id,
          outcome: input.outcome,
          recommendation: r.recommendation,
          reason: input.reason,
          decidedById: ctx.operator?.id ?? null,
          decidedBy: by,
          at,
        })
        .run();
      db.update(returnees).set({ outcome: input.outcome }).where(eq(returnees.id, r.id)).run();
      if (r.residentId) {
        const res = db
          .update(residents)
          .set({ presence: PRESENCE_AFTER[input.outcome], updatedAt: at })
          .where(eq(residents.id, r.residentId))
          .returning({ householdId: residents.householdId })
          .get();
        if (res)
          logHouseholdEvent(db, res.householdId, ctx, {
            code: 'event_returnee_decided',
            params: { name: r.name, outcome: input.outcome, reason: input.reason ?? '' },
          });
      }
    }
    const against = rows.filter((r) => r.recommendation !== input.outcome).length;
    ctx.describe({
      entity: 'returnee',
      entityId: rows[0]?.id ?? null,
      reason: {
        code: against ? 'audit_returnee_decide_against' : 'audit_returnee_decide',
        params: {
          names: rows.map((r) => r.name).join('\n'),
          outcome: input.outcome,
          ...(against ? { reason: input.reason ?? '' } : {}),
        },
      },
    });
    return readReturnees(db, input.returneeIds, dayOf(ctx.now()));
  },
  'returnees.list': (db, input, ctx) => {
    const where =
      input.filter === 'undecided'
        ? isNull(returnees.outcome)
        : input.filter === 'in_hotel'
          ? sql`${returnees.id} IN (SELECT returnee_id FROM hotel_stays WHERE ended_at IS NULL)`
          : input.filter === 'awaiting'
            ? sql`${returnees.id} IN (SELECT r.id FROM returnees r WHERE ${AWAITING_PLACEMENT})`
            : undefined;
    const ids = db
      .select({ id: returnees.id })
      .from(returnees)
      .where(where)
      .orderBy(desc(returnees.id))
      .limit(input.limit)
      .all();
    return readReturnees(
      db,
      ids.map((r) => r.id),
      dayOf(ctx.now()),
    );
  },
  'returnees.get': (db, input, ctx) => readReturneeFile(db, input.id, dayOf(ctx.now())),
};
