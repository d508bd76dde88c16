/**
 * Episodes opened and closed (issue 14). Opening makes the slots due so far at once; closing is an
 * explicit step with a reason (never automatic) and removes the slots not yet past.
 */
import { eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { healthEpisodes } from '../../../db/schema';
import type { EPISODE_REASONS } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { addDays, dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { openEveryone } from './open-all';
import { beforeFirstPos, lastDay } from './rules';
import { clockOf, dropLaterSlots, ensureToday, makeDay, makeDayForAll, makeEpisodeSlots } from './slots';
import { type Subject, type Whereabouts, whereabouts } from './subject';

export type EpisodeRow = typeof healthEpisodes.$inferSelect;

export function episodeOf(db: Db, id: string, field = 'id'): EpisodeRow {
  const e = db.select().from(healthEpisodes).where(eq(healthEpisodes.id, id)).get();
  if (!e) throw refuse('NOT_FOUND', { code: 'health_episode_not_found' }, field);
  return e;
}

/** The subject's open episode, if any. */
export function openEpisodeOf(db: Db, s: Subject): EpisodeRow | undefined {
  const col = s.kind === 'resident' ? 'resident_id' : 'returnee_id';
  const row = db.get<{ id: string } | undefined>(
    sql`SELECT id FROM health_episodes WHERE ${sql.raw(col)} = ${s.id} AND closed_at IS NULL LIMIT 1`,
  );
  return row ? episodeOf(db, row.id) : undefined;
}

export type Opening = {
  reason: (typeof EPISODE_REASONS)[number];
  fromDay: string;
  days: number;
  checksPerDay: number;
  note: string;
};

/** Write one episode (no slots): its seq is the next one. */
export function insertEpisode(
  db: Db,
  ctx: Ctx,
  w: Whereabouts,
  o: Opening,
  seq: number,
  post: string,
): EpisodeRow {
  const row = {
    id: eventId(),
    postId: post,
    seq,
    subjectKind: w.subject.kind,
    residentId: w.subject.kind === 'resident' ? w.subject.id : null,
    returneeId: w.subject.kind === 'returnee' ? w.subject.id : null,
    householdId: w.householdId,
    buildingId: w.buildingId,
    hotelId: w.hotelId,
    place: w.place,
    reason: o.reason,
    fromDay: o.fromDay,
    toDay: lastDay(o.fromDay, o.days),
    checksPerDay: o.checksPerDay,
    note: o.note,
    openedAt: ctx.now().toISOString(),
    openedById: ctx.operator?.id ?? null,
    openedByName: snapshotName(ctx.operator),
    lastReadPos: beforeFirstPos(o.fromDay, o.checksPerDay),
  };
  db.insert(healthEpisodes).values(row).run();
  return episodeOf(db, row.id);
}

export const nextSeq = (db: Db): number =>
  (db
    .select({ n: max(healthEpisodes.seq) })
    .from(healthEpisodes)
    .get()?.n ?? 0) + 1;

/** Open one person's episode and make its slots due so far (the hotels' placement calls this too). */
export function openOne(db: Db, ctx: Ctx, subject: Subject, o: Opening): EpisodeRow {
  const w = whereabouts(db, subject);
  const already = openEpisodeOf(db, subject);
  if (already)
    throw refuse('CONFLICT', { code: 'health_already_followed', params: { name: w.name } }, 'subject');
  ensureToday(db, ctx);
  const e = insertEpisode(db, ctx, w, o, nextSeq(db), postId(db));
  makeEpisodeSlots(db, e, dayOf(ctx.now()));
  return e;
}

/** Close an episode with a reason; its slots not yet past (and never checked) go. */
export function closeOne(
  db: Db,
  ctx: Ctx,
  e: EpisodeRow,
  reason: EpisodeRow['closeReason'],
  note: string,
): void {
  db.update(healthEpisodes)
    .set({
      closedAt: ctx.now().toISOString(),
      closeReason: reason,
      closeNote: note,
      closedById: ctx.operator?.id ?? null,
      closedByName: snapshotName(ctx.operator),
    })
    .where(eq(healthEpisodes.id, e.id))
    .run();
  dropLaterSlots(db, e, clockOf(ctx.now()));
}

export const episodeHandlers: HandlerMap<'health.openEpisode' | 'health.closeEpisode' | 'health.makeSlots'> =
  {
    'health.openEpisode': (db, input, ctx) => {
      const today = dayOf(ctx.now());
      const o: Opening = {
        reason: input.reason,
        fromDay: input.fromDay ?? today,
        days: input.days,
        checksPerDay: input.checksPerDay,
        note: input.note,
      };
      if (input.subject && !input.everyoneInCompound) {
        const e = openOne(db, ctx, input.subject, o);
        const w = whereabouts(db, input.subject);
        ctx.describe({
          entity: 'health_episode',
          reason: {
            code: 'audit_health_open',
            params: { name: w.name, episodeReason: o.reason, days: o.days },
          },
        });
        return { opened: 1, id: e.id };
      }
      if (!input.everyoneInCompound || input.subject)
        throw refuse('VALIDATION', { code: 'health_subject_or_everyone' }, 'subject');
      ensureToday(db, ctx);
      const opened = openEveryone(db, ctx, o);
      const to = lastDay(o.fromDay, o.days);
      for (let d = o.fromDay; d <= to && d <= today; d = addDays(d, 1)) makeDayForAll(db, ctx, d);
      const ahead = db.all<{ day: string }>(
        sql`SELECT day FROM health_days WHERE day > ${today} AND day >= ${o.fromDay} AND day <= ${to}`,
      );
      for (const { day } of ahead) makeDay(db, day);
      ctx.describe({
        entity: 'health_episode',
        reason: { code: 'audit_health_open_all', params: { count: opened } },
      });
      return { opened, id: null };
    },
    'health.closeEpisode': (db, input, ctx) => {
      const e = episodeOf(db, input.id);
      const w = whereabouts(db, { kind: e.subjectKind, id: (e.residentId ?? e.returneeId) as number });
      if (e.closedAt !== null)
        throw refuse('CONFLICT', {
          code: 'health_episode_closed',
          params: { name: w.name, closeReason: e.closeReason ?? '' },
        });
      closeOne(db, ctx, e, input.reason, input.note);
      ctx.describe({
        entity: 'health_episode',
        reason: {
          code: 'audit_health_close',
          params: { name: w.name, closeReason: input.reason, note: input.note },
        },
      });
      return { id: e.id };
    },
    'health.makeSlots': (db, input, ctx) => {
      const day = input.day ?? dayOf(ctx.now());
      const made = makeDayForAll(db, ctx, day);
      ctx.describe({ entity: 'health_slot', reason: { code: 'audit_health_slots', params: { day, made } } });
      return { day, made };
    },
  };
