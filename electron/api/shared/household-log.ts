import type { Db } from '../../../db/open';
import { householdEvents } from '../../../db/schema';
import type { Ctx } from '../context';

/** One line in a household file's own history (一户一档), written with the change, by any area. */
export function logHouseholdEvent(
  db: Db,
  householdId: number,
  ctx: Pick<Ctx, 'now' | 'operator'>,
  summary: string,
): void {
  db.insert(householdEvents)
    .values({
      householdId,
      at: ctx.now().toISOString(),
      operatorId: ctx.operator?.id ?? null,
      operatorName: ctx.operator?.name ?? '系统',
      summary,
    })
    .run();
}
