import { sql } from 'drizzle-orm';
import { closureDay } from '../compound/rules';
import type { HandlerMap } from '../handler';
import { clockOf } from '../health/slots';
import { bornOnOrBefore, ELDERLY_AGE } from '../residents/rules';
import { ageCounts } from '../shared/ages';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { openFeverAlerts, openHealthAlerts } from '../shared/fever-alerts';
import { AWAITING_PLACEMENT, awaitingPlacement } from '../shared/placement';
import { readChecklist } from './checklist';
import type { overviewContract } from './contract';

export const overviewHandlers: HandlerMap<keyof typeof overviewContract> = {
  'overview.get': (db, _input, ctx) => {
    const today = dayOf(ctx.now());
    const compound = readCompound(db);
    // Born on or before this day: elderly (65+), for the awaiting list.
    const elderlyBorn = bornOnOrBefore(today, ELDERLY_AGE);
    // Errands stale in their state (issue 13): a range of errands_open_age_idx.
    const staleCut = new Date(ctx.now().getTime() - compound.errandStaleMinutes * 60_000).toISOString();
    // Rooms by occupancy and registration, and residents: the sums of building_counts (kept by
    // triggers, migration 0013); ages from the birth months (shared/ages.ts); the hotel figures are
    // small tables.
    const ages = ageCounts(today);
    const c = db.get<{
      buildings: number;
      households: number;
      vacantRooms: number;
      unknownRooms: number;
      residents: number;
      elderly: number;
      children: number;
      notVisited: number;
      inHotel: number;
      notContactedToday: number;
      undecidedReturnees: number;
      awaitingPlacement: number;
      errandsOpen: number;
      errandsStale: number;
    }>(sql`SELECT
        (SELECT count(*) FROM buildings) AS buildings,
        coalesce(k.occupied, 0) AS households, coalesce(k.vacant, 0) AS vacantRooms,
        coalesce(k.unknown, 0) AS unknownRooms,
        coalesce(k.residents, 0) AS residents, ${ages.elderly} AS elderly, ${ages.children} AS children,
        coalesce(k.not_visited, 0) AS notVisited,
        (SELECT count(*) FROM hotel_stays WHERE ended_at IS NULL) AS inHotel,
        (SELECT count(*) FROM hotel_stays s WHERE s.ended_at IS NULL AND NOT EXISTS (
          SELECT 1 FROM hotel_contacts c WHERE c.returnee_id = s.returnee_id AND c.day = ${today} AND c.reached = 1)) AS notContactedToday,
        (SELECT count(*) FROM returnees WHERE outcome IS NULL) AS undecidedReturnees,
        (SELECT count(*) FROM returnees r WHERE ${AWAITING_PLACEMENT}) AS awaitingPlacement,
        (SELECT count(*) FROM errands WHERE open = 1) AS errandsOpen,
        (SELECT count(*) FROM errands WHERE open = 1 AND state_since <= ${staleCut}) AS errandsStale
      FROM (SELECT sum(occupied) AS occupied, sum(vacant) AS vacant, sum(unknown) AS unknown,
        sum(not_visited) AS not_visited, sum(residents) AS residents FROM building_counts) k`);
    const healthAlerts = openHealthAlerts(db);
    const feverAlerts = openFeverAlerts(db, healthAlerts);
    const minute = clockOf(ctx.now()).minute;
    // Today's round so far from the day's counts per place and window (health_slot_counts, kept with
    // the slots), not the day's slots themselves: 650,000 of them at 100,000 households.
    const round = db.get<{ due: number | null; done: number | null }>(
      sql`SELECT sum(total) AS due, sum(done) AS done FROM health_slot_counts WHERE day = ${today} AND starts <= ${minute}`,
    );
    return {
      today,
      compound,
      closure: closureDay(compound, today),
      counts: {
        ...c,
        feverAlerts: feverAlerts.length,
        healthFevers: healthAlerts.length,
        roundDue: round?.due ?? 0,
        roundDone: round?.done ?? 0,
      },
      awaiting: awaitingPlacement(db, elderlyBorn),
      feverAlerts,
    };
  },
  'overview.checklist': (db) => readChecklist(db),
};
