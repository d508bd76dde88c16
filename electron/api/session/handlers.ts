import { closureDay } from '../compound/rules';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { dayOf, POST_TIME_ZONE } from '../shared/dates';
import type { sessionContract } from './contract';

export const sessionHandlers: HandlerMap<keyof typeof sessionContract> = {
  'session.get': (db, _input, ctx) => {
    const now = ctx.now();
    const today = dayOf(now);
    const compound = readCompound(db);
    return {
      today,
      now: now.toISOString(),
      timeZone: POST_TIME_ZONE,
      operator: ctx.operator,
      compound,
      closure: closureDay(compound, today),
    };
  },
};
