import { sql } from 'drizzle-orm';
import type { HandlerMap } from '../handler';
import { dayCompletion } from '../health/duty';
import { clockFor } from '../health/slots';
import { occupancyBeds } from '../hotels/occupancy';
import { overviewHandlers } from '../overview/handlers';
import { onDutyHandlers } from '../roster/on-duty';
import { rosterShifts } from '../roster/view';
import { awayByPresence } from '../shared/away';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { stockReadHandlers } from '../stock/read';
import { dashAlerts } from './alerts';
import type { dashboardContract } from './contract';
import { ask } from './query';
import { trends } from './trends';

const DAY_MS = 24 * 3600_000;
/** The item the masks trend follows: the first whose name says so. */
const MASK_NAME = /口罩|mask/i;

export const dashboardHandlers: HandlerMap<keyof typeof dashboardContract> = {
  'dashboard.get': (db, _input, ctx) => {
    const now = ctx.now().toISOString();
    const today = dayOf(ctx.now());
    // The overview's counts (one definition: returnees, hotels, errands, registry).
    const o = ask(overviewHandlers['overview.get'], db, {}, ctx);
    // Who is at each post now, and the shifts starting within 24 hours against their headcount.
    const duty = ask(onDutyHandlers['roster.onDuty'], db, {}, ctx);
    const soon = new Date(Date.parse(now) + DAY_MS).toISOString();
    const next = rosterShifts(db, today, 2, now).filter((s) => s.startsAt > now && s.startsAt <= soon);
    const short = next.filter((s) => s.staff.length < s.headcount);
    const posts = duty.posts.map((p) => {
      const staff = duty.now.filter((s) => s.postId === p.postId).flatMap((s) => s.staff);
      return {
        ...p,
        late: staff.filter((x) => x.presence === 'late').length,
        missing: staff.filter((x) => x.presence === 'missing' || x.presence === 'no_show').length,
      };
    });
    // Days of cover as the stock dashboard has them; the reorder levels from the catalogue.
    const cover = ask(stockReadHandlers['stock.cover'], db, {}, ctx);
    const levels = new Map(
      db
        .all<{ id: string; level: number }>(sql`SELECT id, reorder_level AS level FROM stock_items`)
        .map((r) => [r.id, r.level]),
    );
    const items = cover.items.map((i) => ({
      itemId: i.itemId,
      item: i.item,
      unit: i.unit,
      onHand: i.onHand,
      reorderLevel: levels.get(i.itemId) ?? 0,
      days: i.days,
      belowReorder: i.flags.some((f) => f.code === 'below_reorder'),
    }));
    // The duty screen's completion per building and hotel, today (not the rest of the duty screen).
    const completion = dayCompletion(db, today, clockFor(today, ctx.now()).minute);
    const slots = db.get<{ made: number; abnormal: number }>(sql`SELECT
        EXISTS (SELECT 1 FROM health_days WHERE day = ${today}) AS made,
        (SELECT count(*) FROM health_slots WHERE day = ${today} AND state = 'abnormal') AS abnormal`);
    // Fevers without action: the rounds' open alerts, hotel calls' included (one definition, the
    // overview's count of it: read once, not again here).
    const fevers = o.counts.healthFevers;
    const away = awayByPresence(db);
    const notInCompound = [...away.values()].reduce((a, n) => a + n, 0);
    const reg = db.get<{ notVisited: number; registered: number; verified: number }>(sql`SELECT
        coalesce(sum(not_visited), 0) AS notVisited, coalesce(sum(registered), 0) AS registered,
        coalesce(sum(verified), 0) AS verified FROM building_counts`) ?? {
      notVisited: 0,
      registered: 0,
      verified: 0,
    };
    const mask = items.find((i) => MASK_NAME.test(i.item)) ?? null;
    return {
      today,
      now,
      alerts: dashAlerts({
        fevers,
        posts,
        shortShifts: short.map((s) => ({ shiftId: s.id, post: s.post, name: s.name, startsAt: s.startsAt })),
        belowReorder: items.filter((i) => i.belowReorder),
        errandsStale: o.counts.errandsStale,
        notContacted: o.counts.notContactedToday,
        undecided: o.counts.undecidedReturnees,
        awaitingRoom: o.counts.awaitingPlacement,
      }),
      occupancy: {
        residents: {
          inCompound: o.counts.residents - notInCompound,
          inHotel: away.get('in_hotel') ?? 0,
          inHospital: away.get('in_hospital') ?? 0,
          away: away.get('away') ?? 0,
          awaiting: away.get('awaiting_placement') ?? 0,
        },
        households: reg,
        hotels: occupancyBeds(db),
      },
      shifts: {
        posts,
        next24h: { shifts: next.length, covered: next.length - short.length, short: short.length },
      },
      stock: { items },
      health: {
        slotsMade: !!slots?.made,
        completion,
        abnormalToday: slots?.abnormal ?? 0,
        openFevers: fevers,
      },
      trends: trends(db, today, readCompound(db).closureStart, mask),
    };
  },
};
