import { asc, eq } from 'drizzle-orm';
import { operators } from '../../../db/schema';
import { ApiError } from '../errors';
import type { HandlerMap } from '../handler';
import type { operatorsContract } from './contract';

export const operatorsHandlers: HandlerMap<keyof typeof operatorsContract> = {
  'operators.list': (db) =>
    db
      .select({ id: operators.id, name: operators.name, role: operators.role, active: operators.active })
      .from(operators)
      .orderBy(asc(operators.id))
      .all(),
  'operators.add': (db, input, ctx) => {
    if (db.select({ id: operators.id }).from(operators).where(eq(operators.name, input.name)).get()) {
      throw new ApiError('CONFLICT', `已有名为“${input.name}”的值班人员`);
    }
    const row = db
      .insert(operators)
      .values({ name: input.name, role: input.role, createdAt: ctx.now().toISOString() })
      .returning({ id: operators.id, name: operators.name, role: operators.role, active: operators.active })
      .get();
    ctx.describe({ entity: 'operator', entityId: row.id, summary: `新增值班人员 ${row.name}` });
    return row;
  },
};
