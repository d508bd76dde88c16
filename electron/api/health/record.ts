/**
 * `health.record`: checks written on their slots — one at the door, or a household's members at
 * once (the WeChat way). Each check is appended; its slot keeps the latest (result, temperature,
 * recheck due) and its episode the latest reading, in the same transaction. A fever alert opens a
 * medical request for the doctor at once.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { healthChecks } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { formatInstant } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import type { healthContract } from './contract';
import { addRequest } from './medical-write';
import { type CheckResult, isReading, judge, slotPos, slotStarted, type Via } from './rules';
import { clockOf, ensureToday } from './slots';
import { subjectOf, whereabouts } from './subject';

type SlotRow = {
  id: number;
  day: string;
  slot: number;
  state: string;
  recheckDue: number;
  checks: number;
  episodeId: string;
  seq: number;
  checksPerDay: number;
  householdId: number | null;
  lastReadPos: number;
  subjectKind: 'resident' | 'returnee';
  residentId: number | null;
  returneeId: number | null;
};

export function slotRow(db: Db, slotId: string, field: string): SlotRow {
  const id = /^\d{1,15}$/.test(slotId) ? Number(slotId) : -1;
  const row = db.get<SlotRow | undefined>(sql`
    SELECT s.id, s.day, s.slot, s.state, s.recheck_due AS recheckDue, s.checks, e.id AS episodeId, e.seq,
      e.checks_per_day AS checksPerDay, e.household_id AS householdId, e.last_read_pos AS lastReadPos,
      e.subject_kind AS subjectKind, e.resident_id AS residentId, e.returnee_id AS returneeId
    FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq WHERE s.id = ${id}`);
  if (!row) throw refuse('NOT_FOUND', { code: 'health_slot_not_found' }, field);
  return row;
}

export type CheckIn = {
  temperature?: number | undefined;
  method: 'forehead' | 'armpit' | 'mouth';
  symptoms: readonly string[];
  result?: 'not_reached' | 'refused' | undefined;
  recheck: boolean;
  note: string;
  hotelContactId?: number | null;
};

export type Written = {
  checkId: string;
  result: CheckResult;
  recheckDue: boolean;
  alert: boolean;
  medicalId: string | null;
};

/** Write one check on a slot (the round, a household, a hotel call all come here). */
export function writeCheck(
  db: Db,
  ctx: Ctx,
  s: SlotRow,
  c: CheckIn,
  via: Via,
  at: string,
  field: string,
  anyTime = false,
): Written {
  const name = () => whereabouts(db, subjectOf(s)).name;
  if (!anyTime && !slotStarted(s.day, s.slot, s.checksPerDay, clockOf(new Date(at))))
    throw refuse(
      'CONFLICT',
      { code: 'health_slot_not_started', params: { name: name() } },
      `${field}.slotId`,
    );
  if (c.temperature === undefined && !c.result)
    throw refuse('VALIDATION', { code: 'health_no_reading' }, `${field}.temperature`);
  if (c.recheck && !s.recheckDue)
    throw refuse('CONFLICT', { code: 'health_no_recheck_due', params: { name: name() } }, `${field}.recheck`);
  const recheck = !!s.recheckDue && c.temperature !== undefined;
  const out = judge(
    { temperature: c.temperature, result: c.result, recheck, via },
    readCompound(db).feverThreshold,
  );
  const checkId = eventId();
  db.insert(healthChecks)
    .values({
      id: checkId,
      postId: postId(db),
      slotId: s.id,
      episodeId: s.episodeId,
      temperature: c.temperature ?? null,
      method: c.method,
      symptoms: c.symptoms.join(','),
      result: out.result,
      via,
      recheck,
      alert: out.alert,
      hotelContactId: c.hotelContactId ?? null,
      note: c.note,
      at,
      recordedAt: ctx.now().toISOString(),
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
    })
    .run();
  // A recheck not reached (or refused) leaves the high reading and its recheck due on the slot.
  const keep = !!s.recheckDue && c.temperature === undefined;
  if (keep) db.run(sql`UPDATE health_slots SET checks = checks + 1 WHERE id = ${s.id}`);
  else
    db.run(sql`UPDATE health_slots SET state = ${out.result}, temperature = ${c.temperature ?? null}, at = ${at},
      by_name = ${snapshotName(ctx.operator)}, recheck_due = ${out.recheckDue ? 1 : 0}, check_id = ${checkId},
      checks = checks + 1 WHERE id = ${s.id}`);
  const pos = slotPos(s.day, s.slot, s.checksPerDay);
  if (isReading(out.result))
    db.run(sql`UPDATE health_episodes SET last_read_pos = max(last_read_pos, ${pos}),
      last_read_at = CASE WHEN last_read_pos <= ${pos} THEN ${at} ELSE last_read_at END WHERE id = ${s.episodeId}`);
  const medicalId = out.alert
    ? addRequest(db, ctx, {
        who: whereabouts(db, subjectOf(s)),
        kind: 'fever',
        urgency: 'today',
        source: via === 'hotel_call' ? 'guest' : 'round',
        checkId,
        note: '',
        at,
      })
    : null;
  return { checkId, result: out.result, recheckDue: keep || out.recheckDue, alert: out.alert, medicalId };
}

export const recordHandlers: HandlerMap<keyof Pick<typeof healthContract, 'health.record'>> = {
  'health.record': (db, input, ctx) => {
    ensureToday(db, ctx);
    const now = ctx.now().toISOString();
    const at = input.at ? new Date(input.at).toISOString() : now;
    if (at > now)
      throw refuse('VALIDATION', { code: 'health_in_future', params: { at: formatInstant(at) } }, 'at');
    const slots = input.checks.map((c, i) => slotRow(db, c.slotId, `checks.${i}.slotId`));
    if (input.via === 'household' && new Set(slots.map((s) => s.householdId)).size > 1)
      throw refuse('VALIDATION', { code: 'health_household_mixed' }, 'checks');
    const done = input.checks.map((c, i) => {
      const s = i === 0 ? slots[0] : slotRow(db, c.slotId, `checks.${i}.slotId`);
      return { slotId: c.slotId, ...writeCheck(db, ctx, s as SlotRow, c, input.via, at, `checks.${i}`) };
    });
    const rechecks = done.filter((d) => d.recheckDue).map((d) => d.slotId);
    const alerts = done.filter((d) => d.alert).map((d) => d.checkId);
    ctx.describe({
      entity: 'health_check',
      reason: {
        code: 'audit_health_record',
        params: { written: done.length, rechecks: rechecks.length, alerts: alerts.length },
      },
    });
    return {
      written: done.length,
      rechecks,
      alerts,
      medicalIds: done.flatMap((d) => (d.medicalId ? [d.medicalId] : [])),
      results: done.map((d) => ({ slotId: d.slotId, result: d.result })),
    };
  },
};
