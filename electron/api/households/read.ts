import { asc, desc, eq } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { buildings, householdEvents, householdSources, households, residents } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { ResidentView } from '../residents/contract';
import { derivedFlags } from '../residents/rules';
import { dayOf } from '../shared/dates';
import { maskIdNumber } from '../shared/id-number';
import { readStored } from '../shared/stored-reason';
import type { HouseholdFile } from './contract';

export const householdColumns = {
  id: households.id,
  buildingId: households.buildingId,
  building: buildings.name,
  unit: households.unit,
  room: households.room,
  householderName: households.householderName,
  phone: households.phone,
  occupancy: households.occupancy,
  regStatus: households.regStatus,
  notes: households.notes,
  updatedAt: households.updatedAt,
  version: households.version,
};

export function toResidentView(r: typeof residents.$inferSelect, today: string): ResidentView {
  const { idNumber, updatedAt: _u, ...rest } = r;
  return {
    ...rest,
    ...derivedFlags(r.birthDate, today),
    // A birth date read from the ID on file is not shown beside its mask (see maskIdNumber).
    birthDate: idNumber ? null : r.birthDate,
    idNumberMasked: maskIdNumber(idNumber),
  };
}

export function readHousehold(db: ReadDb, id: number) {
  const h = db
    .select(householdColumns)
    .from(households)
    .innerJoin(buildings, eq(buildings.id, households.buildingId))
    .where(eq(households.id, id))
    .get();
  if (!h) throw refuse('NOT_FOUND', { code: 'household_not_found', params: { id } });
  return h;
}

export function readHouseholdFile(db: ReadDb, id: number, ctx: Pick<Ctx, 'now'>): HouseholdFile {
  const household = readHousehold(db, id);
  const today = dayOf(ctx.now());
  const members = db
    .select()
    .from(residents)
    .where(eq(residents.householdId, id))
    .orderBy(asc(residents.id))
    .all();
  // The householder first, then in the order they were registered.
  members.sort((a, b) => Number(b.relation === '户主') - Number(a.relation === '户主'));
  return {
    household,
    residents: members.map((r) => toResidentView(r, today)),
    sources: db
      .select({
        id: householdSources.id,
        method: householdSources.method,
        day: householdSources.day,
        operatorName: householdSources.operatorName,
        note: householdSources.note,
      })
      .from(householdSources)
      .where(eq(householdSources.householdId, id))
      .orderBy(desc(householdSources.day), desc(householdSources.id))
      .all(),
    events: db
      .select({
        id: householdEvents.id,
        at: householdEvents.at,
        operatorName: householdEvents.operatorName,
        summary: householdEvents.summary,
        summaryCode: householdEvents.summaryCode,
        summaryParams: householdEvents.summaryParams,
      })
      .from(householdEvents)
      .where(eq(householdEvents.householdId, id))
      .orderBy(desc(householdEvents.id))
      .all()
      .map((e) => {
        const { code, params } = readStored(e.summaryCode, e.summaryParams);
        return { ...e, summaryCode: code, summaryParams: params };
      }),
  };
}

export const addressOf = (h: { building: string; unit: string; room: string }): string =>
  `${h.building}${h.unit ? ` ${h.unit}` : ''} ${h.room}`;
