/**
 * An errand taken (and routed to the runner on duty) as a plain function of (db, ctx, input), so
 * another area's mutation can open one in its own transaction (the doctor's medicine by errand,
 * issue 14): `errands.add` calls it and writes its audit row.
 */
import { eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { buildings, errandLines, errands, households } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { itemOf } from '../stock/take';
import type { errandsContract } from './contract';
import { routeTo } from './route';
import { errandOf, happenedAt, writeStep } from './write';

export type AddErrandInput = z.output<(typeof errandsContract)['errands.add']['input']>;

const later = (a: string, b: string) => (a > b ? a : b);

export function addErrand(db: Db, ctx: Ctx, input: AddErrandInput) {
  const h = db
    .select({
      id: households.id,
      buildingId: households.buildingId,
      building: buildings.name,
      unit: households.unit,
      room: households.room,
    })
    .from(households)
    .innerJoin(buildings, eq(buildings.id, households.buildingId))
    .where(eq(households.id, input.householdId))
    .get();
  if (!h) throw refuse('NOT_FOUND', { code: 'household_not_found' }, 'householdId');
  input.lines.forEach((l, i) => {
    if (l.itemId) itemOf(db, l.itemId, `lines.${i}.itemId`);
  });
  const at = happenedAt(ctx, input.at);
  const post = postId(db);
  const no =
    (db
      .select({ n: max(errands.no) })
      .from(errands)
      .where(eq(errands.postId, post))
      .get()?.n ?? 0) + 1;
  const id = eventId();
  db.insert(errands)
    .values({
      id,
      postId: post,
      no,
      householdId: h.id,
      buildingId: h.buildingId,
      kind: input.kind,
      urgency: input.urgency,
      channel: input.channel,
      payer: input.payer,
      budgetFen: input.budgetFen ?? null,
      note: input.note,
      createdAt: at,
      recordedAt: ctx.now().toISOString(),
      createdById: ctx.operator?.id ?? null,
      createdByName: snapshotName(ctx.operator),
      state: 'new',
      stateSince: at,
      open: true,
      runnerId: null,
      runnerName: '',
      steps: 0,
    })
    .run();
  input.lines.forEach((l, i) => {
    db.insert(errandLines)
      .values({
        id: eventId(),
        postId: post,
        errandId: id,
        seq: i + 1,
        what: l.what,
        qty: l.qty,
        note: l.note,
        itemId: l.itemId ?? null,
      })
      .run();
  });
  writeStep(db, ctx, errandOf(db, id), { state: 'new', at, runnerId: null, runnerName: '' });
  // To the runner who covers the building and is on duty now, the one with the fewest open errands.
  const runner = routeTo(db, h.buildingId, ctx.now().toISOString());
  if (runner)
    writeStep(db, ctx, errandOf(db, id), {
      state: 'assigned',
      at: later(at, ctx.now().toISOString()),
      runnerId: runner.id,
      runnerName: runner.name,
    });
  const state = runner ? 'assigned' : 'new';
  return { h, id, no, state, runner } as const;
}
