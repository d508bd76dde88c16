import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';
import { callsHandlers } from './calls';
import type { hotelsContract } from './contract';
import { needsHandlers } from './needs';
import { occupancy } from './occupancy';
import { plannedEndHandlers } from './planned-end';
import { releaseHandlers } from './release';
import { roomsHandlers } from './rooms';
import { staysHandlers } from './stays';

export const hotelsHandlers: HandlerMap<keyof typeof hotelsContract> = {
  ...roomsHandlers,
  ...staysHandlers,
  ...releaseHandlers,
  ...plannedEndHandlers,
  ...needsHandlers,
  ...callsHandlers,
  'hotels.occupancy': (db, _input, ctx) => occupancy(db, dayOf(ctx.now())),
};
