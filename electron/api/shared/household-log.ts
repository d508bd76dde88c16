import type { Db } from '../../../db/open';
import { householdEvents } from '../../../db/schema';
import type { Ctx } from '../context';
import type { HouseholdEventCode } from './event-codes';
import type { Params } from './reason';
import { summaryColumns } from './stored-reason';
import { snapshotName } from './who';

/** What a household-history line says: a HOUSEHOLD_EVENT_CODES code with data-only parameters. */
export type HouseholdEvent = { code: HouseholdEventCode; params?: Params };

/**
 * The columns of one line in a household file's own history (一户一档): who (NO_ONE when no one was
 * on duty), when, and the reason — its code and params, and its zh-CN wording as `summary`.
 */
export function householdEventRow(
  householdId: number,
  ctx: Pick<Ctx, 'now' | 'operator'>,
  event: HouseholdEvent,
): typeof householdEvents.$inferInsert {
  return {
    householdId,
    at: ctx.now().toISOString(),
    operatorId: ctx.operator?.id ?? null,
    operatorName: snapshotName(ctx.operator),
    ...summaryColumns(event),
  };
}

/** One line in a household file's own history, written with the change, by any area. */
export function logHouseholdEvent(
  db: Db,
  householdId: number,
  ctx: Pick<Ctx, 'now' | 'operator'>,
  event: HouseholdEvent,
): void {
  db.insert(householdEvents)
    .values(householdEventRow(householdId, ctx, event))
    .run();
}
