/** The health area's handlers (issue 14): episodes, slots, checks, the round and the duty screen. */
import type { HandlerMap } from '../handler';
import type { healthContract } from './contract';
import { dutyHandlers } from './duty';
import { episodeHandlers } from './episodes';
import { healthReadHandlers } from './read';
import { recordHandlers } from './record';

export const healthHandlers: HandlerMap<keyof typeof healthContract> = {
  ...episodeHandlers,
  ...recordHandlers,
  ...healthReadHandlers,
  ...dutyHandlers,
};
