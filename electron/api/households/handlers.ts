import { and, asc, count, eq, sql } from 'drizzle-orm';
import { buildings, householdSources, households } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';
import { logHouseholdEvent } from '../shared/household-log';
import { assertFresh } from '../shared/versions';
import { snapshotName } from '../shared/who';
import type { householdsContract } from './contract';
import { templateWorkbook } from './excel';
import { exportRegistry } from './export';
import { offloadExport } from './export-offload';
import { importCommitHandler, importPreviewHandler } from './import-lazy';
import { addressOf, householdColumns, readHousehold, readHouseholdFile } from './read';
import { registryStats } from './stats';

const EDITABLE = ['householderName', 'phone', 'occupancy', 'regStatus', 'notes'] as const;

export const householdsHandlers: HandlerMap<keyof typeof householdsContract> = {
  'households.get': (db, input, ctx) => readHouseholdFile(db, input.id, ctx),
  'households.update': (db, input, ctx) => {
    const before = readHousehold(db, input.id);
    assertFresh(before, input, EDITABLE, `${addressOf(before)} 这一户`, 'household');
    const { id, version, ...values } = input;
    if (values.occupancy === 'vacant') {
      const here = db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM residents WHERE household_id = ${id} AND presence = 'in_compound'`,
      ).n;
      if (here > 0) {
        throw refuse('VALIDATION', { code: 'occupancy_has_residents', params: { count: here } }, 'occupancy');
      }
    }
    db.update(households)
      .set({ ...values, updatedAt: ctx.now().toISOString(), version: version + 1 })
      .where(eq(households.id, id))
      .run();
    // One line a change, `field⇥before⇥after` (the label set words the field; notes are named only).
    const edits: string[] = [];
    const fields: string[] = [];
    const change = (field: string, ...values: string[]) => {
      fields.push(field);
      edits.push([field, ...values].join('\t'));
    };
    if (before.householderName !== values.householderName)
      change('householder', before.householderName, values.householderName);
    if (before.phone !== values.phone) change('phone', before.phone, values.phone);
    if (before.occupancy !== values.occupancy) change('occupancy', before.occupancy, values.occupancy);
    if (before.regStatus !== values.regStatus) change('regStatus', before.regStatus, values.regStatus);
    if (before.notes !== values.notes) change('notes');
    logHouseholdEvent(
      db,
      id,
      ctx,
      edits.length
        ? { code: 'event_household_update', params: { edits: edits.join('\n') } }
        : { code: 'event_household_unchanged' },
    );
    const address = addressOf(before);
    ctx.describe({
      entity: 'household',
      entityId: id,
      reason: fields.length
        ? { code: 'audit_household_update', params: { address, fields: fields.join(',') } }
        : { code: 'audit_household_unchanged', params: { address } },
    });
    return readHouseholdFile(db, id, ctx);
  },
  'households.addSource': (db, input, ctx) => {
    const h = readHousehold(db, input.householdId);
    if (input.day > dayOf(ctx.now())) throw refuse('VALIDATION', { code: 'verified_in_future' }, 'day');
    db.insert(householdSources)
      .values({
        householdId: h.id,
        method: input.method,
        day: input.day,
        note: input.note,
        operatorId: ctx.operator?.id ?? null,
        operatorName: snapshotName(ctx.operator),
        at: ctx.now().toISOString(),
      })
      .run();
    const next = input.verify ? 'verified' : h.regStatus === 'not_visited' ? 'registered' : h.regStatus;
    if (next !== h.regStatus)
      db.update(households)
        .set({ regStatus: next, updatedAt: ctx.now().toISOString() })
        .where(eq(households.id, h.id))
        .run();
    const visit = { source: input.method, day: input.day, note: input.note ?? '' };
    logHouseholdEvent(
      db,
      h.id,
      ctx,
      next !== h.regStatus
        ? { code: 'event_household_visit_status', params: { ...visit, regStatus: next } }
        : { code: 'event_household_visit', params: visit },
    );
    ctx.describe({
      entity: 'household',
      entityId: h.id,
      reason: {
        code: next !== h.regStatus ? 'audit_household_visit_status' : 'audit_household_visit',
        params: {
          address: addressOf(h),
          source: input.method,
          day: input.day,
          note: input.note ?? '',
          ...(next !== h.regStatus ? { regStatus: next } : {}),
        },
      },
    });
    return readHouseholdFile(db, h.id, ctx);
  },
  'households.stats': (db, _input, ctx) => registryStats(db, dayOf(ctx.now())),
  'households.toVisit': (db, input) => {
    const where = and(
      eq(households.regStatus, 'not_visited'),
      input.buildingId ? eq(households.buildingId, input.buildingId) : undefined,
    );
    const rows = db
      .select(householdColumns)
      .from(households)
      .innerJoin(buildings, eq(buildings.id, households.buildingId))
      .where(where)
      .orderBy(asc(buildings.sortOrder), asc(households.unit), asc(households.room))
      .limit(input.limit)
      .all();
    const total =
      rows.length < input.limit
        ? rows.length
        : (db.select({ n: count() }).from(households).where(where).get()?.n ?? 0);
    return { rows, total };
  },
  'households.importPreview': importPreviewHandler,
  'households.importCommit': importCommitHandler,
  'households.export': async (db, input, ctx) => {
    // A workbook with every full ID number is signed and logged, like residents.reveal.
    if (input.revealIds) ctx.requireOperator();
    const day = dayOf(ctx.now());
    // In a worker on a database file (export-offload.ts), so the post keeps answering meanwhile.
    const out = (await offloadExport(db, input, day, ctx)) ?? (await exportRegistry(db, input, day, ctx));
    if (input.revealIds)
      ctx.describe({
        entity: 'export',
        reason: { code: 'audit_export_full_ids', params: { rows: out.rows } },
      });
    return out;
  },
  'households.template': async (_db, input) => ({ ...(await templateWorkbook(input.lang)), rows: 0 }),
};
