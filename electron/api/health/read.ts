/**
 * The reads of the rounds: the episodes, and the round's grid for a building or a hotel on a day
 * (one indexed range of `health_slots_place_idx`, joined to the episodes of its rows).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { keptRead } from '../../../db/statements';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { type CheckResult, dayOfEpisode, slotStarted, slotState } from './rules';
import { clockFor, dayMade, startsText } from './slots';
import { subjectName, subjectOf } from './subject';

type EpisodeSql = {
  id: string;
  subjectKind: 'resident' | 'returnee';
  residentId: number | null;
  returneeId: number | null;
  name: string;
  place: string;
  reason: 'compound' | 'home_returnee' | 'hotel_guest' | 'close_contact';
  fromDay: string;
  toDay: string;
  checksPerDay: number;
  closedAt: string | null;
  closeReason: 'completed' | 'hospital' | 'left' | 'lost' | null;
  total: number;
};

type CellSql = {
  slotId: number;
  slot: number;
  state: 'due' | CheckResult;
  temperature: number | null;
  at: string | null;
  byName: string;
  recheckDue: number;
  checkId: string | null;
  episodeId: string;
  subjectKind: 'resident' | 'returnee';
  residentId: number | null;
  returneeId: number | null;
  householdId: number | null;
  place: string;
  fromDay: string;
  toDay: string;
  checksPerDay: number;
  closedAt: string | null;
  name: string;
  phone: string;
  roomText: string;
};

export const healthReadHandlers: HandlerMap<'health.episodes' | 'health.round'> = {
  'health.episodes': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    const where: SQL[] = [sql`1`];
    if (input.scope === 'open') where.push(sql`x.closed_at IS NULL`);
    if (input.scope === 'closed') where.push(sql`x.closed_at IS NOT NULL`);
    if (input.subject)
      where.push(
        input.subject.kind === 'resident'
          ? sql`x.resident_id = ${input.subject.id}`
          : sql`x.returnee_id = ${input.subject.id}`,
      );
    if (input.reason) where.push(sql`x.reason = ${input.reason}`);
    if (input.buildingId) where.push(sql`x.building_id = ${input.buildingId}`);
    if (input.hotelId) where.push(sql`x.hotel_id = ${input.hotelId}`);
    const rows = db.all<EpisodeSql>(sql`
      SELECT x.id, x.subject_kind AS subjectKind, x.resident_id AS residentId, x.returnee_id AS returneeId,
        ${subjectName} AS name, x.place, x.reason, x.from_day AS fromDay, x.to_day AS toDay,
        x.checks_per_day AS checksPerDay, x.closed_at AS closedAt, x.close_reason AS closeReason,
        count(*) OVER () AS total
      FROM health_episodes x WHERE ${sql.join(where, sql` AND `)}
      ORDER BY x.closed_at IS NOT NULL, x.seq LIMIT ${input.limit} OFFSET ${input.offset}`);
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.map(({ total: _t, subjectKind, residentId, returneeId, ...e }) => ({
        ...e,
        subject: subjectOf({ subjectKind, residentId, returneeId }),
        ...dayOfEpisode(e, today),
      })),
    };
  },
  'health.round': (db, input, ctx) => {
    if ((input.buildingId === undefined) === (input.hotelId === undefined))
      throw refuse('VALIDATION', { code: 'health_round_place' }, 'buildingId');
    const day = input.day ?? dayOf(ctx.now());
    const clock = clockFor(day, ctx.now());
    const place =
      input.buildingId !== undefined ? 's.building_id = ?' : 's.building_id IS NULL AND s.hotel_id = ?';
    // A kept statement (db/statements.ts): the grid is read every few seconds on a phone at the door,
    // and the ORM prepared its six joins again on every call.
    const cells = keptRead(
      db,
      `SELECT s.id AS slotId, s.slot, s.state, s.temperature, s.at, s.by_name AS byName, s.recheck_due AS recheckDue,
        s.check_id AS checkId, x.id AS episodeId, x.subject_kind AS subjectKind, x.resident_id AS residentId,
        x.returnee_id AS returneeId, x.household_id AS householdId, x.place, x.from_day AS fromDay, x.to_day AS toDay,
        x.checks_per_day AS checksPerDay, x.closed_at AS closedAt,
        coalesce(r.name, t.name, '') AS name, coalesce(coalesce(nullif(r.phone, ''), rh.phone), t.phone, '') AS phone,
        CASE WHEN s.building_id IS NOT NULL AND h.id IS NOT NULL
          THEN CASE WHEN h.unit <> '' THEN h.unit || '-' || h.room ELSE h.room END
          ELSE substr(x.place, instr(x.place, ' ') + 1) END AS roomText
      FROM health_slots s JOIN health_episodes x ON x.seq = s.episode_seq
        LEFT JOIN residents r ON r.id = x.resident_id LEFT JOIN households rh ON rh.id = r.household_id
        LEFT JOIN returnees t ON t.id = x.returnee_id LEFT JOIN households h ON h.id = x.household_id
      WHERE s.day = ? AND ${place}
      ORDER BY length(roomText), roomText, x.resident_id, x.returnee_id, x.seq, s.slot`,
    ).all(day, input.buildingId ?? input.hotelId ?? 0) as CellSql[];
    const rows = new Map<string, ReturnType<typeof rowOf>>();
    function rowOf(c: CellSql) {
      return {
        episodeId: c.episodeId,
        subject: subjectOf(c),
        name: c.name,
        householdId: c.householdId,
        room: c.roomText,
        phone: c.phone,
        ...dayOfEpisode(c, day),
        cells: [] as {
          slotId: string;
          slot: number;
          state: ReturnType<typeof slotState>;
          temperature: number | null;
          at: string | null;
          byName: string;
          recheckDue: boolean;
          checkId: string | null;
          starts: string;
        }[],
      };
    }
    let due = 0;
    let done = 0;
    let slotsPerDay = 0;
    for (const c of cells) {
      const row = rows.get(c.episodeId) ?? rowOf(c);
      rows.set(c.episodeId, row);
      slotsPerDay = Math.max(slotsPerDay, c.checksPerDay);
      if (slotStarted(day, c.slot, c.checksPerDay, clock)) {
        due++;
        if (c.state !== 'due') done++;
      }
      row.cells.push({
        slotId: String(c.slotId),
        slot: c.slot,
        state: slotState(c.state, day, c.slot, c.checksPerDay, clock),
        temperature: c.temperature,
        at: c.at,
        byName: c.byName,
        recheckDue: !!c.recheckDue,
        checkId: c.checkId,
        starts: startsText(c.checksPerDay, c.slot),
      });
    }
    return {
      day,
      slotsPerDay,
      threshold: readCompound(db).feverThreshold,
      rows: [...rows.values()],
      completion: { due, done },
      slotsMade: dayMade(db as ReadDb, day),
    };
  },
};
