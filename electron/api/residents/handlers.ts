import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { households, residents } from '../../../db/schema';
import type { Ctx } from '../context';
import { AuditedRefusal, refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { addressOf, readHousehold, toResidentView } from '../households/read';
import { dayOf } from '../shared/dates';
import { type HouseholdEvent, logHouseholdEvent } from '../shared/household-log';
import { maskIdNumber, validateIdNumber } from '../shared/id-number';
import type { Reason } from '../shared/reason';
import { assertFresh, requireVersion } from '../shared/versions';
import { zhMessage } from '../shared/word';
import type { ResidentInput, residentsContract } from './contract';
import { takeFullIdLookup } from './full-id';
import { searchResidents } from './search';
import { fullIdQuery } from './search-plan';

/** A changed resident column as the audit row names it (an enum of the `field` labels). */
const FIELD_OF: Partial<Record<keyof ResidentInput, string>> = {
  pregnant: 'flags',
  chronicIllness: 'flags',
  disability: 'flags',
  regularMedicine: 'flags',
};

/** The resident's columns whose change a history line and the audit row name. */
const NAMED = [
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'relation',
  'presence',
  'pregnant',
  'chronicIllness',
  'disability',
  'regularMedicine',
  'notes',
] as const satisfies readonly (keyof ResidentInput)[];

/** The fields a stale save reports as changed (never the ID number: the form holds only its mask). */
const EDITABLE = [
  'name',
  'gender',
  'birthDate',
  'phone',
  'relation',
  'presence',
  'pregnant',
  'chronicIllness',
  'disability',
  'regularMedicine',
  'notes',
] as const;

/** Check an ID number and fill birth date and gender from it; refuse a number already on someone else. */
const birthOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

export function settleIdNumber(
  db: Db,
  input: ResidentInput,
  ctx: Pick<Ctx, 'now' | 'operator'>,
  selfId?: number,
  onFile?: string | null,
) {
  const today = dayOf(ctx.now());
  if (input.idNumber === '') return { ...input, idNumber: null };
  if (input.idNumber === undefined) {
    // Keeping the number on file: the birth date must still agree with it.
    const born = onFile ? `${onFile.slice(6, 10)}-${onFile.slice(10, 12)}-${onFile.slice(12, 14)}` : null;
    if (born && input.birthDate && input.birthDate !== born) {
      const why = { code: 'birth_date_not_id', params: { birthDate: input.birthDate, born } };
      throw refuse('VALIDATION', why, 'birthDate');
    }
    // A cleared birth date is read back from the number on file.
    return { ...input, idNumber: undefined, birthDate: input.birthDate ?? born };
  }
  const check = validateIdNumber(input.idNumber, today);
  // A new number with the old birth date left in the form: the number decides.
  if (check.ok && onFile && check.id !== onFile && input.birthDate === birthOf(onFile))
    input = { ...input, birthDate: null };
  if (!check.ok) throw refuse('VALIDATION', check.why, 'idNumber');
  if (input.birthDate && input.birthDate !== check.birthDate) {
    const why = { code: 'birth_date_not_id', params: { birthDate: input.birthDate, born: check.birthDate } };
    throw refuse('VALIDATION', why, 'birthDate');
  }
  const other = db
    .select({ id: residents.id, name: residents.name, householdId: residents.householdId })
    .from(residents)
    .where(
      selfId
        ? and(eq(residents.idNumber, check.id), ne(residents.id, selfId))
        : eq(residents.idNumber, check.id),
    )
    .get();
  if (other) {
    // The answer names nobody (a guessed number must not give back a name and an address), counts as
    // a full-ID look-up, and is written to the audit log although the save rolls back.
    const attempt = {
      entity: 'resident',
      entityId: other.id,
      reason: {
        code: 'audit_resident_id_taken',
        params: {
          name: input.name,
          householdId: input.householdId,
          id: maskIdNumber(check.id),
          other: other.id,
        },
      },
    };
    takeFullIdLookup(db, ctx, attempt);
    const why = { code: 'id_number_taken' };
    const message = zhMessage(why);
    throw new AuditedRefusal('CONFLICT', message, attempt, why, [{ path: 'idNumber', message, reason: why }]);
  }
  return { ...input, idNumber: check.id, birthDate: check.birthDate, gender: input.gender ?? check.gender };
}

function getResident(db: Db, id: number) {
  const r = db.select().from(residents).where(eq(residents.id, id)).get();
  if (!r) throw refuse('NOT_FOUND', { code: 'resident_not_found', params: { id } });
  return r;
}

function markOccupied(db: Db, householdId: number, at: string): void {
  db.update(households)
    .set({ occupancy: 'occupied', updatedAt: at })
    .where(and(eq(households.id, householdId), ne(households.occupancy, 'occupied')))
    .run();
}

function save(db: Db, input: ResidentInput, ctx: Ctx) {
  const today = dayOf(ctx.now());
  const at = ctx.now().toISOString();
  const h = readHousehold(db, input.householdId);
  requireVersion(input);
  const before = input.id ? getResident(db, input.id) : null;
  if (before)
    assertFresh(toResidentView(before, today), input, EDITABLE, `居民 ${before.name} 的信息`, 'resident');
  if (before && before.householdId !== input.householdId) {
    throw refuse('VALIDATION', { code: 'use_move' });
  }
  const {
    id: _id,
    version: _v,
    idNumber,
    ...fields
  } = settleIdNumber(db, input, ctx, input.id, before?.idNumber);
  const values = {
    ...fields,
    ...(idNumber !== undefined ? { idNumber } : {}),
    updatedAt: at,
    ...(before ? { version: before.version + 1 } : {}),
  };
  let row: typeof residents.$inferSelect;
  let event: HouseholdEvent;
  let reason: Reason;
  const address = addressOf(h);
  if (before) {
    row = db.update(residents).set(values).where(eq(residents.id, before.id)).returning().get();
    const changed = NAMED.filter((k) => k in values && String(before[k] ?? '') !== String(row[k] ?? ''));
    const fields = [...new Set(changed.map((k) => FIELD_OF[k] ?? k))].join(',');
    const name = row.name;
    event = changed.length
      ? { code: 'event_resident_update', params: { name, fields } }
      : { code: 'event_resident_unchanged', params: { name } };
    reason = changed.length
      ? { code: 'audit_resident_update', params: { address, name, fields } }
      : { code: 'audit_resident_unchanged', params: { address, name } };
  } else {
    row = db.insert(residents).values(values).returning().get();
    event = { code: 'event_resident_add', params: { name: row.name, relation: row.relation } };
    reason = { code: 'audit_resident_add', params: { address, name: row.name, relation: row.relation } };
  }
  markOccupied(db, h.id, at);
  if (row.relation === '户主' && (h.householderName !== row.name || (!h.phone && row.phone))) {
    db.update(households)
      .set({ householderName: row.name, phone: h.phone || row.phone, updatedAt: at })
      .where(eq(households.id, h.id))
      .run();
  }
  logHouseholdEvent(db, h.id, ctx, event);
  ctx.describe({ entity: 'household', entityId: h.id, reason });
  return toResidentView(row, today);
}

export const residentsHandlers: HandlerMap<keyof typeof residentsContract> = {
  'residents.save': save,
  'residents.move': (db, input, ctx) => {
    const r = getResident(db, input.id);
    const from = readHousehold(db, r.householdId);
    const to = readHousehold(db, input.toHouseholdId);
    if (from.id === to.id) throw refuse('VALIDATION', { code: 'move_same_household' });
    const at = ctx.now().toISOString();
    const row = db
      .update(residents)
      .set({ householdId: to.id, updatedAt: at, version: r.version + 1 })
      .where(eq(residents.id, r.id))
      .returning()
      .get();
    markOccupied(db, to.id, at);
    // The household left behind: no longer headed by them, and of unknown occupancy once empty.
    const left = db
      .select({ id: residents.id })
      .from(residents)
      .where(eq(residents.householdId, from.id))
      .all().length;
    db.update(households)
      .set({
        ...(from.householderName === r.name ? { householderName: '' } : {}),
        ...(left === 0 ? { occupancy: 'unknown' as const } : {}),
        updatedAt: at,
      })
      .where(eq(households.id, from.id))
      .run();
    const move = { name: r.name, reason: input.reason };
    logHouseholdEvent(db, from.id, ctx, {
      code: 'event_resident_moved_out',
      params: { ...move, to: addressOf(to) },
    });
    logHouseholdEvent(db, to.id, ctx, {
      code: 'event_resident_moved_in',
      params: { ...move, from: addressOf(from) },
    });
    ctx.describe({
      entity: 'household',
      entityId: to.id,
      reason: {
        code: 'audit_resident_move',
        params: { name: r.name, from: addressOf(from), to: addressOf(to), reason: input.reason },
      },
    });
    return toResidentView(row, dayOf(ctx.now()));
  },
  'residents.reveal': (db, input, ctx) => {
    const r = getResident(db, input.id);
    takeFullIdLookup(db, ctx, {
      entity: 'resident',
      entityId: r.id,
      reason: { code: 'audit_full_id_reveal', params: { name: r.name } },
    });
    ctx.describe({
      entity: 'resident',
      entityId: r.id,
      reason: { code: 'audit_full_id_reveal', params: { name: r.name } },
    });
    return { idNumber: r.idNumber };
  },
  'residents.search': (db, input, ctx) => {
    // A whole ID number turns into a person: signed, rate limited and logged (masked), like reveal.
    const full = fullIdQuery(input.q);
    const id = full ? maskIdNumber(full) : '';
    if (full) {
      ctx.requireOperator();
      takeFullIdLookup(db, ctx, {
        entity: 'resident',
        reason: { code: 'audit_full_id_search', params: { id } },
      });
    }
    const found = searchResidents(db, input.q, input.limit, ctx.now());
    if (full)
      ctx.describe({
        entity: 'resident',
        entityId: found.rows[0]?.id ?? null,
        reason: found.rows.length
          ? {
              code: 'audit_full_id_search_found',
              params: {
                id,
                found: found.rows
                  .map((r) => [r.name, r.building, r.unit, r.room].filter(Boolean).join(' '))
                  .join('\n'),
              },
            }
          : { code: 'audit_full_id_search_none', params: { id } },
      });
    return found;
  },
};
